//! The form of one question page (the start page's `who` too): the
//! question's choices and the submit button that saves them and moves on.

use guide::Q;
use yew::prelude::*;

use crate::components::choices::choices;
use crate::state::Action;
use crate::view::View;

/// `draft`: the choices made on this page so far; `submit_label`: "Start",
/// "Continue", …. The page's error message shows inside the fieldset while
/// the journey holds an error for `q`.
pub fn question_form(view: &View, q: Q, draft: &UseStateHandle<Vec<&'static str>>, submit_label: &'static str) -> Html {
    let error = (view.journey.error == Some(q)).then(|| view.words.error_for(q));
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |values| draft.set(values))
    };
    let onsubmit = {
        let draft = draft.clone();
        let journey = view.journey.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            journey.dispatch(Action::Submit(q, (*draft).clone()));
        })
    };
    html! {
        // method="dialog": outside a <dialog> its submission does nothing, so no
        // answer can ever reach a URL, whatever happens to the listeners.
        <form class="kc-form" method="dialog" {onsubmit} novalidate=true>
            { choices(view, q, draft, &onchange, error) }
            <button type="submit" class="kc-button">{ submit_label }</button>
        </form>
    }
}
