//! Every user-facing sentence, self and loved-one voices written separately
//! (spec/voice.md): in English here (`en.rs`), in every other language in
//! its translation file `po/CODE.po` (`po.rs`, keyed by `keys.rs`). Tables
//! are indexed by the engine's enums and checked by tests to line up, so no
//! id can lack words.

use crate::answers::Answers;
use crate::model::Assessment;
use crate::model::{
    Band, CautionId, ColdTurkeyPart, Confidence, ContradictionId, Level, LineForm, NoteId, Prereq, ReasonId, TaperKind,
    UrgentLine, UrgentLineId,
};
use crate::plan::{KitItem, Phase, Therapy, TriggerKind};
use crate::questions::Q;
use crate::rules::notes::opioid_switch_praises;

#[cfg(feature = "source")]
mod en;
#[cfg(feature = "tables")]
pub mod keys;
mod lookup;
#[cfg(feature = "tables")]
pub mod po;
#[cfg(not(feature = "tables"))]
pub use lookup::install;

/// Short constructors that keep the language tables readable.
#[cfg(feature = "source")]
mod build {
    use super::{OptionText, Pair, Titled, UrgentLineText};
    use crate::model::{LineForm, UrgentLineId};

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
    pub(super) const fn u(id: UrgentLineId, form: LineForm, text: &'static str) -> UrgentLineText {
        UrgentLineText { id, form, text }
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
    /// The default 988 line: "Call or text {n}, the Suicide & Crisis
    /// Lifeline" (in Spanish with the Spanish-speaker route).
    pub crisis: &'static str,
    /// Link text for texting 988: "Text {n}".
    pub crisis_text: &'static str,
    pub samhsa: &'static str,
    pub poison: &'static str,
    pub unsure: &'static str,
    /// Another crisis line (spec §8): the neutral name, no 988 route.
    pub crisis_other: &'static str,
    /// Link text for another line's text number (`data-crisis-text`).
    pub crisis_text_other: &'static str,
    /// A clinic's own helpline (`data-helpline`): "Substance use helpline: {n}".
    pub helpline_other: &'static str,
    /// A clinic's own poison line (`data-poison-line`): "Poison help line: {n}".
    pub poison_other: &'static str,
    /// What `{crisis}` becomes in texts that name the crisis line, for the
    /// default 988 line and for any other line.
    pub crisis_name_988: &'static str,
    pub crisis_name_other: &'static str,
    /// What `{reach}` becomes before `{crisis}`: when the line takes texts
    /// (988, or `data-crisis-text` given) and when it takes calls only.
    pub reach_call_or_text: &'static str,
    pub reach_call: &'static str,
}

/// A first-aid line of the urgent page in one form (spec §8). `{emergency}`
/// is the emergency number; `{reach}` and `{crisis}` as in [`EmergencyText`].
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct UrgentLineText {
    pub id: UrgentLineId,
    pub form: LineForm,
    pub text: &'static str,
}

/// The urgent page's lines, each voice written apart: every (line, form)
/// that `rules::urgent::lines` can give has one entry.
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "pack", serde(bound(deserialize = "'de: 'static")))]
pub struct UrgentLinesText {
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub me: &'static [UrgentLineText],
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub them: &'static [UrgentLineText],
}

impl UrgentLinesText {
    /// The words of `line` in `voice`, if written (tests check all are).
    pub fn get(&self, voice: Voice, line: UrgentLine) -> Option<&'static str> {
        let table = match voice {
            Voice::Me => self.me,
            Voice::Them => self.them,
        };
        table.iter().find(|t| t.id == line.id && t.form == line.form).map(|t| t.text)
    }
}

/// The name, summary and steps of a kind of taper (spec §8): shown in
/// place of the `taper` level's own words.
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct TaperKindText {
    pub kind: TaperKind,
    pub name: &'static str,
    pub summary: Pair,
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub in_practice: &'static [Pair],
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
    /// With the US default resources (names the SAMHSA helpline).
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub self_care: &'static [&'static str],
    /// Outside the US default set (spec §8): the same, with a neutral
    /// helpline line instead of the US-only SAMHSA one.
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub self_care_outside_us: &'static [&'static str],
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
    /// and dependence is evident (spec §8): do not stop suddenly alone;
    /// plan with prenatal and addiction care together.
    pub pregnancy_lead: Pair,
    /// The same without dependence: stopping now is safe and good; tell
    /// the prenatal care provider.
    pub pregnancy_lead_no_dependence: Pair,
    /// `environment` or `time_away` below `residential` (spec §8): the
    /// answer is taken seriously; a clinician can help decide what fits.
    pub stay_or_away: Pair,
    /// Pregnancy with dependence (spec §8): the `detox` and `planned_taper`
    /// summaries and steps must not present going without kratom as the
    /// plan; these take their place.
    pub pregnancy_detox: Pair,
    pub pregnancy_planned_taper: Pair,
    #[cfg_attr(feature = "pack", serde(deserialize_with = "leaked"))]
    pub pregnancy_steps: &'static [Pair],
    /// A planned taper with the `moud` or `opioid_switch` note (spec §8):
    /// a clinician may offer MOUD instead of or alongside the taper.
    pub taper_moud: Pair,
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
    /// Replaces the `monitor` summary when `frequency` is unknown, whatever
    /// the confidence: how often is not known, so this check can't rule out
    /// a need for support.
    pub frequency_unknown: Pair,
}

/// The clinician summary's words (spec §8): headings, labels, the level's
/// clinician mapping, the "ask first" list, and short names of reasons and
/// bands for clinicians. A few headings read the same as the widget's
/// result page (title, level, signs, cautions, notes, prerequisites,
/// clinic, also noted, not answered); the widget checks they stay equal.
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
pub struct SummaryText {
    /// The document's title: the widget's own title (the same words).
    pub title: &'static str,
    /// Heading of the answers list in the downloaded summary.
    pub answers_heading: &'static str,
    /// The printed answers table's column headings: the question, the
    /// answer in words, and the ids (a small code column for clinics' QA).
    pub column_question: &'static str,
    pub column_answer: &'static str,
    pub column_code: &'static str,
    pub not_answered: &'static str,
    /// Heading of the level section (the result page's heading too).
    pub level_heading: &'static str,
    pub signs_heading: &'static str,
    pub cautions_heading: &'static str,
    pub notes_heading: &'static str,
    pub prereqs_heading: &'static str,
    pub clinic_heading: &'static str,
    /// Under the title: what the summary is for.
    pub summary_subtitle: &'static str,
    pub date: &'static str,
    /// Heading of the urgent flags, shown first when the level is urgent.
    pub urgent_flags_heading: &'static str,
    /// Label of the level's clinician mapping line (spec §4).
    pub clinician_mapping: &'static str,
    /// The mapping per level; read through [`SummaryText::asam`].
    pub asam_monitor: &'static str,
    pub asam_taper: &'static str,
    pub asam_detox: &'static str,
    pub asam_residential: &'static str,
    pub asam_urgent: &'static str,
    /// The mapping of `taper` as `outpatient_support` (no withdrawal management).
    pub asam_outpatient_support: &'static str,
    /// Label of the taper kind (spec §4).
    pub taper_kind_label: &'static str,
    /// Before the answers behind a reason.
    pub based_on: &'static str,
    pub signs_named: &'static str,
    pub signs_count: &'static str,
    pub signs_band: &'static str,
    pub confidence_heading: &'static str,
    pub confidence: &'static str,
    pub confidence_ok: &'static str,
    pub confidence_low: &'static str,
    pub skipped: &'static str,
    pub unsure: &'static str,
    /// An empty list ("no questions skipped").
    pub none_listed: &'static str,
    /// A plan field nothing was typed into.
    pub left_blank: &'static str,
    /// Quotation marks around the conversation script's lines.
    pub quote_open: &'static str,
    pub quote_close: &'static str,
    /// At the top in loved-one mode: who gave the answers.
    pub reported_by_other: &'static str,
    /// Label of the plain-words level.
    pub level_label: &'static str,
    /// A `monitor` with `frequency` unknown: this check cannot rule out a need.
    pub frequency_unknown: &'static str,
    /// "Ask first": what this check does not know.
    pub ask_first_heading: &'static str,
    /// Always asked, in order.
    pub ask_first: [&'static str; 6],
    /// Asked when `age_band` is unanswered or `prefer_not`.
    pub ask_age: &'static str,
    /// Asked when `medical` has `pregnant_postpartum`.
    pub ask_pregnancy: &'static str,
    /// Asked when a sedative is named in `other_substances`.
    pub ask_sedatives: &'static str,
    /// Asked when `medical` has `other_complex`.
    pub ask_other_condition: &'static str,
    /// "Check these answers": answers that do not fit together.
    pub check_these_heading: &'static str,
    /// Heading of the reasons that set the level.
    pub sets_level_heading: &'static str,
    /// Heading of the reasons that count lower.
    pub also_noted_heading: &'static str,
    /// Label of the level a reason counts at.
    pub counts_at: &'static str,
    /// Where a reason rests on the signs: a pointer to the signs section.
    pub see_signs: &'static str,
    /// The confidence values in words.
    pub confidence_ok_name: &'static str,
    pub confidence_low_name: &'static str,
    /// Each reason's short name, for clinicians, in `ReasonId` order.
    pub reason_names: [(ReasonId, &'static str); ReasonId::ALL.len()],
    /// Each signs band's short name, in `Band` order.
    pub band_names: [(Band, &'static str); Band::ALL.len()],
}

impl SummaryText {
    /// The level's rough place in the ASAM Criteria, for clinicians (spec §4).
    pub fn asam(&self, level: Level) -> &'static str {
        match level {
            Level::Monitor => self.asam_monitor,
            Level::Taper => self.asam_taper,
            Level::Detox => self.asam_detox,
            Level::Residential => self.asam_residential,
            Level::Urgent => self.asam_urgent,
        }
    }

    /// A reason's short name for clinicians.
    pub fn reason_name(&self, id: ReasonId) -> &'static str {
        self.reason_names[id as usize].1
    }

    /// A signs band's short name.
    pub fn band_name(&self, band: Band) -> &'static str {
        self.band_names[band as usize].1
    }
}

/// Every id-keyed table is an array as long as its enum's `ALL`, in enum
/// order, so a lookup is `table[id as usize]`: total by construction, and
/// the tests check each row carries its own id.
#[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "pack", serde(bound(deserialize = "'de: 'static")))]
pub struct Texts {
    pub lang: Lang,
    pub framing: Framing,
    /// Named `q` in the packs' serde form, so text keys read `q.frequency.legend.me`.
    #[cfg_attr(feature = "pack", serde(rename = "q"))]
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
    /// The `pregnancy` note without dependence (spec §8).
    pub pregnancy_no_dependence: Titled,
    /// The `naloxone` note outside the US default resources: no US-only facts.
    pub naloxone_outside_us: Titled,
    /// At `taper`, the kind's words (spec §8).
    pub taper_kinds: [(TaperKind, TaperKindText); TaperKind::ALL.len()],
    /// What `cold_turkey_risk` says for each kind of factor that holds,
    /// after its body (spec §8).
    pub cold_turkey_parts: [(ColdTurkeyPart, Pair); ColdTurkeyPart::ALL.len()],
    /// Each contradiction in words, for the clinician summary.
    pub contradictions: [(ContradictionId, &'static str); ContradictionId::ALL.len()],
    pub urgent_lines: UrgentLinesText,
    /// The clinician summary's own words.
    pub summary: SummaryText,
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
    /// wording without praise for someone still using opioids, and
    /// `pregnancy` one without dependence. (`naloxone` outside the US
    /// depends on the embed's resources: see `naloxone_outside_us`.)
    pub fn note_for(&self, id: NoteId, answers: &Answers) -> &Titled {
        match id {
            NoteId::OpioidSwitch if !opioid_switch_praises(answers) => &self.opioid_switch_still_using,
            NoteId::Pregnancy if crate::rules::gates::dependence(answers).is_empty() => &self.pregnancy_no_dependence,
            _ => self.note(id),
        }
    }
    /// The lead sentence for pregnancy, by dependence (spec §8).
    pub fn pregnancy_lead(&self, answers: &Answers) -> &Pair {
        if crate::rules::gates::dependence(answers).is_empty() {
            &self.framing.pregnancy_lead_no_dependence
        } else {
            &self.framing.pregnancy_lead
        }
    }
    pub fn taper_kind(&self, kind: TaperKind) -> &TaperKindText {
        &self.taper_kinds[kind as usize].1
    }
    pub fn cold_turkey_part(&self, part: ColdTurkeyPart) -> &Pair {
        &self.cold_turkey_parts[part as usize].1
    }
    pub fn contradiction(&self, id: ContradictionId) -> &'static str {
        self.contradictions[id as usize].1
    }
    /// The result's plain name: the taper kind's at `taper`, no level for
    /// a `monitor` with low confidence, else the level's (spec §8).
    pub fn result_name(&self, x: &Assessment) -> &'static str {
        match x.taper_kind {
            Some(kind) => self.taper_kind(kind).name,
            None => self.level_name(x.care_level, x.confidence),
        }
    }
    /// The result's summary (spec §8): by taper kind at `taper`; at
    /// `monitor` never "no need for treatment" with low confidence or
    /// `frequency` unknown; in pregnancy with dependence, never going
    /// without kratom as the plan.
    pub fn result_summary(&self, x: &Assessment, a: &Answers) -> &Pair {
        let pregnant_dependent = pregnant_with_dependence(a);
        match (x.care_level, x.taper_kind) {
            (Level::Detox, None) if pregnant_dependent => &self.framing.pregnancy_detox,
            (_, Some(TaperKind::PlannedTaper)) if pregnant_dependent => &self.framing.pregnancy_planned_taper,
            (_, Some(kind)) => &self.taper_kind(kind).summary,
            (Level::Monitor, None) => {
                self.monitor_summary(x.confidence, !crate::rules::gates::is_unknown(a, Q::Frequency))
            }
            (level, None) => &self.level(level).summary,
        }
    }
    /// The result's steps "in practice": the taper kind's at `taper`; in
    /// pregnancy with dependence, at `detox` and `planned_taper`, the
    /// pregnancy steps.
    pub fn result_steps(&self, x: &Assessment, a: &Answers) -> &'static [Pair] {
        match (x.care_level, x.taper_kind) {
            (Level::Detox, _) | (_, Some(TaperKind::PlannedTaper)) if pregnant_with_dependence(a) => {
                self.framing.pregnancy_steps
            }
            (_, Some(kind)) => self.taper_kind(kind).in_practice,
            (level, None) => self.level(level).in_practice,
        }
    }
    /// The MOUD line of a planned taper, when the `moud` or `opioid_switch`
    /// note holds (spec §8).
    pub fn taper_moud(&self, x: &Assessment) -> Option<&Pair> {
        let moud = x.notes.iter().any(|n| matches!(n, NoteId::Moud | NoteId::OpioidSwitch));
        (x.taper_kind == Some(TaperKind::PlannedTaper) && moud).then_some(&self.framing.taper_moud)
    }
    /// The `monitor` summary as it must read: not enough answers (low
    /// confidence), or how often unknown, else the level's own.
    pub fn monitor_summary(&self, confidence: Confidence, frequency_known: bool) -> &Pair {
        match (confidence, frequency_known) {
            (Confidence::Low, _) => &self.low_confidence.monitor,
            (Confidence::Ok, false) => &self.low_confidence.frequency_unknown,
            (Confidence::Ok, true) => &self.level(Level::Monitor).summary,
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

/// Spec §8 "Pregnancy": `medical` has `pregnant_postpartum` and dependence is evident.
fn pregnant_with_dependence(a: &Answers) -> bool {
    a.has(Q::Medical, "pregnant_postpartum") && !crate::rules::gates::dependence(a).is_empty()
}

/// A language pack's lists: owned once read, then kept for the page's
/// lifetime like the tables compiled into a native build.
#[cfg(feature = "pack")]
fn leaked<'de, D: serde::Deserializer<'de>, T: serde::Deserialize<'de>>(d: D) -> Result<&'static [T], D::Error> {
    Ok(<Vec<T> as serde::Deserialize>::deserialize(d)?.leak())
}

#[cfg(all(test, feature = "tables"))]
mod tests;
