//! The clinician summary of this journey, for this embed: the engine's
//! summary (`guide::summary`, its data and its plain text) fed with the
//! journey's answers, language and typed plan and the embed's clinic. The
//! widget keeps only the effects: the download (`download`), print
//! (`summary_html`) and the device's date.

use crate::config::Config;
use crate::state::{Journey, PlanDraft};
use guide::{Answers, Lang};

pub use guide::summary::{answer_text, Doc, Row, Section, Val};

/// The whole summary of `journey` as plain text (the download).
pub fn summary_text(journey: &Journey, config: &Config, date: &str) -> String {
    summary(journey, config, date).text()
}

/// The whole summary of `journey`, in its language and voice. `date` is
/// printed as given (the device formats it).
pub fn summary(journey: &Journey, config: &Config, date: &str) -> Doc {
    summary_of(&journey.answers, &journey.plan, journey.lang, config, date)
}

/// The summary of these answers and this typed plan, in `lang` and the
/// answers' voice.
pub fn summary_of(answers: &Answers, plan: &PlanDraft, lang: Lang, config: &Config, date: &str) -> Doc {
    let clinic = config.clinic();
    guide::summary::summary(&guide::summary::Inputs {
        answers,
        lang,
        voice: answers.voice(),
        plan,
        clinic: &clinic,
        date,
    })
}
