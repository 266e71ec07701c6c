//! Everything written from the embed options table (`src/options.rs`):
//!
//!     cargo run --quiet --example options -- --write   # rewrite them (cargo xtask dist does)
//!     cargo run --quiet --example options -- --json    # print docs/embed-options.json
//!
//! - README.md: the attribute table, between `<!-- embed-options:start -->` and `…:end -->`;
//! - www/kratom-check.js: the `mount()` option names, what the painted
//!   start page may use of each option (a strict subset of what the widget
//!   accepts: anything else makes it wait for the widget), and the replay
//!   tools' markers (`src/replay.rs`);
//! - www/builder.js: the option names, the numbers its fallback writes
//!   as `tel:` links (with the widget's own digit rule), and the language
//!   list (its language choices);
//! - www/widget.js: the options a link to the iframe page may set;
//! - docs/embed-options.json: the table for other tools (a CMS plugin's
//!   settings page), with each check as data.
//!
//! The JavaScript parts sit between `/* @generated options: start … */` and
//! `/* @generated options: end */` lines. This example's test fails when any
//! of them differs from what the table says.

use std::path::{Path, PathBuf};

use kratom_check::config::Config;
use kratom_check::options::{is_bidi_control, Check, Opt, Painted, FROM_ADDRESS, OPTIONS};
use kratom_check::replay;
use serde::Serialize;

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
    out.push("// Replay shielding (src/replay.rs): each tool's documented marker, on the host element".into());
    out.push("// and on the painted page's root, as the widget puts them on its own root.".into());
    out.push(format!("var REPLAY_CLASSES = {};", js_string(&replay::CLASSES.join(" "))));
    let attrs: Vec<String> =
        replay::ATTRIBUTES.iter().map(|(n, v)| format!("[{}, {}]", js_string(n), js_string(v))).collect();
    out.push(format!("var REPLAY_ATTRIBUTES = [{}];", attrs.join(", ")));
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
        "// The widget's languages (guide::Lang, the one list): [code, name in itself].".to_string(),
        format!("var LANGUAGES = [{}];", kratom_check::lang_packs::builder_rows()),
    ]
    .join("\n")
}

/// The iframe page's part: the only options its address may set.
fn iframe_js() -> String {
    let names: Vec<String> = FROM_ADDRESS.iter().map(|o| js_string(o)).collect();
    format!(
        "// The options a link to widget.html may set (harmless to the clinic and the person).\nvar FROM_ADDRESS = [{}];",
        names.join(", ")
    )
}

/// A check as data. Serialised through structs, not `serde_json::Value`, so the
/// keys keep this order whatever features the workspace unifies (with
/// `preserve_order` a `Value` keeps insertion order, without it sorts).
#[derive(Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
enum CheckJson {
    Text { max_chars: usize, refuses_control_characters: bool, refuses_bidi_controls: Vec<String> },
    Phone { chars: &'static str, min_digits: usize, max_chars: usize },
    Digits { min: usize, max: usize, pattern: String },
    HttpsUrl { max_chars: usize, refuses: &'static str, then: &'static str },
    Lang { codes: Vec<&'static str>, region_variants: &'static str },
    HexColour { pattern: &'static str, min_contrast_with_white: f64 },
    OneOf { values: &'static [&'static str], case: &'static str },
}

fn check_json(check: Check) -> CheckJson {
    match check {
        Check::Text { max } => CheckJson::Text {
            max_chars: max,
            refuses_control_characters: true,
            refuses_bidi_controls: (0..=0x10FFFFu32)
                .filter_map(char::from_u32)
                .filter(|c| is_bidi_control(*c))
                .map(|c| format!("U+{:04X}", c as u32))
                .collect(),
        },
        Check::Phone { min_digits, max } => {
            CheckJson::Phone { chars: "0-9 and space + - ( )", min_digits, max_chars: max }
        }
        Check::Digits { min, max } => CheckJson::Digits { min, max, pattern: format!("^[0-9]{{{min},{max}}}$") },
        Check::HttpsUrl { max } => CheckJson::HttpsUrl {
            max_chars: max,
            refuses: "whitespace, control characters, \" ' < > \\ `, credentials, an empty host",
            then: "the browser's URL parser (new URL) must give protocol https:, a host and no credentials; its href is used",
        },
        Check::Lang => CheckJson::Lang { codes: langs(), region_variants: "a code, then - or _ and anything: es-MX, en_US" },
        Check::Accent { min_contrast } => CheckJson::HexColour {
            pattern: "^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
            min_contrast_with_white: min_contrast,
        },
        Check::OneOf(values) => CheckJson::OneOf { values, case: "any" },
    }
}

#[derive(Serialize)]
struct OptionJson {
    option: &'static str,
    attribute: &'static str,
    accepts: String,
    default: Option<String>,
    default_text: String,
    check: CheckJson,
    on_invalid: &'static str,
    fallback_tel: bool,
}

#[derive(Serialize)]
struct ExportJson {
    about: &'static str,
    options: Vec<OptionJson>,
}

fn export_json() -> String {
    let d = Config::default();
    let options = OPTIONS
        .iter()
        .map(|o| OptionJson {
            option: o.option,
            attribute: o.attribute,
            accepts: accepts(o.check) + o.doc.note,
            default: (o.get)(&d),
            default_text: default_doc(o),
            check: check_json(o.check),
            on_invalid: if o.check == Check::Lang { "the page's language, else en" } else { o.instead },
            fallback_tel: o.fallback_tel,
        })
        .collect();
    let out = ExportJson {
        about: "The kratom-check embed options, written by examples/options.rs from src/options.rs. \
                A value is trimmed first (Unicode White_Space); an empty value means not set. \
                An invalid value is ignored with one console warning and on_invalid is used.",
        options,
    };
    serde_json::to_string_pretty(&out).expect("JSON") + "\n"
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
    let p = "www/builder.js";
    out.push((root.join(p), between(&read(p)?, JS_START, JS_END, &page_js(), p)?));
    let p = "www/widget.js";
    out.push((root.join(p), between(&read(p)?, JS_START, JS_END, &iframe_js(), p)?));
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
    use serde_json::Value;

    #[test]
    fn the_iframe_address_names_only_options() {
        for name in FROM_ADDRESS {
            assert!(OPTIONS.iter().any(|o| o.option == name), "{name} is not an option");
        }
    }

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
        assert_eq!(json["options"][0]["check"]["refuses_bidi_controls"].as_array().unwrap().len(), 12);
        assert_eq!(json["options"][0]["check"]["kind"], "text");
    }
}
