//! The six-step plan of spec §8 as data, pre-filled from the answers so the
//! widget only renders and lets the person edit it.

use crate::answers::Answers;
use crate::model::{Assessment, Confidence, Level};
use crate::questions::Q;

crate::id_enum! {
    /// Step 3 comfort-kit items.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
    pub enum KitItem {
        Hydration = "hydration",
        EasyFood = "easy_food",
        SleepRoutine = "sleep_routine",
        Movement = "movement",
        PersonToText = "person_to_text",
    }
}

crate::id_enum! {
    /// Step 4 trigger categories.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
    pub enum TriggerKind {
        Body = "body",
        Emotion = "emotion",
        Situation = "situation",
    }
}

crate::id_enum! {
    /// Step 5 therapy approaches.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
    pub enum Therapy {
        MotivationalInterviewing = "motivational_interviewing",
        Cbt = "cbt",
        DbtSkills = "dbt_skills",
        TraumaInformed = "trauma_informed",
    }
}

crate::id_enum! {
    /// Recovery phases of §8.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
    pub enum Phase {
        Stabilization = "stabilization",
        SkillBuilding = "skill_building",
        Repair = "repair",
        Maintenance = "maintenance",
    }
}

/// Step 1: how many days the baseline diary runs (seed, Step 1).
pub const DIARY_DAYS: std::ops::RangeInclusive<u8> = 3..=5;

/// Step 6: how many editable entries each listed part of the relapse plan
/// gets (the appointment and the one change are one field each).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RelapseSlots {
    pub warning_signs: usize,
    pub people: usize,
}

/// Seed, Step 6: top 5 warning signs, first 3 people, the next appointment,
/// one concrete change.
pub const RELAPSE_SLOTS: RelapseSlots = RelapseSlots { warning_signs: 5, people: 3 };

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
    /// How much the level rests on (spec §4): step 2 must not tell a
    /// low-confidence monitor that no treatment is needed.
    pub confidence: Confidence,
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
                for_symptoms: symptoms.iter().copied().filter(|s| answers.has(Q::WithdrawalSymptoms, s)).collect(),
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

        Plan {
            support_level: assessment.care_level,
            confidence: assessment.confidence,
            comfort_kit,
            triggers,
            therapies,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess::assess;

    fn answers(pairs: &[(Q, &[&str])]) -> Answers {
        let mut a = Answers::new();
        for (q, v) in pairs {
            a.set(*q, v).unwrap();
        }
        a
    }

    fn plan(pairs: &[(Q, &[&str])]) -> Plan {
        let a = answers(pairs);
        Plan::build(&a, &assess(&a))
    }

    fn kit(p: &Plan) -> Vec<KitItem> {
        p.comfort_kit.iter().map(|e| e.item).collect()
    }

    #[test]
    fn no_symptoms_keeps_the_baseline_kit_and_general_triggers() {
        let p = plan(&[]);
        assert_eq!(p.support_level, Level::Monitor);
        assert_eq!(kit(&p), KitItem::ALL.to_vec());
        assert!(p.comfort_kit.iter().all(|e| e.for_symptoms.is_empty()));
        assert_eq!(p.triggers.iter().map(|t| t.kind).collect::<Vec<_>>(), TriggerKind::ALL.to_vec());
        assert!(p.triggers.iter().all(|t| t.hints.is_empty()));
        assert_eq!(p.therapies, Therapy::ALL.to_vec());
    }

    #[test]
    fn never_stopped_or_none_moves_nothing() {
        for v in ["none", "never_stopped"] {
            assert_eq!(kit(&plan(&[(Q::WithdrawalSymptoms, &[v])])), KitItem::ALL.to_vec(), "{v}");
        }
    }

    #[test]
    fn sleep_puts_the_sleep_routine_first() {
        let p = plan(&[(Q::WithdrawalSymptoms, &["sleep"])]);
        assert_eq!(
            kit(&p),
            vec![
                KitItem::SleepRoutine,
                KitItem::Hydration,
                KitItem::EasyFood,
                KitItem::Movement,
                KitItem::PersonToText
            ]
        );
        assert_eq!(p.comfort_kit[0].for_symptoms, vec!["sleep"]);
    }

    #[test]
    fn restless_legs_put_movement_first() {
        let p = plan(&[(Q::WithdrawalSymptoms, &["aches_restless_legs"])]);
        assert_eq!(kit(&p)[0], KitItem::Movement);
        assert_eq!(kit(&p)[1..], [KitItem::Hydration, KitItem::EasyFood, KitItem::SleepRoutine, KitItem::PersonToText]);
    }

    #[test]
    fn anxiety_or_cravings_put_the_person_to_text_first() {
        for s in ["anxiety_panic", "cravings_wired"] {
            let p = plan(&[(Q::WithdrawalSymptoms, &[s])]);
            assert_eq!(kit(&p)[0], KitItem::PersonToText, "{s}");
            assert_eq!(p.comfort_kit[0].for_symptoms, vec![s]);
        }
    }

    #[test]
    fn stomach_puts_fluids_and_food_before_everything_else() {
        let p = plan(&[(Q::WithdrawalSymptoms, &["cravings_wired", "sleep", "stomach", "aches_restless_legs"])]);
        assert_eq!(
            kit(&p),
            vec![
                KitItem::Hydration,
                KitItem::EasyFood,
                KitItem::SleepRoutine,
                KitItem::Movement,
                KitItem::PersonToText
            ]
        );
        assert!(p.comfort_kit.iter().all(|e| !e.for_symptoms.is_empty()));
    }

    #[test]
    fn symptoms_without_a_kit_item_move_nothing() {
        let p = plan(&[(Q::WithdrawalSymptoms, &["runny_nose_yawning", "brain_fog"])]);
        assert_eq!(kit(&p), KitItem::ALL.to_vec());
    }

    #[test]
    fn trigger_hints_from_why_they_started_then_symptoms() {
        let p = plan(&[
            (Q::StartedFor, &["energy", "pain", "mood_anxiety", "opioid_withdrawal"]),
            (Q::WithdrawalSymptoms, &["headache_fatigue", "sleep", "low_mood", "irritability"]),
        ]);
        let hints: Vec<Vec<&str>> = p.triggers.iter().map(|t| t.hints.clone()).collect();
        assert_eq!(
            hints,
            vec![
                vec!["pain", "sleep", "headache_fatigue"],
                vec!["mood_anxiety", "irritability", "low_mood"],
                vec!["energy"],
            ]
        );
    }

    #[test]
    fn trauma_informed_therapy_first_only_with_trauma() {
        let p = plan(&[(Q::MentalHealth, &["depression", "trauma"])]);
        assert_eq!(
            p.therapies,
            vec![Therapy::TraumaInformed, Therapy::MotivationalInterviewing, Therapy::Cbt, Therapy::DbtSkills]
        );
        let p = plan(&[(Q::MentalHealth, &["depression", "not_sure"])]);
        assert_eq!(p.therapies, Therapy::ALL.to_vec());
    }

    #[test]
    fn support_level_is_the_care_level() {
        assert_eq!(plan(&[(Q::NightDosing, &["yes"])]).support_level, Level::Detox);
        assert_eq!(plan(&[(Q::UrgentNow, &["heart"])]).support_level, Level::Urgent);
        assert_eq!(plan(&[(Q::Frequency, &["daily_once"])]).support_level, Level::Taper);
    }
}
