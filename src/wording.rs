//! Engine texts as this embed and these answers read them (spec §8): the
//! engine's wording rules (`guide::wording`, shared with the clinician
//! summary) with the embed's numbers.

use guide::text::{Texts, Titled};
use guide::{Answers, CautionId, NoteId, Voice};

use crate::config::Config;

/// A note as it reads for these answers and this embed.
pub fn note<'t>(texts: &'t Texts, id: NoteId, answers: &Answers, config: &Config) -> &'t Titled {
    guide::wording::note(texts, id, answers, &config.lines())
}

/// The loved-one guide's self-care lines for this embed.
pub fn self_care(texts: &Texts, config: &Config) -> &'static [&'static str] {
    guide::wording::self_care(texts, &config.lines())
}

/// An engine text that names the emergency number or the crisis line, for
/// this embed's numbers.
pub fn say(template: &str, config: &Config, texts: &Texts) -> String {
    guide::wording::say(template, &config.lines(), texts)
}

/// A caution's words for these answers (`cold_turkey_risk` with its parts).
pub fn caution_body(texts: &Texts, id: CautionId, answers: &Answers, voice: Voice, config: &Config) -> String {
    guide::wording::caution_body(texts, id, answers, voice, &config.lines())
}
