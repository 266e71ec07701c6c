//! A language's words from its translation file, `po/CODE.po` (compiled
//! into native builds: the tests, the commands, the pack writer). The file
//! is read with `polib` and laid over the English table by key
//! ([`super::keys::translate`]), so the result has the English table's
//! shape and ids. The wasm never does this: it receives the packs written
//! from the result.
//!
//! Only a current translation counts: an entry that is missing, empty,
//! fuzzy, or made for other English than the table's now is an error that
//! names its key, never a fallback to English (`cargo xtask i18n --check`
//! says the same, before the build).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::lang::Lang;

/// A translation file's current entries: key → (English, translation).
pub fn entries(lang: Lang) -> HashMap<String, (String, String)> {
    let Some(text) = lang.po_file() else { return HashMap::new() };
    let catalog = polib::po_file::parse_from_reader(text.as_bytes())
        .unwrap_or_else(|e| panic!("po/{}.po does not parse: {e}", lang.code()));
    catalog
        .messages()
        .filter(|m| !m.is_fuzzy())
        .filter_map(|m| {
            let text = m.msgstr().ok().filter(|s| !s.is_empty())?;
            Some((m.msgctxt()?.to_string(), (m.msgid().to_string(), text.to_string())))
        })
        .collect()
}

/// `english` (a words table) in `lang`, from its file; keys are looked up
/// under `prefix` (the widget's words live under `ui.`). Panics, naming
/// every key, when an entry is missing or stale: a build must not go on
/// with English in the middle of another language.
pub fn translated<T: Deserialize<'static>>(lang: Lang, english: &impl Serialize, prefix: &str) -> T {
    let entries = entries(lang);
    super::keys::translate(english, |key, source| {
        let (msgid, text) = entries.get(&format!("{prefix}{key}"))?;
        (msgid == source).then(|| text.clone())
    })
    .unwrap_or_else(|keys| {
        panic!(
            "po/{}.po lacks a current translation of {} strings (run `cargo xtask i18n --check`): {}",
            lang.code(),
            keys.len(),
            keys.iter().map(|k| format!("{prefix}{k}")).collect::<Vec<_>>().join(", ")
        )
    })
}
