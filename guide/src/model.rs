//! The assessment's vocabulary: levels, reason / caution / note ids, and the
//! `Assessment` itself (spec §4–§7). Enums rather than strings so that every
//! id has wording in every language by exhaustive `match`, checked by the
//! compiler.

use crate::questions::Q;

#[cfg(feature = "json")]
use serde::{Deserialize, Serialize};

/// Care levels, lowest first so that `Ord` means "more support".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize), serde(rename_all = "snake_case"))]
pub enum Level {
    Monitor,
    Taper,
    Detox,
    Residential,
    Urgent,
}

impl Level {
    pub const ALL: [Level; 5] = [Level::Monitor, Level::Taper, Level::Detox, Level::Residential, Level::Urgent];
    pub const fn as_str(self) -> &'static str {
        match self {
            Level::Monitor => "monitor",
            Level::Taper => "taper",
            Level::Detox => "detox",
            Level::Residential => "residential",
            Level::Urgent => "urgent",
        }
    }
}

/// Signs band of §3.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize), serde(rename_all = "snake_case"))]
pub enum Band {
    Few,
    Mild,
    Moderate,
    Severe,
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
    pub const fn as_str(self) -> &'static str {
        match self {
            Band::Few => "few",
            Band::Mild => "mild",
            Band::Moderate => "moderate",
            Band::Severe => "severe",
        }
    }
}

/// Reason ids of §4, highest level first, then the spec's table order —
/// which is the output order. Urgency is carried by `urgent_flags`, not here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize), serde(rename_all = "snake_case"))]
pub enum ReasonId {
    // residential
    Environment,
    BroaderPattern,
    MentalHealthFlare,
    TimeAway,
    // detox
    ExtractUse,
    NightDosing,
    MultipleDailyDoses,
    SevereMoodOnStopping,
    MedicalRisk,
    PsychiatricRisk,
    Mixing,
    WithdrawalDerails,
    SevereWithdrawal,
    // taper
    SignsPresent,
    DailyUse,
}

impl ReasonId {
    pub const ALL: [ReasonId; 15] = [
        ReasonId::Environment,
        ReasonId::BroaderPattern,
        ReasonId::MentalHealthFlare,
        ReasonId::TimeAway,
        ReasonId::ExtractUse,
        ReasonId::NightDosing,
        ReasonId::MultipleDailyDoses,
        ReasonId::SevereMoodOnStopping,
        ReasonId::MedicalRisk,
        ReasonId::PsychiatricRisk,
        ReasonId::Mixing,
        ReasonId::WithdrawalDerails,
        ReasonId::SevereWithdrawal,
        ReasonId::SignsPresent,
        ReasonId::DailyUse,
    ];
    pub const fn level(self) -> Level {
        use ReasonId::*;
        match self {
            Environment | BroaderPattern | MentalHealthFlare | TimeAway => Level::Residential,
            ExtractUse | NightDosing | MultipleDailyDoses | SevereMoodOnStopping | MedicalRisk | PsychiatricRisk
            | Mixing | WithdrawalDerails | SevereWithdrawal => Level::Detox,
            SignsPresent | DailyUse => Level::Taper,
        }
    }
    pub const fn as_str(self) -> &'static str {
        use ReasonId::*;
        match self {
            Environment => "environment",
            BroaderPattern => "broader_pattern",
            MentalHealthFlare => "mental_health_flare",
            TimeAway => "time_away",
            ExtractUse => "extract_use",
            NightDosing => "night_dosing",
            MultipleDailyDoses => "multiple_daily_doses",
            SevereMoodOnStopping => "severe_mood_on_stopping",
            MedicalRisk => "medical_risk",
            PsychiatricRisk => "psychiatric_risk",
            Mixing => "mixing",
            WithdrawalDerails => "withdrawal_derails",
            SevereWithdrawal => "severe_withdrawal",
            SignsPresent => "signs_present",
            DailyUse => "daily_use",
        }
    }
}

/// Taper prerequisites of §4: what to put in place first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize), serde(rename_all = "snake_case"))]
pub enum Prereq {
    MeasureDoses,
    Support,
    Triggers,
}

impl Prereq {
    pub const ALL: [Prereq; 3] = [Prereq::MeasureDoses, Prereq::Support, Prereq::Triggers];
    pub const fn as_str(self) -> &'static str {
        match self {
            Prereq::MeasureDoses => "measure_doses",
            Prereq::Support => "support",
            Prereq::Triggers => "triggers",
        }
    }
}

/// Caution ids of §5, in table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize), serde(rename_all = "snake_case"))]
pub enum CautionId {
    DetoxKit,
    ExtractSwitch,
    AlreadyOnExtracts,
    SedativeMix,
    OtcMegadose,
    ColdTurkeyRisk,
    NoDiyMedication,
}

impl CautionId {
    pub const ALL: [CautionId; 7] = [
        CautionId::DetoxKit,
        CautionId::ExtractSwitch,
        CautionId::AlreadyOnExtracts,
        CautionId::SedativeMix,
        CautionId::OtcMegadose,
        CautionId::ColdTurkeyRisk,
        CautionId::NoDiyMedication,
    ];
    pub const fn as_str(self) -> &'static str {
        use CautionId::*;
        match self {
            DetoxKit => "detox_kit",
            ExtractSwitch => "extract_switch",
            AlreadyOnExtracts => "already_on_extracts",
            SedativeMix => "sedative_mix",
            OtcMegadose => "otc_megadose",
            ColdTurkeyRisk => "cold_turkey_risk",
            NoDiyMedication => "no_diy_medication",
        }
    }
}

/// Note ids of §6, in table order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize), serde(rename_all = "snake_case"))]
pub enum NoteId {
    Moud,
    OpioidSwitch,
    IntegratedMentalHealth,
    PainCare,
    Pregnancy,
    SoberLiving,
    Therapy,
    LovedOneGuide,
}

impl NoteId {
    pub const ALL: [NoteId; 8] = [
        NoteId::Moud,
        NoteId::OpioidSwitch,
        NoteId::IntegratedMentalHealth,
        NoteId::PainCare,
        NoteId::Pregnancy,
        NoteId::SoberLiving,
        NoteId::Therapy,
        NoteId::LovedOneGuide,
    ];
    pub const fn as_str(self) -> &'static str {
        use NoteId::*;
        match self {
            Moud => "moud",
            OpioidSwitch => "opioid_switch",
            IntegratedMentalHealth => "integrated_mental_health",
            PainCare => "pain_care",
            Pregnancy => "pregnancy",
            SoberLiving => "sober_living",
            Therapy => "therapy",
            LovedOneGuide => "loved_one_guide",
        }
    }
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
    pub level: Level,
    /// Question ids whose answers raised it, in table order.
    pub because: Vec<Q>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Caution {
    pub id: CautionId,
    pub because: Vec<Q>,
}

/// The engine's answer (spec §7). Field order is the JSON field order.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "json", derive(Serialize, Deserialize))]
pub struct Assessment {
    pub care_level: Level,
    /// `urgent_now` values other than `none`, in table order.
    #[cfg_attr(feature = "json", serde(deserialize_with = "crate::json::de_urgent_flags"))]
    pub urgent_flags: Vec<&'static str>,
    pub severity: Severity,
    pub reasons: Vec<Reason>,
    pub taper_prerequisites_unmet: Vec<Prereq>,
    pub cautions: Vec<Caution>,
    pub notes: Vec<NoteId>,
    pub unanswered: Vec<Q>,
}
