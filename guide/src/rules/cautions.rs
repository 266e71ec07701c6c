//! Cautions of spec §5: what to avoid, each with the answers that raised it.

use crate::answers::Answers;
use crate::model::CautionId;
use crate::questions::Q;

use super::gates::{evidence, Evidence, SEDATIVES};
use super::reasons::MEDICAL_RISKS;
use super::notes;
use super::row::{only, Because, Predicate, Rule};

/// `cold_turkey_risk`: the high-risk factors of §5, in the spec's order.
pub static COLD_TURKEY_FACTORS: [Evidence; 7] = [
    Evidence { q: Q::Frequency, values: &["daily_2_3", "daily_4_plus"] },
    Evidence { q: Q::NightDosing, values: &["yes"] },
    Evidence { q: Q::MentalHealth, values: &["depression", "anxiety_panic", "trauma"] },
    Evidence { q: Q::MoodWhenStopping, values: &["severe"] },
    Evidence { q: Q::WithdrawalIntensity, values: &["severe"] },
    Evidence { q: Q::Derailed, values: &["once", "repeatedly"] },
    Evidence { q: Q::Medical, values: MEDICAL_RISKS },
];

fn detox_kit(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "detox_kit"), Q::Considering)
}
fn extract_switch(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "switch_to_extract"), Q::Considering)
}
fn already_on_extracts(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Products, "extract_or_shot"), Q::Products)
}
fn sedative_mix(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::OtherSubstances, SEDATIVES), Q::OtherSubstances)
}
fn otc_megadose(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "otc_high_dose"), Q::Considering)
}
fn cold_turkey_risk(a: &Answers) -> Option<Vec<Q>> {
    let factors = evidence(a, &COLD_TURKEY_FACTORS);
    if !a.has(Q::Considering, "cold_turkey") || factors.is_empty() {
        return None;
    }
    let mut b = Because::default();
    b.extend(&factors);
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

pub static CAUTIONS: [Rule<CautionId, Predicate>; 7] = [
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
        when: "`products` has `extract_or_shot`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid switching to stronger extracts*: already on extracts is a strong reason to get medical help",
        fires: already_on_extracts,
    },
    Rule {
        id: CautionId::SedativeMix,
        reads: &[Q::OtherSubstances],
        #[cfg(feature = "rule-docs")]
        when: "`other_substances` has a sedative",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid mixing kratom with alcohol or sedatives*",
        fires: sedative_mix,
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
