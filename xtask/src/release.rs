//! What a release is made of: its version, the files a clinic hosts and
//! their SRI hashes, and how Apache serves them. `dist` writes the files;
//! the site pages, the npm files, `package` and `wordpress` read these facts
//! here (so none of them needs `dist` for them).

use std::path::Path;

use crate::Result;

/// `key = "value"` from the `[package]` table of a Cargo.toml: the widget
/// crate's version and description are the package's (one source of truth).
fn package_field(cargo_toml: &str, key: &str) -> Option<String> {
    let mut in_package = false;
    for line in cargo_toml.lines().map(str::trim) {
        if line.starts_with('[') {
            in_package = line == "[package]";
        } else if let Some((k, v)) = line.split_once('=').filter(|_| in_package) {
            if k.trim() == key {
                return v.trim().strip_prefix('"')?.strip_suffix('"').map(str::to_string);
            }
        }
    }
    None
}

pub fn cargo_field(root: &Path, key: &str) -> Result<String> {
    let toml = std::fs::read_to_string(root.join("Cargo.toml"))?;
    package_field(&toml, key).ok_or_else(|| format!("Cargo.toml: no `{key} = \"…\"` in [package]").into())
}

/// The widget crate's version (root Cargo.toml), which the npm package carries.
pub fn crate_version(root: &Path) -> Result<String> {
    cargo_field(root, "version")
}

/// The files a clinic hosts, loader first (its SRI goes into the snippet),
/// then the widget's wasm and the hand-off code's QR encoder (fetched only
/// when a person asks to see a code, `qr/`), besides one language pack per
/// language ([`pack_name`]).
pub const SHIPPED: [&str; 3] = ["kratom-check.js", "kratom-check_bg.wasm", "kratom-check.qr.wasm"];

/// A language's pack file (`src/pack.rs`): its start page and words.
pub fn pack_name(lang: &str) -> String {
    format!("kratom-check.{lang}.pack")
}

/// The language codes with a pack in `dist`, sorted.
pub fn pack_langs(dist: &Path) -> Result<Vec<String>> {
    let mut langs = Vec::new();
    for entry in std::fs::read_dir(dist)? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if let Some(lang) = name.strip_prefix("kratom-check.").and_then(|n| n.strip_suffix(".pack")) {
            langs.push(lang.to_string());
        }
    }
    langs.sort();
    Ok(langs)
}

/// Every file a clinic hosts: the loader, the wasms, the packs.
pub fn shipped(dist: &Path) -> Result<Vec<String>> {
    let packs = pack_langs(dist)?.into_iter().map(|l| pack_name(&l));
    Ok(SHIPPED.iter().map(|s| s.to_string()).chain(packs).collect())
}

/// This build's Subresource Integrity values (`sha384-…`).
pub struct Sris {
    pub loader: String,
    pub wasm: String,
    /// The QR encoder's.
    pub qr: String,
    /// (language code, the pack's SRI), by code.
    pub packs: Vec<(String, String)>,
}

/// Apache's serving rules for a release folder (types, precompressed files):
/// dist/.htaccess and the WordPress plugin's `assets/.htaccess`.
pub const HTACCESS: &str = "xtask/templates/htaccess";

/// The SHA-384 Subresource Integrity value of `bytes`.
pub fn sri(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha384::digest(bytes);
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_and_description_come_from_the_widget_crate() {
        let toml = "[workspace]\nversion = \"9\"\n[package]\nname = \"kratom-check\"\nversion = \"1.2.3\"\n\
                    description = \"d\"\n[dependencies]\nversion = \"7\"\n";
        assert_eq!(package_field(toml, "version").as_deref(), Some("1.2.3"));
        assert_eq!(package_field(toml, "description").as_deref(), Some("d"));
        let real = crate_version(&crate::root()).unwrap();
        assert!(real.split('.').count() == 3 && real.split('.').all(|n| n.parse::<u32>().is_ok()), "{real}");
    }
}
