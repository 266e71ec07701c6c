//! Named people drawn from the seed article's situations and from the two
//! clinical reviews of v1 and v2 (issue 19), read from the one persona fixture,
//! `tests/personas.json`, which the browser journeys read too. Each
//! expectation was worked out by hand from spec v3 §2–§7 and is compared
//! with the engine's JSON output, key by key.

mod common;

use std::collections::HashSet;

use common::*;
use guide::plan::{KitItem, Plan, Therapy, TriggerKind};
use serde_json::{Map, Value};

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/personas.json");

struct Persona {
    name: String,
    answers: Value,
    expect: Map<String, Value>,
}

fn personas() -> Vec<Persona> {
    let text = std::fs::read_to_string(FIXTURE).expect("tests/personas.json is committed");
    let list: Vec<Value> = serde_json::from_str(&text).expect("the fixture is JSON");
    list.into_iter()
        .map(|p| Persona {
            name: p["name"].as_str().expect("each persona has a name").to_string(),
            answers: p["answers"].clone(),
            expect: p["expect"].as_object().expect("each persona has an expect object").clone(),
        })
        .collect()
}

fn persona(name: &str) -> Persona {
    personas().into_iter().find(|p| p.name == name).unwrap_or_else(|| panic!("no persona {name}"))
}

/// The value an `expect` key is compared with, taken from the output JSON.
fn actual(out: &Value, key: &str) -> Value {
    match key {
        "band" | "signs" | "unsure" => out["severity"][key].clone(),
        "reasons" => Value::Array(out["reasons"].as_array().unwrap().iter().map(|r| r["id"].clone()).collect()),
        "reason_details" => out["reasons"].clone(),
        "care_level"
        | "taper_kind"
        | "contradictions"
        | "confidence"
        | "urgent_flags"
        | "taper_prerequisites_unmet"
        | "cautions"
        | "notes"
        | "unanswered" => out[key].clone(),
        other => panic!("unknown expect key {other:?}: add it here or fix the fixture"),
    }
}

#[test]
fn every_persona_gets_its_expected_assessment() {
    let mut failures = Vec::new();
    for p in personas() {
        let out: Value = serde_json::from_str(&guide::json::to_string_pretty(&run(p.answers.clone()))).unwrap();
        for (key, want) in &p.expect {
            let got = actual(&out, key);
            if &got != want {
                failures.push(format!("{}: {key}\n   want {want}\n    got {got}", p.name));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the browser journeys rely on: valid answers, unique names, and
/// every care level, a loved one and an urgent case covered.
#[test]
fn the_fixture_covers_every_level_and_both_voices() {
    let all = personas();
    let mut names = HashSet::new();
    for p in &all {
        assert!(names.insert(p.name.clone()), "duplicate persona {}", p.name);
        let bytes = serde_json::to_vec(&p.answers).unwrap();
        assert!(guide::json::parse(&bytes).is_ok(), "{}: answers are not valid input", p.name);
        assert!(p.expect.contains_key("care_level"), "{}: expect.care_level is required", p.name);
    }
    let levels: HashSet<&str> = all.iter().filter_map(|p| p.expect["care_level"].as_str()).collect();
    for level in guide::Level::ALL {
        assert!(levels.contains(level.as_str()), "no persona at {}", level.as_str());
    }
    assert!(all.iter().any(|p| p.answers["who"] == "loved_one"), "no loved-one persona");
    assert!(all.iter().any(|p| p.expect["care_level"] == "urgent"), "no urgent persona");
    for kind in ["planned_taper", "outpatient_support"] {
        assert!(all.iter().any(|p| p.expect.get("taper_kind").is_some_and(|k| k == kind)), "{kind}");
    }
    // v3: every persona states its taper kind (null away from taper) and
    // its contradictions, the two new parts of the output.
    for p in &all {
        for key in ["taper_kind", "contradictions", "reason_details", "cautions", "notes"] {
            assert!(p.expect.contains_key(key), "{}: expect.{key} is required", p.name);
        }
    }
    for confidence in ["ok", "low"] {
        assert!(all.iter().any(|p| p.expect.get("confidence").is_some_and(|c| c == confidence)), "{confidence}");
    }
}

// ---- the plan, for the personas whose symptoms and reasons shape it ----

fn plan_of(name: &str) -> Plan {
    let p = persona(name);
    let a = answers(p.answers);
    Plan::build(&a, &guide::assess(&a))
}

fn kit(plan: &Plan) -> Vec<KitItem> {
    plan.comfort_kit.iter().map(|e| e.item).collect()
}

#[test]
fn panic_flare_plan_puts_sleep_and_a_person_to_text_first() {
    let plan = plan_of("panic_flare_when_stopping");
    assert_eq!(
        kit(&plan),
        vec![KitItem::SleepRoutine, KitItem::PersonToText, KitItem::Hydration, KitItem::EasyFood, KitItem::Movement]
    );
    assert_eq!(plan.comfort_kit[1].for_symptoms, vec!["anxiety_panic", "cravings_wired"]);
    assert_eq!(plan.triggers[1].kind, TriggerKind::Emotion);
    assert_eq!(plan.triggers[1].hints, vec!["mood_anxiety", "anxiety_panic"]);
    assert_eq!(plan.support_level.as_str(), "detox");
}

#[test]
fn detox_kit_plan_orders_the_kit_by_symptoms() {
    let plan = plan_of("detox_kit_plan");
    assert_eq!(plan.support_level.as_str(), "taper");
    assert_eq!(
        kit(&plan),
        vec![KitItem::Hydration, KitItem::EasyFood, KitItem::Movement, KitItem::SleepRoutine, KitItem::PersonToText]
    );
    assert_eq!(plan.comfort_kit[0].for_symptoms, vec!["stomach"]);
    assert_eq!(plan.comfort_kit[2].for_symptoms, vec!["aches_restless_legs"]);
    assert!(plan.comfort_kit[3].for_symptoms.is_empty());
    let hints: Vec<(TriggerKind, Vec<&str>)> = plan.triggers.iter().map(|t| (t.kind, t.hints.clone())).collect();
    assert_eq!(
        hints,
        vec![
            (TriggerKind::Body, vec!["pain", "aches_restless_legs"]),
            (TriggerKind::Emotion, vec![]),
            (TriggerKind::Situation, vec!["energy"]),
        ]
    );
}

#[test]
fn trauma_history_puts_trauma_informed_therapy_first() {
    let plan = plan_of("trauma_history_puts_trauma_informed_therapy_first");
    assert_eq!(
        plan.therapies,
        vec![Therapy::TraumaInformed, Therapy::MotivationalInterviewing, Therapy::Cbt, Therapy::DbtSkills]
    );
}
