//! The start page: what this is, the privacy promise, and who it is for
//! (the `who` question, asked like any other).

use guide::Q;
use yew::prelude::*;

use crate::components::error_summary::error_summary;
use crate::components::question_form::question_form;
use crate::hooks::use_draft;
use crate::view::View;

#[derive(Properties, PartialEq)]
pub struct StartProps {
    pub view: View,
}

#[component]
pub fn StartPage(props: &StartProps) -> Html {
    let view = &props.view;
    let (journey, words) = (&view.journey, view.words);
    let draft = use_draft(journey, Q::Who);
    html! {
        <div class="kc-page kc-start">
            <h2 class="kc-title">{ words.title }</h2>
            <p class="kc-lead">{ words.intro }</p>
            <ul class="kc-promises">
                <li class="kc-privacy">{ words.privacy }</li>
                <li>{ view.texts.framing.not_diagnosis }</li>
                <li>{ words.duration }</li>
            </ul>
            { error_summary(view, Q::Who) }
            { question_form(view, Q::Who, &draft, words.start) }
        </div>
    }
}
