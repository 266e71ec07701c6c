//! What a release is made of: the files a clinic hosts and their SRI hashes.
//! `dist` writes them; `package` and `wordpress` read them (so neither needs
//! `dist` for these facts).

use std::path::Path;

use crate::Result;

/// The files a clinic hosts, loader first (its SRI goes into the snippet),
/// besides one language pack per language ([`pack_name`]).
pub const SHIPPED: [&str; 2] = ["kratom-check.js", "kratom-check_bg.wasm"];

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

/// Every file a clinic hosts: the loader, the wasm, the packs.
pub fn shipped(dist: &Path) -> Result<Vec<String>> {
    let packs = pack_langs(dist)?.into_iter().map(|l| pack_name(&l));
    Ok(SHIPPED.iter().map(|s| s.to_string()).chain(packs).collect())
}

/// The SHA-384 Subresource Integrity value of `bytes`.
pub fn sri(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha384::digest(bytes);
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}
