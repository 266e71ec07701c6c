//! `cargo xtask dist | package | demo | serve | test | bench`: the whole build
//! pipeline in Rust. This file is the command line only; each job has its
//! module:
//!
//! - `dist.rs`: wasm build, JS glue, `wasm-opt`, language packs, sizes and SRI;
//! - `tools.rs`: the build's tools (path-free rustflags, wasm-opt, terser, gzip, brotli);
//! - `npm.rs`: the npm package's own files in dist/ (package.json, README, LICENSE);
//! - `site.rs`: the pages beside the widget in dist/ (the snippet, the iframe
//!   page, the builder, .htaccess);
//! - `package.rs`: `cargo xtask package` (dist, then the tarball and zips);
//! - `serve.rs`: the demo/test HTTP server (axum + tower-http);
//! - `test.rs`: native tests, then the browser suite, and the final count;
//! - `bench.rs`: sizes, start-up, latency and memory against the budget;
//! - `wordpress.rs`: the WordPress plugin zip (`package`, `test`) and its options file (`dist`);
//! - `mutants.rs`: mutation testing of the care rules (not in `test`);
//! - `reader.rs`: the clinic's reader page (`reader/`) into dist/;
//! - `release.rs`: the files a release is made of, and their SRI hashes;
//! - `i18n.rs`: the translation files in po/ (template, merge, check);
//! - `env.rs`: the machine's tools (rustup target, npm, Chromium, apt).

mod bench;
mod dist;
mod env;
mod fhir_check;
mod i18n;
mod mutants;
mod npm;
mod package;
mod reader;
mod release;
mod serve;
mod site;
mod test;
mod tools;
mod wordpress;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

type Result<T = (), E = Box<dyn std::error::Error>> = std::result::Result<T, E>;

const USAGE: &str = "usage: cargo xtask <command>

  dist             build the widget into dist/ (wasm, glue, loader, sizes, SRI, npm package files)
  package          dist, then target/package/kratom-check-<version>.tgz (npm pack), .zip,
                   and the WordPress plugin kratom-check-wordpress-<version>.zip
  demo [--port N]  dist, then serve the demo pages on http://127.0.0.1:8080
  serve [--port N] serve the demo pages without building
  serve --dir D [--cors] [--port N]
                   serve the files of folder D (e.g. an unpacked package), with
                   Access-Control-Allow-Origin: * when --cors is given
  test             native tests, dist, then the browser suite in tests/e2e/
  fhir             the FHIR validators alone (tests/fhir/; part of test)
  bench [--runs N] dist, then sizes, start-up, latency and memory against the budget
  i18n [--check | --import-rust]
                   write po/kratom-check.pot and merge it into each po/CODE.po; --check fails
                   on any missing, fuzzy or stale translation; --import-rust writes each
                   language's file from the tables the build has
  mutants [ARGS]   mutation testing of guide/src/rules/ with cargo-mutants (installed on
                   first use); ARGS go to cargo-mutants, e.g. --jobs 1 or --iterate";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("xtask: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<ExitCode> {
    let port = match flag_value(args, "--port") {
        Some(p) => p.parse::<u16>().map_err(|_| "--port takes a number")?,
        None => 8080,
    };
    match args.first().map(String::as_str) {
        Some("dist") => dist::dist()?,
        Some("package") => package::package()?,
        Some("demo") => {
            dist::dist()?;
            serve::serve_forever(serve::Site::Repo(root()), port)?;
        }
        Some("serve") => {
            let site = match flag_value(args, "--dir") {
                Some(dir) => serve::Site::Folder { dir: dir.into(), cors: args.iter().any(|a| a == "--cors") },
                None if args.iter().any(|a| a == "--cors") => return Err("--cors needs --dir".into()),
                None => serve::Site::Repo(root()),
            };
            serve::serve_forever(site, port)?;
        }
        Some("test") => return test::test(),
        Some("fhir") => return Ok(fhir_check::alone(&root())),
        Some("bench") => return bench::bench(args),
        Some("i18n") => return i18n::i18n(&args[1..]),
        Some("mutants") => return mutants::mutants(&args[1..]),
        _ => {
            eprintln!("{USAGE}");
            return Ok(ExitCode::from(2));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `--name value` or `--name=value`.
fn flag_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    let i = args.iter().position(|a| a == name || a.starts_with(&format!("{name}=")))?;
    match args[i].split_once('=') {
        Some((_, v)) => Some(v),
        None => args.get(i + 1).map(String::as_str),
    }
}

/// The workspace root (xtask lives one level below it).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags() {
        let a: Vec<String> = ["demo", "--port", "9000"].map(String::from).to_vec();
        assert_eq!(flag_value(&a, "--port"), Some("9000"));
        let a: Vec<String> = ["demo", "--port=9001"].map(String::from).to_vec();
        assert_eq!(flag_value(&a, "--port"), Some("9001"));
        assert_eq!(flag_value(&a, "--dir"), None);
    }
}
