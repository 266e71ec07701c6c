//! The widget's own words — buttons, hints, page headings, the quick exit,
//! the language switch — in English here (`en.rs`), in every other language
//! under `ui.` in its translation file `po/CODE.po`. The domain wording
//! (questions, answers, reasons, cautions, notes, plan) is the engine's
//! (`guide::text`); these are the widget's own: its chrome, and the
//! headings and labels of the summary it prints and downloads.

use guide::{Lang, Q};

#[cfg(feature = "tables")]
mod en;

#[derive(serde::Serialize, serde::Deserialize)]
pub struct Words {
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub duration: &'static str,
    pub start: &'static str,
    pub continue_: &'static str,
    pub see_result: &'static str,
    pub back: &'static str,
    pub skip_hint: &'static str,
    pub why_we_ask: &'static str,
    /// "Section {n} of {total}"
    pub section_of: &'static str,
    pub error_summary_title: &'static str,
    /// The start page's error: who the check is for.
    pub error_who: &'static str,
    /// The urgent question's error.
    pub error_urgent: &'static str,
    /// Any other required question's error.
    pub error_choose: &'static str,
    /// Marks a question that needs an answer.
    pub required_hint: &'static str,
    pub urgent_continue: &'static str,
    pub check_heading: &'static str,
    pub check_intro: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    /// Heading above the plain-words level name on the result page.
    pub level_heading: &'static str,
    pub because_heading: &'static str,
    pub signs_heading: &'static str,
    pub cautions_heading: &'static str,
    pub notes_heading: &'static str,
    pub prereqs_heading: &'static str,
    pub phases_heading: &'static str,
    pub clinic_heading: &'static str,
    /// The result's "what to do now" part: the clinic and who to call.
    pub now_heading: &'static str,
    /// Heading of the level's "what it means in practice" points.
    pub in_practice_heading: &'static str,
    /// The button to the plan page, and that page's heading.
    pub make_plan: &'static str,
    /// "Start over" asks first: the question and its two answers.
    pub start_over_question: &'static str,
    pub start_over_yes: &'static str,
    pub start_over_no: &'static str,
    pub print: &'static str,
    pub download: &'static str,
    pub start_over: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    /// Under quick exit when the page is still here after it: what to do.
    pub quick_exit_stuck: &'static str,
    /// The quick exit's label on a phone once the sticky bar also holds the
    /// numbers to call (it keeps the bar one line).
    pub quick_exit_short: &'static str,
    /// While the other language's words download: "Loading {language}…".
    pub lang_loading: &'static str,
    /// When they cannot: says so, and that nothing is lost.
    pub lang_failed: &'static str,
    /// Shown by the loader while the widget loads, above the crisis links of
    /// the element's own fallback (never a failure message while loading).
    pub loading_note: &'static str,
    /// Heading of the reasons that count lower.
    pub also_noted_heading: &'static str,
    /// The opt-in button at the end of the result and plan pages.
    pub handoff_show: &'static str,
    /// The same, answering about someone else (when the clinic allows it).
    pub handoff_show_them: &'static str,
    /// Under the button: what the code holds, before it shows.
    pub handoff_hint: &'static str,
    pub handoff_hint_them: &'static str,
    /// The shown code's heading (it takes focus), and the printed code's.
    pub handoff_heading: &'static str,
    pub handoff_holds: &'static str,
    /// "Answers to {n} of {total} questions".
    pub handoff_answers: &'static str,
    /// "The suggested level: {level}".
    pub handoff_level: &'static str,
    /// "The date: {date}" (YYYY-MM-DD).
    pub handoff_date: &'static str,
    pub handoff_not_held: &'static str,
    pub handoff_warning: &'static str,
    /// The QR code's accessible name.
    pub handoff_qr_label: &'static str,
    /// Read by screen readers before the digits.
    pub handoff_digits_label: &'static str,
    /// In place of the QR picture when its drawing part could not load
    /// (offline): the numbers still show below it.
    pub handoff_qr_failed: &'static str,
    /// How the clinic reads it (screen and paper).
    pub handoff_how: &'static str,
    pub handoff_hide: &'static str,
}

/// The widget's words in `lang`. As with the engine's texts, a native build
/// has every language compiled in, and the wasm reads the installed packs.
#[cfg(feature = "tables")]
pub fn words(lang: Lang) -> &'static Words {
    static FROM_PO: [std::sync::OnceLock<Words>; Lang::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
    match lang {
        Lang::En => &en::WORDS,
        // Every other language of the list: its translation file's `ui.` entries.
        lang => FROM_PO[lang as usize].get_or_init(|| guide::text::po::translated(lang, &en::WORDS, "ui.")),
    }
}

#[cfg(not(feature = "tables"))]
static INSTALLED: [std::sync::OnceLock<Words>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

/// Callers check `lang.is_available()` first (the pack brings both these
/// words and the engine's).
#[cfg(not(feature = "tables"))]
pub fn words(lang: Lang) -> &'static Words {
    INSTALLED[lang as usize].get().expect("language pack installed before its words are read")
}

/// Makes `words` `lang`'s widget words for the rest of the page's life.
#[cfg(not(feature = "tables"))]
pub fn install(lang: Lang, words: Words) {
    let _ = INSTALLED[lang as usize].set(words);
}

impl Words {
    /// The error shown when a required question is left empty. Only the
    /// question table says which are required; each has its own words.
    pub fn error_for(&self, q: Q) -> &'static str {
        match q {
            Q::Who => self.error_who,
            Q::UrgentNow => self.error_urgent,
            _ => self.error_choose,
        }
    }

    /// Every string with its key (`guide::text::keys`, a serde walk: a new
    /// field is in it the moment it exists), for the completeness tests and
    /// the translation files.
    #[cfg(feature = "tables")]
    pub fn all(&self) -> Vec<(String, String)> {
        guide::text::keys::strings(self)
    }
}

#[cfg(all(test, feature = "tables"))]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_written_in_every_language() {
        for lang in Lang::ALL {
            for (name, text) in words(lang).all() {
                assert!(!text.trim().is_empty(), "{lang:?} {name}");
            }
        }
        // Spanish is its own text, not a copy of the English (names and
        // "Esc" may coincide; everything else must differ).
        let (en, es) = (words(Lang::En).all(), words(Lang::Es).all());
        for ((name, a), (_, b)) in en.iter().zip(es.iter()) {
            assert_ne!(a, b, "{name} is not translated");
        }
    }

    #[test]
    fn only_the_progress_line_has_placeholders() {
        for lang in Lang::ALL {
            for (name, text) in words(lang).all() {
                let expected: &[&str] = match name.as_str() {
                    "section_of" => &["{n}", "{total}"],
                    "lang_loading" | "lang_failed" => &["{language}"],
                    "handoff_answers" => &["{n}", "{total}"],
                    "handoff_level" => &["{level}"],
                    "handoff_date" => &["{date}"],
                    _ => &[],
                };
                let found: Vec<&str> =
                    text.match_indices('{').map(|(i, _)| &text[i..i + text[i..].find('}').unwrap() + 1]).collect();
                assert_eq!(found, expected, "{lang:?} {name}");
            }
        }
    }

    #[test]
    fn each_required_question_has_its_own_error() {
        let required: Vec<Q> = Q::ALL.into_iter().filter(|q| q.question().required).collect();
        assert!(required.contains(&Q::Who) && required.contains(&Q::UrgentNow), "{required:?}");
        for lang in Lang::ALL {
            let w = words(lang);
            let texts: Vec<_> = required.iter().map(|q| w.error_for(*q)).collect();
            for (i, t) in texts.iter().enumerate() {
                assert!(!texts[..i].contains(t), "{lang:?}: two required questions share an error");
            }
        }
        assert_eq!(words(Lang::En).quick_exit, "Leave this page quickly");
        assert!(words(Lang::En).quick_exit_hint.contains("Esc"));
        assert!(!words(Lang::En).error_who.contains("None of these"), "the start page has no such option");
    }

    #[test]
    fn the_summary_headings_read_as_the_pages_do() {
        // The clinician summary (the engine's words) repeats a few of the
        // result page's headings; a change to one must change both.
        for lang in Lang::ALL {
            let (w, s) = (words(lang), &lang.texts().summary);
            let pairs = [
                (w.title, s.title),
                (w.level_heading, s.level_heading),
                (w.signs_heading, s.signs_heading),
                (w.cautions_heading, s.cautions_heading),
                (w.notes_heading, s.notes_heading),
                (w.prereqs_heading, s.prereqs_heading),
                (w.clinic_heading, s.clinic_heading),
                (w.also_noted_heading, s.also_noted_heading),
                (w.not_answered, s.not_answered),
            ];
            for (page, summary) in pairs {
                assert_eq!(page, summary, "{lang:?}");
            }
        }
    }
}
