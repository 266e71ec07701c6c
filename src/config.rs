//! The embed configuration, already validated: every field holds a safe value.
//! Parsing the host element's attributes into this lives in `embed`.

use guide::resources::Lines;
use guide::summary::Clinic;
use guide::Lang;

/// The helpline and poison line settings: the engine's, which the
/// emergency resources and the clinician summary read.
pub use guide::resources::{Extra, DEFAULT_CRISIS, DEFAULT_EMERGENCY};

guide::id_enum! {
    /// `data-theme`.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
    pub enum Theme {
        #[default]
        Auto = "auto",
        Light = "light",
        Dark = "dark",
    }
}

guide::id_enum! {
    /// `data-handoff`: who is offered "Show a code for your clinic".
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
    pub enum HandoffOffer {
        /// Only someone answering about their own use (the default): a code
        /// about another person is that person's to share.
        #[default]
        OwnAnswers = "self",
        /// Also someone answering about another person.
        Everyone = "everyone",
        /// Never: the clinic has no reader, or does not want codes.
        Off = "off",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub clinic_name: Option<String>,
    pub phone: Option<String>,
    /// https only.
    pub contact_url: Option<String>,
    pub lang: Lang,
    pub emergency_number: String,
    pub crisis_line: String,
    /// `data-crisis-text`: a number for texts to the crisis line. Only the
    /// 988 Lifeline has a text link without it (spec §8).
    pub crisis_text: Option<String>,
    /// `data-helpline`: a substance use helpline (SAMHSA's in the US default set).
    pub helpline: Extra,
    /// `data-poison-line`: a poison help line (Poison Help's in the US default set).
    pub poison_line: Extra,
    /// A CSS colour with enough contrast against white; `None` = built-in accent.
    pub accent: Option<String>,
    /// Quick-exit target, https only.
    pub exit_url: String,
    pub theme: Theme,
    /// `data-quick-exit-keys` / `quickExitKeys`: whether the keyboard
    /// shortcut for quick exit (Escape twice) is on. The button always is.
    pub quick_exit_keys: bool,
    /// `data-handoff` / `handoff`: who is offered the hand-off code.
    pub handoff: HandoffOffer,
}

/// A neutral, everyday page to land on after a quick exit (also where quick
/// exit goes if the browser refuses to navigate to the configured one).
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";

impl Config {
    /// The US default set: neither the emergency number nor the crisis line
    /// changed (spec §8). Only then do the US-only resources and facts show.
    pub fn us_default_set(&self) -> bool {
        self.emergency_number == DEFAULT_EMERGENCY && self.crisis_line == DEFAULT_CRISIS
    }

    /// The crisis line is the 988 Suicide & Crisis Lifeline: it keeps its
    /// name, its text link and its Spanish route; any other line is named
    /// neutrally.
    pub fn crisis_is_988(&self) -> bool {
        self.crisis_line == DEFAULT_CRISIS
    }

    /// The numbers, as the engine's resources and wording read them.
    pub fn lines(&self) -> Lines {
        Lines {
            emergency_number: self.emergency_number.clone(),
            crisis_line: self.crisis_line.clone(),
            crisis_text: self.crisis_text.clone(),
            helpline: self.helpline.clone(),
            poison_line: self.poison_line.clone(),
        }
    }

    /// The clinic as the engine's clinician summary names it.
    pub fn clinic(&self) -> Clinic {
        Clinic {
            name: self.clinic_name.clone(),
            phone: self.phone.clone(),
            contact_url: self.contact_url.clone(),
            lines: self.lines(),
        }
    }
}

impl Default for Config {
    fn default() -> Self {
        Config {
            clinic_name: None,
            phone: None,
            contact_url: None,
            lang: Lang::En,
            emergency_number: DEFAULT_EMERGENCY.into(),
            crisis_line: DEFAULT_CRISIS.into(),
            crisis_text: None,
            helpline: Extra::Default,
            poison_line: Extra::Default,
            accent: None,
            exit_url: DEFAULT_EXIT_URL.into(),
            theme: Theme::Auto,
            quick_exit_keys: true,
            handoff: HandoffOffer::OwnAnswers,
        }
    }
}
