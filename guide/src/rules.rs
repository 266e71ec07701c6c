//! The rule rows of spec §4–§6 as data: each row carries its id, the
//! questions it reads, the condition in clinician words, its basis, and the
//! predicate that decides it. `assess` runs the predicates and
//! `markdown()` prints the same rows, so the engine and the clinicians'
//! table cannot drift apart row by row.

use crate::answers::Answers;
#[cfg(feature = "rule-docs")]
use crate::model::{Band, Level};
use crate::model::{CautionId, NoteId, Prereq, ReasonId};
#[cfg(feature = "rule-docs")]
use crate::questions::QUESTIONS;
use crate::questions::{NONE, NOT_SURE, Q, SIGNS};

/// One rule. `fires` returns the question ids whose answers made it hold
/// (table order, no duplicates), or `None` when it does not hold.
pub struct Rule<Id: 'static> {
    pub id: Id,
    /// Every question the predicate may look at; `because` is always a subset.
    pub reads: &'static [Q],
    /// The condition, for clinicians (Markdown).
    #[cfg(feature = "rule-docs")]
    pub when: &'static str,
    /// Where the rule comes from: a section of the seed article or DSM-5.
    #[cfg(feature = "rule-docs")]
    pub basis: &'static str,
    pub fires: fn(&Answers) -> Option<Vec<Q>>,
}

// ---- shared definitions (spec §2–§6 spell these out once) ----

/// `mental_health` "has a condition": anything but `none` / `not_sure`.
pub fn has_mental_health_condition(a: &Answers) -> bool {
    a.get(Q::MentalHealth).is_some_and(|ans| ans.values().iter().any(|v| *v != NONE && *v != NOT_SURE))
}

/// Daily or more: once a day counts, unlike `multiple_daily_doses`.
pub fn daily_or_more(a: &Answers) -> bool {
    a.has_any(Q::Frequency, &["daily_once", "daily_2_3", "daily_4_plus"])
}

/// Number of other substances named; `none` / `not_sure` name nothing.
pub fn substance_count(a: &Answers) -> usize {
    a.get(Q::OtherSubstances).map_or(0, |ans| ans.values().iter().filter(|v| **v != NONE && **v != NOT_SURE).count())
}

/// `severity.signs`: ticked checklist items (`none` is not a sign).
pub fn signs_count(a: &Answers) -> usize {
    a.get(Q::Signs).map_or(0, |ans| ans.values().iter().filter(|v| SIGNS.contains(v)).count())
}

/// Collects contributing questions and hands them back in table order.
#[derive(Default)]
struct Because(Vec<Q>);

impl Because {
    fn add(&mut self, cond: bool, q: Q) -> bool {
        if cond && !self.0.contains(&q) {
            self.0.push(q);
        }
        cond
    }
    fn extend(&mut self, qs: &[Q]) {
        for &q in qs {
            self.add(true, q);
        }
    }
    fn done(mut self) -> Option<Vec<Q>> {
        crate::small_sort_by_key(&mut self.0, |q| *q);
        (!self.0.is_empty()).then_some(self.0)
    }
}

fn only(cond: bool, q: Q) -> Option<Vec<Q>> {
    cond.then(|| vec![q])
}

// ---- detox reasons ----

fn extract_use(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Products, "extract_or_shot"), Q::Products)
}
fn night_dosing(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::NightDosing, "yes"), Q::NightDosing)
}
fn multiple_daily_doses(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::Frequency, &["daily_2_3", "daily_4_plus"]), Q::Frequency)
}
fn severe_mood_on_stopping(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::MoodWhenStopping, "severe"), Q::MoodWhenStopping)
}
fn medical_risk(a: &Answers) -> Option<Vec<Q>> {
    only(
        a.has_any(Q::Medical, &["seizures", "heart_rhythm", "liver", "other_complex", "pregnant_postpartum"]),
        Q::Medical,
    )
}
fn psychiatric_risk(a: &Answers) -> Option<Vec<Q>> {
    if !has_mental_health_condition(a) {
        return None;
    }
    let mut b = Because::default();
    let daily = b.add(daily_or_more(a), Q::Frequency);
    let intense = b.add(a.has_any(Q::WithdrawalIntensity, &["moderate", "severe"]), Q::WithdrawalIntensity);
    if !(daily || intense) {
        return None;
    }
    b.add(true, Q::MentalHealth);
    b.done()
}
fn mixing(a: &Answers) -> Option<Vec<Q>> {
    only(substance_count(a) >= 1, Q::OtherSubstances)
}
fn withdrawal_derails(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::Derailed, &["once", "repeatedly"]), Q::Derailed)
}
fn severe_withdrawal(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::WithdrawalIntensity, "severe"), Q::WithdrawalIntensity)
}

// ---- residential reasons (gated in `assess`, see RESIDENTIAL_GATE) ----

fn environment(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::CanStayStoppedHere, "no"), Q::CanStayStoppedHere)
}
fn broader_pattern(a: &Answers) -> Option<Vec<Q>> {
    only(substance_count(a) >= 2, Q::OtherSubstances)
}
fn mental_health_flare(a: &Answers) -> Option<Vec<Q>> {
    (a.has(Q::MoodWhenStopping, "severe") && has_mental_health_condition(a))
        .then(|| vec![Q::MoodWhenStopping, Q::MentalHealth])
}
fn time_away(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::NeedTimeAway, "yes"), Q::NeedTimeAway)
}

// ---- taper reasons ----

fn signs_present(a: &Answers) -> Option<Vec<Q>> {
    only(signs_count(a) >= 2, Q::Signs)
}
fn daily_use(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Frequency, "daily_once"), Q::Frequency)
}

/// The residential rows count only when this holds (spec §4): residential
/// care is for a use disorder or a withdrawal that needs support, not for a
/// hard home life alone.
pub const RESIDENTIAL_GATE: &str = "`severity.signs` ≥ 2, or any detox reason holds";

/// Reason rows, in `ReasonId` order: highest level first, then the spec's
/// table order — which is the output order.
pub static REASONS: [Rule<ReasonId>; 15] = [
    Rule {
        id: ReasonId::Environment,
        reads: &[Q::CanStayStoppedHere],
        #[cfg(feature = "rule-docs")]
        when: "`can_stay_stopped_here` = `no`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: cannot stay stopped in the current environment; Step 2: chaotic or unsafe environment",
        fires: environment,
    },
    Rule {
        id: ReasonId::BroaderPattern,
        reads: &[Q::OtherSubstances],
        #[cfg(feature = "rule-docs")]
        when: "two or more substances in `other_substances` (`none`, `not_sure` not counted)",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: kratom is part of a broader substance pattern",
        fires: broader_pattern,
    },
    Rule {
        id: ReasonId::MentalHealthFlare,
        reads: &[Q::MoodWhenStopping, Q::MentalHealth],
        #[cfg(feature = "rule-docs")]
        when: "`mood_when_stopping` = `severe` AND `mental_health` has a condition",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: mental health symptoms flare during withdrawal",
        fires: mental_health_flare,
    },
    Rule {
        id: ReasonId::TimeAway,
        reads: &[Q::NeedTimeAway],
        #[cfg(feature = "rule-docs")]
        when: "`need_time_away` = `yes`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: needs time away from stressors to stabilize",
        fires: time_away,
    },
    Rule {
        id: ReasonId::ExtractUse,
        reads: &[Q::Products],
        #[cfg(feature = "rule-docs")]
        when: "`products` has `extract_or_shot`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medically supported detox*: concentrated extracts or shots; *Avoid switching to stronger extracts*",
        fires: extract_use,
    },
    Rule {
        id: ReasonId::NightDosing,
        reads: &[Q::NightDosing],
        #[cfg(feature = "rule-docs")]
        when: "`night_dosing` = `yes`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medically supported detox*: wakes up in withdrawal or doses through the night",
        fires: night_dosing,
    },
    Rule {
        id: ReasonId::MultipleDailyDoses,
        reads: &[Q::Frequency],
        #[cfg(feature = "rule-docs")]
        when: "`frequency` is `daily_2_3` or `daily_4_plus`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: extracts, high doses or multiple daily doses",
        fires: multiple_daily_doses,
    },
    Rule {
        id: ReasonId::SevereMoodOnStopping,
        reads: &[Q::MoodWhenStopping],
        #[cfg(feature = "rule-docs")]
        when: "`mood_when_stopping` = `severe`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medically supported detox*: severe anxiety, panic or depression on stopping",
        fires: severe_mood_on_stopping,
    },
    Rule {
        id: ReasonId::MedicalRisk,
        reads: &[Q::Medical],
        #[cfg(feature = "rule-docs")]
        when: "`medical` has `seizures`, `heart_rhythm`, `liver`, `other_complex` or `pregnant_postpartum`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medically supported detox*: seizures, heart rhythm problems, complex medical conditions; *Avoid going cold turkey*: liver, pregnancy",
        fires: medical_risk,
    },
    Rule {
        id: ReasonId::PsychiatricRisk,
        reads: &[Q::Frequency, Q::WithdrawalIntensity, Q::MentalHealth],
        #[cfg(feature = "rule-docs")]
        when: "`mental_health` has a condition AND (`frequency` is `daily_once`, `daily_2_3` or `daily_4_plus` OR `withdrawal_intensity` is `moderate` or `severe`)",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: medical or psychiatric risk factors; *Treating co-occurring conditions*",
        fires: psychiatric_risk,
    },
    Rule {
        id: ReasonId::Mixing,
        reads: &[Q::OtherSubstances],
        #[cfg(feature = "rule-docs")]
        when: "`other_substances` has anything but `none` / `not_sure`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medically supported detox*: mixing with alcohol, benzodiazepines, opioids or other drugs",
        fires: mixing,
    },
    Rule {
        id: ReasonId::WithdrawalDerails,
        reads: &[Q::Derailed],
        #[cfg(feature = "rule-docs")]
        when: "`derailed` is `once` or `repeatedly`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medically supported detox*: relapsed on day two or three; *Taper vs detox vs rehab*: withdrawal repeatedly derails",
        fires: withdrawal_derails,
    },
    Rule {
        id: ReasonId::SevereWithdrawal,
        reads: &[Q::WithdrawalIntensity],
        #[cfg(feature = "rule-docs")]
        when: "`withdrawal_intensity` = `severe`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Step 2*: if withdrawal is severe, consider medically supported detox",
        fires: severe_withdrawal,
    },
    Rule {
        id: ReasonId::SignsPresent,
        reads: &[Q::Signs],
        #[cfg(feature = "rule-docs")]
        when: "`severity.signs` ≥ 2",
        #[cfg(feature = "rule-docs")]
        basis: "DSM-5 substance use disorder: 2 or more of 11 criteria; seed, *Signs kratom use has crossed into a disorder*",
        fires: signs_present,
    },
    Rule {
        id: ReasonId::DailyUse,
        reads: &[Q::Frequency],
        #[cfg(feature = "rule-docs")]
        when: "`frequency` = `daily_once`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: a taper works when use is moderate and predictable",
        fires: daily_use,
    },
];

// ---- taper prerequisites ----

pub struct PrereqRow {
    pub id: Prereq,
    pub reads: Q,
    #[cfg(feature = "rule-docs")]
    pub when: &'static str,
    #[cfg(feature = "rule-docs")]
    pub basis: &'static str,
    /// Met only by the one good answer: unsure or unanswered is not yet in place.
    pub met_by: &'static str,
}

pub static PREREQS: [PrereqRow; 3] = [
    PrereqRow {
        id: Prereq::MeasureDoses,
        reads: Q::MeasuresDoses,
        #[cfg(feature = "rule-docs")]
        when: "`measures_doses` ≠ `yes`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: can measure and reduce doses reliably; use a consistent product",
        met_by: "yes",
    },
    PrereqRow {
        id: Prereq::Support,
        reads: Q::Support,
        #[cfg(feature = "rule-docs")]
        when: "`support` ≠ `strong`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: strong support",
        met_by: "strong",
    },
    PrereqRow {
        id: Prereq::Triggers,
        reads: Q::TriggerAccess,
        #[cfg(feature = "rule-docs")]
        when: "`trigger_access` ≠ `low`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: low access to triggers",
        met_by: "low",
    },
];

// ---- cautions ----

fn caution_detox_kit(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "detox_kit"), Q::Considering)
}
fn caution_extract_switch(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "switch_to_extract"), Q::Considering)
}
fn caution_already_on_extracts(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Products, "extract_or_shot"), Q::Products)
}
fn caution_sedative_mix(a: &Answers) -> Option<Vec<Q>> {
    only(
        a.has_any(Q::OtherSubstances, &["alcohol", "benzodiazepines", "opioids", "sleep_aids_sedatives"]),
        Q::OtherSubstances,
    )
}
fn caution_otc_megadose(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Considering, "otc_high_dose"), Q::Considering)
}
fn caution_cold_turkey_risk(a: &Answers) -> Option<Vec<Q>> {
    if !a.has(Q::Considering, "cold_turkey") {
        return None;
    }
    let mut b = Because::default();
    let f = [
        b.add(a.has_any(Q::Frequency, &["daily_2_3", "daily_4_plus"]), Q::Frequency),
        b.add(a.has(Q::NightDosing, "yes"), Q::NightDosing),
        b.add(a.has_any(Q::MentalHealth, &["depression", "anxiety_panic", "trauma"]), Q::MentalHealth),
        b.add(a.has(Q::MoodWhenStopping, "severe"), Q::MoodWhenStopping),
        b.add(a.has_any(Q::Medical, &["seizures", "heart_rhythm", "liver", "pregnant_postpartum"]), Q::Medical),
    ];
    if !f.contains(&true) {
        return None;
    }
    b.add(true, Q::Considering);
    b.done()
}
fn caution_no_diy_medication(a: &Answers) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(a.has(Q::Considering, "otc_high_dose"), Q::Considering);
    if let Some(moud) = note_moud(a) {
        b.extend(&moud);
    }
    b.done()
}

pub static CAUTIONS: [Rule<CautionId>; 7] = [
    Rule {
        id: CautionId::DetoxKit,
        reads: &[Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `detox_kit`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid rapid detox promises and unregulated detox kits*",
        fires: caution_detox_kit,
    },
    Rule {
        id: CautionId::ExtractSwitch,
        reads: &[Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `switch_to_extract`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid switching to stronger extracts to taper*",
        fires: caution_extract_switch,
    },
    Rule {
        id: CautionId::AlreadyOnExtracts,
        reads: &[Q::Products],
        #[cfg(feature = "rule-docs")]
        when: "`products` has `extract_or_shot`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid switching to stronger extracts*: already on extracts is a strong reason to get medical help",
        fires: caution_already_on_extracts,
    },
    Rule {
        id: CautionId::SedativeMix,
        reads: &[Q::OtherSubstances],
        #[cfg(feature = "rule-docs")]
        when: "`other_substances` has `alcohol`, `benzodiazepines`, `opioids` or `sleep_aids_sedatives`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid mixing kratom with alcohol or sedatives*",
        fires: caution_sedative_mix,
    },
    Rule {
        id: CautionId::OtcMegadose,
        reads: &[Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `otc_high_dose`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid mega-dosing over-the-counter medications*",
        fires: caution_otc_megadose,
    },
    Rule {
        id: CautionId::ColdTurkeyRisk,
        reads: &[Q::Frequency, Q::NightDosing, Q::MoodWhenStopping, Q::Medical, Q::MentalHealth, Q::Considering],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `cold_turkey` AND a high-risk factor: `frequency` `daily_2_3` / `daily_4_plus`, `night_dosing` `yes`, `mental_health` `depression` / `anxiety_panic` / `trauma`, `mood_when_stopping` `severe`, `medical` `seizures` / `heart_rhythm` / `liver` / `pregnant_postpartum`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid going cold turkey if you have high-risk factors*",
        fires: caution_cold_turkey_risk,
    },
    Rule {
        id: CautionId::NoDiyMedication,
        reads: &[
            Q::Products,
            Q::Frequency,
            Q::NightDosing,
            Q::Duration,
            Q::OtherSubstances,
            Q::Considering,
        ],
        #[cfg(feature = "rule-docs")]
        when: "`considering` has `otc_high_dose`, or the `moud` note is present",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medication options*: not a DIY category; *Avoid mega-dosing OTC medications*",
        fires: caution_no_diy_medication,
    },
];

// ---- notes ----

fn note_moud(a: &Answers) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(a.has(Q::OtherSubstances, "opioids"), Q::OtherSubstances);
    let mut heavy = Because::default();
    let h = [
        heavy.add(a.has(Q::Frequency, "daily_4_plus"), Q::Frequency),
        heavy.add(a.has(Q::Products, "extract_or_shot"), Q::Products),
        heavy.add(a.has(Q::NightDosing, "yes"), Q::NightDosing),
    ];
    let prolonged = a.has_any(Q::Duration, &["6_12_months", "over_1_year"]);
    if h.contains(&true) && prolonged {
        b.extend(&heavy.0);
        b.add(true, Q::Duration);
    }
    b.done()
}
fn note_opioid_switch(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::StartedFor, "opioid_withdrawal"), Q::StartedFor)
}
fn note_integrated_mental_health(a: &Answers) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(a.has(Q::StartedFor, "mood_anxiety"), Q::StartedFor);
    b.add(has_mental_health_condition(a), Q::MentalHealth);
    b.done()
}
fn note_pain_care(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::StartedFor, "pain"), Q::StartedFor)
}
fn note_pregnancy(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Medical, "pregnant_postpartum"), Q::Medical)
}
fn note_sober_living(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::CanStayStoppedHere, &["no", "not_sure"]), Q::CanStayStoppedHere)
}
fn note_therapy(_: &Answers) -> Option<Vec<Q>> {
    Some(Vec::new())
}
fn note_loved_one_guide(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Who, "loved_one"), Q::Who)
}

pub static NOTES: [Rule<NoteId>; 8] = [
    Rule {
        id: NoteId::Moud,
        reads: &[Q::Products, Q::Frequency, Q::NightDosing, Q::Duration, Q::OtherSubstances],
        #[cfg(feature = "rule-docs")]
        when: "`other_substances` has `opioids`, or heavy (`frequency` `daily_4_plus`, `products` has `extract_or_shot`, or `night_dosing` `yes`) AND prolonged (`duration` `6_12_months` / `over_1_year`)",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Medication options: when MAT is considered*: heavy, prolonged, or mixed with opioids",
        fires: note_moud,
    },
    Rule {
        id: NoteId::OpioidSwitch,
        reads: &[Q::StartedFor],
        #[cfg(feature = "rule-docs")]
        when: "`started_for` has `opioid_withdrawal`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *What if I started kratom to get off opioids?*",
        fires: note_opioid_switch,
    },
    Rule {
        id: NoteId::IntegratedMentalHealth,
        reads: &[Q::StartedFor, Q::MentalHealth],
        #[cfg(feature = "rule-docs")]
        when: "`mental_health` has a condition, or `started_for` has `mood_anxiety`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Treating co-occurring mental health conditions*",
        fires: note_integrated_mental_health,
    },
    Rule {
        id: NoteId::PainCare,
        reads: &[Q::StartedFor],
        #[cfg(feature = "rule-docs")]
        when: "`started_for` has `pain`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *What works best*: the reasons you kept using (pain)",
        fires: note_pain_care,
    },
    Rule {
        id: NoteId::Pregnancy,
        reads: &[Q::Medical],
        #[cfg(feature = "rule-docs")]
        when: "`medical` has `pregnant_postpartum`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Avoid going cold turkey*: pregnant or recently postpartum",
        fires: note_pregnancy,
    },
    Rule {
        id: NoteId::SoberLiving,
        reads: &[Q::CanStayStoppedHere],
        #[cfg(feature = "rule-docs")]
        when: "`can_stay_stopped_here` is `no` or `not_sure`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Community and recovery support*: sober living when home is not yet the safest place",
        fires: note_sober_living,
    },
    Rule {
        id: NoteId::Therapy,
        reads: &[],
        #[cfg(feature = "rule-docs")]
        when: "always",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Therapy that targets cravings and triggers*; *Step 5*",
        fires: note_therapy,
    },
    Rule {
        id: NoteId::LovedOneGuide,
        reads: &[Q::Who],
        #[cfg(feature = "rule-docs")]
        when: "`who` = `loved_one`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *What to say if you are a loved one*",
        fires: note_loved_one_guide,
    },
];

/// The rule table for clinicians, generated from the rows above.
/// `docs/care-rules.md` is this text; a test keeps them equal.
/// Needs the `rule-docs` feature (on by default; the widget leaves it off).
#[cfg(feature = "rule-docs")]
pub fn markdown() -> String {
    let mut s = String::new();
    let codes = |qs: &[Q]| {
        if qs.is_empty() {
            "—".to_string()
        } else {
            qs.iter().map(|q| format!("`{}`", q.as_str())).collect::<Vec<_>>().join(", ")
        }
    };
    s.push_str("# Care rules (generated)\n\n");
    s.push_str(
        "Generated by `cargo run --quiet --example rules > docs/care-rules.md` from the rule rows in \
         `guide/src/rules.rs`; a test fails when this file is out of date. The contract is \
         `spec/care-guide.md` §3–§6. Screening and education, never a diagnosis.\n\n",
    );
    s.push_str("`not_sure` never counts toward a sign or a risk. A skipped question counts as not holding.\n\n");

    s.push_str("## Care level\n\n");
    s.push_str(
        "The care level is the highest level among the reasons that hold, `monitor` when none \
         does. Highest first: `urgent` > `residential` > `detox` > `taper` > `monitor`. Every \
         reason that holds is reported, even below the chosen level.\n\n",
    );
    s.push_str("| level | clinician mapping (ASAM Criteria, 3rd ed., approximate) |\n|---|---|\n");
    for (level, asam) in [
        (Level::Urgent, "emergency evaluation now"),
        (Level::Residential, "3.x residential or another higher level of care"),
        (Level::Detox, "medically supported withdrawal management (2-WM to 3.7-WM, decided by a clinician)"),
        (Level::Taper, "level 1 outpatient with ambulatory withdrawal management (1-WM)"),
        (Level::Monitor, "0.5 early intervention: information, baseline diary, when to come back"),
    ] {
        s.push_str(&format!("| `{}` | {} |\n", level.as_str(), asam));
    }

    s.push_str("\n## Urgent\n\n");
    let urgent: Vec<String> =
        QUESTIONS[Q::UrgentNow.index()].values.iter().filter(|v| **v != NONE).map(|v| format!("`{v}`")).collect();
    s.push_str(&format!(
        "`urgent` when `urgent_now` has any value other than `none` ({}); each such value is \
         listed in `urgent_flags`. Basis: seed, *When to seek urgent medical help*.\n",
        urgent.join(", ")
    ));

    for (level, title, extra) in [
        (
            Level::Residential,
            "Residential reasons",
            format!("These count only when {RESIDENTIAL_GATE}; `because` names the reason's own questions.\n\n"),
        ),
        (Level::Detox, "Detox reasons", String::new()),
        (Level::Taper, "Taper reasons", String::new()),
    ] {
        s.push_str(&format!("\n## {title} (level `{}`)\n\n{extra}", level.as_str()));
        s.push_str("| reason | when | reads | basis |\n|---|---|---|---|\n");
        for r in REASONS.iter().filter(|r| r.id.level() == level) {
            s.push_str(&format!("| `{}` | {} | {} | {} |\n", r.id.as_str(), r.when, codes(r.reads), r.basis));
        }
    }

    s.push_str(
        "\n## Taper prerequisites not yet met\n\n\
         Listed in `taper_prerequisites_unmet` when taper is the chosen care level: they are \
         what to put in place first, never a reason to refuse a taper. An unsure \
         or skipped answer is not yet in place.\n\n",
    );
    s.push_str("| prerequisite | unmet when | reads | basis |\n|---|---|---|---|\n");
    for p in &PREREQS {
        s.push_str(&format!("| `{}` | {} | `{}` | {} |\n", p.id.as_str(), p.when, p.reads.as_str(), p.basis));
    }

    s.push_str("\n## Cautions (what to avoid)\n\n");
    s.push_str("| caution | when | reads | basis |\n|---|---|---|---|\n");
    for r in &CAUTIONS {
        s.push_str(&format!("| `{}` | {} | {} | {} |\n", r.id.as_str(), r.when, codes(r.reads), r.basis));
    }

    s.push_str("\n## Notes (tailored information)\n\n");
    s.push_str("| note | when | reads | basis |\n|---|---|---|---|\n");
    for r in &NOTES {
        s.push_str(&format!("| `{}` | {} | {} | {} |\n", r.id.as_str(), r.when, codes(r.reads), r.basis));
    }

    s.push_str("\n## Signs band\n\n");
    let items: Vec<String> = SIGNS.iter().map(|v| format!("`{v}`")).collect();
    s.push_str(&format!(
        "`severity.signs` counts the ticked items of the {}-item `signs` checklist, aligned with the DSM-5 \
         substance use disorder criteria: {}. `severity.unsure` counts the questions answered `not_sure` (or with `not_sure` among \
         their values).\n\n",
        SIGNS.len(),
        items.join(", ")
    ));
    s.push_str("| signs | band |\n|---|---|\n");
    // Walk the engine's own banding so the table shows what it does.
    let mut start = 0;
    for n in 1..=SIGNS.len() + 1 {
        let band = Band::from_signs(start);
        if n > SIGNS.len() || Band::from_signs(n) != band {
            let range = if n - 1 == start { start.to_string() } else { format!("{start}–{}", n - 1) };
            s.push_str(&format!("| {range} | `{}` |\n", band.as_str()));
            start = n;
        }
    }
    s.push_str(
        "\nA band names a pattern that looks like a mild, moderate or severe use disorder; only a clinician \
         can diagnose.\n",
    );
    s
}
