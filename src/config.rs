//! The embed configuration, already validated: every field holds a safe value.
//! Parsing the host element's attributes into this lives in `embed`.

use guide::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];
    /// `data-theme`'s words, in the order of [`Theme::ALL`].
    pub const CODES: [&'static str; 3] = ["auto", "light", "dark"];
    pub const fn code(self) -> &'static str {
        Theme::CODES[self as usize]
    }
    pub fn parse(code: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|t| t.code() == code)
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
    /// A CSS colour with enough contrast against white; `None` = built-in accent.
    pub accent: Option<String>,
    /// Quick-exit target, https only.
    pub exit_url: String,
    pub theme: Theme,
    /// `data-quick-exit-keys` / `quickExitKeys`: whether the keyboard
    /// shortcut for quick exit (Escape twice) is on. The button always is.
    pub quick_exit_keys: bool,
}

pub const DEFAULT_EMERGENCY: &str = "911";
pub const DEFAULT_CRISIS: &str = "988";
/// A neutral, everyday page to land on after a quick exit (also where quick
/// exit goes if the browser refuses to navigate to the configured one).
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";

impl Default for Config {
    fn default() -> Self {
        Config {
            clinic_name: None,
            phone: None,
            contact_url: None,
            lang: Lang::En,
            emergency_number: DEFAULT_EMERGENCY.into(),
            crisis_line: DEFAULT_CRISIS.into(),
            accent: None,
            exit_url: DEFAULT_EXIT_URL.into(),
            theme: Theme::Auto,
            quick_exit_keys: true,
        }
    }
}
