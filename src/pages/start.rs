//! The start page: what this is, the privacy promise, and who it is for
//! (the `who` question, asked like any other).

use guide::Q;
use yew::prelude::*;

use crate::components::asked::{saved, Asked};
use crate::components::error_summary::error_summary;
use crate::components::question_form::question_form;
use crate::hooks::use_draft;
use crate::state::Journey;

/// Data and a callback, not the journey (as [`QuestionProps`](crate::pages::question::QuestionProps)).
#[derive(Properties, PartialEq)]
pub struct StartProps {
    /// The `who` question, its language, voice, error and focus.
    pub asked: Asked,
    /// The saved `who` values: the page's choice starts from them.
    pub saved: Vec<&'static str>,
    /// Saves who the check is for and moves on.
    pub on_submit: Callback<(Q, Vec<&'static str>)>,
}

impl StartProps {
    /// The props of the start page in `journey`.
    pub fn of(journey: &Journey, on_submit: Callback<(Q, Vec<&'static str>)>) -> Self {
        StartProps { asked: Asked::of(journey, Q::Who), saved: saved(journey, Q::Who), on_submit }
    }
}

#[component]
pub fn StartPage(props: &StartProps) -> Html {
    let asked = &props.asked;
    let words = asked.words();
    let draft = use_draft(&props.saved);
    html! {
        <div class="kc-page kc-start">
            <h2 class="kc-title">{ words.title }</h2>
            <p class="kc-lead">{ words.intro }</p>
            <ul class="kc-promises">
                <li class="kc-privacy">{ words.privacy }</li>
                <li>{ asked.texts().framing.not_diagnosis }</li>
                <li>{ words.duration }</li>
            </ul>
            { error_summary(asked) }
            { question_form(asked, &draft, words.start, &props.on_submit) }
        </div>
    }
}
