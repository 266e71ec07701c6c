//! The assessment's vocabulary: levels, reason / caution / note ids, and the
//! `Assessment` itself (spec §4–§7). Enums rather than strings so that every
//! id has wording in every language by exhaustive `match`, checked by the
//! compiler.

use crate::questions::Q;

#[cfg(feature = "json")]
use serde::{Deserialize, Serialize};

crate::id_enum! {
    /// Care levels, lowest first so that `Ord` means "more support".
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum Level {
        Monitor = "monitor",
        Taper = "taper",
        Detox = "detox",
        Residential = "residential",
        Urgent = "urgent",
    }
}

crate::id_enum! {
    /// Signs band of §3. `Unknown` comes last (it was added in v2) and is no
    /// rung on the ladder: the signs question was skipped or answered only
    /// `not_sure`, which must never read as "few signs".
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum Band {
        Few = "few",
        Mild = "mild",
        Moderate = "moderate",
        Severe = "severe",
        Unknown = "unknown",
    }
}

impl Band {
    pub fn from_signs(signs: usize) -> Band {
        match signs {
            0..=1 => Band::Few,
            2..=3 => Band::Mild,
            4..=5 => Band::Moderate,
            _ => Band::Severe,
        }
    }
}

crate::id_enum! {
    /// Whether enough of the deciding questions were answered for the level
    /// to mean much (spec §4 "confidence").
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum Confidence {
        Ok = "ok",
        Low = "low",
    }
}

crate::id_enum! {
    /// Reason ids of §4. The enum order is the order of the text tables (new
    /// ids are appended there), not the output order: a reason's level now
    /// depends on the answers, so `rules::reasons::REASONS` (spec table order)
    /// and the level decide where it is listed.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum ReasonId {
        Environment = "environment",
        BroaderPattern = "broader_pattern",
        MentalHealthFlare = "mental_health_flare",
        TimeAway = "time_away",
        ExtractUse = "extract_use",
        NightDosing = "night_dosing",
        MultipleDailyDoses = "multiple_daily_doses",
        SevereMoodOnStopping = "severe_mood_on_stopping",
        MedicalRisk = "medical_risk",
        PsychiatricRisk = "psychiatric_risk",
        Mixing = "mixing",
        WithdrawalDerails = "withdrawal_derails",
        SevereWithdrawal = "severe_withdrawal",
        SignsPresent = "signs_present",
        DailyUse = "daily_use",
        WithdrawalPresent = "withdrawal_present",
    }
}

crate::id_enum! {
    /// Taper prerequisites of §4: what to put in place first.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum Prereq {
        MeasureDoses = "measure_doses",
        Support = "support",
        Triggers = "triggers",
    }
}

crate::id_enum! {
    /// Caution ids of §5, in table order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum CautionId {
        DetoxKit = "detox_kit",
        ExtractSwitch = "extract_switch",
        AlreadyOnExtracts = "already_on_extracts",
        SedativeMix = "sedative_mix",
        SedativeStop = "sedative_stop",
        OtcMegadose = "otc_megadose",
        ColdTurkeyRisk = "cold_turkey_risk",
        NoDiyMedication = "no_diy_medication",
    }
}

crate::id_enum! {
    /// Note ids of §6. Enum order = text-table order (v2 ids appended); the
    /// output follows the rule rows, which are in the spec's table order.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum NoteId {
        Moud = "moud",
        OpioidSwitch = "opioid_switch",
        IntegratedMentalHealth = "integrated_mental_health",
        PainCare = "pain_care",
        Pregnancy = "pregnancy",
        SoberLiving = "sober_living",
        Therapy = "therapy",
        LovedOneGuide = "loved_one_guide",
        Naloxone = "naloxone",
        IntensiveOutpatient = "intensive_outpatient",
        TimeAwayOption = "time_away_option",
        YoungPerson = "young_person",
        MentalHealthCare = "mental_health_care",
    }
}

crate::id_enum! {
    /// The kind of help at `taper` (spec §4 "taper kinds"): a planned taper
    /// when dependence is evident, outpatient support without a schedule when not.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum TaperKind {
        PlannedTaper = "planned_taper",
        OutpatientSupport = "outpatient_support",
    }
}

crate::id_enum! {
    /// What a `cold_turkey_risk` factor is about: the caution's words speak
    /// to each kind that holds (spec §8).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum ColdTurkeyPart {
    /// Kratom withdrawal: severe sleep problems, panic, a cycle of going back.
        Withdrawal = "withdrawal",
    /// A daily sedative: seizures.
        Sedatives = "sedatives",
    /// A medical condition: withdrawal strains the body.
        Medical = "medical",
    /// Pregnancy with dependence: why, for both.
        Pregnancy = "pregnancy",
    }
}

crate::id_enum! {
    /// Answers that do not fit together (spec §7), for the clinician summary.
    /// They never change the level: the answers are taken as given.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum ContradictionId {
        NeverStoppedWithIntensity = "never_stopped_with_intensity",
        NeverStoppedWithDerailed = "never_stopped_with_derailed",
        NoWithdrawalWithSymptoms = "no_withdrawal_with_symptoms",
    }
}

crate::id_enum! {
    /// First-aid lines of the urgent page (spec §8), both voices' tables: the
    /// widget shows them with `data-urgent-line="<id>"`. `call_now` exists in
    /// both voices (its words differ by voice).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum UrgentLineId {
        CallNow = "call_now",
        Naloxone = "naloxone",
        SeizureSafety = "seizure_safety",
        OnSide = "on_side",
        CrisisWithThem = "crisis_with_them",
        Stay = "stay",
        Dispatcher = "dispatcher",
        RemoveMeans = "remove_means",
        SomeoneWithYou = "someone_with_you",
        CrisisNow = "crisis_now",
        TellSomeone = "tell_someone",
    }
}

crate::id_enum! {
    /// Which wording of an urgent line holds (spec §8 urgent page).
    #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
    #[cfg_attr(
        any(feature = "json", feature = "pack"),
        derive(serde::Serialize, serde::Deserialize),
        serde(rename_all = "snake_case")
    )]
    pub enum LineForm {
    /// The line as it stands ("if you have naloxone, give it now").
        Plain = "plain",
    /// Only if things get worse ("if they become very sleepy, …"); shown
    /// after every plain line.
        IfWorse = "if_worse",
    /// `stay` for `suicide` alone: if it is safe for you.
        IfSafe = "if_safe",
    /// `seizure`'s `on_side`: once the shaking stops.
        AfterShaking = "after_shaking",
    /// `someone_with_you` with `breathing`: also to give naloxone.
        WithNaloxone = "with_naloxone",
    }
}

/// One first-aid line to show, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UrgentLine {
    pub id: UrgentLineId,
    pub form: LineForm,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Severity {
    pub signs: usize,
    pub band: Band,
    pub unsure: usize,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Reason {
    pub id: ReasonId,
    /// The level this reason counts at for these answers (spec §4 table).
    pub level: Level,
    /// Question ids whose answers made it hold and, where a gate or rule
    /// set its level above its lowest, those that decided it; table order.
    pub because: Vec<Q>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Caution {
    pub id: CautionId,
    /// Question ids whose answers raised it, in table order.
    pub because: Vec<Q>,
}

/// The engine's answer (spec §7). Field order is the JSON field order.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Assessment {
    pub care_level: Level,
    /// At `taper`, which kind; `None` (JSON `null`) at every other level.
    pub taper_kind: Option<TaperKind>,
    /// `urgent_now` values other than `none`, in table order.
    #[cfg_attr(feature = "json", serde(deserialize_with = "crate::model::de_urgent_flags"))]
    pub urgent_flags: Vec<&'static str>,
    pub severity: Severity,
    /// `low` when 5 or more of the 9 deciding questions are unknown, or 2
    /// or more of the 4 dependence questions.
    pub confidence: Confidence,
    pub reasons: Vec<Reason>,
    pub taper_prerequisites_unmet: Vec<Prereq>,
    pub cautions: Vec<Caution>,
    pub notes: Vec<NoteId>,
    /// Answers that do not fit together, in table order; never change the level.
    pub contradictions: Vec<ContradictionId>,
    /// Unanswered questions in table order (a question not asked is not listed).
    pub unanswered: Vec<Q>,
}

/// `urgent_flags` holds interned `urgent_now` values; reading them back
/// interns against the question table so a round trip is exact. Lives here,
/// not in `json`, so that `json` depends on `model` and never the reverse.
#[cfg(feature = "json")]
pub(crate) fn de_urgent_flags<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<&'static str>, D::Error> {
    use crate::questions::NONE;
    let raw = Vec::<String>::deserialize(d)?;
    let table = Q::UrgentNow.question().values;
    raw.iter()
        .map(|s| {
            table
                .iter()
                .copied()
                .find(|v| *v == s && *v != NONE)
                .ok_or_else(|| serde::de::Error::custom(format!("unknown urgent flag {s:?}")))
        })
        .collect()
}
