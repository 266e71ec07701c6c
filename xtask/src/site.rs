//! The pages that ship beside the widget in dist/: the snippet a clinic
//! pastes (`embed.html`, from the README's embedding section with this
//! build's integrity values), the iframe page (`widget.html`, `widget.js`),
//! the snippet builder (`builder.*`, which knows the release's hashes), and
//! the folder's `.htaccess`. Written by `dist`; the npm README reads the
//! same embedding section.

use std::path::Path;

use serde_json::{json, Value};

use crate::release::{self, Sris};
use crate::Result;

/// The iframe page (from `xtask/templates/widget.html`) and its script (`www/widget.js`).
pub const WIDGET_PAGE: [&str; 2] = ["widget.html", "widget.js"];

/// The snippet a clinic pastes, with this build's integrity values.
pub const EMBED: &str = "embed.html";

/// The snippet builder, from `www/`; in dist/ it runs the loader next to it.
pub const BUILDER: [&str; 3] = ["builder.html", "builder.js", "builder.css"];
/// How `www/builder.html` loads the loader (the demo server's layout), and how dist's copy does.
const BUILDER_LOADER: (&str, &str) = ("src=\"../dist/kratom-check.js\"", "src=\"kratom-check.js\"");
/// How builder.html loads builder.js (dist pins it by SRI: it carries the release's hashes).
const BUILDER_SCRIPT: &str = "src=\"builder.js\"";

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

/// The repository README's embedding reference (between the dist-readme
/// markers), its snippet's script tag and wasm preload with `integrity="…"`.
pub fn embedding_section(readme: &str, sris: &Sris) -> Result<String> {
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
pub fn fill(name: &str, template: &str, values: &[(&str, &str)]) -> Result<String> {
    let out = values.iter().fold(template.to_string(), |t, (k, v)| t.replace(&format!("{{{{{k}}}}}"), v));
    if out.contains("{{") {
        return Err(format!("xtask/templates/{name}: unknown {{{{placeholder}}}}").into());
    }
    Ok(out)
}

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

/// embed.html, .htaccess, the iframe page and the builder for dist/.
pub fn write_site_files(root: &Path, dist: &Path, version: &str, sris: &Sris) -> Result {
    let section = embedding_section(&std::fs::read_to_string(root.join("README.md"))?, sris)?;
    std::fs::write(dist.join(EMBED), embed_html(&section, version)?)?;
    std::fs::copy(root.join(release::HTACCESS), dist.join(".htaccess"))?;
    let page = write_widget_page(root, dist, &section, version, &sris.loader)?;
    let mut files = vec![(release::SHIPPED[0].to_string(), sris.loader.clone())];
    files.push((release::SHIPPED[1].to_string(), sris.wasm.clone()));
    files.push((release::SHIPPED[2].to_string(), sris.qr.clone()));
    files.extend(sris.packs.iter().map(|(lang, s)| (release::pack_name(lang), s.clone())));
    files.push((WIDGET_PAGE[1].to_string(), release::sri(&std::fs::read(dist.join(WIDGET_PAGE[1]))?)));
    write_builder(root, dist, &builder_release(version, &files, &page), &sris.loader)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real README's snippet, with this build's integrity, is embed.html;
    /// its fallback is what the iframe page shows before the widget runs.
    #[test]
    fn embed_html_and_fallback_from_the_real_readme() {
        let readme = std::fs::read_to_string(crate::root().join("README.md")).unwrap();
        let sris = Sris {
            loader: "sha384-THEHASH".into(),
            wasm: "sha384-WASMHASH".into(),
            qr: "sha384-QRHASH".into(),
            packs: vec![("en".into(), "sha384-PACKHASH".into()), ("es".into(), "sha384-ES".into())],
        };
        let section = embedding_section(&readme, &sris).unwrap();
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
}
