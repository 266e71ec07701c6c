//! Switches the whole widget between English and Spanish, keeping answers.

use guide::Lang;
use yew::prelude::*;

use crate::context::JourneyHandle;
use crate::state::Action;

/// A language's name in that language: what a reader of it looks for.
fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Es => "Español",
    }
}

/// The language button (a function: see `components::emergency::emergency`).
pub fn lang_switch(journey: &JourneyHandle) -> Html {
    let journey = journey.clone();
    let other = match journey.lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let onclick = Callback::from(move |_| journey.dispatch(Action::SetLang(other)));
    html! {
        <button type="button" class="kc-lang kc-link" lang={other.code()} {onclick}>
            { native_name(other) }
        </button>
    }
}
