//! Check your answers: every question with what was chosen and a change
//! link. A form with a submit button and no inputs (spec §9). The
//! conditional `sedative_frequency` is listed only while it is asked.

use guide::Q;
use yew::prelude::*;

use crate::components::back_link::back_from;
use crate::components::heading::{heading, Tone};
use crate::state::{Action, Focus};
use crate::summary::answer_text;
use crate::view::View;

pub fn check_page(view: &View) -> Html {
    let (texts, words, voice) = (view.texts, view.words, view.voice);
    let onsubmit = {
        let journey = view.journey.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            journey.dispatch(Action::SeeResult);
        })
    };
    // Every question, `who` included, but a conditional one only while it is asked.
    let answers = &view.journey.answers;
    let rows = Q::ALL.into_iter().filter(|q| answers.is_asked(*q)).map(|q| {
        let legend = texts.question(q).legend.get(voice);
        let answer = answer_text(texts, voice, answers, q);
        html! {
            <div class="kc-summary-row" key={q.as_str()}>
                <dt class="kc-summary-key">{ legend }</dt>
                if let Some(answer) = answer {
                    <dd class="kc-summary-value">{ answer }</dd>
                } else {
                    <dd class="kc-summary-value kc-muted">{ words.not_answered }</dd>
                }
                <dd class="kc-summary-action">
                    <button type="button" class="kc-link" onclick={view.send(move || Action::Change(q))} data-change={q.as_str()}>
                        { words.change }<span class="kc-sr">{ ": " }{ legend }</span>
                    </button>
                </dd>
            </div>
        }
    });
    html! {
        // method="dialog": never a navigation (see question_form.rs).
        <form class="kc-page kc-check" method="dialog" {onsubmit}>
            { back_from(view) }
            { heading(view.focused(Focus::Heading), None, words.check_heading, Tone::Plain) }
            <p>{ words.check_intro }</p>
            <dl class="kc-summary">{ for rows }</dl>
            <button type="submit" class="kc-button">{ words.see_result }</button>
        </form>
    }
}
