//! The plain-text summary the person can download and keep, or hand to a
//! clinician. Pure, so it is tested natively.

use guide::plan::{Phase, Plan, RELAPSE_SLOTS};
use guide::text::Texts;
use guide::{Answers, Voice, Q};

use crate::config::Config;
use crate::state::{Journey, PlanField};
use crate::words::words;

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

/// The whole summary of `journey`, in its language and voice.
pub fn summary_text(journey: &Journey, config: &Config) -> String {
    let (texts, ui, voice) = (journey.lang.texts(), words(journey.lang), journey.voice());
    let answers = &journey.answers;
    let draft = &journey.plan;
    let assessment = guide::assess(answers);
    let plan = Plan::build(answers, &assessment);
    let words = texts;
    let level = words.level(assessment.care_level);
    let mut out = String::new();
    out.push_str(ui.title);
    out.push_str("\n\n");
    out.push_str(ui.level_heading);
    out.push_str(": ");
    out.push_str(level.name);
    out.push('\n');
    out.push_str(level.summary.get(voice));
    out.push('\n');
    out.push_str(words.framing.not_diagnosis);
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
    out.push_str(words.bands[assessment.severity.band as usize].get(voice));
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
        let t = words.note(*n);
        bullet(&mut out, &format!("{}: {}", t.title, t.body.get(voice)));
    }

    let p = &words.plan;
    heading(&mut out, p.heading);
    out.push_str(&format!("{}: {}\n", p.steps[1], words.level(plan.support_level).name));
    let diary = draft.get(PlanField::Diary);
    out.push_str(&format!("{}: {}\n", p.steps[0], if diary.is_empty() { "…" } else { diary }));
    out.push_str(&format!("{}:\n", p.steps[2]));
    for entry in &plan.comfort_kit {
        if let Some((_, t)) = p.kit.iter().find(|(k, _)| *k == entry.item) {
            let mark = if draft.kit_ready(entry.item) { "[x]" } else { "[ ]" };
            out.push_str(&format!("  {mark} {}\n", t.title));
        }
    }
    out.push_str(&format!("{}:\n", p.steps[3]));
    for tp in &plan.triggers {
        if let Some((_, t)) = p.triggers.iter().find(|(k, _)| *k == tp.kind) {
            let when = draft.get(PlanField::If(tp.kind));
            let then = draft.get(PlanField::Then(tp.kind));
            out.push_str(&format!("  {}: {} {} — {} {}\n", t.title, p.if_label, when, p.then_label, then));
        }
    }
    out.push_str(&format!("{}:\n", p.steps[4]));
    for th in &plan.therapies {
        if let Some((_, t)) = p.therapies.iter().find(|(k, _)| k == th) {
            out.push_str(&format!("  - {}\n", t.title));
        }
    }
    out.push_str(&format!("{}:\n", p.steps[5]));
    let list = |label: &str, make: fn(u8) -> PlanField, n: usize| {
        let items: Vec<&str> = (0..n).map(|i| draft.get(make(i as u8))).filter(|s| !s.is_empty()).collect();
        format!("  {label}: {}\n", items.join("; "))
    };
    out.push_str(&list(p.warning_signs, PlanField::WarningSign, RELAPSE_SLOTS.warning_signs));
    out.push_str(&list(p.people, PlanField::Person, RELAPSE_SLOTS.people));
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
    use guide::Lang;

    fn journey(who: &str, lang: Lang) -> Journey {
        let mut j = Journey::new(lang);
        j.answers.set(Q::Who, &[who]).unwrap();
        j.answers.set(Q::Products, &["extract_or_shot"]).unwrap();
        j.answers.set(Q::OtherSubstances, &["alcohol"]).unwrap();
        j
    }

    #[test]
    fn summary_carries_level_reasons_answers_plan_and_numbers() {
        let mut j = journey("self", Lang::En);
        j.plan.set(PlanField::Appointment, "Monday with Dr. Lee".into());
        let config = Config { crisis_line: "12345".into(), clinic_name: Some("Riverside".into()), ..Config::default() };
        let text = summary_text(&j, &config);
        let texts = Lang::En.texts();
        let x = guide::assess(&j.answers);

        assert!(text.contains(texts.level(x.care_level).name));
        for r in &x.reasons {
            assert!(text.contains(texts.reason(r.id).me), "{}", r.id.as_str());
        }
        assert!(text.contains(texts.caution(guide::CautionId::SedativeMix).title));
        assert!(text.contains("Monday with Dr. Lee"));
        assert!(text.contains(&answer_text(texts, Voice::Me, &j.answers, Q::Products).unwrap()));
        assert!(text.contains("12345"), "configured crisis line");
        assert!(!text.contains("{n}"), "placeholders filled");
        assert!(text.contains("Riverside"));
        assert!(text.contains(texts.framing.not_diagnosis));
    }

    #[test]
    fn loved_one_summary_uses_their_voice_in_spanish() {
        let j = journey("loved_one", Lang::Es);
        let text = summary_text(&j, &Config::default());
        let texts = Lang::Es.texts();
        let x = guide::assess(&j.answers);
        let first = x.reasons.first().expect("a reason");
        assert!(text.contains(texts.reason(first.id).them));
        assert!(!text.contains(texts.reason(first.id).me));
        assert!(text.contains(texts.level(x.care_level).name));
        assert!(text.contains(words(Lang::Es).answers_heading));
    }

    #[test]
    fn answer_text_joins_labels_and_skips_unanswered() {
        let j = journey("self", Lang::En);
        let texts = Lang::En.texts();
        assert_eq!(answer_text(texts, Voice::Me, &j.answers, Q::Duration), None);
        let label = texts.option(Q::OtherSubstances, "alcohol").unwrap().label.me;
        assert_eq!(answer_text(texts, Voice::Me, &j.answers, Q::OtherSubstances).as_deref(), Some(label));
    }
}
