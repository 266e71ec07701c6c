//! `cargo xtask i18n [--check | --import-rust]`: the translation files in
//! `po/` (gettext PO, read and written with the `polib` crate; the
//! translator's guide is docs/translating.md).
//!
//! English is the source, in Rust, where the compiler forces every field.
//! `examples/strings.rs` walks it (`guide::text::keys`) and this writes:
//!
//! - `po/kratom-check.pot`, the template: one entry per string, `msgctxt`
//!   its stable key, `msgid` the English, extracted comments (`#.`) its
//!   constraints (who it speaks to, word limits, what each `{…}` stands for);
//! - each other language's `po/CODE.po`, merged with the template: an entry
//!   whose English changed keeps its old translation but is marked fuzzy
//!   (to be checked), a new one comes in empty, and one the template no
//!   longer has is dropped (and named).
//!
//! `--check` writes nothing and fails on any entry that is missing, empty,
//! fuzzy, made for other English, or left over, naming its key: a stale or
//! missing translation is an error, never a fallback (`cargo xtask test`
//! runs it). `--import-rust` writes each language's file from the tables
//! the build has (the Spanish Rust tables, before they moved here).

use std::collections::{BTreeMap, HashMap};
use std::io::BufWriter;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use polib::catalog::Catalog;
use polib::message::{Message, MessageFlags, MessageMutView, MessageView};
use polib::metadata::CatalogMetadata;

use crate::{env, root, Result};

/// One string of the source: its key, its English, its constraints.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub english: String,
    pub comment: String,
}

/// A language of the list, as `examples/strings.rs` prints it.
#[derive(Clone, Debug)]
pub struct Language {
    pub code: String,
    pub name: String,
    pub dir: String,
}

pub fn i18n(args: &[String]) -> Result<ExitCode> {
    let root = root();
    let check = args.iter().any(|a| a == "--check");
    let import = args.iter().any(|a| a == "--import-rust");
    let data = run_strings_example(&root, import)?;
    let (languages, entries) = parse_strings(&data)?;
    let dir = root.join("po");
    std::fs::create_dir_all(&dir)?;
    let template = template(&entries);
    if check {
        return Ok(if report(&dir, &languages, &entries, &template)? { ExitCode::SUCCESS } else { ExitCode::FAILURE });
    }
    write(&template, &dir.join("kratom-check.pot"))?;
    for (code, rtl) in PSEUDO {
        write(&pseudo_catalog(&entries, code, rtl), &po_path(&dir, code))?;
    }
    let readme = root.join("README.md");
    let text = std::fs::read_to_string(&readme)?;
    let table = with_language_table(&text, &languages)?;
    if table != text {
        std::fs::write(&readme, table)?;
        println!("xtask: i18n: rewrote the README's language table");
    }
    let translations = data.get("translations").and_then(|t| t.as_object());
    for lang in &languages[1..] {
        let path = po_path(&dir, &lang.code);
        let catalog = match translations.and_then(|t| t.get(&lang.code)) {
            Some(table) if import => {
                let table: BTreeMap<String, String> = table
                    .as_array()
                    .ok_or("translations are [key, text] rows")?
                    .iter()
                    .filter_map(|row| Some((row[0].as_str()?.to_string(), row[1].as_str()?.to_string())))
                    .collect();
                imported(&entries, lang, &table)
            }
            _ => {
                let old = std::fs::read_to_string(&path).unwrap_or_default();
                let (catalog, dropped) = merge(&entries, lang, &old)?;
                for key in dropped {
                    println!("xtask: i18n: po/{}.po: dropped {key} (no longer in the English)", lang.code);
                }
                catalog
            }
        };
        let (fuzzy, empty) = counts(&catalog);
        write(&catalog, &path)?;
        println!(
            "xtask: i18n: wrote {} ({} strings, {fuzzy} fuzzy, {empty} untranslated)",
            path.display(),
            entries.len()
        );
    }
    Ok(ExitCode::SUCCESS)
}

/// `cargo xtask i18n --check`, for the test command: true when every file is current.
pub fn check() -> Result<bool> {
    let root = root();
    let (languages, entries) = parse_strings(&run_strings_example(&root, false)?)?;
    report(&root.join("po"), &languages, &entries, &template(&entries))
}

/// Prints every problem of the template and the language files; true when none.
fn report(dir: &Path, languages: &[Language], entries: &[Entry], template: &Catalog) -> Result<bool> {
    let mut problems = Vec::new();
    let readme = std::fs::read_to_string(dir.join("../README.md")).unwrap_or_default();
    if with_language_table(&readme, languages).ok().as_deref() != Some(readme.as_str()) {
        problems.push("README.md: the language table is out of date (run `cargo xtask i18n`)".to_string());
    }
    let pot = std::fs::read_to_string(dir.join("kratom-check.pot")).unwrap_or_default();
    if pot != to_string(template)? {
        problems.push("po/kratom-check.pot: out of date (run `cargo xtask i18n`)".to_string());
    }
    for (code, rtl) in PSEUDO {
        if std::fs::read_to_string(po_path(dir, code)).unwrap_or_default()
            != to_string(&pseudo_catalog(entries, code, rtl))?
        {
            problems.push(format!("po/{code}.po: the pseudo-locale is out of date (run `cargo xtask i18n`)"));
        }
    }
    for lang in &languages[1..] {
        let path = po_path(dir, &lang.code);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                problems.extend(check_po(entries, &text).into_iter().map(|p| format!("po/{}.po: {p}", lang.code)))
            }
            Err(e) => problems.push(format!("{}: {e}", path.display())),
        }
    }
    if problems.is_empty() {
        println!("xtask: i18n: {} strings; every language's file is complete and current", entries.len());
    } else {
        eprintln!("xtask: i18n: {} problems:\n  {}", problems.len(), problems.join("\n  "));
    }
    Ok(problems.is_empty())
}

/// The test-only pseudo-locales (guide's feature `pseudo`): code, right to left.
pub const PSEUDO: [(&str, bool); 2] = [("qaa", false), ("qab", true)];

/// A letter with an accent, so a string that went through the translation
/// files looks translated and one that did not stands out as plain English.
fn accented(c: char) -> char {
    const FROM: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const TO: &str = "åƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";
    FROM.chars().position(|f| f == c).and_then(|i| TO.chars().nth(i)).unwrap_or(c)
}

/// One string in a pseudo-locale: every letter accented (placeholders kept),
/// about 40 % longer (filler words, so lines still wrap), in brackets that
/// show where a string is cut; right to left, wrapped in a right-to-left
/// override so it reads as a right-to-left script would.
pub fn pseudo(english: &str, rtl: bool) -> String {
    let mut out = String::new();
    let mut in_placeholder = false;
    for c in english.chars() {
        in_placeholder = (in_placeholder || c == '{') && c != '}';
        out.push(if in_placeholder || c == '}' { c } else { accented(c) });
    }
    let extra = (english.chars().count() * 2).div_ceil(5);
    let filler: Vec<String> = (0..extra.div_ceil(4)).map(|_| "ẋẋẋ".to_string()).collect();
    let text = format!("[{out} {}]", filler.join(" "));
    if rtl {
        format!("\u{202E}{text}\u{202C}")
    } else {
        text
    }
}

/// A pseudo-locale's file: every entry "translated" by [`pseudo`].
pub fn pseudo_catalog(entries: &[Entry], code: &str, rtl: bool) -> Catalog {
    let mut c = Catalog::new(metadata(code));
    c.preheader = vec![
        "A pseudo-locale for tests only (guide's feature `pseudo`); never shipped.".into(),
        "Written by `cargo xtask i18n` from the English: do not edit.".into(),
    ];
    for e in entries {
        c.append_or_update(message(e, &pseudo(&e.english, rtl), false));
    }
    c
}

const README_START: &str = "<!-- languages:start (written by `cargo xtask i18n` from guide::Lang) -->";
const README_END: &str = "<!-- languages:end -->";

/// The README with its language table (from the one list) between its markers.
pub fn with_language_table(readme: &str, languages: &[Language]) -> Result<String> {
    let (Some(a), Some(b)) = (readme.find(README_START), readme.find(README_END)) else {
        return Err("README.md lacks the language table's markers".into());
    };
    let mut table = vec![
        "| Code | Name | Direction | Words from |".to_string(),
        "|------|------|-----------|------------|".to_string(),
    ];
    for (i, l) in languages.iter().enumerate() {
        let from = if i == 0 { "the Rust tables (the source)".to_string() } else { format!("`po/{}.po`", l.code) };
        table.push(format!("| `{}` | {} | {} | {from} |", l.code, l.name, l.dir));
    }
    Ok(format!("{}{README_START}\n{}\n{}", &readme[..a], table.join("\n"), &readme[b..]))
}

fn po_path(dir: &Path, code: &str) -> PathBuf {
    dir.join(format!("{code}.po"))
}

/// The source strings and the language list, from the build itself.
fn run_strings_example(root: &Path, translations: bool) -> Result<serde_json::Value> {
    let mut cmd = env::cargo();
    cmd.current_dir(root).args(["run", "--quiet", "--example", "strings"]);
    if translations {
        cmd.args(["--", "--translations"]);
    }
    let out = cmd.output()?;
    if !out.status.success() {
        return Err(format!("examples/strings.rs failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(serde_json::from_slice(&out.stdout)?)
}

pub fn parse_strings(data: &serde_json::Value) -> Result<(Vec<Language>, Vec<Entry>)> {
    let languages = data["languages"]
        .as_array()
        .ok_or("no language list")?
        .iter()
        .map(|l| Language {
            code: l["code"].as_str().unwrap_or_default().to_string(),
            name: l["name"].as_str().unwrap_or_default().to_string(),
            dir: l["dir"].as_str().unwrap_or_default().to_string(),
        })
        .collect();
    let entries = data["strings"]
        .as_array()
        .ok_or("no strings")?
        .iter()
        .map(|row| {
            let (key, english) = (row[0].as_str().unwrap_or_default(), row[1].as_str().unwrap_or_default());
            Entry { key: key.to_string(), english: english.to_string(), comment: comment(key, english) }
        })
        .collect();
    Ok((languages, entries))
}

/// What a placeholder stands for, for the translator's comment.
const PLACEHOLDERS: &[(&str, &str)] = &[
    ("{n}", "a number (or, in a line to call, a phone number)"),
    ("{total}", "the number of sections"),
    ("{language}", "a language's name in itself, e.g. English"),
    ("{emergency}", "the emergency number, e.g. 911"),
    ("{reach}", "how to reach the crisis line: “call or text” or “call”; always right before {crisis}"),
    ("{crisis}", "the crisis line's name, e.g. 988"),
    ("{deciding}", "how many questions decide the level (the engine's count, e.g. 9)"),
    ("{low_from}", "how many of them skipped or unsure make the confidence low (e.g. 5)"),
];

/// Word limits that the tests enforce, by where the string sits.
fn limit(key: &str) -> Option<&'static str> {
    let field = key.split('.').rev().nth(1).unwrap_or("");
    match (key.starts_with("q."), field) {
        (true, "legend") => Some("The question itself: at most 20 words."),
        (true, "hint") => Some("“Why we ask” under the question: at most 25 words."),
        _ if key.starts_with("levels.") && key.contains(".summary.") => Some("What this level is: at most 60 words."),
        _ if key.starts_with("reasons.") => Some("One sentence that starts from the answer (“You said …”)."),
        _ => None,
    }
}

/// The extracted comment of one string: its voice, limits and placeholders.
pub fn comment(key: &str, english: &str) -> String {
    let mut lines = Vec::new();
    if key.starts_with("ui.") {
        lines.push("The widget's own words (buttons, headings, the clinician summary).".to_string());
    }
    match key.rsplit('.').next() {
        Some("me") => lines.push("Voice: to the person themself (“you”).".to_string()),
        Some("them") => lines.push("Voice: to someone who cares about the person (“they”, “the person”).".to_string()),
        _ => {}
    }
    lines.extend(limit(key).map(str::to_string));
    for (p, meaning) in PLACEHOLDERS {
        if english.contains(p) {
            lines.push(format!("{p} is {meaning}; keep it as it is."));
        }
    }
    lines.join("\n")
}

fn metadata(language: &str) -> CatalogMetadata {
    let mut m = CatalogMetadata::new();
    m.project_id_version = "kratom-check".into();
    m.mime_version = "1.0".into();
    m.content_type = "text/plain; charset=UTF-8".into();
    m.content_transfer_encoding = "8bit".into();
    m.language = language.into();
    m
}

fn message(e: &Entry, msgstr: &str, fuzzy: bool) -> Message {
    let mut flags = MessageFlags::new();
    if fuzzy {
        flags.add_flag("fuzzy");
    }
    Message::build_singular()
        .with_extracted_comments(e.comment.clone())
        .with_msgctxt(e.key.clone())
        .with_msgid(e.english.clone())
        .with_msgstr(msgstr.to_string())
        .with_flags(flags)
        .done()
}

pub fn template(entries: &[Entry]) -> Catalog {
    let mut c = Catalog::new(metadata(""));
    c.preheader = vec![
        "The words of kratom-check, to translate: docs/translating.md.".into(),
        "msgctxt is the string's key; #. lines say who it speaks to and its limits.".into(),
        "Plain, calm, person-first words, US reading grade 8 or lower (spec/voice.md).".into(),
        "Written by `cargo xtask i18n` from the English in Rust: do not edit by hand.".into(),
    ];
    for e in entries {
        c.append_or_update(message(e, "", false));
    }
    c
}

fn header(lang: &Language) -> Vec<String> {
    vec![
        format!("{} translation of kratom-check (docs/translating.md).", lang.name),
        "Clinical text needs a second, independent reading before release.".into(),
    ]
}

/// A language's file from a table the build has (`--import-rust`).
fn imported(entries: &[Entry], lang: &Language, table: &BTreeMap<String, String>) -> Catalog {
    let mut c = Catalog::new(metadata(&lang.code));
    c.preheader = header(lang);
    for e in entries {
        let text = table.get(&e.key).map(String::as_str).unwrap_or("");
        c.append_or_update(message(e, text, false));
    }
    c
}

/// Reads a PO file's entries by key.
fn by_key(text: &str) -> Result<(Catalog, HashMap<String, Message>)> {
    if text.is_empty() {
        return Ok((Catalog::new(CatalogMetadata::new()), HashMap::new()));
    }
    let catalog = polib::po_file::parse_from_reader(text.as_bytes())?;
    let map = catalog
        .messages()
        .filter_map(|m| {
            let key = m.msgctxt()?.to_string();
            Some((
                key,
                Message::build_singular()
                    .with_translator_comments(m.translator_comments().to_string())
                    .with_flags(m.flags().clone())
                    .with_msgid(m.msgid().to_string())
                    .with_msgstr(m.msgstr().unwrap_or_default().to_string())
                    .done(),
            ))
        })
        .collect();
    Ok((catalog, map))
}

/// The template merged into a language's file (`old`, empty if new): a
/// kept translation whose English changed is marked fuzzy; returns the
/// keys dropped because the English no longer has them.
pub fn merge(entries: &[Entry], lang: &Language, old: &str) -> Result<(Catalog, Vec<String>)> {
    let (old_catalog, mut old) = by_key(old)?;
    let mut c = Catalog::new(metadata(&lang.code));
    c.preheader = if old_catalog.preheader.is_empty() { header(lang) } else { old_catalog.preheader };
    for e in entries {
        let mut m = match old.remove(&e.key) {
            Some(prev) => {
                let changed = prev.msgid() != e.english;
                let text = prev.msgstr().unwrap_or_default();
                let mut m = message(e, text, (prev.is_fuzzy() || changed) && !text.is_empty());
                *m.translator_comments_mut() = prev.translator_comments().to_string();
                m
            }
            None => message(e, "", false),
        };
        if m.msgstr().unwrap_or_default().is_empty() {
            m.flags_mut().remove_flag("fuzzy");
        }
        c.append_or_update(m);
    }
    let mut dropped: Vec<String> = old.into_keys().collect();
    dropped.sort();
    Ok((c, dropped))
}

/// Every problem of a language's file against the source, each naming its key.
pub fn check_po(entries: &[Entry], text: &str) -> Vec<String> {
    let (_, mut found) = match by_key(text) {
        Ok(x) => x,
        Err(e) => return vec![format!("does not parse: {e}")],
    };
    let mut problems = Vec::new();
    for e in entries {
        let Some(m) = found.remove(&e.key) else {
            problems.push(format!("{}: missing", e.key));
            continue;
        };
        let text = m.msgstr().unwrap_or_default();
        if text.is_empty() {
            problems.push(format!("{}: not translated", e.key));
        } else if m.is_fuzzy() {
            problems.push(format!(
                "{}: fuzzy (the English changed; check the translation, then remove the fuzzy flag)",
                e.key
            ));
        } else if m.msgid() != e.english {
            problems.push(format!("{}: translated from other English (run `cargo xtask i18n`)", e.key));
        } else {
            for (p, _) in PLACEHOLDERS {
                if e.english.matches(p).count() != text.matches(p).count() {
                    problems.push(format!("{}: {p} must appear as often as in the English", e.key));
                }
            }
        }
    }
    let mut left: Vec<String> = found.into_keys().collect();
    left.sort();
    problems.extend(left.into_iter().map(|k| format!("{k}: not in the English any more (run `cargo xtask i18n`)")));
    problems
}

fn counts(c: &Catalog) -> (usize, usize) {
    let fuzzy = c.messages().filter(|m| m.is_fuzzy()).count();
    let empty = c.messages().filter(|m| m.msgstr().unwrap_or_default().is_empty()).count();
    (fuzzy, empty)
}

fn to_string(c: &Catalog) -> Result<String> {
    let mut buf = BufWriter::new(Vec::new());
    polib::po_file::write(c, &mut buf)?;
    Ok(String::from_utf8(buf.into_inner().map_err(|e| e.to_string())?)?)
}

fn write(c: &Catalog, path: &Path) -> Result {
    std::fs::write(path, to_string(c)?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(key: &str, english: &str) -> Entry {
        Entry { key: key.into(), english: english.into(), comment: comment(key, english) }
    }

    fn es() -> Language {
        Language { code: "es".into(), name: "Español".into(), dir: "ltr".into() }
    }

    /// The real Spanish file and the English it was made from (its msgids).
    fn real() -> (Vec<Entry>, String) {
        let text = std::fs::read_to_string(root().join("po/es.po")).expect("po/es.po");
        let catalog = polib::po_file::parse_from_reader(text.as_bytes()).unwrap();
        let entries = catalog.messages().map(|m| entry(m.msgctxt().unwrap(), m.msgid())).collect();
        (entries, text)
    }

    #[test]
    fn the_spanish_file_passes_the_check_against_its_own_english() {
        let (entries, text) = real();
        assert!(entries.len() > 800, "{}", entries.len());
        assert_eq!(check_po(&entries, &text), Vec::<String>::new());
    }

    #[test]
    fn changing_one_english_sentence_fails_the_check_naming_it_and_restoring_passes() {
        // On a temp copy of the real file: the English of one entry changes,
        // the merge marks its Spanish fuzzy, the check names it; the English
        // restored and the flag removed (what a translator does), it passes.
        let (mut entries, text) = real();
        let dir = std::env::temp_dir().join(format!("kc-i18n-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let copy = dir.join("es.po");
        std::fs::write(&copy, &text).unwrap();
        let key = "q.frequency.legend.me".to_string();
        let i = entries.iter().position(|e| e.key == key).expect("the frequency question");
        let original = entries[i].english.clone();
        entries[i].english = format!("{original} Really?");

        assert_eq!(
            check_po(&entries, &text),
            [format!("{key}: translated from other English (run `cargo xtask i18n`)")]
        );
        let (merged, dropped) = merge(&entries, &es(), &std::fs::read_to_string(&copy).unwrap()).unwrap();
        assert!(dropped.is_empty());
        write(&merged, &copy).unwrap();
        let problems = check_po(&entries, &std::fs::read_to_string(&copy).unwrap());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with(&format!("{key}: fuzzy")), "{problems:?}");

        entries[i].english = original;
        let (merged, _) = merge(&entries, &es(), &std::fs::read_to_string(&copy).unwrap()).unwrap();
        let mut merged = merged;
        for mut m in merged.messages_mut() {
            m.flags_mut().remove_flag("fuzzy");
        }
        write(&merged, &copy).unwrap();
        let after = std::fs::read_to_string(&copy).unwrap();
        assert_eq!(check_po(&entries, &after), Vec::<String>::new());
        assert_eq!(after, text, "the round trip gives the file back byte for byte");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn new_strings_come_in_empty_and_gone_ones_are_dropped() {
        let old = [entry("a", "One."), entry("b", "Two.")];
        let (c, _) = merge(&old, &es(), "").unwrap();
        let text = to_string(&c).unwrap();
        assert_eq!(check_po(&old, &text), ["a: not translated", "b: not translated"]);
        let now = [entry("a", "One."), entry("c", "Three.")];
        let (c, dropped) = merge(&now, &es(), &text).unwrap();
        assert_eq!(dropped, ["b"]);
        assert_eq!(c.count(), 2);
        assert_eq!(
            check_po(&now, &text),
            ["a: not translated", "c: missing", "b: not in the English any more (run `cargo xtask i18n`)"]
        );
    }

    #[test]
    fn a_placeholder_lost_in_translation_is_named() {
        let entries = [entry("ui.section_of", "Section {n} of {total}")];
        let table = BTreeMap::from([("ui.section_of".to_string(), "Sección {n}".to_string())]);
        let text = to_string(&imported(&entries, &es(), &table)).unwrap();
        assert_eq!(check_po(&entries, &text), ["ui.section_of: {total} must appear as often as in the English"]);
    }

    #[test]
    fn the_readme_table_lists_every_language_of_the_list() {
        let readme = format!("intro\n{README_START}\nold\n{README_END}\nrest\n");
        let third = Language { code: "xa".into(), name: "Xàà".into(), dir: "rtl".into() };
        let out = with_language_table(&readme, &[es(), third]).unwrap();
        assert!(out.contains("| `es` | Español | ltr | the Rust tables (the source) |"), "{out}");
        assert!(out.contains("| `xa` | Xàà | rtl | `po/xa.po` |"), "{out}");
        assert!(out.starts_with("intro\n") && out.ends_with(&format!("{README_END}\nrest\n")) && !out.contains("old"));
        assert!(with_language_table("no markers", &[es()]).is_err());
    }

    #[test]
    fn pseudo_strings_are_accented_longer_and_keep_their_placeholders() {
        let english = "Call {emergency} now, {n} times.";
        let p = pseudo(english, false);
        assert_eq!(p, "[Çåĺĺ {emergency} ñöŵ, {n} ţîɱéš. ẋẋẋ ẋẋẋ ẋẋẋ ẋẋẋ]");
        assert!(p.chars().count() as f64 >= english.chars().count() as f64 * 1.4, "{p}");
        let r = pseudo(english, true);
        assert!(r.starts_with('\u{202E}') && r.ends_with('\u{202C}') && r.contains(&p), "{r}");
    }

    #[test]
    fn comments_say_voice_limits_and_placeholders() {
        let c = comment("q.frequency.legend.them", "How often does {n} happen?");
        assert!(c.contains("someone who cares"), "{c}");
        assert!(c.contains("at most 20 words"), "{c}");
        assert!(c.contains("{n} is a number"), "{c}");
    }
}
