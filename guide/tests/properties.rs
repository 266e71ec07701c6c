//! Properties over generated answer sets (issues 3, 13, 19): totality,
//! urgency, monotonicity as spec v3 §4 states it, the dependence and
//! residential gates, sedatives, confidence, taper kinds, `not_sure`
//! neutrality, the words a `monitor` may say, the urgent page's lines,
//! determinism, lossless JSON. The gates are written out here again from
//! the spec, so the engine is checked, not echoed.

use guide::plan::{KitItem, Plan, Therapy, TriggerKind};
use guide::rules::{CAUTIONS, REASONS};
use guide::{assess, Answers, Kind, Lang, Level, Voice, Q};

mod common;
use common::draw::{answer_set, Ask};
use common::severity::severity_order;

/// Spec v3 §4 "Dependence", from the spec's words (a severe mood on
/// stopping is no longer one).
fn spec_dependence(a: &Answers) -> bool {
    a.has_any(Q::Frequency, &["daily_once", "daily_2_3", "daily_4_plus"])
        || a.has(Q::NightDosing, "yes")
        || a.has_any(Q::WithdrawalIntensity, &["moderate", "severe"])
        || a.has_any(Q::Derailed, &["once", "repeatedly"])
        || a.has(Q::Signs, "withdrawal")
}

const ASKED_SEDATIVES: [&str; 3] = ["alcohol", "benzodiazepines", "sleep_aids_sedatives"];

/// Spec §4 "Sedatives": how many are used weekly or more (opioids always;
/// asked sedatives when `sedative_frequency` is weekly or daily).
fn spec_weekly_sedatives(a: &Answers) -> usize {
    let asked = ASKED_SEDATIVES.iter().filter(|s| a.has(Q::OtherSubstances, s)).count();
    let weekly = a.has_any(Q::SedativeFrequency, &["weekly", "daily"]);
    usize::from(a.has(Q::OtherSubstances, "opioids")) + if weekly { asked } else { 0 }
}

/// Unknown for confidence: unanswered, `not_sure`, or only `not_sure`.
fn spec_unknown(a: &Answers, q: Q) -> bool {
    a.get(q).is_none_or(|x| x.values() == ["not_sure"])
}
use proptest::prelude::*;

/// Any valid answer set (`common::draw`), from one tuple of numbers per
/// question: skip (0 skips it), which value, and two masks ANDed (sparse
/// multi answers).
fn arb_answers() -> impl Strategy<Value = Answers> {
    prop::collection::vec((0u8..4, any::<u32>(), any::<u32>(), any::<u32>()), Q::ALL.len()).prop_map(|seeds| {
        let mut seeds = seeds.into_iter();
        let mut this = (0, 0, 0, 0);
        answer_set(|ask| match ask {
            Ask::Skip => {
                this = seeds.next().expect("one tuple per question");
                u64::from(this.0)
            }
            Ask::Pick => u64::from(this.1),
            Ask::Bits => u64::from(this.2 & this.3),
        })
    })
}

fn rung(q: Q, v: &str) -> Option<usize> {
    severity_order(q)?.iter().position(|r| r.contains(&v))
}

/// The multi-choice questions whose items grow toward more risk (§4).
const GROWING: [Q; 7] =
    [Q::UrgentNow, Q::Products, Q::Signs, Q::OtherSubstances, Q::WithdrawalSymptoms, Q::Medical, Q::MentalHealth];

/// Values that are no item: they never "grow by one".
const NO_ITEM: [&str; 3] = ["none", "not_sure", "never_stopped"];

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
        // level its row's rule can give; `because` in table order, naming
        // answered questions (or an unknown `sedative_frequency`, which
        // counts on purpose) and at least one of the row's own questions.
        let row_of = |id| REASONS.iter().position(|row| row.id == id).unwrap();
        let order: Vec<(std::cmp::Reverse<Level>, usize)> =
            x.reasons.iter().map(|r| (std::cmp::Reverse(r.level), row_of(r.id))).collect();
        prop_assert!(order.windows(2).all(|w| w[0] < w[1]), "{:?}", order);
        let named = |q: &Q| a.get(*q).is_some() || (*q == Q::SedativeFrequency && a.is_asked(*q));
        for r in &x.reasons {
            let row = &REASONS[row_of(r.id)];
            prop_assert!(row.level.possible().contains(&r.level), "{:?}", r);
            prop_assert!(r.because.windows(2).all(|w| w[0] < w[1]), "{:?}", r.because);
            prop_assert!(r.because.iter().all(named), "{:?}", r);
            prop_assert!(r.because.iter().any(|q| row.reads.contains(q)), "{:?}", r);
        }
        for c in &x.cautions {
            let row = CAUTIONS.iter().find(|row| row.id == c.id).unwrap();
            prop_assert!(!c.because.is_empty());
            prop_assert!(c.because.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(c.because.iter().all(|q| row.reads.contains(q) && named(q)), "{:?}", c);
        }
        prop_assert!(x.cautions.windows(2).all(|w| w[0].id < w[1].id));
        let note_row = |id| guide::rules::NOTES.iter().position(|row| row.id == id).unwrap();
        prop_assert!(x.notes.windows(2).all(|w| note_row(w[0]) < note_row(w[1])), "{:?}", x.notes);
        prop_assert!(x.notes.contains(&guide::NoteId::Therapy));
        prop_assert!(x.contradictions.windows(2).all(|w| w[0] < w[1]));
        let top = x.reasons.iter().map(|r| r.level).max().unwrap_or(Level::Monitor);
        if x.urgent_flags.is_empty() {
            prop_assert_eq!(x.care_level, top);
        }
        prop_assert_eq!(x.severity.band.as_str(), spec_band(&a, x.severity.signs));
        // Every asked question is answered or listed as unanswered.
        let asked = Q::ALL.iter().filter(|q| a.is_asked(**q)).count();
        prop_assert_eq!(x.unanswered.len() + a.answered().count(), asked);
        prop_assert!(x.unanswered.windows(2).all(|w| w[0] < w[1]));
        // A taper kind exactly at taper: planned with dependence (§4).
        match x.taper_kind {
            Some(kind) => {
                prop_assert_eq!(x.care_level, Level::Taper);
                let want = if spec_dependence(&a) { "planned_taper" } else { "outpatient_support" };
                prop_assert_eq!(kind.as_str(), want);
            }
            None => prop_assert!(x.care_level != Level::Taper),
        }
        // Prerequisites belong to a planned taper only.
        if x.taper_kind.map(|k| k.as_str()) != Some("planned_taper") {
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

    /// §8 urgent page: each line once, conditional-only lines last, words
    /// for every line in both languages and voices; `breathing` always
    /// gets naloxone and the recovery position (loved one) or naloxone via
    /// someone with you (self), plainly.
    #[test]
    fn urgent_lines_each_once_with_words(a in arb_answers()) {
        let x = assess(&a);
        for voice in [Voice::Me, Voice::Them] {
            let lines = guide::rules::urgent::lines(&x.urgent_flags, voice);
            prop_assert_eq!(lines.is_empty(), x.urgent_flags.is_empty());
            let mut ids: Vec<_> = lines.iter().map(|l| l.id).collect();
            ids.sort();
            ids.dedup();
            prop_assert_eq!(ids.len(), lines.len(), "a line twice");
            let first_if_worse = lines.iter().position(|l| l.form == guide::LineForm::IfWorse).unwrap_or(lines.len());
            prop_assert!(lines[first_if_worse..].iter().all(|l| l.form == guide::LineForm::IfWorse));
            for lang in Lang::ALL {
                for l in &lines {
                    prop_assert!(lang.texts().urgent_lines.get(voice, *l).is_some(), "{:?} {:?} {:?}", lang, voice, l);
                }
            }
            if x.urgent_flags.contains(&"breathing") {
                let plain = |id: &str| lines.iter().any(|l| l.id.as_str() == id && l.form != guide::LineForm::IfWorse);
                match voice {
                    Voice::Them => prop_assert!(plain("naloxone") && plain("on_side") && plain("call_now")),
                    Voice::Me => prop_assert!(lines.iter().any(|l| l.form == guide::LineForm::WithNaloxone)),
                }
            }
        }
    }

    /// v3 §4: the gate is dependence, a known count of 4+ signs, and a
    /// reason at detox; `environment` and `time_away` count at taper
    /// outside it, `broader_pattern` and `mental_health_flare` do not hold.
    #[test]
    fn residential_only_within_the_gate(a in arb_answers()) {
        let x = assess(&a);
        let detox_reason = x.reasons.iter().any(|r| r.level == Level::Detox);
        let gate = spec_dependence(&a) && x.severity.signs >= 4 && detox_reason;
        let residential = ["environment", "broader_pattern", "mental_health_flare", "time_away"];
        for r in &x.reasons {
            let is_residential = residential.contains(&r.id.as_str());
            if gate {
                prop_assert_eq!(is_residential, r.level == Level::Residential, "{:?}", r);
            } else {
                prop_assert!(r.level != Level::Residential, "{:?} outside the gate", r);
                if is_residential {
                    prop_assert!(["environment", "time_away"].contains(&r.id.as_str()) && r.level == Level::Taper);
                }
            }
        }
        prop_assert_eq!(
            x.reasons.iter().any(|r| r.id.as_str() == "time_away"),
            a.has(Q::NeedTimeAway, "yes")
        );
        prop_assert_eq!(x.notes.iter().any(|n| n.as_str() == "time_away_option"), a.has(Q::NeedTimeAway, "yes") && !gate);
    }

    /// Detox is withdrawal management (v3): without dependence only sedative
    /// use with its own withdrawal risk goes above taper.
    #[test]
    fn without_dependence_only_sedatives_go_above_taper(a in arb_answers()) {
        let x = assess(&a);
        if spec_dependence(&a) {
            return Ok(());
        }
        let own_risk = a.has(Q::SedativeFrequency, "daily") || spec_weekly_sedatives(&a) >= 2;
        for r in x.reasons.iter().filter(|r| r.level > Level::Taper) {
            prop_assert_eq!(r.id.as_str(), "mixing");
            prop_assert!(own_risk, "{:?}", r);
        }
        if x.urgent_flags.is_empty() && !own_risk {
            prop_assert!(x.care_level <= Level::Taper);
        }
    }

    /// A skipped `sedative_frequency` can neither hide sedative use nor
    /// raise the level on its own: between "less than weekly" and "weekly".
    #[test]
    fn unknown_sedative_frequency_sits_between_less_than_weekly_and_weekly(a in arb_answers()) {
        if !a.is_asked(Q::SedativeFrequency) {
            return Ok(());
        }
        let level = |v: Option<&str>| {
            let mut b = a.clone();
            match v {
                Some(v) => b.set(Q::SedativeFrequency, &[v]).unwrap(),
                None => b.clear(Q::SedativeFrequency),
            }
            assess(&b).care_level
        };
        let (less, unknown, unsure, weekly) =
            (level(Some("less_than_weekly")), level(None), level(Some("not_sure")), level(Some("weekly")));
        prop_assert_eq!(unknown, unsure);
        prop_assert!(less <= unknown && unknown <= weekly, "{:?} {:?} {:?}", less, unknown, weekly);
    }

    #[test]
    fn confidence_low_iff_five_deciding_or_two_dependence_questions_unknown(a in arb_answers()) {
        let deciding = [
            Q::Frequency, Q::NightDosing, Q::WithdrawalIntensity, Q::Derailed, Q::MoodWhenStopping,
            Q::Signs, Q::Products, Q::OtherSubstances, Q::Medical,
        ];
        let unknown = deciding.iter().filter(|q| spec_unknown(&a, **q)).count();
        let dependence = deciding[..4].iter().filter(|q| spec_unknown(&a, **q)).count();
        let want = if unknown >= 5 || dependence >= 2 { "low" } else { "ok" };
        prop_assert_eq!(assess(&a).confidence.as_str(), want);
    }

    /// Spec v3 §4 "Monotone", as stated: a more severe value on an ordered
    /// question never lowers the level.
    #[test]
    fn a_more_severe_value_never_lowers_the_level(a in arb_answers(), qi in 0..Q::ALL.len(), vi in any::<usize>()) {
        let q = Q::ALL[qi];
        let (Some(_), Some(now)) = (severity_order(q), a.single(q)) else { return Ok(()) };
        let w = q.question().values[vi % q.question().values.len()];
        let (Some(from), Some(to)) = (rung(q, now), rung(q, w)) else { return Ok(()) };
        if to <= from {
            return Ok(());
        }
        let mut b = a.clone();
        b.set(q, &[w]).unwrap();
        prop_assert!(assess(&b).care_level >= assess(&a).care_level, "{}: {} -> {}", q.as_str(), now, w);
    }

    /// ... and one more item ticked in a growing multi-choice never lowers
    /// it, from skipped, `none` or `not_sure` alike.
    #[test]
    fn one_more_item_never_lowers_the_level(a in arb_answers(), qi in 0..GROWING.len(), vi in any::<usize>()) {
        let q = GROWING[qi];
        let question = q.question();
        let items: Vec<&str> = question.values.iter().copied().filter(|v| !NO_ITEM.contains(v)).collect();
        let w = items[vi % items.len()];
        let now = values_of(&a, q);
        if now.contains(&w) {
            return Ok(());
        }
        let mut grown: Vec<&str> = now.into_iter().filter(|v| !question.is_exclusive(v)).collect();
        grown.push(w);
        let mut b = a.clone();
        b.set(q, &grown).unwrap();
        prop_assert!(assess(&b).care_level >= assess(&a).care_level, "{} + {}", q.as_str(), w);
    }

    /// Skipping never raises the level, except where the spec treats an
    /// unknown answer with caution on purpose: the withdrawal intensity
    /// (unknown lets the symptoms count) and `sedative_frequency` (unknown
    /// counts like weekly).
    #[test]
    fn skipping_a_question_never_raises_the_level(a in arb_answers(), qi in 0..Q::ALL.len()) {
        let q = Q::ALL[qi];
        if [Q::WithdrawalIntensity, Q::SedativeFrequency].contains(&q) {
            return Ok(());
        }
        let mut b = a.clone();
        b.clear(q);
        prop_assert!(assess(&b).care_level <= assess(&a).care_level);
    }

    #[test]
    fn not_sure_never_raises_the_level_over_unanswered(a in arb_answers(), qi in 0..Q::ALL.len()) {
        let q = Q::ALL[qi];
        if !q.question().offers_not_sure() || !a.is_asked(q) {
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

    /// §4, §8: a `monitor` never says no treatment is needed when the
    /// frequency is unknown or the confidence is low, in any language or voice.
    #[test]
    fn a_monitor_never_says_no_treatment_is_needed_when_it_cannot_know(a in arb_answers()) {
        let x = assess(&a);
        if x.care_level != Level::Monitor {
            return Ok(());
        }
        let frequency_unknown = spec_unknown(&a, Q::Frequency);
        for lang in Lang::ALL {
            let texts = lang.texts();
            let no_need = &texts.level(Level::Monitor).summary;
            let said = texts.result_summary(&x, &a);
            if frequency_unknown || x.confidence.as_str() == "low" {
                prop_assert!(said != no_need, "{:?}: {:?}", lang, said);
            } else {
                prop_assert!(said == no_need);
            }
        }
    }

    /// §4: the seed's taper conditions decide no level, age never changes
    /// it (§2), and who answers, why kratom was started, how long, and what
    /// is being considered are not in the reason table: changing any of
    /// them leaves the level and every reason as they were.
    #[test]
    fn answers_outside_the_reason_table_decide_no_level(a in arb_answers(), qi in 0..8usize, vi in any::<usize>()) {
        let q = [Q::Who, Q::AgeBand, Q::Duration, Q::MeasuresDoses, Q::StartedFor, Q::Support, Q::TriggerAccess, Q::Considering][qi];
        let question = q.question();
        let mut b = a.clone();
        let v = question.values[vi % question.values.len()];
        if vi % 5 == 0 {
            b.clear(q);
        } else {
            b.set(q, &[v]).unwrap();
        }
        let (x, y) = (assess(&a), assess(&b));
        prop_assert_eq!(x.care_level, y.care_level);
        prop_assert_eq!(x.taper_kind, y.taper_kind);
        prop_assert_eq!(&x.reasons, &y.reasons);
        prop_assert_eq!(x.confidence, y.confidence);
    }

    /// Contradictions are reported exactly as §7 defines them.
    #[test]
    fn contradictions_as_the_spec_defines_them(a in arb_answers()) {
        let never = a.has(Q::WithdrawalSymptoms, "never_stopped");
        let symptoms = values_of(&a, Q::WithdrawalSymptoms).iter().any(|v| !NO_ITEM.contains(v));
        let mut want = Vec::new();
        if never && a.has_any(Q::WithdrawalIntensity, &["mild", "moderate", "severe"]) {
            want.push("never_stopped_with_intensity");
        }
        if never && a.has_any(Q::Derailed, &["once", "repeatedly"]) {
            want.push("never_stopped_with_derailed");
        }
        if a.has(Q::WithdrawalIntensity, "none") && symptoms {
            want.push("no_withdrawal_with_symptoms");
        }
        let got: Vec<&str> = assess(&a).contradictions.iter().map(|c| c.as_str()).collect();
        prop_assert_eq!(got, want);
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
