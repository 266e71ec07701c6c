//! Raw embed options → validated [`Config`]. Pure Rust, no web types, so every
//! rule is tested natively with `cargo test`.
//!
//! Each invalid value yields exactly one [`Warning`] naming the attribute and
//! the default that is used instead; the caller prints it with `console.warn`.

use guide::Lang;

use crate::config::{Config, Theme, DEFAULT_CRISIS, DEFAULT_EMERGENCY, DEFAULT_EXIT_URL};

/// What the loader hands over: the element's `data-*` attributes (by their
/// `dataset` names) merged with `KratomCheck.mount(el, options)` options.
/// Every value is an optional string; the loader stringifies.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawConfig {
    pub clinic_name: Option<String>,
    pub phone: Option<String>,
    pub contact_url: Option<String>,
    pub lang: Option<String>,
    pub emergency_number: Option<String>,
    pub crisis_line: Option<String>,
    pub accent: Option<String>,
    pub exit_url: Option<String>,
    pub theme: Option<String>,
}

impl RawConfig {
    /// Builds the options from a lookup by their `dataset` (camelCase) name.
    /// `get` gives `Ok(None)` for a missing value and `Err` for one that is not
    /// a string, which rejects the whole object (the caller warns and uses the
    /// defaults). Read by hand in the wasm (a few `Reflect::get` calls): serde
    /// and serde-wasm-bindgen cost more bytes than the nine fields are worth.
    pub fn from_lookup<E>(mut get: impl FnMut(&'static str) -> Result<Option<String>, E>) -> Result<Self, E> {
        Ok(RawConfig {
            clinic_name: get("clinicName")?,
            phone: get("phone")?,
            contact_url: get("contactUrl")?,
            lang: get("lang")?,
            emergency_number: get("emergencyNumber")?,
            crisis_line: get("crisisLine")?,
            accent: get("accent")?,
            exit_url: get("exitUrl")?,
            theme: get("theme")?,
        })
    }
}

/// One rejected value: `attr` is the HTML attribute name (`data-accent`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub attr: &'static str,
    pub message: String,
}

impl Warning {
    fn new(attr: &'static str, why: &str, default: &str) -> Self {
        let mut message = String::from("kratom-check: ignoring ");
        message.push_str(attr);
        message.push_str(" (");
        message.push_str(why);
        message.push_str("); using ");
        message.push_str(default);
        Warning { attr, message }
    }
}

pub const MAX_CLINIC_NAME: usize = 80;
pub const MAX_PHONE: usize = 30;
pub const MAX_URL: usize = 2000;

/// Validate every field. `page_lang` is the host page's `<html lang>`.
pub fn validate(raw: &RawConfig, page_lang: Option<&str>) -> (Config, Vec<Warning>) {
    let mut w = Vec::new();
    let mut c = Config::default();

    if let Some(v) = present(&raw.clinic_name) {
        if v.chars().count() > MAX_CLINIC_NAME {
            w.push(Warning::new("data-clinic-name", "longer than 80 characters", "no clinic name"));
        } else if v.chars().any(char::is_control) {
            w.push(Warning::new("data-clinic-name", "control characters", "no clinic name"));
        } else {
            c.clinic_name = Some(v.to_string());
        }
    }

    if let Some(v) = present(&raw.phone) {
        if valid_phone(v) {
            c.phone = Some(v.to_string());
        } else {
            w.push(Warning::new("data-phone", "only digits, spaces and + - ( ) are allowed", "no phone number"));
        }
    }

    if let Some(v) = present(&raw.contact_url) {
        if valid_https_url(v) {
            c.contact_url = Some(v.to_string());
        } else {
            w.push(Warning::new("data-contact-url", "not an https URL", "no contact link"));
        }
    }

    let page = page_lang.and_then(lang_prefix).unwrap_or(Lang::En);
    c.lang = page;
    if let Some(v) = present(&raw.lang) {
        match lang_prefix(v) {
            Some(l) => c.lang = l,
            None => w.push(Warning::new("data-lang", "supported: en, es", page.code())),
        }
    }

    if let Some(v) = present(&raw.emergency_number) {
        if digits_between(v, 2, 6) {
            c.emergency_number = v.to_string();
        } else {
            w.push(Warning::new("data-emergency-number", "2 to 6 digits expected", DEFAULT_EMERGENCY));
        }
    }

    if let Some(v) = present(&raw.crisis_line) {
        if digits_between(v, 2, 11) {
            c.crisis_line = v.to_string();
        } else {
            w.push(Warning::new("data-crisis-line", "2 to 11 digits expected", DEFAULT_CRISIS));
        }
    }

    if let Some(v) = present(&raw.accent) {
        match parse_hex_colour(v) {
            None => w.push(Warning::new("data-accent", "use #rgb or #rrggbb", "the built-in accent")),
            Some(rgb) if contrast_with_white(rgb) < 4.5 => {
                w.push(Warning::new("data-accent", "contrast against white is below 4.5:1", "the built-in accent"))
            }
            Some(rgb) => c.accent = Some(hex(rgb)),
        }
    }

    if let Some(v) = present(&raw.exit_url) {
        if valid_https_url(v) {
            c.exit_url = v.to_string();
        } else {
            w.push(Warning::new("data-exit-url", "not an https URL", DEFAULT_EXIT_URL));
        }
    }

    if let Some(v) = present(&raw.theme) {
        match v.to_ascii_lowercase().as_str() {
            "auto" => c.theme = Theme::Auto,
            "light" => c.theme = Theme::Light,
            "dark" => c.theme = Theme::Dark,
            _ => w.push(Warning::new("data-theme", "use auto, light or dark", "auto")),
        }
    }

    (c, w)
}

/// Trimmed, non-empty value. An empty attribute means "not set", not invalid.
fn present(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
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

    #[test]
    fn from_lookup_reads_the_camel_case_names() {
        let r = RawConfig::from_lookup(|k| Ok::<_, ()>(Some(k.to_string()))).unwrap();
        assert_eq!(r.clinic_name.as_deref(), Some("clinicName"));
        assert_eq!(r.contact_url.as_deref(), Some("contactUrl"));
        assert_eq!(r.emergency_number.as_deref(), Some("emergencyNumber"));
        assert_eq!(r.crisis_line.as_deref(), Some("crisisLine"));
        assert_eq!(r.exit_url.as_deref(), Some("exitUrl"));
        assert_eq!((r.phone.as_deref(), r.lang.as_deref()), (Some("phone"), Some("lang")));
        assert_eq!((r.accent.as_deref(), r.theme.as_deref()), (Some("accent"), Some("theme")));
        assert_eq!(RawConfig::from_lookup(|_| Ok::<_, ()>(None)).unwrap(), RawConfig::default());
        assert!(RawConfig::from_lookup(|k| if k == "lang" { Err(()) } else { Ok(None) }).is_err());
    }

    fn raw() -> RawConfig {
        RawConfig::default()
    }
    fn one(raw: RawConfig) -> (Config, Vec<Warning>) {
        validate(&raw, None)
    }
    fn warned(w: &[Warning], attr: &str) {
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].attr, attr);
        assert!(w[0].message.contains(attr), "{}", w[0].message);
        assert!(w[0].message.contains("using "), "{}", w[0].message);
    }

    #[test]
    fn empty_gives_defaults_and_no_warnings() {
        let (c, w) = one(raw());
        assert_eq!(c, Config::default());
        assert!(w.is_empty());
        let all_blank = RawConfig {
            clinic_name: Some("  ".into()),
            phone: Some("".into()),
            contact_url: Some("".into()),
            lang: Some(" ".into()),
            emergency_number: Some("".into()),
            crisis_line: Some("".into()),
            accent: Some("".into()),
            exit_url: Some("".into()),
            theme: Some("".into()),
        };
        let (c, w) = one(all_blank);
        assert_eq!(c, Config::default());
        assert!(w.is_empty());
    }

    #[test]
    fn clinic_name() {
        let (c, w) = one(RawConfig { clinic_name: Some("  Riverside Recovery ".into()), ..raw() });
        assert_eq!(c.clinic_name.as_deref(), Some("Riverside Recovery"));
        assert!(w.is_empty());
        let (c, w) = one(RawConfig { clinic_name: Some("x".repeat(81)), ..raw() });
        assert_eq!(c.clinic_name, None);
        warned(&w, "data-clinic-name");
        let (c, w) = one(RawConfig { clinic_name: Some("a\u{7}b".into()), ..raw() });
        assert_eq!(c.clinic_name, None);
        warned(&w, "data-clinic-name");
        let (c, _) = one(RawConfig { clinic_name: Some("é".repeat(80)), ..raw() });
        assert!(c.clinic_name.is_some(), "80 characters, not bytes");
    }

    #[test]
    fn phone() {
        for ok in ["+1-555-0100", "(555) 010 0100", "911"] {
            let (c, w) = one(RawConfig { phone: Some(ok.into()), ..raw() });
            assert_eq!(c.phone.as_deref(), Some(ok));
            assert!(w.is_empty());
        }
        for bad in ["555-CALL", "javascript:alert(1)", "12", "1".repeat(31).as_str(), "555.0100"] {
            let (c, w) = one(RawConfig { phone: Some(bad.into()), ..raw() });
            assert_eq!(c.phone, None, "{bad}");
            warned(&w, "data-phone");
        }
    }

    #[test]
    fn contact_url() {
        for ok in ["https://clinic.example/contact", "HTTPS://clinic.example", "https://x.example:8443/a?b#c"] {
            let (c, w) = one(RawConfig { contact_url: Some(ok.into()), ..raw() });
            assert_eq!(c.contact_url.as_deref(), Some(ok));
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
        ] {
            let (c, w) = one(RawConfig { contact_url: Some(bad.into()), ..raw() });
            assert_eq!(c.contact_url, None, "{bad}");
            warned(&w, "data-contact-url");
        }
    }

    #[test]
    fn lang() {
        let (c, w) = one(RawConfig { lang: Some("es".into()), ..raw() });
        assert_eq!(c.lang, Lang::Es);
        assert!(w.is_empty());
        let (c, _) = one(RawConfig { lang: Some("ES-mx".into()), ..raw() });
        assert_eq!(c.lang, Lang::Es);
        // default: page lang prefix, then en
        let (c, w) = validate(&raw(), Some("es-US"));
        assert_eq!(c.lang, Lang::Es);
        assert!(w.is_empty());
        let (c, w) = validate(&raw(), Some("fr"));
        assert_eq!(c.lang, Lang::En);
        assert!(w.is_empty(), "an unsupported page language is not the embedder's error");
        let (c, w) = validate(&RawConfig { lang: Some("de".into()), ..raw() }, Some("es"));
        assert_eq!(c.lang, Lang::Es);
        warned(&w, "data-lang");
        assert!(w[0].message.ends_with("using es"));
    }

    #[test]
    fn emergency_and_crisis_numbers() {
        let (c, w) =
            one(RawConfig { emergency_number: Some("112".into()), crisis_line: Some("18006624357".into()), ..raw() });
        assert_eq!((c.emergency_number.as_str(), c.crisis_line.as_str()), ("112", "18006624357"));
        assert!(w.is_empty());
        for bad in ["9-1-1", "1", "1234567", "abc"] {
            let (c, w) = one(RawConfig { emergency_number: Some(bad.into()), ..raw() });
            assert_eq!(c.emergency_number, DEFAULT_EMERGENCY);
            warned(&w, "data-emergency-number");
        }
        for bad in ["988 ", "x988", "123456789012", "+988"] {
            let (c, w) = one(RawConfig { crisis_line: Some(bad.into()), ..raw() });
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
    fn accent() {
        let (c, w) = one(RawConfig { accent: Some("#1D4ED8".into()), ..raw() });
        assert_eq!(c.accent.as_deref(), Some("#1d4ed8"));
        assert!(w.is_empty());
        let (c, w) = one(RawConfig { accent: Some("#036".into()), ..raw() });
        assert_eq!(c.accent.as_deref(), Some("#003366"));
        assert!(w.is_empty());
        for bad in ["#ffff00", "#fff", "#777777", "red", "#12345", "rgb(0,0,0)", "#12345g", "#0000;}"] {
            let (c, w) = one(RawConfig { accent: Some(bad.into()), ..raw() });
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
        let (c, w) = one(RawConfig { exit_url: Some("https://weather.example/".into()), ..raw() });
        assert_eq!(c.exit_url, "https://weather.example/");
        assert!(w.is_empty());
        for bad in ["http://weather.example", "javascript:void(0)", "about:blank"] {
            let (c, w) = one(RawConfig { exit_url: Some(bad.into()), ..raw() });
            assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
            warned(&w, "data-exit-url");
        }
    }

    #[test]
    fn theme() {
        for (v, t) in [("auto", Theme::Auto), ("Light", Theme::Light), (" dark ", Theme::Dark)] {
            let (c, w) = one(RawConfig { theme: Some(v.into()), ..raw() });
            assert_eq!(c.theme, t);
            assert!(w.is_empty());
        }
        let (c, w) = one(RawConfig { theme: Some("neon".into()), ..raw() });
        assert_eq!(c.theme, Theme::Auto);
        warned(&w, "data-theme");
    }

    #[test]
    fn one_warning_per_bad_value() {
        let (c, w) = one(RawConfig {
            clinic_name: Some("Ok Clinic".into()),
            phone: Some("call me".into()),
            accent: Some("#ff0".into()),
            theme: Some("x".into()),
            ..raw()
        });
        assert_eq!(c.clinic_name.as_deref(), Some("Ok Clinic"));
        let attrs: Vec<_> = w.iter().map(|w| w.attr).collect();
        assert_eq!(attrs, ["data-phone", "data-accent", "data-theme"]);
    }
}
