//! Check your answers: every question with what was chosen and a change
//! link. A form with a submit button and no inputs (spec §9).

use guide::Q;
use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::heading::{heading, HeadingKind};
use crate::context::JourneyHandle;
use crate::state::Action;
use crate::summary::answer_text;

/// A plain function, not a component (see `components::emergency::emergency`).
pub fn check_page(journey: &JourneyHandle) -> Html {
    let (words, voice) = (journey.lang.texts(), journey.voice());
    let onsubmit = {
        let journey = journey.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            journey.dispatch(Action::SeeResult);
        })
    };
    let rows = Q::ALL.into_iter().map(|q| {
        let legend = words.question(q).legend.get(voice);
        let answer = answer_text(words, voice, &journey.answers, q);
        let journey = journey.clone();
        let change = Callback::from(move |_| journey.dispatch(Action::Change(q)));
        html! {
            <div class="kc-summary-row" key={q.as_str()}>
                <dt class="kc-summary-key">{ legend }</dt>
                if let Some(answer) = answer {
                    <dd class="kc-summary-value">{ answer }</dd>
                } else {
                    <dd class="kc-summary-value kc-muted">{ words.ui.not_answered }</dd>
                }
                <dd class="kc-summary-action">
                    <button type="button" class="kc-link" onclick={change} data-change={q.as_str()}>
                        { words.ui.change }<span class="kc-sr">{ ": " }{ legend }</span>
                    </button>
                </dd>
            </div>
        }
    });
    html! {
        <form class="kc-page kc-check" {onsubmit}>
            { back_link(journey, words, None) }
            { heading(journey, words.ui.check_heading, HeadingKind::Plain) }
            <p>{ words.ui.check_intro }</p>
            <dl class="kc-summary">{ for rows }</dl>
            <button type="submit" class="kc-button">{ words.ui.see_result }</button>
        </form>
    }
}
