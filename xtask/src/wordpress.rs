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
