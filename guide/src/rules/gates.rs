//! Definitions the spec spells out once and several rows use: dependence,
//! sedatives and how often they are used, the signs band and confidence.
//! Lists of answers are data so that `docs` prints exactly what runs.

use crate::answers::Answers;
use crate::model::{Band, Confidence};
use crate::questions::{ASKED_SEDATIVES, NONE, NOT_SURE, Q, SIGNS};

/// An answer that counts as evidence: question `q` has one of `values`.
#[derive(Debug)]
pub struct Evidence {
    pub q: Q,
    pub values: &'static [&'static str],
}

const fn ev(q: Q, values: &'static [&'static str]) -> Evidence {
    Evidence { q, values }
}

/// `frequency` daily or more: once a day counts, unlike `multiple_daily_doses`.
pub const DAILY_OR_MORE: &[&str] = &["daily_once", "daily_2_3", "daily_4_plus"];

/// Spec §4 "Dependence": any one of these. Detox means managing
/// withdrawal, so risks that do not show the body relies on kratom call for
/// a clinician-guided outpatient plan instead. In the spec's order. (v3: a
/// severe mood on stopping is no longer one: alone it may be the mood
/// condition itself, which calls for mental-health care.)
pub static DEPENDENCE: [Evidence; 5] = [
    ev(Q::Frequency, DAILY_OR_MORE),
    ev(Q::NightDosing, &["yes"]),
    ev(Q::WithdrawalIntensity, &["moderate", "severe"]),
    ev(Q::Derailed, &["once", "repeatedly"]),
    ev(Q::Signs, &["withdrawal"]),
];

/// Spec §4 "Sedatives" among `other_substances`.
pub const SEDATIVES: &[&str] = &["alcohol", "benzodiazepines", "opioids", "sleep_aids_sedatives"];

/// `sedative_frequency` values that mean weekly or more.
pub const WEEKLY_OR_MORE: &[&str] = &["weekly", "daily"];

/// Spec §4 "confidence": the nine deciding questions, in the spec's order.
pub const DECIDING: [Q; 9] = [
    Q::Frequency,
    Q::NightDosing,
    Q::WithdrawalIntensity,
    Q::Derailed,
    Q::MoodWhenStopping,
    Q::Signs,
    Q::Products,
    Q::OtherSubstances,
    Q::Medical,
];

/// Confidence is low from this many unknown deciding questions on.
pub const LOW_CONFIDENCE_FROM: usize = 5;

/// The four dependence questions (spec §4 "confidence"): the level rests
/// on them most, so two of them unknown is already too few answers.
pub const DEPENDENCE_QUESTIONS: [Q; 4] = [Q::Frequency, Q::NightDosing, Q::WithdrawalIntensity, Q::Derailed];

/// Confidence is low from this many unknown dependence questions on.
pub const LOW_CONFIDENCE_FROM_DEPENDENCE: usize = 2;

/// The residential gate's signs threshold: a moderate pattern.
pub const RESIDENTIAL_SIGNS: usize = 4;

/// The questions among `list` whose answers hold, in the list's order.
pub fn evidence(a: &Answers, list: &[Evidence]) -> Vec<Q> {
    list.iter().filter(|e| a.has_any(e.q, e.values)).map(|e| e.q).collect()
}

/// The answers that show dependence, question-table order; empty when
/// dependence is not evident.
pub fn dependence(a: &Answers) -> Vec<Q> {
    let mut qs = evidence(a, &DEPENDENCE);
    crate::sort::small_sort_by_key(&mut qs, |q| *q);
    qs
}

/// Whether an asked sedative (alcohol, benzodiazepines, sleeping pills) is named.
pub fn names_asked_sedative(a: &Answers) -> bool {
    a.has_any(Q::OtherSubstances, ASKED_SEDATIVES)
}

/// `sedative_frequency` is *unknown* (spec §4): an asked sedative is named
/// and the follow-up is unanswered or `not_sure`.
pub fn sedative_frequency_unknown(a: &Answers) -> bool {
    names_asked_sedative(a) && is_unknown(a, Q::SedativeFrequency)
}

/// The asked sedatives are known to be used weekly or more.
pub fn asked_sedatives_weekly(a: &Answers) -> bool {
    a.has_any(Q::SedativeFrequency, WEEKLY_OR_MORE)
}

/// How many sedatives are used weekly or more (spec §4): opioids whenever
/// named (how often is not asked), each asked sedative named when
/// `sedative_frequency` is `weekly` or `daily`. An unknown frequency never
/// counts here, so a skipped follow-up cannot raise the level on its own.
pub fn weekly_sedative_count(a: &Answers) -> usize {
    let opioids = usize::from(a.has(Q::OtherSubstances, "opioids"));
    let asked = if asked_sedatives_weekly(a) {
        ASKED_SEDATIVES.iter().filter(|v| a.has(Q::OtherSubstances, v)).count()
    } else {
        0
    };
    opioids + asked
}

/// `mental_health` "has a condition": anything but `none` / `not_sure`.
pub fn has_mental_health_condition(a: &Answers) -> bool {
    names_something(a, Q::MentalHealth)
}

/// Whether a multi answer names anything but `none` / `not_sure` (and
/// `never_stopped`, which is no symptom).
pub fn names_something(a: &Answers, q: Q) -> bool {
    a.get(q).is_some_and(|ans| ans.values().iter().any(|v| ![NONE, NOT_SURE, "never_stopped"].contains(v)))
}

/// Number of other substances named; `none` / `not_sure` name nothing.
pub fn substance_count(a: &Answers) -> usize {
    a.get(Q::OtherSubstances).map_or(0, |ans| ans.values().iter().filter(|v| **v != NONE && **v != NOT_SURE).count())
}

/// `severity.signs`: ticked checklist items (`none`, `not_sure` are not signs).
pub fn signs_count(a: &Answers) -> usize {
    a.get(Q::Signs).map_or(0, |ans| ans.values().iter().filter(|v| SIGNS.contains(v)).count())
}

/// Unknown for confidence and the band: unanswered, `not_sure`, or for a
/// multi only `not_sure`. `not_sure` beside real values is an answer.
pub fn is_unknown(a: &Answers, q: Q) -> bool {
    a.get(q).is_none_or(|ans| ans.values() == [NOT_SURE])
}

/// The signs band of §3, `unknown` when the checklist was not answered.
pub fn band(a: &Answers) -> Band {
    if is_unknown(a, Q::Signs) {
        Band::Unknown
    } else {
        Band::from_signs(signs_count(a))
    }
}

/// The deciding questions still unknown, in table order.
pub fn unknown_deciding(a: &Answers) -> Vec<Q> {
    DECIDING.iter().copied().filter(|q| is_unknown(a, *q)).collect()
}

/// The dependence questions still unknown, in table order.
pub fn unknown_dependence_questions(a: &Answers) -> Vec<Q> {
    DEPENDENCE_QUESTIONS.iter().copied().filter(|q| is_unknown(a, *q)).collect()
}

pub fn confidence(a: &Answers) -> Confidence {
    if unknown_deciding(a).len() >= LOW_CONFIDENCE_FROM
        || unknown_dependence_questions(a).len() >= LOW_CONFIDENCE_FROM_DEPENDENCE
    {
        Confidence::Low
    } else {
        Confidence::Ok
    }
}
