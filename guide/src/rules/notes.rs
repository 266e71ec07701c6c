//! Notes of spec §6: tailored information. Two notes depend on the outcome
//! (the care level, whether the residential gate is open), so note
//! predicates see the reasons and level already decided.

use crate::answers::Answers;
use crate::model::{Band, Level, NoteId, Reason};
use crate::questions::Q;

use super::gates::{self, DAILY_OR_MORE};
use super::reasons::{broader_pattern_condition, mental_health_flare_condition, EXTRACTS};
use super::row::{only, Because, Rule};

/// What a note looks at: the answers and the decided outcome.
#[derive(Debug)]
pub struct Decided<'a> {
    pub answers: &'a Answers,
    pub care_level: Level,
    pub band: Band,
    pub reasons: &'a [Reason],
    /// Whether the residential gate is open.
    pub gate_open: bool,
}

pub type NotePredicate = for<'a, 'b> fn(&'a Decided<'b>) -> Option<Vec<Q>>;

/// The `moud` note's condition, shared with the `no_diy_medication` caution.
pub fn moud_because(a: &Answers) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(a.has(Q::OtherSubstances, "opioids"), Q::OtherSubstances);
    // Heavy: four or more doses a day, night dosing, or extracts used daily.
    let mut heavy = Because::default();
    let many = heavy.add(a.has(Q::Frequency, "daily_4_plus"), Q::Frequency);
    let night = heavy.add(a.has(Q::NightDosing, "yes"), Q::NightDosing);
    let extracts_daily = a.has_any(Q::Products, EXTRACTS) && a.has_any(Q::Frequency, DAILY_OR_MORE);
    if extracts_daily {
        heavy.extend(&[Q::Products, Q::Frequency]);
    }
    let prolonged = a.has_any(Q::Duration, &["6_12_months", "over_1_year"]);
    if (many || night || extracts_daily) && prolonged {
        b.extend(&heavy.into_sorted());
        b.add(true, Q::Duration);
    }
    b.done()
}

/// `opioid_switch` praises stepping away from opioids only when the
/// person is not still using them; the texts pick the wording with this.
pub fn opioid_switch_praises(a: &Answers) -> bool {
    !a.has(Q::OtherSubstances, "opioids")
}

fn young_person(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::AgeBand, "under_18"), Q::AgeBand)
}
fn moud(d: &Decided) -> Option<Vec<Q>> {
    moud_because(d.answers)
}
fn opioid_switch(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::StartedFor, "opioid_withdrawal"), Q::StartedFor)
}
fn naloxone(d: &Decided) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(d.answers.has(Q::StartedFor, "opioid_withdrawal"), Q::StartedFor);
    b.add(d.answers.has(Q::OtherSubstances, "opioids"), Q::OtherSubstances);
    // 7-OH acts much like an opioid: the same overdose risk.
    b.add(d.answers.has(Q::Products, "seven_oh"), Q::Products);
    b.done()
}
fn integrated_mental_health(d: &Decided) -> Option<Vec<Q>> {
    let mut b = Because::default();
    b.add(d.answers.has(Q::StartedFor, "mood_anxiety"), Q::StartedFor);
    b.add(gates::has_mental_health_condition(d.answers), Q::MentalHealth);
    b.done()
}
fn mental_health_care(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::MoodWhenStopping, "severe"), Q::MoodWhenStopping)
}
fn pain_care(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::StartedFor, "pain"), Q::StartedFor)
}
fn pregnancy(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::Medical, "pregnant_postpartum"), Q::Medical)
}
fn sober_living(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has_any(Q::CanStayStoppedHere, &["no", "not_sure"]), Q::CanStayStoppedHere)
}
/// Several sessions a week while living at home: for a severe pattern
/// below detox, and for a home that is hard to stay stopped in, time away
/// asked for, or a pattern the unknown band leaves open, below residential.
fn intensive_outpatient(d: &Decided) -> Option<Vec<Q>> {
    let a = d.answers;
    let mut b = Because::default();
    b.add(d.band == Band::Severe && matches!(d.care_level, Level::Monitor | Level::Taper), Q::Signs);
    if matches!(d.care_level, Level::Taper | Level::Detox) {
        b.add(a.has(Q::CanStayStoppedHere, "no"), Q::CanStayStoppedHere);
        b.add(a.has(Q::NeedTimeAway, "yes"), Q::NeedTimeAway);
        if d.band == Band::Unknown {
            for cond in [broader_pattern_condition(a), mental_health_flare_condition(a)].into_iter().flatten() {
                b.extend(&cond);
            }
        }
    }
    b.done()
}
fn time_away_option(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::NeedTimeAway, "yes") && !d.gate_open, Q::NeedTimeAway)
}
/// Always; trauma-informed care comes first when `trauma` is named.
fn therapy(d: &Decided) -> Option<Vec<Q>> {
    Some(if d.answers.has(Q::MentalHealth, "trauma") { vec![Q::MentalHealth] } else { Vec::new() })
}
fn loved_one_guide(d: &Decided) -> Option<Vec<Q>> {
    only(d.answers.has(Q::Who, "loved_one"), Q::Who)
}

macro_rules! note {
    ($id:ident, [$($q:ident),*], $when:expr, $basis:expr, $fires:ident) => {
        Rule {
            id: NoteId::$id,
            reads: &[$(Q::$q),*],
            #[cfg(feature = "rule-docs")]
            when: $when,
            #[cfg(feature = "rule-docs")]
            basis: $basis,
            fires: $fires,
        }
    };
}

/// The rows in the spec's table order, which is the output order.
pub static NOTES: [Rule<NoteId, NotePredicate>; 13] = [
    note!(YoungPerson, [AgeBand], "`age_band` = `under_18`",
        "Not in the seed: age-appropriate care, with a trusted adult", young_person),
    note!(Moud, [Products, Frequency, NightDosing, Duration, OtherSubstances],
        "`other_substances` has `opioids`, or heavy (`frequency` `daily_4_plus`, `night_dosing` `yes`, or `products` has `extract_or_shot` or `seven_oh` with daily or more use) AND prolonged (`duration` `6_12_months` / `over_1_year`)",
        "Seed, *Medication options: when MAT is considered*: heavy, prolonged, or mixed with opioids", moud),
    note!(OpioidSwitch, [StartedFor],
        "`started_for` has `opioid_withdrawal` (praise for stepping away from opioids only when `other_substances` lacks `opioids`)",
        "Seed, *What if I started kratom to get off opioids?*", opioid_switch),
    note!(Naloxone, [Products, StartedFor, OtherSubstances],
        "`other_substances` has `opioids`, `started_for` has `opioid_withdrawal`, or `products` has `seven_oh`",
        "Seed, *What if I started kratom to get off opioids?*: opioid risk; public health guidance on naloxone and 7-OH", naloxone),
    note!(IntegratedMentalHealth, [StartedFor, MentalHealth],
        "`mental_health` has a condition, or `started_for` has `mood_anxiety`",
        "Seed, *Treating co-occurring mental health conditions*", integrated_mental_health),
    note!(MentalHealthCare, [MoodWhenStopping], "`mood_when_stopping` = `severe`, with or without dependence",
        "Seed, *Medically supported detox*: severe anxiety, panic or depression; crisis lines (public health practice)", mental_health_care),
    note!(PainCare, [StartedFor], "`started_for` has `pain`",
        "Seed, *What works best*: the reasons you kept using (pain)", pain_care),
    note!(Pregnancy, [Medical], "`medical` has `pregnant_postpartum` (wording by dependence)",
        "Seed, *Avoid going cold turkey*: pregnant or recently postpartum; prenatal care practice", pregnancy),
    note!(SoberLiving, [CanStayStoppedHere], "`can_stay_stopped_here` is `no` or `not_sure`",
        "Seed, *Community and recovery support*: sober living when home is not yet the safest place", sober_living),
    note!(IntensiveOutpatient, [OtherSubstances, Signs, MoodWhenStopping, MentalHealth, CanStayStoppedHere, NeedTimeAway],
        "(band `severe` AND the care level is `monitor` or `taper`) OR (the care level is `taper` or `detox` AND (`can_stay_stopped_here` = `no` OR `need_time_away` = `yes` OR (band `unknown` AND `broader_pattern`'s or `mental_health_flare`'s condition holds)))",
        "Seed, *Taper vs detox vs rehab*: more structure than weekly outpatient care while living at home", intensive_outpatient),
    note!(TimeAwayOption, [NeedTimeAway], "`need_time_away` = `yes` AND the residential gate is closed",
        "Seed, *Taper vs detox vs rehab*: time away from stressors to stabilize", time_away_option),
    note!(Therapy, [MentalHealth], "always (trauma-informed care first when `mental_health` has `trauma`)",
        "Seed, *Therapy that targets cravings and triggers*; *Step 5*", therapy),
    note!(LovedOneGuide, [Who], "`who` = `loved_one`",
        "Seed, *What to say if you are a loved one*", loved_one_guide),
];
