//! Spec §4's reason table as data: one row per reason with the condition
//! that makes it hold and the rule that sets the level it counts at. The
//! care level, each reason's `level` and `because`, and the clinicians'
//! table all come from these rows.

use crate::answers::Answers;
use crate::model::{Band, Level, Reason, ReasonId};
use crate::questions::Q;

use super::gates::{self, RESIDENTIAL_SIGNS};
use super::row::{only, Because};

/// How a reason's level follows from the answers (§4 "counts at").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LevelRule {
    Fixed(Level),
    /// `multiple_daily_doses`: `detox` when `frequency` is `daily_4_plus`,
    /// or `daily_2_3` with moderate or severe withdrawal or night dosing;
    /// else `taper`. Two or three doses a day alone is no withdrawal to manage.
    SeveralDaily,
    /// `detox` when question `.0` = `.1`, else `taper`.
    DetoxWhen(Q, &'static str),
    /// `detox` with dependence, else `taper`.
    DetoxWithDependence,
    /// `mixing`: `detox`, `taper` or `monitor` by dependence and how often
    /// sedatives are used (spec §4 table).
    Mixing,
    /// `residential` within the residential gate, else `taper`: the answer
    /// is taken seriously at every level.
    ResidentialOrTaper,
    /// `residential`, and the reason holds only within the residential gate.
    ResidentialGate,
}

/// What the level rules look at, worked out once per assessment.
#[derive(Debug)]
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
    pub fn dependent(&self) -> bool {
        !self.dependence.is_empty()
    }
}

const SEVERAL_DAILY: &[&str] = &["daily_2_3", "daily_4_plus"];
const MODERATE_OR_SEVERE: &[&str] = &["moderate", "severe"];

impl LevelRule {
    /// The levels this rule can give, lowest first (for tests and docs).
    pub const fn possible(self) -> &'static [Level] {
        match self {
            LevelRule::Fixed(Level::Monitor) => &[Level::Monitor],
            LevelRule::Fixed(Level::Taper) => &[Level::Taper],
            LevelRule::Fixed(Level::Detox) => &[Level::Detox],
            LevelRule::Fixed(Level::Residential) | LevelRule::ResidentialGate => &[Level::Residential],
            LevelRule::Fixed(Level::Urgent) => &[Level::Urgent],
            LevelRule::SeveralDaily | LevelRule::DetoxWhen(..) | LevelRule::DetoxWithDependence => {
                &[Level::Taper, Level::Detox]
            }
            LevelRule::Mixing => &[Level::Monitor, Level::Taper, Level::Detox],
            LevelRule::ResidentialOrTaper => &[Level::Taper, Level::Residential],
        }
    }

    /// Whether the level depends on the residential gate (decided after
    /// every other reason).
    pub const fn is_residential(self) -> bool {
        matches!(self, LevelRule::ResidentialOrTaper | LevelRule::ResidentialGate)
    }

    /// The level, and the questions beyond the reason's own that decided
    /// it. Only what raised the level above its lowest is named: "you said
    /// you use daily" explains a detox; the absence of an answer, or an
    /// answer that kept the level low, explains nothing.
    fn decide(self, f: &Facts) -> (Level, Vec<Q>) {
        let a = f.answers;
        match self {
            LevelRule::Fixed(level) => (level, Vec::new()),
            LevelRule::SeveralDaily => {
                if a.has(Q::Frequency, "daily_4_plus") {
                    return (Level::Detox, Vec::new());
                }
                let mut b = Because::default();
                b.add(a.has_any(Q::WithdrawalIntensity, MODERATE_OR_SEVERE), Q::WithdrawalIntensity);
                b.add(a.has(Q::NightDosing, "yes"), Q::NightDosing);
                match b.done() {
                    Some(deciders) => (Level::Detox, deciders),
                    None => (Level::Taper, Vec::new()),
                }
            }
            LevelRule::DetoxWhen(q, v) => (if a.has(q, v) { Level::Detox } else { Level::Taper }, Vec::new()),
            LevelRule::DetoxWithDependence if f.dependent() => (Level::Detox, f.dependence.clone()),
            LevelRule::DetoxWithDependence => (Level::Taper, Vec::new()),
            LevelRule::Mixing => mixing_level(f),
            // Decided with the gate, in `evaluate`.
            LevelRule::ResidentialOrTaper => (Level::Taper, Vec::new()),
            LevelRule::ResidentialGate => (Level::Residential, Vec::new()),
        }
    }
}

/// `mixing`'s level (spec §4): every path that holds names what decided it.
fn mixing_level(f: &Facts) -> (Level, Vec<Q>) {
    let a = f.answers;
    let opioids = a.has(Q::OtherSubstances, "opioids");
    let unknown = gates::sedative_frequency_unknown(a);
    // Weekly or daily: held only when an asked sedative is named (§2).
    let asked_weekly = gates::asked_sedatives_weekly(a);
    let weekly = gates::weekly_sedative_count(a);

    let mut detox = Because::default();
    // Dependence with opioids, or with an asked sedative weekly or at an unknown frequency.
    if f.dependent() && (opioids || asked_weekly || unknown) {
        detox.extend(&f.dependence);
        detox.add(asked_weekly || unknown, Q::SedativeFrequency);
    }
    // A daily sedative carries its own withdrawal risk, dependence or not.
    detox.add(a.has(Q::SedativeFrequency, "daily"), Q::SedativeFrequency);
    // Two or more sedatives used weekly or more (opioids count once, so an
    // asked sedative is among them and `sedative_frequency` decided it).
    detox.add(weekly >= 2, Q::SedativeFrequency);
    if !detox.is_empty() {
        return (Level::Detox, detox.into_sorted());
    }

    let mut taper = Because::default();
    if f.dependent() {
        taper.extend(&f.dependence);
    }
    taper.add(asked_weekly || unknown, Q::SedativeFrequency);
    if f.dependent() || weekly >= 1 || unknown {
        (Level::Taper, taper.into_sorted())
    } else {
        (Level::Monitor, Vec::new())
    }
}

#[derive(Debug)]
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
    pub holds: fn(&Facts) -> Option<Vec<Q>>,
    pub level: LevelRule,
}

/// The reasons that hold, and whether the residential gate is open.
#[derive(Debug)]
pub struct Evaluated {
    /// Highest level first, then in table order.
    pub reasons: Vec<Reason>,
    /// The answers that opened the residential gate; `None` when closed.
    pub gate: Option<Vec<Q>>,
}

/// The residential gate (spec §4): dependence AND a known count of 4 or
/// more signs AND a reason counting at detox. Residential care is for a
/// dependence with a moderate pattern and withdrawal to manage, not for a
/// hard home life alone; every part of it only grows as answers get worse,
/// so the level is monotone. Returns the answers that opened it.
pub fn residential_gate<'r>(f: &Facts, held: impl IntoIterator<Item = &'r Reason>) -> Option<Vec<Q>> {
    if !f.dependent() || f.signs < RESIDENTIAL_SIGNS {
        return None;
    }
    let detox: Vec<&Reason> = held.into_iter().filter(|r| r.level == Level::Detox).collect();
    if detox.is_empty() {
        return None;
    }
    let mut b = Because::default();
    b.extend(&f.dependence);
    b.add(true, Q::Signs);
    for r in detox {
        b.extend(&r.because);
    }
    Some(b.into_sorted())
}

/// Every reason that holds, highest level first, then in table order.
pub fn evaluate(a: &Answers) -> Evaluated {
    let f = Facts::new(a);
    let mut held: Vec<(usize, Reason)> = Vec::new();
    for (i, row) in REASONS.iter().enumerate().filter(|(_, row)| !row.level.is_residential()) {
        if let Some(own) = (row.holds)(&f) {
            let (level, deciders) = row.level.decide(&f);
            held.push((i, reason(row.id, level, own, &deciders)));
        }
    }
    let gate = residential_gate(&f, held.iter().map(|(_, r)| r));
    for (i, row) in REASONS.iter().enumerate().filter(|(_, row)| row.level.is_residential()) {
        let Some(own) = (row.holds)(&f) else { continue };
        match (&gate, row.level) {
            (Some(opened_by), _) => held.push((i, reason(row.id, Level::Residential, own, opened_by))),
            // Outside the gate: `environment` and `time_away` count at taper;
            // `broader_pattern` and `mental_health_flare` do not hold.
            (None, LevelRule::ResidentialOrTaper) => held.push((i, reason(row.id, Level::Taper, own, &[]))),
            (None, _) => {}
        }
    }
    crate::sort::small_sort_by_key(&mut held, |(i, r)| (std::cmp::Reverse(r.level), *i));
    Evaluated { reasons: held.into_iter().map(|(_, r)| r).collect(), gate }
}

fn reason(id: ReasonId, level: Level, own: Vec<Q>, deciders: &[Q]) -> Reason {
    let mut b = Because::default();
    b.extend(&own);
    b.extend(deciders);
    Reason { id, level, because: b.into_sorted() }
}

// ---- the reasons' own conditions ----

fn night_dosing(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has(Q::NightDosing, "yes"), Q::NightDosing)
}
fn multiple_daily_doses(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has_any(Q::Frequency, SEVERAL_DAILY), Q::Frequency)
}
fn severe_mood_on_stopping(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has(Q::MoodWhenStopping, "severe"), Q::MoodWhenStopping)
}
/// The `mental_health` values behind `psychiatric_risk` (and the
/// `cold_turkey_risk` factor): ADHD and "other" alone are no withdrawal risk.
pub const PSYCHIATRIC: &[&str] = &["depression", "anxiety_panic", "trauma"];
fn psychiatric_risk(f: &Facts) -> Option<Vec<Q>> {
    let a = f.answers;
    if !a.has_any(Q::MentalHealth, PSYCHIATRIC) || !f.dependent() {
        return None;
    }
    let mut b = Because::default();
    let mood = b.add(a.has(Q::MoodWhenStopping, "severe"), Q::MoodWhenStopping);
    let intense = b.add(a.has_any(Q::WithdrawalIntensity, MODERATE_OR_SEVERE), Q::WithdrawalIntensity);
    if !(mood || intense) {
        return None;
    }
    b.add(true, Q::MentalHealth);
    b.extend(&f.dependence);
    b.done()
}
fn withdrawal_derails(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has_any(Q::Derailed, &["once", "repeatedly"]), Q::Derailed)
}
fn severe_withdrawal(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has(Q::WithdrawalIntensity, "severe"), Q::WithdrawalIntensity)
}
/// Concentrated products: extracts and shots, and 7-OH products.
pub const EXTRACTS: &[&str] = &["extract_or_shot", "seven_oh"];
fn extract_use(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has_any(Q::Products, EXTRACTS), Q::Products)
}
/// Shared with the `medical` cold-turkey factor: the same conditions.
pub const MEDICAL_RISKS: &[&str] = &["seizures", "heart_rhythm", "liver", "other_complex", "pregnant_postpartum"];
fn medical_risk(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has_any(Q::Medical, MEDICAL_RISKS), Q::Medical)
}
fn mixing(f: &Facts) -> Option<Vec<Q>> {
    only(gates::substance_count(f.answers) >= 1, Q::OtherSubstances)
}
fn environment(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has(Q::CanStayStoppedHere, "no"), Q::CanStayStoppedHere)
}
/// `broader_pattern`'s condition, also read by `intensive_outpatient`.
pub fn broader_pattern_condition(a: &Answers) -> Option<Vec<Q>> {
    only(gates::substance_count(a) >= 2, Q::OtherSubstances)
}
fn broader_pattern(f: &Facts) -> Option<Vec<Q>> {
    broader_pattern_condition(f.answers)
}
/// `mental_health_flare`'s condition, also read by `intensive_outpatient`.
pub fn mental_health_flare_condition(a: &Answers) -> Option<Vec<Q>> {
    (a.has(Q::MoodWhenStopping, "severe") && gates::has_mental_health_condition(a))
        .then(|| vec![Q::MoodWhenStopping, Q::MentalHealth])
}
fn mental_health_flare(f: &Facts) -> Option<Vec<Q>> {
    mental_health_flare_condition(f.answers)
}
fn time_away(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has(Q::NeedTimeAway, "yes"), Q::NeedTimeAway)
}
fn signs_present(f: &Facts) -> Option<Vec<Q>> {
    only(f.signs >= 2, Q::Signs)
}
fn daily_use(f: &Facts) -> Option<Vec<Q>> {
    only(f.answers.has(Q::Frequency, "daily_once"), Q::Frequency)
}
fn withdrawal_present(f: &Facts) -> Option<Vec<Q>> {
    let a = f.answers;
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
        "Seed, *Taper vs detox vs rehab*: multiple daily doses; detox manages withdrawal, so two or three doses a day count at detox only with moderate or severe withdrawal or night dosing",
        multiple_daily_doses, SeveralDaily),
    row!(SevereMoodOnStopping, [MoodWhenStopping], "`mood_when_stopping` = `severe`",
        "Seed, *Medically supported detox*: severe anxiety, panic or depression on stopping",
        severe_mood_on_stopping, DetoxWithDependence),
    row!(PsychiatricRisk, [Frequency, NightDosing, Signs, WithdrawalIntensity, Derailed, MoodWhenStopping, MentalHealth],
        "`mental_health` has `depression`, `anxiety_panic` or `trauma` AND dependence AND (`mood_when_stopping` = `severe` OR `withdrawal_intensity` is `moderate` or `severe`)",
        "Seed, *Taper vs detox vs rehab*: medical or psychiatric risk factors; *Treating co-occurring conditions*",
        psychiatric_risk, Fixed(Level::Detox)),
    row!(WithdrawalDerails, [Derailed], "`derailed` is `once` or `repeatedly`",
        "Seed, *Medically supported detox*: relapsed on day two or three; *Taper vs detox vs rehab*: withdrawal repeatedly derails",
        withdrawal_derails, DetoxWhen(Q::Derailed, "repeatedly")),
    row!(SevereWithdrawal, [WithdrawalIntensity], "`withdrawal_intensity` = `severe`",
        "Seed, *Step 2*: if withdrawal is severe, consider medically supported detox",
        severe_withdrawal, Fixed(Level::Detox)),
    row!(ExtractUse, [Products], "`products` has `extract_or_shot` or `seven_oh`",
        "Seed, *Medically supported detox*: concentrated extracts or shots; public-health warnings on 7-OH products",
        extract_use, DetoxWithDependence),
    row!(MedicalRisk, [Medical],
        "`medical` has `seizures`, `heart_rhythm`, `liver`, `other_complex` or `pregnant_postpartum`",
        "Seed, *Medically supported detox*: seizures, heart rhythm problems, complex medical conditions; *Avoid going cold turkey*: liver, pregnancy",
        medical_risk, DetoxWithDependence),
    row!(Mixing, [OtherSubstances], "`other_substances` has anything but `none` / `not_sure`",
        "Seed, *Medically supported detox*: mixing with alcohol, benzodiazepines, opioids or other drugs; sedative withdrawal (public health practice)",
        mixing, Mixing),
    row!(Environment, [CanStayStoppedHere], "`can_stay_stopped_here` = `no`",
        "Seed, *Taper vs detox vs rehab*: cannot stay stopped in the current environment; Step 2: chaotic or unsafe environment",
        environment, ResidentialOrTaper),
    row!(BroaderPattern, [OtherSubstances], "two or more substances in `other_substances` (`none`, `not_sure` not counted)",
        "Seed, *Taper vs detox vs rehab*: kratom is part of a broader substance pattern",
        broader_pattern, ResidentialGate),
    row!(MentalHealthFlare, [MoodWhenStopping, MentalHealth],
        "`mood_when_stopping` = `severe` AND `mental_health` has a condition",
        "Seed, *Taper vs detox vs rehab*: mental health symptoms flare during withdrawal",
        mental_health_flare, ResidentialGate),
    row!(TimeAway, [NeedTimeAway], "`need_time_away` = `yes`",
        "Seed, *Taper vs detox vs rehab*: needs time away from stressors to stabilize",
        time_away, ResidentialOrTaper),
    row!(SignsPresent, [Signs], "`severity.signs` ≥ 2",
        "DSM-5 substance use disorder: 2 or more of 11 criteria; seed, *Signs kratom use has crossed into a disorder*",
        signs_present, Fixed(Level::Taper)),
    row!(DailyUse, [Frequency], "`frequency` = `daily_once`",
        "Seed, *Taper vs detox vs rehab*: a taper works when use is moderate and predictable",
        daily_use, Fixed(Level::Taper)),
    row!(WithdrawalPresent, [WithdrawalSymptoms, WithdrawalIntensity],
        "`withdrawal_intensity` is `mild` or `moderate`, or it is unknown (unanswered or `not_sure`) and `withdrawal_symptoms` names a symptom",
        "Seed, *Withdrawal*; *Step 2*: withdrawal that is not severe can be managed as an outpatient",
        withdrawal_present, Fixed(Level::Taper)),
];
