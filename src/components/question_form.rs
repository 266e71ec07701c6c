//! The form of one question page (the start page's `who` too): the
//! question's choices and the submit button that saves them and moves on.

use guide::Q;
use yew::prelude::*;

use crate::components::asked::Asked;
use crate::components::choices::choices;

/// `draft`: the choices made on this page so far; `submit_label`: "Start",
/// "Continue", …; `on_submit` gets the question and the draft. The page's
/// error message shows inside the fieldset while the page holds its error.
pub fn question_form(
    asked: &Asked,
    draft: &UseStateHandle<Vec<&'static str>>,
    submit_label: &'static str,
    on_submit: &Callback<(Q, Vec<&'static str>)>,
) -> Html {
    let q = asked.q;
    let error = asked.error.then(|| asked.words().error_for(q));
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |values| draft.set(values))
    };
    let onsubmit = {
        let (draft, on_submit) = (draft.clone(), on_submit.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            on_submit.emit((q, (*draft).clone()));
        })
    };
    html! {
        // method="dialog": outside a <dialog> its submission does nothing, so no
        // answer can ever reach a URL, whatever happens to the listeners.
        <form class="kc-form" method="dialog" {onsubmit} novalidate=true>
            { choices(asked, draft, &onchange, error) }
            <button type="submit" class="kc-button">{ submit_label }</button>
        </form>
    }
}
