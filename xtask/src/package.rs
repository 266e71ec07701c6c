//! The npm package: `dist/package.json`, `dist/README.md` and `dist/LICENSE`
//! written by every `dist`, and `cargo xtask package`, which packs dist/ into
//! `target/package/kratom-check-<version>.tgz` (`npm pack`) and a `.zip` of
//! the same files.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::{json, Value};

use crate::{dist, env, release, root, Result};

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

/// The iframe page (from `xtask/templates/widget.html`) and its script (`www/widget.js`).
pub const WIDGET_PAGE: [&str; 2] = ["widget.html", "widget.js"];

/// The snippet builder, from `www/`; in dist/ it runs the loader next to it.
pub const BUILDER: [&str; 3] = ["builder.html", "builder.js", "builder.css"];
/// How `www/builder.html` loads the loader (the demo server's layout), and how dist's copy does.
const BUILDER_LOADER: (&str, &str) = ("src=\"../dist/kratom-check.js\"", "src=\"kratom-check.js\"");
/// How builder.html loads builder.js (dist pins it by SRI: it carries the release's hashes).
const BUILDER_SCRIPT: &str = "src=\"builder.js\"";

/// What npm packs besides package.json, README.md and LICENSE (always packed).
const PACKAGE_FILES: [&str; 16] = [
    release::SHIPPED[0],
    release::SHIPPED[1],
    // One language pack per language (`release::pack_name`).
    "kratom-check.*.pack",
    WIDGET_PAGE[0],
    WIDGET_PAGE[1],
    BUILDER[0],
    BUILDER[1],
    BUILDER[2],
    "embed.html",
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

const EMBED_START: &str = "<!-- dist-readme:start -->";
const EMBED_END: &str = "<!-- dist-readme:end -->";
/// The README snippet's script tag and wasm preload; dist gives each this
/// build's `integrity` (the repository README never shows a placeholder
/// value a clinic could paste).
const SCRIPT_TAG: &str = "<script src=\"/kratom-check/kratom-check.js\"";
const PRELOAD_TAG: &str =
    "<link rel=\"preload\" href=\"/kratom-check/kratom-check_bg.wasm\" as=\"fetch\" crossorigin=\"anonymous\"";
/// The snippet's preload of its language's pack (the snippet is in English).
const PACK_PRELOAD_TAG: &str =
    "<link rel=\"preload\" href=\"/kratom-check/kratom-check.en.pack\" as=\"fetch\" crossorigin=\"anonymous\"";
const SNIPPET_LANG: &str = "en";

/// This build's Subresource Integrity values (`sha384-…`).
pub struct Sris {
    pub loader: String,
    pub wasm: String,
    /// (language code, the pack's SRI), by code.
    pub packs: Vec<(String, String)>,
}

/// The repository README's embedding reference (between the dist-readme
/// markers), its snippet's script tag and wasm preload with `integrity="…"`.
fn embedding_section(readme: &str, sris: &Sris) -> Result<String> {
    let section = readme
        .split_once(EMBED_START)
        .and_then(|(_, rest)| rest.split_once(EMBED_END))
        .map(|(section, _)| section.trim())
        .ok_or("README.md: the embedding section must sit between the dist-readme start/end markers")?;
    for tag in [SCRIPT_TAG, PRELOAD_TAG, PACK_PRELOAD_TAG] {
        if section.matches(tag).count() != 1 || section.contains("integrity=\"") {
            return Err(format!("README.md: the embedding snippet must contain `{tag}` once, with no integrity").into());
        }
    }
    let pack = sris.packs.iter().find(|(lang, _)| lang == SNIPPET_LANG).map(|(_, sri)| sri);
    let pack = pack.ok_or("dist: no pack for the snippet's language")?;
    Ok(section
        .replace(SCRIPT_TAG, &format!("{SCRIPT_TAG} integrity=\"{}\"", sris.loader))
        .replace(PRELOAD_TAG, &format!("{PRELOAD_TAG} integrity=\"{}\"", sris.wasm))
        .replace(PACK_PRELOAD_TAG, &format!("{PACK_PRELOAD_TAG} integrity=\"{pack}\"")))
}

/// The first ```html block of the section: the snippet (with its integrity).
fn snippet(section: &str) -> Result<&str> {
    let block = section.split_once("```html\n").and_then(|(_, rest)| rest.split_once("```")).map(|(b, _)| b);
    block.filter(|b| b.contains("<script")).ok_or_else(|| "README.md: the first html block must be the snippet".into())
}

/// dist/README.md: `xtask/templates/dist-README.md` with the version and the
/// embedding reference.
fn dist_readme(template: &str, section: &str, version: &str) -> Result<String> {
    fill("dist-README.md", template, &[("version", version), ("embedding", section)])
}

/// The snippet's fallback block (`<div class="kc-fallback">` … `</div>`), as indented there.
fn fallback(section: &str) -> Result<&str> {
    let snippet = snippet(section)?;
    let start = snippet.find("<div class=\"kc-fallback\">");
    let block = start.and_then(|a| snippet[a..].find("\n  </div>").map(|b| &snippet[a..a + b + "\n  </div>".len()]));
    block.ok_or_else(|| "README.md: the snippet's fallback must be a <div class=\"kc-fallback\">".into())
}

/// dist/embed.html: the README's snippet with this build's integrity, and the version.
fn embed_html(section: &str, version: &str) -> Result<String> {
    Ok(format!(
        "<!-- kratom-check {version}: paste where the widget should appear, as its own block (not inside a <p>).\n     \
         Host kratom-check.js, kratom-check_bg.wasm and the kratom-check.*.pack files together in one folder\n     \
         and set src to it\n     \
         (see README.md for CSP and CORS). -->\n{}",
        snippet(section)?
    ))
}

/// `template` (a file of xtask/templates/) with each `{{name}}` replaced.
fn fill(name: &str, template: &str, values: &[(&str, &str)]) -> Result<String> {
    let out = values.iter().fold(template.to_string(), |t, (k, v)| t.replace(&format!("{{{{{k}}}}}"), v));
    if out.contains("{{") {
        return Err(format!("xtask/templates/{name}: unknown {{{{placeholder}}}}").into());
    }
    Ok(out)
}

/// Where the builder puts a clinic's attributes and fallback into its copy of the iframe page.
const PAGE_ATTRIBUTES: &str = "@@KRATOM_CHECK_ATTRIBUTES@@";
const PAGE_FALLBACK: &str = "@@KRATOM_CHECK_FALLBACK@@";

/// The iframe page (`xtask/templates/widget.html`) with its two scripts pinned
/// by SRI, the element's `attributes` (the clinic's options, `""` for the
/// stock page) and `fallback`.
fn widget_page(template: &str, version: &str, sris: (&str, &str), attributes: &str, fallback: &str) -> Result<String> {
    let fallback = fallback.replace('\n', "\n    ");
    let values = [
        ("version", version),
        ("loader_sri", sris.0),
        ("widget_sri", sris.1),
        ("attributes", attributes),
        ("fallback", &fallback),
    ];
    fill(WIDGET_PAGE[0], template, &values)
}

/// dist/widget.html and dist/widget.js: the stock iframe page (no clinic
/// options: the defaults), with the README snippet's fallback. Returns the
/// page with markers in place of the attributes and the fallback, for the
/// builder, which writes a clinic's own page from it.
fn write_widget_page(root: &Path, dist: &Path, section: &str, version: &str, loader_sri: &str) -> Result<String> {
    let script = std::fs::read(root.join("www").join(WIDGET_PAGE[1]))?;
    std::fs::write(dist.join(WIDGET_PAGE[1]), &script)?;
    let template = std::fs::read_to_string(root.join("xtask/templates").join(WIDGET_PAGE[0]))?;
    let script_sri = release::sri(&script);
    let sris = (loader_sri, script_sri.as_str());
    std::fs::write(dist.join(WIDGET_PAGE[0]), widget_page(&template, version, sris, "", fallback(section)?)?)?;
    widget_page(&template, version, sris, PAGE_ATTRIBUTES, PAGE_FALLBACK)
}

/// The marker in `www/builder.js` that dist replaces with [`builder_release`].
const RELEASE_MARKER: &str = "/*@@KRATOM_CHECK_RELEASE@@*/null";

/// What the builder knows of its release (a JSON literal): the version, the
/// SHA-384 of every file it checks in a clinic's folder, and the iframe page
/// with markers for a clinic's attributes and fallback. It never trusts what
/// a folder serves: it compares with these.
fn builder_release(version: &str, files: &[(String, String)], page: &str) -> Value {
    let files: serde_json::Map<String, Value> = files.iter().map(|(f, s)| (f.clone(), s.clone().into())).collect();
    json!({
        "version": version,
        "files": files,
        "page": page,
        "markers": { "attributes": PAGE_ATTRIBUTES, "fallback": PAGE_FALLBACK },
    })
}

/// dist/builder.html, .js, .css: the snippet builder, loading the loader next
/// to it; the loader and builder.js pinned by SRI, builder.js with `release`.
fn write_builder(root: &Path, dist: &Path, release: &Value, loader_sri: &str) -> Result {
    let js = std::fs::read_to_string(root.join("www").join(BUILDER[1]))?;
    if js.matches(RELEASE_MARKER).count() != 1 {
        return Err(format!("www/builder.js must contain {RELEASE_MARKER} once").into());
    }
    let js = js.replace(RELEASE_MARKER, &release.to_string());
    std::fs::write(dist.join(BUILDER[1]), &js)?;
    let html = std::fs::read_to_string(root.join("www").join(BUILDER[0]))?;
    for tag in [BUILDER_LOADER.0, BUILDER_SCRIPT] {
        if html.matches(tag).count() != 1 {
            return Err(format!("www/builder.html must load a script with {tag} once").into());
        }
    }
    let loader = format!("{} integrity=\"{loader_sri}\" crossorigin=\"anonymous\"", BUILDER_LOADER.1);
    let script = format!("{BUILDER_SCRIPT} integrity=\"{}\" crossorigin=\"anonymous\"", release::sri(js.as_bytes()));
    let html = html.replace(BUILDER_LOADER.0, &loader).replace(BUILDER_SCRIPT, &script);
    std::fs::write(dist.join(BUILDER[0]), html)?;
    std::fs::copy(root.join("www").join(BUILDER[2]), dist.join(BUILDER[2]))?;
    Ok(())
}

/// package.json, README.md, LICENSE, the iframe page and the builder for dist/.
pub fn write_npm_files(root: &Path, dist: &Path, version: &str, sris: &Sris) -> Result {
    let json = package_json(version, &cargo_field(root, "description")?);
    std::fs::write(dist.join("package.json"), serde_json::to_string_pretty(&json)? + "\n")?;
    let template = std::fs::read_to_string(root.join("xtask/templates/dist-README.md"))?;
    let section = embedding_section(&std::fs::read_to_string(root.join("README.md"))?, sris)?;
    std::fs::write(dist.join("README.md"), dist_readme(&template, &section, version)?)?;
    std::fs::write(dist.join("embed.html"), embed_html(&section, version)?)?;
    std::fs::copy(root.join("LICENSE"), dist.join("LICENSE"))?;
    std::fs::copy(root.join(crate::wordpress::HTACCESS), dist.join(".htaccess"))?;
    let page = write_widget_page(root, dist, &section, version, &sris.loader)?;
    let mut files = vec![(release::SHIPPED[0].to_string(), sris.loader.clone())];
    files.push((release::SHIPPED[1].to_string(), sris.wasm.clone()));
    files.extend(sris.packs.iter().map(|(lang, s)| (release::pack_name(lang), s.clone())));
    files.push((WIDGET_PAGE[1].to_string(), release::sri(&std::fs::read(dist.join(WIDGET_PAGE[1]))?)));
    write_builder(root, dist, &builder_release(version, &files, &page), &sris.loader)
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
    let plugin = out.join(format!("kratom-check-wordpress-{version}.zip"));
    let n = crate::wordpress::write_plugin_zip(&root, &root.join("dist"), &version, &plugin)?;
    println!("xtask: wrote {} ({n} files)", plugin.display());
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
        assert_eq!(
            j["files"],
            json!([
                "kratom-check.js",
                "kratom-check_bg.wasm",
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
            packs: vec![("en".into(), "sha384-PACKHASH".into()), ("es".into(), "sha384-ES".into())],
        };
        let section = embedding_section(&readme, &sris).unwrap();
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
        assert!(embedding_section("no markers", &sris).is_err());
        assert!(out.contains("as=\"fetch\" crossorigin=\"anonymous\" integrity=\"sha384-WASMHASH\""), "{out}");
        assert!(
            out.contains("en.pack\" as=\"fetch\" crossorigin=\"anonymous\" integrity=\"sha384-PACKHASH\""),
            "{out}"
        );
        let embed = embed_html(&section, "1.2.3").unwrap();
        assert!(embed.starts_with("<!-- kratom-check 1.2.3:"), "{embed}");
        assert!(embed.contains("integrity=\"sha384-THEHASH\" crossorigin=\"anonymous\""), "{embed}");
        assert!(embed.contains("<div class=\"kc-fallback\">") && !embed.contains("```"), "{embed}");
        let fb = fallback(&section).unwrap();
        assert!(fb.starts_with("<div class=\"kc-fallback\">") && fb.ends_with("\n  </div>"), "{fb}");
        for n in ["tel:911", "tel:988", "tel:18006624357"] {
            assert!(fb.contains(n), "{n} in {fb}");
        }
    }

    /// The stock iframe page carries no clinic options; the builder's copy has
    /// one marker for the attributes and one for the fallback, in the element.
    #[test]
    fn iframe_page_stock_and_for_the_builder() {
        let template = std::fs::read_to_string(crate::root().join("xtask/templates/widget.html")).unwrap();
        let fb = "<div class=\"kc-fallback\">\n  <p>call <a href=\"tel:911\">911</a></p>\n</div>";
        let stock = widget_page(&template, "1.2.3", ("sha384-L", "sha384-W"), "", fb).unwrap();
        assert!(stock.contains("<div id=\"kratom-check\">\n      <div class=\"kc-fallback\">"), "{stock}");
        assert!(stock.contains("src=\"kratom-check.js\" integrity=\"sha384-L\""), "{stock}");
        assert!(stock.contains("src=\"widget.js\" integrity=\"sha384-W\""), "{stock}");
        assert!(!stock.contains("data-"), "no option in the stock page: {stock}");
        let marked = widget_page(&template, "1.2.3", ("sha384-L", "sha384-W"), PAGE_ATTRIBUTES, PAGE_FALLBACK).unwrap();
        assert!(
            marked.contains(&format!("<div id=\"kratom-check\"{PAGE_ATTRIBUTES}>\n      {PAGE_FALLBACK}\n")),
            "{marked}"
        );
        let release = builder_release("1.2.3", &[("kratom-check.js".into(), "sha384-L".into())], &marked);
        assert_eq!(release["files"]["kratom-check.js"], "sha384-L");
        assert_eq!(release["markers"]["attributes"], PAGE_ATTRIBUTES);
        assert_eq!(release["page"].as_str(), Some(marked.as_str()));
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
