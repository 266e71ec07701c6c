//! Named people drawn from the seed article's situations. Each answers the
//! whole journey (or what they would know) and the expectation is worked
//! out by hand from spec §3–§6, written down in full: level, flags,
//! reasons with their causes, taper prerequisites, cautions, notes.

mod common;

use common::*;
use guide::plan::{KitItem, Plan, Therapy, TriggerKind};
use serde_json::{json, Value};

/// A calm baseline: someone who answered everything and raised nothing.
/// Each persona changes only what makes them who they are.
fn baseline() -> Value {
    json!({
        "who": "self",
        "urgent_now": ["none"],
        "products": ["powder_leaf"],
        "frequency": "weekly",
        "night_dosing": "no",
        "duration": "1_6_months",
        "measures_doses": "yes",
        "started_for": ["energy"],
        "other_substances": ["none"],
        "signs": ["none"],
        "withdrawal_symptoms": ["never_stopped"],
        "withdrawal_intensity": "none",
        "derailed": "never_tried",
        "mood_when_stopping": "none",
        "medical": ["none"],
        "mental_health": ["none"],
        "support": "strong",
        "trigger_access": "low",
        "can_stay_stopped_here": "yes",
        "need_time_away": "no",
        "considering": ["self_taper"],
    })
}

fn with(changes: Value) -> Value {
    let mut v = baseline();
    for (k, val) in changes.as_object().unwrap() {
        if val.is_null() {
            v.as_object_mut().unwrap().remove(k);
        } else {
            v[k] = val.clone();
        }
    }
    v
}

struct Expect<'a> {
    level: &'a str,
    urgent: &'a [&'a str],
    reasons: &'a [(&'a str, &'a [&'a str])],
    prereqs: &'a [&'a str],
    cautions: &'a [(&'a str, &'a [&'a str])],
    notes: &'a [&'a str],
}

fn check(input: Value, e: Expect) -> guide::Assessment {
    let x = run(input);
    let want = Summary {
        level: e.level.into(),
        urgent: strs(e.urgent),
        reasons: ids_because(e.reasons),
        prereqs: strs(e.prereqs),
        cautions: ids_because(e.cautions),
        notes: strs(e.notes),
    };
    assert_eq!(summary(&x), want);
    x
}

#[test]
fn weekly_energy_user_is_monitored() {
    let x = check(
        baseline(),
        Expect { level: "monitor", urgent: &[], reasons: &[], prereqs: &[], cautions: &[], notes: &["therapy"] },
    );
    assert_eq!((x.severity.signs, x.severity.band.as_str(), x.severity.unsure), (0, "few", 0));
    assert!(x.unanswered.is_empty());
}

#[test]
fn once_daily_measured_taper() {
    let x = check(
        with(json!({
            "products": ["capsules"],
            "frequency": "daily_once",
            "duration": "6_12_months",
            "started_for": ["pain"],
            "signs": ["more_than_planned", "tolerance"],
            "withdrawal_symptoms": ["headache_fatigue", "irritability"],
            "withdrawal_intensity": "mild",
            "derailed": "no",
            "mood_when_stopping": "manageable",
            "considering": ["self_taper", "clinician"],
        })),
        Expect {
            level: "taper",
            urgent: &[],
            reasons: &[("signs_present", &["signs"]), ("daily_use", &["frequency"])],
            prereqs: &[],
            cautions: &[],
            notes: &["pain_care", "therapy"],
        },
    );
    assert_eq!(x.severity.band.as_str(), "mild");
}

#[test]
fn extract_shots_every_day_for_over_a_year() {
    let x = check(
        with(json!({
            "products": ["extract_or_shot"],
            "frequency": "daily_2_3",
            "duration": "over_1_year",
            "measures_doses": "sometimes",
            "signs": ["cut_down_failed", "cravings", "tolerance", "withdrawal"],
            "withdrawal_intensity": "moderate",
            "derailed": "no",
            "support": "some",
            "trigger_access": "high",
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[
                ("extract_use", &["products"]),
                ("multiple_daily_doses", &["frequency"]),
                ("signs_present", &["signs"]),
            ],
            prereqs: &[],
            cautions: &[("already_on_extracts", &["products"]), ("no_diy_medication", &["products", "duration"])],
            notes: &["moud", "therapy"],
        },
    );
    assert_eq!(x.severity.band.as_str(), "moderate");
}

#[test]
fn night_dosing_heavy_but_recent_planning_cold_turkey() {
    check(
        with(json!({
            "frequency": "daily_4_plus",
            "night_dosing": "yes",
            "duration": "1_6_months",
            "signs": ["more_than_planned", "time_spent", "withdrawal"],
            "withdrawal_symptoms": ["sleep", "anxiety_panic"],
            "withdrawal_intensity": "moderate",
            "measures_doses": null,
            "support": null,
            "trigger_access": null,
            "considering": ["cold_turkey"],
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[
                ("night_dosing", &["night_dosing"]),
                ("multiple_daily_doses", &["frequency"]),
                ("signs_present", &["signs"]),
            ],
            prereqs: &[],
            cautions: &[("cold_turkey_risk", &["frequency", "night_dosing", "considering"])],
            // Heavy, but not yet prolonged: no MOUD note.
            notes: &["therapy"],
        },
    );
}

#[test]
fn seizure_history() {
    check(
        with(json!({
            "frequency": "daily_once",
            "signs": ["tolerance"],
            "medical": ["seizures"],
            "support": "some",
            "considering": ["cold_turkey"],
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[("medical_risk", &["medical"]), ("daily_use", &["frequency"])],
            prereqs: &[],
            cautions: &[("cold_turkey_risk", &["medical", "considering"])],
            notes: &["therapy"],
        },
    );
}

#[test]
fn pregnancy() {
    check(
        with(json!({
            "products": ["capsules"],
            "medical": ["pregnant_postpartum"],
            "considering": ["cold_turkey", "clinician"],
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[("medical_risk", &["medical"])],
            prereqs: &[],
            cautions: &[("cold_turkey_risk", &["medical", "considering"])],
            notes: &["pregnancy", "therapy"],
        },
    );
}

#[test]
fn alcohol_mixing() {
    check(
        with(json!({
            "frequency": "daily_once",
            "other_substances": ["alcohol"],
            "signs": ["risky_situations", "despite_harm"],
            "trigger_access": "high",
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[("mixing", &["other_substances"]), ("signs_present", &["signs"]), ("daily_use", &["frequency"])],
            prereqs: &[],
            cautions: &[("sedative_mix", &["other_substances"])],
            notes: &["therapy"],
        },
    );
}

#[test]
fn broader_pattern_with_opioids_and_stimulants() {
    let x = check(
        with(json!({
            "frequency": "daily_2_3",
            "duration": "over_1_year",
            "other_substances": ["opioids", "stimulants"],
            "signs": ["cut_down_failed", "more_than_planned", "time_spent", "obligations", "relationships", "withdrawal"],
        })),
        Expect {
            level: "residential",
            urgent: &[],
            reasons: &[
                ("broader_pattern", &["other_substances"]),
                ("multiple_daily_doses", &["frequency"]),
                ("mixing", &["other_substances"]),
                ("signs_present", &["signs"]),
            ],
            prereqs: &[],
            cautions: &[("sedative_mix", &["other_substances"]), ("no_diy_medication", &["other_substances"])],
            notes: &["moud", "therapy"],
        },
    );
    assert_eq!(x.severity.band.as_str(), "severe");
}

#[test]
fn chaotic_home() {
    check(
        with(json!({
            "frequency": "daily_once",
            "signs": ["cravings", "obligations", "relationships"],
            "can_stay_stopped_here": "no",
            "need_time_away": "yes",
            "support": "none",
        })),
        Expect {
            level: "residential",
            urgent: &[],
            reasons: &[
                ("environment", &["can_stay_stopped_here"]),
                ("time_away", &["need_time_away"]),
                ("signs_present", &["signs"]),
                ("daily_use", &["frequency"]),
            ],
            prereqs: &[],
            cautions: &[],
            notes: &["sober_living", "therapy"],
        },
    );
}

#[test]
fn chaotic_home_without_a_use_problem_stays_at_monitor() {
    check(
        with(json!({ "signs": ["tolerance"], "can_stay_stopped_here": "no", "need_time_away": "yes" })),
        Expect {
            level: "monitor",
            urgent: &[],
            reasons: &[],
            prereqs: &[],
            cautions: &[],
            notes: &["sober_living", "therapy"],
        },
    );
}

#[test]
fn panic_flare_when_stopping() {
    let input = with(json!({
        "frequency": "daily_once",
        "started_for": ["mood_anxiety"],
        "signs": ["cravings", "withdrawal"],
        "withdrawal_symptoms": ["sleep", "anxiety_panic", "cravings_wired"],
        "withdrawal_intensity": "moderate",
        "derailed": "no",
        "mood_when_stopping": "severe",
        "mental_health": ["anxiety_panic"],
    }));
    let x = check(
        input.clone(),
        Expect {
            level: "residential",
            urgent: &[],
            reasons: &[
                ("mental_health_flare", &["mood_when_stopping", "mental_health"]),
                ("severe_mood_on_stopping", &["mood_when_stopping"]),
                ("psychiatric_risk", &["frequency", "withdrawal_intensity", "mental_health"]),
                ("signs_present", &["signs"]),
                ("daily_use", &["frequency"]),
            ],
            prereqs: &[],
            cautions: &[],
            notes: &["integrated_mental_health", "therapy"],
        },
    );
    let plan = Plan::build(&answers(input), &x);
    let kit: Vec<KitItem> = plan.comfort_kit.iter().map(|e| e.item).collect();
    assert_eq!(
        kit,
        vec![KitItem::SleepRoutine, KitItem::PersonToText, KitItem::Hydration, KitItem::EasyFood, KitItem::Movement]
    );
    assert_eq!(plan.comfort_kit[1].for_symptoms, vec!["anxiety_panic", "cravings_wired"]);
    assert_eq!(plan.triggers[1].kind, TriggerKind::Emotion);
    assert_eq!(plan.triggers[1].hints, vec!["mood_anxiety", "anxiety_panic"]);
}

#[test]
fn opioid_switch_unsure_about_other_use() {
    let x = check(
        with(json!({
            "frequency": "daily_2_3",
            "duration": "over_1_year",
            "started_for": ["opioid_withdrawal"],
            "other_substances": ["not_sure"],
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[("multiple_daily_doses", &["frequency"])],
            prereqs: &[],
            cautions: &[],
            // Unsure about opioids is not opioids; two-three doses a day is not "heavy".
            notes: &["opioid_switch", "therapy"],
        },
    );
    assert_eq!(x.severity.unsure, 1);
}

#[test]
fn opioid_switch_still_using_opioids() {
    check(
        with(json!({ "started_for": ["opioid_withdrawal", "pain"], "other_substances": ["opioids"] })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[("mixing", &["other_substances"])],
            prereqs: &[],
            cautions: &[("sedative_mix", &["other_substances"]), ("no_diy_medication", &["other_substances"])],
            notes: &["moud", "opioid_switch", "pain_care", "therapy"],
        },
    );
}

#[test]
fn detox_kit_plan() {
    let input = with(json!({
        "frequency": "daily_once",
        "started_for": ["energy", "pain"],
        "withdrawal_symptoms": ["sweats_chills", "aches_restless_legs", "stomach"],
        "withdrawal_intensity": "mild",
        "considering": ["detox_kit", "switch_to_extract", "otc_high_dose"],
    }));
    let x = check(
        input.clone(),
        Expect {
            level: "taper",
            urgent: &[],
            reasons: &[("daily_use", &["frequency"])],
            prereqs: &[],
            cautions: &[
                ("detox_kit", &["considering"]),
                ("extract_switch", &["considering"]),
                ("otc_megadose", &["considering"]),
                ("no_diy_medication", &["considering"]),
            ],
            notes: &["pain_care", "therapy"],
        },
    );
    let plan = Plan::build(&answers(input), &x);
    assert_eq!(plan.support_level.as_str(), "taper");
    let kit: Vec<KitItem> = plan.comfort_kit.iter().map(|e| e.item).collect();
    assert_eq!(
        kit,
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
fn loved_one_unsure_of_most_answers() {
    let input = json!({
        "who": "loved_one",
        "urgent_now": ["none"],
        "products": ["not_sure"],
        "frequency": "not_sure",
        "night_dosing": "not_sure",
        "duration": "not_sure",
        "measures_doses": "not_sure",
        "started_for": ["not_sure"],
        "other_substances": ["not_sure"],
        "signs": ["relationships", "gave_up_activities"],
        "withdrawal_intensity": "not_sure",
        "derailed": "not_sure",
        "mood_when_stopping": "not_sure",
        "medical": ["not_sure"],
        "mental_health": ["not_sure"],
        "support": "not_sure",
        "trigger_access": "not_sure",
        "can_stay_stopped_here": "not_sure",
        "need_time_away": "not_sure",
        "considering": ["not_sure"],
    });
    let x = check(
        input,
        Expect {
            level: "taper",
            urgent: &[],
            reasons: &[("signs_present", &["signs"])],
            prereqs: &["measure_doses", "support", "triggers"],
            cautions: &[],
            notes: &["sober_living", "therapy", "loved_one_guide"],
        },
    );
    assert_eq!(x.severity.unsure, 17);
    let u: Vec<_> = x.unanswered.iter().map(|q| q.as_str()).collect();
    assert_eq!(u, vec!["withdrawal_symptoms"]);
}

#[test]
fn urgent_breathing_on_benzodiazepines() {
    check(
        with(json!({
            "urgent_now": ["breathing"],
            "frequency": "daily_4_plus",
            "duration": null,
            "other_substances": ["benzodiazepines"],
        })),
        Expect {
            level: "urgent",
            urgent: &["breathing"],
            reasons: &[("multiple_daily_doses", &["frequency"]), ("mixing", &["other_substances"])],
            prereqs: &[],
            cautions: &[("sedative_mix", &["other_substances"])],
            notes: &["therapy"],
        },
    );
}

#[test]
fn urgent_self_harm_reported_by_a_loved_one() {
    check(
        json!({
            "who": "loved_one",
            "urgent_now": ["suicide"],
            "mood_when_stopping": "severe",
            "mental_health": ["depression"],
        }),
        Expect {
            level: "urgent",
            urgent: &["suicide"],
            reasons: &[
                ("mental_health_flare", &["mood_when_stopping", "mental_health"]),
                ("severe_mood_on_stopping", &["mood_when_stopping"]),
            ],
            prereqs: &[],
            cautions: &[],
            notes: &["integrated_mental_health", "therapy", "loved_one_guide"],
        },
    );
}

#[test]
fn trauma_history_puts_trauma_informed_therapy_first() {
    let input = with(json!({ "mental_health": ["trauma"], "started_for": ["mood_anxiety"] }));
    let x = check(
        input.clone(),
        Expect {
            level: "monitor",
            urgent: &[],
            reasons: &[],
            prereqs: &[],
            cautions: &[],
            notes: &["integrated_mental_health", "therapy"],
        },
    );
    let plan = Plan::build(&answers(input), &x);
    assert_eq!(
        plan.therapies,
        vec![Therapy::TraumaInformed, Therapy::MotivationalInterviewing, Therapy::Cbt, Therapy::DbtSkills]
    );
}

#[test]
fn derailed_on_day_two_with_severe_withdrawal() {
    check(
        with(json!({
            "frequency": "daily_once",
            "withdrawal_symptoms": ["runny_nose_yawning", "sweats_chills", "low_mood"],
            "withdrawal_intensity": "severe",
            "derailed": "repeatedly",
            "signs": ["cut_down_failed", "withdrawal"],
            "measures_doses": "no",
        })),
        Expect {
            level: "detox",
            urgent: &[],
            reasons: &[
                ("withdrawal_derails", &["derailed"]),
                ("severe_withdrawal", &["withdrawal_intensity"]),
                ("signs_present", &["signs"]),
                ("daily_use", &["frequency"]),
            ],
            prereqs: &[],
            cautions: &[],
            notes: &["therapy"],
        },
    );
}

#[test]
fn chronic_pain_user_planning_otc_megadoses() {
    check(
        with(json!({
            "products": ["capsules", "powder_leaf"],
            "frequency": "less_than_weekly",
            "started_for": ["pain"],
            "considering": ["otc_high_dose"],
        })),
        Expect {
            level: "monitor",
            urgent: &[],
            reasons: &[],
            prereqs: &[],
            cautions: &[("otc_megadose", &["considering"]), ("no_diy_medication", &["considering"])],
            notes: &["pain_care", "therapy"],
        },
    );
}
