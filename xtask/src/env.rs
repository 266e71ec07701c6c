//! What the commands need from the machine, found or installed on demand:
//! the wasm target (rustup), Node and npm, the pinned npm tools
//! (`npm ci --ignore-scripts`), and Chromium (`KC_CHROMIUM` or Debian's
//! package). Shared by `dist`, `test` and `bench`, so each finds the same
//! browser and the same tools.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::Result;

pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
const CHROMIUM: &str = "/usr/bin/chromium";

/// The browser for the suite and the bench: `KC_CHROMIUM` if set (e.g.
/// Ubuntu's snap `/snap/bin/chromium`), else Debian's `/usr/bin/chromium`.
pub fn chromium_path() -> PathBuf {
    std::env::var_os("KC_CHROMIUM").map(PathBuf::from).unwrap_or_else(|| CHROMIUM.into())
}

/// Cargo as invoked by `cargo xtask` (the same toolchain), with `--locked`
/// (a global option, so it goes before the subcommand): every build builds
/// exactly Cargo.lock, and a stale lock file fails instead of being rewritten.
pub fn cargo() -> Command {
    let mut cmd = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.arg("--locked");
    cmd
}

/// Where cargo puts build output (`CARGO_TARGET_DIR` is honoured).
pub fn target_dir(root: &Path) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or_else(|| root.join("target"))
}

pub fn run(cmd: &mut Command) -> Result {
    let status = cmd.status().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !status.success() {
        return Err(format!("{cmd:?} failed ({status})").into());
    }
    Ok(())
}

/// Is `program` on the PATH? Only whether it starts is asked: some tools
/// (pdftotext) answer `--version` with a failing status, and taking that
/// for "missing" ran apt-get on every test run.
pub fn have(program: &str) -> bool {
    Command::new(program).arg("--version").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok()
}

pub fn ensure_wasm_target() -> Result {
    let out = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match out {
        Ok(o) if String::from_utf8_lossy(&o.stdout).lines().any(|l| l.trim() == WASM_TARGET) => Ok(()),
        Ok(_) => {
            println!("xtask: adding the {WASM_TARGET} target (rustup target add)");
            run(Command::new("rustup").args(["target", "add", WASM_TARGET]))
        }
        Err(_) => {
            println!("xtask: note: rustup not found; assuming the {WASM_TARGET} target is installed");
            Ok(())
        }
    }
}

/// node_modules present and not older than package-lock.json?
pub fn node_modules_fresh(root: &Path) -> bool {
    let marker = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    match (marker.metadata().and_then(|m| m.modified()), lock.metadata().and_then(|m| m.modified())) {
        (Ok(m), Ok(l)) => m >= l,
        _ => false,
    }
}

/// `npm ci --ignore-scripts` when node_modules is missing or older than the
/// lock file. No package we use needs an install script (binaryen ships
/// wasm-opt as JS + wasm, playwright-core drives the system Chromium), and
/// skipping them means no registry package runs code at install time.
pub fn ensure_node_modules(root: &Path) -> Result {
    if node_modules_fresh(root) {
        return Ok(());
    }
    if !have("npm") {
        return Err("npm not found: install Node.js and npm (e.g. apt-get install nodejs npm)".into());
    }
    println!("xtask: npm ci --ignore-scripts (playwright-core, axe-core, binaryen from package-lock.json)");
    run(Command::new("npm").args(["ci", "--ignore-scripts", "--no-audit", "--no-fund"]).current_dir(root))
}

/// `apt-get install -y PKGS`, running `apt-get update` first when the install fails.
pub fn apt_install(pkgs: &[&str]) -> Result {
    println!("xtask: apt-get install -y {}", pkgs.join(" "));
    let install = || {
        Command::new("apt-get")
            .args(["install", "-y"])
            .args(pkgs)
            .env("DEBIAN_FRONTEND", "noninteractive")
            .status()
            .is_ok_and(|s| s.success())
    };
    if !install() {
        println!("xtask: apt-get update, then retry");
        run(Command::new("apt-get").arg("update").env("DEBIAN_FRONTEND", "noninteractive"))?;
        if !install() {
            return Err(format!("apt-get install {} failed", pkgs.join(" ")).into());
        }
    }
    Ok(())
}

/// The browser at [`chromium_path`]; Debian's package is installed when that
/// is the default path and missing. A `KC_CHROMIUM` that does not exist is an
/// error, never silently replaced.
pub fn ensure_chromium() -> Result<PathBuf> {
    let path = chromium_path();
    if path.exists() {
        return Ok(path);
    }
    if path != Path::new(CHROMIUM) {
        return Err(format!("KC_CHROMIUM={} does not exist", path.display()).into());
    }
    println!("xtask: {CHROMIUM} missing");
    apt_install(&["chromium"])?;
    Ok(path)
}

/// `pdftotext` (Debian's poppler-utils) reads the printed PDF back in the
/// print test, so it can check what is on paper.
pub fn ensure_pdftotext() -> Result {
    if have("pdftotext") {
        return Ok(());
    }
    println!("xtask: pdftotext missing");
    apt_install(&["poppler-utils"])
}

/// `zbarimg` (Debian's zbar-tools) reads the hand-off QR code from a
/// screenshot in tests/e2e/handoff.test.mjs: a decoder that is not ours.
pub fn ensure_zbarimg() -> Result {
    if have("zbarimg") {
        return Ok(());
    }
    println!("xtask: zbarimg missing");
    apt_install(&["zbar-tools"])
}

/// What the WordPress test runs (tests/e2e/wordpress.test.mjs): Debian's
/// WordPress, MariaDB, Apache with mod_php, PHP's command line (the plugin's
/// `php -l` and unit tests). The test starts and stops its own instances on
/// 127.0.0.1; the packages' own services are not used.
const WORDPRESS_PACKAGES: [(&str, &str); 6] = [
    ("/usr/share/wordpress/wp-settings.php", "wordpress"),
    ("/usr/share/wordpress/wp-content/themes/twentytwentythree/theme.json", "wordpress-theme-twentytwentythree"),
    ("/usr/sbin/mariadbd", "mariadb-server"),
    ("/usr/sbin/apache2", "apache2"),
    ("/usr/lib/apache2/modules/libphp8.2.so", "libapache2-mod-php"),
    ("/usr/bin/php", "php-cli"),
];

pub fn ensure_wordpress() -> Result {
    let missing: Vec<&str> =
        WORDPRESS_PACKAGES.iter().filter(|(path, _)| !Path::new(path).exists()).map(|(_, pkg)| *pkg).collect();
    if missing.is_empty() {
        return Ok(());
    }
    println!("xtask: for the WordPress test: {}", missing.join(", "));
    // php-mysql: WordPress's database driver; no recommends: no mail server, no docs.
    apt_install(&[&missing[..], &["php-mysql", "--no-install-recommends"]].concat())
}

/// Node and npm run the browser suite; Debian's packages do when they are missing.
pub fn ensure_node() -> Result {
    if have("node") && have("npm") {
        return Ok(());
    }
    println!("xtask: node/npm missing");
    apt_install(&["nodejs", "npm"])
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_cargo_call_is_locked() {
        let cmd = super::cargo();
        assert_eq!(cmd.get_args().next(), Some(std::ffi::OsStr::new("--locked")));
    }

    /// A tool whose `--version` fails (GNU `false`, like pdftotext) is still
    /// there; a name nothing answers to is not.
    #[test]
    fn have_asks_whether_a_program_starts_not_how_it_exits() {
        assert!(super::have("false"));
        assert!(!super::have("kc-no-such-program"));
    }
}
