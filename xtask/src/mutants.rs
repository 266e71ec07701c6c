//! `cargo xtask mutants`: mutation testing of the care rules with
//! cargo-mutants (from crates.io, at the exact version below, installed on
//! first use). Each mutant is one small change to a rule file (a condition
//! flipped, a value list emptied, a function returning a default); the
//! engine's tests must fail on every one, or a rule could change without
//! any test noticing. CPU-heavy (a build and the engine's tests per
//! mutant), so it is not part of `cargo xtask test`.
//!
//! Scope: `guide/src/rules/`, except `docs.rs`, which only writes the
//! clinicians' table (one test compares it with the committed file).
//! Extra arguments go to cargo-mutants, e.g. `cargo xtask mutants --jobs 1`,
//! `--iterate` to retry only what was not caught last time, or `--in-place`
//! to reuse this tree's build (then leave `guide/src/rules/` alone while it
//! runs). Results land in `mutants.out/` (outcomes.json, caught.txt,
//! missed.txt).

use std::process::{Command, ExitCode};

use crate::env::{cargo, run};
use crate::Result;

/// The cargo-mutants release this command was written against.
pub const VERSION: &str = "27.1.0";

/// The rule files mutated (globs relative to the workspace root).
const FILES: &[&str] = &["guide/src/rules/*.rs"];
const EXCLUDE: &[&str] = &["guide/src/rules/docs.rs"];

/// The engine's tests that judge a mutant: the test targets that read the
/// rules (trigger and nearest-miss tests per row, the urgent lines, the
/// personas, the properties). Left out to keep each mutant's build short:
/// the unit tests (a second build of the whole crate, text tables and all),
/// the JSON, contract and wording tests, the cliff report (it samples what
/// the properties check) and the reading level (words only).
const TEST_ARGS: &[&str] =
    &["--test", "rules", "--test", "reasons", "--test", "urgent", "--test", "personas", "--test", "properties"];

fn installed_version() -> Option<String> {
    let out = cargo().args(["mutants", "--version"]).output().ok()?;
    out.status.success().then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

fn ensure_installed() -> Result {
    if installed_version().is_some_and(|v| v.ends_with(VERSION)) {
        return Ok(());
    }
    println!("xtask: installing cargo-mutants {VERSION} (cargo install, from crates.io)");
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    run(cmd.args(["install", "cargo-mutants", "--locked", "--version", &format!("={VERSION}")]))
}

pub fn mutants(extra: &[String]) -> Result<ExitCode> {
    ensure_installed()?;
    let root = crate::root();
    let mut cmd = cargo();
    cmd.current_dir(&root).args(["mutants", "--package", "guide"]);
    for f in FILES {
        cmd.args(["--file", f]);
    }
    for f in EXCLUDE {
        cmd.args(["--exclude", f]);
    }
    cmd.args(extra);
    cmd.arg("--").args(TEST_ARGS);
    // Fewer generated cases per property: each mutant still meets a few
    // hundred answer sets across the properties, at an eighth of the time.
    cmd.env("PROPTEST_CASES", "64");
    println!("xtask: {cmd:?}");
    let status = cmd.status().map_err(|e| format!("cannot run cargo mutants: {e}"))?;
    // cargo-mutants exits 2 when a mutant was missed, 3 on a timeout.
    Ok(ExitCode::from(status.code().unwrap_or(1) as u8))
}
