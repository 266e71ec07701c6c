//! The start page: what this is, the privacy promise, and who it is for
//! (the `who` question, asked like any other).

use guide::Q;
use yew::prelude::*;

use crate::components::error_summary::ErrorSummary;
use crate::context::{use_journey, use_words};
use crate::pages::question::{question_form, use_draft};

#[component]
pub fn StartPage() -> Html {
    let (words, _) = use_words();
    let journey = use_journey();
    let ui = &words.ui;
    let draft = use_draft(Q::Who);
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
                <ErrorSummary target={crate::components::choices::input_id(Q::Who, "self")} />
            }
            { question_form(&journey, Q::Who, &draft, ui.start) }
        </div>
    }
}
