//! Raw embed options → validated [`Config`], by the rows of
//! [`super::options::OPTIONS`]. Pure Rust, no web types, so every rule is
//! tested natively with `cargo test` (and, through `tests/option-cases.json`,
//! in the browser too).
//!
//! Each invalid value yields exactly one [`Warning`] naming the option in the
//! form it was given (`data-phone` for an attribute, `phone` for a
//! `KratomCheck.mount` option) and the default used instead; the caller
//! prints it with `console.warn`, prefixed with the element's label.

use guide::Lang;

use crate::config::Config;
use crate::options::{find, is_bidi_control, Check, Opt, Value, OPTIONS};

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

impl Opt {
    /// The name in the form the value was given.
    pub fn name(&self, source: Source) -> &'static str {
        match source {
            Source::Attribute => self.attribute,
            Source::Option => self.option,
        }
    }
}

/// What the embed hands over: for each row of [`OPTIONS`] (same order), the
/// `mount` option if the options object has it as an own property, else the
/// element's own attribute. Inherited properties never get here.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawConfig {
    given: Vec<Option<Given>>,
}

impl Default for RawConfig {
    fn default() -> Self {
        RawConfig { given: vec![None; OPTIONS.len()] }
    }
}

impl RawConfig {
    /// Builds the options from two lookups: `option(name)` reads an own
    /// property of the `mount` options by its camelCase name (`Ok(None)` when
    /// absent, `undefined` or `null`; `Err` for a value that is not a string,
    /// which rejects the whole object: the caller warns and uses the
    /// defaults), and `attribute(name)` reads the element's attribute
    /// (`data-…`). An option wins over the attribute. Read by hand in the
    /// wasm: serde and serde-wasm-bindgen cost more bytes than a few strings are worth.
    pub fn from_sources<E>(
        mut option: impl FnMut(&'static str) -> Result<Option<String>, E>,
        mut attribute: impl FnMut(&'static str) -> Option<String>,
    ) -> Result<Self, E> {
        let mut given = Vec::with_capacity(OPTIONS.len());
        for o in &OPTIONS {
            given.push(match option(o.option)? {
                Some(v) => Some(Given { value: v, source: Source::Option }),
                None => attribute(o.attribute).map(|v| Given { value: v, source: Source::Attribute }),
            });
        }
        Ok(RawConfig { given })
    }

    /// These options set (by either name; the name says the source), the rest absent.
    /// Panics on an unknown name: for tests and fixtures.
    pub fn with<'a>(values: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut raw = RawConfig::default();
        for (name, value) in values {
            let i = OPTIONS.iter().position(|o| o.option == name || o.attribute == name);
            let i = i.unwrap_or_else(|| panic!("unknown option {name}"));
            let source = if name.starts_with("data-") { Source::Attribute } else { Source::Option };
            raw.given[i] = Some(Given { value: value.to_string(), source });
        }
        raw
    }

    /// The value given for an option (by either of its names).
    pub fn get(&self, name: &str) -> Option<&Given> {
        let o = find(name)?;
        let i = OPTIONS.iter().position(|x| x.attribute == o.attribute)?;
        self.given[i].as_ref()
    }
}

/// One rejected value. `name` is the option as it was given (`data-accent`
/// or `accent`); `why` says what was wrong; `default` what is used instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    pub name: &'static str,
    pub why: String,
    pub default: &'static str,
}

impl Warning {
    /// `<element>: ignoring <name> (<why>); using <default>`, where `element`
    /// names the widget (`kratom-check #2`, `kratom-check id="help"`).
    pub fn message(&self, element: &str) -> String {
        let mut m = String::from(element);
        for part in [": ignoring ", self.name, " (", &self.why, "); using ", self.default] {
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

/// Validate every option, row by row.
pub fn validate(raw: &RawConfig, env: &Env) -> (Config, Vec<Warning>) {
    let mut warnings = Vec::new();
    let mut c = Config::default();
    let page = env.page_lang.and_then(lang_prefix).unwrap_or(c.lang);
    c.lang = page;
    for (o, given) in OPTIONS.iter().zip(&raw.given) {
        let Some((g, v)) = present(given) else { continue };
        match check(o.check, v, env) {
            Ok(value) => (o.set)(&mut c, value),
            Err(why) => {
                if let Some(refused) = o.refused {
                    refused(&mut c);
                }
                warnings.push(Warning {
                    name: o.name(g.source),
                    why,
                    default: if o.check == Check::Lang { page.code() } else { o.instead },
                })
            }
        }
    }
    (c, warnings)
}

/// Runs one check on a trimmed, non-empty value: the value to store, or why not.
pub fn check(check: Check, v: &str, env: &Env) -> Result<Value, String> {
    match check {
        Check::Text { max } => {
            if v.chars().count() > max {
                Err(words(&["longer than ", &number(max), " characters"]))
            } else if v.chars().any(|c| c.is_control() || is_bidi_control(c)) {
                Err("control characters".into())
            } else {
                Ok(Value::Text(v.to_string()))
            }
        }
        Check::Phone { min_digits, max } => {
            let ok = v.len() <= max
                && v.bytes().filter(u8::is_ascii_digit).count() >= min_digits
                && v.bytes().all(|b| b.is_ascii_digit() || b" +-()".contains(&b));
            if ok {
                Ok(Value::Text(v.to_string()))
            } else {
                Err("only digits, spaces and + - ( ) are allowed".into())
            }
        }
        Check::Digits { min, max } => {
            if (min..=max).contains(&v.len()) && v.bytes().all(|b| b.is_ascii_digit()) {
                Ok(Value::Text(v.to_string()))
            } else {
                Err(words(&[&number(min), " to ", &number(max), " digits expected"]))
            }
        }
        Check::HttpsUrl { max } => https_url(v, max, env).map(Value::Text).ok_or_else(|| "not an https URL".into()),
        Check::Lang => lang_prefix(v).map(Value::Lang).ok_or_else(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            words(&["supported: ", &codes.join(", ")])
        }),
        Check::Accent { min_contrast } => match parse_hex_colour(v) {
            None => Err("use #rgb or #rrggbb".into()),
            Some(rgb) if contrast_with_white(rgb) < min_contrast => {
                Err(words(&["contrast against white is below ", &ratio(min_contrast), ":1"]))
            }
            Some(rgb) => Ok(Value::Text(hex(rgb))),
        },
        Check::OneOf(list) => {
            let lower = v.to_ascii_lowercase();
            list.iter().find(|w| **w == lower).map(|w| Value::Word(w)).ok_or_else(|| words(&["use ", &or_list(list)]))
        }
    }
}

/// `a, b or c`.
pub fn or_list(list: &[&str]) -> String {
    match list.split_last() {
        None => String::new(),
        Some((last, [])) => last.to_string(),
        Some((last, rest)) => words(&[&rest.join(", "), " or ", last]),
    }
}

fn words(parts: &[&str]) -> String {
    parts.concat()
}

/// A small count in decimal, without `core::fmt` (kept out of the wasm).
fn number(mut n: usize) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b'0' + (n % 10) as u8);
        n /= 10;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

/// A contrast ratio such as 4.5 (one decimal) or 7.
fn ratio(r: f64) -> String {
    let tenths = (r * 10.0).round() as usize;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    let mut s = number(whole);
    if tenth > 0 {
        s.push('.');
        s.push_str(&number(tenth));
    }
    s
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
fn https_url(v: &str, max: usize, env: &Env) -> Option<String> {
    if v.len() > max || !valid_https_url(v) {
        return None;
    }
    let u = (env.parse_url)(v)?;
    (u.protocol == "https:" && !u.has_credentials && !u.hostname.is_empty()).then_some(u.href)
}

/// `https://host...` with no whitespace, control characters, quotes or angle
/// brackets, and a non-empty host without credentials.
pub fn valid_https_url(v: &str) -> bool {
    if v.len() < 9 || !v.is_char_boundary(8) || !v[..8].eq_ignore_ascii_case("https://") {
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
    use crate::config::{Theme, DEFAULT_CRISIS, DEFAULT_EMERGENCY, DEFAULT_EXIT_URL};
    use crate::options::Painted;

    /// A stand-in for `new URL(v)` that accepts what the textual check
    /// accepts and serialises like the browser does for these inputs
    /// (scheme and host lowercased, `/` for an empty path).
    fn lenient(v: &str) -> Option<ParsedUrl> {
        let (scheme, rest) = v.split_once("://")?;
        let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
        let hostname = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
        let hostname = hostname.split(':').next().unwrap_or("").to_ascii_lowercase();
        let scheme = scheme.to_ascii_lowercase();
        let tail = &rest[authority.len()..];
        let path = if tail.starts_with('/') { "" } else { "/" };
        Some(ParsedUrl {
            protocol: format!("{scheme}:"),
            has_credentials: authority.contains('@'),
            href: format!("{scheme}://{}{path}{tail}", authority.to_ascii_lowercase()),
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
    fn one(name: &str, value: &str) -> (Config, Vec<Warning>) {
        validate(&RawConfig::with([(name, value)]), &env())
    }
    fn warned(w: &[Warning], name: &str) {
        assert_eq!(w.len(), 1, "{w:?}");
        assert_eq!(w[0].name, name);
        let m = w[0].message("kratom-check #1");
        assert!(m.starts_with("kratom-check #1: ignoring "), "{m}");
        assert!(m.contains(&format!(" {name} (")), "{m}");
        assert!(m.contains("); using "), "{m}");
    }

    /// `tests/option-cases.json`, the case table the browser suite runs too.
    #[test]
    fn the_shared_case_table() {
        let table: serde_json::Value =
            serde_json::from_str(include_str!("../../tests/option-cases.json")).expect("tests/option-cases.json");
        let cases = table["cases"].as_array().expect("cases");
        let mut seen = std::collections::BTreeSet::new();
        for case in cases {
            let name = case["option"].as_str().unwrap();
            let value = case["value"].as_str().unwrap();
            let o = find(name).unwrap_or_else(|| panic!("unknown option {name}"));
            seen.insert(o.attribute);
            let page = case["page"].as_str();
            let env = Env { page_lang: page, parse_url: &like_a_browser };
            let (c, w) = validate(&RawConfig::with([(name, value)]), &env);
            let what = format!("{name}={value:?} (page {page:?})");
            assert_eq!((o.get)(&c).as_deref(), case["widget"].as_str(), "{what}: the value the widget uses");
            if case["warns"].as_bool().unwrap() {
                warned(&w, name);
            } else {
                assert!(w.is_empty(), "{what}: {w:?}");
            }
            // Every other option keeps its default.
            for other in OPTIONS.iter().filter(|x| x.attribute != o.attribute) {
                assert_eq!((other.get)(&c), (other.get)(&Config { lang: c.lang, ..Config::default() }), "{what}");
            }
            // What the painted page uses, when it paints, is what the widget uses.
            match (o.painted, case.get("painted")) {
                (Painted::Unused, None) => {}
                (Painted::Unused, Some(_)) => panic!("{what}: the painted page does not read {name}"),
                (_, None) => panic!("{what}: say what the painted page does with {name}"),
                (_, Some(p)) if p == "wait" => {}
                (_, Some(p)) => assert_eq!(p.as_str(), case["widget"].as_str(), "{what}: painted"),
            }
        }
        for o in &OPTIONS {
            assert!(seen.contains(o.attribute), "tests/option-cases.json has no case for {}", o.attribute);
        }
    }

    #[test]
    fn from_sources_reads_own_options_first_then_attributes() {
        let r = RawConfig::from_sources(|k| Ok::<_, ()>(Some(k.to_string())), |_| Some("attr".into())).unwrap();
        for o in &OPTIONS {
            assert_eq!(r.get(o.attribute), Given::option(o.option).as_ref());
        }
        let r = RawConfig::from_sources(|_| Ok::<_, ()>(None), |a| Some(a.to_string())).unwrap();
        for o in &OPTIONS {
            assert_eq!(r.get(o.option), Given::attribute(o.attribute).as_ref());
        }
        let r = RawConfig::from_sources(
            |k| Ok::<_, ()>((k == "phone").then(|| "1-555".to_string())),
            |a| (a == "data-phone" || a == "data-theme").then(|| "x".to_string()),
        )
        .unwrap();
        assert_eq!(r.get("phone"), Given::option("1-555").as_ref(), "the option wins over the attribute");
        assert_eq!(r.get("theme"), Given::attribute("x").as_ref());
        assert_eq!(r.get("lang"), None);

        assert_eq!(RawConfig::from_sources(|_| Ok::<_, ()>(None), |_| None).unwrap(), RawConfig::default());
        assert!(RawConfig::from_sources(|k| if k == "lang" { Err(()) } else { Ok(None) }, |_| None).is_err());
    }

    #[test]
    fn option_names_are_the_attribute_and_its_camel_case() {
        let mut names = std::collections::BTreeSet::new();
        for o in &OPTIONS {
            let camel: String = o.attribute["data-".len()..]
                .split('-')
                .enumerate()
                .map(|(i, p)| if i == 0 { p.to_string() } else { p[..1].to_ascii_uppercase() + &p[1..] })
                .collect();
            assert_eq!(camel, o.option);
            assert_eq!(o.name(Source::Attribute), o.attribute);
            assert_eq!(o.name(Source::Option), o.option);
            assert!(names.insert(o.option), "{} twice", o.option);
        }
    }

    #[test]
    fn each_row_is_consistent() {
        let d = Config::default();
        for o in &OPTIONS {
            // A warning's "using …" is the default itself where there is one.
            if let (Some(v), false) = ((o.get)(&d), o.check == Check::Lang) {
                if o.attribute != "data-accent" {
                    assert_eq!(o.instead, v, "{}", o.attribute);
                }
            }
            match (o.check, o.painted) {
                (Check::OneOf(all), Painted::Words(painted)) => {
                    assert!(
                        painted.iter().all(|w| all.contains(w)),
                        "{}: painted words are accepted words",
                        o.attribute
                    )
                }
                (Check::Lang, Painted::Lang) | (Check::HttpsUrl { .. }, Painted::Url) => {}
                (_, Painted::Unused | Painted::OnlyDefault) => {}
                (c, p) => panic!("{}: {p:?} cannot paint a {c:?}", o.attribute),
            }
            if o.fallback_tel {
                assert!(matches!(o.check, Check::Digits { .. }), "{}: a tel: link takes digits", o.attribute);
            }
        }
        for t in Theme::ALL {
            assert_eq!(t.as_str().parse(), Ok(t));
        }
    }

    #[test]
    fn warnings_name_the_option_in_the_form_given() {
        let (_, w) = validate(&RawConfig::with([("phone", "call us"), ("data-theme", "neon")]), &env());
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
        let messages = [
            ("data-clinic-name", "x".repeat(81), "longer than 80 characters); using no clinic name"),
            ("data-clinic-name", "a\u{202E}b".into(), "control characters); using no clinic name"),
            ("data-emergency-number", "1".into(), "2 to 6 digits expected); using 911"),
            ("data-crisis-line", "1".into(), "2 to 11 digits expected); using 988"),
            ("data-accent", "#fff".into(), "contrast against white is below 4.5:1); using the built-in accent"),
            ("data-accent", "red".into(), "use #rgb or #rrggbb); using the built-in accent"),
            ("data-lang", "de".into(), "supported: en, es); using en"),
            ("data-quick-exit-keys", "no".into(), "use on or off); using on"),
            ("data-exit-url", "x".into(), "not an https URL); using https://www.google.com/"),
        ];
        for (name, value, end) in messages {
            let (_, w) = one(name, &value);
            let m = w[0].message("k");
            assert!(m.ends_with(end), "{m}");
        }
        for o in &OPTIONS {
            // Every option warns under both of its names, and keeps the
            // default, or (a refused helpline, poison line) records the refusal.
            let bad = "\u{7}not valid\u{7}".to_string() + &"x".repeat(90);
            for name in [o.attribute, o.option] {
                let (c, w) = one(name, &bad);
                let mut expected = Config::default();
                if let Some(refused) = o.refused {
                    refused(&mut expected);
                    assert_ne!(expected, Config::default(), "{name}: a refusal is recorded");
                }
                assert_eq!(c, expected, "{name}");
                warned(&w, name);
            }
        }
        assert_eq!((DEFAULT_EMERGENCY, DEFAULT_CRISIS), ("911", "988"));
    }

    #[test]
    fn empty_gives_defaults_and_no_warnings() {
        let (c, w) = validate(&RawConfig::default(), &env());
        assert_eq!(c, Config::default());
        assert!(c.quick_exit_keys, "the quick-exit keys are on by default");
        assert!(w.is_empty());
        let blanks: Vec<(&str, &str)> = OPTIONS.iter().map(|o| (o.attribute, " ")).collect();
        let (c, w) = validate(&RawConfig::with(blanks), &env());
        assert_eq!(c, Config::default());
        assert!(w.is_empty());
    }

    #[test]
    fn urls_pass_the_browsers_parser_too() {
        // Each passes the textual check; the browser's parser throws on it.
        for bad in ["https://::", "https://[::1", "https://a.example:1:2/", "https://999999999999/"] {
            assert!(valid_https_url(bad), "{bad} gets past the textual check");
            let (c, w) = one("data-exit-url", bad);
            assert_eq!(c.exit_url, DEFAULT_EXIT_URL, "{bad}");
            warned(&w, "data-exit-url");
            let (c, w) = one("contactUrl", bad);
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
            let (c, w) = validate(&RawConfig::with([("data-exit-url", "https://weather.example/")]), &env);
            match verdict {
                Some(href) => assert_eq!((c.exit_url.as_str(), w.len()), (href, 0)),
                None => {
                    assert_eq!(c.exit_url, DEFAULT_EXIT_URL);
                    warned(&w, "data-exit-url");
                }
            }
        }
        // Never a panic on a multi-byte character where the scheme ends.
        assert!(!valid_https_url("https:/é/x.example"));
        let (c, w) = one("data-exit-url", &format!("https://a.example/{}", "x".repeat(2000)));
        assert_eq!(c.exit_url, DEFAULT_EXIT_URL, "over 2000 characters");
        warned(&w, "data-exit-url");
    }

    #[test]
    fn lang_default_is_the_pages() {
        let page = |lang| Env { page_lang: Some(lang), parse_url: &like_a_browser };
        let (c, w) = validate(&RawConfig::default(), &page("es-US"));
        assert_eq!(c.lang, Lang::Es);
        assert!(w.is_empty());
        let (c, w) = validate(&RawConfig::default(), &page("fr"));
        assert_eq!(c.lang, Lang::En);
        assert!(w.is_empty(), "an unsupported page language is not the embedder's error");
        let (c, w) = validate(&RawConfig::with([("data-lang", "de")]), &page("es"));
        assert_eq!(c.lang, Lang::Es);
        warned(&w, "data-lang");
        assert!(w[0].message("x").ends_with("using es"));
    }

    #[test]
    fn contrast_maths() {
        assert!((contrast_with_white([0, 0, 0]) - 21.0).abs() < 1e-9);
        assert!((contrast_with_white([255, 255, 255]) - 1.0).abs() < 1e-9);
        // #767676 is the classic lightest grey that passes 4.5:1 on white
        assert!(contrast_with_white([0x76, 0x76, 0x76]) >= 4.5);
        assert!(contrast_with_white([0x77, 0x77, 0x77]) < 4.5);
        let (c, _) = one("data-accent", "#767676");
        assert_eq!(c.accent.as_deref(), Some("#767676"));
    }

    #[test]
    fn small_numbers_and_lists_read_right() {
        assert_eq!(
            (number(0), number(7), number(80), number(2000)),
            ("0".into(), "7".into(), "80".into(), "2000".into())
        );
        assert_eq!((ratio(4.5), ratio(7.0), ratio(3.0)), ("4.5".into(), "7".into(), "3".into()));
        assert_eq!(or_list(&["a"]), "a");
        assert_eq!(or_list(&["a", "b", "c"]), "a, b or c");
    }

    #[test]
    fn a_refused_helpline_or_poison_line_is_left_out_not_defaulted() {
        use crate::config::Extra;
        let (c, w) = one("data-helpline", "call SAMHSA");
        assert_eq!(c.helpline, Extra::Refused, "spec §8: an invalid value leaves the resource out");
        assert!(w[0].message("k").ends_with("using no helpline"));
        let (c, w) = one("poisonLine", "ask us");
        assert_eq!(c.poison_line, Extra::Refused);
        assert!(w[0].message("k").ends_with("using no poison line"));
        let (c, _) = one("data-helpline", "   ");
        assert_eq!(c.helpline, Extra::Default, "empty is not set, not refused");
        let (c, _) = one("data-poison-line", "13 11 26");
        assert_eq!(c.poison_line, Extra::Number("13 11 26".into()));
        // A refused crisis text number is simply absent.
        let (c, w) = one("data-crisis-text", "text-me");
        assert_eq!(c.crisis_text, None);
        assert!(w[0].message("k").ends_with("using no text link"));
    }

    #[test]
    fn the_us_default_set_is_911_with_988() {
        let (c, _) = one("data-clinic-name", "Riverside");
        assert!(c.us_default_set() && c.crisis_is_988());
        let (c, _) = one("data-emergency-number", "112");
        assert!(!c.us_default_set() && c.crisis_is_988());
        let (c, _) = one("crisisLine", "13114");
        assert!(!c.us_default_set() && !c.crisis_is_988());
        // The defaults given explicitly are still the US set.
        let (c, _) =
            validate(&RawConfig::with([("data-emergency-number", "911"), ("data-crisis-line", "988")]), &env());
        assert!(c.us_default_set());
    }

    #[test]
    fn one_warning_per_bad_value() {
        let raw = RawConfig::with([
            ("data-clinic-name", "Ok Clinic"),
            ("data-phone", "call me"),
            ("accent", "#ff0"),
            ("data-theme", "x"),
        ]);
        let (c, w) = validate(&raw, &env());
        assert_eq!(c.clinic_name.as_deref(), Some("Ok Clinic"));
        let names: Vec<_> = w.iter().map(|w| w.name).collect();
        assert_eq!(names, ["data-phone", "accent", "data-theme"]);
    }
}
