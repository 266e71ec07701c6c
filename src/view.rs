//! The view value: everything a page or component reads to render, built
//! once per render by the shell and handed down (crux's "view model" at
//! Yew's scale). Pages and components take what they need from it instead
//! of each looking up the language's tables and the voice again.

use std::rc::Rc;

use guide::text::Texts;
use guide::Voice;
use yew::prelude::*;

use crate::config::Config;
use crate::languages::LangLoader;
use crate::state::{Action, Focus, Journey};
use crate::words::{words, Words};

/// The journey's state with its dispatcher.
pub type JourneyHandle = UseReducerHandle<Journey>;

#[derive(Clone)]
pub struct View {
    pub journey: JourneyHandle,
    pub config: Rc<Config>,
    /// Brings another language's words in (the language switch).
    pub languages: LangLoader,
    /// The engine's domain wording in the journey's language.
    pub texts: &'static Texts,
    /// The widget's own words in the journey's language.
    pub words: &'static Words,
    /// "You" or "the person you're worried about", from the `who` answer.
    pub voice: Voice,
}

impl View {
    pub fn new(journey: JourneyHandle, config: Rc<Config>, languages: LangLoader) -> Self {
        let lang = journey.lang;
        let voice = journey.voice();
        View { journey, config, languages, texts: lang.texts(), words: words(lang), voice }
    }

    /// Whether the journey's focus is on `target` this turn.
    pub fn focused(&self, target: Focus) -> bool {
        self.journey.focus == target
    }

    /// A callback that sends `action` on every event, whatever the event.
    pub fn send<E>(&self, action: impl Fn() -> Action + 'static) -> Callback<E> {
        let journey = self.journey.clone();
        Callback::from(move |_| journey.dispatch(action()))
    }
}

/// The rest is derived from the journey, so the journey and the
/// configuration decide whether two views are equal.
impl PartialEq for View {
    fn eq(&self, other: &Self) -> bool {
        self.journey == other.journey && self.config == other.config && self.languages == other.languages
    }
}

/// Fills `{n}`-style placeholders.
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(key, value)
}
