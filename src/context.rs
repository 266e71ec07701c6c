//! What every page reads: the journey (state + dispatch) and the clinic's
//! configuration, shared by context instead of threaded through props.

use std::rc::Rc;

use guide::text::Texts;
use guide::Voice;
use yew::prelude::*;

use crate::config::Config;
use crate::state::{Action, Journey};

pub type JourneyHandle = UseReducerHandle<Journey>;

#[hook]
pub fn use_journey() -> JourneyHandle {
    use_context::<JourneyHandle>().expect("journey context is provided by App")
}

#[hook]
pub fn use_config() -> Rc<Config> {
    use_context::<Rc<Config>>().expect("config context is provided by App")
}

/// The words for the current language and voice.
#[hook]
pub fn use_words() -> (&'static Texts, Voice) {
    let journey = use_journey();
    (journey.lang.texts(), journey.voice())
}

/// A callback that dispatches a fixed action, for buttons.
#[hook]
pub fn use_action(make: fn() -> Action) -> Callback<MouseEvent> {
    let journey = use_journey();
    Callback::from(move |_| journey.dispatch(make()))
}

/// Fills `{n}`-style placeholders.
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(key, value)
}
