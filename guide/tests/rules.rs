//! One test per rule row of spec §3–§6: the case that triggers it and the
//! nearest case that does not. Inputs are minimal so the expected output
//! follows from the one rule under test.

mod common;

use common::*;
use serde_json::json;

fn level(v: serde_json::Value) -> &'static str {
    run(v).care_level.as_str()
}

// ---------- urgent ----------

#[test]
fn urgent_each_flag_makes_urgent() {
    for flag in ["breathing", "heart", "seizure", "confusion", "suicide"] {
        let x = run(json!({ "urgent_now": [flag] }));
        assert_eq!(x.care_level.as_str(), "urgent", "{flag}");
        assert_eq!(x.urgent_flags, vec![flag]);
    }
}

#[test]
fn urgent_none_is_not_urgent() {
    let x = run(json!({ "urgent_now": ["none"] }));
    assert_eq!(x.care_level.as_str(), "monitor");
    assert!(x.urgent_flags.is_empty());
}

#[test]
fn urgent_flags_come_in_table_order_and_other_reasons_still_count() {
    let x = run(json!({ "urgent_now": ["suicide", "breathing"], "night_dosing": "yes" }));
    assert_eq!(x.care_level.as_str(), "urgent");
    assert_eq!(x.urgent_flags, vec!["breathing", "suicide"]);
    assert_eq!(reason_ids(&x), vec!["night_dosing"]);
}

// ---------- detox reasons ----------

#[test]
fn extract_use() {
    let x = run(json!({ "products": ["powder_leaf", "extract_or_shot"] }));
    assert_eq!(x.care_level.as_str(), "detox");
    assert_eq!(because_of(&x, "extract_use"), Some(vec!["products"]));
    let x = run(json!({ "products": ["powder_leaf", "capsules", "not_sure"] }));
    assert_eq!(because_of(&x, "extract_use"), None);
    assert_eq!(x.care_level.as_str(), "monitor");
}

#[test]
fn night_dosing() {
    let x = run(json!({ "night_dosing": "yes" }));
    assert_eq!(x.care_level.as_str(), "detox");
    assert_eq!(because_of(&x, "night_dosing"), Some(vec!["night_dosing"]));
    for v in ["no", "not_sure"] {
        assert_eq!(level(json!({ "night_dosing": v })), "monitor", "{v}");
    }
}

#[test]
fn multiple_daily_doses() {
    for v in ["daily_2_3", "daily_4_plus"] {
        let x = run(json!({ "frequency": v }));
        assert_eq!(x.care_level.as_str(), "detox", "{v}");
        assert_eq!(because_of(&x, "multiple_daily_doses"), Some(vec!["frequency"]));
    }
    // Once a day is the nearest miss: a taper reason, not a detox one.
    let x = run(json!({ "frequency": "daily_once" }));
    assert_eq!(because_of(&x, "multiple_daily_doses"), None);
    assert_eq!(x.care_level.as_str(), "taper");
}

#[test]
fn severe_mood_on_stopping() {
    let x = run(json!({ "mood_when_stopping": "severe" }));
    assert_eq!(x.care_level.as_str(), "detox");
    assert_eq!(because_of(&x, "severe_mood_on_stopping"), Some(vec!["mood_when_stopping"]));
    for v in ["none", "manageable", "not_sure"] {
        assert_eq!(level(json!({ "mood_when_stopping": v })), "monitor", "{v}");
    }
}

#[test]
fn medical_risk() {
    for v in ["seizures", "heart_rhythm", "liver", "other_complex", "pregnant_postpartum"] {
        let x = run(json!({ "medical": [v] }));
        assert_eq!(x.care_level.as_str(), "detox", "{v}");
        assert_eq!(because_of(&x, "medical_risk"), Some(vec!["medical"]));
    }
    for v in ["none", "not_sure"] {
        assert_eq!(level(json!({ "medical": [v] })), "monitor", "{v}");
    }
}

#[test]
fn psychiatric_risk_by_frequency() {
    for f in ["daily_once", "daily_2_3", "daily_4_plus"] {
        let x = run(json!({ "mental_health": ["adhd_restlessness"], "frequency": f }));
        assert_eq!(because_of(&x, "psychiatric_risk"), Some(vec!["frequency", "mental_health"]), "{f}");
        assert_eq!(x.care_level.as_str(), "detox");
    }
    // Weekly use and mild withdrawal: a condition alone is not a detox reason.
    let x = run(json!({ "mental_health": ["depression"], "frequency": "weekly", "withdrawal_intensity": "mild" }));
    assert_eq!(because_of(&x, "psychiatric_risk"), None);
    assert_eq!(x.care_level.as_str(), "monitor");
}

#[test]
fn psychiatric_risk_by_withdrawal_intensity() {
    for w in ["moderate", "severe"] {
        let x = run(json!({ "mental_health": ["other"], "withdrawal_intensity": w }));
        assert_eq!(because_of(&x, "psychiatric_risk"), Some(vec!["withdrawal_intensity", "mental_health"]), "{w}");
    }
    let x = run(json!({ "mental_health": ["trauma"], "frequency": "daily_once", "withdrawal_intensity": "moderate" }));
    assert_eq!(because_of(&x, "psychiatric_risk"), Some(vec!["frequency", "withdrawal_intensity", "mental_health"]));
}

#[test]
fn psychiatric_risk_needs_a_condition() {
    for mh in [json!(["none"]), json!(["not_sure"])] {
        let x = run(json!({ "mental_health": mh, "frequency": "daily_once", "withdrawal_intensity": "moderate" }));
        assert_eq!(because_of(&x, "psychiatric_risk"), None, "{mh}");
        assert_eq!(x.care_level.as_str(), "taper");
    }
    // `not_sure` beside a real condition still means a condition.
    let x = run(json!({ "mental_health": ["anxiety_panic", "not_sure"], "frequency": "daily_once" }));
    assert_eq!(because_of(&x, "psychiatric_risk"), Some(vec!["frequency", "mental_health"]));
}

#[test]
fn mixing() {
    for v in ["alcohol", "benzodiazepines", "opioids", "sleep_aids_sedatives", "stimulants", "other_drugs"] {
        let x = run(json!({ "other_substances": [v] }));
        assert_eq!(because_of(&x, "mixing"), Some(vec!["other_substances"]), "{v}");
        assert_eq!(x.care_level.as_str(), "detox");
    }
    for v in ["none", "not_sure"] {
        assert_eq!(level(json!({ "other_substances": [v] })), "monitor", "{v}");
    }
}

#[test]
fn withdrawal_derails() {
    for v in ["once", "repeatedly"] {
        let x = run(json!({ "derailed": v }));
        assert_eq!(because_of(&x, "withdrawal_derails"), Some(vec!["derailed"]), "{v}");
        assert_eq!(x.care_level.as_str(), "detox");
    }
    for v in ["never_tried", "no", "not_sure"] {
        assert_eq!(level(json!({ "derailed": v })), "monitor", "{v}");
    }
}

#[test]
fn severe_withdrawal() {
    let x = run(json!({ "withdrawal_intensity": "severe" }));
    assert_eq!(because_of(&x, "severe_withdrawal"), Some(vec!["withdrawal_intensity"]));
    assert_eq!(x.care_level.as_str(), "detox");
    for v in ["none", "mild", "moderate", "not_sure"] {
        assert_eq!(level(json!({ "withdrawal_intensity": v })), "monitor", "{v}");
    }
}

// ---------- residential reasons and their gate ----------

const TWO_SIGNS: [&str; 2] = ["tolerance", "withdrawal"];

#[test]
fn environment() {
    let x = run(json!({ "can_stay_stopped_here": "no", "signs": TWO_SIGNS }));
    assert_eq!(x.care_level.as_str(), "residential");
    assert_eq!(because_of(&x, "environment"), Some(vec!["can_stay_stopped_here"]));
    let x = run(json!({ "can_stay_stopped_here": "not_sure", "signs": TWO_SIGNS }));
    assert_eq!(because_of(&x, "environment"), None);
    assert_eq!(x.care_level.as_str(), "taper");
}

#[test]
fn residential_gate_closed_with_one_sign_and_no_detox_reason() {
    let x = run(json!({ "can_stay_stopped_here": "no", "need_time_away": "yes", "signs": ["tolerance"] }));
    assert_eq!(x.care_level.as_str(), "monitor");
    assert!(x.reasons.is_empty(), "{:?}", x.reasons);
}

#[test]
fn residential_gate_opened_by_a_detox_reason() {
    let x = run(json!({ "can_stay_stopped_here": "no", "derailed": "repeatedly" }));
    assert_eq!(x.care_level.as_str(), "residential");
    assert_eq!(reason_ids(&x), vec!["environment", "withdrawal_derails"]);
}

#[test]
fn broader_pattern() {
    let x = run(json!({ "other_substances": ["alcohol", "stimulants"] }));
    assert_eq!(x.care_level.as_str(), "residential");
    assert_eq!(because_of(&x, "broader_pattern"), Some(vec!["other_substances"]));
    // One substance plus "not sure" is one substance: mixing, not a pattern.
    let x = run(json!({ "other_substances": ["alcohol", "not_sure"], "signs": TWO_SIGNS }));
    assert_eq!(because_of(&x, "broader_pattern"), None);
    assert_eq!(x.care_level.as_str(), "detox");
}

#[test]
fn mental_health_flare() {
    let x = run(json!({ "mood_when_stopping": "severe", "mental_health": ["depression"] }));
    assert_eq!(x.care_level.as_str(), "residential");
    assert_eq!(because_of(&x, "mental_health_flare"), Some(vec!["mood_when_stopping", "mental_health"]));
    let x = run(json!({ "mood_when_stopping": "severe", "mental_health": ["not_sure"] }));
    assert_eq!(because_of(&x, "mental_health_flare"), None);
    assert_eq!(x.care_level.as_str(), "detox");
    let x = run(json!({ "mood_when_stopping": "manageable", "mental_health": ["depression"], "signs": TWO_SIGNS }));
    assert_eq!(because_of(&x, "mental_health_flare"), None);
    assert_eq!(x.care_level.as_str(), "taper");
}

#[test]
fn time_away() {
    let x = run(json!({ "need_time_away": "yes", "signs": ["tolerance", "withdrawal", "cravings"] }));
    assert_eq!(x.care_level.as_str(), "residential");
    assert_eq!(because_of(&x, "time_away"), Some(vec!["need_time_away"]));
    for v in ["no", "not_sure"] {
        let x = run(json!({ "need_time_away": v, "signs": ["tolerance", "withdrawal", "cravings"] }));
        assert_eq!(because_of(&x, "time_away"), None, "{v}");
        assert_eq!(x.care_level.as_str(), "taper");
    }
}

// ---------- taper reasons and prerequisites ----------

#[test]
fn signs_present() {
    let x = run(json!({ "signs": TWO_SIGNS }));
    assert_eq!(x.care_level.as_str(), "taper");
    assert_eq!(because_of(&x, "signs_present"), Some(vec!["signs"]));
    let x = run(json!({ "signs": ["tolerance"] }));
    assert_eq!(x.care_level.as_str(), "monitor");
    assert!(x.reasons.is_empty());
}

#[test]
fn daily_use() {
    let x = run(json!({ "frequency": "daily_once" }));
    assert_eq!(x.care_level.as_str(), "taper");
    assert_eq!(because_of(&x, "daily_use"), Some(vec!["frequency"]));
    for v in ["less_than_weekly", "weekly", "not_sure"] {
        assert_eq!(level(json!({ "frequency": v })), "monitor", "{v}");
    }
}

#[test]
fn taper_prerequisites_all_met() {
    let x = run(
        json!({ "frequency": "daily_once", "measures_doses": "yes", "support": "strong", "trigger_access": "low" }),
    );
    assert!(x.taper_prerequisites_unmet.is_empty());
}

#[test]
fn taper_prerequisites_each_unmet_by_the_nearest_other_answer() {
    let base = |m: &str, s: &str, t: &str| {
        let x = run(json!({ "frequency": "daily_once", "measures_doses": m, "support": s, "trigger_access": t }));
        x.taper_prerequisites_unmet.iter().map(|p| p.as_str()).collect::<Vec<_>>()
    };
    assert_eq!(base("sometimes", "strong", "low"), vec!["measure_doses"]);
    assert_eq!(base("yes", "some", "low"), vec!["support"]);
    assert_eq!(base("yes", "strong", "high"), vec!["triggers"]);
    assert_eq!(base("not_sure", "not_sure", "not_sure"), vec!["measure_doses", "support", "triggers"]);
    assert_eq!(base("no", "none", "high"), vec!["measure_doses", "support", "triggers"]);
}

#[test]
fn taper_prerequisites_unanswered_are_unmet() {
    let x = run(json!({ "signs": TWO_SIGNS }));
    let p: Vec<_> = x.taper_prerequisites_unmet.iter().map(|p| p.as_str()).collect();
    assert_eq!(p, vec!["measure_doses", "support", "triggers"]);
}

#[test]
fn taper_prerequisites_absent_without_a_taper_reason() {
    let x = run(json!({ "frequency": "weekly", "measures_doses": "no", "support": "none", "trigger_access": "high" }));
    assert!(x.taper_prerequisites_unmet.is_empty());
    // A detox level with no taper reason lists none either.
    let x = run(json!({ "night_dosing": "yes", "support": "none" }));
    assert_eq!(x.care_level.as_str(), "detox");
    assert!(x.taper_prerequisites_unmet.is_empty());
}

#[test]
fn taper_prerequisites_not_listed_when_a_higher_level_is_chosen() {
    // A taper reason holds (daily_once) and `triggers` is unmet, but the plan
    // is detox: prerequisites of a taper would point at the wrong plan.
    let x =
        run(json!({ "night_dosing": "yes", "frequency": "daily_once", "support": "strong", "measures_doses": "yes" }));
    assert_eq!(x.care_level.as_str(), "detox");
    assert!(x.reasons.iter().any(|r| r.id.as_str() == "daily_use"));
    assert!(x.taper_prerequisites_unmet.is_empty());
    let taper = run(json!({ "frequency": "daily_once", "support": "strong", "measures_doses": "yes" }));
    assert_eq!(taper.care_level.as_str(), "taper");
    let p: Vec<_> = taper.taper_prerequisites_unmet.iter().map(|p| p.as_str()).collect();
    assert_eq!(p, vec!["triggers"]);
}

// ---------- severity ----------

#[test]
fn signs_bands_at_every_boundary() {
    let all = [
        "cut_down_failed",
        "more_than_planned",
        "time_spent",
        "cravings",
        "obligations",
        "relationships",
        "gave_up_activities",
        "risky_situations",
        "despite_harm",
        "tolerance",
        "withdrawal",
    ];
    let expect = [
        "few", "few", "mild", "mild", "moderate", "moderate", "severe", "severe", "severe", "severe", "severe",
        "severe",
    ];
    for n in 1..=11 {
        let x = run(json!({ "signs": all[..n] }));
        assert_eq!(x.severity.signs, n);
        assert_eq!(x.severity.band.as_str(), expect[n], "{n}");
    }
    let x = run(json!({ "signs": ["none"] }));
    assert_eq!((x.severity.signs, x.severity.band.as_str()), (0, "few"));
    let x = run(json!({}));
    assert_eq!((x.severity.signs, x.severity.band.as_str()), (0, "few"));
}

#[test]
fn unsure_counts_questions_not_values() {
    let x = run(json!({
        "frequency": "not_sure",
        "products": ["capsules", "not_sure"],
        "medical": ["not_sure"],
        "mental_health": ["none"],
        "support": "some",
    }));
    assert_eq!(x.severity.unsure, 3);
    assert_eq!(run(json!({})).severity.unsure, 0);
}

#[test]
fn unanswered_in_table_order() {
    let x = run(json!({ "considering": ["clinician"], "who": "self", "signs": ["none"] }));
    let u: Vec<_> = x.unanswered.iter().map(|q| q.as_str()).collect();
    assert_eq!(
        u,
        vec![
            "urgent_now",
            "products",
            "frequency",
            "night_dosing",
            "duration",
            "measures_doses",
            "started_for",
            "other_substances",
            "withdrawal_symptoms",
            "withdrawal_intensity",
            "derailed",
            "mood_when_stopping",
            "medical",
            "mental_health",
            "support",
            "trigger_access",
            "can_stay_stopped_here",
            "need_time_away",
        ]
    );
}

// ---------- cautions ----------

#[test]
fn caution_detox_kit() {
    assert_eq!(caution_because(&run(json!({ "considering": ["detox_kit"] })), "detox_kit"), Some(vec!["considering"]));
    assert_eq!(caution_because(&run(json!({ "considering": ["self_taper", "not_sure"] })), "detox_kit"), None);
}

#[test]
fn caution_extract_switch() {
    let x = run(json!({ "considering": ["switch_to_extract"] }));
    assert_eq!(caution_because(&x, "extract_switch"), Some(vec!["considering"]));
    // Planning the switch is a caution, not yet extract use.
    assert_eq!(x.care_level.as_str(), "monitor");
    assert_eq!(caution_because(&run(json!({ "considering": ["self_taper"] })), "extract_switch"), None);
}

#[test]
fn caution_already_on_extracts() {
    let x = run(json!({ "products": ["extract_or_shot"] }));
    assert_eq!(caution_because(&x, "already_on_extracts"), Some(vec!["products"]));
    assert_eq!(caution_because(&run(json!({ "products": ["capsules"] })), "already_on_extracts"), None);
}

#[test]
fn caution_sedative_mix() {
    for v in ["alcohol", "benzodiazepines", "opioids", "sleep_aids_sedatives"] {
        let x = run(json!({ "other_substances": [v] }));
        assert_eq!(caution_because(&x, "sedative_mix"), Some(vec!["other_substances"]), "{v}");
    }
    // Stimulants mix (a detox reason) but are not sedatives.
    let x = run(json!({ "other_substances": ["stimulants", "other_drugs"] }));
    assert_eq!(caution_because(&x, "sedative_mix"), None);
    assert!(because_of(&x, "mixing").is_some());
}

#[test]
fn caution_otc_megadose() {
    assert_eq!(
        caution_because(&run(json!({ "considering": ["otc_high_dose"] })), "otc_megadose"),
        Some(vec!["considering"])
    );
    assert_eq!(caution_because(&run(json!({ "considering": ["clinician"] })), "otc_megadose"), None);
}

#[test]
fn caution_cold_turkey_risk_each_factor() {
    let cases = [
        (json!({ "frequency": "daily_2_3" }), vec!["frequency", "considering"]),
        (json!({ "frequency": "daily_4_plus" }), vec!["frequency", "considering"]),
        (json!({ "night_dosing": "yes" }), vec!["night_dosing", "considering"]),
        (json!({ "mental_health": ["depression"] }), vec!["mental_health", "considering"]),
        (json!({ "mental_health": ["anxiety_panic"] }), vec!["mental_health", "considering"]),
        (json!({ "mental_health": ["trauma"] }), vec!["mental_health", "considering"]),
        (json!({ "mood_when_stopping": "severe" }), vec!["mood_when_stopping", "considering"]),
        (json!({ "medical": ["seizures"] }), vec!["medical", "considering"]),
        (json!({ "medical": ["heart_rhythm"] }), vec!["medical", "considering"]),
        (json!({ "medical": ["liver"] }), vec!["medical", "considering"]),
        (json!({ "medical": ["pregnant_postpartum"] }), vec!["medical", "considering"]),
    ];
    for (mut input, expect) in cases {
        input["considering"] = json!(["cold_turkey"]);
        assert_eq!(caution_because(&run(input.clone()), "cold_turkey_risk"), Some(expect), "{input}");
    }
}

#[test]
fn caution_cold_turkey_risk_nearest_misses() {
    // Factors that look close but are not on the seed's high-risk list.
    for input in [
        json!({ "frequency": "daily_once" }),
        json!({ "night_dosing": "not_sure" }),
        json!({ "mental_health": ["adhd_restlessness", "other", "not_sure"] }),
        json!({ "mood_when_stopping": "manageable" }),
        json!({ "medical": ["other_complex", "not_sure"] }),
        json!({}),
    ] {
        let mut with = input.clone();
        with["considering"] = json!(["cold_turkey"]);
        assert_eq!(caution_because(&run(with), "cold_turkey_risk"), None, "{input}");
    }
    // A high-risk factor without the cold-turkey plan is no caution.
    assert_eq!(caution_because(&run(json!({ "night_dosing": "yes" })), "cold_turkey_risk"), None);
}

#[test]
fn caution_cold_turkey_risk_names_every_factor_that_held() {
    let x = run(json!({
        "considering": ["cold_turkey", "self_taper"],
        "frequency": "daily_4_plus",
        "night_dosing": "yes",
        "mood_when_stopping": "severe",
        "medical": ["liver"],
        "mental_health": ["trauma"],
    }));
    assert_eq!(
        caution_because(&x, "cold_turkey_risk"),
        Some(vec!["frequency", "night_dosing", "mood_when_stopping", "medical", "mental_health", "considering"])
    );
}

#[test]
fn caution_no_diy_medication() {
    let x = run(json!({ "considering": ["otc_high_dose"] }));
    assert_eq!(caution_because(&x, "no_diy_medication"), Some(vec!["considering"]));
    let x = run(json!({ "other_substances": ["opioids"] }));
    assert_eq!(caution_because(&x, "no_diy_medication"), Some(vec!["other_substances"]));
    let x = run(json!({ "night_dosing": "yes", "duration": "over_1_year", "considering": ["otc_high_dose"] }));
    assert_eq!(caution_because(&x, "no_diy_medication"), Some(vec!["night_dosing", "duration", "considering"]));
    // Neither the over-the-counter plan nor the MOUD note.
    let x = run(json!({ "considering": ["detox_kit"], "other_substances": ["alcohol"], "night_dosing": "yes" }));
    assert_eq!(caution_because(&x, "no_diy_medication"), None);
}

#[test]
fn cautions_in_table_order() {
    let x = run(json!({
        "considering": ["otc_high_dose", "detox_kit", "switch_to_extract", "cold_turkey"],
        "products": ["extract_or_shot"],
        "other_substances": ["alcohol"],
        "night_dosing": "yes",
    }));
    let ids: Vec<_> = x.cautions.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        vec![
            "detox_kit",
            "extract_switch",
            "already_on_extracts",
            "sedative_mix",
            "otc_megadose",
            "cold_turkey_risk",
            "no_diy_medication"
        ]
    );
}

// ---------- notes ----------

#[test]
fn note_moud_by_opioids() {
    assert_eq!(note_ids(&run(json!({ "other_substances": ["opioids"] }))), vec!["moud", "therapy"]);
    assert_eq!(note_ids(&run(json!({ "other_substances": ["alcohol", "benzodiazepines"] }))), vec!["therapy"]);
}

#[test]
fn note_moud_by_heavy_and_prolonged() {
    for heavy in [
        json!({ "frequency": "daily_4_plus" }),
        json!({ "products": ["extract_or_shot"] }),
        json!({ "night_dosing": "yes" }),
    ] {
        for d in ["6_12_months", "over_1_year"] {
            let mut input = heavy.clone();
            input["duration"] = json!(d);
            assert!(note_ids(&run(input.clone())).contains(&"moud"), "{input}");
        }
        // Heavy but not yet prolonged.
        for d in ["under_1_month", "1_6_months", "not_sure"] {
            let mut input = heavy.clone();
            input["duration"] = json!(d);
            assert!(!note_ids(&run(input.clone())).contains(&"moud"), "{input}");
        }
    }
    // Prolonged but not heavy: several doses a day is not the heavy marker.
    let x = run(json!({ "frequency": "daily_2_3", "duration": "over_1_year", "products": ["powder_leaf"] }));
    assert!(!note_ids(&x).contains(&"moud"));
}

#[test]
fn note_opioid_switch() {
    assert!(note_ids(&run(json!({ "started_for": ["opioid_withdrawal"] }))).contains(&"opioid_switch"));
    assert!(!note_ids(&run(json!({ "started_for": ["pain", "not_sure"] }))).contains(&"opioid_switch"));
}

#[test]
fn note_integrated_mental_health() {
    assert!(note_ids(&run(json!({ "mental_health": ["adhd_restlessness"] }))).contains(&"integrated_mental_health"));
    assert!(note_ids(&run(json!({ "started_for": ["mood_anxiety"] }))).contains(&"integrated_mental_health"));
    for input in [
        json!({ "mental_health": ["none"] }),
        json!({ "mental_health": ["not_sure"] }),
        json!({ "started_for": ["energy"] }),
    ] {
        assert!(!note_ids(&run(input.clone())).contains(&"integrated_mental_health"), "{input}");
    }
}

#[test]
fn note_pain_care() {
    assert!(note_ids(&run(json!({ "started_for": ["pain"] }))).contains(&"pain_care"));
    assert!(!note_ids(&run(json!({ "started_for": ["energy", "other"] }))).contains(&"pain_care"));
}

#[test]
fn note_pregnancy() {
    assert!(note_ids(&run(json!({ "medical": ["pregnant_postpartum"] }))).contains(&"pregnancy"));
    assert!(!note_ids(&run(json!({ "medical": ["liver", "not_sure"] }))).contains(&"pregnancy"));
}

#[test]
fn note_sober_living() {
    for v in ["no", "not_sure"] {
        assert!(note_ids(&run(json!({ "can_stay_stopped_here": v }))).contains(&"sober_living"), "{v}");
    }
    assert!(!note_ids(&run(json!({ "can_stay_stopped_here": "yes" }))).contains(&"sober_living"));
    assert!(!note_ids(&run(json!({}))).contains(&"sober_living"));
}

#[test]
fn note_therapy_always() {
    assert_eq!(note_ids(&run(json!({}))), vec!["therapy"]);
    assert!(note_ids(&run(json!({ "urgent_now": ["heart"] }))).contains(&"therapy"));
}

#[test]
fn note_loved_one_guide() {
    assert_eq!(note_ids(&run(json!({ "who": "loved_one" }))), vec!["therapy", "loved_one_guide"]);
    assert_eq!(note_ids(&run(json!({ "who": "self" }))), vec!["therapy"]);
}

#[test]
fn notes_in_table_order() {
    let x = run(json!({
        "who": "loved_one",
        "can_stay_stopped_here": "no",
        "medical": ["pregnant_postpartum"],
        "started_for": ["pain", "opioid_withdrawal", "mood_anxiety"],
        "other_substances": ["opioids"],
    }));
    assert_eq!(
        note_ids(&x),
        vec![
            "moud",
            "opioid_switch",
            "integrated_mental_health",
            "pain_care",
            "pregnancy",
            "sober_living",
            "therapy",
            "loved_one_guide"
        ]
    );
}

// ---------- ordering and the empty answer set ----------

#[test]
fn reasons_ordered_by_level_then_table() {
    let x = run(json!({
        "frequency": "daily_once",
        "signs": TWO_SIGNS,
        "withdrawal_intensity": "severe",
        "products": ["extract_or_shot"],
        "need_time_away": "yes",
        "can_stay_stopped_here": "no",
    }));
    assert_eq!(
        reason_ids(&x),
        vec!["environment", "time_away", "extract_use", "severe_withdrawal", "signs_present", "daily_use"]
    );
    let levels: Vec<_> = x.reasons.iter().map(|r| r.level.as_str()).collect();
    assert_eq!(levels, vec!["residential", "residential", "detox", "detox", "taper", "taper"]);
}

#[test]
fn empty_answers_monitor_and_everything_unanswered() {
    let x = run(json!({}));
    assert_eq!(summary(&x), Summary { level: "monitor".into(), notes: strs(&["therapy"]), ..Summary::default() });
    assert_eq!(x.unanswered.len(), 21);
    assert_eq!(x.unanswered.first().map(|q| q.as_str()), Some("who"));
    assert_eq!(x.unanswered.last().map(|q| q.as_str()), Some("considering"));
}
