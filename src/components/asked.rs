//! One question as its page shows it (the start page's `who` too): plain
//! data, compared by value. The start and question pages hold it in their
//! props and hand it to the form, the choices and the error summary, so a
//! page re-renders only when something it shows changes, not on every
//! change to the journey (another answer, the typed plan, a focus turn that
//! lands elsewhere).

use guide::text::Texts;
use guide::{Lang, Voice, Q};

use crate::state::{Focus, Journey};
use crate::words::{words, Words};

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Asked {
    pub q: Q,
    /// The journey's language: the widget's words and the engine's texts in it.
    pub lang: Lang,
    /// "You" or "the person you're worried about", from the `who` answer.
    pub voice: Voice,
    /// The page could not move on: its error message and summary show.
    pub error: bool,
    /// What on this page takes focus this turn: the journey's
    /// [`Focus`] when it names the heading or this question's error,
    /// [`Focus::Nowhere`] when it names nothing here.
    pub focus: Focus,
}

impl Asked {
    /// Question `q` as `journey` shows it.
    pub fn of(journey: &Journey, q: Q) -> Self {
        let focus = match journey.focus {
            Focus::Heading => Focus::Heading,
            Focus::Error(e) if e == q => Focus::Error(q),
            _ => Focus::Nowhere,
        };
        Asked { q, lang: journey.lang, voice: journey.voice(), error: journey.error == Some(q), focus }
    }

    pub fn words(&self) -> &'static Words {
        words(self.lang)
    }

    pub fn texts(&self) -> &'static Texts {
        self.lang.texts()
    }
}

/// The values of `q`'s saved answer in `journey` (none when unanswered):
/// where the page's draft starts.
pub fn saved(journey: &Journey, q: Q) -> Vec<&'static str> {
    journey.answers.get(q).map(|a| a.values().to_vec()).unwrap_or_default()
}
