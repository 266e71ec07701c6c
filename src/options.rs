//! The embed options, stated once. Each row says what an option is called
//! (the `KratomCheck.mount` option and the HTML attribute), how its value is
//! checked, where an accepted value goes in [`Config`], what a warning says
//! is used instead, and how the loader's painted start page may use it
//! before the wasm runs. `embed::attrs::validate` runs the checks;
//! `examples/options.rs` writes everything else from these rows (the
//! README's attribute table, the option lists of the loader, the builder
//! and the iframe page, the painted page's rules, `docs/embed-options.json`)
//! and its test fails when one of them is stale.
//!
//! Adding an option: a row here and a field in `Config`; then
//! `cargo run --example options -- --write` (`cargo xtask dist` runs it).

use guide::Lang;

use crate::config::{Config, Extra, HandoffOffer, Theme, DEFAULT_CRISIS, DEFAULT_EMERGENCY, DEFAULT_EXIT_URL};

/// How a value is checked: data, so that tools other than the widget can
/// say the same rule (the README, the builder's fallback numbers, a plugin's
/// settings page). The check itself runs only here, in Rust.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Check {
    /// Text of at most `max` characters with no control characters and no
    /// bidirectional controls (which could make the text read differently
    /// from how it is stored).
    Text { max: usize },
    /// Digits, spaces and `+ - ( )`; at least `min_digits` digits; at most `max` characters.
    Phone { min_digits: usize, max: usize },
    /// Only ASCII digits, `min..=max` of them (a number to dial).
    Digits { min: usize, max: usize },
    /// An https URL: a textual check, then the browser's own URL parser; the
    /// parser's serialisation is kept.
    HttpsUrl { max: usize },
    /// A language the widget has (`Lang::ALL`), region variants accepted.
    Lang,
    /// `#rgb` or `#rrggbb` with at least this contrast against white.
    Accent { min_contrast: f64 },
    /// One of these words, any case.
    OneOf(&'static [&'static str]),
}

/// How the loader's painted start page (shown before the wasm runs) may use
/// an option. It paints only what it can be sure the widget will show: a
/// value it cannot be sure of makes it wait for the widget instead.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Painted {
    /// Not on the start page: the painted page does not read it.
    Unused,
    /// Painted only when the option is absent (it changes the page's look or behaviour).
    OnlyDefault,
    /// Painted when absent, or when the value is one of these words (any case).
    Words(&'static [&'static str]),
    /// Painted when absent, or when the value is a plain tag of a language
    /// the widget has (`es`, `es-MX`); the page's `<html lang>` likewise.
    Lang,
    /// Painted when absent, or when the value is a plain https URL (the
    /// strict subset in `examples/options.rs`), which the browser parses as
    /// the widget does.
    Url,
}

/// An accepted value, on its way into [`Config`].
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Text(String),
    Lang(Lang),
    /// One of a [`Check::OneOf`]'s words, lowercase.
    Word(&'static str),
}

impl Value {
    fn text(self) -> String {
        match self {
            Value::Text(s) => s,
            Value::Lang(l) => l.code().to_string(),
            Value::Word(w) => w.to_string(),
        }
    }
}

/// The README's words for an option (not in the wasm).
#[cfg(not(target_arch = "wasm32"))]
#[derive(Clone, Copy, Debug)]
pub struct Doc {
    /// Said after what the check accepts, in the "accepts" column (Markdown; may be empty).
    pub note: &'static str,
    /// The "default" column when it is not the default value itself (Markdown).
    pub default: Option<&'static str>,
}

/// One embed option.
#[derive(Clone, Copy)]
pub struct Opt {
    /// The `KratomCheck.mount(el, options)` name: the camelCase of the attribute.
    pub option: &'static str,
    /// The HTML attribute.
    pub attribute: &'static str,
    pub check: Check,
    /// What a warning says is used instead of a refused value (the language's
    /// is the page's language, said by `validate`).
    pub instead: &'static str,
    pub painted: Painted,
    /// The default is a number the static fallback links with `tel:`: the
    /// builder and the iframe page write the clinic's accepted number there.
    pub fallback_tel: bool,
    /// Stores an accepted value.
    pub set: fn(&mut Config, Value),
    /// Records a refused value, where refusing is not the same as leaving
    /// the option out (a refused helpline leaves the line out, spec §8).
    pub refused: Option<fn(&mut Config)>,
    /// The value in effect, as text; `None` when unset (no clinic name).
    pub get: fn(&Config) -> Option<String>,
    #[cfg(not(target_arch = "wasm32"))]
    pub doc: Doc,
}

impl std::fmt::Debug for Opt {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.attribute)
    }
}

/// The options a link to the iframe page (`widget.html?lang=es&theme=dark`)
/// may set: harmless to the clinic and to the person. Everything else on
/// that page (numbers, contact, exit, name) is fixed when the clinic makes it.
pub const FROM_ADDRESS: [&str; 2] = ["lang", "theme"];

/// Every option, in the order they are validated, warned about and documented.
pub static OPTIONS: [Opt; 14] = [
    Opt {
        option: "clinicName",
        attribute: "data-clinic-name",
        check: Check::Text { max: 80 },
        instead: "no clinic name",
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| c.clinic_name = Some(v.text()),
        refused: None,
        get: |c| c.clinic_name.clone(),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: "", default: None },
    },
    Opt {
        option: "phone",
        attribute: "data-phone",
        check: Check::Phone { min_digits: 3, max: 30 },
        instead: "no phone number",
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| c.phone = Some(v.text()),
        refused: None,
        get: |c| c.phone.clone(),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: "", default: None },
    },
    Opt {
        option: "contactUrl",
        attribute: "data-contact-url",
        check: Check::HttpsUrl { max: 2000 },
        instead: "no contact link",
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| c.contact_url = Some(v.text()),
        refused: None,
        get: |c| c.contact_url.clone(),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: " (see below)", default: None },
    },
    Opt {
        option: "lang",
        attribute: "data-lang",
        check: Check::Lang,
        instead: "",
        painted: Painted::Lang,
        fallback_tel: false,
        set: |c, v| {
            if let Value::Lang(l) = v {
                c.lang = l
            }
        },
        refused: None,
        get: |c| Some(c.lang.code().to_string()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: "", default: Some("the page's `<html lang>` if the widget has it, else `en`") },
    },
    Opt {
        option: "emergencyNumber",
        attribute: "data-emergency-number",
        check: Check::Digits { min: 2, max: 6 },
        instead: DEFAULT_EMERGENCY,
        painted: Painted::Unused,
        fallback_tel: true,
        set: |c, v| c.emergency_number = v.text(),
        refused: None,
        get: |c| Some(c.emergency_number.clone()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: "", default: None },
    },
    Opt {
        option: "crisisLine",
        attribute: "data-crisis-line",
        check: Check::Digits { min: 2, max: 11 },
        instead: DEFAULT_CRISIS,
        painted: Painted::Unused,
        fallback_tel: true,
        set: |c, v| c.crisis_line = v.text(),
        refused: None,
        get: |c| Some(c.crisis_line.clone()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: "", default: None },
    },
    Opt {
        option: "crisisText",
        attribute: "data-crisis-text",
        check: Check::Digits { min: 2, max: 11 },
        instead: "no text link",
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| c.crisis_text = Some(v.text()),
        refused: None,
        get: |c| c.crisis_text.clone(),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: ": where texts to the crisis line go", default: Some("a text link only for 988 (`sms:988`)") },
    },
    Opt {
        option: "helpline",
        attribute: "data-helpline",
        check: Check::Phone { min_digits: 3, max: 30 },
        instead: "no helpline",
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| c.helpline = Extra::Number(v.text()),
        refused: Some(|c| c.helpline = Extra::Refused),
        get: |c| match &c.helpline {
            Extra::Number(n) => Some(n.clone()),
            Extra::Default | Extra::Refused => None,
        },
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc {
            note: ": a substance use helpline, shown under a neutral name; an invalid value leaves the line out",
            default: Some("SAMHSA's National Helpline, only with 911 and 988"),
        },
    },
    Opt {
        option: "poisonLine",
        attribute: "data-poison-line",
        check: Check::Phone { min_digits: 3, max: 30 },
        instead: "no poison line",
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| c.poison_line = Extra::Number(v.text()),
        refused: Some(|c| c.poison_line = Extra::Refused),
        get: |c| match &c.poison_line {
            Extra::Number(n) => Some(n.clone()),
            Extra::Default | Extra::Refused => None,
        },
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc {
            note: ": a poison help line, shown under a neutral name; an invalid value leaves the line out",
            default: Some("Poison Help (1-800-222-1222), only with 911 and 988"),
        },
    },
    Opt {
        option: "accent",
        attribute: "data-accent",
        check: Check::Accent { min_contrast: 4.5 },
        instead: "the built-in accent",
        painted: Painted::OnlyDefault,
        fallback_tel: false,
        set: |c, v| c.accent = Some(v.text()),
        refused: None,
        get: |c| c.accent.clone(),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: "", default: Some("the built-in accent") },
    },
    Opt {
        option: "exitUrl",
        attribute: "data-exit-url",
        check: Check::HttpsUrl { max: 2000 },
        instead: DEFAULT_EXIT_URL,
        painted: Painted::Url,
        fallback_tel: false,
        set: |c, v| c.exit_url = v.text(),
        refused: None,
        get: |c| Some(c.exit_url.clone()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: " (see below) for the quick-exit button", default: None },
    },
    Opt {
        option: "theme",
        attribute: "data-theme",
        check: Check::OneOf(&Theme::IDS),
        instead: Theme::Auto.as_str(),
        painted: Painted::Words(&Theme::IDS),
        fallback_tel: false,
        set: |c, v| {
            if let Value::Word(w) = v {
                c.theme = w.parse().unwrap_or_default()
            }
        },
        refused: None,
        get: |c| Some(c.theme.to_string()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc { note: " (`auto` follows `prefers-color-scheme`)", default: None },
    },
    Opt {
        option: "quickExitKeys",
        attribute: "data-quick-exit-keys",
        check: Check::OneOf(&["on", "off"]),
        instead: "on",
        // "off" changes the page (no Escape hint, no Escape handling): wait.
        painted: Painted::Words(&["on"]),
        fallback_tel: false,
        set: |c, v| c.quick_exit_keys = v == Value::Word("on"),
        refused: None,
        get: |c| Some(if c.quick_exit_keys { "on" } else { "off" }.to_string()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc {
            note: ": the keyboard shortcut for quick exit (Escape twice); the button is always there",
            default: None,
        },
    },
    Opt {
        option: "handoff",
        attribute: "data-handoff",
        check: Check::OneOf(&HandoffOffer::IDS),
        instead: HandoffOffer::OwnAnswers.as_str(),
        // The code is offered only on the result and plan pages.
        painted: Painted::Unused,
        fallback_tel: false,
        set: |c, v| {
            if let Value::Word(w) = v {
                c.handoff = w.parse().unwrap_or_default()
            }
        },
        refused: None,
        get: |c| Some(c.handoff.to_string()),
        #[cfg(not(target_arch = "wasm32"))]
        doc: Doc {
            note: ": who is offered \"Show a code for your clinic\" (`docs/handoff-code.md`): `self` only someone answering about their own use, `everyone` also about someone else, `off` nobody",
            default: None,
        },
    },
];

/// The row of an option by either of its names.
pub fn find(name: &str) -> Option<&'static Opt> {
    OPTIONS.iter().find(|o| o.option == name || o.attribute == name)
}

/// Bidirectional controls (embeddings, overrides, isolates, marks): refused
/// in text options, since they can make a name read differently from how it
/// is stored (`U+202E` turns the rest of a line around).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}
