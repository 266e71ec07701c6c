//! The six-step plan of spec §8 as data, pre-filled from the answers so the
//! widget only renders and lets the person edit it.
//! (Types are the contract with the widget; the engine issue fills `Plan::build`.)

use crate::{Answers, Assessment, Level};

/// Step 3 comfort-kit items.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum KitItem {
    Hydration,
    EasyFood,
    SleepRoutine,
    Movement,
    PersonToText,
}

impl KitItem {
    pub const ALL: [KitItem; 5] =
        [KitItem::Hydration, KitItem::EasyFood, KitItem::SleepRoutine, KitItem::Movement, KitItem::PersonToText];
}

/// Step 4 trigger categories.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TriggerKind {
    Body,
    Emotion,
    Situation,
}

impl TriggerKind {
    pub const ALL: [TriggerKind; 3] = [TriggerKind::Body, TriggerKind::Emotion, TriggerKind::Situation];
}

/// Step 5 therapy approaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Therapy {
    MotivationalInterviewing,
    Cbt,
    DbtSkills,
    TraumaInformed,
}

impl Therapy {
    pub const ALL: [Therapy; 4] =
        [Therapy::MotivationalInterviewing, Therapy::Cbt, Therapy::DbtSkills, Therapy::TraumaInformed];
}

/// Recovery phases of §8.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    Stabilization,
    SkillBuilding,
    Repair,
    Maintenance,
}

impl Phase {
    pub const ALL: [Phase; 4] = [Phase::Stabilization, Phase::SkillBuilding, Phase::Repair, Phase::Maintenance];
}

/// One comfort-kit item and whether the reported symptoms put it up front.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KitEntry {
    pub item: KitItem,
    /// `withdrawal_symptoms` values that moved this item up (empty = baseline order).
    pub for_symptoms: Vec<&'static str>,
}

/// A suggested if-then for one trigger category, with the answer ids that
/// suggested it, so the widget can pick the matching example wording.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TriggerPlan {
    pub kind: TriggerKind,
    /// Answer values (from `started_for` / `withdrawal_symptoms`) that point
    /// at this category, most relevant first; empty means "use the general example".
    pub hints: Vec<&'static str>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    /// Step 2: the support level is the care level.
    pub support_level: Level,
    /// Step 3: every kit item, ordered by the symptoms reported.
    pub comfort_kit: Vec<KitEntry>,
    /// Step 4: body, emotion, situation — always all three, in that order.
    pub triggers: Vec<TriggerPlan>,
    /// Step 5: therapies, trauma-informed first when `mental_health` has `trauma`.
    pub therapies: Vec<Therapy>,
}

impl Plan {
    pub fn build(answers: &Answers, assessment: &Assessment) -> Plan {
        let _ = answers;
        Plan {
            support_level: assessment.care_level,
            comfort_kit: KitItem::ALL.iter().map(|&item| KitEntry { item, for_symptoms: vec![] }).collect(),
            triggers: TriggerKind::ALL.iter().map(|&kind| TriggerPlan { kind, hints: vec![] }).collect(),
            therapies: Therapy::ALL.to_vec(),
        }
    }
}
