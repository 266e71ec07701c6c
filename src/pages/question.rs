//! One question per page (the GOV.UK pattern): a form whose fieldset
//! legend is the question, with back link, progress and error summary.

use guide::Q;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::error_summary::error_summary;
use crate::components::progress::progress_bar;
use crate::components::question_form::question_form;
use crate::hooks::use_draft;
use crate::view::View;

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub q: Q,
    pub view: View,
}

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let (view, q) = (&props.view, props.q);
    let (journey, words) = (&view.journey, view.words);
    let draft = use_draft(journey, q);
    let required = q.question().required;
    html! {
        <div class="kc-page kc-question">
            { back_link(view, Some((q, (*draft).clone()))) }
            { progress_bar(q) }
            { error_summary(view, q) }
            { question_form(view, q, &draft, words.continue_) }
            <p class="kc-skip">{ if required { words.required_hint } else { words.skip_hint } }</p>
        </div>
    }
}
