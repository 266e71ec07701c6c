//! The start page: what this is, the privacy promise, and who it is for
//! (the `who` question, asked like any other).

use guide::Q;
use yew::prelude::*;

use crate::components::error_summary::ErrorSummary;
use crate::context::JourneyHandle;
use crate::pages::question::{question_form, use_draft};

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub journey: JourneyHandle,
}

#[component]
pub fn StartPage(props: &StartProps) -> Html {
    let journey = &props.journey;
    let ui = &journey.lang.texts().ui;
    let draft = use_draft(journey, Q::Who);
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
                <ErrorSummary target={crate::components::choices::input_id(Q::Who, "self")} moves={journey.moves} lang={journey.lang} />
            }
            { question_form(journey, Q::Who, &draft, ui.start) }
        </div>
    }
}
