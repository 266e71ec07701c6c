//! One question per page (the GOV.UK pattern): a form whose fieldset
//! legend is the question, with back link, progress and error summary.

use guide::Q;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::choices::{choices, input_id};
use crate::components::error_summary::{error_summary, use_error_focus};
use crate::components::progress::progress;
use crate::context::JourneyHandle;
use crate::state::Action;

/// This page's choices before they are submitted, starting from the saved answer.
#[hook]
pub fn use_draft(journey: &JourneyHandle, q: Q) -> UseStateHandle<Vec<&'static str>> {
    let journey = journey.clone();
    use_state(move || journey.answers.get(q).map(|a| a.values().to_vec()).unwrap_or_default())
}

/// The form itself, shared by the start page (`who`) and question pages.
/// A plain function, not a component (see `components::emergency::emergency`).
pub fn question_form(
    journey: &JourneyHandle,
    q: Q,
    draft: &UseStateHandle<Vec<&'static str>>,
    submit_label: &'static str,
) -> Html {
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |values| draft.set(values))
    };
    let onsubmit = {
        let draft = draft.clone();
        let journey = journey.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            journey.dispatch(Action::Submit(q, (*draft).clone()));
        })
    };
    html! {
        <form class="kc-form" {onsubmit} novalidate=true>
            { choices(journey, q, draft, &onchange, format!("kc-hint-{}", q.as_str()).into()) }
            <button type="submit" class="kc-button">{ submit_label }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub q: Q,
    pub journey: JourneyHandle,
    /// The start page instead (with `q` = `who`): see `pages::start`.
    #[prop_or_default]
    pub start: bool,
}

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let journey = &props.journey;
    let words = journey.lang.texts();
    let q = props.q;
    let draft = use_draft(journey, q);
    let error_node = use_node_ref();
    let has_error = journey.error == Some(q);
    use_error_focus(&error_node, has_error, journey.moves);
    if props.start {
        return crate::pages::start::start_page(journey, &draft, &error_node);
    }
    html! {
        <div class="kc-page kc-question">
            { back_link(journey, words, Some((q, (*draft).clone()))) }
            { progress(words, q) }
            if has_error {
                { error_summary(&error_node, words, input_id(q, q.question().values[0])) }
            }
            { question_form(journey, q, &draft, words.ui.continue_) }
            <p class="kc-skip">{ if q.question().required { words.ui.required_hint } else { words.ui.skip_hint } }</p>
        </div>
    }
}
