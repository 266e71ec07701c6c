//! The FHIR validators `cargo xtask test` starts: a Python venv
//! under `target/fhir-venv` with PyPI's `fhir.resources` (R4B models) at the
//! exact versions of `tests/fhir/requirements.txt` — made once and kept, so
//! CI stays fast, and remade when that file changes — npm's `fhir` (FHIR.js,
//! R4) from package.json, and `node --test tests/fhir/`, which reads every
//! persona's `assess --fhir` Bundle with both and with the project's own
//! conformance check. Only package registries; nothing else is fetched.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::{env, Result};

/// The run's TAP, for the test command to count; a setup failure is one
/// failed test that says what went wrong.
pub fn tap(root: &Path) -> String {
    println!("xtask: FHIR validators: node --test tests/fhir/");
    run(root).unwrap_or_else(|e| {
        eprintln!("xtask: error: FHIR check: {e}");
        format!("not ok 1 - the FHIR check could not run: {e}\n")
    })
}

/// `cargo xtask fhir`: the check alone; fails on any failed test.
pub fn alone(root: &Path) -> std::process::ExitCode {
    let tap = tap(root);
    let failed = tap.lines().any(|l| l.starts_with("not ok "));
    let passed = tap.lines().filter(|l| l.starts_with("ok ")).count();
    println!("{passed} passed, {} failed", tap.lines().filter(|l| l.starts_with("not ok ")).count());
    if failed || passed == 0 {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}

fn run(root: &Path) -> Result<String> {
    let python = ensure_venv(root)?;
    env::run(env::cargo().current_dir(root).args(["build", "--quiet", "--example", "assess"]))?;
    let assess = env::target_dir(root).join("debug/examples").join(format!("assess{}", std::env::consts::EXE_SUFFIX));
    let out = env::target_dir(root).join("fhir");
    std::fs::create_dir_all(&out)?;
    let tap = out.join("results.tap");
    let status = Command::new("node")
        .current_dir(root)
        .args(["--test", "--test-reporter=spec", "--test-reporter-destination=stdout", "--test-reporter=tap"])
        .arg(format!("--test-reporter-destination={}", tap.display()))
        .arg("tests/fhir/")
        .env("KC_FHIR_PYTHON", &python)
        .env("KC_ASSESS", &assess)
        .status()
        .map_err(|e| format!("cannot run node: {e}"))?;
    let text = std::fs::read_to_string(&tap).unwrap_or_default();
    if !status.success() && !text.lines().any(|l| l.starts_with("not ok ")) {
        return Err(format!("node --test tests/fhir/ failed ({status}) without a failed test").into());
    }
    Ok(text)
}

/// The venv's python, with the pinned packages installed.
fn ensure_venv(root: &Path) -> Result<PathBuf> {
    let venv = env::target_dir(root).join("fhir-venv");
    let python = venv.join("bin/python");
    let wanted = std::fs::read_to_string(root.join("tests/fhir/requirements.txt"))?;
    let stamp = venv.join("kc-requirements.txt");
    if python.exists() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(wanted.as_str()) {
        return Ok(python);
    }
    println!("xtask: making the FHIR venv ({}) from tests/fhir/requirements.txt (PyPI)", venv.display());
    let _ = std::fs::remove_dir_all(&venv);
    let make = || env::run(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    if make().is_err() {
        // Debian keeps `venv` (and its pip) in a package of its own.
        let _ = std::fs::remove_dir_all(&venv);
        env::apt_install(&["python3", "python3-venv"])?;
        make()?;
    }
    env::run(
        Command::new(&python)
            .args(["-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r"])
            .arg(root.join("tests/fhir/requirements.txt")),
    )?;
    std::fs::write(&stamp, wanted)?;
    Ok(python)
}
