//! Spec §4's reason table as data: one row per reason with the condition
//! that makes it hold and the rule that sets the level it counts at. The
//! care level, each reason's `level` and `because`, and the clinicians'
//! table all come from these rows.

use crate::answers::Answers;
use crate::model::{Band, Level, Reason, ReasonId};
use crate::questions::Q;

use super::gates::{self, RESIDENTIAL_SIGNS};
use super::prereqs::PREREQS;
use super::row::{only, Because};

/// How a reason's level follows from the answers (§4 "counts at").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelRule {
    Fixed(Level),
    /// `detox`; `taper` when question `.0` = `.1` and the taper conditions hold.
    TaperWithConditionsWhen(Q, &'static str),
    /// `detox` when question `.0` = `.1`, else `taper`.
    DetoxWhen(Q, &'static str),
    /// `detox` with dependence, else `taper`.
    DetoxWithDependence,
    /// `detox` when (dependence AND a sedative) OR two or more sedatives; else `taper`.
    Mixing,
    /// `residential`, and the reason holds only within the residential gate.
    ResidentialGate,
}

/// What the level rules look at, worked out once per assessment.
pub struct Facts<'a> {
    pub answers: &'a Answers,
    /// Answers showing dependence (empty: not evident).
    pub dependence: Vec<Q>,
    pub signs: usize,
    pub band: Band,
}

impl<'a> Facts<'a> {
    pub fn new(a: &'a Answers) -> Self {
        Facts { answers: a, dependence: gates::dependence(a), signs: gates::signs_count(a), band: gates::band(a) }
    }
}

impl LevelRule {
    /// The levels this rule can give, lowest first (for tests and docs).
    pub const fn possible(self) -> &'static [Level] {
        match self {
            LevelRule::Fixed(Level::Taper) => &[Level::Taper],
            LevelRule::Fixed(Level::Detox) => &[Level::Detox],
            LevelRule::Fixed(_) | LevelRule::ResidentialGate => &[Level::Residential],
            _ => &[Level::Taper, Level::Detox],
        }
    }

    /// The level, and the questions beyond the reason's own that decided
    /// it. Only what raised the level is named: "you said you use daily" explains
    /// a detox; the absence of an answer explains nothing.
    fn decide(self, f: &Facts) -> (Level, Vec<Q>) {
        let a = f.answers;
        let dependent = !f.dependence.is_empty();
        match self {
            LevelRule::Fixed(level) => (level, Vec::new()),
            LevelRule::TaperWithConditionsWhen(q, v) if a.has(q, v) => {
                if gates::taper_conditions_hold(a) {
                    (Level::Taper, PREREQS.iter().map(|p| p.reads).collect())
                } else {
                    // The conditions answered and not met decided it; an
                    // unsure or skipped one is not met but says nothing.
                    let failed = PREREQS.iter().filter(|p| !gates::is_unknown(a, p.reads) && !p.is_met(a));
                    (Level::Detox, failed.map(|p| p.reads).collect())
                }
            }
            LevelRule::TaperWithConditionsWhen(..) => (Level::Detox, Vec::new()),
            LevelRule::DetoxWhen(q, v) => (if a.has(q, v) { Level::Detox } else { Level::Taper }, Vec::new()),
            LevelRule::DetoxWithDependence if dependent => (Level::Detox, f.dependence.clone()),
            LevelRule::DetoxWithDependence => (Level::Taper, Vec::new()),
            LevelRule::Mixing => match gates::sedative_count(a) {
                n if n >= 2 => (Level::Detox, Vec::new()),
                1 if dependent => (Level::Detox, f.dependence.clone()),
                _ => (Level::Taper, Vec::new()),
            },
            LevelRule::ResidentialGate => (Level::Residential, Vec::new()),
        }
    }
}

pub struct ReasonRow {
    pub id: ReasonId,
    /// The questions of the reason's own condition (`holds`).
    pub reads: &'static [Q],
    /// The condition, for clinicians (Markdown).
    #[cfg(feature = "rule-docs")]
    pub when: &'static str,
    #[cfg(feature = "rule-docs")]
    pub basis: &'static str,
    /// The questions that make it hold (table order), or `None`.
    pub holds: fn(&Answers) -> Option<Vec<Q>>,
    pub level: LevelRule,
}

/// The residential gate (spec §4): dependence AND (`signs` ≥ 4, or the band
/// is unknown and a reason counting at detox holds). Residential care is for
/// a dependence with a moderate pattern, not for a hard home life alone.
/// Returns the answers that opened it, or `None` when it is closed.
pub fn residential_gate(f: &Facts, held: &[Reason]) -> Option<Vec<Q>> {
    if f.dependence.is_empty() {
        return None;
    }
    let mut b = Because::default();
    b.extend(&f.dependence);
    if f.signs >= RESIDENTIAL_SIGNS {
        b.add(true, Q::Signs);
        return Some(b.into_sorted());
    }
    let detox: Vec<&Reason> = held.iter().filter(|r| r.level == Level::Detox).collect();
    if f.band != Band::Unknown || detox.is_empty() {
        return None;
    }
    for r in detox {
        b.extend(&r.because);
    }
    Some(b.into_sorted())
}

/// Every reason that holds, highest level first, then in table order.
pub fn evaluate(a: &Answers) -> Vec<Reason> {
    let f = Facts::new(a);
    let mut held: Vec<(usize, Reason)> = Vec::new();
    let gated = |row: &ReasonRow| row.level == LevelRule::ResidentialGate;
    for (i, row) in REASONS.iter().enumerate().filter(|(_, row)| !gated(row)) {
        if let Some(own) = (row.holds)(a) {
            let (level, deciders) = row.level.decide(&f);
            held.push((i, reason(row.id, level, own, &deciders)));
        }
    }
    let so_far: Vec<Reason> = held.iter().map(|(_, r)| r.clone()).collect();
    // Outside the gate the residential reasons do not hold at all.
    if let Some(opened_by) = residential_gate(&f, &so_far) {
        for (i, row) in REASONS.iter().enumerate().filter(|(_, row)| gated(row)) {
            if let Some(own) = (row.holds)(a) {
                held.push((i, reason(row.id, Level::Residential, own, &opened_by)));
            }
        }
    }
    crate::sort::small_sort_by_key(&mut held, |(i, r)| (std::cmp::Reverse(r.level), *i));
    held.into_iter().map(|(_, r)| r).collect()
}

fn reason(id: ReasonId, level: Level, own: Vec<Q>, deciders: &[Q]) -> Reason {
    let mut b = Because::default();
    b.extend(&own);
    b.extend(deciders);
    Reason { id, level, because: b.into_sorted() }
}

// ---- the reasons' own conditions ----

const SEVERAL_DAILY: &[&str] = &["daily_2_3", "daily_4_plus"];

fn night_dosing(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::NightDosing, "yes"), Q::NightDosing)
}
fn multiple_daily_doses(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::Frequency, SEVERAL_DAILY), Q::Frequency)
}
fn severe_mood_on_stopping(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::MoodWhenStopping, "severe"), Q::MoodWhenStopping)
}
fn psychiatric_risk(a: &Answers) -> Option<Vec<Q>> {
    if !gates::has_mental_health_condition(a) {
        return None;
    }
    let mut b = Because::default();
    let often = b.add(a.has_any(Q::Frequency, SEVERAL_DAILY), Q::Frequency);
    let intense = b.add(a.has_any(Q::WithdrawalIntensity, &["moderate", "severe"]), Q::WithdrawalIntensity);
    if !(often || intense) {
        return None;
    }
    b.add(true, Q::MentalHealth);
    b.done()
}
fn withdrawal_derails(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::Derailed, &["once", "repeatedly"]), Q::Derailed)
}
fn severe_withdrawal(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::WithdrawalIntensity, "severe"), Q::WithdrawalIntensity)
}
fn extract_use(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Products, "extract_or_shot"), Q::Products)
}
/// Shared with the `medical` cold-turkey factor: the same five conditions.
pub const MEDICAL_RISKS: &[&str] = &["seizures", "heart_rhythm", "liver", "other_complex", "pregnant_postpartum"];
fn medical_risk(a: &Answers) -> Option<Vec<Q>> {
    only(a.has_any(Q::Medical, MEDICAL_RISKS), Q::Medical)
}
fn mixing(a: &Answers) -> Option<Vec<Q>> {
    only(gates::substance_count(a) >= 1, Q::OtherSubstances)
}
fn environment(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::CanStayStoppedHere, "no"), Q::CanStayStoppedHere)
}
fn broader_pattern(a: &Answers) -> Option<Vec<Q>> {
    only(gates::substance_count(a) >= 2, Q::OtherSubstances)
}
fn mental_health_flare(a: &Answers) -> Option<Vec<Q>> {
    (a.has(Q::MoodWhenStopping, "severe") && gates::has_mental_health_condition(a))
        .then(|| vec![Q::MoodWhenStopping, Q::MentalHealth])
}
fn time_away(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::NeedTimeAway, "yes"), Q::NeedTimeAway)
}
fn signs_present(a: &Answers) -> Option<Vec<Q>> {
    only(gates::signs_count(a) >= 2, Q::Signs)
}
fn daily_use(a: &Answers) -> Option<Vec<Q>> {
    only(a.has(Q::Frequency, "daily_once"), Q::Frequency)
}
fn withdrawal_present(a: &Answers) -> Option<Vec<Q>> {
    if a.has_any(Q::WithdrawalIntensity, &["mild", "moderate"]) {
        return Some(vec![Q::WithdrawalIntensity]);
    }
    // An unsure intensity is not evidence; the symptoms named are.
    let unknown = gates::is_unknown(a, Q::WithdrawalIntensity);
    only(unknown && gates::names_something(a, Q::WithdrawalSymptoms), Q::WithdrawalSymptoms)
}

macro_rules! row {
    ($id:ident, [$($q:ident),*], $when:expr, $basis:expr, $holds:ident, $level:expr) => {
        ReasonRow {
            id: ReasonId::$id,
            reads: &[$(Q::$q),*],
            #[cfg(feature = "rule-docs")]
            when: $when,
            #[cfg(feature = "rule-docs")]
            basis: $basis,
            holds: $holds,
            level: $level,
        }
    };
}

use LevelRule::*;

/// The rows in the spec's table order, which breaks ties within a level.
pub static REASONS: [ReasonRow; 16] = [
    row!(NightDosing, [NightDosing], "`night_dosing` = `yes`",
        "Seed, *Medically supported detox*: wakes up in withdrawal or doses through the night",
        night_dosing, Fixed(Level::Detox)),
    row!(MultipleDailyDoses, [Frequency], "`frequency` is `daily_2_3` or `daily_4_plus`",
        "Seed, *Taper vs detox vs rehab*: multiple daily doses call for detox; two or three doses a day with measured doses, strong support and low trigger access can taper",
        multiple_daily_doses, TaperWithConditionsWhen(Q::Frequency, "daily_2_3")),
    row!(SevereMoodOnStopping, [MoodWhenStopping], "`mood_when_stopping` = `severe`",
        "Seed, *Medically supported detox*: severe anxiety, panic or depression on stopping",
        severe_mood_on_stopping, Fixed(Level::Detox)),
    row!(PsychiatricRisk, [Frequency, WithdrawalIntensity, MentalHealth],
        "`mental_health` has a condition AND (`frequency` is `daily_2_3` or `daily_4_plus` OR `withdrawal_intensity` is `moderate` or `severe`)",
        "Seed, *Taper vs detox vs rehab*: medical or psychiatric risk factors; *Treating co-occurring conditions*",
        psychiatric_risk, Fixed(Level::Detox)),
    row!(WithdrawalDerails, [Derailed], "`derailed` is `once` or `repeatedly`",
        "Seed, *Medically supported detox*: relapsed on day two or three; *Taper vs detox vs rehab*: withdrawal repeatedly derails",
        withdrawal_derails, DetoxWhen(Q::Derailed, "repeatedly")),
    row!(SevereWithdrawal, [WithdrawalIntensity], "`withdrawal_intensity` = `severe`",
        "Seed, *Step 2*: if withdrawal is severe, consider medically supported detox",
        severe_withdrawal, Fixed(Level::Detox)),
    row!(ExtractUse, [Products], "`products` has `extract_or_shot`",
        "Seed, *Medically supported detox*: concentrated extracts or shots; *Avoid switching to stronger extracts*",
        extract_use, DetoxWithDependence),
    row!(MedicalRisk, [Medical],
        "`medical` has `seizures`, `heart_rhythm`, `liver`, `other_complex` or `pregnant_postpartum`",
        "Seed, *Medically supported detox*: seizures, heart rhythm problems, complex medical conditions; *Avoid going cold turkey*: liver, pregnancy",
        medical_risk, DetoxWithDependence),
    row!(Mixing, [OtherSubstances], "`other_substances` has anything but `none` / `not_sure`",
        "Seed, *Medically supported detox*: mixing with alcohol, benzodiazepines, opioids or other drugs",
        mixing, Mixing),
    row!(Environment, [CanStayStoppedHere], "`can_stay_stopped_here` = `no`",
        "Seed, *Taper vs detox vs rehab*: cannot stay stopped in the current environment; Step 2: chaotic or unsafe environment",
        environment, ResidentialGate),
    row!(BroaderPattern, [OtherSubstances], "two or more substances in `other_substances` (`none`, `not_sure` not counted)",
        "Seed, *Taper vs detox vs rehab*: kratom is part of a broader substance pattern",
        broader_pattern, ResidentialGate),
    row!(MentalHealthFlare, [MoodWhenStopping, MentalHealth],
        "`mood_when_stopping` = `severe` AND `mental_health` has a condition",
        "Seed, *Taper vs detox vs rehab*: mental health symptoms flare during withdrawal",
        mental_health_flare, ResidentialGate),
    row!(TimeAway, [NeedTimeAway], "`need_time_away` = `yes`",
        "Seed, *Taper vs detox vs rehab*: needs time away from stressors to stabilize",
        time_away, ResidentialGate),
    row!(SignsPresent, [Signs], "`severity.signs` ≥ 2",
        "DSM-5 substance use disorder: 2 or more of 11 criteria; seed, *Signs kratom use has crossed into a disorder*",
        signs_present, Fixed(Level::Taper)),
    row!(DailyUse, [Frequency], "`frequency` = `daily_once`",
        "Seed, *Taper vs detox vs rehab*: a taper works when use is moderate and predictable",
        daily_use, Fixed(Level::Taper)),
    row!(WithdrawalPresent, [WithdrawalSymptoms, WithdrawalIntensity],
        "`withdrawal_intensity` is `mild` or `moderate`, or it is unknown (unanswered or `not_sure`) and `withdrawal_symptoms` names a symptom",
        "Seed, *Withdrawal*; *Step 2*: withdrawal that is not severe can be managed with a supported taper",
        withdrawal_present, Fixed(Level::Taper)),
];
