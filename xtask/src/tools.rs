//! The build's tools, shared by `dist` and `bench` (and any other wasm
//! build): the rustflags that keep build paths out of a wasm, `wasm-opt` and
//! `terser` from node_modules, and gzip and brotli as dist/ and the bench
//! measure them. Nothing here knows what a release holds.

use std::io::Write;
use std::path::Path;
use std::process::Command;

use crate::env::{self, WASM_TARGET};
use crate::Result;

/// `--remap-path-prefix` pairs for the wasm build: the registry's sources
/// as `crates/NAME-VERSION/…`, anything else under cargo's home as `cargo/…`,
/// rustup's as `rustup/…`, and the repository as `kratom-check/…`. (rustc
/// applies the last matching pair: the general ones come first.)
fn remaps(root: &Path) -> Vec<(std::path::PathBuf, String)> {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    let cargo_home = std::env::var_os("CARGO_HOME").map(Into::into).or_else(|| home.as_ref().map(|h| h.join(".cargo")));
    let rustup_home =
        std::env::var_os("RUSTUP_HOME").map(Into::into).or_else(|| home.as_ref().map(|h| h.join(".rustup")));
    let mut out = Vec::new();
    if let Some(r) = rustup_home {
        out.push((r, "rustup".to_string()));
    }
    if let Some(c) = cargo_home {
        out.push((c.clone(), "cargo".to_string()));
        // One folder per registry index (e.g. index.crates.io-1949cf8c6b5b557f).
        if let Ok(dirs) = std::fs::read_dir(c.join("registry/src")) {
            let mut dirs: Vec<_> = dirs.filter_map(|d| d.ok().map(|d| d.path())).collect();
            dirs.sort();
            out.extend(dirs.into_iter().map(|d| (d, "crates".to_string())));
        }
    }
    out.push((root.to_path_buf(), "kratom-check".to_string()));
    out
}

/// `CARGO_ENCODED_RUSTFLAGS` (flags separated by 0x1f, so paths may hold
/// spaces): the caller's own flags (that variable, else `RUSTFLAGS`), then the remaps.
fn encoded_rustflags(remaps: &[(std::path::PathBuf, String)]) -> String {
    let mut flags: Vec<String> = match std::env::var("CARGO_ENCODED_RUSTFLAGS") {
        Ok(e) if !e.is_empty() => e.split('\x1f').map(str::to_string).collect(),
        _ => std::env::var("RUSTFLAGS").map(|f| f.split_whitespace().map(str::to_string).collect()).unwrap_or_default(),
    };
    for (from, to) in remaps {
        flags.push(format!("--remap-path-prefix={}={to}", from.display()));
    }
    flags.join("\x1f")
}

/// The wasm builds' `CARGO_ENCODED_RUSTFLAGS`: the caller's flags and the remaps.
pub fn wasm_rustflags(root: &Path) -> String {
    encoded_rustflags(&remaps(root))
}

/// `cargo build --release --target wasm32-unknown-unknown` with `args`. No
/// build machine's paths in the shipped wasm (panic locations name source
/// files): the same flags every time, so cargo's cache holds.
pub fn release_wasm(root: &Path, args: &[&str]) -> Result {
    let mut build = env::cargo();
    build.env("CARGO_ENCODED_RUSTFLAGS", wasm_rustflags(root));
    env::run(build.current_dir(root).args(["build", "--release", "--target", WASM_TARGET]).args(args))
}

/// The features rustc 1.95 emits for wasm32-unknown-unknown.
pub const WASM_OPT_FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

/// The wasm-opt optimisation flags, shared by dist and the bench's names-kept build.
/// `--low-memory-unused`: the wasm's first 1 KiB is the very bottom of the
/// 1 MiB stack (rustc links stack-first), never reached short of a stack
/// overflow, so `ptr + const` may fold into load/store offsets (-0.7 KB gzip).
/// `--monomorphize`: call-site specialisation where it shrinks (-0.3 KB gzip).
pub const WASM_OPT_PASSES: [&str; 3] = ["-Oz", "--low-memory-unused", "--monomorphize"];

/// A build tool from node_modules/.bin (npm devDependencies), installing
/// them first if needed; None, with a printed note, when Node/npm cannot.
fn node_tool(root: &Path, name: &str, skipping: &str) -> Option<std::path::PathBuf> {
    let bin = root.join("node_modules/.bin").join(name);
    if !bin.exists() || !env::node_modules_fresh(root) {
        if let Err(e) = env::ensure_node_modules(root) {
            println!("xtask: note: skipping {name} ({e}); {skipping}");
            return None;
        }
    }
    if !bin.exists() {
        println!("xtask: note: skipping {name} (node_modules/.bin/{name} missing); {skipping}");
        return None;
    }
    Some(bin)
}

/// Runs `cmd`, which writes `tmp`; on success `tmp` replaces `file`.
fn replace_with_output(mut cmd: Command, tmp: &Path, file: &Path, what: &str) -> bool {
    match cmd.status() {
        Ok(s) if s.success() => std::fs::rename(tmp, file).is_ok(),
        other => {
            println!("xtask: note: {what} failed ({other:?}); keeping the file as it was");
            let _ = std::fs::remove_file(tmp);
            false
        }
    }
}

/// `wasm-opt` ([`WASM_OPT_PASSES`]) from node_modules/.bin (npm `binaryen`). Optional: returns
/// false with a printed note when Node/npm or the package is unavailable.
pub fn wasm_opt(root: &Path, wasm: &Path) -> bool {
    let Some(bin) = node_tool(root, "wasm-opt", "the wasm works but is larger") else { return false };
    let tmp = wasm.with_extension("opt.wasm");
    let mut cmd = Command::new(&bin);
    cmd.args(WASM_OPT_PASSES)
        .args(["--strip-debug", "--strip-producers"])
        .args(WASM_OPT_FEATURES)
        .arg(wasm)
        .arg("-o")
        .arg(&tmp);
    replace_with_output(cmd, &tmp, wasm, "wasm-opt")
}

/// The shipped loader minified by terser (npm), keeping its `/*!` header:
/// what a browser parses and a phone downloads first. The readable source
/// stays `www/kratom-check.js`; the SRI is of the minified file.
pub fn minify(root: &Path, js: &Path) -> bool {
    let Some(bin) = node_tool(root, "terser", "the loader works but is larger") else { return false };
    let tmp = js.with_extension("min.js");
    let mut cmd = Command::new(&bin);
    cmd.arg(js).args(["--compress", "--mangle", "--comments", "/^!/", "-o"]).arg(&tmp);
    replace_with_output(cmd, &tmp, js, "terser")
}

/// gzip level 9 (flate2): what `dist/*.gz` holds and sizes.txt reports.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    use flate2::{write::GzEncoder, Compression};
    let mut enc = GzEncoder::new(Vec::new(), Compression::new(9));
    enc.write_all(bytes).expect("gzip into a Vec");
    enc.finish().expect("gzip into a Vec")
}

/// Brotli quality 11, window 22 (the `brotli` crate, pure Rust): what
/// `dist/*.br` holds, what a CDN with `Content-Encoding: br` ships.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli into a Vec");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remaps_cover_the_registry_and_the_repository_last() {
        let root = crate::root();
        let r = remaps(&root);
        assert_eq!(r.last().unwrap(), &(root.clone(), "kratom-check".to_string()));
        assert!(r.iter().any(|(_, to)| to == "cargo"), "{r:?}");
        let flags = encoded_rustflags(&r);
        assert!(
            flags.split('\x1f').any(|f| f == format!("--remap-path-prefix={}=kratom-check", root.display())),
            "{flags}"
        );
    }
}
