//! The clinician summary's plain text for every persona of
//! `tests/personas.json`, in each language, byte for byte: once with no
//! clinic and nothing typed, once with a configured clinic (another
//! country's numbers, its own helpline, no poison line) and a typed plan.
//! The files were first written by the widget's summary before it moved
//! into the engine, so they prove the move changed no byte of the
//! download. After a deliberate change to the summary, rewrite them:
//!
//!     KC_WRITE_GOLDEN=1 cargo test -p guide --test summary_golden
//!
//! and read the diff (`git diff guide/tests/golden/`) before committing.

use guide::plan::{KitItem, TriggerKind};
use guide::resources::{Extra, Lines};
use guide::summary::{summary_text, Clinic, Inputs};
use guide::typed_plan::{PlanDraft, PlanField};
use guide::Lang;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const DATE: &str = "2026-12-03";
const SEPARATOR: &str = "\n==== a configured clinic, a typed plan ====\n\n";

fn configured() -> Clinic {
    Clinic {
        name: Some("Riverside Clinic".into()),
        phone: Some("555-0100".into()),
        contact_url: Some("https://clinic.example/contact".into()),
        lines: Lines {
            emergency_number: "112".into(),
            crisis_line: "024".into(),
            crisis_text: Some("0477 131 114".into()),
            helpline: Extra::Number("0800 123".into()),
            poison_line: Extra::Refused,
        },
    }
}

/// A plan with something typed in most kinds of field (a blank line and
/// trailing spaces in the diary) and one kit item ticked.
fn typed_plan() -> PlanDraft {
    let mut plan = PlanDraft::default();
    plan.set(PlanField::Diary, "Mon 8am 2g\n\nTue 9am 3g  ".into());
    plan.set(PlanField::If(TriggerKind::Emotion), "I feel panicky".into());
    plan.set(PlanField::Then(TriggerKind::Emotion), "I text Sam".into());
    plan.set(PlanField::WarningSign(1), "skipping lunch".into());
    plan.set(PlanField::Person(0), "Sam".into());
    plan.set(PlanField::Appointment, "Monday with Dr. Lee".into());
    plan.set(PlanField::OneChange, "no kratom in the car".into());
    plan.toggle_kit(KitItem::Hydration);
    plan
}

#[test]
fn every_persona_summary_matches_its_golden_file() {
    let fixture = std::fs::read_to_string(format!("{ROOT}/../tests/personas.json")).expect("the personas fixture");
    let personas: Vec<serde_json::Value> = serde_json::from_str(&fixture).expect("JSON");
    assert!(personas.len() >= 30, "the fixture has its personas");
    let write = std::env::var_os("KC_WRITE_GOLDEN").is_some();
    let (plain_plan, typed) = (PlanDraft::default(), typed_plan());
    let (no_clinic, clinic) = (Clinic::default(), configured());
    let mut stale = Vec::new();
    for p in &personas {
        let name = p["name"].as_str().expect("a name");
        let answers = guide::json::parse(p["answers"].to_string().as_bytes()).expect("valid answers");
        for lang in Lang::ALL {
            let input =
                |plan, clinic| Inputs { answers: &answers, lang, voice: answers.voice(), plan, clinic, date: DATE };
            let got = format!(
                "{}{SEPARATOR}{}",
                summary_text(&input(&plain_plan, &no_clinic)),
                summary_text(&input(&typed, &clinic))
            );
            let path = format!("{ROOT}/tests/golden/summary/{name}.{}.txt", lang.code());
            if write {
                std::fs::write(&path, &got).expect("write the golden file");
            } else if std::fs::read_to_string(&path).ok().as_deref() != Some(got.as_str()) {
                stale.push(path);
            }
        }
    }
    assert!(stale.is_empty(), "summaries differ from their golden files (see the module doc):\n{}", stale.join("\n"));
}

#[test]
fn the_golden_files_are_what_the_test_reads() {
    // No stray file left behind by a renamed persona.
    let dir = format!("{ROOT}/tests/golden/summary");
    let fixture = std::fs::read_to_string(format!("{ROOT}/../tests/personas.json")).unwrap();
    let personas: Vec<serde_json::Value> = serde_json::from_str(&fixture).unwrap();
    let mut want: Vec<String> = personas
        .iter()
        .flat_map(|p| Lang::ALL.map(|l| format!("{}.{}.txt", p["name"].as_str().unwrap(), l.code())))
        .collect();
    let mut have: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    want.sort();
    have.sort();
    assert_eq!(have, want);
}
