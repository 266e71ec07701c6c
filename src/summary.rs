//! The clinician summary (spec §8, v3) as data: sections of labelled rows,
//! built once from the answers, the plan draft, the configuration and a
//! date, and rendered two ways with the same content — plain text for the
//! download ([`Doc::text`]) and HTML for print (the `summary_html` module).
//! Pure, so it is tested natively; the caller passes the date, formatted on
//! the device.
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

use guide::plan::{Plan, RELAPSE_SLOTS};
use guide::questions::{NONE, NOT_SURE};
use guide::rules::gates::{is_unknown, SEDATIVES};
use guide::text::Texts;
use guide::{Answers, Assessment, Confidence, Level, TaperKind, Voice, Q};

use crate::config::Config;
use crate::resources;
use crate::state::{Journey, PlanDraft, PlanField};
use crate::wording;
use crate::words::{words, Words};

/// The chosen answers' labels, joined for reading.
pub fn answer_text(words: &Texts, voice: Voice, answers: &Answers, q: Q) -> Option<String> {
    answers.get(q).map(|a| labels(words, voice, q, a.values()))
}

/// `values`' labels for `q`, in the voice, joined for reading.
fn labels(texts: &Texts, voice: Voice, q: Q, values: &[&str]) -> String {
    values.iter().map(|v| texts.option(q, v).map_or(*v, |o| o.label.get(voice))).collect::<Vec<_>>().join("; ")
}

/// The whole summary of `journey` as plain text (the download).
pub fn summary_text(journey: &Journey, config: &Config, date: &str) -> String {
    summary(journey, config, date).text()
}

/// The whole summary of `journey`, in its language and voice. `date` is
/// printed as given (the device formats it).
pub fn summary(journey: &Journey, config: &Config, date: &str) -> Doc {
    let mut s = Summary::new(journey, config);
    let urgent = s.assessment.care_level == Level::Urgent;
    s.title(date);
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
    ui: &'static Words,
    voice: Voice,
    answers: &'a Answers,
    draft: &'a PlanDraft,
    config: &'a Config,
    assessment: Assessment,
    plan: Plan,
    doc: Doc,
}

impl<'a> Summary<'a> {
    fn new(journey: &'a Journey, config: &'a Config) -> Self {
        let answers = &journey.answers;
        let assessment = guide::assess(answers);
        let plan = Plan::build(answers, &assessment);
        Summary {
            texts: journey.lang.texts(),
            ui: words(journey.lang),
            voice: journey.voice(),
            answers,
            draft: &journey.plan,
            config,
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
        wording::say(text, self.config, self.texts)
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
        let sets = |r: &guide::Reason| level != Level::Monitor && r.level == level;
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
            let body = wording::caution_body(self.texts, c.id, self.answers, self.voice, self.config);
            let value = Val::with_id(self.texts.caution(c.id).title, c.id.as_str()).then(format!(": {body}"));
            self.row(Row::Item { value, details: self.based_on(&c.because) });
        }
    }

    fn notes(&mut self) {
        self.heading(self.ui.notes_heading);
        for n in self.assessment.notes.clone() {
            let t = wording::note(self.texts, n, self.answers, self.config);
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
        self.list(g.self_care_heading, owned(wording::self_care(self.texts, self.config)));
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
        let c = self.config;
        let lines: Vec<String> = [&c.clinic_name, &c.phone, &c.contact_url].into_iter().flatten().cloned().collect();
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
        for r in resources::all(self.config, self.texts) {
            self.bullet(Val::plain(r.label));
        }
        self.line(e.unsure);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide::plan::{KitItem, TriggerKind};
    use guide::Lang;

    const DATE: &str = "2026-11-26";

    fn journey(lang: Lang, who: &str, answers: &[(Q, &[&str])]) -> Journey {
        let mut j = Journey::new(lang);
        j.answers.set(Q::Who, &[who]).unwrap();
        for (q, values) in answers {
            j.answers.set(*q, values).unwrap();
        }
        j
    }

    /// Answers to every deciding question, pointing low.
    const CALM: &[(Q, &[&str])] = &[
        (Q::UrgentNow, &["none"]),
        (Q::Products, &["capsules"]),
        (Q::Frequency, &["weekly"]),
        (Q::NightDosing, &["no"]),
        (Q::OtherSubstances, &["none"]),
        (Q::Signs, &["none"]),
        (Q::WithdrawalIntensity, &["none"]),
        (Q::Derailed, &["never_tried"]),
        (Q::MoodWhenStopping, &["none"]),
        (Q::Medical, &["none"]),
    ];

    /// Heavier use, with a mix of single and multi answers, one unsure.
    const HEAVY: &[(Q, &[&str])] = &[
        (Q::UrgentNow, &["none"]),
        (Q::Products, &["powder_leaf", "extract_or_shot"]),
        (Q::Frequency, &["daily_4_plus"]),
        (Q::NightDosing, &["yes"]),
        (Q::Duration, &["not_sure"]),
        (Q::OtherSubstances, &["alcohol", "benzodiazepines"]),
        (Q::SedativeFrequency, &["daily"]),
        (Q::Signs, &["cut_down_failed", "cravings", "tolerance", "withdrawal"]),
        (Q::WithdrawalSymptoms, &["stomach", "sleep", "anxiety_panic"]),
        (Q::WithdrawalIntensity, &["severe"]),
        (Q::MentalHealth, &["anxiety_panic"]),
        (Q::CanStayStoppedHere, &["no"]),
        (Q::Considering, &["cold_turkey", "detox_kit"]),
    ];

    fn text(j: &Journey) -> String {
        summary_text(j, &Config::default(), DATE)
    }

    /// Where a section's heading starts (a title line underlined with dashes).
    fn at(text: &str, title: &str) -> Option<usize> {
        text.find(&format!("\n{title}\n{}\n", "-".repeat(title.chars().count())))
    }

    /// A section's body: from below its heading to the next blank line.
    fn section<'t>(text: &'t str, title: &str) -> &'t str {
        let start = at(text, title).unwrap_or_else(|| panic!("no section {title:?} in\n{text}"));
        let body = &text[start + 1..];
        let body = &body[body.find('\n').unwrap() + 1..];
        let body = &body[body.find('\n').unwrap() + 1..];
        &body[..body.find("\n\n").map_or(body.len(), |e| e + 1)]
    }

    fn legend(lang: Lang, voice: Voice, q: Q) -> &'static str {
        lang.texts().question(q).legend.get(voice)
    }

    /// The "question — answers" line, built from the public pieces; the
    /// signs, named in their own section, as a pointer there.
    fn expected_answer(j: &Journey, q: Q) -> String {
        let texts = j.lang.texts();
        let a = answer_text(texts, j.voice(), &j.answers, q).unwrap_or_else(|| words(j.lang).not_answered.into());
        let a = if q == Q::Signs { words(j.lang).see_signs.to_string() } else { a };
        format!("{} — {a}", legend(j.lang, j.voice(), q))
    }

    #[test]
    fn title_and_date_come_first() {
        let t = text(&journey(Lang::En, "self", CALM));
        let head: Vec<&str> = t.lines().take(3).collect();
        let w = words(Lang::En);
        assert_eq!(head, [w.title, w.summary_subtitle, &format!("{}: {DATE}", w.date)]);
    }

    #[test]
    fn urgent_flags_and_emergency_resources_come_first_when_urgent() {
        let mut answers = HEAVY.to_vec();
        answers[0] = (Q::UrgentNow, &["breathing", "suicide"]);
        let j = journey(Lang::En, "self", &answers);
        let x = guide::assess(&j.answers);
        assert_eq!(x.care_level, Level::Urgent);
        let t = text(&j);
        let (w, e) = (words(Lang::En), &Lang::En.texts().emergency);
        let urgent = at(&t, w.urgent_flags_heading).expect("urgent flags");
        let help = at(&t, e.heading).expect("emergency resources");
        let level = at(&t, w.level_heading).unwrap();
        assert!(urgent < help && help < level, "urgent flags, then help, then the level");
        assert_eq!(t.matches(&format!("\n{}\n", e.heading)).count(), 1, "resources once");
        let flags = section(&t, w.urgent_flags_heading);
        for flag in &x.urgent_flags {
            let label = Lang::En.texts().option(Q::UrgentNow, flag).unwrap().label.me;
            assert!(flags.contains(&format!("- {label}\n")), "{flag}");
        }
        assert!(section(&t, w.level_heading).contains(&format!("{}: {}", w.clinician_mapping, w.asam(Level::Urgent))));
    }

    #[test]
    fn sections_follow_the_spec_order_when_not_urgent() {
        let config = Config { clinic_name: Some("Riverside".into()), ..Config::default() };
        let j = journey(Lang::En, "loved_one", HEAVY);
        let t = summary_text(&j, &config, DATE);
        let (w, texts) = (words(Lang::En), Lang::En.texts());
        assert!(at(&t, w.urgent_flags_heading).is_none());
        let order = [
            w.level_heading,
            w.ask_first_heading,
            w.sets_level_heading,
            w.also_noted_heading,
            w.signs_heading,
            w.cautions_heading,
            w.notes_heading,
            w.confidence_heading,
            w.answers_heading,
            texts.loved_one.heading,
            texts.plan.heading,
            w.clinic_heading,
            texts.emergency.heading,
        ];
        let found: Vec<usize> = order.iter().map(|h| at(&t, h).unwrap_or_else(|| panic!("no {h}"))).collect();
        assert!(found.windows(2).all(|p| p[0] < p[1]), "{order:?} at {found:?}");
        assert!(t.trim_end().ends_with(texts.emergency.unsure), "emergency resources close the summary");
    }

    #[test]
    fn the_level_comes_with_its_clinician_mapping() {
        let (mut levels, mut caveats) = (Vec::new(), 0);
        let mut with_taper = CALM.to_vec();
        with_taper[2] = (Q::Frequency, &["daily_once"]);
        // Few answers, but enough for a level: it comes with the caveat.
        let sparse: &[(Q, &[&str])] = &[(Q::UrgentNow, &["none"]), (Q::Frequency, &["daily_4_plus"])];
        for answers in [CALM, &with_taper, HEAVY, sparse] {
            let j = journey(Lang::En, "self", answers);
            let x = guide::assess(&j.answers);
            let level = x.care_level;
            let w = words(Lang::En);
            let s = section(&text(&j), w.level_heading).to_string();
            assert!(s.contains(&format!("{}: {}", w.clinician_mapping, w.asam(level))), "{level:?}:\n{s}");
            assert!(s.contains(Lang::En.texts().level(level).name));
            if let Some(caveat) = Lang::En.texts().confidence_caveat(level, x.confidence) {
                assert!(s.contains(caveat.me), "{level:?} low confidence:\n{s}");
                caveats += 1;
            }
            for other in Level::ALL.into_iter().filter(|l| *l != level) {
                assert!(!s.contains(w.asam(other)), "{level:?} also names {other:?}'s mapping");
            }
            levels.push(level);
        }
        levels.sort();
        levels.dedup();
        assert!(levels.len() >= 3, "the fixtures reach three levels or more: {levels:?}");
        assert_eq!(caveats, 1, "only the sparse answers lack confidence");
    }

    #[test]
    fn monitor_with_low_confidence_suggests_no_level() {
        let j = journey(Lang::En, "self", &[(Q::UrgentNow, &["none"]), (Q::Products, &["not_sure"])]);
        assert_eq!(guide::assess(&j.answers).care_level, Level::Monitor);
        assert_eq!(guide::assess(&j.answers).confidence, Confidence::Low);
        let (t, w, texts) = (text(&j), words(Lang::En), Lang::En.texts());
        let s = section(&t, w.level_heading);
        assert!(s.contains(&format!("{}: {}\n", w.level_label, texts.low_confidence.no_level)), "{s}");
        assert!(s.contains(texts.low_confidence.monitor.me));
        let monitor = texts.level(Level::Monitor);
        assert!(!s.contains(w.asam_monitor) && !s.contains(monitor.summary.me) && !s.contains(monitor.name));
        assert!(s.contains(w.frequency_unknown), "frequency was skipped:\n{s}");
        let confidence = section(&t, w.confidence_heading);
        assert!(confidence.contains(&format!("{} (low) — {}", w.confidence_low_name, w.confidence_low)));

        // The same level with the deciding questions answered names it.
        let j = journey(Lang::En, "self", CALM);
        assert_eq!(
            (guide::assess(&j.answers).care_level, guide::assess(&j.answers).confidence),
            (Level::Monitor, Confidence::Ok)
        );
        let t = text(&j);
        let s = section(&t, w.level_heading);
        assert!(s.contains(w.asam_monitor) && s.contains(&format!("{}: {} (monitor)", w.level_label, monitor.name)));
        assert!(!t.contains(texts.low_confidence.no_level));
        assert!(!t.contains(w.frequency_unknown), "frequency is known");
        let confidence = section(&t, w.confidence_heading);
        assert!(confidence.contains(&format!("{} (ok) — {}", w.confidence_ok_name, w.confidence_ok)));
    }

    #[test]
    fn a_monitor_with_frequency_unknown_says_so_whatever_the_confidence() {
        let mut answers = CALM.to_vec();
        answers[2] = (Q::Frequency, &["not_sure"]);
        let j = journey(Lang::Es, "loved_one", &answers);
        let x = guide::assess(&j.answers);
        assert_eq!((x.care_level, x.confidence), (Level::Monitor, Confidence::Ok), "{x:?}");
        let texts = Lang::Es.texts();
        let s = section(&text(&j), words(Lang::Es).level_heading).to_string();
        assert!(s.contains(texts.low_confidence.frequency_unknown.them), "{s}");
        assert!(!s.contains(texts.level(Level::Monitor).summary.them), "never 'no need for treatment':\n{s}");
    }

    #[test]
    fn the_taper_kind_is_named_with_its_own_mapping() {
        let w = words(Lang::En);
        let texts = Lang::En.texts();
        // Daily use: dependence, so a planned taper.
        let mut planned = CALM.to_vec();
        planned[2] = (Q::Frequency, &["daily_once"]);
        // Two signs, weekly use: no dependence, so outpatient support.
        let mut outpatient = CALM.to_vec();
        outpatient[5] = (Q::Signs, &["cravings", "tolerance"]);
        for (answers, kind, mapping) in [
            (&planned, TaperKind::PlannedTaper, w.asam_taper),
            (&outpatient, TaperKind::OutpatientSupport, w.asam_outpatient_support),
        ] {
            let j = journey(Lang::En, "self", answers);
            let x = guide::assess(&j.answers);
            assert_eq!((x.care_level, x.taper_kind), (Level::Taper, Some(kind)), "{x:?}");
            let s = section(&text(&j), w.level_heading).to_string();
            let named = format!("{}: {} ({})\n", w.taper_kind_label, texts.taper_kind(kind).name, kind.as_str());
            assert!(s.contains(&named), "{s}");
            assert!(s.contains(&format!("{}: {mapping}\n", w.clinician_mapping)), "{s}");
            assert!(s.contains(texts.taper_kind(kind).summary.me), "{s}");
        }
        assert!(!w.asam_outpatient_support.contains("WM"), "no withdrawal management");
        let calm = text(&journey(Lang::En, "self", CALM));
        assert!(!calm.contains(&format!("{}:", w.taper_kind_label)), "no kind outside taper");
    }

    #[test]
    fn answers_that_do_not_fit_together_are_flagged() {
        let mut answers = CALM.to_vec();
        answers.push((Q::WithdrawalSymptoms, &["never_stopped"]));
        answers[6] = (Q::WithdrawalIntensity, &["moderate"]);
        let j = journey(Lang::Es, "self", &answers);
        let x = guide::assess(&j.answers);
        assert!(!x.contradictions.is_empty(), "{x:?}");
        let (t, w) = (text(&j), words(Lang::Es));
        let s = section(&t, w.check_these_heading);
        for c in &x.contradictions {
            assert!(s.contains(&format!("- {} ({})\n", Lang::Es.texts().contradiction(*c), c.as_str())), "{s}");
        }
        assert!(at(&t, w.ask_first_heading).unwrap() < at(&t, w.check_these_heading).unwrap());
        assert!(at(&t, w.check_these_heading).unwrap() < at(&t, w.sets_level_heading).unwrap());
        assert!(at(&text(&journey(Lang::Es, "self", CALM)), w.check_these_heading).is_none(), "none: no section");
    }

    #[test]
    fn another_crisis_line_is_never_named_988_in_the_summary() {
        let config = Config { crisis_line: "131114".into(), emergency_number: "000".into(), ..Config::default() };
        let mut answers = HEAVY.to_vec();
        answers.push((Q::MoodWhenStopping, &["severe"]));
        answers.push((Q::AgeBand, &["under_18"]));
        answers.push((Q::OtherSubstances, &["opioids"]));
        for lang in Lang::ALL {
            for who in ["self", "loved_one"] {
                let j = journey(lang, who, &answers);
                let x = guide::assess(&j.answers);
                assert!(x.notes.iter().any(|n| n.as_str() == "mental_health_care"), "{:?}", x.notes);
                let t = summary_text(&j, &config, DATE);
                for us in ["988", "AYUDA", "SAMHSA", "1-800", "Lifeline"] {
                    assert!(!t.contains(us), "{lang:?} {who}: {us} in\n{t}");
                }
                assert!(t.contains(lang.texts().emergency.crisis_name_other), "{lang:?} {who}");
            }
        }
    }

    #[test]
    fn reasons_that_set_the_level_come_first_then_also_noted() {
        let j = journey(Lang::En, "self", HEAVY);
        let x = guide::assess(&j.answers);
        let w = words(Lang::En);
        let (sets, noted): (Vec<_>, Vec<_>) = x.reasons.iter().partition(|r| r.level == x.care_level);
        assert!(!sets.is_empty() && !noted.is_empty(), "the fixture has both kinds: {:?}", x.reasons);
        let t = text(&j);
        assert!(at(&t, w.sets_level_heading).unwrap() < at(&t, w.also_noted_heading).unwrap());
        for (title, group) in [(w.sets_level_heading, &sets), (w.also_noted_heading, &noted)] {
            let s = section(&t, title);
            assert_eq!(s.lines().filter(|l| l.starts_with("- ")).count(), group.len(), "{title}:\n{s}");
            for r in group.iter() {
                let head = format!("- {} ({})\n", w.reason_name(r.id), r.id.as_str());
                let at = s.find(&head).unwrap_or_else(|| panic!("{head} in\n{s}"));
                // Its level and the answers behind it follow, before the next one.
                let rest = &s[at + head.len()..];
                let own = &rest[..rest.find("\n- ").map_or(rest.len(), |e| e + 1)];
                let level = Lang::En.texts().level(r.level).name;
                assert!(own.starts_with(&format!("  {}: {level} ({})\n", w.counts_at, r.level.as_str())), "{own}");
                for q in &r.because {
                    let want = format!("  {}: {}\n", w.based_on, expected_answer(&j, *q));
                    assert!(own.contains(&want), "{}: {want}", r.id.as_str());
                }
                // Stated neutrally: never the person-facing reason line.
                assert!(!t.contains(Lang::En.texts().reason(r.id).me), "{}", r.id.as_str());
            }
        }
    }

    #[test]
    fn at_monitor_every_reason_is_also_noted() {
        let mut answers = CALM.to_vec();
        answers[4] = (Q::OtherSubstances, &["stimulants"]);
        let j = journey(Lang::En, "self", &answers);
        let x = guide::assess(&j.answers);
        assert_eq!(x.care_level, Level::Monitor);
        let w = words(Lang::En);
        let t = text(&j);
        assert!(at(&t, w.sets_level_heading).is_none(), "nothing sets a monitor level:\n{t}");
        if !x.reasons.is_empty() {
            assert!(at(&t, w.also_noted_heading).is_some());
        }
    }

    #[test]
    fn cautions_and_notes_carry_title_id_and_text() {
        let j = journey(Lang::Es, "loved_one", HEAVY);
        let x = guide::assess(&j.answers);
        assert!(!x.cautions.is_empty() && !x.notes.is_empty());
        let (t, w, texts) = (text(&j), words(Lang::Es), Lang::Es.texts());
        let cautions = section(&t, w.cautions_heading);
        let config = Config::default();
        for c in &x.cautions {
            let ct = texts.caution(c.id);
            // The body as the embed reads it: the crisis line named, the
            // cold-turkey caution with its parts.
            let body = wording::caution_body(texts, c.id, &j.answers, Voice::Them, &config);
            assert!(body.starts_with(&wording::say(ct.body.them, &config, texts)));
            assert!(cautions.contains(&format!("- {} ({}): {body}\n", ct.title, c.id.as_str())), "{}", c.id.as_str());
        }
        assert!(x.cautions.iter().any(|c| c.id == guide::CautionId::ColdTurkeyRisk), "the fixture has the parts");
        let notes = section(&t, w.notes_heading);
        for n in &x.notes {
            let nt = wording::note(texts, *n, &j.answers, &config);
            let body = wording::say(nt.body.them, &config, texts);
            assert!(notes.contains(&format!("- {} ({}): {body}\n", nt.title, n.as_str())), "{}", n.as_str());
        }
        assert!(!t.contains("{reach}") && !t.contains("{crisis}") && !t.contains("{emergency}"));
    }

    #[test]
    fn signs_are_named_once_with_count_and_band() {
        let j = journey(Lang::En, "self", HEAVY);
        let severity = guide::assess(&j.answers).severity;
        let (t, w, texts) = (text(&j), words(Lang::En), Lang::En.texts());
        let s = section(&t, w.signs_heading);
        for v in j.answers.get(Q::Signs).unwrap().values() {
            let label = texts.option(Q::Signs, v).unwrap().label.me;
            assert!(s.contains(label), "{v}");
            assert_eq!(t.matches(label).count(), 1, "{v} named once in the whole summary");
        }
        assert!(s.contains(&format!("{}: {} / 11\n", w.signs_count, severity.signs)), "{s}");
        let band = format!("{}: {} — {}", w.signs_band, w.band_name(severity.band), texts.band(severity.band).me);
        assert!(s.contains(&band), "{s}");
        // The reasons and the answers point to them.
        let pointer = format!("{} — {}", legend(Lang::En, Voice::Me, Q::Signs), w.see_signs);
        assert!(section(&t, w.answers_heading).contains(&pointer));

        // Skipped: the signs are "not answered", never "few".
        let t = text(&journey(Lang::En, "self", &[(Q::UrgentNow, &["none"])]));
        let s = section(&t, w.signs_heading);
        assert!(s.contains(&format!("{}: {}", w.signs_named, w.not_answered)));
        let unknown = format!(
            "{}: {} — {}",
            w.signs_band,
            w.band_name(guide::Band::Unknown),
            texts.band(guide::Band::Unknown).me
        );
        assert!(s.contains(&unknown) && !s.contains(texts.band(guide::Band::Few).me), "{s}");
    }

    #[test]
    fn loved_one_answers_say_so_at_the_top() {
        for lang in Lang::ALL {
            let w = words(lang);
            let t = text(&journey(lang, "loved_one", HEAVY));
            let flag = t.find(w.reported_by_other).expect("the loved-one flag");
            assert!(flag < at(&t, w.level_heading).unwrap(), "{lang:?}: before the level");
            assert!(t[..flag].lines().count() <= 4, "{lang:?}: right under the title and date");
            assert!(!text(&journey(lang, "self", HEAVY)).contains(w.reported_by_other));
        }
    }

    #[test]
    fn ask_first_lists_what_the_check_does_not_know() {
        let w = words(Lang::En);
        let calm = text(&journey(Lang::En, "self", CALM));
        let s = section(&calm, w.ask_first_heading);
        assert!(at(&calm, w.level_heading).unwrap() < at(&calm, w.ask_first_heading).unwrap());
        for item in w.ask_first {
            assert!(s.contains(&format!("- {item}\n")), "{item}");
        }
        assert!(w.ask_first[3].contains("medication for opioid use disorder (MOUD)"), "MOUD spelled out");
        assert!(s.contains(w.ask_age), "age not given");
        for item in [w.ask_pregnancy, w.ask_sedatives, w.ask_other_condition] {
            assert!(!s.contains(item), "{item} does not apply");
        }
        let ages: [(&[&str], bool); 3] = [(&["under_18"], false), (&["26_plus"], false), (&["prefer_not"], true)];
        for (age, asked) in ages {
            let mut with_age = CALM.to_vec();
            with_age.push((Q::AgeBand, age));
            let t = text(&journey(Lang::En, "self", &with_age));
            assert_eq!(section(&t, w.ask_first_heading).contains(w.ask_age), asked, "{age:?}");
        }
        let mut answers = CALM.to_vec();
        answers[4] = (Q::OtherSubstances, &["alcohol"]);
        answers[9] = (Q::Medical, &["pregnant_postpartum", "other_complex"]);
        let t = text(&journey(Lang::En, "self", &answers));
        let s = section(&t, w.ask_first_heading);
        for item in [w.ask_pregnancy, w.ask_sedatives, w.ask_other_condition] {
            assert!(s.contains(&format!("- {item}\n")), "{item}");
        }
        // Stimulants are no sedative.
        answers[4] = (Q::OtherSubstances, &["stimulants"]);
        let t = text(&journey(Lang::En, "self", &answers));
        assert!(!section(&t, w.ask_first_heading).contains(w.ask_sedatives));
    }

    #[test]
    fn skipped_and_unsure_questions_are_named() {
        let j = journey(Lang::En, "loved_one", HEAVY);
        let x = guide::assess(&j.answers);
        let (t, w) = (text(&j), words(Lang::En));
        let s = section(&t, w.confidence_heading);
        let split = s.find(&format!("{}:", w.unsure)).expect("unsure list");
        let (skipped, unsure) = s.split_at(split);
        assert!(!x.unanswered.is_empty());
        for q in &x.unanswered {
            assert!(skipped.contains(&format!("  - {}\n", legend(Lang::En, Voice::Them, *q))), "{q:?}");
        }
        assert!(unsure.contains(&format!("  - {}\n", legend(Lang::En, Voice::Them, Q::Duration))));
        assert!(!unsure.contains(legend(Lang::En, Voice::Them, Q::Products)), "a sure answer is not unsure");

        // Nothing skipped or unsure: said so.
        let mut all = journey(Lang::En, "self", CALM);
        // Every question asked (`sedative_frequency` is not, without a sedative).
        let missing: Vec<Q> =
            Q::ALL.into_iter().filter(|q| all.answers.is_asked(*q) && all.answers.get(*q).is_none()).collect();
        for q in missing {
            let first = q.question().values.iter().find(|v| **v != NOT_SURE).unwrap();
            all.answers.set(q, &[first]).unwrap();
        }
        let s = section(&text(&all), w.confidence_heading).to_string();
        assert!(s.contains(&format!("{}: {}", w.skipped, w.none_listed)), "{s}");
        assert!(s.contains(&format!("{}: {}", w.unsure, w.none_listed)), "{s}");
    }

    #[test]
    fn every_answer_given_is_listed() {
        let j = journey(Lang::En, "self", HEAVY);
        let t = text(&j);
        let s = section(&t, words(Lang::En).answers_heading);
        let given: Vec<Q> = j.answers.answered().map(|(q, _)| q).collect();
        for q in &given {
            assert!(s.contains(&format!("- {}\n", expected_answer(&j, *q))), "{q:?}");
        }
        assert_eq!(s.lines().count(), given.len(), "one line per answer, nothing else:\n{s}");
    }

    #[test]
    fn the_loved_one_guide_only_in_loved_one_mode() {
        let texts = Lang::En.texts();
        let g = &texts.loved_one;
        let t = text(&journey(Lang::En, "loved_one", HEAVY));
        let s = section(&t, g.heading);
        for line in g.script {
            assert!(s.contains(&format!("“{line}”")), "{line}");
        }
        for line in g.boundaries.iter().chain(g.backfires).chain(g.self_care) {
            assert!(s.contains(line), "{line}");
        }
        for h in [g.script_heading, g.boundaries_heading, g.backfires_heading, g.self_care_heading] {
            assert!(s.contains(h), "{h}");
        }
        let mine = text(&journey(Lang::En, "self", HEAVY));
        assert!(at(&mine, g.heading).is_none());
        assert!(!mine.contains(g.script[0]) && !mine.contains(g.boundaries[0]));
        // Spanish quotes its own way.
        let es = text(&journey(Lang::Es, "loved_one", HEAVY));
        assert!(es.contains(&format!("«{}»", Lang::Es.texts().loved_one.script[0])));
    }

    #[test]
    fn the_plan_shows_what_was_typed_and_ticked() {
        let mut j = journey(Lang::En, "self", HEAVY);
        j.plan.set(PlanField::Diary, "Mon 8am 2g\n\nTue 9am 3g".into());
        j.plan.set(PlanField::If(TriggerKind::Emotion), "I feel panicky".into());
        j.plan.set(PlanField::Then(TriggerKind::Emotion), "I text Sam".into());
        j.plan.set(PlanField::WarningSign(0), "skipping lunch".into());
        j.plan.set(PlanField::WarningSign(3), "bad sleep".into());
        j.plan.set(PlanField::Person(1), "Sam".into());
        j.plan.set(PlanField::Appointment, "Monday with Dr. Lee".into());
        j.plan.set(PlanField::OneChange, "no kratom in the car".into());
        j.plan.toggle_kit(KitItem::Hydration);
        let (t, p) = (text(&j), &Lang::En.texts().plan);
        let s = section(&t, p.heading);
        for (i, step) in p.steps.iter().enumerate() {
            assert!(s.contains(&format!("{}. {step}", i + 1)), "step {}", i + 1);
        }
        assert!(s.contains("Mon 8am 2g\n      \n      Tue 9am 3g"), "diary lines kept, indented:\n{s}");
        let emotion = p.triggers.iter().find(|(k, _)| *k == TriggerKind::Emotion).unwrap().1.title;
        assert!(s.contains(&format!("{emotion}: {} I feel panicky — {} I text Sam", p.if_label, p.then_label)));
        let body = p.triggers.iter().find(|(k, _)| *k == TriggerKind::Body).unwrap().1.title;
        let blank = words(Lang::En).left_blank;
        assert!(s.contains(&format!("{body}: {} {blank} — {} {blank}", p.if_label, p.then_label)));
        assert!(s.contains(&format!("{}: skipping lunch; bad sleep", p.warning_signs)));
        assert!(s.contains(&format!("{}: Sam", p.people)));
        assert!(s.contains(&format!("{}: Monday with Dr. Lee", p.appointment)));
        assert!(s.contains(&format!("{}: no kratom in the car", p.one_change)));
        for (item, kit) in &p.kit {
            let mark = if *item == KitItem::Hydration { "[x]" } else { "[ ]" };
            assert!(s.contains(&format!("{mark} {}", kit.title)), "{item:?}");
        }
        let support = guide::Plan::build(&j.answers, &guide::assess(&j.answers)).support_level;
        assert!(s.contains(&format!("2. {}: {}", p.steps[1], Lang::En.texts().level(support).name)));
    }

    #[test]
    fn no_placeholders_in_any_language_voice_or_level() {
        let mut urgent = HEAVY.to_vec();
        urgent[0] = (Q::UrgentNow, &["heart"]);
        for lang in Lang::ALL {
            for who in ["self", "loved_one"] {
                for answers in [CALM, HEAVY, &urgent] {
                    let t = text(&journey(lang, who, answers));
                    assert!(!t.contains('{') && !t.contains('}'), "{lang:?} {who}:\n{t}");
                }
            }
        }
    }

    #[test]
    fn spanish_summary_is_in_spanish() {
        let j = journey(Lang::Es, "self", HEAVY);
        let t = text(&j);
        let (es, en) = (words(Lang::Es), words(Lang::En));
        let level = guide::assess(&j.answers).care_level;
        assert!(t.starts_with(es.title));
        assert!(t.contains(&format!("{}: {DATE}", es.date)));
        assert!(section(&t, es.level_heading).contains(Lang::Es.texts().level(level).name));
        assert!(section(&t, es.level_heading).contains(es.asam(level)));
        assert!(section(&t, Lang::Es.texts().emergency.heading).contains("AYUDA"), "988 in Spanish");
        for (name, english) in en.all() {
            // One lower-case word ("severe") is also an answer id, which the code column shows in any language.
            let id_like = english.chars().all(|c| c.is_ascii_lowercase() || c == '_');
            if english.chars().count() > 3 && !id_like {
                assert!(!t.contains(english.as_str()), "English {name} in the Spanish summary");
            }
        }
        let en_texts = Lang::En.texts();
        for english in [en_texts.plan.heading, en_texts.emergency.heading, en_texts.framing.not_diagnosis] {
            assert!(!t.contains(english), "{english}");
        }
    }

    #[test]
    fn no_english_level_band_or_reason_in_a_spanish_summary() {
        let (en, en_texts) = (words(Lang::En), Lang::En.texts());
        let mut urgent = HEAVY.to_vec();
        urgent[0] = (Q::UrgentNow, &["suicide"]);
        let sparse: &[(Q, &[&str])] = &[(Q::UrgentNow, &["none"])];
        for who in ["self", "loved_one"] {
            for answers in [CALM, HEAVY, &urgent, sparse] {
                let t = text(&journey(Lang::Es, who, answers));
                let english = Level::ALL
                    .iter()
                    .map(|l| en_texts.level(*l).name)
                    .chain(en.band_names.iter().map(|(_, n)| *n))
                    .chain(en.reason_names.iter().map(|(_, n)| *n))
                    .chain([en.confidence_ok_name, en.counts_at, en.level_label, en.signs_band]);
                // Words of one word are checked as whole words below (ids contain them).
                for e in english.filter(|e| e.contains(' ')) {
                    assert!(!t.contains(e), "English {e:?} in the Spanish summary:\n{t}");
                }
                // Band ids are never shown; a level id only in parentheses.
                for word in t.split(|c: char| !c.is_alphanumeric() && c != '_') {
                    assert!(!["few", "mild", "moderate", "severe", "unknown"].contains(&word), "{word}:\n{t}");
                }
                let tokens: Vec<&str> = t.split(|c: char| !c.is_alphanumeric() && c != '_').collect();
                for level in Level::ALL {
                    let id = level.as_str();
                    let bare = tokens.iter().filter(|w| **w == id).count();
                    assert_eq!(bare, t.matches(&format!("({id})")).count(), "{id} outside parentheses:\n{t}");
                }
            }
        }
    }

    #[test]
    fn configured_numbers_and_clinic_are_used() {
        let config = Config {
            emergency_number: "112".into(),
            crisis_line: "024".into(),
            phone: Some("555-0100".into()),
            contact_url: Some("https://clinic.example/contact".into()),
            ..Config::default()
        };
        let e = &Lang::En.texts().emergency;
        for answers in [CALM, &[(Q::UrgentNow, &["seizure"][..])][..]] {
            let t = summary_text(&journey(Lang::En, "self", answers), &config, DATE);
            let s = section(&t, e.heading);
            assert!(s.contains(&e.emergency.replace("{n}", "112")), "{s}");
            assert!(s.contains(&e.crisis_other.replace("{n}", "024")), "{s}");
            assert!(!t.contains(&e.emergency.replace("{n}", "911")) && !t.contains("988"), "{t}");
            assert!(!t.contains(e.samhsa) && !t.contains(e.poison), "US-only resources left out:\n{t}");
            let clinic = section(&t, words(Lang::En).clinic_heading);
            assert_eq!(clinic, "555-0100\nhttps://clinic.example/contact\n", "a clinic without a name still shows");
        }
        let plain = text(&journey(Lang::En, "self", CALM));
        assert!(at(&plain, words(Lang::En).clinic_heading).is_none(), "no clinic configured, no section");
    }

    #[test]
    fn answer_text_joins_labels_and_skips_unanswered() {
        let j = journey(Lang::En, "self", &[(Q::OtherSubstances, &["alcohol", "opioids"])]);
        let texts = Lang::En.texts();
        assert_eq!(answer_text(texts, Voice::Me, &j.answers, Q::Duration), None);
        let label = |v| texts.option(Q::OtherSubstances, v).unwrap().label.me;
        let want = format!("{}; {}", label("alcohol"), label("opioids"));
        assert_eq!(answer_text(texts, Voice::Me, &j.answers, Q::OtherSubstances), Some(want));
    }
}
