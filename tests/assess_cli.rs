//! The `assess` command from a user's seat (spec §7): answers on stdin,
//! the assessment on stdout with exit 0, or one line naming the field on
//! stderr with nothing on stdout and exit 2.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;

/// The example's binary, freshly built. A lone `cargo test --test
/// assess_cli` does not build examples, so build it here (a no-op when
/// `cargo test` already did) into the target dir this test runs from.
fn assess_bin() -> &'static PathBuf {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let exe = std::env::current_exe().unwrap();
        let profile_dir = exe.parent().and_then(|deps| deps.parent()).unwrap().to_path_buf();
        let mut cmd = Command::new(env!("CARGO"));
        cmd.args(["build", "--quiet", "--locked", "--example", "assess"]).current_dir(env!("CARGO_MANIFEST_DIR"));
        if let Some(target_dir) = profile_dir.parent() {
            cmd.env("CARGO_TARGET_DIR", target_dir);
        }
        if profile_dir.ends_with("release") {
            cmd.arg("--release");
        }
        let status = cmd.status().expect("cargo runs");
        assert!(status.success(), "building the assess example failed");
        let bin = profile_dir.join("examples").join(format!("assess{}", std::env::consts::EXE_SUFFIX));
        assert!(bin.exists(), "{} missing", bin.display());
        bin
    })
}

fn assess(stdin: &[u8]) -> Output {
    let mut child =
        Command::new(assess_bin()).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    // The command may refuse before reading everything; a broken pipe here is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn refused(stdin: &[u8]) -> String {
    let out = assess(stdin);
    assert_eq!(out.status.code(), Some(2), "{:?}", String::from_utf8_lossy(stdin));
    assert!(out.stdout.is_empty(), "stdout must stay empty on refusal");
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.ends_with('\n') && err.lines().count() == 1, "one line: {err:?}");
    assert!(!err.contains("panicked"), "{err}");
    err.trim_end().to_string()
}

/// The engine's commands are `guide`'s examples: what they build
/// (the engine, its dependencies and dev-dependencies) holds nothing of the
/// widget, so `cargo run --example assess` compiles no yew, web-sys or tokio.
#[test]
fn the_command_builds_without_the_widget() {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--locked", "--offline", "-p", "guide", "-e", "normal,dev", "--prefix", "none"])
        .args(["--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let tree = String::from_utf8(out.stdout).unwrap();
    assert!(tree.lines().any(|l| l.starts_with("serde_json ")), "the tree is read: {tree}");
    for widget in ["kratom-check ", "yew ", "web-sys ", "wasm-bindgen ", "tokio "] {
        assert!(!tree.lines().any(|l| l.starts_with(widget)), "guide's examples build {widget}");
    }
    let examples = concat!(env!("CARGO_MANIFEST_DIR"), "/guide/examples/");
    for name in ["assess.rs", "rules.rs"] {
        assert!(Path::new(examples).join(name).exists(), "guide/examples/{name}");
    }
}

#[test]
fn good_answers_print_the_assessment_and_exit_0() {
    let out = assess(br#"{"who":"self","urgent_now":["none"],"frequency":"daily_2_3","products":["extract_or_shot"],"other_substances":["alcohol"]}"#);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["care_level"], "detox");
    assert_eq!(v["urgent_flags"], serde_json::json!([]));
    let reasons: Vec<&str> = v["reasons"].as_array().unwrap().iter().map(|r| r["id"].as_str().unwrap()).collect();
    // Spec v3: daily use shows dependence, so extracts and alcohol at an
    // unknown frequency count at detox; two or three doses a day without
    // withdrawal or night dosing count at taper. By level, then table order.
    assert_eq!(reasons, ["extract_use", "mixing", "multiple_daily_doses"]);
    assert_eq!(
        v["reasons"][0],
        serde_json::json!({"id": "extract_use", "level": "detox", "because": ["products", "frequency"]})
    );
    assert_eq!(
        v["reasons"][1],
        serde_json::json!({"id": "mixing", "level": "detox", "because": ["frequency", "other_substances", "sedative_frequency"]})
    );
    assert_eq!(v["reasons"][2]["level"], "taper");
    assert_eq!(v["taper_kind"], serde_json::Value::Null);
    // Six of the nine deciding questions were skipped.
    assert_eq!(v["confidence"], "low");
    assert_eq!(v["cautions"][1], serde_json::json!({"id": "sedative_mix", "because": ["other_substances"]}));
    // Field order is part of the contract.
    let text = String::from_utf8(out.stdout).unwrap();
    let keys = [
        "care_level",
        "taper_kind",
        "urgent_flags",
        "severity",
        "confidence",
        "reasons",
        "taper_prerequisites_unmet",
        "cautions",
        "notes",
        "contradictions",
        "unanswered",
    ];
    let at: Vec<usize> = keys.iter().map(|k| text.find(&format!("\"{k}\"")).unwrap()).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "{text}");
}

#[test]
fn empty_object_is_a_valid_result() {
    let out = assess(b"{}\n");
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["care_level"], "monitor");
    assert_eq!(v["notes"], serde_json::json!(["therapy"]));
    // Every question but `sedative_frequency`, which is not asked.
    assert_eq!(v["unanswered"].as_array().unwrap().len(), 22);
    assert!(!v["unanswered"].as_array().unwrap().contains(&serde_json::json!("sedative_frequency")));
}

#[test]
fn urgent_answers_exit_0_with_urgent_level() {
    let out = assess(br#"{"urgent_now":["seizure"]}"#);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!((v["care_level"].as_str(), &v["urgent_flags"]), (Some("urgent"), &serde_json::json!(["seizure"])));
}

#[test]
fn bad_input_names_the_field_and_exits_2() {
    assert_eq!(refused(br#"{"frequency":"sometimes"}"#), r#"frequency: unknown value "sometimes""#);
    assert_eq!(refused(br#"{"colour":"blue"}"#), r#""colour": unknown question id"#);
    assert!(refused(br#"{"products":"capsules"}"#).starts_with("products:"));
    assert!(refused(br#"{"signs":null}"#).starts_with("signs:"));
    assert!(refused(br#"{"signs":[]}"#).starts_with("signs:"));
    assert!(refused(br#"{"medical":["none","liver"]}"#).starts_with("medical:"));
    assert!(refused(br#"{"medical":["liver","liver"]}"#).starts_with("medical:"));
    assert!(refused(br#"{"who":"self","who":"loved_one"}"#).starts_with("who:"));
    for doc in [&b""[..], b"[]", b"42", b"{", b"{} {}", b"\xfe\xff", b"null"] {
        assert!(refused(doc).starts_with("input:"), "{:?}", String::from_utf8_lossy(doc));
    }
}

#[test]
fn input_over_one_mebibyte_is_refused_without_reading_it_all() {
    // Valid JSON padded past the limit: refused for its size alone.
    let mut doc = b"{}".to_vec();
    doc.resize(1024 * 1024 + 1, b' ');
    assert!(refused(&doc).starts_with("input: larger than 1048576 bytes"));
    // Exactly at the limit it is still read.
    doc.pop();
    assert_eq!(assess(&doc).status.code(), Some(0));
    // Far more than the limit: the command stops reading and refuses.
    let huge = vec![b' '; 8 * 1024 * 1024];
    assert!(refused(&huge).starts_with("input: larger than"));
}

#[test]
fn a_byte_order_mark_is_named() {
    let err = refused(b"\xEF\xBB\xBF{\"who\":\"self\"}");
    assert!(err.starts_with("input: ") && err.contains("input starts with a UTF-8 byte-order mark (BOM)"), "{err}");
}

#[test]
fn errors_quote_at_most_a_short_escaped_excerpt() {
    let long_key = format!("{{\"{}\":\"self\"}}", "k".repeat(10_000));
    let err = refused(long_key.as_bytes());
    assert_eq!(err, format!("\"{}…\": unknown question id", "k".repeat(39)));
    let err = refused(br#"{"frequency":"\u001b[31mred\u0007"}"#);
    assert_eq!(err, r#"frequency: unknown value "\u{1b}[31mred\u{7}""#);
    assert!(!err.chars().any(char::is_control), "{err:?}");
}

#[test]
fn closed_stdout_is_not_a_panic() {
    let mut child =
        Command::new(assess_bin()).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    drop(child.stdout.take());
    let _ = child.stdin.take().unwrap().write_all(b"{}");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked"), "{err}");
    assert_ne!(out.status.code(), Some(101), "101 is Rust's panic exit code");
}

/// Spec v3 §2/§7: `sedative_frequency` without an asked sedative is bad input.
#[test]
fn sedative_frequency_when_not_asked_is_refused_naming_the_field() {
    let err = refused(br#"{"other_substances":["stimulants"],"sedative_frequency":"daily"}"#);
    assert!(err.starts_with("sedative_frequency: not asked"), "{err}");
    let out = assess(br#"{"sedative_frequency":"daily","other_substances":["alcohol"]}"#);
    assert_eq!(out.status.code(), Some(0));
}

/// `--code=DAY` prints the hand-off code of the answers and this engine's
/// result on that day (`docs/handoff-code.md`), which reads back the same.
#[test]
fn code_flag_prints_the_handoff_code() {
    let answers = br#"{"who":"self","urgent_now":["none"],"frequency":"daily_2_3","signs":["not_sure"]}"#;
    let mut child = Command::new(assess_bin())
        .arg("--code=2026-12-03")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(answers).unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let line = String::from_utf8(out.stdout).unwrap();
    let code = line.strip_suffix('\n').expect("one line");
    assert!(code.starts_with("KC1") && code[3..].bytes().all(|b| b.is_ascii_digit()), "{code}");
    let back = guide::handoff::decode(code).unwrap();
    assert_eq!(back.day.map(|d| d.to_string()).as_deref(), Some("2026-12-03"));
    assert_eq!(back.answers.single(guide::Q::Frequency), Some("daily_2_3"));
    assert_eq!(back.level, guide::Level::Taper);

    let bad = Command::new(assess_bin()).arg("--code=2026-02-30").stdin(Stdio::null()).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
}

/// The command with arguments.
fn assess_with(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(assess_bin())
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn summary_prints_the_clinician_summary_as_the_download_reads() {
    let input = br#"{"who":"loved_one","urgent_now":["none"],"frequency":"daily_2_3","products":["extract_or_shot"]}"#;
    let answers = guide::json::parse(input).unwrap();
    for (args, lang) in [(&["--summary"][..], guide::Lang::En), (&["--summary=es"][..], guide::Lang::Es)] {
        // The date is today's (UTC): read it on both sides of the run, in
        // case the run crosses midnight.
        let before = guide::Day::today_utc();
        let out = assess_with(args, input);
        let after = guide::Day::today_utc();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8(out.stdout).unwrap();
        let expected =
            |day: guide::Day| guide::summary::command_text(&answers, Some(lang.code()), &day.to_string()).unwrap();
        assert!(text == expected(before) || text == expected(after), "{args:?}:\n{text}");
        assert!(text.starts_with(lang.texts().summary.title), "{text}");
        assert!(text.contains(lang.texts().summary.reported_by_other), "loved-one answers say so");
    }
}

#[test]
fn an_unknown_option_or_summary_language_is_refused() {
    let input = br#"{"who":"self","urgent_now":["none"]}"#;
    for args in [&["--sumary"][..], &["--summary=xx"][..], &["--summaryx"][..]] {
        let out = assess_with(args, input);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let err = String::from_utf8(out.stderr).unwrap();
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("--summary"), "names the known option: {err}");
    }
}

#[test]
fn fhir_prints_the_bundle_of_these_answers() {
    let input = br#"{"who":"self","urgent_now":["none"],"frequency":"daily_2_3","products":["extract_or_shot"]}"#;
    let answers = guide::json::parse(input).unwrap();
    let before = guide::Day::today_utc();
    let out = assess_with(&["--fhir"], input);
    let after = guide::Day::today_utc();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.ends_with("}\n"), "{text}");
    // Compared as JSON: a workspace build may give serde_json another key order.
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let expected = |day: guide::Day| guide::fhir::bundle(&answers, day, true);
    assert!(v == expected(before) || v == expected(after), "{text}");
    assert_eq!(v["resourceType"], "Bundle");
    let kinds: Vec<&str> =
        v["entry"].as_array().unwrap().iter().map(|e| e["resource"]["resourceType"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["Questionnaire", "CodeSystem", "CodeSystem", "CodeSystem", "QuestionnaireResponse", "Observation"]
    );
}
