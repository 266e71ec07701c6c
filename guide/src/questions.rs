//! The questions as data: ids, kinds, allowed values and sections.
//!
//! This table is the JSON contract of `spec/care-guide.md` §2. The widget
//! renders from it and the validator checks against it, so an id or value
//! lives in exactly one place.

crate::id_enum! {
    /// Every question, in the spec's table order (which is also the order of
    /// `unanswered` in the output and the order the widget asks them).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Q {
        Who = "who",
        UrgentNow = "urgent_now",
        AgeBand = "age_band",
        Products = "products",
        Frequency = "frequency",
        NightDosing = "night_dosing",
        Duration = "duration",
        MeasuresDoses = "measures_doses",
        StartedFor = "started_for",
        OtherSubstances = "other_substances",
        SedativeFrequency = "sedative_frequency",
        Signs = "signs",
        WithdrawalSymptoms = "withdrawal_symptoms",
        WithdrawalIntensity = "withdrawal_intensity",
        Derailed = "derailed",
        MoodWhenStopping = "mood_when_stopping",
        Medical = "medical",
        MentalHealth = "mental_health",
        Support = "support",
        TriggerAccess = "trigger_access",
        CanStayStoppedHere = "can_stay_stopped_here",
        NeedTimeAway = "need_time_away",
        Considering = "considering",
    }
}

crate::id_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Kind {
        Single = "single",
        Multi = "multi",
    }
}

crate::id_enum! {
    /// The six sections the journey is grouped into, for the progress line.
    /// `who` sits on the start page and belongs to no numbered section.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Section {
        Start = "start",
        Safety = "safety",
        Use = "use",
        Pattern = "pattern",
        Stopping = "stopping",
        Health = "health",
        Plans = "plans",
    }
}

impl Section {
    /// The numbered sections shown to the person ("Section 2 of 6").
    pub const NUMBERED: [Section; 6] =
        [Section::Safety, Section::Use, Section::Pattern, Section::Stopping, Section::Health, Section::Plans];

    /// 1-based position among the numbered sections; `None` for the start.
    pub fn number(self) -> Option<usize> {
        Self::NUMBERED.iter().position(|s| *s == self).map(|i| i + 1)
    }
}

#[derive(Debug)]
pub struct Question {
    pub id: Q,
    pub kind: Kind,
    pub section: Section,
    /// Allowed answer ids, in the order they are offered.
    pub values: &'static [&'static str],
    /// Values that cannot be combined with any other (multi only).
    pub exclusive: &'static [&'static str],
    /// The person cannot move on without answering (only the urgent question).
    pub required: bool,
    /// Asked only when this holds (spec §2: `sedative_frequency`). A
    /// question not asked is never unanswered, and an answer to it is bad input.
    pub asked_when: Option<AskedWhen>,
}

/// A question's condition for being asked: question `q` has one of `any_of`.
#[derive(Debug)]
pub struct AskedWhen {
    pub q: Q,
    pub any_of: &'static [&'static str],
}

/// The *asked sedatives* of spec §2: naming one asks `sedative_frequency`.
/// (Opioids are a sedative too, but how often is not asked: any use counts.)
pub const ASKED_SEDATIVES: &[&str] = &["alcohol", "benzodiazepines", "sleep_aids_sedatives"];

impl Question {
    pub fn allows(&self, value: &str) -> bool {
        self.values.contains(&value)
    }
    pub fn offers_not_sure(&self) -> bool {
        self.allows(NOT_SURE)
    }
    pub fn is_exclusive(&self, value: &str) -> bool {
        self.exclusive.contains(&value)
    }
}

pub const NOT_SURE: &str = "not_sure";
pub const NONE: &str = "none";

const fn single(id: Q, section: Section, values: &'static [&'static str]) -> Question {
    Question { id, kind: Kind::Single, section, values, exclusive: &[], required: false, asked_when: None }
}

const fn multi(
    id: Q,
    section: Section,
    values: &'static [&'static str],
    exclusive: &'static [&'static str],
) -> Question {
    Question { id, kind: Kind::Multi, section, values, exclusive, required: false, asked_when: None }
}

/// The `signs` answers: the eleven DSM-5-aligned signs of §3 in checklist
/// order, then `none` and (v2) `not_sure`.
const SIGN_VALUES: &[&str] = &[
    "cut_down_failed",
    "more_than_planned",
    "time_spent",
    "cravings",
    "obligations",
    "relationships",
    "gave_up_activities",
    "risky_situations",
    "despite_harm",
    "tolerance",
    "withdrawal",
    NONE,
    NOT_SURE,
];

/// The eleven signs themselves (every `signs` value but `none`, `not_sure`).
pub const SIGNS: &[&str] = SIGN_VALUES.split_at(SIGN_VALUES.len() - 2).0;

pub static QUESTIONS: [Question; 23] = {
    use Section::*;
    use Q::*;
    [
        // Required: the wording of every later question depends on it.
        Question { required: true, ..single(Who, Start, &["self", "loved_one"]) },
        Question {
            id: UrgentNow,
            kind: Kind::Multi,
            section: Safety,
            values: &["breathing", "heart", "seizure", "confusion", "suicide", "none"],
            exclusive: &["none"],
            required: true,
            asked_when: None,
        },
        // Optional, and `prefer_not` is an answer (not unsure): it never changes the level.
        single(AgeBand, Safety, &["under_18", "18_25", "26_plus", "prefer_not"]),
        multi(Products, Use, &["powder_leaf", "capsules", "extract_or_shot", "seven_oh", "not_sure"], &[]),
        single(Frequency, Use, &["less_than_weekly", "weekly", "daily_once", "daily_2_3", "daily_4_plus", "not_sure"]),
        single(NightDosing, Use, &["yes", "no", "not_sure"]),
        single(Duration, Use, &["under_1_month", "1_6_months", "6_12_months", "over_1_year", "not_sure"]),
        single(MeasuresDoses, Use, &["yes", "sometimes", "no", "not_sure"]),
        multi(StartedFor, Use, &["energy", "pain", "mood_anxiety", "opioid_withdrawal", "other", "not_sure"], &[]),
        multi(
            OtherSubstances,
            Pattern,
            &[
                "alcohol",
                "benzodiazepines",
                "opioids",
                "sleep_aids_sedatives",
                "stimulants",
                "other_drugs",
                "none",
                "not_sure",
            ],
            &["none"],
        ),
        Question {
            asked_when: Some(AskedWhen { q: OtherSubstances, any_of: ASKED_SEDATIVES }),
            ..single(SedativeFrequency, Pattern, &["daily", "weekly", "less_than_weekly", "not_sure"])
        },
        multi(Signs, Pattern, SIGN_VALUES, &["none"]),
        multi(
            WithdrawalSymptoms,
            Stopping,
            &[
                "runny_nose_yawning",
                "sweats_chills",
                "aches_restless_legs",
                "stomach",
                "headache_fatigue",
                "sleep",
                "anxiety_panic",
                "irritability",
                "low_mood",
                "cravings_wired",
                "brain_fog",
                "none",
                "never_stopped",
            ],
            &["none", "never_stopped"],
        ),
        single(WithdrawalIntensity, Stopping, &["none", "mild", "moderate", "severe", "not_sure"]),
        single(Derailed, Stopping, &["never_tried", "no", "once", "repeatedly", "not_sure"]),
        single(MoodWhenStopping, Stopping, &["none", "manageable", "severe", "not_sure"]),
        multi(
            Medical,
            Health,
            &["seizures", "heart_rhythm", "liver", "other_complex", "pregnant_postpartum", "none", "not_sure"],
            &["none"],
        ),
        multi(
            MentalHealth,
            Health,
            &["depression", "anxiety_panic", "trauma", "adhd_restlessness", "other", "none", "not_sure"],
            &["none"],
        ),
        single(Support, Plans, &["strong", "some", "none", "not_sure"]),
        single(TriggerAccess, Plans, &["low", "high", "not_sure"]),
        single(CanStayStoppedHere, Plans, &["yes", "not_sure", "no"]),
        single(NeedTimeAway, Plans, &["yes", "no", "not_sure"]),
        multi(
            Considering,
            Plans,
            &["cold_turkey", "detox_kit", "switch_to_extract", "otc_high_dose", "self_taper", "clinician", "not_sure"],
            &[],
        ),
    ]
};

impl Q {
    pub fn parse(id: &str) -> Option<Q> {
        id.parse().ok()
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn question(self) -> &'static Question {
        &QUESTIONS[self.index()]
    }
}

/// A question is its id in every serialised form (the command's JSON and the
/// language packs alike), so the two features can never disagree on it.
#[cfg(any(feature = "json", feature = "pack"))]
impl serde::Serialize for Q {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(any(feature = "json", feature = "pack"))]
impl<'de> serde::Deserialize<'de> for Q {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Q, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Q::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown question id {s:?}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_in_enum_order() {
        for (i, q) in QUESTIONS.iter().enumerate() {
            assert_eq!(q.id.index(), i, "{:?}", q.id);
            assert_eq!(Q::ALL[i], q.id);
            assert_eq!(Q::parse(q.id.as_str()), Some(q.id));
        }
    }

    #[test]
    fn exclusive_values_are_allowed_values_of_multi_questions() {
        for q in &QUESTIONS {
            for v in q.exclusive {
                assert!(q.allows(v), "{}: {v}", q.id.as_str());
                assert_eq!(q.kind, Kind::Multi);
            }
            let mut seen = std::collections::HashSet::new();
            assert!(q.values.iter().all(|v| seen.insert(v)), "duplicate value in {}", q.id.as_str());
        }
    }

    #[test]
    fn signs_checklist_matches_the_signs_question() {
        let q = Q::Signs.question();
        assert_eq!(&q.values[..SIGNS.len()], SIGNS);
        assert_eq!(SIGNS.len(), 11);
    }

    #[test]
    fn only_who_and_the_urgent_question_are_required() {
        let required: Vec<_> = QUESTIONS.iter().filter(|q| q.required).map(|q| q.id).collect();
        assert_eq!(required, vec![Q::Who, Q::UrgentNow]);
    }

    #[test]
    fn only_sedative_frequency_is_conditional_and_it_follows_its_condition() {
        let conditional: Vec<_> = QUESTIONS.iter().filter(|q| q.asked_when.is_some()).map(|q| q.id).collect();
        assert_eq!(conditional, vec![Q::SedativeFrequency]);
        let w = Q::SedativeFrequency.question().asked_when.as_ref().unwrap();
        assert!(w.q < Q::SedativeFrequency, "the condition is answered first");
        for v in w.any_of {
            assert!(w.q.question().allows(v), "{v}");
        }
    }
}
