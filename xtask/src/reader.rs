//! The clinic's reader page (`reader/`): built by `dist` after the
//! widget, into `dist/reader.html`, `dist/reader.js` and `dist/reader.css`.
//!
//! The wasm goes INSIDE reader.js (base64), not next to it: the page's
//! policy is `connect-src 'none'` (its `<meta>` CSP, so it travels with the
//! file whatever the clinic's server sends), which forbids even a fetch of
//! its own wasm, and one script tag with one SRI hash then covers every byte
//! that runs. The page is a clinic's tool, read at the front desk, so its
//! size is reported (`sizes.txt`) but is no part of the widget's first visit.

use std::path::Path;

use crate::env::{self, WASM_TARGET};
use crate::release::sri;
use crate::{tools, Result};

/// The page and its files, as shipped in dist/ and the npm package.
pub const FILES: [&str; 3] = ["reader.html", "reader.js", "reader.css"];

const GLUE_MARKER: &str = "/*@@READER_GLUE@@*/";
const WASM_MARKER: &str = "@@READER_WASM_BASE64@@";
const SCRIPT_TAG: &str = "<script src=\"reader.js\"";
const STYLE_TAG: &str = "<link rel=\"stylesheet\" href=\"reader.css\"";

/// Builds the reader into `dist` (which the widget's dist made); appends its
/// sizes to `sizes.txt`.
pub fn dist(root: &Path, dist: &Path) -> Result {
    println!("xtask: building the reader page for {WASM_TARGET} (release)");
    tools::release_wasm(root, &["-p", "reader"])?;
    let target_dir = env::target_dir(root);
    let input = target_dir.join(WASM_TARGET).join("release/reader.wasm");
    let gen = target_dir.join("kc-reader-bindgen");
    let _ = std::fs::remove_dir_all(&gen);
    std::fs::create_dir_all(&gen)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&input)
        .out_name("reader")
        .no_modules(true)?
        .typescript(false)
        .omit_default_module_path(true)
        .generate(&gen)
        .map_err(|e| format!("wasm-bindgen (reader): {e:#}"))?;
    let wasm = gen.join("reader_bg.wasm");
    let optimized = tools::wasm_opt(root, &wasm);
    let glue = std::fs::read_to_string(gen.join("reader.js"))?;
    let template = std::fs::read_to_string(root.join("www").join(FILES[1]))?;
    let js = reader_js(&template, &glue, &std::fs::read(&wasm)?)?;
    std::fs::write(dist.join(FILES[1]), js)?;
    let minified = tools::minify(root, &dist.join(FILES[1]));
    std::fs::copy(root.join("www").join(FILES[2]), dist.join(FILES[2]))?;
    let html = std::fs::read_to_string(root.join("www").join(FILES[0]))?;
    let js_sri = sri(&std::fs::read(dist.join(FILES[1]))?);
    let css_sri = sri(&std::fs::read(dist.join(FILES[2]))?);
    std::fs::write(dist.join(FILES[0]), reader_html(&html, &js_sri, &css_sri)?)?;
    append_sizes(dist, optimized, minified)
}

/// reader.js: the template with the glue and the wasm (base64) in place of their markers.
fn reader_js(template: &str, glue: &str, wasm: &[u8]) -> Result<String> {
    use base64::Engine as _;
    for (marker, what) in [(GLUE_MARKER, "glue"), (WASM_MARKER, "wasm")] {
        if template.matches(marker).count() != 1 {
            return Err(format!("www/reader.js must contain the {what} marker {marker} exactly once").into());
        }
    }
    for banned in ["eval(", "new Function", "import("] {
        if glue.contains(banned) || template.contains(banned) {
            return Err(format!("reader.js must not use `{banned}` (strict CSP)").into());
        }
    }
    let b64 = base64::engine::general_purpose::STANDARD.encode(wasm);
    Ok(template.replace(GLUE_MARKER, glue.trim()).replace(WASM_MARKER, &b64))
}

/// reader.html with its script and stylesheet pinned by SRI.
fn reader_html(html: &str, js_sri: &str, css_sri: &str) -> Result<String> {
    for tag in [SCRIPT_TAG, STYLE_TAG] {
        if html.matches(tag).count() != 1 {
            return Err(format!("www/reader.html must contain `{tag}` exactly once").into());
        }
    }
    if !html.contains("http-equiv=\"Content-Security-Policy\"") || !html.contains("connect-src 'none'") {
        return Err("www/reader.html must carry its own CSP <meta> with connect-src 'none'".into());
    }
    Ok(html
        .replace(SCRIPT_TAG, &format!("{SCRIPT_TAG} integrity=\"{js_sri}\""))
        .replace(STYLE_TAG, &format!("{STYLE_TAG} integrity=\"{css_sri}\"")))
}

/// The reader's lines in `sizes.txt`, apart from the widget's total: the
/// page is the clinic's, never loaded by a visitor.
fn append_sizes(dist: &Path, optimized: bool, minified: bool) -> Result {
    let mut report =
        String::from("\n# The clinic's reader page (reader.html; not loaded by the widget; wasm inside reader.js)\n");
    report.push_str(if optimized { "# reader wasm-opt -Oz: applied\n" } else { "# reader wasm-opt -Oz: SKIPPED\n" });
    report.push_str(if minified {
        "# reader.js minified (terser): applied\n"
    } else {
        "# reader.js minified (terser): SKIPPED\n"
    });
    let (mut raw_total, mut gz_total) = (0, 0);
    for f in FILES {
        let bytes = std::fs::read(dist.join(f))?;
        let gz = tools::gzip(&bytes).len();
        raw_total += bytes.len();
        gz_total += gz;
        report.push_str(&format!("{f:<24} raw {:>8}  gzip {gz:>8}\n", bytes.len()));
    }
    report.push_str(&format!("{:<24} raw {raw_total:>8}  gzip {gz_total:>8}\n", "reader total"));
    print!("{report}");
    let sizes = dist.join("sizes.txt");
    let mut all = std::fs::read_to_string(&sizes)?;
    all.push_str(&report);
    std::fs::write(sizes, all)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reader_js_carries_glue_and_wasm_once() {
        let out =
            reader_js("a /*@@READER_GLUE@@*/ b \"@@READER_WASM_BASE64@@\"", " let wasm_bindgen;\n", b"\0asm").unwrap();
        assert_eq!(out, "a let wasm_bindgen; b \"AGFzbQ==\"");
        assert!(reader_js("no markers", "", b"").is_err());
        assert!(reader_js("/*@@READER_GLUE@@*/ @@READER_WASM_BASE64@@", "eval(x)", b"").is_err());
    }

    #[test]
    fn reader_html_pins_its_files_and_keeps_its_policy() {
        let html = "<meta http-equiv=\"Content-Security-Policy\" content=\"connect-src 'none'\">\
                    <link rel=\"stylesheet\" href=\"reader.css\"><script src=\"reader.js\" defer></script>";
        let out = reader_html(html, "sha384-J", "sha384-C").unwrap();
        assert!(out.contains("<script src=\"reader.js\" integrity=\"sha384-J\" defer>"), "{out}");
        assert!(out.contains("href=\"reader.css\" integrity=\"sha384-C\">"), "{out}");
        assert!(
            reader_html("<script src=\"reader.js\"><link rel=\"stylesheet\" href=\"reader.css\">", "j", "c").is_err()
        );
    }

    /// The real page template: one script, one stylesheet, its own strict policy.
    #[test]
    fn the_real_page_template_is_accepted() {
        let html = std::fs::read_to_string(crate::root().join("www/reader.html")).unwrap();
        let out = reader_html(&html, "sha384-J", "sha384-C").unwrap();
        for directive in ["default-src 'none'", "connect-src 'none'", "form-action 'none'", "base-uri 'none'"] {
            assert!(out.contains(directive), "{directive}");
        }
        assert!(out.contains("name=\"code\""), "the typed-code field is input[name=code]");
        let js = std::fs::read_to_string(crate::root().join("www/reader.js")).unwrap();
        assert!(reader_js(&js, "let wasm_bindgen;", b"\0asm").is_ok());
    }
}
