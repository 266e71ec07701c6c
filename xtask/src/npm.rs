//! The npm package's own files, written by every `dist`: `dist/package.json`
//! (version and description from the widget crate), `dist/README.md` (from
//! `xtask/templates/dist-README.md` with the README's embedding section)
//! and `dist/LICENSE`. `cargo xtask package` packs dist/ (`package.rs`).

use std::path::Path;

use serde_json::{json, Value};

use crate::release::{self, Sris};
use crate::site::{self, BUILDER, EMBED, WIDGET_PAGE};
use crate::Result;

/// What npm packs besides package.json, README.md and LICENSE (always packed).
const PACKAGE_FILES: [&str; 17] = [
    release::SHIPPED[0],
    release::SHIPPED[1],
    release::SHIPPED[2],
    // One language pack per language (`release::pack_name`).
    "kratom-check.*.pack",
    WIDGET_PAGE[0],
    WIDGET_PAGE[1],
    BUILDER[0],
    BUILDER[1],
    BUILDER[2],
    EMBED,
    "sizes.txt",
    // Apache's serving rules (types, precompressed files) for the release folder.
    ".htaccess",
    // The precompressed copies of the loader, the wasm and the packs, which
    // the .htaccess (or nginx's gzip_static) sends.
    "kratom-check*.br",
    "kratom-check*.gz",
    // The clinic's reader page (`reader.rs`): the page, its script (the wasm inside) and its styles.
    crate::reader::FILES[0],
    crate::reader::FILES[1],
    crate::reader::FILES[2],
];

fn package_json(version: &str, description: &str) -> Value {
    // `main`, `browser`, `unpkg` and `jsdelivr` all name the loader: that is
    // the file npm CDNs serve for a bare `kratom-check@VERSION` URL.
    json!({
        "name": "kratom-check",
        "version": version,
        "description": description,
        "license": "MIT",
        "keywords": ["kratom", "self-check", "widget", "webassembly", "privacy"],
        "main": release::SHIPPED[0],
        "browser": release::SHIPPED[0],
        "unpkg": release::SHIPPED[0],
        "jsdelivr": release::SHIPPED[0],
        "files": PACKAGE_FILES,
    })
}

/// dist/README.md: `xtask/templates/dist-README.md` with the version and the
/// embedding reference.
fn dist_readme(template: &str, section: &str, version: &str) -> Result<String> {
    site::fill("dist-README.md", template, &[("version", version), ("embedding", section)])
}

/// package.json, README.md and LICENSE for dist/.
pub fn write_npm_files(root: &Path, dist: &Path, version: &str, sris: &Sris) -> Result {
    let json = package_json(version, &release::cargo_field(root, "description")?);
    std::fs::write(dist.join("package.json"), serde_json::to_string_pretty(&json)? + "\n")?;
    let template = std::fs::read_to_string(root.join("xtask/templates/dist-README.md"))?;
    let section = site::embedding_section(&std::fs::read_to_string(root.join("README.md"))?, sris)?;
    std::fs::write(dist.join("README.md"), dist_readme(&template, &section, version)?)?;
    std::fs::copy(root.join("LICENSE"), dist.join("LICENSE"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn package_json_points_cdns_at_the_loader() {
        let j = package_json("1.2.3", "d");
        assert_eq!(
            (j["name"].as_str(), j["version"].as_str(), j["license"].as_str()),
            (Some("kratom-check"), Some("1.2.3"), Some("MIT"))
        );
        for field in ["main", "browser", "unpkg", "jsdelivr"] {
            assert_eq!(j[field], "kratom-check.js", "{field}");
        }
        assert_eq!(
            j["files"],
            json!([
                "kratom-check.js",
                "kratom-check_bg.wasm",
                "kratom-check.qr.wasm",
                "kratom-check.*.pack",
                "widget.html",
                "widget.js",
                "builder.html",
                "builder.js",
                "builder.css",
                "embed.html",
                "sizes.txt",
                ".htaccess",
                "kratom-check*.br",
                "kratom-check*.gz",
                "reader.html",
                "reader.js",
                "reader.css"
            ])
        );
    }

    /// The real README and template make a README with this build's hash.
    #[test]
    fn dist_readme_from_the_real_files() {
        let root = crate::root();
        let template = std::fs::read_to_string(root.join("xtask/templates/dist-README.md")).unwrap();
        let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
        assert!(
            !readme.contains("integrity=\"sha384-"),
            "no hash value, real or placeholder, in the repository README"
        );
        let sris = Sris {
            loader: "sha384-THEHASH".into(),
            wasm: "sha384-WASMHASH".into(),
            qr: "sha384-QRHASH".into(),
            packs: vec![("en".into(), "sha384-PACKHASH".into()), ("es".into(), "sha384-ES".into())],
        };
        let section = site::embedding_section(&readme, &sris).unwrap();
        let out = dist_readme(&template, &section, "1.2.3").unwrap();
        assert!(out.contains("1.2.3"));
        assert!(out.contains("integrity=\"sha384-THEHASH\""), "{out}");
        assert!(!out.contains("dist-readme:"));
        assert!(out.contains("### Attributes") && out.contains("### Content Security Policy"));
        // It speaks to a clinic: no build folder, no build tool, no publishing.
        for dev in ["dist/", "cargo ", "cargo`", "xtask", "npm registry"] {
            assert!(!out.contains(dev), "the package README mentions {dev}");
        }
        for part in
            ["## WordPress", "Custom HTML", "## Squarespace, Wix", "## Updating", "```nginx", "wordpress-1.2.3.zip"]
        {
            assert!(out.contains(part), "the package README has {part}");
        }
        assert!(site::embedding_section("no markers", &sris).is_err());
        assert!(out.contains("as=\"fetch\" crossorigin=\"anonymous\" integrity=\"sha384-WASMHASH\""), "{out}");
        assert!(
            out.contains("en.pack\" as=\"fetch\" crossorigin=\"anonymous\" integrity=\"sha384-PACKHASH\""),
            "{out}"
        );
    }
}
