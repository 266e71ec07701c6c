//! `cargo xtask dist | demo [--port N] | serve [--port N] | test | bench [--runs N]`
//!
//! The whole build pipeline in Rust: wasm build, JS glue (wasm-bindgen as a
//! library, same version as the widget's pin), `wasm-opt -Oz` from the npm
//! `binaryen` package, size report + SRI, a tiny static server, and the test
//! runner (native `cargo test`, then the browser suite with Node's runner),
//! and the performance benchmark with its budget (`bench.rs`).

mod bench;
mod server;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};
use std::time::Instant;

type Result<T = ()> = std::result::Result<T, Box<dyn std::error::Error>>;

const WASM_TARGET: &str = "wasm32-unknown-unknown";
const CHROMIUM: &str = "/usr/bin/chromium";

/// The browser for the suite: `KC_CHROMIUM` if set (e.g. Ubuntu's snap
/// `/snap/bin/chromium`), else Debian's `/usr/bin/chromium`.
fn chromium_path() -> PathBuf {
    std::env::var_os("KC_CHROMIUM").map(PathBuf::from).unwrap_or_else(|| CHROMIUM.into())
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let port = flag_value(&args, "--port").map(|p| p.parse::<u16>());
    let port = match port {
        Some(Ok(p)) => p,
        Some(Err(_)) => return fail("--port takes a number"),
        None => 8080,
    };
    let res = match args.first().map(String::as_str) {
        Some("dist") => dist().map(|_| ExitCode::SUCCESS),
        Some("demo") => dist().and_then(|_| serve(port)).map(|_| ExitCode::SUCCESS),
        Some("serve") => serve(port).map(|_| ExitCode::SUCCESS),
        Some("test") => test(),
        Some("bench") => bench::bench(&args),
        _ => {
            eprintln!(
                "usage: cargo xtask <command>\n\
                 \n  dist            build the widget into dist/ (wasm, glue, loader, sizes, SRI)\
                 \n  demo [--port N] dist, then serve the repository on http://127.0.0.1:8080\
                 \n  serve [--port N] serve without building\
                 \n  test            native tests, dist, then the browser suite in tests/e2e/\
                 \n  bench [--runs N] dist, then sizes, start-up, latency and memory against the budget"
            );
            Ok(ExitCode::from(2))
        }
    };
    match res {
        Ok(code) => code,
        Err(e) => fail(&e.to_string()),
    }
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("xtask: error: {msg}");
    ExitCode::FAILURE
}

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

fn cargo() -> Command {
    Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
}

fn run(cmd: &mut Command) -> Result {
    let status = cmd.status().map_err(|e| format!("cannot run {cmd:?}: {e}"))?;
    if !status.success() {
        return Err(format!("{cmd:?} failed ({status})").into());
    }
    Ok(())
}

fn have(program: &str) -> bool {
    Command::new(program)
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

// ---------------------------------------------------------------- dist

fn ensure_wasm_target() -> Result {
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
fn node_modules_fresh(root: &Path) -> bool {
    let marker = root.join("node_modules/.package-lock.json");
    let lock = root.join("package-lock.json");
    match (marker.metadata().and_then(|m| m.modified()), lock.metadata().and_then(|m| m.modified())) {
        (Ok(m), Ok(l)) => m >= l,
        _ => false,
    }
}

/// `npm ci` when node_modules is missing or older than the lock file.
fn ensure_node_modules(root: &Path) -> Result {
    if node_modules_fresh(root) {
        return Ok(());
    }
    if !have("npm") {
        return Err("npm not found: install Node.js and npm (e.g. apt-get install nodejs npm)".into());
    }
    println!("xtask: npm ci (playwright-core, axe-core, binaryen from package-lock.json)");
    run(Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(root))
}

pub fn dist() -> Result {
    let t0 = Instant::now();
    let root = root();
    ensure_wasm_target()?;
    println!("xtask: building the widget for {WASM_TARGET} (release)");
    run(cargo().current_dir(&root).args(["build", "--release", "--target", WASM_TARGET, "-p", "kratom-check"]))?;
    let target_dir = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).unwrap_or(root.join("target"));
    let input = target_dir.join(WASM_TARGET).join("release/kratom_check.wasm");

    // JS glue as a classic script (`--target no-modules`, same JS as the CLI),
    // embedded into the loader: the clinic hosts two files, and the script
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
    let glue = std::fs::read_to_string(gen.join("kratom-check.js"))?;
    let loader = std::fs::read_to_string(root.join("www/kratom-check.js"))?;
    let wasm = dist.join("kratom-check_bg.wasm");
    std::fs::copy(gen.join("kratom-check_bg.wasm"), &wasm)?;

    let optimized = wasm_opt(&root, &wasm);
    // The loader fetches the wasm with `integrity`: the final wasm's hash goes in.
    let loader = embed_wasm_sri(&loader, &sri(&std::fs::read(&wasm)?))?;
    std::fs::write(dist.join("kratom-check.js"), embed_glue(&loader, &glue)?)?;
    write_report(&dist, optimized)?;
    println!("xtask: dist/ ready in {:.1}s", t0.elapsed().as_secs_f64());
    Ok(())
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

const WASM_SRI_MARKER: &str = "@@KRATOM_CHECK_WASM_SRI@@";

/// The loader with the wasm's SRI value in place of its placeholder.
fn embed_wasm_sri(loader: &str, wasm_sri: &str) -> Result<String> {
    if loader.matches(WASM_SRI_MARKER).count() != 1 {
        return Err("www/kratom-check.js must contain the wasm SRI placeholder exactly once".into());
    }
    Ok(loader.replace(WASM_SRI_MARKER, wasm_sri))
}

/// The features rustc 1.95 emits for wasm32-unknown-unknown.
const WASM_OPT_FEATURES: [&str; 6] = [
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

/// `wasm-opt` ([`WASM_OPT_PASSES`]) from node_modules/.bin (npm `binaryen`). Optional: returns
/// false with a printed note when Node/npm or the package is unavailable.
fn wasm_opt(root: &Path, wasm: &Path) -> bool {
    let bin = root.join("node_modules/.bin/wasm-opt");
    if !bin.exists() || !node_modules_fresh(root) {
        if let Err(e) = ensure_node_modules(root) {
            println!("xtask: note: skipping wasm-opt ({e}); the wasm works but is larger");
            return false;
        }
    }
    if !bin.exists() {
        println!("xtask: note: skipping wasm-opt (node_modules/.bin/wasm-opt missing)");
        return false;
    }
    let tmp = wasm.with_extension("opt.wasm");
    let status = Command::new(&bin)
        .args(WASM_OPT_PASSES)
        .args(["--strip-debug", "--strip-producers"])
        .args(WASM_OPT_FEATURES)
        .arg(wasm)
        .arg("-o")
        .arg(&tmp)
        .status();
    match status {
        Ok(s) if s.success() => std::fs::rename(&tmp, wasm).is_ok(),
        other => {
            println!("xtask: note: wasm-opt failed ({other:?}); keeping the unoptimised wasm");
            let _ = std::fs::remove_file(&tmp);
            false
        }
    }
}

fn gzip_len(bytes: &[u8]) -> usize {
    use flate2::{write::GzEncoder, Compression};
    let mut enc = GzEncoder::new(Vec::new(), Compression::new(9));
    enc.write_all(bytes).unwrap();
    enc.finish().unwrap().len()
}

pub fn sri(bytes: &[u8]) -> String {
    use base64::Engine as _;
    use sha2::Digest as _;
    let digest = sha2::Sha384::digest(bytes);
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(digest))
}

fn write_report(dist: &Path, optimized: bool) -> Result {
    let files = ["kratom-check.js", "kratom-check_bg.wasm"];
    let mut report = String::from("# kratom-check dist sizes (bytes; gzip = level 9)\n");
    report.push_str(if optimized { "# wasm-opt -Oz: applied\n" } else { "# wasm-opt -Oz: SKIPPED\n" });
    let (mut raw_total, mut gz_total) = (0, 0);
    let mut sris = Vec::new();
    for f in files {
        let bytes = std::fs::read(dist.join(f))?;
        let gz = gzip_len(&bytes);
        raw_total += bytes.len();
        gz_total += gz;
        report.push_str(&format!("{f:<24} raw {:>8}  gzip {:>8}\n", bytes.len(), gz));
        sris.push((f, sri(&bytes)));
    }
    report.push_str(&format!("{:<24} raw {:>8}  gzip {:>8}\n", "total", raw_total, gz_total));
    report.push_str("\n# Subresource Integrity (SHA-384)\n");
    for (f, s) in &sris {
        report.push_str(&format!("{f:<24} {s}\n"));
    }
    std::fs::write(dist.join("sizes.txt"), &report)?;

    let loader_sri = &sris[0].1;
    let snippet = format!(
        "<!-- kratom-check: paste where the widget should appear. Host kratom-check.js and\n     \
         kratom-check_bg.wasm together in one folder (see the README for CSP and CORS). -->\n\
         <kratom-check data-clinic-name=\"Your Clinic\" data-phone=\"+1-555-0100\" data-lang=\"en\">\n  \
         <p>This self-check needs JavaScript and WebAssembly. If you are in danger now, call 911.\n  \
         For a mental health or substance use crisis, call or text 988.\n  \
         SAMHSA National Helpline (free, confidential, 24/7): 1-800-662-4357.</p>\n\
         </kratom-check>\n\
         <script src=\"https://YOUR-HOST/path/kratom-check.js\" integrity=\"{loader_sri}\" crossorigin=\"anonymous\" defer></script>\n"
    );
    std::fs::write(dist.join("embed.html"), snippet)?;
    print!("{report}");
    Ok(())
}

// ---------------------------------------------------------------- serve

fn serve(port: u16) -> Result {
    let root = root();
    let listener = std::net::TcpListener::bind(("127.0.0.1", port))
        .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
    println!("xtask: serving {} at http://127.0.0.1:{port}/  (Ctrl-C to stop)", root.display());
    println!(
        "xtask: other demo pages: /www/csp.html (strict CSP), /www/trusted-types.html, /www/two.html, \
         /www/hostile.html, /www/es.html"
    );
    server::serve_forever(listener, root);
    Ok(())
}

// ---------------------------------------------------------------- test

#[derive(Default)]
struct Counts {
    passed: usize,
    failed: usize,
    /// Skipped and todo tests (a known gap, reported but not failing).
    skipped: usize,
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

/// `apt-get install -y PKGS`, running `apt-get update` first when the install fails.
fn apt_install(pkgs: &[&str]) -> Result {
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

fn ensure_chromium() -> Result {
    let path = chromium_path();
    if path.exists() {
        return Ok(());
    }
    if path != Path::new(CHROMIUM) {
        return Err(format!("KC_CHROMIUM={} does not exist", path.display()).into());
    }
    println!("xtask: {CHROMIUM} missing");
    apt_install(&["chromium"])
}

/// Node and npm run the browser suite; Debian's packages do when they are missing.
fn ensure_node() -> Result {
    if have("node") && have("npm") {
        return Ok(());
    }
    println!("xtask: node/npm missing");
    apt_install(&["nodejs", "npm"])
}

fn test() -> Result<ExitCode> {
    let t0 = Instant::now();
    let root = root();
    let mut total = Counts::default();

    println!("xtask: [1/3] native tests: cargo test --workspace");
    let (ok, out) = run_capture(cargo().current_dir(&root).args(["test", "--workspace"]));
    let native = parse_cargo_counts(&out);
    total.passed += native.passed;
    total.failed += native.failed;
    total.skipped += native.skipped;
    if !ok && native.failed == 0 {
        total.failed += 1; // did not build, or the runner itself failed
    }

    println!("xtask: [2/3] dist");
    let browser_ready =
        ensure_node().and_then(|_| dist()).and_then(|_| ensure_node_modules(&root)).and_then(|_| ensure_chromium());
    match browser_ready {
        Err(e) => {
            eprintln!("xtask: error: {e}");
            total.failed += 1;
        }
        Ok(()) => {
            println!("xtask: [3/3] browser suite: node --test tests/e2e/");
            let browser = run_browser_suite(&root)?;
            total.passed += browser.passed;
            total.failed += browser.failed;
            total.skipped += browser.skipped;
        }
    }

    println!("xtask: test finished in {:.0}s", t0.elapsed().as_secs_f64());
    if total.skipped > 0 {
        println!("{} passed, {} failed, {} skipped", total.passed, total.failed, total.skipped);
    } else {
        println!("{} passed, {} failed", total.passed, total.failed);
    }
    Ok(if total.failed == 0 && total.passed > 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}

fn run_browser_suite(root: &Path) -> Result<Counts> {
    let artifacts = root.join("target/e2e-artifacts");
    let _ = std::fs::remove_dir_all(&artifacts);
    std::fs::create_dir_all(&artifacts)?;

    let listener = std::net::TcpListener::bind(("127.0.0.1", 0))?;
    let base = format!("http://127.0.0.1:{}", listener.local_addr()?.port());
    let srv_root = root.to_path_buf();
    std::thread::spawn(move || server::serve_forever(listener, srv_root));

    let mut files: Vec<PathBuf> = std::fs::read_dir(root.join("tests/e2e"))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err("no tests/e2e/*.test.mjs files".into());
    }
    let tap = artifacts.join("results.tap");
    // A hung browser must not hang CI: per-test timeout and forced exit, where
    // this Node has them (20.x does).
    let help = Command::new("node").arg("--help").output().map(|o| o.stdout).unwrap_or_default();
    let help = String::from_utf8_lossy(&help);
    let mut cmd = Command::new("node");
    cmd.current_dir(root).arg("--test");
    // (No --test-force-exit: it cuts the TAP file short.)
    for flag in ["--test-timeout=120000"] {
        if help.contains(flag.split('=').next().unwrap()) {
            cmd.arg(flag);
        }
    }
    cmd.args(["--test-reporter=spec", "--test-reporter-destination=stdout"])
        .arg("--test-reporter=tap")
        .arg(format!("--test-reporter-destination={}", tap.display()))
        .args(&files)
        .env("KC_BASE_URL", &base)
        .env("KC_CHROMIUM", chromium_path())
        .env("KC_ARTIFACTS", &artifacts);
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
        let c = parse_cargo_counts(out);
        assert_eq!((c.passed, c.failed, c.skipped), (8, 2, 1));
    }

    #[test]
    fn tap_counts() {
        let tap = "TAP version 13\n# Subtest: a\n    ok 1 - inner\nok 1 - a\nnot ok 2 - b\n\
                   ok 3 - c # SKIP\nnot ok 4 - e # TODO known gap\nok 5 - d\n1..5\n# pass 2\n# fail 1\n";
        let c = parse_tap_counts(tap);
        assert_eq!((c.passed, c.failed, c.skipped), (2, 1, 2));
    }

    #[test]
    fn sri_matches_known_value() {
        // printf '' | openssl dgst -sha384 -binary | base64
        assert_eq!(sri(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    }

    #[test]
    fn glue_goes_in_place_of_the_marker() {
        let out = embed_glue("a\n/*@@KRATOM_CHECK_GLUE@@*/\nb", " let wasm_bindgen = 1;\n").unwrap();
        assert_eq!(out, "a\nlet wasm_bindgen = 1;\nb");
        assert!(embed_glue("no marker", "x").is_err());
        assert!(embed_glue("/*@@KRATOM_CHECK_GLUE@@*/", "new Function('x')").is_err());
    }

    #[test]
    fn wasm_sri_goes_in_place_of_its_placeholder() {
        let out = embed_wasm_sri("var I = \"@@KRATOM_CHECK_WASM_SRI@@\";", "sha384-abc").unwrap();
        assert_eq!(out, "var I = \"sha384-abc\";");
        assert!(embed_wasm_sri("no placeholder", "sha384-abc").is_err());
    }

    #[test]
    fn flags() {
        let a: Vec<String> = ["demo", "--port", "9000"].map(String::from).to_vec();
        assert_eq!(flag_value(&a, "--port"), Some("9000"));
        let a: Vec<String> = ["demo", "--port=9001"].map(String::from).to_vec();
        assert_eq!(flag_value(&a, "--port"), Some("9001"));
    }
}
