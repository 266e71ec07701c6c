//! Cautions of spec §5: what to avoid, each with the answers that raised it.

use crate::answers::Answers;
use crate::model::{CautionId, ColdTurkeyPart};
use crate::questions::Q;

use super::gates::{self, Evidence, SEDATIVES};
use super::notes;
use super::reasons::{EXTRACTS, PSYCHIATRIC};
use super::row::{only, Because, Predicate, Rule};

/// A high-risk factor of `cold_turkey_risk`: an answer, and the part of
/// the caution's words it calls for.
#[derive(Debug)]
pub struct Factor {
    pub part: ColdTurkeyPart,
    pub evidence: Evidence,
    /// Counts only with dependence evident (pregnancy).
    pub with_dependence: bool,
}

const fn factor(part: ColdTurkeyPart, q: Q, values: &'static [&'static str]) -> Factor {
    Factor { part, evidence: Evidence { q, values }, with_dependence: false }
}

/// `cold_turkey_risk`: the high-risk factors of §5, in the spec's order.
pub static COLD_TURKEY_FACTORS: [Factor; 9] = [
    factor(ColdTurkeyPart::Withdrawal, Q::Frequency, &["daily_2_3", "daily_4_plus"]),
    factor(ColdTurkeyPart::Withdrawal, Q::NightDosing, &["yes"]),
    factor(ColdTurkeyPart::Sedatives, Q::SedativeFrequency, &["daily"]),
    factor(ColdTurkeyPart::Withdrawal, Q::MentalHealth, PSYCHIATRIC),
    factor(ColdTurkeyPart::Withdrawal, Q::MoodWhenStopping, &["severe"]),
    factor(ColdTurkeyPart::Withdrawal, Q::WithdrawalIntensity, &["severe"]),
    factor(ColdTurkeyPart::Withdrawal, Q::Derailed, &["once", "repeatedly"]),
    factor(ColdTurkeyPart::Medical, Q::Medical, &["seizures", "heart_rhythm", "liver", "other_complex"]),
    Factor {
        part: ColdTurkeyPart::Pregnancy,
        evidence: Evidence { q: Q::Medical, values: &["pregnant_postpartum"] },
        with_dependence: true,
    },
];

/// The factors that hold, with the answers behind each (a factor that
/// needs dependence names the dependence answers too).
fn cold_turkey_factors(a: &Answers) -> Vec<(ColdTurkeyPart, Vec<Q>)> {
    let dependence = gates::dependence(a);
    COLD_TURKEY_FACTORS
        .iter()
        .filter(|f| a.has_any(f.evidence.q, f.evidence.values))
        .filter(|f| !f.with_dependence || !dependence.is_empty())
        .map(|f| {
            let mut b = Because::default();
            b.add(true, f.evidence.q);
            if f.with_dependence {
                b.extend(&dependence);
            }
            (f.part, b.into_sorted())
        })
        .collect()
}

/// The parts of the `cold_turkey_risk` words that apply, in their order;
/// empty when the caution does not show.
pub fn cold_turkey_parts(a: &Answers) -> Vec<ColdTurkeyPart> {
    if cold_turkey_risk(a).is_none() {
        return Vec::new();
    }
    let mut parts: Vec<ColdTurkeyPart> = cold_turkey_factors(a).into_iter().map(|(p, _)| p).collect();
    crate::sort::small_sort_by_key(&mut parts, |p| *p);
    parts.dedup();
    parts
}

fn detox_kit(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "detox_kit"), Q::Considering)
}
fn extract_switch(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "switch_to_extract"), Q::Considering)
}
fn already_on_extracts(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::Products, EXTRACTS), Q::Products)
}
fn sedative_mix(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::OtherSubstances, SEDATIVES), Q::OtherSubstances)
}
/// Alcohol, benzodiazepines and sleeping pills can cause seizures when
/// stopped suddenly: warn whenever they may be used weekly or more, or a
/// sudden stop is planned.
fn sedative_stop(a: &Answers) -> Option<Vec<Q>> {
    if !gates::names_asked_sedative(a) {
        return None;
    }
    let mut b = Because::default();
    let often = b.add(gates::asked_sedatives_weekly(a) || gates::sedative_frequency_unknown(a), Q::SedativeFrequency);
    let sudden = b.add(a.has(Q::Considering, "cold_turkey"), Q::Considering);
    if !(often || sudden) {
        return None;
    }
    b.add(true, Q::OtherSubstances);
    b.done()
}
fn otc_megadose(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "otc_high_dose"), Q::Considering)
}
fn cold_turkey_risk(a: &Answers) -> Option<Vec<Q>> {
    let factors = cold_turkey_factors(a);
    if !a.has(Q::Considering, "cold_turkey") || factors.is_empty() {
        return None;
    }
    let mut b = Because::default();
    for (_, qs) in &factors {
        b.extend(qs);
    }
    b.add(true, Q::Considering);
    b.done()
}
fn no_diy_medication(a: &Answers) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(a.has(Q::Considering, "otc_high_dose"), Q::Considering);
    if let Some(moud) = notes::moud_because(a) {
        b.extend(&moud);
    }
    b.done()
}

pub static CAUTIONS: [Rule<CautionId, Predicate>; 8] = [
    Rule {
        id: CautionId::DetoxKit,
        reads: &[Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `detox_kit`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid rapid detox promises and unregulated detox kits*",
        fires: detox_kit,
    },
    Rule {
        id: CautionId::ExtractSwitch,
        reads: &[Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `switch_to_extract`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid switching to stronger extracts to taper*",
        fires: extract_switch,
    },
    Rule {
        id: CautionId::AlreadyOnExtracts,
        reads: &[Q::Products],
        #[cfg(feature = "rule-docs")]
        when: "`products` has `extract_or_shot` or `seven_oh`",
        #[cfg(feature = "rule-docs")]
        basis:
            "Seed, *Avoid switching to stronger extracts*: already on extracts is a strong reason to get medical help; public-health warnings on 7-OH products",
        fires: already_on_extracts,
    },
    Rule {
        id: CautionId::SedativeMix,
        reads: &[Q::OtherSubstances],
        #[cfg(feature = "rule-docs")]
        when: "`other_substances` has `alcohol`, `benzodiazepines`, `opioids` or `sleep_aids_sedatives`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid mixing kratom with alcohol or sedatives*",
        fires: sedative_mix,
    },
    Rule {
        id: CautionId::SedativeStop,
        reads: &[Q::OtherSubstances, Q::SedativeFrequency, Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "an asked sedative (`alcohol`, `benzodiazepines`, `sleep_aids_sedatives`) is named AND (`sedative_frequency` is `daily` or `weekly`, or it is unknown, or `considering` has `cold_turkey`)",
        #[cfg(feature = "rule-docs")]
        basis: "Not in the seed: stopping alcohol, benzodiazepines or sleeping pills suddenly can cause seizures (public health practice)",
        fires: sedative_stop,
    },
    Rule {
        id: CautionId::OtcMegadose,
        reads: &[Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `otc_high_dose`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid mega-dosing over-the-counter medications*",
        fires: otc_megadose,
    },
    Rule {
        id: CautionId::ColdTurkeyRisk,
        reads: &[
            Q::Frequency,
            Q::NightDosing,
            Q::SedativeFrequency,
            Q::Signs,
            Q::WithdrawalIntensity,
            Q::Derailed,
            Q::MoodWhenStopping,
            Q::Medical,
            Q::MentalHealth,
            Q::Considering,
        ],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `cold_turkey` AND a high-risk factor (below)",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid going cold turkey if you have high-risk factors*",
        fires: cold_turkey_risk,
    },
    Rule {
        id: CautionId::NoDiyMedication,
        reads: &[Q::Products, Q::Frequency, Q::NightDosing, Q::Duration, Q::OtherSubstances, Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `otc_high_dose`, or the `moud` note is present",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medication options*: not a DIY category; *Avoid mega-dosing OTC medications*",
        fires: no_diy_medication,
    },
];
