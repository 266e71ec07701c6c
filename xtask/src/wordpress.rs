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

use crate::{dist, Result};

/// The plugin's source folder, relative to the repository root.
pub const SOURCE: &str = "wordpress/kratom-check";
/// The plugin's folder inside the zip (WordPress names the plugin after it).
const TOP: &str = "kratom-check";
/// Files of the source whose `{{version}}` is filled in.
const VERSIONED: [&str; 2] = ["kratom-check.php", "readme.txt"];
/// The source's stand-in, replaced in the package by [`release_php`].
const RELEASE_PHP: &str = "includes/release.php";
/// Apache's serving rules for the widget's files (also `dist/.htaccess`).
pub const HTACCESS: &str = "xtask/templates/htaccess";

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
    let shipped = dist::shipped(dist)?;
    let files: Vec<(String, String)> =
        shipped.iter().map(|f| Ok((f.clone(), dist::sri(&std::fs::read(dist.join(f))?)))).collect::<Result<_>>()?;

    let mut entries: Vec<(String, Vec<u8>)> = Vec::new();
    for rel in walk(&source)? {
        let name = rel.to_string_lossy().replace('\\', "/");
        let mut bytes = std::fs::read(source.join(&rel))?;
        if name == RELEASE_PHP {
            bytes = release_php(version, &files).into_bytes();
        } else if VERSIONED.contains(&name.as_str()) {
            bytes = String::from_utf8(bytes)?.replace("{{version}}", version).into_bytes();
        }
        entries.push((name, bytes));
    }
    entries.push(("assets/.htaccess".into(), std::fs::read(root.join(HTACCESS))?));
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
