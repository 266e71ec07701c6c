//! Properties over generated answer sets (issue 3): totality, urgency,
//! monotonicity, `not_sure` neutrality, determinism, lossless JSON.

use guide::plan::{KitItem, Plan, Therapy, TriggerKind};
use guide::rules::{CAUTIONS, REASONS};
use guide::{assess, Answers, Kind, Level, Q};
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

/// How much risk a single-choice value carries, from spec §4 (only the
/// rules that can move the care level). Moving a question to a value of
/// equal or higher rank is "adding a risk answer".
fn rank(q: Q, v: &str) -> u8 {
    match (q, v) {
        (Q::Frequency, "daily_once") => 1,
        (Q::Frequency, "daily_2_3" | "daily_4_plus") => 2,
        (Q::NightDosing, "yes") => 1,
        (Q::WithdrawalIntensity, "moderate") => 1,
        (Q::WithdrawalIntensity, "severe") => 2,
        (Q::Derailed, "once" | "repeatedly") => 1,
        (Q::MoodWhenStopping, "severe") => 1,
        (Q::CanStayStoppedHere, "no") => 1,
        (Q::NeedTimeAway, "yes") => 1,
        _ => 0,
    }
}

fn values_of(a: &Answers, q: Q) -> Vec<&'static str> {
    a.get(q).map(|x| x.values().to_vec()).unwrap_or_default()
}

fn spec_band(signs: usize) -> &'static str {
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
        // Reasons: in id order (= level, then table), each at its own level,
        // caused by questions the rule row says it reads, in table order.
        prop_assert!(x.reasons.windows(2).all(|w| w[0].id < w[1].id));
        for r in &x.reasons {
            let row = REASONS.iter().find(|row| row.id == r.id).unwrap();
            prop_assert_eq!(r.level, r.id.level());
            prop_assert!(!r.because.is_empty());
            prop_assert!(r.because.windows(2).all(|w| w[0] < w[1]), "{:?}", r.because);
            prop_assert!(r.because.iter().all(|q| row.reads.contains(q) && a.get(*q).is_some()), "{:?}", r);
        }
        for c in &x.cautions {
            let row = CAUTIONS.iter().find(|row| row.id == c.id).unwrap();
            prop_assert!(!c.because.is_empty());
            prop_assert!(c.because.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(c.because.iter().all(|q| row.reads.contains(q) && a.get(*q).is_some()), "{:?}", c);
        }
        prop_assert!(x.cautions.windows(2).all(|w| w[0].id < w[1].id));
        prop_assert!(x.notes.windows(2).all(|w| w[0] < w[1]));
        prop_assert!(x.notes.contains(&guide::NoteId::Therapy));
        let top = x.reasons.iter().map(|r| r.level).max().unwrap_or(Level::Monitor);
        if x.urgent_flags.is_empty() {
            prop_assert_eq!(x.care_level, top);
        }
        prop_assert_eq!(x.severity.band.as_str(), spec_band(x.severity.signs));
        prop_assert_eq!(x.unanswered.len() + a.answered().count(), Q::ALL.len());
        prop_assert!(x.unanswered.windows(2).all(|w| w[0] < w[1]));
        // Residential reasons only behind the gate of spec §4.
        if x.reasons.iter().any(|r| r.level == Level::Residential) {
            prop_assert!(x.severity.signs >= 2 || x.reasons.iter().any(|r| r.level == Level::Detox));
        }
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
    fn adding_a_risk_answer_never_lowers_the_level(a in arb_answers(), qi in 0..Q::ALL.len(), vi in any::<usize>()) {
        let q = Q::ALL[qi];
        let question = q.question();
        let w = question.values[vi % question.values.len()];
        let mut b = a.clone();
        match question.kind {
            Kind::Single => {
                let current = a.single(q).map_or(0, |v| rank(q, v));
                if rank(q, w) < current {
                    return Ok(());
                }
                b.set(q, &[w]).unwrap();
            }
            Kind::Multi => {
                if question.is_exclusive(w) {
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

    #[test]
    fn skipping_a_question_never_raises_the_level(a in arb_answers(), qi in 0..Q::ALL.len()) {
        let mut b = a.clone();
        b.clear(Q::ALL[qi]);
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
