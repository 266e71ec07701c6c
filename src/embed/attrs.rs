//! Raw embed options → validated [`Config`]. Pure Rust, no web types, so every
//! rule is tested natively with `cargo test`.
//!
//! Each invalid value yields exactly one [`Warning`] naming the option in the
//! form it was given (`data-phone` for an attribute, `phone` for a
//! `KratomCheck.mount` option) and the default used instead; the caller
//! prints it with `console.warn`, prefixed with the element's label.

use guide::Lang;

use crate::config::{Config, Extra, Theme, DEFAULT_CRISIS, DEFAULT_EMERGENCY, DEFAULT_EXIT_URL};

/// Where a value came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// The element's own `data-*` attribute (read with `getAttribute`).
    Attribute,
    /// An own property of the `KratomCheck.mount(el, options)` object.
    Option,
}

/// One option as given: its text and its source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Given {
    pub value: String,
    pub source: Source,
}

impl Given {
    pub fn attribute(v: impl Into<String>) -> Option<Self> {
        Some(Given { value: v.into(), source: Source::Attribute })
    }
    pub fn option(v: impl Into<String>) -> Option<Self> {
        Some(Given { value: v.into(), source: Source::Option })
    }
}

/// An option's two names: the `mount` option and the HTML attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub option: &'static str,
    pub attribute: &'static str,
}

impl Field {
    /// The name in the form the value was given.
    pub fn name(self, source: Source) -> &'static str {
        match source {
            Source::Attribute => self.attribute,
            Source::Option => self.option,
        }
    }
}

const fn field(option: &'static str, attribute: &'static str) -> Field {
    Field { option, attribute }
}

pub const CLINIC_NAME: Field = field("clinicName", "data-clinic-name");
pub const PHONE: Field = field("phone", "data-phone");
pub const CONTACT_URL: Field = field("contactUrl", "data-contact-url");
pub const LANG: Field = field("lang", "data-lang");
pub const EMERGENCY_NUMBER: Field = field("emergencyNumber", "data-emergency-number");
pub const CRISIS_LINE: Field = field("crisisLine", "data-crisis-line");
pub const CRISIS_TEXT: Field = field("crisisText", "data-crisis-text");
pub const HELPLINE: Field = field("helpline", "data-helpline");
pub const POISON_LINE: Field = field("poisonLine", "data-poison-line");
pub const ACCENT: Field = field("accent", "data-accent");
pub const EXIT_URL: Field = field("exitUrl", "data-exit-url");
pub const THEME: Field = field("theme", "data-theme");
pub const QUICK_EXIT_KEYS: Field = field("quickExitKeys", "data-quick-exit-keys");

/// Every option, in the order they are validated (and warned about).
pub const FIELDS: [Field; 13] = [
    CLINIC_NAME,
    PHONE,
    CONTACT_URL,
    LANG,
    EMERGENCY_NUMBER,
    CRISIS_LINE,
    CRISIS_TEXT,
    HELPLINE,
    POISON_LINE,
    ACCENT,
    EXIT_URL,
    THEME,
    QUICK_EXIT_KEYS,
];

/// What the embed hands over: for each option, the `mount` option if the
/// options object has it as an own property, else the element's own
/// attribute. Inherited properties never get here.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawConfig {
    pub clinic_name: Option<Given>,
    pub phone: Option<Given>,
    pub contact_url: Option<Given>,
    pub lang: Option<Given>,
    pub emergency_number: Option<Given>,
    pub crisis_line: Option<Given>,
    pub crisis_text: Option<Given>,
    pub helpline: Option<Given>,
    pub poison_line: Option<Given>,
    pub accent: Option<Given>,
    pub exit_url: Option<Given>,
    pub theme: Option<Given>,
    pub quick_exit_keys: Option<Given>,
}

impl RawConfig {
    /// Builds the options from two lookups: `option(name)` reads an own
    /// property of the `mount` options by its camelCase name (`Ok(None)` when
    /// absent, `undefined` or `null`; `Err` for a value that is not a string,
    /// which rejects the whole object: the caller warns and uses the
    /// defaults), and `attribute(name)` reads the element's attribute
    /// (`data-…`). An option wins over the attribute. Read by hand in the
    /// wasm: serde and serde-wasm-bindgen cost more bytes than ten fields are worth.
    pub fn from_sources<E>(
        mut option: impl FnMut(&'static str) -> Result<Option<String>, E>,
        mut attribute: impl FnMut(&'static str) -> Option<String>,
    ) -> Result<Self, E> {
        let mut get = |f: Field| -> Result<Option<Given>, E> {
            Ok(match option(f.option)? {
                Some(v) => Some(Given { value: v, source: Source::Option }),
                None => attribute(f.attribute).map(|v| Given { value: v, source: Source::Attribute }),
            })
        };
        Ok(RawConfig {
            clinic_name: get(CLINIC_NAME)?,
            phone: get(PHONE)?,
            contact_url: get(CONTACT_URL)?,
            lang: get(LANG)?,
            emergency_number: get(EMERGENCY_NUMBER)?,
            crisis_line: get(CRISIS_LINE)?,
            crisis_text: get(CRISIS_TEXT)?,
            helpline: get(HELPLINE)?,
            poison_line: get(POISON_LINE)?,
            accent: get(ACCENT)?,
            exit_url: get(EXIT_URL)?,
            theme: get(THEME)?,
            quick_exit_keys: get(QUICK_EXIT_KEYS)?,
        })
    }
}

/// One rejected value. `name` is the option as it was given (`data-accent`
/// or `accent`); `why` says what was wrong; `default` what is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub name: &'static str,
    pub why: &'static str,
    pub default: &'static str,
}

impl Warning {
    /// `<element>: ignoring <name> (<why>); using <default>`, where `element`
    /// names the widget (`kratom-check #2`, `kratom-check id="help"`).
    pub fn message(&self, element: &str) -> String {
        let mut m = String::from(element);
        for part in [": ignoring ", self.name, " (", self.why, "); using ", self.default] {
            m.push_str(part);
        }
        m
    }
}

/// What the browser's URL parser (`new URL(value)`) made of a value; `None`
/// from the parser means it threw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParsedUrl {
    /// `https:` for an https URL (the parser lowercases it).
    pub protocol: String,
    pub has_credentials: bool,
    pub hostname: String,
    /// The serialised URL: what the widget links and navigates to.
    pub href: String,
}

/// The host environment `validate` needs: the page's `<html lang>` and the
/// browser's URL parser (a stand-in in native tests).
pub struct Env<'a> {
    pub page_lang: Option<&'a str>,
    pub parse_url: &'a dyn Fn(&str) -> Option<ParsedUrl>,
}

pub const MAX_CLINIC_NAME: usize = 80;
pub const MAX_PHONE: usize = 30;
pub const MAX_URL: usize = 2000;

/// Validate every field.
pub fn validate(raw: &RawConfig, env: &Env) -> (Config, Vec<Warning>) {
    let mut w = Vec::new();
    let mut c = Config::default();
    let mut warn = |f: Field, g: &Given, why: &'static str, default: &'static str| {
        w.push(Warning { name: f.name(g.source), why, default })
    };

    if let Some((g, v)) = present(&raw.clinic_name) {
        if v.chars().count() > MAX_CLINIC_NAME {
            warn(CLINIC_NAME, g, "longer than 80 characters", "no clinic name");
        } else if v.chars().any(char::is_control) {
            warn(CLINIC_NAME, g, "control characters", "no clinic name");
        } else {
            c.clinic_name = Some(v.to_string());
        }
    }

    if let Some((g, v)) = present(&raw.phone) {
        if valid_phone(v) {
            c.phone = Some(v.to_string());
        } else {
            warn(PHONE, g, "only digits, spaces and + - ( ) are allowed", "no phone number");
        }
    }

    if let Some((g, v)) = present(&raw.contact_url) {
        match https_url(v, env) {
            Some(href) => c.contact_url = Some(href),
            None => warn(CONTACT_URL, g, "not an https URL", "no contact link"),
        }
    }

    let page = env.page_lang.and_then(lang_prefix).unwrap_or(Lang::En);
    c.lang = page;
    if let Some((g, v)) = present(&raw.lang) {
        match lang_prefix(v) {
            Some(l) => c.lang = l,
            None => warn(LANG, g, "supported: en, es", page.code()),
        }
    }

    if let Some((g, v)) = present(&raw.emergency_number) {
        if digits_between(v, 2, 6) {
            c.emergency_number = v.to_string();
        } else {
            warn(EMERGENCY_NUMBER, g, "2 to 6 digits expected", DEFAULT_EMERGENCY);
        }
    }

    if let Some((g, v)) = present(&raw.crisis_line) {
        if digits_between(v, 2, 11) {
            c.crisis_line = v.to_string();
        } else {
            warn(CRISIS_LINE, g, "2 to 11 digits expected", DEFAULT_CRISIS);
        }
    }

    // Spec §8: an invalid value warns and leaves the resource out.
    if let Some((g, v)) = present(&raw.crisis_text) {
        if digits_between(v, 2, 11) {
            c.crisis_text = Some(v.to_string());
        } else {
            warn(CRISIS_TEXT, g, "2 to 11 digits expected", "no text link");
        }
    }

    for (field, given, slot, default) in [
        (HELPLINE, &raw.helpline, &mut c.helpline, "no helpline"),
        (POISON_LINE, &raw.poison_line, &mut c.poison_line, "no poison line"),
    ] {
        if let Some((g, v)) = present(given) {
            if valid_phone(v) {
                *slot = Extra::Number(v.to_string());
            } else {
                *slot = Extra::Refused;
                warn(field, g, "only digits, spaces and + - ( ) are allowed", default);
            }
        }
    }

    if let Some((g, v)) = present(&raw.accent) {
        match parse_hex_colour(v) {
            None => warn(ACCENT, g, "use #rgb or #rrggbb", "the built-in accent"),
            Some(rgb) if contrast_with_white(rgb) < 4.5 => {
                warn(ACCENT, g, "contrast against white is below 4.5:1", "the built-in accent")
            }
            Some(rgb) => c.accent = Some(hex(rgb)),
        }
    }

    if let Some((g, v)) = present(&raw.exit_url) {
        match https_url(v, env) {
            Some(href) => c.exit_url = href,
            None => warn(EXIT_URL, g, "not an https URL", DEFAULT_EXIT_URL),
        }
    }

    if let Some((g, v)) = present(&raw.theme) {
        match v.to_ascii_lowercase().as_str() {
            "auto" => c.theme = Theme::Auto,
            "light" => c.theme = Theme::Light,
            "dark" => c.theme = Theme::Dark,
            _ => warn(THEME, g, "use auto, light or dark", "auto"),
        }
    }

    if let Some((g, v)) = present(&raw.quick_exit_keys) {
        match v.to_ascii_lowercase().as_str() {
            "on" => c.quick_exit_keys = true,
            "off" => c.quick_exit_keys = false,
            _ => warn(QUICK_EXIT_KEYS, g, "use on or off", "on"),
        }
    }

    (c, w)
}

/// Trimmed, non-empty value. An empty attribute means "not set", not invalid.
fn present(v: &Option<Given>) -> Option<(&Given, &str)> {
    let g = v.as_ref()?;
    Some((g, g.value.trim())).filter(|(_, s)| !s.is_empty())
}

/// An https URL both by the quick textual check below and by the browser's
/// own parser (which is what navigation uses): `https:`, a host, no
/// credentials. Gives the parser's serialisation, the exact string the
/// browser will accept again.
fn https_url(v: &str, env: &Env) -> Option<String> {
    if !valid_https_url(v) {
        return None;
    }
    let u = (env.parse_url)(v)?;
    (u.protocol == "https:" && !u.has_credentials && !u.hostname.is_empty()).then_some(u.href)
}

fn valid_phone(v: &str) -> bool {
    v.len() <= MAX_PHONE
        && v.bytes().filter(u8::is_ascii_digit).count() >= 3
        && v.bytes().all(|b| b.is_ascii_digit() || b" +-()".contains(&b))
}

fn digits_between(v: &str, min: usize, max: usize) -> bool {
    (min..=max).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit())
}

/// `https://host...` with no whitespace, control characters, quotes or angle
/// brackets, and a non-empty host without credentials.
pub fn valid_https_url(v: &str) -> bool {
    if v.len() > MAX_URL || v.len() < 9 || !v[..8].eq_ignore_ascii_case("https://") {
        return false;
    }
    if v.chars().any(|ch| ch.is_whitespace() || ch.is_control() || "\"'<>\\`".contains(ch)) {
        return false;
    }
    let rest = &v[8..];
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once(':').map_or(authority, |(h, port)| {
        if port.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            authority
        }
    });
    !host.is_empty()
        && !authority.contains('@')
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b"-.[]:".contains(&b))
        && !host.starts_with('.')
}

/// `en`, `es`, or a region variant (`es-MX`, `en_US`), any case.
pub fn lang_prefix(v: &str) -> Option<Lang> {
    let prefix = v.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    Lang::parse(&prefix)
}

/// `#rgb` / `#rrggbb`, any case.
pub fn parse_hex_colour(v: &str) -> Option<[u8; 3]> {
    let h = v.strip_prefix('#')?;
    if !h.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let d = |i: usize| u8::from_str_radix(&h[i..i + 1], 16).ok();
    match h.len() {
        3 => Some([d(0)? * 17, d(1)? * 17, d(2)? * 17]),
        6 => Some([
            u8::from_str_radix(&h[0..2], 16).ok()?,
            u8::from_str_radix(&h[2..4], 16).ok()?,
            u8::from_str_radix(&h[4..6], 16).ok()?,
        ]),
        _ => None,
    }
}

fn hex(rgb: [u8; 3]) -> String {
    const D: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(7);
    s.push('#');
    for b in rgb {
        s.push(D[(b >> 4) as usize] as char);
        s.push(D[(b & 15) as usize] as char);
    }
    s
}

/// WCAG 2.x relative luminance.
fn luminance(rgb: [u8; 3]) -> f64 {
    let ch = |c: u8| {
        let c = c as f64 / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * ch(rgb[0]) + 0.7152 * ch(rgb[1]) + 0.0722 * ch(rgb[2])
}

/// Contrast ratio of the colour against white (1.0 ..= 21.0).
pub fn contrast_with_white(rgb: [u8; 3]) -> f64 {
    1.05 / (luminance(rgb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A stand-in for `new URL(v)` that accepts what the textual check
    /// accepts and serialises like the browser does for these inputs.
    fn lenient(v: &str) -> Option<ParsedUrl> {
        let (scheme, rest) = v.split_once("://")?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let hostname = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let hostname = hostname.split(':').next().unwrap_or("").to_ascii_lowercase();
        let scheme = scheme.to_ascii_lowercase();
        let path = if rest.len() == authority.len() { "/" } else { "" };
        Some(ParsedUrl {
            protocol: format!("{scheme}:"),
            has_credentials: authority.contains('@'),
            href: format!("{scheme}://{}{path}", &rest),
            hostname,
        })
    }
    /// What Chromium's parser throws on (checked in the browser suite).
    fn browser_rejects(v: &str) -> bool {
        ["https://::", "https://[::1", "https://a.example:1:2/", "https://999999999999/"].contains(&v)
    }
    fn like_a_browser(v: &str) -> Option<ParsedUrl> {
        if browser_rejects(v) {
            None
        } else {
            lenient(v)
        }
    }
    fn env() -> Env<'static> {
        Env { page_lang: None, parse_url: &like_a_browser }
    }
    fn attr(v: impl Into<String>) -> Option<Given> {
        Given::attribute(v)
    }
    fn raw() -> RawConfig {
        RawConfig::default()
    }
    fn one(raw: RawConfig) -> (Config, Vec<Warning>) {
        validate(&raw, &env())
    }
    fn warned(w: &[Warning], name: &str) {
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].name, name);
        let m = w[0].message("kratom-check #1");
        assert!(m.starts_with("kratom-check #1: ignoring "), "{m}");
        assert!(m.contains(&format!(" {name} (")), "{m}");
        assert!(m.contains("); using "), "{m}");
    }

    #[test]
    fn from_sources_reads_own_options_first_then_attributes() {
        let r = RawConfig::from_sources(|k| Ok::<_, ()>(Some(k.to_string())), |_| Some("attr".into())).unwrap();
        assert_eq!(r.clinic_name, Given::option("clinicName"));
        assert_eq!(r.contact_url, Given::option("contactUrl"));
        assert_eq!(r.emergency_number, Given::option("emergencyNumber"));
        assert_eq!(r.crisis_line, Given::option("crisisLine"));
        assert_eq!(r.crisis_text, Given::option("crisisText"));
        assert_eq!((r.helpline, r.poison_line), (Given::option("helpline"), Given::option("poisonLine")));
        assert_eq!(r.exit_url, Given::option("exitUrl"));
        assert_eq!(r.quick_exit_keys, Given::option("quickExitKeys"));
        assert_eq!((r.phone, r.lang), (Given::option("phone"), Given::option("lang")));
        assert_eq!((r.accent, r.theme), (Given::option("accent"), Given::option("theme")));

        let r = RawConfig::from_sources(|_| Ok::<_, ()>(None), |a| Some(a.to_string())).unwrap();
        assert_eq!(r.clinic_name, attr("data-clinic-name"));
        assert_eq!(r.quick_exit_keys, attr("data-quick-exit-keys"));
        assert_eq!(r.exit_url, attr("data-exit-url"));

        let r = RawConfig::from_sources(
            |k| Ok::<_, ()>((k == "phone").then(|| "1-555".to_string())),
            |a| (a == "data-phone" || a == "data-theme").then(|| "x".to_string()),
        )
        .unwrap();
        assert_eq!(r.phone, Given::option("1-555"), "the option wins over the attribute");
        assert_eq!(r.theme, attr("x"));
        assert_eq!(r.lang, None);

        assert_eq!(RawConfig::from_sources(|_| Ok::<_, ()>(None), |_| None).unwrap(), RawConfig::default());
        assert!(RawConfig::from_sources(|k| if k == "lang" { Err(()) } else { Ok(None) }, |_| None).is_err());
    }

    #[test]
    fn field_names_are_the_attribute_and_its_camel_case() {
        for f in FIELDS {
            let camel: String = f.attribute["data-".len()..]
                .split('-')
                .enumerate()
                .map(|(i, p)| if i == 0 { p.to_string() } else { p[..1].to_ascii_uppercase() + &p[1..] })
                .collect();
            assert_eq!(camel, f.option);
            assert_eq!(f.name(Source::Attribute), f.attribute);
            assert_eq!(f.name(Source::Option), f.option);
        }
    }

    #[test]
    fn warnings_name_the_option_in_the_form_given() {
        let (_, w) = one(RawConfig { phone: Given::option("call us"), theme: attr("neon"), ..raw() });
        let names: Vec<_> = w.iter().map(|w| w.name).collect();
        assert_eq!(names, ["phone", "data-theme"]);
        assert_eq!(
            w[0].message(r#"kratom-check id="spa""#),
            r#"kratom-check id="spa": ignoring phone (only digits, spaces and + - ( ) are allowed); using no phone number"#
        );
        assert_eq!(
            w[1].message("kratom-check #2"),
            "kratom-check #2: ignoring data-theme (use auto, light or dark); using auto"
        );
        for f in FIELDS {
            // Every field warns under both of its names.
            let mut r = raw();
            let bad = "\u{7}not valid\u{7}".to_string() + &"x".repeat(90);
            for (source, name) in [(Source::Attribute, f.attribute), (Source::Option, f.option)] {
                let g = Some(Given { value: bad.clone(), source });
                match f.option {
                    "clinicName" => r.clinic_name = g,
                    "phone" => r.phone = g,
                    "contactUrl" => r.contact_url = g,
                    "lang" => r.lang = g,
                    "emergencyNumber" => r.emergency_number = g,
                    "crisisLine" => r.crisis_line = g,
                    "crisisText" => r.crisis_text = g,
                    "helpline" => r.helpline = g,
                    "poisonLine" => r.poison_line = g,
                    "accent" => r.accent = g,
                    "exitUrl" => r.exit_url = g,
                    "theme" => r.theme = g,
                    "quickExitKeys" => r.quick_exit_keys = g,
                    other => panic!("unknown field {other}"),
                }
                let (c, w) = validate(&r, &env());
                // A refused helpline or poison line is left out, not defaulted.
                let c = Config { helpline: Extra::Default, poison_line: Extra::Default, ..c };
                assert_eq!(c, Config::default(), "{name}");
                warned(&w, name);
            }
        }
    }

    #[test]
    fn empty_gives_defaults_and_no_warnings() {
        let (c, w) = one(raw());
        assert_eq!(c, Config::default());
        assert!(c.quick_exit_keys, "the quick-exit keys are on by default");
        assert!(w.is_empty());
        let all_blank = RawConfig {
            clinic_name: attr("  "),
            phone: attr(""),
            contact_url: attr(""),
            lang: attr(" "),
            emergency_number: Given::option(""),
            crisis_line: attr(""),
            crisis_text: attr(" "),
            helpline: attr(""),
            poison_line: attr(""),
            accent: attr(""),
            exit_url: attr(""),
            theme: attr(""),
            quick_exit_keys: attr(" "),
        };
        let (c, w) = one(all_blank);
        assert_eq!(c, Config::default());
        assert!(w.is_empty());
    }

    #[test]
    fn clinic_name() {
        let (c, w) = one(RawConfig { clinic_name: attr("  Riverside Recovery "), ..raw() });
        assert_eq!(c.clinic_name.as_deref(), Some("Riverside Recovery"));
        assert!(w.is_empty());
        let (c, w) = one(RawConfig { clinic_name: attr("x".repeat(81)), ..raw() });
        assert_eq!(c.clinic_name, None);
        warned(&w, "data-clinic-name");
        let (c, w) = one(RawConfig { clinic_name: attr("a\u{7}b"), ..raw() });
        assert_eq!(c.clinic_name, None);
        warned(&w, "data-clinic-name");
        let (c, _) = one(RawConfig { clinic_name: attr("é".repeat(80)), ..raw() });
        assert!(c.clinic_name.is_some(), "80 characters, not bytes");
    }

    #[test]
    fn phone() {
        for ok in ["+1-555-0100", "(555) 010 0100", "911"] {
            let (c, w) = one(RawConfig { phone: attr(ok), ..raw() });
            assert_eq!(c.phone.as_deref(), Some(ok));
            assert!(w.is_empty());
        }
        for bad in ["555-CALL", "javascript:alert(1)", "12", "1".repeat(31).as_str(), "555.0100"] {
            let (c, w) = one(RawConfig { phone: attr(bad), ..raw() });
            assert_eq!(c.phone, None, "{bad}");
            warned(&w, "data-phone");
        }
    }

    #[test]
    fn contact_url() {
        for (ok, href) in [
            ("https://clinic.example/contact", "https://clinic.example/contact"),
            ("HTTPS://clinic.example", "https://clinic.example/"),
            ("https://x.example:8443/a?b#c", "https://x.example:8443/a?b#c"),
        ] {
            let (c, w) = one(RawConfig { contact_url: attr(ok), ..raw() });
            assert_eq!(c.contact_url.as_deref(), Some(href), "the parser's serialisation is kept");
            assert!(w.is_empty(), "{ok}");
        }
        for bad in [
            "http://clinic.example",
            "javascript:alert(1)",
            "//clinic.example",
            "https://",
            "https:// x.example",
            "https://user@evil.example",
            "https://a.example/\"onmouseover",
            "data:text/html,hi",
            "https://[::1",
        ] {
            let (c, w) = one(RawConfig { contact_url: attr(bad), ..raw() });
            assert_eq!(c.contact_url, None, "{bad}");
            warned(&w, "data-contact-url");
        }
    }

    #[test]
    fn urls_pass_the_browsers_parser_too() {
        // Each passes the textual check; the browser's parser throws on it.
        for bad in ["https://::", "https://[::1", "https://a.example:1:2/", "https://999999999999/"] {
            assert!(valid_https_url(bad), "{bad} gets past the textual check");
            let (c, w) = one(RawConfig { exit_url: attr(bad), ..raw() });
            assert_eq!(c.exit_url, DEFAULT_EXIT_URL, "{bad}");
            warned(&w, "data-exit-url");
            let (c, w) = one(RawConfig { contact_url: Given::option(bad), ..raw() });
            assert_eq!(c.contact_url, None, "{bad}");
            warned(&w, "contactUrl");
        }
        // The parser's verdict on the scheme, credentials and host decides.
        let parsed = |protocol: &str, has_credentials: bool, hostname: &str| ParsedUrl {
            protocol: protocol.into(),
            has_credentials,
            hostname: hostname.into(),
            href: "https://parsed.example/".into(),
        };
        for (p, verdict) in [
            (parsed("https:", false, "parsed.example"), Some("https://parsed.example/")),
            (parsed("http:", false, "parsed.example"), None),
            (parsed("https:", true, "parsed.example"), None),
            (parsed("https:", false, ""), None),
        ] {
            let parse = move |_: &str| Some(p.clone());
            let env = Env { page_lang: None, parse_url: &parse };
            let (c, w) = validate(&RawConfig { exit_url: attr("https://weather.example/"), ..raw() }, &env);
            match verdict {
                Some(href) => assert_eq!((c.exit_url.as_str(), w.len()), (href, 0)),
                None => {
                    assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
                    warned(&w, "data-exit-url");
                }
            }
        }
    }

    #[test]
    fn lang() {
        let (c, w) = one(RawConfig { lang: attr("es"), ..raw() });
        assert_eq!(c.lang, Lang::Es);
        assert!(w.is_empty());
        let (c, _) = one(RawConfig { lang: attr("ES-mx"), ..raw() });
        assert_eq!(c.lang, Lang::Es);
        // default: page lang prefix, then en
        let page = |lang| Env { page_lang: Some(lang), parse_url: &like_a_browser };
        let (c, w) = validate(&raw(), &page("es-US"));
        assert_eq!(c.lang, Lang::Es);
        assert!(w.is_empty());
        let (c, w) = validate(&raw(), &page("fr"));
        assert_eq!(c.lang, Lang::En);
        assert!(w.is_empty(), "an unsupported page language is not the embedder's error");
        let (c, w) = validate(&RawConfig { lang: attr("de"), ..raw() }, &page("es"));
        assert_eq!(c.lang, Lang::Es);
        warned(&w, "data-lang");
        assert!(w[0].message("x").ends_with("using es"));
    }

    #[test]
    fn emergency_and_crisis_numbers() {
        let (c, w) = one(RawConfig { emergency_number: attr("112"), crisis_line: attr("18006624357"), ..raw() });
        assert_eq!((c.emergency_number.as_str(), c.crisis_line.as_str()), ("112", "18006624357"));
        assert!(w.is_empty());
        for bad in ["9-1-1", "1", "1234567", "abc"] {
            let (c, w) = one(RawConfig { emergency_number: attr(bad), ..raw() });
            assert_eq!(c.emergency_number, DEFAULT_EMERGENCY);
            warned(&w, "data-emergency-number");
        }
        for bad in ["988 ", "x988", "123456789012", "+988"] {
            let (c, w) = one(RawConfig { crisis_line: attr(bad), ..raw() });
            // "988 " trims to a valid value
            if bad == "988 " {
                assert!(w.is_empty());
                continue;
            }
            assert_eq!(c.crisis_line, DEFAULT_CRISIS);
            warned(&w, "data-crisis-line");
        }
    }

    #[test]
    fn crisis_text_helpline_and_poison_line() {
        let (c, w) = one(RawConfig {
            crisis_line: attr("13114"),
            crisis_text: attr("741741"),
            helpline: attr("+61 1800 250 015"),
            poison_line: Given::option("13 11 26"),
            ..raw()
        });
        assert!(w.is_empty(), "{w:?}");
        assert_eq!(c.crisis_text.as_deref(), Some("741741"));
        assert_eq!(c.helpline, Extra::Number("+61 1800 250 015".into()));
        assert_eq!(c.poison_line, Extra::Number("13 11 26".into()));

        for bad in ["text-me", "1", "123456789012", "+741741", "741 741"] {
            let (c, w) = one(RawConfig { crisis_text: attr(bad), ..raw() });
            assert_eq!(c.crisis_text, None, "{bad}");
            warned(&w, "data-crisis-text");
            assert!(w[0].message("k").ends_with("using no text link"));
        }
        for bad in ["call SAMHSA", "12", "1".repeat(31).as_str(), "javascript:alert(1)"] {
            let (c, w) = one(RawConfig { helpline: attr(bad), ..raw() });
            assert_eq!(c.helpline, Extra::Refused, "{bad}: left out, not the US default");
            warned(&w, "data-helpline");
            assert!(w[0].message("k").ends_with("using no helpline"));
            let (c, w) = one(RawConfig { poison_line: Given::option(bad), ..raw() });
            assert_eq!(c.poison_line, Extra::Refused, "{bad}");
            warned(&w, "poisonLine");
            assert!(w[0].message("k").ends_with("using no poison line"));
        }
    }

    #[test]
    fn the_us_default_set_is_911_with_988() {
        let (c, _) = one(raw());
        assert!(c.us_default_set() && c.crisis_is_988());
        let (c, _) = one(RawConfig { emergency_number: attr("112"), ..raw() });
        assert!(!c.us_default_set() && c.crisis_is_988());
        let (c, _) = one(RawConfig { crisis_line: attr("13114"), ..raw() });
        assert!(!c.us_default_set() && !c.crisis_is_988());
        // The defaults given explicitly are still the US set.
        let (c, _) = one(RawConfig { emergency_number: attr("911"), crisis_line: attr("988"), ..raw() });
        assert!(c.us_default_set());
    }

    #[test]
    fn accent() {
        let (c, w) = one(RawConfig { accent: attr("#1D4ED8"), ..raw() });
        assert_eq!(c.accent.as_deref(), Some("#1d4ed8"));
        assert!(w.is_empty());
        let (c, w) = one(RawConfig { accent: attr("#036"), ..raw() });
        assert_eq!(c.accent.as_deref(), Some("#003366"));
        assert!(w.is_empty());
        for bad in ["#ffff00", "#fff", "#777777", "red", "#12345", "rgb(0,0,0)", "#12345g", "#0000;}"] {
            let (c, w) = one(RawConfig { accent: attr(bad), ..raw() });
            assert_eq!(c.accent, None, "{bad}");
            warned(&w, "data-accent");
        }
    }

    #[test]
    fn contrast_maths() {
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 is the classic lightest grey that passes 4.5:1 on white
        assert!(contrast_with_white([0x76, 0x76, 0x76]) >= 4.5);
        assert!(contrast_with_white([0x77, 0x77, 0x77]) < 4.5);
    }

    #[test]
    fn exit_url() {
        let (c, w) = one(RawConfig { exit_url: attr("https://weather.example/"), ..raw() });
        assert_eq!(c.exit_url, "https://weather.example/");
        assert!(w.is_empty());
        for bad in ["http://weather.example", "javascript:void(0)", "about:blank"] {
            let (c, w) = one(RawConfig { exit_url: attr(bad), ..raw() });
            assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
            warned(&w, "data-exit-url");
        }
    }

    #[test]
    fn theme() {
        for (v, t) in [("auto", Theme::Auto), ("Light", Theme::Light), (" dark ", Theme::Dark)] {
            let (c, w) = one(RawConfig { theme: attr(v), ..raw() });
            assert_eq!(c.theme, t);
            assert!(w.is_empty());
        }
        let (c, w) = one(RawConfig { theme: attr("neon"), ..raw() });
        assert_eq!(c.theme, Theme::Auto);
        warned(&w, "data-theme");
    }

    #[test]
    fn quick_exit_keys() {
        for (v, on) in [("on", true), ("off", false), (" OFF ", false), ("On", true)] {
            let (c, w) = one(RawConfig { quick_exit_keys: attr(v), ..raw() });
            assert_eq!(c.quick_exit_keys, on, "{v}");
            assert!(w.is_empty());
        }
        for bad in ["false", "no", "0", "disabled"] {
            let (c, w) = one(RawConfig { quick_exit_keys: attr(bad), ..raw() });
            assert!(c.quick_exit_keys, "{bad}: keys stay on");
            warned(&w, "data-quick-exit-keys");
            assert!(w[0].message("k").ends_with("using on"));
            let (_, w) = one(RawConfig { quick_exit_keys: Given::option(bad), ..raw() });
            warned(&w, "quickExitKeys");
        }
    }

    #[test]
    fn one_warning_per_bad_value() {
        let (c, w) = one(RawConfig {
            clinic_name: attr("Ok Clinic"),
            phone: attr("call me"),
            accent: Given::option("#ff0"),
            theme: attr("x"),
            ..raw()
        });
        assert_eq!(c.clinic_name.as_deref(), Some("Ok Clinic"));
        let names: Vec<_> = w.iter().map(|w| w.name).collect();
        assert_eq!(names, ["data-phone", "accent", "data-theme"]);
    }
}
