//! The plain-text summary the person can download and keep, or hand to a
//! clinician. Pure, so it is tested natively.

use guide::plan::{Phase, Plan};
use guide::text::Texts;
use guide::{Answers, Assessment, Voice, Q};

use crate::config::Config;
use crate::state::{PlanDraft, PlanField};

fn heading(out: &mut String, title: &str) {
    out.push('\n');
    out.push_str(title);
    out.push('\n');
    out.push_str(&"-".repeat(title.chars().count()));
    out.push('\n');
}

fn bullet(out: &mut String, text: &str) {
    out.push_str("- ");
    out.push_str(text);
    out.push('\n');
}

/// The chosen answers' labels, joined for reading.
pub fn answer_text(words: &Texts, voice: Voice, answers: &Answers, q: Q) -> Option<String> {
    answers.get(q).map(|a| {
        a.values().iter().map(|v| words.option(q, v).map_or(*v, |o| o.label.get(voice))).collect::<Vec<_>>().join("; ")
    })
}

pub fn summary_text(
    words: &Texts,
    voice: Voice,
    answers: &Answers,
    assessment: &Assessment,
    plan: &Plan,
    draft: &PlanDraft,
    config: &Config,
) -> String {
    let ui = &words.ui;
    let mut out = String::new();
    out.push_str(ui.title);
    out.push_str("\n\n");
    out.push_str(ui.level_heading);
    out.push_str(": ");
    // Spec §8: a monitor with low confidence suggests no level at all.
    out.push_str(words.level_name(assessment.care_level, assessment.confidence));
    out.push('\n');
    out.push_str(words.summary(assessment.care_level, assessment.confidence).get(voice));
    out.push('\n');
    if let Some(caveat) = words.confidence_caveat(assessment.care_level, assessment.confidence) {
        out.push_str(caveat.get(voice));
        out.push('\n');
    }
    out.push_str(ui.not_diagnosis);
    out.push('\n');

    if !assessment.reasons.is_empty() {
        heading(&mut out, ui.because_heading);
        for r in &assessment.reasons {
            bullet(&mut out, words.reason(r.id).get(voice));
        }
    }
    if !assessment.taper_prerequisites_unmet.is_empty() {
        heading(&mut out, ui.prereqs_heading);
        for p in &assessment.taper_prerequisites_unmet {
            bullet(&mut out, words.prereq(*p).get(voice));
        }
    }
    heading(&mut out, ui.signs_heading);
    out.push_str(words.band(assessment.severity.band).get(voice));
    out.push('\n');
    if !assessment.cautions.is_empty() {
        heading(&mut out, ui.cautions_heading);
        for c in &assessment.cautions {
            let t = words.caution(c.id);
            bullet(&mut out, &format!("{}: {}", t.title, t.body.get(voice)));
        }
    }
    heading(&mut out, ui.notes_heading);
    for n in &assessment.notes {
        let t = words.note_for(*n, answers);
        bullet(&mut out, &format!("{}: {}", t.title, t.body.get(voice)));
    }

    let p = &words.plan;
    heading(&mut out, p.heading);
    out.push_str(&format!("{}: {}\n", p.steps[1], words.level(plan.support_level).name));
    let diary = draft.get(PlanField::Diary);
    out.push_str(&format!("{}: {}\n", p.steps[0], if diary.is_empty() { "…" } else { diary }));
    out.push_str(&format!("{}:\n", p.steps[2]));
    for entry in &plan.comfort_kit {
        let mark = if draft.kit_ready.contains(&entry.item) { "[x]" } else { "[ ]" };
        out.push_str(&format!("  {mark} {}\n", p.kit(entry.item).title));
    }
    out.push_str(&format!("{}:\n", p.steps[3]));
    for tp in &plan.triggers {
        let when = draft.get(PlanField::If(tp.kind));
        let then = draft.get(PlanField::Then(tp.kind));
        out.push_str(&format!("  {}: {} {} — {} {}\n", p.trigger(tp.kind).title, p.if_label, when, p.then_label, then));
    }
    out.push_str(&format!("{}:\n", p.steps[4]));
    for th in &plan.therapies {
        out.push_str(&format!("  - {}\n", p.therapy(*th).title));
    }
    out.push_str(&format!("{}:\n", p.steps[5]));
    let list = |label: &str, make: fn(u8) -> PlanField, n: u8| {
        let items: Vec<&str> = (0..n).map(|i| draft.get(make(i))).filter(|s| !s.is_empty()).collect();
        format!("  {label}: {}\n", items.join("; "))
    };
    out.push_str(&list(p.warning_signs, PlanField::WarningSign, 5));
    out.push_str(&list(p.people, PlanField::Person, 3));
    out.push_str(&format!("  {}: {}\n", p.appointment, draft.get(PlanField::Appointment)));
    out.push_str(&format!("  {}: {}\n", p.one_change, draft.get(PlanField::OneChange)));

    heading(&mut out, ui.phases_heading);
    for ph in Phase::ALL {
        let t = words.phase(ph);
        bullet(&mut out, &format!("{}: {}", t.title, t.body.get(voice)));
    }

    // For a clinician reading this: what was said, in the widget's own words.
    heading(&mut out, ui.answers_heading);
    for q in Q::ALL {
        if let Some(text) = answer_text(words, voice, answers, q) {
            bullet(&mut out, &format!("{} — {}", words.question(q).legend.get(voice), text));
        }
    }

    if let Some(name) = &config.clinic_name {
        heading(&mut out, ui.clinic_heading);
        out.push_str(name);
        out.push('\n');
        for extra in [&config.phone, &config.contact_url].into_iter().flatten() {
            out.push_str(extra);
            out.push('\n');
        }
    }
    let e = &words.emergency;
    heading(&mut out, e.heading);
    bullet(&mut out, &e.emergency.replace("{n}", &config.emergency_number));
    bullet(&mut out, &e.crisis.replace("{n}", &config.crisis_line));
    bullet(&mut out, e.samhsa);
    bullet(&mut out, e.poison);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::PlanField;
    use guide::plan::Plan;
    use guide::Lang;

    fn answers() -> Answers {
        let mut a = Answers::new();
        a.set(Q::Who, &["self"]).unwrap();
        a.set(Q::Products, &["extract_or_shot"]).unwrap();
        a.set(Q::OtherSubstances, &["alcohol"]).unwrap();
        // Daily use shows dependence, which makes extracts and alcohol detox (spec v2).
        a.set(Q::Frequency, &["daily_once"]).unwrap();
        a
    }

    #[test]
    fn summary_carries_level_reasons_answers_plan_and_numbers() {
        let a = answers();
        let x = guide::assess(&a);
        let plan = Plan::build(&a, &x);
        let mut draft = PlanDraft::default();
        draft.fields.insert(PlanField::Appointment, "Monday with Dr. Lee".into());
        let config = Config { crisis_line: "12345".into(), clinic_name: Some("Riverside".into()), ..Config::default() };
        let words = Lang::En.texts();
        let text = summary_text(words, Voice::Me, &a, &x, &plan, &draft, &config);

        assert!(text.contains(words.level(guide::Level::Detox).name));
        assert!(text.contains(words.reason(guide::ReasonId::ExtractUse).me));
        assert!(text.contains(words.reason(guide::ReasonId::Mixing).me));
        assert!(text.contains(words.caution(guide::CautionId::SedativeMix).title));
        assert!(text.contains("Monday with Dr. Lee"));
        assert!(text.contains(&answer_text(words, Voice::Me, &a, Q::Products).unwrap()));
        assert!(text.contains("12345"), "configured crisis line");
        assert!(!text.contains("{n}"), "placeholders filled");
        assert!(text.contains("Riverside"));
        assert!(text.contains(words.ui.not_diagnosis));
    }

    #[test]
    fn loved_one_summary_uses_their_voice_in_spanish() {
        let mut a = answers();
        a.set(Q::Who, &["loved_one"]).unwrap();
        let x = guide::assess(&a);
        let plan = Plan::build(&a, &x);
        let words = Lang::Es.texts();
        let text = summary_text(words, Voice::Them, &a, &x, &plan, &PlanDraft::default(), &Config::default());
        assert!(text.contains(words.reason(guide::ReasonId::ExtractUse).them));
        assert!(!text.contains(words.reason(guide::ReasonId::ExtractUse).me));
        assert!(text.contains(words.level(guide::Level::Detox).name));
    }

    #[test]
    fn answer_text_joins_labels_and_skips_unanswered() {
        let a = answers();
        let words = Lang::En.texts();
        assert_eq!(answer_text(words, Voice::Me, &a, Q::Duration), None);
        let label = words.option(Q::OtherSubstances, "alcohol").unwrap().label.me;
        assert_eq!(answer_text(words, Voice::Me, &a, Q::OtherSubstances).as_deref(), Some(label));
    }
}
