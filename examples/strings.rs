//! Every user-facing string with its key, for the translation files
//! (`cargo xtask i18n`, `xtask/src/i18n.rs`):
//!
//!     cargo run --quiet --example strings                    # {"languages", "strings"}
//!     cargo run --quiet --example strings -- --translations  # also {"translations": {code: [[key, text]]}}
//!
//! `strings` is the English source, `[key, text]` in table order: the
//! engine's texts (`guide::text::keys`), then the widget's own words under
//! `ui.`. `languages` is the one language list (code, own name, direction).
//! `--translations` adds every other language's table as the build has it
//! (what `cargo xtask i18n --import-rust` writes into that language's file);
//! without it no translation is read, so a stale language file never stops
//! the template from being written.

use guide::Lang;
use kratom_check::words::words;
use serde_json::{json, Map, Value};

/// The prefix of the widget's own words, apart from the engine's.
const UI: &str = "ui.";

fn strings(lang: Lang) -> Vec<(String, String)> {
    let mut all = guide::text::keys::strings(lang.texts());
    all.extend(words(lang).all().into_iter().map(|(k, v)| (format!("{UI}{k}"), v)));
    all
}

fn main() {
    let languages: Vec<Value> =
        Lang::ALL.iter().map(|l| json!({ "code": l.code(), "name": l.name(), "dir": l.dir().as_str() })).collect();
    let mut out = json!({ "languages": languages, "strings": strings(Lang::SOURCE) });
    if std::env::args().any(|a| a == "--translations") {
        let mut translations = Map::new();
        for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::SOURCE) {
            translations.insert(lang.code().to_string(), json!(strings(lang)));
        }
        out["translations"] = Value::Object(translations);
    }
    println!("{out}");
}
