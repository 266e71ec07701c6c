//! Taper prerequisites, severity, cautions and notes (spec §4–§6): per row
//! the case that triggers it and the nearest case that does not. Inputs are
//! minimal so the expected output follows from the one rule under test.

mod common;

use common::*;
use serde_json::json;

// Reason rows, gates, band and confidence: see reasons.rs.

const TWO_SIGNS: [&str; 2] = ["tolerance", "withdrawal"];

// ---------- taper prerequisites ----------

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
    assert_eq!((x.severity.signs, x.severity.band.as_str()), (0, "unknown"));
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
            "age_band",
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
        (json!({ "medical": ["other_complex"] }), vec!["medical", "considering"]),
        // Pregnancy is a factor with dependence, which `because` names too.
        (
            json!({ "medical": ["pregnant_postpartum"], "night_dosing": "yes" }),
            vec!["night_dosing", "medical", "considering"],
        ),
        (
            json!({ "medical": ["pregnant_postpartum"], "signs": ["withdrawal"] }),
            vec!["signs", "medical", "considering"],
        ),
        // A daily sedative: seizures on a sudden stop.
        (
            json!({ "other_substances": ["alcohol"], "sedative_frequency": "daily" }),
            vec!["sedative_frequency", "considering"],
        ),
        (json!({ "withdrawal_intensity": "severe" }), vec!["withdrawal_intensity", "considering"]),
        (json!({ "derailed": "once" }), vec!["derailed", "considering"]),
        (json!({ "derailed": "repeatedly" }), vec!["derailed", "considering"]),
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
        json!({ "medical": ["not_sure"] }),
        json!({ "withdrawal_intensity": "moderate" }),
        json!({ "derailed": "no" }),
        // Pregnancy without dependence: stopping now is safe (spec §8).
        json!({ "medical": ["pregnant_postpartum"], "frequency": "weekly" }),
        // A sedative weekly, or at an unknown frequency, is `sedative_stop`'s, not this.
        json!({ "other_substances": ["benzodiazepines"], "sedative_frequency": "weekly" }),
        json!({ "other_substances": ["alcohol"] }),
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
        "withdrawal_intensity": "severe",
        "derailed": "repeatedly",
    }));
    assert_eq!(
        caution_because(&x, "cold_turkey_risk"),
        Some(vec![
            "frequency",
            "night_dosing",
            "withdrawal_intensity",
            "derailed",
            "mood_when_stopping",
            "medical",
            "mental_health",
            "considering"
        ])
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
            "sedative_stop",
            "otc_megadose",
            "cold_turkey_risk",
            "no_diy_medication"
        ]
    );
}

// ---------- notes ----------

#[test]
fn note_moud_by_opioids() {
    assert_eq!(note_ids(&run(json!({ "other_substances": ["opioids"] }))), vec!["moud", "naloxone", "therapy"]);
    // Two substances with the band unknown at taper: the intensive program
    // speaks to the broader pattern the gate could not weigh.
    let x = run(json!({ "other_substances": ["alcohol", "benzodiazepines"] }));
    assert_eq!(note_ids(&x), vec!["intensive_outpatient", "therapy"]);
}

#[test]
fn note_moud_by_heavy_and_prolonged() {
    for heavy in [
        json!({ "frequency": "daily_4_plus" }),
        json!({ "products": ["extract_or_shot"], "frequency": "daily_once" }),
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
    // v2: extracts count as heavy only with daily or more use.
    let x = run(json!({ "products": ["extract_or_shot"], "frequency": "weekly", "duration": "over_1_year" }));
    assert!(!note_ids(&x).contains(&"moud"));
    let x = run(json!({ "products": ["extract_or_shot"], "frequency": "daily_2_3", "duration": "over_1_year" }));
    assert_eq!(caution_because(&x, "no_diy_medication"), Some(vec!["products", "frequency", "duration"]));
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
fn note_naloxone() {
    for v in [json!({ "other_substances": ["opioids"] }), json!({ "started_for": ["opioid_withdrawal"] })] {
        assert!(note_ids(&run(v.clone())).contains(&"naloxone"), "{v}");
    }
    for v in [
        json!({ "other_substances": ["alcohol", "benzodiazepines", "not_sure"] }),
        json!({ "started_for": ["pain", "not_sure"] }),
    ] {
        assert!(!note_ids(&run(v.clone())).contains(&"naloxone"), "{v}");
    }
}

#[test]
fn note_intensive_outpatient_with_a_severe_band_at_monitor_or_taper() {
    let six = json!(["cut_down_failed", "more_than_planned", "time_spent", "cravings", "obligations", "relationships"]);
    let x = run(json!({ "signs": six }));
    assert_eq!((x.care_level.as_str(), x.severity.band.as_str()), ("taper", "severe"));
    assert!(note_ids(&x).contains(&"intensive_outpatient"));
    // Detox already gives more than an outpatient program.
    let x = run(json!({ "signs": six, "night_dosing": "yes" }));
    assert!(!note_ids(&x).contains(&"intensive_outpatient"));
    // Five signs is a moderate band.
    let x = run(json!({ "signs": ["cut_down_failed", "more_than_planned", "time_spent", "cravings", "obligations"] }));
    assert!(!note_ids(&x).contains(&"intensive_outpatient"));
}

#[test]
fn note_time_away_option_when_the_residential_gate_is_closed() {
    let x = run(json!({ "need_time_away": "yes", "frequency": "daily_once" }));
    assert_eq!(note_ids(&x), vec!["intensive_outpatient", "time_away_option", "therapy"]);
    assert_eq!(because_of(&x, "time_away").map(|b| b.len()), Some(1), "counts at taper outside the gate");
    let four = json!(["cut_down_failed", "cravings", "obligations", "tolerance"]);
    // Four signs and dependence, but no reason at detox: still closed.
    let x = run(json!({ "need_time_away": "yes", "frequency": "daily_once", "signs": four }));
    assert!(note_ids(&x).contains(&"time_away_option"));
    // Open (night dosing counts at detox): `time_away` counts at residential.
    let x = run(json!({ "need_time_away": "yes", "night_dosing": "yes", "signs": four }));
    assert_eq!(x.care_level.as_str(), "residential");
    assert!(reason_ids(&x).contains(&"time_away"));
    assert!(!note_ids(&x).contains(&"time_away_option"));
    assert!(!note_ids(&run(json!({ "need_time_away": "not_sure" }))).contains(&"time_away_option"));
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

/// Every note at once, in the spec's table order (§6): one sedative and a
/// medical risk without dependence keep the level at taper, so
/// `intensive_outpatient` and `time_away_option` hold too.
#[test]
fn notes_in_table_order() {
    let x = run(json!({
        "who": "loved_one",
        "can_stay_stopped_here": "no",
        "need_time_away": "yes",
        "medical": ["pregnant_postpartum"],
        "started_for": ["pain", "opioid_withdrawal", "mood_anxiety"],
        "other_substances": ["opioids"],
        "signs": ["cut_down_failed", "more_than_planned", "time_spent", "cravings", "obligations", "relationships"],
    }));
    assert_eq!(x.care_level.as_str(), "taper");
    assert_eq!(
        note_ids(&x),
        vec![
            "moud",
            "opioid_switch",
            "naloxone",
            "integrated_mental_health",
            "pain_care",
            "pregnancy",
            "sober_living",
            "intensive_outpatient",
            "time_away_option",
            "therapy",
            "loved_one_guide"
        ]
    );
}

// ---------- the empty answer set ----------

#[test]
fn empty_answers_monitor_and_everything_unanswered() {
    let x = run(json!({}));
    assert_eq!(summary(&x), Summary { level: "monitor".into(), notes: strs(&["therapy"]), ..Summary::default() });
    // Every question but `sedative_frequency`, which is not asked.
    assert_eq!(x.unanswered.len(), 22);
    assert_eq!(x.unanswered.first().map(|q| q.as_str()), Some("who"));
    assert_eq!(x.unanswered.last().map(|q| q.as_str()), Some("considering"));
}

// ---------- v3 rows (issue 19) ----------

fn note_because(v: serde_json::Value, id: &str) -> Option<Vec<&'static str>> {
    guide::note_reasons(&answers(v))
        .into_iter()
        .find(|(n, _)| n.as_str() == id)
        .map(|(_, b)| b.iter().map(|q| q.as_str()).collect())
}

#[test]
fn caution_sedative_stop() {
    let cases = [
        (
            json!({ "other_substances": ["alcohol"], "sedative_frequency": "weekly" }),
            vec!["other_substances", "sedative_frequency"],
        ),
        (
            json!({ "other_substances": ["benzodiazepines", "stimulants"], "sedative_frequency": "daily" }),
            vec!["other_substances", "sedative_frequency"],
        ),
        // Unknown counts: skipped or not sure.
        (json!({ "other_substances": ["sleep_aids_sedatives"] }), vec!["other_substances", "sedative_frequency"]),
        (
            json!({ "other_substances": ["alcohol"], "sedative_frequency": "not_sure" }),
            vec!["other_substances", "sedative_frequency"],
        ),
        // Less than weekly, but a sudden stop is planned.
        (
            json!({ "other_substances": ["alcohol"], "sedative_frequency": "less_than_weekly", "considering": ["cold_turkey"] }),
            vec!["other_substances", "considering"],
        ),
    ];
    for (input, expect) in cases {
        assert_eq!(caution_because(&run(input.clone()), "sedative_stop"), Some(expect), "{input}");
    }
    // Nearest misses: less than weekly without a sudden stop; opioids (not
    // an asked sedative) with one; no sedative at all.
    for input in [
        json!({ "other_substances": ["alcohol"], "sedative_frequency": "less_than_weekly", "considering": ["self_taper"] }),
        json!({ "other_substances": ["opioids"], "considering": ["cold_turkey"] }),
        json!({ "other_substances": ["stimulants", "other_drugs"], "considering": ["cold_turkey"] }),
        json!({ "other_substances": ["not_sure"] }),
    ] {
        assert_eq!(caution_because(&run(input.clone()), "sedative_stop"), None, "{input}");
    }
}

#[test]
fn caution_already_on_extracts_counts_seven_oh() {
    let x = run(json!({ "products": ["capsules", "seven_oh"] }));
    assert_eq!(caution_because(&x, "already_on_extracts"), Some(vec!["products"]));
    assert_eq!(caution_because(&run(json!({ "products": ["powder_leaf", "not_sure"] })), "already_on_extracts"), None);
}

#[test]
fn cold_turkey_parts_speak_to_each_kind_of_factor() {
    use guide::rules::cautions::cold_turkey_parts;
    let parts = |v: serde_json::Value| -> Vec<String> {
        cold_turkey_parts(&answers(v)).iter().map(|p| format!("{p:?}")).collect()
    };
    assert_eq!(
        parts(json!({
            "considering": ["cold_turkey"], "night_dosing": "yes", "other_substances": ["alcohol"],
            "sedative_frequency": "daily", "medical": ["liver", "pregnant_postpartum"],
        })),
        ["Withdrawal", "Sedatives", "Medical", "Pregnancy"]
    );
    assert_eq!(parts(json!({ "considering": ["cold_turkey"], "medical": ["seizures"] })), ["Medical"]);
    // Pregnancy without dependence is no factor; no caution, no parts.
    assert!(parts(json!({ "considering": ["cold_turkey"], "medical": ["pregnant_postpartum"] })).is_empty());
    assert!(parts(json!({ "night_dosing": "yes" })).is_empty());
}

#[test]
fn note_young_person() {
    assert_eq!(note_because(json!({ "age_band": "under_18" }), "young_person"), Some(vec!["age_band"]));
    for v in ["18_25", "26_plus", "prefer_not"] {
        assert_eq!(note_because(json!({ "age_band": v }), "young_person"), None, "{v}");
    }
    // Age never changes the level.
    assert_eq!(run(json!({ "age_band": "under_18" })).care_level.as_str(), "monitor");
}

#[test]
fn note_mental_health_care_with_or_without_dependence() {
    for v in
        [json!({ "mood_when_stopping": "severe" }), json!({ "mood_when_stopping": "severe", "night_dosing": "yes" })]
    {
        assert_eq!(note_because(v.clone(), "mental_health_care"), Some(vec!["mood_when_stopping"]), "{v}");
    }
    for v in ["manageable", "none", "not_sure"] {
        assert_eq!(note_because(json!({ "mood_when_stopping": v }), "mental_health_care"), None, "{v}");
    }
}

#[test]
fn note_naloxone_for_seven_oh() {
    assert_eq!(note_because(json!({ "products": ["seven_oh"] }), "naloxone"), Some(vec!["products"]));
    assert_eq!(note_because(json!({ "products": ["extract_or_shot"] }), "naloxone"), None);
    assert_eq!(
        note_because(
            json!({ "products": ["seven_oh"], "started_for": ["opioid_withdrawal"], "other_substances": ["opioids"] }),
            "naloxone"
        ),
        Some(vec!["products", "started_for", "other_substances"])
    );
}

#[test]
fn note_moud_counts_seven_oh_as_heavy() {
    let x = run(json!({ "products": ["seven_oh"], "frequency": "daily_once", "duration": "6_12_months" }));
    assert!(note_ids(&x).contains(&"moud"));
    assert_eq!(caution_because(&x, "no_diy_medication"), Some(vec!["products", "frequency", "duration"]));
    let x = run(json!({ "products": ["seven_oh"], "frequency": "weekly", "duration": "over_1_year" }));
    assert!(!note_ids(&x).contains(&"moud"));
}

#[test]
fn note_pregnancy_names_medical() {
    assert_eq!(
        note_because(json!({ "medical": ["pregnant_postpartum", "liver"] }), "pregnancy"),
        Some(vec!["medical"])
    );
}

/// v3: below residential, an unsafe home, time away or a pattern the
/// unknown band cannot weigh also call for an intensive program.
#[test]
fn note_intensive_outpatient_below_residential() {
    for (v, because) in [
        (json!({ "can_stay_stopped_here": "no" }), vec!["can_stay_stopped_here"]),
        (json!({ "need_time_away": "yes", "night_dosing": "yes" }), vec!["need_time_away"]),
        (
            json!({ "other_substances": ["stimulants", "other_drugs"], "frequency": "daily_once" }),
            vec!["other_substances"],
        ),
        (
            json!({ "mood_when_stopping": "severe", "mental_health": ["other"], "night_dosing": "yes" }),
            vec!["mood_when_stopping", "mental_health"],
        ),
    ] {
        let x = run(v.clone());
        assert!(["taper", "detox"].contains(&x.care_level.as_str()), "{v}");
        assert_eq!(note_because(v.clone(), "intensive_outpatient"), Some(because), "{v}");
    }
    // Nearest misses: a known band for the pattern; the answers unsure;
    // residential already; urgent.
    for v in [
        json!({ "other_substances": ["stimulants", "other_drugs"], "frequency": "daily_once", "signs": ["tolerance"] }),
        json!({ "can_stay_stopped_here": "not_sure", "need_time_away": "not_sure", "frequency": "daily_once" }),
        json!({ "can_stay_stopped_here": "no", "night_dosing": "yes", "signs": ["cut_down_failed", "cravings", "obligations", "tolerance"] }),
        json!({ "can_stay_stopped_here": "no", "urgent_now": ["heart"] }),
    ] {
        assert_eq!(note_because(v.clone(), "intensive_outpatient"), None, "{v}");
    }
}

/// Therapy shows always; with trauma named, trauma-informed care comes
/// first, and the note says which answer put it there.
#[test]
fn note_therapy_because_names_trauma() {
    assert_eq!(note_because(json!({}), "therapy"), Some(vec![]));
    assert_eq!(
        note_because(json!({ "mental_health": ["depression", "trauma"] }), "therapy"),
        Some(vec!["mental_health"])
    );
    assert_eq!(note_because(json!({ "mental_health": ["depression"] }), "therapy"), Some(vec![]));
}

#[test]
fn contradictions_each_and_their_nearest_misses() {
    let ids =
        |v: serde_json::Value| -> Vec<&'static str> { run(v).contradictions.iter().map(|c| c.as_str()).collect() };
    for w in ["mild", "moderate", "severe"] {
        assert_eq!(
            ids(json!({ "withdrawal_symptoms": ["never_stopped"], "withdrawal_intensity": w })),
            ["never_stopped_with_intensity"],
            "{w}"
        );
    }
    for d in ["once", "repeatedly"] {
        assert_eq!(
            ids(json!({ "withdrawal_symptoms": ["never_stopped"], "derailed": d })),
            ["never_stopped_with_derailed"]
        );
    }
    assert_eq!(
        ids(json!({ "withdrawal_intensity": "none", "withdrawal_symptoms": ["stomach", "brain_fog"] })),
        ["no_withdrawal_with_symptoms"]
    );
    // Nearest misses.
    for v in [
        json!({ "withdrawal_symptoms": ["never_stopped"], "withdrawal_intensity": "none" }),
        json!({ "withdrawal_symptoms": ["never_stopped"], "withdrawal_intensity": "not_sure", "derailed": "no" }),
        json!({ "withdrawal_symptoms": ["none"], "withdrawal_intensity": "mild", "derailed": "once" }),
        json!({ "withdrawal_intensity": "none", "withdrawal_symptoms": ["none"] }),
        json!({ "withdrawal_intensity": "mild", "withdrawal_symptoms": ["stomach"] }),
    ] {
        assert!(ids(v.clone()).is_empty(), "{v}");
    }
    // Never a change of level: the answers are taken as given.
    let x = run(
        json!({ "withdrawal_symptoms": ["never_stopped"], "withdrawal_intensity": "moderate", "derailed": "repeatedly" }),
    );
    assert_eq!(x.contradictions.len(), 2);
    assert_eq!(x.care_level.as_str(), "detox");
}

/// Taper kinds and where the prerequisites go (v3 §4).
#[test]
fn taper_kind_planned_with_dependence_else_outpatient_support() {
    let x = run(json!({ "frequency": "daily_once", "support": "some" }));
    assert_eq!(x.taper_kind.map(|k| k.as_str()), Some("planned_taper"));
    assert_eq!(
        x.taper_prerequisites_unmet.iter().map(|p| p.as_str()).collect::<Vec<_>>(),
        ["measure_doses", "support", "triggers"]
    );
    let x = run(json!({ "signs": ["tolerance", "cravings"], "support": "some" }));
    assert_eq!(x.taper_kind.map(|k| k.as_str()), Some("outpatient_support"));
    assert!(x.taper_prerequisites_unmet.is_empty(), "no dose steps without dependence");
    for v in
        [json!({}), json!({ "night_dosing": "yes" }), json!({ "urgent_now": ["seizure"], "frequency": "daily_once" })]
    {
        assert_eq!(run(v.clone()).taper_kind, None, "{v}");
    }
}

/// `opioid_switch` praises stepping away from opioids only when they are
/// not still used (spec §6): the words follow `other_substances`.
#[test]
fn note_opioid_switch_words_follow_opioid_use() {
    let t = guide::Lang::En.texts();
    let a = answers(json!({ "started_for": ["opioid_withdrawal"], "other_substances": ["alcohol"] }));
    assert_eq!(t.note_for(guide::NoteId::OpioidSwitch, &a).body, t.note(guide::NoteId::OpioidSwitch).body);
    let a = answers(json!({ "started_for": ["opioid_withdrawal"], "other_substances": ["opioids"] }));
    assert_eq!(t.note_for(guide::NoteId::OpioidSwitch, &a).body, t.opioid_switch_still_using.body);
    assert!(guide::rules::notes::opioid_switch_praises(&answers(json!({}))));
}
