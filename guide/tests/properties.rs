//! Properties over generated answer sets (issues 3, 13): totality, urgency,
//! monotonicity, the dependence and residential gates, confidence,
//! `not_sure` neutrality, determinism, lossless JSON. The gates are written
//! out here again from the spec, so the engine is checked, not echoed.

use guide::plan::{KitItem, Plan, Therapy, TriggerKind};
use guide::rules::{CAUTIONS, REASONS};
use guide::{assess, Answers, Kind, Level, Q};

/// Spec §4 "Dependence", from the spec's words.
fn spec_dependence(a: &Answers) -> bool {
    a.has_any(Q::Frequency, &["daily_once", "daily_2_3", "daily_4_plus"])
        || a.has(Q::NightDosing, "yes")
        || a.has_any(Q::WithdrawalIntensity, &["moderate", "severe"])
        || a.has_any(Q::Derailed, &["once", "repeatedly"])
        || a.has(Q::MoodWhenStopping, "severe")
        || a.has(Q::Signs, "withdrawal")
}

fn spec_sedatives(a: &Answers) -> usize {
    ["alcohol", "benzodiazepines", "opioids", "sleep_aids_sedatives"].iter().filter(|s| a.has(Q::OtherSubstances, s)).count()
}

/// Unknown for confidence: unanswered, `not_sure`, or only `not_sure`.
fn spec_unknown(a: &Answers, q: Q) -> bool {
    a.get(q).is_none_or(|x| x.values() == ["not_sure"])
}
use proptest::prelude::*;

/// Any valid answer set: each question skipped about a quarter of the
/// time; multi answers sparse, with exclusive values only on their own.
fn arb_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec((0u8..4, any::<u32>(), any::<u32>(), any::<u32>()), Q::ALL.len()).prop_map(|seeds| {
        let mut a = Answers::new();
        for (q, (skip, pick, m1, m2)) in Q::ALL.into_iter().zip(seeds) {
            if skip == 0 {
                continue;
            }
            let question = q.question();
            let n = question.values.len();
            let one = question.values[pick as usize % n];
            let values: Vec<&str> = match question.kind {
                Kind::Single => vec![one],
                Kind::Multi => {
                    let bits = m1 & m2;
                    let mut v: Vec<&str> = question
                        .values
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| bits >> i & 1 == 1)
                        .map(|(_, v)| *v)
                        .collect();
                    if v.len() > 1 {
                        v.retain(|x| !question.is_exclusive(x));
                    }
                    if v.is_empty() {
                        v.push(one);
                    }
                    v
                }
            };
            a.set(q, &values).expect("generator builds only valid answers");
        }
        a
    })
}

/// How much risk a single-choice answer (`None`: skipped) carries, from
/// spec §4 (only the rules that can move the care level). Moving a question
/// to an answer of equal or higher rank is "adding a risk answer". A
/// skipped or unsure withdrawal intensity lets the symptoms speak, and a
/// taper condition not known to be in place counts as not met.
fn rank(q: Q, v: Option<&str>) -> u8 {
    match (q, v) {
        (Q::Frequency, Some("daily_once")) => 1,
        (Q::Frequency, Some("daily_2_3")) => 2,
        (Q::Frequency, Some("daily_4_plus")) => 3,
        (Q::NightDosing, Some("yes")) => 1,
        (Q::WithdrawalIntensity, Some("none")) => 0,
        (Q::WithdrawalIntensity, None | Some("not_sure" | "mild")) => 1,
        (Q::WithdrawalIntensity, Some("moderate")) => 2,
        (Q::WithdrawalIntensity, Some("severe")) => 3,
        (Q::Derailed, Some("once")) => 1,
        (Q::Derailed, Some("repeatedly")) => 2,
        (Q::MoodWhenStopping, Some("severe")) => 1,
        (Q::MeasuresDoses, v) => u8::from(v != Some("yes")),
        (Q::Support, v) => u8::from(v != Some("strong")),
        (Q::TriggerAccess, v) => u8::from(v != Some("low")),
        (Q::CanStayStoppedHere, Some("no")) => 1,
        (Q::NeedTimeAway, Some("yes")) => 1,
        _ => 0,
    }
}

fn values_of(a: &Answers, q: Q) -> Vec<&'static str> {
    a.get(q).map(|x| x.values().to_vec()).unwrap_or_default()
}

fn spec_band(a: &Answers, signs: usize) -> &'static str {
    if spec_unknown(a, Q::Signs) {
        return "unknown";
    }
    match signs {
        0 | 1 => "few",
        2 | 3 => "mild",
        4 | 5 => "moderate",
        _ => "severe",
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn total_and_well_formed(a in arb_answers()) {
        let x = assess(&a);
        // Reasons: by level (highest first), then table order; each at a
        // level its row's rule can give; `because` in table order, answered
        // questions only, naming at least one of the row's own questions.
        let row_of = |id| REASONS.iter().position(|row| row.id == id).unwrap();
        let order: Vec<(std::cmp::Reverse<Level>, usize)> =
            x.reasons.iter().map(|r| (std::cmp::Reverse(r.level), row_of(r.id))).collect();
        prop_assert!(order.windows(2).all(|w| w[0] < w[1]), "{:?}", order);
        for r in &x.reasons {
            let row = &REASONS[row_of(r.id)];
            prop_assert!(row.level.possible().contains(&r.level), "{:?}", r);
            prop_assert!(r.because.windows(2).all(|w| w[0] < w[1]), "{:?}", r.because);
            prop_assert!(r.because.iter().all(|q| a.get(*q).is_some()), "{:?}", r);
            prop_assert!(r.because.iter().any(|q| row.reads.contains(q)), "{:?}", r);
        }
        for c in &x.cautions {
            let row = CAUTIONS.iter().find(|row| row.id == c.id).unwrap();
            prop_assert!(!c.because.is_empty());
            prop_assert!(c.because.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(c.because.iter().all(|q| row.reads.contains(q) && a.get(*q).is_some()), "{:?}", c);
        }
        prop_assert!(x.cautions.windows(2).all(|w| w[0].id < w[1].id));
        let note_row = |id| guide::rules::NOTES.iter().position(|row| row.id == id).unwrap();
        prop_assert!(x.notes.windows(2).all(|w| note_row(w[0]) < note_row(w[1])), "{:?}", x.notes);
        prop_assert!(x.notes.contains(&guide::NoteId::Therapy));
        let top = x.reasons.iter().map(|r| r.level).max().unwrap_or(Level::Monitor);
        if x.urgent_flags.is_empty() {
            prop_assert_eq!(x.care_level, top);
        }
        prop_assert_eq!(x.severity.band.as_str(), spec_band(&a, x.severity.signs));
        prop_assert_eq!(x.unanswered.len() + a.answered().count(), Q::ALL.len());
        prop_assert!(x.unanswered.windows(2).all(|w| w[0] < w[1]));
        // Prerequisites belong to a taper plan: listed only when taper is the level.
        if x.care_level != Level::Taper {
            prop_assert!(x.taper_prerequisites_unmet.is_empty());
        }

        // The plan is total too, and only reorders or annotates.
        let plan = Plan::build(&a, &x);
        prop_assert_eq!(plan.support_level, x.care_level);
        let mut kit: Vec<KitItem> = plan.comfort_kit.iter().map(|e| e.item).collect();
        let first_plain = plan.comfort_kit.iter().position(|e| e.for_symptoms.is_empty()).unwrap_or(kit.len());
        prop_assert!(plan.comfort_kit[first_plain..].iter().all(|e| e.for_symptoms.is_empty()), "moved items first");
        for e in &plan.comfort_kit {
            prop_assert!(e.for_symptoms.iter().all(|s| a.has(Q::WithdrawalSymptoms, s)));
        }
        kit.sort();
        prop_assert_eq!(kit, KitItem::ALL.to_vec());
        prop_assert_eq!(plan.triggers.iter().map(|t| t.kind).collect::<Vec<_>>(), TriggerKind::ALL.to_vec());
        let mut therapies = plan.therapies.clone();
        therapies.sort();
        prop_assert_eq!(therapies, Therapy::ALL.to_vec());
    }

    #[test]
    fn urgent_exactly_when_an_urgent_flag(a in arb_answers()) {
        let x = assess(&a);
        let flags: Vec<&str> = values_of(&a, Q::UrgentNow).into_iter().filter(|v| *v != "none").collect();
        prop_assert_eq!(&x.urgent_flags, &flags);
        prop_assert_eq!(x.care_level == Level::Urgent, !flags.is_empty());
    }

    #[test]
    fn residential_reasons_never_hold_outside_the_gate(a in arb_answers()) {
        let x = assess(&a);
        let detox_reason = x.reasons.iter().any(|r| r.level == Level::Detox);
        let gate = spec_dependence(&a)
            && (x.severity.signs >= 4 || (spec_unknown(&a, Q::Signs) && detox_reason));
        let residential = ["environment", "broader_pattern", "mental_health_flare", "time_away"];
        for r in &x.reasons {
            let is_residential = residential.contains(&r.id.as_str());
            prop_assert_eq!(is_residential, r.level == Level::Residential, "{:?}", r);
            prop_assert!(!is_residential || gate, "{:?} outside the gate", r);
        }
        // Inside the gate each holds when its own condition does.
        if gate {
            prop_assert_eq!(
                x.reasons.iter().any(|r| r.id.as_str() == "time_away"),
                a.has(Q::NeedTimeAway, "yes")
            );
        }
    }

    #[test]
    fn without_dependence_only_two_sedatives_go_above_taper(a in arb_answers()) {
        let x = assess(&a);
        if spec_dependence(&a) {
            return Ok(());
        }
        for r in x.reasons.iter().filter(|r| r.level > Level::Taper) {
            prop_assert_eq!(r.id.as_str(), "mixing");
            prop_assert!(spec_sedatives(&a) >= 2, "{:?}", r);
        }
        if x.urgent_flags.is_empty() && spec_sedatives(&a) < 2 {
            prop_assert!(x.care_level <= Level::Taper);
        }
    }

    #[test]
    fn confidence_low_iff_five_deciding_questions_unknown(a in arb_answers()) {
        let deciding = [
            Q::Frequency, Q::NightDosing, Q::WithdrawalIntensity, Q::Derailed, Q::MoodWhenStopping,
            Q::Signs, Q::Products, Q::OtherSubstances, Q::Medical,
        ];
        let unknown = deciding.iter().filter(|q| spec_unknown(&a, **q)).count();
        prop_assert_eq!(assess(&a).confidence.as_str(), if unknown >= 5 { "low" } else { "ok" });
    }

    #[test]
    fn adding_a_risk_answer_never_lowers_the_level(a in arb_answers(), qi in 0..Q::ALL.len(), vi in any::<usize>()) {
        let q = Q::ALL[qi];
        let question = q.question();
        let w = question.values[vi % question.values.len()];
        let mut b = a.clone();
        match question.kind {
            Kind::Single => {
                if rank(q, Some(w)) < rank(q, a.single(q)) {
                    return Ok(());
                }
                b.set(q, &[w]).unwrap();
            }
            Kind::Multi => {
                if question.is_exclusive(w) {
                    return Ok(());
                }
                // Answering a skipped (or only-unsure) checklist replaces the
                // spec's precaution for an unknown band with facts: that is
                // information, not a risk answer (see the unknown-band test).
                if q == Q::Signs && spec_unknown(&a, q) {
                    return Ok(());
                }
                let mut vals: Vec<&str> = values_of(&a, q).into_iter().filter(|v| !question.is_exclusive(v)).collect();
                if !vals.contains(&w) {
                    vals.push(w);
                }
                b.set(q, &vals).unwrap();
            }
        }
        prop_assert!(assess(&b).care_level >= assess(&a).care_level, "{} -> {}", q.as_str(), w);
    }

    /// Skipping never raises the level, except where the spec treats an
    /// unknown answer with caution on purpose: the signs band (unknown can
    /// open the residential gate), the withdrawal intensity (unknown lets
    /// the symptoms count) and the taper conditions (not known = not met).
    #[test]
    fn skipping_a_question_never_raises_the_level(a in arb_answers(), qi in 0..Q::ALL.len()) {
        let q = Q::ALL[qi];
        let cautious = [Q::Signs, Q::WithdrawalIntensity, Q::MeasuresDoses, Q::Support, Q::TriggerAccess];
        if cautious.contains(&q) {
            return Ok(());
        }
        let mut b = a.clone();
        b.clear(q);
        prop_assert!(assess(&b).care_level <= assess(&a).care_level);
    }

    #[test]
    fn not_sure_never_raises_the_level_over_unanswered(a in arb_answers(), qi in 0..Q::ALL.len()) {
        let q = Q::ALL[qi];
        if !q.question().offers_not_sure() {
            return Ok(());
        }
        let mut unsure = a.clone();
        unsure.set(q, &["not_sure"]).unwrap();
        let mut skipped = a.clone();
        skipped.clear(q);
        let (u, s) = (assess(&unsure), assess(&skipped));
        prop_assert!(u.care_level <= s.care_level);
        prop_assert_eq!(&u.reasons, &s.reasons);
        prop_assert_eq!(&u.taper_prerequisites_unmet, &s.taper_prerequisites_unmet);
        prop_assert_eq!(u.severity.unsure, s.severity.unsure + 1);
    }

    #[test]
    fn not_sure_beside_other_values_changes_no_reason(a in arb_answers(), qi in 0..Q::ALL.len()) {
        let q = Q::ALL[qi];
        let question = q.question();
        if question.kind != Kind::Multi || !question.offers_not_sure() {
            return Ok(());
        }
        let base: Vec<&str> = values_of(&a, q).into_iter().filter(|v| *v != "not_sure" && !question.is_exclusive(v)).collect();
        if base.is_empty() {
            return Ok(());
        }
        let mut plain = a.clone();
        plain.set(q, &base).unwrap();
        let mut maybe_more = base.clone();
        maybe_more.push("not_sure");
        let mut unsure = a.clone();
        unsure.set(q, &maybe_more).unwrap();
        let (p, u) = (assess(&plain), assess(&unsure));
        prop_assert_eq!(p.care_level, u.care_level);
        prop_assert_eq!(&p.reasons, &u.reasons);
        prop_assert_eq!(&p.cautions, &u.cautions);
        prop_assert_eq!(&p.notes, &u.notes);
    }

    #[test]
    fn deterministic_whatever_the_input_order(a in arb_answers()) {
        // Same answers written with keys and array items in reverse order.
        let serde_json::Value::Object(map) = guide::json::answers_to_value(&a) else { unreachable!() };
        let mut text = String::from("{");
        for (i, (k, v)) in map.into_iter().rev().enumerate() {
            if i > 0 {
                text.push(',');
            }
            let v = match v {
                serde_json::Value::Array(items) => serde_json::Value::Array(items.into_iter().rev().collect()),
                v => v,
            };
            text.push_str(&format!("{}:{}", serde_json::to_string(&k).unwrap(), v));
        }
        text.push('}');
        let b = guide::json::parse(text.as_bytes()).unwrap();
        prop_assert_eq!(&b, &a);
        let (x, y) = (assess(&a), assess(&b));
        prop_assert_eq!(guide::json::to_string_pretty(&x), guide::json::to_string_pretty(&y));
        prop_assert_eq!(x, assess(&a.clone()));
    }

    #[test]
    fn assessment_json_round_trip_is_lossless(a in arb_answers()) {
        let x = assess(&a);
        let text = guide::json::to_string_pretty(&x);
        let back = guide::json::assessment_from_str(&text).unwrap();
        prop_assert_eq!(&back, &x);
        prop_assert_eq!(guide::json::to_string_pretty(&back), text);
    }

    #[test]
    fn answers_json_round_trip_is_lossless(a in arb_answers()) {
        let bytes = serde_json::to_vec(&guide::json::answers_to_value(&a)).unwrap();
        prop_assert_eq!(guide::json::parse(&bytes).unwrap(), a);
    }
}
