//! Contradictions of spec §7: answers that do not fit together. They are
//! for the clinician summary ("check these answers") and never change the
//! level: the answers are taken as given.

use crate::answers::Answers;
use crate::model::ContradictionId;
use crate::questions::Q;

use super::gates;
use super::row::Rule;

fn never_stopped(a: &Answers) -> bool {
    a.has(Q::WithdrawalSymptoms, "never_stopped")
}
fn never_stopped_with_intensity(a: &Answers) -> Option<Vec<Q>> {
    (never_stopped(a) && a.has_any(Q::WithdrawalIntensity, &["mild", "moderate", "severe"]))
        .then(|| vec![Q::WithdrawalSymptoms, Q::WithdrawalIntensity])
}
fn never_stopped_with_derailed(a: &Answers) -> Option<Vec<Q>> {
    (never_stopped(a) && a.has_any(Q::Derailed, &["once", "repeatedly"]))
        .then(|| vec![Q::WithdrawalSymptoms, Q::Derailed])
}
fn no_withdrawal_with_symptoms(a: &Answers) -> Option<Vec<Q>> {
    (a.has(Q::WithdrawalIntensity, "none") && gates::names_something(a, Q::WithdrawalSymptoms))
        .then(|| vec![Q::WithdrawalSymptoms, Q::WithdrawalIntensity])
}

macro_rules! contradiction {
    ($id:ident, [$($q:ident),*], $when:expr, $fires:ident) => {
        Rule {
            id: ContradictionId::$id,
            reads: &[$(Q::$q),*],
            #[cfg(feature = "rule-docs")]
            when: $when,
            #[cfg(feature = "rule-docs")]
            basis: "Answers taken as given; a clinician checks them",
            fires: $fires,
        }
    };
}

/// The rows in the spec's table order, which is the output order.
pub static CONTRADICTIONS: [Rule<ContradictionId, super::row::Predicate>; 3] = [
    contradiction!(
        NeverStoppedWithIntensity,
        [WithdrawalSymptoms, WithdrawalIntensity],
        "`withdrawal_symptoms` = `never_stopped` AND `withdrawal_intensity` is `mild`, `moderate` or `severe`",
        never_stopped_with_intensity
    ),
    contradiction!(
        NeverStoppedWithDerailed,
        [WithdrawalSymptoms, Derailed],
        "`withdrawal_symptoms` = `never_stopped` AND `derailed` is `once` or `repeatedly`",
        never_stopped_with_derailed
    ),
    contradiction!(
        NoWithdrawalWithSymptoms,
        [WithdrawalSymptoms, WithdrawalIntensity],
        "`withdrawal_intensity` = `none` AND `withdrawal_symptoms` names a symptom",
        no_withdrawal_with_symptoms
    ),
];
