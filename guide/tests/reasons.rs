//! Spec v2 §4, row by row: for each reason the case that triggers it and the
//! nearest case that does not, and for each level rule the answers that
//! move it between levels. Inputs are minimal so the expected output follows
//! from the one rule under test; expectations are the spec's string ids.

mod common;

use common::*;
use serde_json::{json, Value};

/// `(level, because)` of reason `id`, or `None` when it does not hold.
fn held(x: &guide::Assessment, id: &str) -> Option<(&'static str, Vec<&'static str>)> {
    x.reasons.iter().find(|r| r.id.as_str() == id).map(|r| (r.level.as_str(), r.because.iter().map(|q| q.as_str()).collect()))
}

fn level(v: Value) -> &'static str {
    run(v).care_level.as_str()
}

/// `base` with the keys of `more` added.
fn plus(base: &Value, more: Value) -> Value {
    let mut v = base.clone();
    for (k, val) in more.as_object().unwrap() {
        v[k] = val.clone();
    }
    v
}

/// Dependence shown by once-daily use (the mildest answer that shows it).
fn dependent() -> Value {
    json!({ "frequency": "daily_once" })
}

const TAPER_CONDITIONS: [(&str, &str); 3] = [("measures_doses", "yes"), ("support", "strong"), ("trigger_access", "low")];

fn with_taper_conditions(mut v: Value) -> Value {
    for (q, a) in TAPER_CONDITIONS {
        v[q] = json!(a);
    }
    v
}

// ---------- urgent ----------

#[test]
fn urgent_each_flag_makes_urgent_and_reasons_still_count() {
    for flag in ["breathing", "heart", "seizure", "confusion", "suicide"] {
        let x = run(json!({ "urgent_now": [flag], "night_dosing": "yes" }));
        assert_eq!(x.care_level.as_str(), "urgent", "{flag}");
        assert_eq!(x.urgent_flags, vec![flag]);
        assert_eq!(reason_ids(&x), vec!["night_dosing"]);
    }
    let x = run(json!({ "urgent_now": ["none"] }));
    assert_eq!((x.care_level.as_str(), x.urgent_flags.len()), ("monitor", 0));
    let x = run(json!({ "urgent_now": ["suicide", "breathing"] }));
    assert_eq!(x.urgent_flags, vec!["breathing", "suicide"]);
}

// ---------- the dependence gate ----------

/// Each dependence answer alone turns `extract_use` from taper into detox,
/// and `because` names it; nearby answers do not.
#[test]
fn dependence_each_answer_and_its_nearest_miss() {
    let shows = [
        ("frequency", json!("daily_once"), json!("weekly")),
        ("frequency", json!("daily_2_3"), json!("less_than_weekly")),
        ("frequency", json!("daily_4_plus"), json!("not_sure")),
        ("night_dosing", json!("yes"), json!("not_sure")),
        ("withdrawal_intensity", json!("moderate"), json!("mild")),
        ("withdrawal_intensity", json!("severe"), json!("not_sure")),
        ("derailed", json!("once"), json!("no")),
        ("derailed", json!("repeatedly"), json!("never_tried")),
        ("mood_when_stopping", json!("severe"), json!("manageable")),
        ("signs", json!(["withdrawal"]), json!(["tolerance", "cravings"])),
    ];
    for (q, yes, miss) in shows {
        let x = run(json!({ "products": ["extract_or_shot"], q: yes }));
        let (lvl, because) = held(&x, "extract_use").unwrap();
        assert_eq!(lvl, "detox", "{q} = {yes}");
        // `products` comes first in the question table.
        assert_eq!(because, vec!["products", q], "{q}");
        let x = run(json!({ "products": ["extract_or_shot"], q: miss }));
        assert_eq!(held(&x, "extract_use"), Some(("taper", vec!["products"])), "{q} = {miss}");
    }
}

// ---------- detox reasons ----------

#[test]
fn night_dosing() {
    assert_eq!(held(&run(json!({ "night_dosing": "yes" })), "night_dosing"), Some(("detox", vec!["night_dosing"])));
    for v in ["no", "not_sure"] {
        assert_eq!(level(json!({ "night_dosing": v })), "monitor", "{v}");
    }
}

#[test]
fn multiple_daily_doses_detox_unless_two_or_three_with_the_taper_conditions() {
    for v in ["daily_2_3", "daily_4_plus"] {
        let x = run(json!({ "frequency": v }));
        assert_eq!(held(&x, "multiple_daily_doses"), Some(("detox", vec!["frequency"])), "{v}");
        assert_eq!(x.care_level.as_str(), "detox");
    }
    // Two or three a day with all three conditions: taper, and the
    // conditions are named as deciding it.
    let x = run(with_taper_conditions(json!({ "frequency": "daily_2_3" })));
    assert_eq!(
        held(&x, "multiple_daily_doses"),
        Some(("taper", vec!["frequency", "measures_doses", "support", "trigger_access"]))
    );
    assert_eq!(x.care_level.as_str(), "taper");
    assert!(x.taper_prerequisites_unmet.is_empty());
    // Four or more a day: the conditions do not help.
    let x = run(with_taper_conditions(json!({ "frequency": "daily_4_plus" })));
    assert_eq!(held(&x, "multiple_daily_doses"), Some(("detox", vec!["frequency"])));
    // Each condition missed by the nearest other answer: detox, naming it.
    for (q, miss) in [("measures_doses", "sometimes"), ("support", "some"), ("trigger_access", "high")] {
        let mut v = with_taper_conditions(json!({ "frequency": "daily_2_3" }));
        v[q] = json!(miss);
        assert_eq!(held(&run(v.clone()), "multiple_daily_doses"), Some(("detox", vec!["frequency", q])), "{v}");
        // Skipped is not met either, but it is not "something you said".
        v.as_object_mut().unwrap().remove(q);
        assert_eq!(held(&run(v), "multiple_daily_doses"), Some(("detox", vec!["frequency"])), "{q} skipped");
    }
    // Once a day is the nearest miss: a taper reason, not this one.
    assert_eq!(held(&run(json!({ "frequency": "daily_once" })), "multiple_daily_doses"), None);
}

#[test]
fn severe_mood_on_stopping() {
    let x = run(json!({ "mood_when_stopping": "severe" }));
    assert_eq!(held(&x, "severe_mood_on_stopping"), Some(("detox", vec!["mood_when_stopping"])));
    for v in ["none", "manageable", "not_sure"] {
        assert_eq!(level(json!({ "mood_when_stopping": v })), "monitor", "{v}");
    }
}

#[test]
fn psychiatric_risk() {
    for f in ["daily_2_3", "daily_4_plus"] {
        let x = run(with_taper_conditions(json!({ "mental_health": ["adhd_restlessness"], "frequency": f })));
        assert_eq!(held(&x, "psychiatric_risk"), Some(("detox", vec!["frequency", "mental_health"])), "{f}");
        assert_eq!(x.care_level.as_str(), "detox");
    }
    for w in ["moderate", "severe"] {
        let x = run(json!({ "mental_health": ["other"], "withdrawal_intensity": w }));
        assert_eq!(held(&x, "psychiatric_risk"), Some(("detox", vec!["withdrawal_intensity", "mental_health"])));
    }
    // v2: once a day with a condition and no real withdrawal is a taper.
    let x = run(json!({ "mental_health": ["depression"], "frequency": "daily_once", "withdrawal_intensity": "mild" }));
    assert_eq!(held(&x, "psychiatric_risk"), None);
    assert_eq!(x.care_level.as_str(), "taper");
    // No condition: `none`, or only `not_sure`.
    for mh in [json!(["none"]), json!(["not_sure"])] {
        let x = run(json!({ "mental_health": mh, "frequency": "daily_4_plus" }));
        assert_eq!(held(&x, "psychiatric_risk"), None, "{mh}");
    }
    // `not_sure` beside a real condition still means a condition.
    let x = run(json!({ "mental_health": ["anxiety_panic", "not_sure"], "withdrawal_intensity": "moderate" }));
    assert!(held(&x, "psychiatric_risk").is_some());
}

#[test]
fn withdrawal_derails_once_is_taper_repeatedly_is_detox() {
    let x = run(json!({ "derailed": "once" }));
    assert_eq!(held(&x, "withdrawal_derails"), Some(("taper", vec!["derailed"])));
    assert_eq!(x.care_level.as_str(), "taper");
    let x = run(json!({ "derailed": "repeatedly" }));
    assert_eq!(held(&x, "withdrawal_derails"), Some(("detox", vec!["derailed"])));
    assert_eq!(x.care_level.as_str(), "detox");
    for v in ["never_tried", "no", "not_sure"] {
        assert_eq!(level(json!({ "derailed": v })), "monitor", "{v}");
    }
}

#[test]
fn severe_withdrawal() {
    let x = run(json!({ "withdrawal_intensity": "severe" }));
    assert_eq!(held(&x, "severe_withdrawal"), Some(("detox", vec!["withdrawal_intensity"])));
    let x = run(json!({ "withdrawal_intensity": "moderate" }));
    assert_eq!(held(&x, "severe_withdrawal"), None);
    assert_eq!(x.care_level.as_str(), "taper");
}

#[test]
fn extract_use_detox_with_dependence_else_taper() {
    let x = run(json!({ "products": ["powder_leaf", "extract_or_shot"] }));
    assert_eq!(held(&x, "extract_use"), Some(("taper", vec!["products"])));
    assert_eq!(x.care_level.as_str(), "taper");
    let x = run(plus(&dependent(), json!({ "products": ["extract_or_shot"] })));
    assert_eq!(held(&x, "extract_use"), Some(("detox", vec!["products", "frequency"])));
    let x = run(json!({ "products": ["powder_leaf", "capsules", "not_sure"] }));
    assert_eq!((held(&x, "extract_use"), x.care_level.as_str()), (None, "monitor"));
}

#[test]
fn medical_risk_detox_with_dependence_else_taper() {
    for v in ["seizures", "heart_rhythm", "liver", "other_complex", "pregnant_postpartum"] {
        let x = run(json!({ "medical": [v] }));
        assert_eq!(held(&x, "medical_risk"), Some(("taper", vec!["medical"])), "{v}");
        let x = run(json!({ "medical": [v], "night_dosing": "yes" }));
        assert_eq!(held(&x, "medical_risk"), Some(("detox", vec!["night_dosing", "medical"])), "{v}");
    }
    for v in ["none", "not_sure"] {
        assert_eq!(level(json!({ "medical": [v], "night_dosing": "no" })), "monitor", "{v}");
    }
}

#[test]
fn mixing_levels() {
    // Any substance alone, without dependence: taper.
    for v in ["alcohol", "benzodiazepines", "opioids", "sleep_aids_sedatives", "stimulants", "other_drugs"] {
        let x = run(json!({ "other_substances": [v] }));
        assert_eq!(held(&x, "mixing"), Some(("taper", vec!["other_substances"])), "{v}");
    }
    // Two sedatives: detox even without dependence.
    let x = run(json!({ "other_substances": ["alcohol", "sleep_aids_sedatives"] }));
    assert_eq!(held(&x, "mixing"), Some(("detox", vec!["other_substances"])));
    assert_eq!(x.care_level.as_str(), "detox");
    // A sedative with dependence: detox, and the dependence answer is named.
    let x = run(plus(&dependent(), json!({ "other_substances": ["benzodiazepines"] })));
    assert_eq!(held(&x, "mixing"), Some(("detox", vec!["frequency", "other_substances"])));
    // Nearest misses: dependence with a non-sedative; one sedative beside a stimulant.
    let x = run(plus(&dependent(), json!({ "other_substances": ["stimulants", "other_drugs"] })));
    assert_eq!(held(&x, "mixing"), Some(("taper", vec!["other_substances"])));
    let x = run(json!({ "other_substances": ["alcohol", "stimulants"] }));
    assert_eq!(held(&x, "mixing"), Some(("taper", vec!["other_substances"])));
    for v in ["none", "not_sure"] {
        assert_eq!(level(json!({ "other_substances": [v] })), "monitor", "{v}");
    }
}

// ---------- the residential gate ----------

const FOUR_SIGNS: [&str; 4] = ["cut_down_failed", "cravings", "obligations", "relationships"];
const THREE_SIGNS: [&str; 3] = ["cut_down_failed", "cravings", "obligations"];

/// Each residential reason's own condition, and its nearest miss.
fn residential_cases() -> [(&'static str, Value, Value, Vec<&'static str>); 4] {
    [
        ("environment", json!({ "can_stay_stopped_here": "no" }), json!({ "can_stay_stopped_here": "not_sure" }), vec!["can_stay_stopped_here"]),
        ("broader_pattern", json!({ "other_substances": ["stimulants", "other_drugs"] }), json!({ "other_substances": ["stimulants", "not_sure"] }), vec!["other_substances"]),
        (
            "mental_health_flare",
            json!({ "mood_when_stopping": "severe", "mental_health": ["depression"] }),
            json!({ "mood_when_stopping": "severe", "mental_health": ["not_sure"] }),
            vec!["mood_when_stopping", "mental_health"],
        ),
        ("time_away", json!({ "need_time_away": "yes" }), json!({ "need_time_away": "not_sure" }), vec!["need_time_away"]),
    ]
}

#[test]
fn residential_reasons_with_dependence_and_four_signs() {
    let gate = json!({ "frequency": "daily_once", "signs": FOUR_SIGNS });
    for (id, yes, miss, own) in residential_cases() {
        let x = run(plus(&gate, yes.clone()));
        let (lvl, because) = held(&x, id).unwrap_or_else(|| panic!("{id} should hold"));
        assert_eq!(lvl, "residential", "{id}");
        // Its own answers plus what opened the gate: dependence and the signs.
        for q in own.iter().chain(["frequency", "signs"].iter()) {
            assert!(because.contains(q), "{id}: {because:?} lacks {q}");
        }
        assert_eq!(x.care_level.as_str(), "residential", "{id}");
        let x = run(plus(&gate, miss));
        assert_eq!(held(&x, id), None, "{id} nearest miss");
        assert_ne!(x.care_level.as_str(), "residential", "{id}");
    }
}

#[test]
fn residential_gate_closed_by_three_signs_or_no_dependence() {
    for (gate, why) in [
        (json!({ "frequency": "daily_once", "signs": THREE_SIGNS }), "three signs"),
        (json!({ "frequency": "weekly", "signs": FOUR_SIGNS }), "no dependence"),
        (json!({ "frequency": "daily_once", "signs": ["not_sure", "cravings"] }), "known band with one sign"),
    ] {
        for (id, yes, _, _) in residential_cases() {
            if why == "no dependence" && id == "mental_health_flare" {
                continue; // severe mood on stopping is itself dependence
            }
            let x = run(plus(&gate, yes));
            assert_eq!(held(&x, id), None, "{id}: {why}");
            assert!(x.reasons.iter().all(|r| r.level.as_str() != "residential"), "{why}");
        }
    }
}

#[test]
fn residential_gate_with_unknown_band_needs_a_detox_reason() {
    // Signs unanswered or only "not sure", dependence, and a detox reason.
    for signs in [None, Some(json!(["not_sure"]))] {
        let mut v = json!({ "night_dosing": "yes", "can_stay_stopped_here": "no" });
        if let Some(s) = &signs {
            v["signs"] = s.clone();
        }
        let x = run(v.clone());
        assert_eq!(x.severity.band.as_str(), "unknown");
        assert_eq!(held(&x, "environment"), Some(("residential", vec!["night_dosing", "can_stay_stopped_here"])), "{v}");
        // Dependence without a detox reason (once a day): gate stays closed.
        v.as_object_mut().unwrap().remove("night_dosing");
        v["frequency"] = json!("daily_once");
        let x = run(v.clone());
        assert_eq!(held(&x, "environment"), None, "{v}");
        assert_eq!(x.care_level.as_str(), "taper");
    }
    // A detox reason without dependence (two sedatives) does not open it.
    let x = run(json!({ "other_substances": ["alcohol", "benzodiazepines"], "need_time_away": "yes" }));
    assert_eq!(held(&x, "time_away"), None);
    assert_eq!(held(&x, "broader_pattern"), None);
    assert_eq!(x.care_level.as_str(), "detox");
}

// ---------- taper reasons ----------

#[test]
fn signs_present() {
    let x = run(json!({ "signs": ["tolerance", "cravings"] }));
    assert_eq!(held(&x, "signs_present"), Some(("taper", vec!["signs"])));
    let x = run(json!({ "signs": ["tolerance", "not_sure"] }));
    assert_eq!((held(&x, "signs_present"), x.care_level.as_str()), (None, "monitor"));
}

#[test]
fn daily_use() {
    assert_eq!(held(&run(json!({ "frequency": "daily_once" })), "daily_use"), Some(("taper", vec!["frequency"])));
    for v in ["less_than_weekly", "weekly", "not_sure"] {
        assert_eq!(level(json!({ "frequency": v })), "monitor", "{v}");
    }
}

#[test]
fn withdrawal_present() {
    for v in ["mild", "moderate"] {
        let x = run(json!({ "withdrawal_intensity": v, "withdrawal_symptoms": ["sleep"] }));
        assert_eq!(held(&x, "withdrawal_present"), Some(("taper", vec!["withdrawal_intensity"])), "{v}");
        assert_eq!(x.care_level.as_str(), "taper");
    }
    // Intensity unknown: the symptoms named decide.
    for intensity in [None, Some("not_sure")] {
        let mut v = json!({ "withdrawal_symptoms": ["brain_fog"] });
        if let Some(i) = intensity {
            v["withdrawal_intensity"] = json!(i);
        }
        assert_eq!(held(&run(v.clone()), "withdrawal_present"), Some(("taper", vec!["withdrawal_symptoms"])), "{v}");
        for no_symptom in ["none", "never_stopped"] {
            v["withdrawal_symptoms"] = json!([no_symptom]);
            assert_eq!(held(&run(v.clone()), "withdrawal_present"), None, "{v}");
        }
    }
    // Nearest misses: no withdrawal despite symptoms named; severe is its own reason.
    let x = run(json!({ "withdrawal_intensity": "none", "withdrawal_symptoms": ["sleep"] }));
    assert_eq!((held(&x, "withdrawal_present"), x.care_level.as_str()), (None, "monitor"));
    assert_eq!(held(&run(json!({ "withdrawal_intensity": "severe" })), "withdrawal_present"), None);
}

// ---------- ordering ----------

#[test]
fn reasons_ordered_by_level_then_table() {
    let x = run(json!({
        "frequency": "daily_once",
        "signs": FOUR_SIGNS,
        "withdrawal_intensity": "severe",
        "products": ["extract_or_shot"],
        "derailed": "once",
        "need_time_away": "yes",
        "can_stay_stopped_here": "no",
    }));
    let got: Vec<(&str, &str)> = x.reasons.iter().map(|r| (r.id.as_str(), r.level.as_str())).collect();
    assert_eq!(
        got,
        vec![
            ("environment", "residential"),
            ("time_away", "residential"),
            ("severe_withdrawal", "detox"),
            ("extract_use", "detox"),
            ("withdrawal_derails", "taper"),
            ("signs_present", "taper"),
            ("daily_use", "taper"),
        ]
    );
}

// ---------- band and confidence ----------

#[test]
fn band_unknown_only_when_signs_unanswered_or_only_not_sure() {
    for v in [json!({}), json!({ "signs": ["not_sure"] })] {
        let x = run(v.clone());
        assert_eq!((x.severity.signs, x.severity.band.as_str()), (0, "unknown"), "{v}");
    }
    for (signs, band) in [(json!(["none"]), "few"), (json!(["tolerance", "not_sure"]), "few"), (json!(["tolerance", "cravings"]), "mild")] {
        assert_eq!(run(json!({ "signs": signs })).severity.band.as_str(), band, "{signs}");
    }
}

const DECIDING: [&str; 9] = [
    "frequency",
    "night_dosing",
    "withdrawal_intensity",
    "derailed",
    "mood_when_stopping",
    "signs",
    "products",
    "other_substances",
    "medical",
];

/// A known, calm answer to each deciding question.
fn known(q: &str) -> Value {
    match q {
        "frequency" => json!("weekly"),
        "night_dosing" => json!("no"),
        "withdrawal_intensity" => json!("none"),
        "derailed" => json!("no"),
        "mood_when_stopping" => json!("none"),
        _ if q == "products" => json!(["capsules"]),
        _ => json!(["none"]),
    }
}

fn not_sure(q: &str) -> Value {
    if ["signs", "products", "other_substances", "medical"].contains(&q) {
        json!(["not_sure"])
    } else {
        json!("not_sure")
    }
}

#[test]
fn confidence_low_from_five_unknown_deciding_questions() {
    for unknown in 0..=9 {
        // Alternate skipped and `not_sure`: both count as unknown.
        let mut v = json!({ "support": "not_sure", "duration": "not_sure", "who": "self" });
        for (i, q) in DECIDING.iter().enumerate() {
            if i >= unknown {
                v[*q] = known(q);
            } else if i % 2 == 0 {
                v[*q] = not_sure(q);
            }
        }
        let want = if unknown >= 5 { "low" } else { "ok" };
        assert_eq!(run(v.clone()).confidence.as_str(), want, "{unknown} unknown: {v}");
    }
    // `not_sure` beside a real value is an answer.
    let mut v = json!({});
    for q in DECIDING {
        v[q] = known(q);
    }
    for q in ["products", "other_substances", "medical", "signs"] {
        v[q] = json!(["not_sure"]);
    }
    assert_eq!(run(v.clone()).confidence.as_str(), "ok", "four unknown");
    v["products"] = json!(["capsules", "not_sure"]);
    v["frequency"] = json!("not_sure");
    assert_eq!(run(v).confidence.as_str(), "ok", "still four unknown");
}
