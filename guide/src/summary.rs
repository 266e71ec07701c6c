//! The clinician summary (spec §8, v3) as data: sections of labelled rows,
//! built once from the answers, the typed plan, the clinic and a date, and
//! rendered two ways with the same content — plain text for the
//! download ([`Doc::text`]) and HTML for print (the `summary_html` module).
//! In the engine, so the widget's download and print, the `assess
//! --summary` command and the clinic's reader page all give the same text.
//! Its inputs are plain data ([`Inputs`]): the answers, the language and
//! voice, the typed plan, the clinic's name, contacts and numbers, and the
//! date as the caller formats it (the widget: the device's day).
//!
//! Order: title and date; in loved-one mode, that a family member or friend
//! answered; when urgent, the urgent flags and the emergency resources; the
//! level in words with its clinician mapping and the confidence; "ask
//! first" (what the check does not know); "check these answers" (answers
//! that do not fit together); the reasons that set the level, then those
//! also noted, each with the level it counts at and the answers behind it;
//! the signs, named once; cautions; notes; confidence and the gaps; every
//! answer; the loved-one guide (loved-one mode); the plan as edited; the
//! clinic; the emergency resources (last, when not urgent). Levels, bands,
//! confidence, answers, reasons, cautions and notes are words in the
//! summary's language; an id follows in parentheses in the text only (print
//! keeps ids to the answers table's code column). Nothing about the person
//! beyond their answers and what they typed into the plan.

use crate::answers::Answers;
use crate::lang::{Lang, Voice};
use crate::model::{Assessment, Confidence, Level, Reason, TaperKind};
use crate::plan::{Plan, RELAPSE_SLOTS};
use crate::questions::{NONE, NOT_SURE, Q};
use crate::resources::{self, Lines};
use crate::rules::gates::{is_unknown, SEDATIVES};
use crate::text::{SummaryText, Texts};
use crate::typed_plan::{PlanDraft, PlanField};
use crate::wording;

/// The chosen answers' labels, joined for reading.
pub fn answer_text(words: &Texts, voice: Voice, answers: &Answers, q: Q) -> Option<String> {
    answers.get(q).map(|a| labels(words, voice, q, a.values()))
}

/// `values`' labels for `q`, in the voice, joined for reading.
fn labels(texts: &Texts, voice: Voice, q: Q, values: &[&str]) -> String {
    values.iter().map(|v| texts.option(q, v).map_or(*v, |o| o.label.get(voice))).collect::<Vec<_>>().join("; ")
}

/// The clinic as the summary names it: its name and contacts (the
/// "where to get help" section) and the numbers the emergency resources
/// and the texts that name them use.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Clinic {
    pub name: Option<String>,
    pub phone: Option<String>,
    /// https only (the widget's embed checks it).
    pub contact_url: Option<String>,
    pub lines: Lines,
}

/// What a summary is built from: plain data, no widget types.
#[derive(Clone, Copy, Debug)]
pub struct Inputs<'a> {
    pub answers: &'a Answers,
    /// The summary's language; its words must be available (`lang.is_available()`).
    pub lang: Lang,
    /// Whose answers: the person's, or a loved one's (from `who`, see [`Answers::voice`]).
    pub voice: Voice,
    /// What was typed and ticked in the plan; an empty draft reads "(left blank)".
    pub plan: &'a PlanDraft,
    pub clinic: &'a Clinic,
    /// Printed as given (the widget formats the device's day as YYYY-MM-DD).
    pub date: &'a str,
}

/// The whole summary as plain text (the download, `assess --summary`).
pub fn summary_text(input: &Inputs) -> String {
    summary(input).text()
}

/// The whole summary, in its language and voice.
pub fn summary(input: &Inputs) -> Doc {
    let mut s = Summary::new(input);
    let urgent = s.assessment.care_level == Level::Urgent;
    s.title(input.date);
    if s.voice == Voice::Them {
        s.row(Row::Text(s.ui.reported_by_other.into()));
    }
    if urgent {
        s.urgent_flags();
        s.emergency();
    }
    s.level();
    s.ask_first();
    s.contradictions();
    s.reasons();
    s.signs();
    s.cautions();
    s.notes();
    s.confidence();
    s.answers();
    if s.voice == Voice::Them {
        s.loved_one_guide();
    }
    s.plan();
    s.clinic();
    if !urgent {
        s.emergency();
    }
    s.doc
}

/// The `assess --summary[=LANG]` command's text: the summary of `answers`
/// as the person's download reads it with no clinic set and nothing typed
/// into the plan, in `lang` (a language code; English when `None`), dated
/// `date`. An unknown code is refused, naming the known ones.
pub fn command_text(answers: &Answers, lang: Option<&str>, date: &str) -> Result<String, String> {
    let lang = match lang {
        None => Lang::En,
        Some(code) => Lang::parse(code).ok_or_else(|| {
            let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            format!("--summary: unknown language {code:?} (known: {})", known.join(", "))
        })?,
    };
    let (plan, clinic) = (PlanDraft::default(), Clinic::default());
    Ok(summary_text(&Inputs { answers, lang, voice: answers.voice(), plan: &plan, clinic: &clinic, date }))
}

/// The summary: its sections in order. The first has no heading (the
/// title block).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Doc {
    pub sections: Vec<Section>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    /// `None` for the title block.
    pub heading: Option<String>,
    pub rows: Vec<Row>,
}

/// A value in words, with the id it stands for (shown in parentheses in
/// the text, left out of print) and any words after it ("— its meaning").
#[derive(Clone, Debug, PartialEq)]
pub struct Val {
    pub words: String,
    pub id: Option<&'static str>,
    /// Written right after the words (and the id), its separator included.
    pub tail: String,
}

impl Val {
    fn plain(words: impl Into<String>) -> Self {
        Val { words: words.into(), id: None, tail: String::new() }
    }

    fn with_id(words: impl Into<String>, id: &'static str) -> Self {
        Val { words: words.into(), id: Some(id), tail: String::new() }
    }

    fn then(mut self, tail: String) -> Self {
        self.tail = tail;
        self
    }

    /// For the text: "words (id)tail".
    pub fn text(&self) -> String {
        match self.id {
            Some(id) => format!("{} ({id}){}", self.words, self.tail),
            None => format!("{}{}", self.words, self.tail),
        }
    }
}

/// One row of a section.
#[derive(Clone, Debug, PartialEq)]
pub enum Row {
    /// The document's title.
    Title(String),
    /// A sentence or paragraph.
    Text(String),
    /// "Label: value".
    Field { label: String, value: Val },
    /// A field under a plan step.
    Sub { label: String, value: String },
    /// A list item, with the details under it ("Based on: …").
    Item { value: Val, details: Vec<(String, Val)> },
    /// A labelled list; "Label: None" when empty.
    List { label: String, items: Vec<String> },
    /// One answer given: the question and the answer in words, and the ids.
    Answer { question: String, answer: String, code: String },
    /// A plan step's title, what belongs to it below.
    Step(String),
    /// A comfort-kit item, ticked or not.
    Check { done: bool, text: String },
}

impl Doc {
    /// The plain-text rendering (the download). Sections are separated by
    /// one blank line and hold none inside, so a reader (and the tests) can
    /// tell where each ends; a heading is underlined with dashes.
    pub fn text(&self) -> String {
        let mut out = String::new();
        let mut line = |s: &str| {
            out.push_str(s);
            out.push('\n');
        };
        for section in &self.sections {
            if let Some(title) = &section.heading {
                line("");
                line(title);
                line(&"-".repeat(title.chars().count()));
            }
            for row in &section.rows {
                match row {
                    Row::Title(t) | Row::Text(t) => line(t),
                    Row::Field { label, value } => line(&format!("{label}: {}", value.text())),
                    Row::Sub { label, value } => line(&format!("  {label}: {value}")),
                    Row::Item { value, details } => {
                        line(&format!("- {}", value.text()));
                        for (label, v) in details {
                            line(&format!("  {label}: {}", v.text()));
                        }
                    }
                    Row::List { label, items } => {
                        line(&format!("{label}:"));
                        for item in items {
                            line(&format!("  - {item}"));
                        }
                    }
                    Row::Answer { question, answer, .. } => line(&format!("- {question} — {answer}")),
                    Row::Step(s) => line(&format!("{s}:")),
                    Row::Check { done, text } => line(&format!("  {} {text}", if *done { "[x]" } else { "[ ]" })),
                }
            }
        }
        out
    }
}

/// What the summary is built from, and the document built so far. Each
/// method writes one section.
struct Summary<'a> {
    texts: &'static Texts,
    ui: &'static SummaryText,
    voice: Voice,
    answers: &'a Answers,
    draft: &'a PlanDraft,
    clinic: &'a Clinic,
    assessment: Assessment,
    plan: Plan,
    doc: Doc,
}

impl<'a> Summary<'a> {
    fn new(input: &Inputs<'a>) -> Self {
        let answers = input.answers;
        let assessment = crate::assess(answers);
        let plan = Plan::build(answers, &assessment);
        let texts = input.lang.texts();
        Summary {
            texts,
            ui: &texts.summary,
            voice: input.voice,
            answers,
            draft: input.plan,
            clinic: input.clinic,
            assessment,
            plan,
            doc: Doc { sections: vec![Section { heading: None, rows: Vec::new() }] },
        }
    }

    // Building helpers.

    fn row(&mut self, row: Row) {
        if let Some(section) = self.doc.sections.last_mut() {
            section.rows.push(row);
        }
    }

    fn heading(&mut self, title: &str) {
        self.doc.sections.push(Section { heading: Some(title.into()), rows: Vec::new() });
    }

    fn line(&mut self, text: &str) {
        self.row(Row::Text(text.into()));
    }

    fn bullet(&mut self, value: Val) {
        self.row(Row::Item { value, details: Vec::new() });
    }

    fn field(&mut self, label: &str, value: Val) {
        self.row(Row::Field { label: label.into(), value });
    }

    /// A label and the items under it; "Label: None" when empty.
    fn list(&mut self, label: &str, items: Vec<String>) {
        if items.is_empty() {
            self.field(label, Val::plain(self.ui.none_listed));
        } else {
            self.row(Row::List { label: label.into(), items });
        }
    }

    /// "question — the answer labels", in the journey's voice. The signs
    /// are named once, in their own section: elsewhere a pointer to it.
    fn answer_words(&self, q: Q) -> Option<String> {
        if q == Q::Signs && self.answers.get(q).is_some() {
            return Some(self.ui.see_signs.to_string());
        }
        answer_text(self.texts, self.voice, self.answers, q)
    }

    fn legend(&self, q: Q) -> String {
        self.texts.question(q).legend.get(self.voice).to_string()
    }

    /// The answers behind a reason or caution, one detail each. A question
    /// can count by being unanswered (an unknown `sedative_frequency`
    /// raises `mixing`): it says so.
    fn based_on(&self, because: &[Q]) -> Vec<(String, Val)> {
        let answer = |q: Q| self.answer_words(q).unwrap_or_else(|| self.ui.not_answered.to_string());
        because
            .iter()
            .map(|q| (self.ui.based_on.to_string(), Val::plain(format!("{} — {}", self.legend(*q), answer(*q)))))
            .collect()
    }

    /// An engine text with the clinic's numbers and crisis line filled in.
    fn say(&self, text: &str) -> String {
        wording::say(text, &self.clinic.lines, self.texts)
    }

    /// A level in words, its id with it: "Medically supported detox (detox)".
    fn level_words(&self, level: Level) -> Val {
        Val::with_id(self.texts.level(level).name, level.as_str())
    }

    /// What was typed into a plan field; continuation lines stay indented
    /// (never a blank line), and an empty field says so.
    fn typed(&self, field: PlanField) -> String {
        let text = self.draft.get(field).trim();
        if text.is_empty() {
            self.ui.left_blank.to_string()
        } else {
            text.lines().map(str::trim_end).collect::<Vec<_>>().join("\n      ")
        }
    }

    fn confidence_words(&self) -> (Val, &'static str) {
        let confidence = self.assessment.confidence;
        let (name, meaning) = match confidence {
            Confidence::Ok => (self.ui.confidence_ok_name, self.ui.confidence_ok),
            Confidence::Low => (self.ui.confidence_low_name, self.ui.confidence_low),
        };
        (Val::with_id(name, confidence.as_str()), meaning)
    }

    // The sections, in order.

    fn title(&mut self, date: &str) {
        self.row(Row::Title(self.ui.title.into()));
        self.line(self.ui.summary_subtitle);
        self.field(self.ui.date, Val::plain(date));
        self.line(self.texts.framing.not_diagnosis);
    }

    fn urgent_flags(&mut self) {
        self.heading(self.ui.urgent_flags_heading);
        let flags = self.assessment.urgent_flags.clone();
        for flag in flags {
            self.bullet(Val::plain(labels(self.texts, self.voice, Q::UrgentNow, &[flag])));
        }
        self.line(&self.say(self.texts.framing.urgent_body.get(self.voice)));
    }

    fn level(&mut self) {
        let level = self.assessment.care_level;
        let confidence = self.assessment.confidence;
        let summary = self.say(self.texts.result_summary(&self.assessment, self.answers).get(self.voice));
        self.heading(self.ui.level_heading);
        // A monitor result with too few answers names no level (spec §4).
        if level == Level::Monitor && confidence == Confidence::Low {
            self.field(self.ui.level_label, Val::plain(self.texts.low_confidence.no_level));
        } else {
            self.field(self.ui.level_label, self.level_words(level));
            if let Some(kind) = self.assessment.taper_kind {
                self.field(self.ui.taper_kind_label, Val::with_id(self.texts.taper_kind(kind).name, kind.as_str()));
            }
            let mapping = match self.assessment.taper_kind {
                Some(TaperKind::OutpatientSupport) => self.ui.asam_outpatient_support,
                _ => self.ui.asam(level),
            };
            self.field(self.ui.clinician_mapping, Val::plain(mapping));
        }
        // The confidence sits with the level, so the first lines a
        // clinician reads say how far to trust it; its gaps come later.
        self.field(self.ui.confidence, self.confidence_words().0);
        self.line(&summary);
        if !(level == Level::Monitor && confidence == Confidence::Low) {
            if let Some(caveat) = self.texts.confidence_caveat(level, confidence) {
                self.line(caveat.get(self.voice));
            }
        }
        // Never "no need for treatment" when how often is not known (§4);
        // with enough answers the summary above already says so.
        if level == Level::Monitor && confidence == Confidence::Low && is_unknown(self.answers, Q::Frequency) {
            self.line(self.ui.frequency_unknown);
        }
        let unmet: Vec<String> = self
            .assessment
            .taper_prerequisites_unmet
            .iter()
            .map(|p| self.texts.prereq(*p).get(self.voice).to_string())
            .collect();
        if !unmet.is_empty() {
            self.list(self.ui.prereqs_heading, unmet);
        }
    }

    /// What this check does not know and a clinician should ask first:
    /// always the same six, then those the answers call for.
    fn ask_first(&mut self) {
        let a = self.answers;
        let ui = self.ui;
        let age_unknown = a.single(Q::AgeBand).is_none_or(|v| v == "prefer_not");
        let conditional = [
            (age_unknown, ui.ask_age),
            (a.has(Q::Medical, "pregnant_postpartum"), ui.ask_pregnancy),
            (a.has_any(Q::OtherSubstances, SEDATIVES), ui.ask_sedatives),
            (a.has(Q::Medical, "other_complex"), ui.ask_other_condition),
        ];
        self.heading(ui.ask_first_heading);
        for item in ui.ask_first.iter().copied().chain(conditional.into_iter().filter(|c| c.0).map(|c| c.1)) {
            self.bullet(Val::plain(item));
        }
    }

    /// "Check these answers": the answers that do not fit together, in
    /// words; none at all when they all fit.
    fn contradictions(&mut self) {
        if self.assessment.contradictions.is_empty() {
            return;
        }
        self.heading(self.ui.check_these_heading);
        for c in self.assessment.contradictions.clone() {
            self.bullet(Val::with_id(self.texts.contradiction(c), c.as_str()));
        }
    }

    /// The reasons that set the level, then those also noted; each with the
    /// level it counts at and the answers behind it (never the
    /// person-facing "you said" line).
    fn reasons(&mut self) {
        let level = self.assessment.care_level;
        let sets = |r: &Reason| level != Level::Monitor && r.level == level;
        let (first, rest): (Vec<_>, Vec<_>) = self.assessment.reasons.iter().cloned().partition(|r| sets(r));
        for (title, group) in [(self.ui.sets_level_heading, first), (self.ui.also_noted_heading, rest)] {
            if group.is_empty() {
                continue;
            }
            self.heading(title);
            for r in group {
                let mut details = vec![(self.ui.counts_at.to_string(), self.level_words(r.level))];
                details.extend(self.based_on(&r.because));
                self.row(Row::Item { value: Val::with_id(self.ui.reason_name(r.id), r.id.as_str()), details });
            }
        }
    }

    /// The signs, named once: which, how many, and the band in words.
    fn signs(&mut self) {
        let severity = &self.assessment.severity;
        let total = Q::Signs.question().values.iter().filter(|v| **v != NONE && **v != NOT_SURE).count();
        let count = format!("{} / {total}", severity.signs);
        let band = format!("{} — {}", self.ui.band_name(severity.band), self.texts.band(severity.band).get(self.voice));
        let named = match self.answers.get(Q::Signs) {
            None => self.ui.not_answered.to_string(),
            Some(a) => {
                let ticked: Vec<&str> = a.values().iter().copied().filter(|v| *v != NONE).collect();
                if ticked.is_empty() {
                    self.ui.none_listed.to_string()
                } else {
                    labels(self.texts, self.voice, Q::Signs, &ticked)
                }
            }
        };
        self.heading(self.ui.signs_heading);
        self.field(self.ui.signs_named, Val::plain(named));
        self.field(self.ui.signs_count, Val::plain(count));
        self.field(self.ui.signs_band, Val::plain(band));
    }

    fn cautions(&mut self) {
        if self.assessment.cautions.is_empty() {
            return;
        }
        self.heading(self.ui.cautions_heading);
        for c in self.assessment.cautions.clone() {
            let body = wording::caution_body(self.texts, c.id, self.answers, self.voice, &self.clinic.lines);
            let value = Val::with_id(self.texts.caution(c.id).title, c.id.as_str()).then(format!(": {body}"));
            self.row(Row::Item { value, details: self.based_on(&c.because) });
        }
    }

    fn notes(&mut self) {
        self.heading(self.ui.notes_heading);
        for n in self.assessment.notes.clone() {
            let t = wording::note(self.texts, n, self.answers, &self.clinic.lines);
            self.bullet(Val::with_id(t.title, n.as_str()).then(format!(": {}", self.say(t.body.get(self.voice)))));
        }
    }

    fn confidence(&mut self) {
        let (name, meaning) = self.confidence_words();
        let skipped: Vec<String> = self.assessment.unanswered.iter().map(|q| self.legend(*q)).collect();
        let unsure: Vec<String> =
            self.answers.answered().filter(|(_, a)| a.is_unsure()).map(|(q, _)| self.legend(q)).collect();
        self.heading(self.ui.confidence_heading);
        self.field(self.ui.confidence, name.then(format!(" — {meaning}")));
        self.list(self.ui.skipped, skipped);
        self.list(self.ui.unsure, unsure);
    }

    fn answers(&mut self) {
        self.heading(self.ui.answers_heading);
        for q in Q::ALL {
            if let (Some(answer), Some(given)) = (self.answer_words(q), self.answers.get(q)) {
                let code = format!("{}={}", q.as_str(), given.values().join(","));
                self.row(Row::Answer { question: self.legend(q), answer, code });
            }
        }
    }

    fn loved_one_guide(&mut self) {
        let g = &self.texts.loved_one;
        let (open, close) = (self.ui.quote_open, self.ui.quote_close);
        let script: Vec<String> = g.script.iter().map(|s| format!("{open}{s}{close}")).collect();
        let owned = |lines: &[&str]| lines.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        self.heading(g.heading);
        self.list(g.script_heading, script);
        self.list(g.boundaries_heading, owned(g.boundaries));
        self.list(g.backfires_heading, owned(g.backfires));
        self.list(g.self_care_heading, owned(wording::self_care(self.texts, &self.clinic.lines)));
    }

    fn plan(&mut self) {
        let p = &self.texts.plan;
        let step = |i: usize| format!("{}. {}", i + 1, p.steps[i]);
        self.heading(p.heading);
        self.field(&step(0), Val::plain(self.typed(PlanField::Diary)));
        self.field(&step(1), Val::plain(self.texts.level(self.plan.support_level).name));
        self.row(Row::Step(step(2)));
        self.comfort_kit();
        self.row(Row::Step(step(3)));
        self.trigger_plans();
        let therapies: Vec<String> = self.plan.therapies.iter().map(|t| p.therapy(*t).title.to_string()).collect();
        self.list(&step(4), therapies);
        self.row(Row::Step(step(5)));
        self.relapse_plan();
    }

    /// Step 3: the kit in the plan's order, ticked as the person ticked it.
    fn comfort_kit(&mut self) {
        for entry in self.plan.comfort_kit.clone() {
            let text = self.texts.plan.kit(entry.item).title.to_string();
            self.row(Row::Check { done: self.draft.kit_ready(entry.item), text });
        }
    }

    /// Step 4: one "If… then…" line per kind of trigger.
    fn trigger_plans(&mut self) {
        let p = &self.texts.plan;
        for tp in self.plan.triggers.clone() {
            let (when, then) = (self.typed(PlanField::If(tp.kind)), self.typed(PlanField::Then(tp.kind)));
            let value = format!("{} {when} — {} {then}", p.if_label, p.then_label);
            self.row(Row::Sub { label: p.trigger(tp.kind).title.into(), value });
        }
    }

    /// Step 6: warning signs and people as typed, then the appointment and
    /// the one change.
    fn relapse_plan(&mut self) {
        let p = &self.texts.plan;
        let filled = |make: fn(u8) -> PlanField, n: usize| {
            let items: Vec<&str> =
                (0..n as u8).map(|i| self.draft.get(make(i)).trim()).filter(|s| !s.is_empty()).collect();
            if items.is_empty() {
                self.ui.left_blank.to_string()
            } else {
                items.join("; ")
            }
        };
        let signs = filled(PlanField::WarningSign, RELAPSE_SLOTS.warning_signs);
        let people = filled(PlanField::Person, RELAPSE_SLOTS.people);
        let rows = [
            (p.warning_signs, signs),
            (p.people, people),
            (p.appointment, self.typed(PlanField::Appointment)),
            (p.one_change, self.typed(PlanField::OneChange)),
        ];
        for (label, value) in rows {
            self.row(Row::Sub { label: label.into(), value });
        }
    }

    fn clinic(&mut self) {
        let c = self.clinic;
        let lines: Vec<String> = [&c.name, &c.phone, &c.contact_url].into_iter().flatten().cloned().collect();
        if lines.is_empty() {
            return;
        }
        self.heading(self.ui.clinic_heading);
        for l in lines {
            self.line(&l);
        }
    }

    fn emergency(&mut self) {
        let e = &self.texts.emergency;
        self.heading(e.heading);
        for r in resources::all(&self.clinic.lines, self.texts) {
            self.bullet(Val::plain(r.label));
        }
        self.line(e.unsure);
    }
}

#[cfg(all(test, feature = "tables"))]
mod tests;
