//! `cargo xtask test`: native tests (`cargo test --locked --workspace`), then
//! dist, then the browser suite (`node --test tests/e2e/`) against the demo
//! server; sums both into the final "N passed, M failed" line CI reads.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

use crate::serve::{self, Site};
use crate::{dist, env, root, Result};

#[derive(Default, Debug, PartialEq)]
struct Counts {
    passed: usize,
    failed: usize,
    /// Skipped and todo tests (a known gap, reported but not failing).
    skipped: usize,
}

impl Counts {
    fn add(&mut self, other: Counts) {
        self.passed += other.passed;
        self.failed += other.failed;
        self.skipped += other.skipped;
    }
}

/// Sums `test result: ok. N passed; M failed; …` lines of `cargo test`.
fn parse_cargo_counts(out: &str) -> Counts {
    let mut c = Counts::default();
    for line in out.lines().filter(|l| l.starts_with("test result:")) {
        let num = |word: &str| {
            line.split(';')
                .find(|part| part.trim_end().ends_with(word))
                .and_then(|part| part.split_whitespace().rev().nth(1)?.parse::<usize>().ok())
                .unwrap_or(0)
        };
        c.passed += num("passed");
        c.failed += num("failed");
        c.skipped += num("ignored");
    }
    c
}

/// Top-level `ok N` / `not ok N` lines of Node's TAP output (subtests are
/// indented); counted per test rather than from the `# pass` summary, which a
/// runner killed early never writes.
fn parse_tap_counts(tap: &str) -> Counts {
    let mut c = Counts::default();
    for line in tap.lines() {
        // Skipped and todo tests (a known gap, shown but not counted) count neither way.
        if line.contains("# SKIP") || line.contains("# TODO") {
            if line.starts_with("ok ") || line.starts_with("not ok ") {
                c.skipped += 1;
            }
            continue;
        }
        if line.starts_with("ok ") {
            c.passed += 1;
        } else if line.starts_with("not ok ") {
            c.failed += 1;
        }
    }
    c
}

/// Runs a command, echoing its stdout live and returning it.
fn run_capture(cmd: &mut Command) -> (bool, String) {
    use std::io::BufRead;
    let mut child = match cmd.stdout(Stdio::piped()).spawn() {
        Ok(c) => c,
        Err(e) => return (false, format!("cannot run {cmd:?}: {e}")),
    };
    let mut out = String::new();
    for line in std::io::BufReader::new(child.stdout.take().unwrap()).lines().map_while(|l| l.ok()) {
        println!("{line}");
        out.push_str(&line);
        out.push('\n');
    }
    let ok = child.wait().is_ok_and(|s| s.success());
    (ok, out)
}

pub fn test() -> Result<ExitCode> {
    let t0 = Instant::now();
    let root = root();
    let mut total = Counts::default();

    println!("xtask: [1/3] native tests: cargo test --locked --workspace");
    let (ok, out) = run_capture(env::cargo().current_dir(&root).args(["test", "--workspace"]));
    let native = parse_cargo_counts(&out);
    if !ok && native.failed == 0 {
        total.failed += 1; // did not build, or the runner itself failed
    }
    total.add(native);
    // A missing, fuzzy or stale translation fails the suite.
    match crate::i18n::check() {
        Ok(true) => total.passed += 1,
        _ => total.failed += 1,
    }
    // The pseudo-locales, built only for this test.
    let (ok, out) =
        run_capture(env::cargo().current_dir(&root).args(["test", "--features", "pseudo", "--test", "pseudo"]));
    let pseudo = parse_cargo_counts(&out);
    if !ok && pseudo.failed == 0 {
        total.failed += 1;
    }
    total.add(pseudo);

    println!("xtask: [2/3] dist");
    let browser_ready = env::ensure_node()
        .and_then(|_| dist::dist())
        .and_then(|_| env::ensure_node_modules(&root))
        .and_then(|_| env::ensure_pdftotext())
        .and_then(|_| env::ensure_zbarimg())
        .and_then(|_| env::ensure_wordpress())
        .and_then(|_| wordpress_zip(&root))
        .and_then(|_| env::ensure_chromium());
    match browser_ready {
        Err(e) => {
            eprintln!("xtask: error: {e}");
            total.failed += 1;
        }
        Ok(chromium) => match assess_bin(&root) {
            Ok(assess) => {
                println!("xtask: [3/3] browser suite: node --test tests/e2e/");
                total.add(run_browser_suite(&root, &chromium, &assess)?);
            }
            Err(e) => {
                eprintln!("xtask: error: {e}");
                total.failed += 1;
            }
        },
    }

    total.add(parse_tap_counts(&crate::fhir_check::tap(&root)));
    println!("xtask: test finished in {:.0}s", t0.elapsed().as_secs_f64());
    if total.skipped > 0 {
        println!("{} passed, {} failed, {} skipped", total.passed, total.failed, total.skipped);
    } else {
        println!("{} passed, {} failed", total.passed, total.failed);
    }
    Ok(if total.failed == 0 && total.passed > 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

/// The WordPress plugin zip from the dist/ just built (no second build), for
/// tests/e2e/wordpress.test.mjs, where `cargo xtask package` writes it.
fn wordpress_zip(root: &Path) -> Result {
    let version = crate::release::crate_version(root)?;
    let out = env::target_dir(root).join("package");
    std::fs::create_dir_all(&out)?;
    let zip = out.join(format!("kratom-check-wordpress-{version}.zip"));
    crate::wordpress::write_plugin_zip(root, &root.join("dist"), &version, &zip)?;
    Ok(())
}

/// The engine's `assess` command (spec §7), built once for the browser suite
/// to run directly (a `cargo run` per call costs cargo's start-up and its
/// lock each time). Built as tests/assess_cli.rs builds it, so after the
/// native tests this is a no-op.
fn assess_bin(root: &Path) -> Result<PathBuf> {
    env::run(env::cargo().current_dir(root).args(["build", "--quiet", "--example", "assess"]))?;
    let bin = env::target_dir(root).join("debug/examples").join(format!("assess{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        return Err(format!("{} missing after the build", bin.display()).into());
    }
    Ok(bin)
}

/// Browser files started first: the WordPress file spends its first
/// seconds starting Apache and MariaDB and installing the plugin, mostly
/// waiting, and runs longest; started first, that time overlaps the other
/// files instead of trailing after them.
const FIRST: [&str; 1] = ["wordpress.test.mjs"];

/// Browser files at a time. Most of a browser test is waiting (the wasm
/// compiling, a page settling, a child process), so two files share two
/// cores well; every wait in the suite is for an event, never a fixed time,
/// so a slower step is still a correct one.
const AT_ONCE: usize = 2;

fn run_browser_suite(root: &Path, chromium: &Path, assess: &Path) -> Result<Counts> {
    let artifacts = root.join("target/e2e-artifacts");
    let _ = std::fs::remove_dir_all(&artifacts);
    std::fs::create_dir_all(&artifacts)?;

    let addr = serve::spawn(Site::Repo(root.to_path_buf()), 0)?;
    let base = format!("http://{addr}");

    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/e2e"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no tests/e2e/*.test.mjs files".into());
    }
    files.sort_by_key(|p| !p.file_name().is_some_and(|n| FIRST.iter().any(|f| n == *f)));
    let tap = artifacts.join("results.tap");
    // A hung browser must not hang CI: a timeout, where this Node has the flag
    // (20.x does). Node applies it to each test FILE as well as each test, and
    // journey.test.mjs alone needs about two minutes on a loaded 2-core
    // machine, so the limit is 10 minutes; single steps time out much sooner
    // (Playwright waits are 20 s, see harness.mjs).
    let help = Command::new("node").arg("--help").output().map(|o| o.stdout).unwrap_or_default();
    let help = String::from_utf8_lossy(&help);
    let mut cmd = Command::new("node");
    cmd.current_dir(root).arg("--test");
    // (No --test-force-exit: it cuts the TAP file short.)
    for flag in ["--test-timeout=600000".to_string(), format!("--test-concurrency={AT_ONCE}")] {
        if help.contains(flag.split('=').next().unwrap()) {
            cmd.arg(flag);
        }
    }
    cmd.args(["--test-reporter=spec", "--test-reporter-destination=stdout"])
        .arg("--test-reporter=tap")
        .arg(format!("--test-reporter-destination={}", tap.display()))
        .args(&files)
        .env("KC_BASE_URL", &base)
        .env("KC_CHROMIUM", chromium)
        .env("KC_ARTIFACTS", &artifacts)
        // The package test starts a second origin with this binary's
        // `serve --dir … --cors`, the server clinics' CDNs stand in for.
        .env("KC_XTASK", std::env::current_exe()?)
        // tests/e2e/journey.mjs asks the engine what a page should show.
        .env("KC_ASSESS", assess);
    let status = cmd.status().map_err(|e| format!("cannot run node: {e}"))?;
    let text = std::fs::read_to_string(&tap).unwrap_or_default();
    let mut c = parse_tap_counts(&text);
    if !status.success() && c.failed == 0 {
        c.failed += 1;
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cargo_counts_are_summed() {
        let out = "running 3 tests\n\
            test result: ok. 3 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.00s\n\
            test result: FAILED. 5 passed; 2 failed; 1 ignored; 0 measured; 0 filtered out\n";
        assert_eq!(parse_cargo_counts(out), Counts { passed: 8, failed: 2, skipped: 1 });
    }

    #[test]
    fn tap_counts() {
        let tap = "TAP version 13\n# Subtest: a\n    ok 1 - inner\nok 1 - a\nnot ok 2 - b\n\
                   ok 3 - c # SKIP\nnot ok 4 - e # TODO known gap\nok 5 - d\n1..5\n# pass 2\n# fail 1\n";
        assert_eq!(parse_tap_counts(tap), Counts { passed: 2, failed: 1, skipped: 2 });
    }
}
