//! Everything written from the embed options table (`src/options.rs`):
//!
//!     cargo run --quiet --example options -- --write   # rewrite them (cargo xtask dist does)
//!     cargo run --quiet --example options -- --json    # print docs/embed-options.json
//!
//! - README.md: the attribute table, between `<!-- embed-options:start -->` and `…:end -->`;
//! - www/kratom-check.js: the `mount()` option names, and what the painted
//!   start page may use of each option (a strict subset of what the widget
//!   accepts: anything else makes it wait for the widget);
//! - www/builder.js and www/widget.js: the option names, and the numbers
//!   their fallback writes as `tel:` links (with the widget's own digit rule);
//! - docs/embed-options.json: the table for other tools (a CMS plugin's
//!   settings page), with each check as data.
//!
//! The JavaScript parts sit between `/* @generated options: start … */` and
//! `/* @generated options: end */` lines. This example's test fails when any
//! of them differs from what the table says.

use std::path::{Path, PathBuf};

use kratom_check::config::Config;
use kratom_check::options::{is_bidi_control, Check, Opt, Painted, OPTIONS};
use serde_json::{json, Value};

const README_START: &str = "<!-- embed-options:start (written by examples/options.rs from src/options.rs) -->";
const README_END: &str = "<!-- embed-options:end -->";
const JS_START: &str = "/* @generated options: start (examples/options.rs from src/options.rs; do not edit) */";
const JS_END: &str = "/* @generated options: end */";

/// The strict https URL the painted page may use as its quick exit: lowercase
/// `https://`, a lowercase DNS name whose last label starts with a letter (so
/// no IP address, no punycode), a port below 10000, then only printable
/// ASCII that the widget's textual check allows (no quotes, angle brackets,
/// backslash or backtick), 2000 characters at most. Every such value passes
/// the widget's check, and the browser parses it the same way for the
/// painted page's navigation as for the widget's.
const STRICT_URL: &str = r"^(?=[!-~]{9,2000}$)https://(?:[a-z0-9]+(?:-[a-z0-9]+)*\.)+[a-z][a-z0-9]*(?:-[a-z0-9]+)*(?::[0-9]{1,4})?(?:[/?#][A-Za-z0-9._~!$&()*+,;=:@/?#%\[\]{}|^-]*)?$";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn langs() -> Vec<&'static str> {
    guide::Lang::ALL.iter().map(|l| l.code()).collect()
}

fn code_list(words: &[&str]) -> String {
    words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ")
}

/// What the check accepts, for people (the README's "accepts" column).
fn accepts(check: Check) -> String {
    match check {
        Check::Text { max } => format!("text, up to {max} characters, without control or text-direction characters"),
        Check::Phone { min_digits, max } => {
            format!("digits, spaces, `+ - ( )`, at least {min_digits} digits, up to {max} characters")
        }
        Check::Digits { min, max } => format!("{min}–{max} digits"),
        Check::HttpsUrl { .. } => "an `https://` URL".into(),
        Check::Lang => format!("{} (region variants like `es-MX` accepted)", code_list(&langs())),
        Check::Accent { min_contrast } => {
            format!("`#rgb` or `#rrggbb` with contrast ≥ {min_contrast}:1 against white")
        }
        Check::OneOf(words) => code_list(words),
    }
}

fn default_doc(o: &Opt) -> String {
    match (o.doc.default, (o.get)(&Config::default())) {
        (Some(d), _) => d.to_string(),
        (None, Some(v)) => format!("`{v}`"),
        (None, None) => "none".into(),
    }
}

fn readme_table() -> String {
    let mut t = String::from("| attribute | accepts | default |\n| --- | --- | --- |\n");
    for o in &OPTIONS {
        t.push_str(&format!("| `{}` | {}{} | {} |\n", o.attribute, accepts(o.check), o.doc.note, default_doc(o)));
    }
    t
}

/// The JS regex source (and flags) of what the painted page may use, or None when it uses only the default.
fn painted_pattern(p: Painted) -> Option<(String, &'static str)> {
    match p {
        Painted::Unused | Painted::OnlyDefault => None,
        Painted::Words(words) => Some((format!("^({})$", words.join("|")), "i")),
        Painted::Lang => Some((format!("^({})(?:[-_][A-Za-z0-9]{{1,8}})*$", langs().join("|")), "i")),
        Painted::Url => Some((STRICT_URL.to_string(), "")),
    }
}

fn js_string(s: &str) -> String {
    serde_json::to_string(s).expect("a string serialises")
}

fn js_keys() -> String {
    let keys: Vec<String> = OPTIONS.iter().map(|o| js_string(o.option)).collect();
    format!("var KEYS = [{}];", keys.join(", "))
}

/// The loader's part: option names, the default exit, and the painted page's rules.
fn loader_js() -> String {
    let d = Config::default();
    let mut out = vec![
        "// The mount() option names (own properties read; each overrides its data- attribute).".to_string(),
        js_keys(),
        "// Where quick exit goes when the browser refuses to navigate to the configured exit.".to_string(),
        format!("var DEFAULT_EXIT_URL = {};", js_string(&d.exit_url)),
        "// What the painted start page may use of an option: the value when it matches `pattern`".to_string(),
        "// (a strict subset of what the widget accepts; a capture is lowercased), `fallback` when".to_string(),
        "// the option is absent or empty (for lang: the page's <html lang> by the same pattern,".to_string(),
        "// then `fallback`). Any other value, and any value of an option without a pattern, makes".to_string(),
        "// the page wait for the widget. Options not listed do not show on the start page.".to_string(),
        "var PAINTED = {".to_string(),
        "  __proto__: null,".to_string(),
    ];
    let rows: Vec<&Opt> = OPTIONS.iter().filter(|o| o.painted != Painted::Unused).collect();
    for (i, o) in rows.iter().enumerate() {
        let pattern = match painted_pattern(o.painted) {
            Some((src, flags)) => format!("new RegExp({}, {})", js_string(&src), js_string(flags)),
            None => "null".into(),
        };
        let fallback = match (o.get)(&d) {
            Some(v) => js_string(&v),
            None => "null".into(),
        };
        let comma = if i + 1 < rows.len() { "," } else { "" };
        out.push(format!(
            "  {}: {{ attribute: {}, pattern: {pattern}, fallback: {fallback} }}{comma}",
            o.option,
            js_string(o.attribute)
        ));
    }
    out.push("};".into());
    out.join("\n")
}

/// The builder's and the iframe page's part: option names and the fallback's tel: numbers.
fn page_js() -> String {
    let d = Config::default();
    let mut tel = Vec::new();
    for o in OPTIONS.iter().filter(|o| o.fallback_tel) {
        let Check::Digits { min, max } = o.check else { unreachable!("fallback_tel is for digits") };
        let default = (o.get)(&d).expect("a tel: default");
        tel.push(format!("[{}, /^[0-9]{{{min},{max}}}$/, {}]", js_string(o.option), js_string(&default)));
    }
    [
        "// The mount() option names (the camelCase of the data- attributes).".to_string(),
        js_keys(),
        "// The numbers the fallback links with tel: [option, the widget's rule, its default].".to_string(),
        format!("var TEL = [{}];", tel.join(", ")),
    ]
    .join("\n")
}

fn check_json(check: Check) -> Value {
    match check {
        Check::Text { max } => {
            let bidi: Vec<String> = (0..=0x10FFFFu32)
                .filter_map(char::from_u32)
                .filter(|c| is_bidi_control(*c))
                .map(|c| format!("U+{:04X}", c as u32))
                .collect();
            json!({ "kind": "text", "max_chars": max, "refuses": { "control": true, "bidi_controls": bidi } })
        }
        Check::Phone { min_digits, max } => {
            json!({ "kind": "phone", "chars": "0-9 and space + - ( )", "min_digits": min_digits, "max_chars": max })
        }
        Check::Digits { min, max } => json!({ "kind": "digits", "pattern": format!("^[0-9]{{{min},{max}}}$") }),
        Check::HttpsUrl { max } => json!({
            "kind": "https_url",
            "max_chars": max,
            "refuses": "whitespace, control characters, \" ' < > \\ `, credentials, an empty host",
            "then": "the browser's URL parser (new URL) must give protocol https:, a host and no credentials; its href is used"
        }),
        Check::Lang => {
            json!({ "kind": "lang", "codes": langs(), "region_variants": "a code, then - or _ and anything: es-MX, en_US" })
        }
        Check::Accent { min_contrast } => {
            json!({ "kind": "hex_colour", "pattern": "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$", "min_contrast_with_white": min_contrast })
        }
        Check::OneOf(words) => json!({ "kind": "one_of", "values": words, "case": "any" }),
    }
}

fn export_json() -> String {
    let d = Config::default();
    let options: Vec<Value> = OPTIONS
        .iter()
        .map(|o| {
            json!({
                "option": o.option,
                "attribute": o.attribute,
                "accepts": accepts(o.check) + o.doc.note,
                "default": (o.get)(&d),
                "default_text": default_doc(o),
                "check": check_json(o.check),
                "on_invalid": if o.check == Check::Lang { "the page's language, else en" } else { o.instead },
                "fallback_tel": o.fallback_tel,
            })
        })
        .collect();
    let out = json!({
        "about": "The kratom-check embed options, written by examples/options.rs from src/options.rs. \
                  A value is trimmed first (Unicode White_Space); an empty value means not set. \
                  An invalid value is ignored with one console warning and on_invalid is used.",
        "options": options,
    });
    serde_json::to_string_pretty(&sorted(out)).expect("JSON") + "\n"
}

/// Every object's keys in sorted order. Without this the order would depend
/// on serde_json's `preserve_order` feature, which a `cargo test --workspace`
/// turns on for this example too (xtask asks for it): the file would then
/// look stale in one build and current in the other.
fn sorted(v: Value) -> Value {
    match v {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().map(|(k, v)| (k, sorted(v))).collect())
        }
        Value::Array(items) => Value::Array(items.into_iter().map(sorted).collect()),
        other => other,
    }
}

/// `text` with what lies between the `start` and `end` lines replaced by `body`.
fn between(text: &str, start: &str, end: &str, body: &str, file: &str) -> Result<String, String> {
    let s = text.find(start).ok_or_else(|| format!("{file}: no `{start}` marker"))?;
    let after_start = s + start.len();
    let e = text[after_start..].find(end).ok_or_else(|| format!("{file}: no `{end}` marker"))? + after_start;
    if text[e + end.len()..].contains(start) {
        return Err(format!("{file}: the marker is there twice"));
    }
    // Keep the end marker's indentation for every generated line.
    let line_start = text[..e].rfind('\n').map_or(0, |i| i + 1);
    let indent = &text[line_start..e];
    let indent = if indent.trim().is_empty() { indent } else { "" };
    let mut out = String::from(&text[..after_start]);
    out.push('\n');
    for line in body.trim_end().lines() {
        if !line.is_empty() {
            out.push_str(indent);
        }
        out.push_str(line);
        out.push('\n');
    }
    out.push_str(indent);
    out.push_str(&text[e..]);
    Ok(out)
}

/// Every generated file, as (path, what it should hold now).
fn generated(root: &Path) -> Result<Vec<(PathBuf, String)>, String> {
    let read = |p: &str| std::fs::read_to_string(root.join(p)).map_err(|e| format!("{p}: {e}"));
    let mut out = Vec::new();
    out.push((
        root.join("README.md"),
        between(&read("README.md")?, README_START, README_END, &readme_table(), "README.md")?,
    ));
    out.push((
        root.join("www/kratom-check.js"),
        between(&read("www/kratom-check.js")?, JS_START, JS_END, &loader_js(), "www/kratom-check.js")?,
    ));
    for p in ["www/builder.js", "www/widget.js"] {
        out.push((root.join(p), between(&read(p)?, JS_START, JS_END, &page_js(), p)?));
    }
    out.push((root.join("docs/embed-options.json"), export_json()));
    Ok(out)
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--json") {
        print!("{}", export_json());
        return std::process::ExitCode::SUCCESS;
    }
    if !args.iter().any(|a| a == "--write") {
        eprintln!("usage: cargo run --example options -- --write | --json");
        return std::process::ExitCode::from(2);
    }
    match generated(&root()) {
        Ok(files) => {
            for (path, text) in files {
                if std::fs::read_to_string(&path).ok().as_deref() != Some(text.as_str()) {
                    std::fs::write(&path, text).expect("write a generated file");
                    println!("examples/options.rs: rewrote {}", path.display());
                }
            }
            std::process::ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("examples/options.rs: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_files_are_current() {
        for (path, text) in generated(&root()).unwrap() {
            let now = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                now == text,
                "{} is stale: run `cargo run --example options -- --write` (or `cargo xtask dist`)",
                path.display()
            );
        }
    }

    #[test]
    fn markers_are_replaced_and_kept() {
        let t = "a\n  /* s */\n  old\n  /* e */\nb\n";
        assert_eq!(between(t, "/* s */", "/* e */", "x\ny", "t").unwrap(), "a\n  /* s */\n  x\n  y\n  /* e */\nb\n");
        assert!(between("no markers", "/* s */", "/* e */", "x", "t").is_err());
    }

    #[test]
    fn every_option_is_in_each_list() {
        let table = readme_table();
        let keys = js_keys();
        for o in &OPTIONS {
            assert!(table.contains(&format!("`{}`", o.attribute)));
            assert!(keys.contains(&format!("\"{}\"", o.option)));
        }
        let json: Value = serde_json::from_str(&export_json()).unwrap();
        assert_eq!(json["options"].as_array().unwrap().len(), OPTIONS.len());
        assert_eq!(json["options"][0]["check"]["refuses"]["bidi_controls"].as_array().unwrap().len(), 12);
    }
}
