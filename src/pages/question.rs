//! One question per page (the GOV.UK pattern): a form whose fieldset
//! legend is the question, with back link, progress and error summary.

use guide::Q;
use yew::prelude::*;

use crate::components::asked::{saved, Asked};
use crate::components::back_link::back_link;
use crate::components::error_summary::error_summary;
use crate::components::progress::progress_bar;
use crate::components::question_form::question_form;
use crate::hooks::use_draft;
use crate::state::{Journey, Page};

/// Data and callbacks, not the journey: equal by value, so the page
/// re-renders only when what it shows changes (the shell's callbacks are
/// made once for the widget's life).
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    /// The question, its language, voice, error and focus.
    pub asked: Asked,
    /// The saved answer's values: the page's choices start from them.
    pub saved: Vec<&'static str>,
    /// "Back" shows (a page before this one exists).
    pub back: bool,
    /// Saves the question's choices and moves on.
    pub on_submit: Callback<(Q, Vec<&'static str>)>,
    /// Goes back, keeping the question's choices.
    pub on_back: Callback<Option<(Q, Vec<&'static str>)>>,
}

impl QuestionProps {
    /// The props of question `q`'s page in `journey`.
    pub fn of(
        journey: &Journey,
        q: Q,
        on_submit: Callback<(Q, Vec<&'static str>)>,
        on_back: Callback<Option<(Q, Vec<&'static str>)>>,
    ) -> Self {
        QuestionProps {
            asked: Asked::of(journey, q),
            saved: saved(journey, q),
            back: journey.before(Page::Ask(q)).is_some(),
            on_submit,
            on_back,
        }
    }
}

#[component]
pub fn QuestionPage(props: &QuestionProps) -> Html {
    let asked = &props.asked;
    let (q, words) = (asked.q, asked.words());
    let draft = use_draft(&props.saved);
    let required = q.question().required;
    let back = props.back.then(|| {
        let kept = Some((q, (*draft).clone()));
        props.on_back.reform(move |_| kept.clone())
    });
    html! {
        <div class="kc-page kc-question">
            { back_link(words.back, back) }
            { progress_bar(q) }
            { error_summary(asked) }
            { question_form(asked, &draft, words.continue_, &props.on_submit) }
            <p class="kc-skip">{ if required { words.required_hint } else { words.skip_hint } }</p>
        </div>
    }
}
