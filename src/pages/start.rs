//! The start page: what this is, the privacy promise, and who it is for
//! (the `who` question, asked like any other).

use guide::Q;
use yew::prelude::*;

use crate::components::error_summary::error_summary;
use crate::context::JourneyHandle;
use crate::pages::question::question_form;

/// The start page's markup. Rendered by `QuestionPage` with `start` set
/// (one component type holds the `who` draft for both), keyed apart from
/// the `who` question page.
pub fn start_page(journey: &JourneyHandle, draft: &UseStateHandle<Vec<&'static str>>, error_node: &NodeRef) -> Html {
    let words = journey.lang.texts();
    let ui = &words.ui;
    html! {
        <div class="kc-page kc-start">
            <p class="kc-title">{ ui.title }</p>
            <p class="kc-lead">{ ui.intro }</p>
            <ul class="kc-promises">
                <li class="kc-privacy">{ ui.privacy }</li>
                <li>{ ui.not_diagnosis }</li>
                <li>{ ui.duration }</li>
            </ul>
            if journey.error == Some(Q::Who) {
                { error_summary(error_node, words, crate::components::choices::input_id(Q::Who, "self")) }
            }
            { question_form(journey, Q::Who, draft, ui.start) }
        </div>
    }
}
