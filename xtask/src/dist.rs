//! `cargo xtask dist`: the widget built for wasm32 (release), its JS glue
//! (wasm-bindgen as a library, same version as the widget's pin) embedded into
//! the loader, `wasm-opt -Oz` from the npm `binaryen` package when available,
//! the language packs, then the size report with the SRI values, the npm
//! package's files (`npm.rs`) and the pages beside the widget: the snippet,
//! the iframe page and the builder (`site.rs`).

use std::path::Path;
use std::time::Instant;

use crate::env::{self, WASM_TARGET};
use crate::release::{crate_version, pack_langs, pack_name, shipped, sri, Sris, SHIPPED};
use crate::{npm, root, site, tools, wordpress, Result};

pub fn dist() -> Result {
    let t0 = Instant::now();
    let root = root();
    let version = crate_version(&root)?;
    write_options(&root)?;
    env::ensure_wasm_target()?;
    println!("xtask: building the widget {version} for {WASM_TARGET} (release)");
    // No `tables`: the words come in language packs, one per language read.
    tools::release_wasm(&root, &["-p", "kratom-check", "--no-default-features"])?;
    // The hand-off code's QR encoder, its own wasm with its exports (a
    // separate build: its `exports` feature must never reach the widget's
    // copy of the crate, which links only the `Symbol` type).
    tools::release_wasm(&root, &["-p", "kratom-check-qr", "--lib", "--features", "exports"])?;
    let target_dir = env::target_dir(&root);
    let input = target_dir.join(WASM_TARGET).join("release/kratom_check.wasm");

    // JS glue as a classic script (`--target no-modules`, same JS as the CLI),
    // embedded into the loader: no separate glue file to host, and the script
    // tag's SRI hash covers every line of JS that runs.
    let gen = target_dir.join("kc-bindgen");
    let _ = std::fs::remove_dir_all(&gen);
    std::fs::create_dir_all(&gen)?;
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&input)
        .out_name("kratom-check")
        .no_modules(true)?
        .typescript(false)
        .omit_default_module_path(false)
        .generate(&gen)
        .map_err(|e| format!("wasm-bindgen: {e:#}"))?;

    let dist = root.join("dist");
    let _ = std::fs::remove_dir_all(&dist);
    std::fs::create_dir_all(&dist)?;
    let glue = harden_glue(&std::fs::read_to_string(gen.join("kratom-check.js"))?)?;
    let loader = std::fs::read_to_string(root.join("www/kratom-check.js"))?;
    let wasm = dist.join(SHIPPED[1]);
    std::fs::copy(gen.join("kratom-check_bg.wasm"), &wasm)?;

    let optimized = tools::wasm_opt(&root, &wasm);
    let qr = dist.join(SHIPPED[2]);
    std::fs::copy(target_dir.join(WASM_TARGET).join("release/kratom_check_qr.wasm"), &qr)?;
    let optimized = tools::wasm_opt(&root, &qr) && optimized;
    // The loader fetches the wasm with `integrity`: the final wasm's hash goes in.
    let loader = embed_wasm_sri(&loader, &sri(&std::fs::read(&wasm)?))?;
    // The language packs (each with the start page the loader paints before
    // the wasm arrives), and what the loader must know of them: the shared
    // stylesheet and each pack's integrity.
    let rendered: serde_json::Value = serde_json::from_str(&prerender(&root, Prerender::Packs(&dist))?)?;
    let mut packs = serde_json::Map::new();
    for lang in pack_langs(&dist)? {
        packs.insert(lang.clone(), sri(&std::fs::read(dist.join(pack_name(&lang)))?).into());
    }
    let qr_sri = sri(&std::fs::read(&qr)?);
    let loader_data =
        serde_json::json!({ "css": rendered["css"], "loading": rendered["loading"], "packs": packs, "qr": qr_sri });
    let loader = embed_packs(&loader, &loader_data.to_string())?;
    std::fs::write(dist.join(SHIPPED[0]), embed_glue(&loader, &glue)?)?;
    let minified = tools::minify(&root, &dist.join(SHIPPED[0]));
    let sris = write_report(&dist, &version, optimized, minified)?;
    npm::write_npm_files(&root, &dist, &version, &sris)?;
    site::write_site_files(&root, &dist, &version, &sris)?;
    crate::reader::dist(&root, &dist)?;
    println!("xtask: dist/ ready in {:.1}s", t0.elapsed().as_secs_f64());
    Ok(())
}

/// Rewrites what is written from the embed options table (`examples/options.rs`:
/// the README's attribute table, the loader's, builder's and iframe page's
/// option lists, `docs/embed-options.json`) before anything reads them.
fn write_options(root: &Path) -> Result {
    println!("xtask: writing the embed options' lists (examples/options.rs)");
    env::run(env::cargo().current_dir(root).args([
        "run",
        "--quiet",
        "-p",
        "kratom-check",
        "--example",
        "options",
        "--",
        "--write",
    ]))?;
    // The WordPress plugin's copy, from the JSON just written.
    wordpress::write_options_php(root)
}

const WASM_SRI_MARKER: &str = "@@KRATOM_CHECK_WASM_SRI@@";

/// The loader with the wasm's SRI value in place of its placeholder.
fn embed_wasm_sri(loader: &str, wasm_sri: &str) -> Result<String> {
    if loader.matches(WASM_SRI_MARKER).count() != 1 {
        return Err("www/kratom-check.js must contain the wasm SRI placeholder exactly once".into());
    }
    Ok(loader.replace(WASM_SRI_MARKER, wasm_sri))
}

/// What `examples/prerender.rs` prints.
#[derive(Clone, Copy)]
pub enum Prerender<'a> {
    /// `{"css", "html": {lang: markup}}`: for the bench's static page.
    Html,
    /// `{"css", "loading"}` (the loader's loading note per language), and each language's pack (with its start page as a NODE
    /// tree, for the loader) written into the folder.
    Packs(&'a Path),
}

/// The start page in every language, rendered natively by Yew's server
/// renderer from the widget's own components (`examples/prerender.rs`).
pub fn prerender(root: &Path, what: Prerender<'_>) -> Result<String> {
    println!("xtask: rendering the start page natively (examples/prerender.rs)");
    let mut cmd = env::cargo();
    cmd.current_dir(root).args(["run", "--quiet", "-p", "kratom-check", "--example", "prerender"]);
    match what {
        Prerender::Html => {
            cmd.args(["--", "--html"]);
        }
        Prerender::Packs(dir) => {
            cmd.args(["--", "--packs"]).arg(dir);
        }
    }
    let out = cmd.stderr(std::process::Stdio::inherit()).output()?;
    if !out.status.success() {
        return Err(format!("examples/prerender.rs failed ({})", out.status).into());
    }
    let json = String::from_utf8(out.stdout)?.trim().to_string();
    serde_json::from_str::<serde_json::Value>(&json).map_err(|e| format!("examples/prerender.rs: not JSON: {e}"))?;
    Ok(json)
}

const PACKS_MARKER: &str = "/*@@KRATOM_CHECK_PACKS@@*/null";

/// The loader with what it knows of the packs (a JSON literal) in place of its marker.
fn embed_packs(loader: &str, json: &str) -> Result<String> {
    if loader.matches(PACKS_MARKER).count() != 1 {
        return Err("www/kratom-check.js must contain the packs marker exactly once".into());
    }
    Ok(loader.replace(PACKS_MARKER, json))
}

/// What the glue builds for the browser, made immune to a polluted
/// `Object.prototype` (issue 18): `js_sys::Object::new()`, which every
/// web-sys dictionary starts from (Yew's and gloo's `AddEventListenerOptions`,
/// `ShadowRootInit`, `FocusOptions`, `BlobPropertyBag`), makes an object
/// without a prototype, so the browser reads only the fields the Rust code
/// set: an inherited `once` or `signal` can no longer remove Yew's listeners
/// or make registering them throw. Each pattern must be there exactly once,
/// so a wasm-bindgen upgrade that changes the glue stops the build here.
pub const GLUE_HARDENING: [(&str, &str); 5] = [
    // js_sys::Object::new
    ("const ret = new Object();", "const ret = Object.create(null);"),
    // wasm-bindgen's string decoder: `fatal` not inherited either.
    ("new TextDecoder('utf-8', { ignoreBOM: true })", "new TextDecoder('utf-8', { __proto__: null, ignoreBOM: true })"),
    // Yew's marks on DOM nodes, read as own properties only: an inherited
    // `__yew_listener_id` would send every event to one listener.
    (
        "const ret = arg0.__yew_listener_id;",
        "const ret = Object.prototype.hasOwnProperty.call(arg0, '__yew_listener_id') ? arg0.__yew_listener_id : undefined;",
    ),
    (
        "const ret = arg0.__yew_subtree_id;",
        "const ret = Object.prototype.hasOwnProperty.call(arg0, '__yew_subtree_id') ? arg0.__yew_subtree_id : undefined;",
    ),
    (
        "const ret = arg0.__yew_subtree_cache_key;",
        "const ret = Object.prototype.hasOwnProperty.call(arg0, '__yew_subtree_cache_key') ? arg0.__yew_subtree_cache_key : undefined;",
    ),
];

fn harden_glue(glue: &str) -> Result<String> {
    let mut out = glue.to_string();
    for (from, to) in GLUE_HARDENING {
        if out.matches(from).count() != 1 {
            return Err(
                format!("the wasm-bindgen glue should hold `{from}` exactly once (see dist.rs harden_glue)").into()
            );
        }
        out = out.replace(from, to);
    }
    Ok(out)
}

const GLUE_MARKER: &str = "/*@@KRATOM_CHECK_GLUE@@*/";

/// The loader with the glue in place of its marker line.
fn embed_glue(loader: &str, glue: &str) -> Result<String> {
    if loader.matches(GLUE_MARKER).count() != 1 {
        return Err("www/kratom-check.js must contain the glue marker exactly once".into());
    }
    for banned in ["eval(", "new Function", "import("] {
        if glue.contains(banned) || loader.contains(banned) {
            return Err(format!("shipped JS must not use `{banned}` (strict CSP / Trusted Types)").into());
        }
    }
    Ok(loader.replace(GLUE_MARKER, glue.trim()))
}

/// Writes `F.gz` and `F.br` next to each shipped file, for servers that send
/// precompressed files (`cargo xtask serve` does, with `Content-Encoding`
/// and `Vary: accept-encoding`). Returns the (gzip, brotli) sizes in order.
fn precompress(dist: &Path, files: &[String]) -> Result<Vec<(usize, usize)>> {
    let mut sizes = Vec::new();
    for f in files {
        let bytes = std::fs::read(dist.join(f))?;
        let (gz, br) = (tools::gzip(&bytes), tools::brotli(&bytes));
        std::fs::write(dist.join(format!("{f}.gz")), &gz)?;
        std::fs::write(dist.join(format!("{f}.br")), &br)?;
        sizes.push((gz.len(), br.len()));
    }
    Ok(sizes)
}

/// The language code of a pack file name.
fn pack_lang(file: &str) -> &str {
    file.trim_start_matches("kratom-check.").trim_end_matches(".pack")
}

/// Writes `sizes.txt` (it carries the version, so a clinic can tell which
/// release a hash belongs to); returns the SRI values.
fn write_report(dist: &Path, version: &str, optimized: bool, minified: bool) -> Result<Sris> {
    let mut report = format!(
        "# kratom-check {version} dist sizes (bytes; gzip = level 9, brotli = quality 11; the .gz/.br files)\n"
    );
    report.push_str(if optimized { "# wasm-opt -Oz: applied\n" } else { "# wasm-opt -Oz: SKIPPED\n" });
    report.push_str(if minified {
        "# loader minified (terser): applied\n"
    } else {
        "# loader minified (terser): SKIPPED\n"
    });
    let files = shipped(dist)?;
    let compressed = precompress(dist, &files)?;
    let (mut raw_total, mut gz_total, mut br_total) = (0, 0, 0);
    let mut sris = Vec::new();
    for (f, (gz, br)) in files.iter().zip(compressed) {
        let bytes = std::fs::read(dist.join(f))?;
        raw_total += bytes.len();
        gz_total += gz;
        br_total += br;
        report.push_str(&format!("{f:<24} raw {:>8}  gzip {gz:>8}  brotli {br:>8}\n", bytes.len()));
        sris.push((f, sri(&bytes)));
    }
    report.push_str(&format!(
        "{:<24} raw {raw_total:>8}  gzip {gz_total:>8}  brotli {br_total:>8}\n",
        "total (all languages)"
    ));
    report.push_str("\n# Subresource Integrity (SHA-384)\n");
    for (f, s) in &sris {
        report.push_str(&format!("{f:<24} {s}\n"));
    }
    std::fs::write(dist.join("sizes.txt"), &report)?;
    print!("{report}");
    let packs = sris.split_off(SHIPPED.len()).into_iter().map(|(f, s)| (pack_lang(f).to_string(), s)).collect();
    let [loader, wasm, qr] = <[_; 3]>::try_from(sris).map_err(|_| "sizes: the shipped files changed")?.map(|(_, s)| s);
    Ok(Sris { loader, wasm, qr, packs })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wasm_sri_goes_in_place_of_its_placeholder() {
        let out = embed_wasm_sri("var I = \"@@KRATOM_CHECK_WASM_SRI@@\";", "sha384-abc").unwrap();
        assert_eq!(out, "var I = \"sha384-abc\";");
        assert!(embed_wasm_sri("no placeholder", "sha384-abc").is_err());
    }

    #[test]
    fn packs_go_in_place_of_their_marker() {
        let out = embed_packs("var P = /*@@KRATOM_CHECK_PACKS@@*/null;", r#"{"css":""}"#).unwrap();
        assert_eq!(out, r#"var P = {"css":""};"#);
        assert!(embed_packs("no marker", "{}").is_err());
    }

    #[test]
    fn sri_matches_known_value() {
        // printf '' | openssl dgst -sha384 -binary | base64
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }

    #[test]
    fn glue_objects_get_no_prototype() {
        let glue = "a: function() {\n const ret = new Object();\n return ret; }\n\
                    let d = new TextDecoder('utf-8', { ignoreBOM: true });\n\
                    const ret = arg0.__yew_listener_id; const ret = arg0.__yew_subtree_id;\n\
                    const ret = arg0.__yew_subtree_cache_key;";
        let out = harden_glue(glue).unwrap();
        assert!(out.contains("hasOwnProperty.call(arg0, '__yew_listener_id')"), "{out}");
        assert!(out.contains("const ret = Object.create(null);") && !out.contains("new Object()"), "{out}");
        assert!(out.contains("{ __proto__: null, ignoreBOM: true }"), "{out}");
        assert!(harden_glue("const ret = new Object(); const ret = new Object();").is_err(), "twice is refused");
        assert!(harden_glue("nothing to harden").is_err(), "a changed glue is refused");
    }

    #[test]
    fn glue_goes_in_place_of_the_marker() {
        let out = embed_glue("a\n/*@@KRATOM_CHECK_GLUE@@*/\nb", " let wasm_bindgen = 1;\n").unwrap();
        assert_eq!(out, "a\nlet wasm_bindgen = 1;\nb");
        assert!(embed_glue("no marker", "x").is_err());
        assert!(embed_glue("/*@@KRATOM_CHECK_GLUE@@*/", "new Function('x')").is_err());
    }

    #[test]
    fn report_carries_version_and_sri() {
        let dir = std::env::temp_dir().join(format!("kc-report-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(SHIPPED[0]), "loader").unwrap();
        std::fs::write(dir.join(SHIPPED[1]), "wasm").unwrap();
        std::fs::write(dir.join(SHIPPED[2]), "qr").unwrap();
        std::fs::write(dir.join(pack_name("es")), "pack").unwrap();
        let sris = write_report(&dir, "9.8.7", true, true).unwrap();
        assert_eq!(sris.packs, vec![("es".to_string(), sri(b"pack"))]);
        assert!(dir.join("kratom-check.es.pack.br").exists() && dir.join("kratom-check.es.pack.gz").exists());
        let s = sris.loader;
        assert_eq!(s, sri(b"loader"));
        assert_eq!(sris.wasm, sri(b"wasm"));
        assert_eq!(sris.qr, sri(b"qr"));
        let sizes = std::fs::read_to_string(dir.join("sizes.txt")).unwrap();
        assert!(sizes.starts_with("# kratom-check 9.8.7 "), "{sizes}");
        assert!(sizes.contains(&s));
        assert!(sizes.contains("brotli"), "{sizes}");
        // Precompressed copies that decode back to the files.
        for (f, body) in [(SHIPPED[0], "loader"), (SHIPPED[1], "wasm"), (SHIPPED[2], "qr")] {
            let gz = std::fs::read(dir.join(format!("{f}.gz"))).unwrap();
            let mut out = String::new();
            std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut out).unwrap();
            assert_eq!(out, body);
            let br = std::fs::read(dir.join(format!("{f}.br"))).unwrap();
            let mut out = Vec::new();
            brotli::BrotliDecompress(&mut &br[..], &mut out).unwrap();
            assert_eq!(out, body.as_bytes());
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
