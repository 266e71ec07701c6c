//! The six-step plan of spec §8 as data, pre-filled from the answers so the
//! widget only renders and lets the person edit it.

use crate::{Answers, Assessment, Level, Q};

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

/// Step 3: which reported symptoms put a kit item up front (spec §8). The
/// breathing exercise travels with `PersonToText`: both answer a spike of
/// anxiety or craving, so the widget explains them together.
pub const KIT_SYMPTOMS: [(KitItem, &[&str]); 5] = [
    (KitItem::Hydration, &["stomach"]),
    (KitItem::EasyFood, &["stomach"]),
    (KitItem::SleepRoutine, &["sleep"]),
    (KitItem::Movement, &["aches_restless_legs"]),
    (KitItem::PersonToText, &["anxiety_panic", "cravings_wired"]),
];

/// Step 4: answers that point at each trigger category, most relevant
/// first. Why people started (`started_for`) names the trigger they will
/// meet again; withdrawal symptoms name what will push back while stopping
/// (seed: body = pain, fatigue, insomnia; emotion = anxiety, anger,
/// sadness; situation = driving, work breaks, social settings — where a
/// dose "for energy" usually lives).
pub const TRIGGER_HINTS: [(TriggerKind, &[(Q, &str)]); 3] = [
    (
        TriggerKind::Body,
        &[
            (Q::StartedFor, "pain"),
            (Q::WithdrawalSymptoms, "sleep"),
            (Q::WithdrawalSymptoms, "aches_restless_legs"),
            (Q::WithdrawalSymptoms, "headache_fatigue"),
        ],
    ),
    (
        TriggerKind::Emotion,
        &[
            (Q::StartedFor, "mood_anxiety"),
            (Q::WithdrawalSymptoms, "anxiety_panic"),
            (Q::WithdrawalSymptoms, "irritability"),
            (Q::WithdrawalSymptoms, "low_mood"),
        ],
    ),
    (TriggerKind::Situation, &[(Q::StartedFor, "energy")]),
];

impl Plan {
    pub fn build(answers: &Answers, assessment: &Assessment) -> Plan {
        // Items the symptoms call for come first; within each group the
        // kit keeps its baseline order, which already puts fluids and food
        // (stomach) before sleep, movement and the person to text.
        let (mut comfort_kit, rest): (Vec<KitEntry>, Vec<KitEntry>) = KIT_SYMPTOMS
            .iter()
            .map(|(item, symptoms)| KitEntry {
                item: *item,
                for_symptoms: symptoms
                    .iter()
                    .copied()
                    .filter(|s| answers.has(Q::WithdrawalSymptoms, s))
                    .collect(),
            })
            .partition(|e| !e.for_symptoms.is_empty());
        comfort_kit.extend(rest);

        let triggers = TRIGGER_HINTS
            .iter()
            .map(|(kind, hints)| TriggerPlan {
                kind: *kind,
                hints: hints.iter().filter(|(q, v)| answers.has(*q, v)).map(|(_, v)| *v).collect(),
            })
            .collect();

        let mut therapies = Therapy::ALL.to_vec();
        if answers.has(Q::MentalHealth, "trauma") {
            therapies.retain(|t| *t != Therapy::TraumaInformed);
            therapies.insert(0, Therapy::TraumaInformed);
        }

        Plan { support_level: assessment.care_level, comfort_kit, triggers, therapies }
    }
}
