//! Switches the whole widget between English and Spanish, keeping answers.

use guide::Lang;
use yew::prelude::*;

use crate::context::use_journey;
use crate::state::Action;

/// A language's name in that language: what a reader of it looks for.
fn native_name(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "English",
        Lang::Es => "Español",
    }
}

#[component]
pub fn LangSwitch() -> Html {
    let journey = use_journey();
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
