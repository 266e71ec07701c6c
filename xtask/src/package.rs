//! The npm package: `dist/package.json`, `dist/README.md` and `dist/LICENSE`
//! written by every `dist`, and `cargo xtask package`, which packs dist/ into
//! `target/package/kratom-check-<version>.tgz` (`npm pack`) and a `.zip` of
//! the same files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::{dist, env, root, Result};

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

fn cargo_field(root: &Path, key: &str) -> Result<String> {
    let toml = std::fs::read_to_string(root.join("Cargo.toml"))?;
    package_field(&toml, key).ok_or_else(|| format!("Cargo.toml: no `{key} = \"…\"` in [package]").into())
}

/// The widget crate's version (root Cargo.toml), which the npm package carries.
pub fn crate_version(root: &Path) -> Result<String> {
    cargo_field(root, "version")
}

/// What npm packs besides package.json, README.md and LICENSE (always packed).
const PACKAGE_FILES: [&str; 4] = [dist::SHIPPED[0], dist::SHIPPED[1], "embed.html", "sizes.txt"];

fn package_json(version: &str, description: &str) -> Value {
    // `main`, `browser`, `unpkg` and `jsdelivr` all name the loader: that is
    // the file npm CDNs serve for a bare `kratom-check@VERSION` URL.
    json!({
        "name": "kratom-check",
        "version": version,
        "description": description,
        "license": "MIT",
        "keywords": ["kratom", "self-check", "widget", "webassembly", "privacy"],
        "main": dist::SHIPPED[0],
        "browser": dist::SHIPPED[0],
        "unpkg": dist::SHIPPED[0],
        "jsdelivr": dist::SHIPPED[0],
        "files": PACKAGE_FILES,
    })
}

const EMBED_START: &str = "<!-- dist-readme:start -->";
const EMBED_END: &str = "<!-- dist-readme:end -->";
/// The README's stand-ins for the hashes; dist/README.md gets the real ones.
const SRI_PLACEHOLDER: &str = "sha384-…from dist/sizes.txt…";
const WASM_SRI_PLACEHOLDER: &str = "sha384-…the wasm's, from dist/sizes.txt…";

/// This build's Subresource Integrity values (`sha384-…`).
pub struct Sris {
    pub loader: String,
    pub wasm: String,
}

/// dist/README.md: `xtask/templates/dist-README.md` with the version and the
/// repository README's embedding reference (between the dist-readme markers),
/// its SRI placeholders (script and preload) replaced by this build's hashes.
fn dist_readme(template: &str, readme: &str, version: &str, sris: &Sris) -> Result<String> {
    let section = readme
        .split_once(EMBED_START)
        .and_then(|(_, rest)| rest.split_once(EMBED_END))
        .map(|(section, _)| section.trim())
        .ok_or("README.md: the embedding section must sit between the dist-readme start/end markers")?;
    for placeholder in [SRI_PLACEHOLDER, WASM_SRI_PLACEHOLDER] {
        if section.matches(placeholder).count() != 1 {
            return Err(format!("README.md: the embedding snippet must contain `{placeholder}` once").into());
        }
    }
    let section = section.replace(SRI_PLACEHOLDER, &sris.loader).replace(WASM_SRI_PLACEHOLDER, &sris.wasm);
    let out = template.replace("{{version}}", version).replace("{{embedding}}", &section);
    if out.contains("{{") {
        return Err("xtask/templates/dist-README.md: unknown {{placeholder}}".into());
    }
    Ok(out)
}

/// package.json, README.md and LICENSE for dist/.
pub fn write_npm_files(root: &Path, dist: &Path, version: &str, sris: &Sris) -> Result {
    let json = package_json(version, &cargo_field(root, "description")?);
    std::fs::write(dist.join("package.json"), serde_json::to_string_pretty(&json)? + "\n")?;
    let template = std::fs::read_to_string(root.join("xtask/templates/dist-README.md"))?;
    let readme = std::fs::read_to_string(root.join("README.md"))?;
    std::fs::write(dist.join("README.md"), dist_readme(&template, &readme, version, sris)?)?;
    std::fs::copy(root.join("LICENSE"), dist.join("LICENSE"))?;
    Ok(())
}

/// `cargo xtask package`: release dist, then the npm tarball and a zip of the
/// same files in target/package/.
pub fn package() -> Result {
    dist::dist()?;
    let root = root();
    let version = crate_version(&root)?;
    let out = env::target_dir(&root).join("package");
    std::fs::create_dir_all(&out)?;
    let (tgz, files) = npm_pack(&root.join("dist"), &out)?;
    let zip = out.join(format!("kratom-check-{version}.zip"));
    write_zip(&root.join("dist"), &files, &format!("kratom-check-{version}"), &zip)?;
    println!("xtask: wrote {} and {} ({} files each)", tgz.display(), zip.display(), files.len());
    Ok(())
}

/// `npm pack --json` in dist/: the tarball's path and the files npm put in it.
fn npm_pack(dist: &Path, out: &Path) -> Result<(PathBuf, Vec<String>)> {
    let o = Command::new("npm")
        .args(["pack", "--json", "--ignore-scripts", "--pack-destination"])
        .arg(out)
        .current_dir(dist)
        .output()
        .map_err(|e| format!("cannot run npm: {e}"))?;
    if !o.status.success() {
        return Err(format!("npm pack failed: {}", String::from_utf8_lossy(&o.stderr)).into());
    }
    let report: Value = serde_json::from_slice(&o.stdout)?;
    let filename = report[0]["filename"].as_str().ok_or("npm pack --json: no filename")?;
    let files = report[0]["files"]
        .as_array()
        .ok_or("npm pack --json: no files")?
        .iter()
        .filter_map(|f| f["path"].as_str().map(str::to_string))
        .collect();
    Ok((out.join(filename), files))
}

/// A zip of `files` (relative to `dir`) under one top folder, deflated.
fn write_zip(dir: &Path, files: &[String], top: &str, dest: &Path) -> Result {
    use zip::write::SimpleFileOptions;
    let mut zip = zip::ZipWriter::new(std::fs::File::create(dest)?);
    let opts =
        SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).unix_permissions(0o644);
    for f in files {
        zip.start_file(format!("{top}/{f}"), opts)?;
        zip.write_all(&std::fs::read(dir.join(f))?)?;
    }
    zip.finish()?;
    Ok(())
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
        assert_eq!(j["files"], json!(["kratom-check.js", "kratom-check_bg.wasm", "embed.html", "sizes.txt"]));
    }

    /// The real README and template make a README with this build's hash.
    #[test]
    fn dist_readme_from_the_real_files() {
        let root = crate::root();
        let template = std::fs::read_to_string(root.join("xtask/templates/dist-README.md")).unwrap();
        let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
        let sris = Sris { loader: "sha384-THEHASH".into(), wasm: "sha384-WASMHASH".into() };
        let out = dist_readme(&template, &readme, "1.2.3", &sris).unwrap();
        assert!(out.contains("1.2.3"));
        assert!(out.contains("integrity=\"sha384-THEHASH\""), "{out}");
        assert!(out.contains("as=\"fetch\" crossorigin=\"anonymous\""), "{out}");
        assert!(out.contains("integrity=\"sha384-WASMHASH\""), "{out}");
        assert!(!out.contains(SRI_PLACEHOLDER) && !out.contains(WASM_SRI_PLACEHOLDER) && !out.contains("dist-readme:"));
        assert!(out.contains("### Attributes") && out.contains("### Content Security Policy"));
        assert!(dist_readme(&template, "no markers", "1", &sris).is_err());
    }

    #[test]
    fn zip_holds_the_files_under_one_folder() {
        let dir = std::env::temp_dir().join(format!("kc-zip-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("a.js"), "loader").unwrap();
        std::fs::write(dir.join("LICENSE"), "MIT").unwrap();
        let dest = dir.join("out.zip");
        write_zip(&dir, &["a.js".into(), "LICENSE".into()], "kc-1.2.3", &dest).unwrap();
        let mut z = zip::ZipArchive::new(std::fs::File::open(&dest).unwrap()).unwrap();
        let names: Vec<_> = z.file_names().map(str::to_string).collect();
        assert_eq!(names, ["kc-1.2.3/a.js", "kc-1.2.3/LICENSE"]);
        let mut s = String::new();
        std::io::Read::read_to_string(&mut z.by_name("kc-1.2.3/a.js").unwrap(), &mut s).unwrap();
        assert_eq!(s, "loader");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
