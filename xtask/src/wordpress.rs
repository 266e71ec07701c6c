//! The WordPress plugin: `wordpress/kratom-check/` (PHP, block.json, the
//! editor script) plus this release's widget files, packed by `cargo xtask
//! package` into `target/package/kratom-check-wordpress-<version>.zip`,
//! installable through Plugins → Add New → Upload Plugin.
//!
//! The widget's files go into `assets/<version>/` (an update changes every URL,
//! so no cache mixes releases) next to `assets/.htaccess`, and
//! `includes/release.php` is written with their SHA-384s: the plugin prints
//! them in the script tag and checks the files against them.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::{release, Result};

/// The plugin's source folder, relative to the repository root.
pub const SOURCE: &str = "wordpress/kratom-check";
/// The plugin's folder inside the zip (WordPress names the plugin after it).
const TOP: &str = "kratom-check";
/// Files of the source whose `{{version}}` is filled in.
const VERSIONED: [&str; 2] = ["kratom-check.php", "readme.txt"];
/// The source's stand-in, replaced in the package by [`release_php`].
const RELEASE_PHP: &str = "includes/release.php";

/// The embed options table as data (written by `examples/options.rs` from `src/options.rs`).
pub const OPTIONS_JSON: &str = "docs/embed-options.json";
/// The plugin's copy of that table, as PHP data (its validators read it).
pub const OPTIONS_PHP: &str = "wordpress/kratom-check/includes/options.php";

/// A JSON value as a PHP literal (`array( 'k' => … )`), tab-indented.
fn php_value(v: &Value, depth: usize) -> String {
    let pad = "\t".repeat(depth + 1);
    let close = "\t".repeat(depth);
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => php_str(s),
        Value::Array(items) if items.is_empty() => "array()".into(),
        Value::Array(items) => {
            let rows: Vec<String> = items.iter().map(|i| format!("{pad}{},\n", php_value(i, depth + 1))).collect();
            format!("array(\n{}{close})", rows.concat())
        }
        Value::Object(map) => {
            let rows: Vec<String> =
                map.iter().map(|(k, i)| format!("{pad}{} => {},\n", php_str(k), php_value(i, depth + 1))).collect();
            format!("array(\n{}{close})", rows.concat())
        }
    }
}

/// `clinicName` → `clinic_name`: the setting and shortcode attribute's name.
fn snake(option: &str) -> String {
    option
        .chars()
        .flat_map(|c| if c.is_ascii_uppercase() { vec!['_', c.to_ascii_lowercase()] } else { vec![c] })
        .collect()
}

/// `includes/options.php` from `docs/embed-options.json`: each option's row
/// with its setting `key`; a digits check also gets the `min` and `max` of
/// its pattern (the refusal names them, as the widget's does).
pub fn options_php(json: &str) -> Result<String> {
    let table: Value = serde_json::from_str(json)?;
    let mut rows = Vec::new();
    for o in table["options"].as_array().ok_or("embed-options.json: no options")? {
        let mut row = serde_json::Map::new();
        let option = o["option"].as_str().ok_or("embed-options.json: an option without its name")?;
        row.insert("key".into(), Value::String(snake(option)));
        for (k, v) in o.as_object().ok_or("embed-options.json: a row that is not an object")? {
            row.insert(k.clone(), v.clone());
        }
        if row["check"]["kind"] == "digits" {
            let pattern = row["check"]["pattern"].as_str().unwrap_or_default().to_string();
            let counts =
                pattern.strip_prefix("^[0-9]{").and_then(|p| p.strip_suffix("}$")).and_then(|p| p.split_once(','));
            let (min, max) = counts.ok_or_else(|| format!("embed-options.json: digits pattern {pattern}"))?;
            let check = row.get_mut("check").and_then(Value::as_object_mut).ok_or("check")?;
            check.insert("min".into(), Value::from(min.parse::<u64>()?));
            check.insert("max".into(), Value::from(max.parse::<u64>()?));
        }
        rows.push(Value::Object(row));
    }
    Ok(format!(
        "<?php\n/**\n * The widget's embed options as data, one row per option: written by `cargo xtask dist`\n \
         * (xtask/src/wordpress.rs) from docs/embed-options.json, which examples/options.rs writes\n \
         * from the widget's one options table (src/options.rs). Do not edit; a test checks it is current.\n \
         * includes/validate.php runs each row's `check` (one function per kind).\n *\n \
         * @package KratomCheck\n */\n\nif ( ! defined( 'ABSPATH' ) ) {{\n\texit;\n}}\n\n\
         /**\n * Every option, in the order the widget checks them.\n *\n \
         * @return array<int, array<string, mixed>>\n */\nfunction kratom_check_options() {{\n\treturn {};\n}}\n",
        php_value(&Value::Array(rows), 1)
    ))
}

/// Writes [`OPTIONS_PHP`] from [`OPTIONS_JSON`] (dist runs it after the options example).
pub fn write_options_php(root: &Path) -> Result {
    let php = options_php(&std::fs::read_to_string(root.join(OPTIONS_JSON))?)?;
    std::fs::write(root.join(OPTIONS_PHP), php)?;
    Ok(())
}

/// A C-style escaped `"…"` of a .po file, unescaped.
fn po_unquote(s: &str) -> Result<String> {
    let inner = s.trim().strip_prefix('"').and_then(|r| r.strip_suffix('"')).ok_or_else(|| format!("po: {s}"))?;
    let mut out = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some(c @ ('"' | '\\')) => out.push(c),
            other => return Err(format!("po: unknown escape \\{other:?} in {s}").into()),
        }
    }
    Ok(out)
}

/// The entries of a .po file: (context, msgid, msgstr), the header included
/// (empty msgid). Strings may continue on following `"…"` lines.
pub fn parse_po(po: &str) -> Result<Vec<(Option<String>, String, String)>> {
    let mut entries = Vec::new();
    let (mut ctxt, mut id, mut text): (Option<String>, Option<String>, Option<String>) = (None, None, None);
    let mut field = "";
    for line in po.lines().map(str::trim).chain(std::iter::once("")) {
        if line.is_empty() || line.starts_with('#') {
            if let (Some(i), Some(t)) = (id.take(), text.take()) {
                entries.push((ctxt.take(), i, t));
            }
            continue;
        }
        let (key, rest) = match line.split_once(' ') {
            Some((k, r)) if !line.starts_with('"') => (k, r),
            _ => ("", line),
        };
        let value = po_unquote(rest)?;
        if !key.is_empty() {
            field = key;
        }
        let slot = match field {
            "msgctxt" => &mut ctxt,
            "msgid" => &mut id,
            "msgstr" => &mut text,
            other => return Err(format!("po: unknown keyword {other}").into()),
        };
        if key.is_empty() {
            slot.get_or_insert_with(String::new).push_str(&value);
        } else {
            *slot = Some(value);
        }
    }
    Ok(entries)
}

/// A gettext .mo file (what WordPress loads) from .po entries.
pub fn mo(entries: &[(Option<String>, String, String)]) -> Vec<u8> {
    let mut pairs: Vec<(String, &str)> = entries
        .iter()
        .map(|(c, i, t)| (c.as_ref().map_or_else(|| i.clone(), |c| format!("{c}\u{4}{i}")), t.as_str()))
        .collect();
    pairs.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let n = pairs.len() as u32;
    let (orig_table, trans_table) = (28u32, 28 + 8 * n);
    let mut strings_at = trans_table + 8 * n;
    let mut head = Vec::new();
    for v in [0x950412deu32, 0, n, orig_table, trans_table, 0, strings_at] {
        head.extend_from_slice(&v.to_le_bytes());
    }
    let (mut originals, mut translations, mut blob) = (Vec::new(), Vec::new(), Vec::new());
    for (table, text) in
        pairs.iter().map(|(o, _)| (0, o.as_str())).chain(pairs.iter().map(|(_, t)| (1, *t))).collect::<Vec<_>>()
    {
        let entry = if table == 0 { &mut originals } else { &mut translations };
        entry.extend_from_slice(&(text.len() as u32).to_le_bytes());
        entry.extend_from_slice(&strings_at.to_le_bytes());
        blob.extend_from_slice(text.as_bytes());
        blob.push(0);
        strings_at += text.len() as u32 + 1;
    }
    [head, originals, translations, blob].concat()
}

/// Every string the plugin's PHP hands to a translation function with its
/// text domain (`__( '…', 'kratom-check' )` and the like), unescaped.
#[cfg(test)]
fn php_strings(php: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = php;
    while let Some(at) = rest.find("__( '").or_else(|| rest.find("_e( '")) {
        let after = &rest[at + 5..];
        let mut text = String::new();
        let mut chars = after.char_indices();
        let mut end = after.len();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, n)) = chars.next() {
                        if n != '\'' && n != '\\' {
                            text.push('\\');
                        }
                        text.push(n);
                    }
                }
                '\'' => {
                    end = i + 1;
                    break;
                }
                c => text.push(c),
            }
        }
        if after[end..].trim_start().starts_with(", 'kratom-check'") {
            out.push(text);
        }
        rest = &after[end..];
    }
    out
}

/// Every file under `dir`, relative, sorted (dotfiles included).
fn walk(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        for entry in std::fs::read_dir(dir.join(&rel))? {
            let entry = entry?;
            let path = rel.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// PHP single-quoted string literal.
fn php_str(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// `includes/release.php` for this release: the version and each file's SRI.
pub fn release_php(version: &str, files: &[(String, String)]) -> String {
    let mut rows = String::new();
    for (name, sri) in files {
        rows.push_str(&format!("\t\t\t{} => {},\n", php_str(name), php_str(sri)));
    }
    format!(
        "<?php\n/**\n * This release's widget files and their SHA-384s, written by `cargo xtask package`.\n \
         *\n * @package KratomCheck\n */\n\nif ( ! defined( 'ABSPATH' ) ) {{\n\texit;\n}}\n\n\
         /**\n * The release: `version`, and `files` (name => `sha384-…`) under assets/<version>/.\n \
         *\n * @return array{{version: string, files: array<string, string>}}\n */\n\
         function kratom_check_release() {{\n\treturn array(\n\t\t'version' => {},\n\t\t'files'   => array(\n{rows}\t\t),\n\t);\n}}\n",
        php_str(version)
    )
}

/// Writes the plugin zip from the source folder and `dist` (already built).
pub fn write_plugin_zip(root: &Path, dist: &Path, version: &str, dest: &Path) -> Result<usize> {
    use zip::write::SimpleFileOptions;
    let source = root.join(SOURCE);
    let shipped = release::shipped(dist)?;
    let files: Vec<(String, String)> =
        shipped.iter().map(|f| Ok((f.clone(), release::sri(&std::fs::read(dist.join(f))?)))).collect::<Result<_>>()?;

    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for rel in walk(&source)? {
        let name = rel.to_string_lossy().replace('\\', "/");
        let mut bytes = std::fs::read(source.join(&rel))?;
        if name == RELEASE_PHP {
            bytes = release_php(version, &files).into_bytes();
        } else if VERSIONED.contains(&name.as_str()) {
            bytes = String::from_utf8(bytes)?.replace("{{version}}", version).into_bytes();
        }
        if let Some(stem) = name.strip_suffix(".po") {
            let po = String::from_utf8(bytes.clone())?;
            entries.push((format!("{stem}.mo"), mo(&parse_po(&po)?)));
        }
        entries.push((name, bytes));
    }
    entries.push(("assets/.htaccess".into(), std::fs::read(root.join(release::HTACCESS))?));
    for f in &shipped {
        for suffix in ["", ".br", ".gz"] {
            let name = format!("{f}{suffix}");
            entries.push((format!("assets/{version}/{name}"), std::fs::read(dist.join(&name))?));
        }
    }

    let mut zip = zip::ZipWriter::new(std::fs::File::create(dest)?);
    let opts =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).unix_permissions(0o644);
    for (name, bytes) in &entries {
        zip.start_file(format!("{TOP}/{name}"), opts)?;
        zip.write_all(bytes)?;
    }
    zip.finish()?;
    Ok(entries.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_php_lists_each_file_with_its_hash() {
        let php = release_php("1.2.3", &[("kratom-check.js".into(), "sha384-A'B".into())]);
        assert!(php.starts_with("<?php\n"), "{php}");
        assert!(php.contains("'version' => '1.2.3'"), "{php}");
        assert!(php.contains("'kratom-check.js' => 'sha384-A\\'B',"), "{php}");
        assert!(php.contains("function kratom_check_release()"), "{php}");
    }

    #[test]
    fn options_php_is_current_with_the_options_table() {
        let root = crate::root();
        let json = std::fs::read_to_string(root.join(OPTIONS_JSON)).unwrap();
        let php = std::fs::read_to_string(root.join(OPTIONS_PHP)).unwrap();
        assert!(php == options_php(&json).unwrap(), "{OPTIONS_PHP} is stale: run cargo xtask dist");
    }

    #[test]
    fn options_php_writes_rows_as_php_data() {
        let json = r#"{"options":[{"option":"emergencyNumber","check":{"kind":"digits","pattern":"^[0-9]{2,6}$"},
            "default":null,"fallback_tel":true,"accepts":"it's"}]}"#;
        let php = options_php(json).unwrap();
        assert!(php.contains("'key' => 'emergency_number',"), "{php}");
        assert!(php.contains("'min' => 2,") && php.contains("'max' => 6,"), "{php}");
        assert!(php.contains("'default' => null,") && php.contains("'fallback_tel' => true,"), "{php}");
        assert!(php.contains("'accepts' => 'it\\'s',"), "{php}");
        assert!(options_php(r#"{"options":[{"option":"x","check":{"kind":"digits","pattern":"[0-9]+"}}]}"#).is_err());
    }

    #[test]
    fn po_parses_and_mo_has_gettexts_layout() {
        let po = "# c\nmsgid \"\"\nmsgstr \"\"\n\"Language: es\\n\"\n\nmsgctxt \"block title\"\nmsgid \"A \\\"b\\\"\"\nmsgstr \"C\"\n";
        let e = parse_po(po).unwrap();
        assert_eq!(
            e,
            vec![
                (None, String::new(), "Language: es\n".to_string()),
                (Some("block title".into()), "A \"b\"".into(), "C".into())
            ]
        );
        let m = mo(&e);
        assert_eq!(&m[..4], &0x950412deu32.to_le_bytes());
        assert_eq!(u32::from_le_bytes(m[8..12].try_into().unwrap()), 2);
        // The first original (sorted) is the header's empty msgid; the second the context key.
        let at = |off: usize| u32::from_le_bytes(m[off..off + 4].try_into().unwrap()) as usize;
        let (len, pos) = (at(28 + 8), at(28 + 12));
        assert_eq!(&m[pos..pos + len], "block title\u{4}A \"b\"".as_bytes());
        assert_eq!(m[pos + len], 0);
    }

    /// Every string the plugin shows an admin or editor has its Spanish.
    #[test]
    fn every_plugin_string_has_its_spanish() {
        let source = crate::root().join(SOURCE);
        let po = std::fs::read_to_string(source.join("languages/kratom-check-es_ES.po")).unwrap();
        let entries = parse_po(&po).unwrap();
        let mut strings = Vec::new();
        for rel in walk(&source).unwrap() {
            if rel.extension().is_some_and(|e| e == "php") {
                strings.extend(php_strings(&std::fs::read_to_string(source.join(&rel)).unwrap()));
            }
        }
        assert!(strings.len() >= 25, "{strings:?}");
        for s in &strings {
            let found = entries.iter().find(|(c, i, _)| c.is_none() && i == s);
            assert!(found.is_some_and(|(_, _, t)| !t.is_empty()), "no Spanish for {s:?}");
        }
        for (_, id, text) in entries.iter().filter(|(c, i, _)| c.is_none() && !i.is_empty()) {
            assert!(strings.contains(id), "{id:?} is no longer in the plugin");
            assert_eq!(id.matches('%').count(), text.matches('%').count(), "placeholders of {id:?}");
        }
        let block: Value =
            serde_json::from_str(&std::fs::read_to_string(source.join("block/block.json")).unwrap()).unwrap();
        for (ctxt, id) in [("block title", &block["title"]), ("block description", &block["description"])] {
            assert!(
                entries
                    .iter()
                    .any(|(c, i, t)| c.as_deref() == Some(ctxt) && Some(i.as_str()) == id.as_str() && !t.is_empty()),
                "{ctxt}"
            );
        }
    }

    #[test]
    fn php_strings_reads_translation_calls() {
        let php = "__( 'A', 'kratom-check' ); esc_html__( 'B\\'s', 'kratom-check' ); __( 'C', 'other' ); esc_html_e( 'D', 'kratom-check' )";
        assert_eq!(php_strings(php), vec!["A", "B's", "D"]);
    }

    /// The source's stand-in exists (the plugin requires it) and is the one
    /// the package replaces.
    #[test]
    fn the_source_has_the_files_the_package_fills_in() {
        let source = crate::root().join(SOURCE);
        for f in VERSIONED {
            let text = std::fs::read_to_string(source.join(f)).unwrap();
            assert!(text.contains("{{version}}"), "{f}");
        }
        let stub = std::fs::read_to_string(source.join(RELEASE_PHP)).unwrap();
        assert!(stub.contains("function kratom_check_release()"));
    }
}
