//! Switches the whole widget between English and Spanish, keeping answers.

use guide::Lang;
use yew::prelude::*;

use crate::context::use_journey;
use crate::state::Action;

#[component]
pub fn LangSwitch() -> Html {
    let journey = use_journey();
    let other = match journey.lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let onclick = Callback::from(move |_| journey.dispatch(Action::SetLang(other)));
    // The label is written in the language it switches to, and marked so.
    html! {
        <button type="button" class="kc-lang kc-link" lang={other.code()} {onclick}>
            { other.texts().ui.language }
        </button>
    }
}
