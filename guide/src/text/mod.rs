//! Every user-facing sentence, in English and Spanish, self and loved-one
//! voices written separately (spec/voice.md). Tables are indexed by the
//! engine's enums and checked by tests to line up, so no id can lack words.

use crate::answers::Answers;
use crate::model::{Band, CautionId, Confidence, Level, NoteId, Prereq, ReasonId};
use crate::plan::{KitItem, Phase, Therapy, TriggerKind};
use crate::questions::Q;
use crate::rules::notes::opioid_switch_praises;

#[cfg(feature = "tables")]
mod en;
#[cfg(feature = "tables")]
mod es;
mod languages;
#[cfg(not(feature = "tables"))]
pub use languages::install;

/// Short constructors that keep the language tables readable.
#[cfg(feature = "tables")]
mod build {
    use super::{OptionText, Pair, Titled};

    pub(super) const fn p(me: &'static str, them: &'static str) -> Pair {
        Pair { me, them }
    }
    pub(super) const fn same(s: &'static str) -> Pair {
        Pair::same(s)
    }
    pub(super) const fn o(value: &'static str, label: Pair) -> OptionText {
        OptionText { value, label }
    }
    pub(super) const fn t(title: &'static str, me: &'static str, them: &'static str) -> Titled {
        Titled { title, body: Pair { me, them } }
    }
}

pub use crate::lang::{Lang, Voice};

/// A sentence written twice: to the person ("you") and to a loved one
/// ("the person you're worried about").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct Pair {
    pub me: &'static str,
    pub them: &'static str,
}

impl Pair {
    /// For words that read the same in both voices (short option labels).
    pub const fn same(s: &'static str) -> Pair {
        Pair { me: s, them: s }
    }
    pub const fn get(&self, voice: Voice) -> &'static str {
        match voice {
            Voice::Me => self.me,
            Voice::Them => self.them,
        }
    }
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct OptionText {
    pub value: &'static str,
    pub label: Pair,
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "pack", serde(bound(deserialize = "'de: 'static")))]
pub struct QuestionText {
    pub q: Q,
    /// The question itself (≤ 20 words): the `<legend>`.
    pub legend: Pair,
    /// "Why we ask" (≤ 25 words).
    pub hint: Pair,
    /// One label per allowed value, in the table's order.
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub options: &'static [OptionText],
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct Titled {
    pub title: &'static str,
    pub body: Pair,
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct LevelText {
    pub level: Level,
    /// Plain name ("Medically supported detox").
    pub name: &'static str,
    /// One or two sentences: what this level is (≤ 60 words with the lead).
    pub summary: Pair,
    /// What it means in practice: a few short points.
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub in_practice: &'static [Pair],
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct EmergencyText {
    pub heading: &'static str,
    /// "Call {n} for emergencies" — `{n}` is replaced by the configured number.
    pub emergency: &'static str,
    /// "Call or text {n}, the Suicide & Crisis Lifeline" — `{n}` configurable.
    pub crisis: &'static str,
    /// Link text for texting the crisis line: "Text {n}".
    pub crisis_text: &'static str,
    pub samhsa: &'static str,
    pub poison: &'static str,
    pub unsure: &'static str,
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct PlanText {
    pub heading: &'static str,
    pub intro: Pair,
    /// Six step titles, in order.
    pub steps: [&'static str; 6],
    /// One short explanation per step.
    pub step_intros: [Pair; 6],
    /// Step 1 diary columns: what, how much, when, trigger, symptoms between doses.
    pub diary_columns: [&'static str; 5],
    /// Label of the free-text diary box under the template.
    pub diary_notes: &'static str,
    pub kit: [(KitItem, Titled); KitItem::ALL.len()],
    pub triggers: [(TriggerKind, Titled); TriggerKind::ALL.len()],
    /// Label for the editable "If … then …" fields.
    pub if_label: &'static str,
    pub then_label: &'static str,
    pub therapies: [(Therapy, Titled); Therapy::ALL.len()],
    /// Step 6 prompts.
    pub warning_signs: &'static str,
    pub people: &'static str,
    pub appointment: &'static str,
    pub one_change: &'static str,
}

#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct LovedOneText {
    pub heading: &'static str,
    pub script_heading: &'static str,
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub script: &'static [&'static str],
    pub boundaries_heading: &'static str,
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub boundaries: &'static [&'static str],
    pub backfires_heading: &'static str,
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub backfires: &'static [&'static str],
    pub self_care_heading: &'static str,
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub self_care: &'static [&'static str],
}

/// Domain sentences that frame the questions and the result: what the
/// sections are called, what a result is not, how unsure and skipped answers
/// count, and what to do when a red flag is answered. The widget's own
/// buttons and hints live in the widget crate.
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct Framing {
    pub not_diagnosis: &'static str,
    pub sections: [&'static str; 6],
    pub not_sure_count: Pair,
    /// "You skipped {n} of the questions…" — `{n}` is the number of unanswered questions.
    pub skipped_count: Pair,
    pub urgent_heading: &'static str,
    pub urgent_body: Pair,
    pub urgent_banner: &'static str,
    /// Part of the level's lead when `medical` has `pregnant_postpartum`
    /// (spec §8): do not stop suddenly alone; plan with prenatal and
    /// addiction care together.
    pub pregnancy_lead: Pair,
}

/// Words for a result with `confidence` low (spec §4).
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct LowConfidenceText {
    /// Replaces the `monitor` summary, which would say no treatment is
    /// needed: there are not enough answers yet to suggest a level, and a
    /// professional can fill the gaps.
    pub monitor: Pair,
    /// Added to the other levels (not `urgent`): the level may be higher or
    /// lower once the gaps are filled.
    pub other: Pair,
    /// Names no level, in place of the `monitor` name (result heading and
    /// the clinician summary).
    pub no_level: &'static str,
}

/// Every id-keyed table is an array as long as its enum's `ALL`, in enum
/// order, so a lookup is `table[id as usize]`: total by construction, and
/// the tests check each row carries its own id.
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "pack", serde(bound(deserialize = "'de: 'static")))]
pub struct Texts {
    pub lang: Lang,
    pub framing: Framing,
    pub questions: [QuestionText; Q::ALL.len()],
    pub levels: [LevelText; Level::ALL.len()],
    pub reasons: [(ReasonId, Pair); ReasonId::ALL.len()],
    pub prereqs: [(Prereq, Pair); Prereq::ALL.len()],
    /// Signs band wording in `Band` order; each says only a clinician can
    /// diagnose, and `unknown` that the signs were not answered.
    pub bands: [Pair; Band::ALL.len()],
    pub cautions: [(CautionId, Titled); CautionId::ALL.len()],
    pub notes: [(NoteId, Titled); NoteId::ALL.len()],
    pub phases: [(Phase, Titled); Phase::ALL.len()],
    pub emergency: EmergencyText,
    pub plan: PlanText,
    pub loved_one: LovedOneText,
    pub low_confidence: LowConfidenceText,
    /// The `opioid_switch` note for someone still using opioids: no praise
    /// for stepping away (spec §6).
    pub opioid_switch_still_using: Titled,
}

impl Texts {
    pub fn question(&self, q: Q) -> &QuestionText {
        &self.questions[q.index()]
    }
    pub fn option(&self, q: Q, value: &str) -> Option<&OptionText> {
        self.question(q).options.iter().find(|o| o.value == value)
    }
    pub fn level(&self, level: Level) -> &LevelText {
        &self.levels[level as usize]
    }
    pub fn reason(&self, id: ReasonId) -> &Pair {
        &self.reasons[id as usize].1
    }
    pub fn band(&self, band: Band) -> &Pair {
        &self.bands[band as usize]
    }
    pub fn prereq(&self, id: Prereq) -> &Pair {
        &self.prereqs[id as usize].1
    }
    pub fn caution(&self, id: CautionId) -> &Titled {
        &self.cautions[id as usize].1
    }
    pub fn note(&self, id: NoteId) -> &Titled {
        &self.notes[id as usize].1
    }
    pub fn phase(&self, id: Phase) -> &Titled {
        &self.phases[id as usize].1
    }
    /// The note as it reads for these answers: `opioid_switch` has a
    /// wording without praise for someone still using opioids.
    pub fn note_for(&self, id: NoteId, answers: &Answers) -> &Titled {
        match id {
            NoteId::OpioidSwitch if !opioid_switch_praises(answers) => &self.opioid_switch_still_using,
            _ => self.note(id),
        }
    }
    /// The level's plain name, except that a `monitor` with low confidence
    /// names no level (spec §4, §8).
    pub fn level_name(&self, level: Level, confidence: Confidence) -> &'static str {
        match (level, confidence) {
            (Level::Monitor, Confidence::Low) => self.low_confidence.no_level,
            _ => self.level(level).name,
        }
    }
    /// The level's summary, except that a `monitor` with low confidence
    /// must not read as "no treatment needed".
    pub fn summary(&self, level: Level, confidence: Confidence) -> &Pair {
        match (level, confidence) {
            (Level::Monitor, Confidence::Low) => &self.low_confidence.monitor,
            _ => &self.level(level).summary,
        }
    }
    /// The caveat a low-confidence result adds after the summary, if any.
    /// Urgency comes from the urgent question alone, so no caveat there.
    pub fn confidence_caveat(&self, level: Level, confidence: Confidence) -> Option<&Pair> {
        match (level, confidence) {
            (Level::Taper | Level::Detox | Level::Residential, Confidence::Low) => Some(&self.low_confidence.other),
            _ => None,
        }
    }
}

impl PlanText {
    pub fn kit(&self, id: KitItem) -> &Titled {
        &self.kit[id as usize].1
    }
    pub fn trigger(&self, id: TriggerKind) -> &Titled {
        &self.triggers[id as usize].1
    }
    pub fn therapy(&self, id: Therapy) -> &Titled {
        &self.therapies[id as usize].1
    }
}

/// A language pack's lists: owned once read, then kept for the page's
/// lifetime like the tables compiled into a native build.
#[cfg(feature = "pack")]
fn leaked<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(d: D) -> Result<&'static [T], D::Error> {
    Ok(<Vec<T> as serde::Deserialize>::deserialize(d)?.leak())
}

#[cfg(all(test, feature = "tables"))]
mod tests;
