//! "Show a code for your clinic" (issue 23): an opt-in button at the end of
//! the result and plan pages. Pressed, it shows what the code holds, who
//! can read it, the QR code and its digits, and a button to hide it again.
//!
//! Shown or hidden is this component's own state, not the journey's: the
//! code is never kept anywhere, it is drawn from the answers while shown.
//! A page change unmounts the component (each page gives it its own key),
//! so the code is gone after Start over, quick exit or leaving the page,
//! and hidden again when the person comes back.

use guide::{Voice, Q};
use yew::prelude::*;

use crate::download::today;
use crate::handoff::{code, grouped, offered, qr};
use crate::hooks::use_focus_on_press;
use crate::view::{fill, View};

#[derive(Properties, PartialEq)]
pub struct HandoffProps {
    pub view: View,
}

/// Whether the code shows, and a count of presses that moves focus: to the
/// code's heading when it shows, back to the button when it hides (turn 0,
/// the first render, moves nothing).
#[derive(Clone, Copy, Default, PartialEq)]
struct Toggle {
    shown: bool,
    turn: u32,
}

#[component]
pub fn Handoff(props: &HandoffProps) -> Html {
    let view = &props.view;
    let toggle = use_state(Toggle::default);
    let (button, heading) = (use_node_ref(), use_node_ref());
    use_focus_on_press(&heading, toggle.shown, toggle.turn);
    use_focus_on_press(&button, !toggle.shown, toggle.turn);
    if !offered(&view.config, view.voice) {
        return Html::default();
    }
    let words = view.words;
    let flip = {
        let toggle = toggle.clone();
        Callback::from(move |_: MouseEvent| toggle.set(Toggle { shown: !toggle.shown, turn: toggle.turn + 1 }))
    };
    let (show, hint) = match view.voice {
        Voice::Me => (words.handoff_show, words.handoff_hint),
        Voice::Them => (words.handoff_show_them, words.handoff_hint_them),
    };
    html! {
        <section class="kc-handoff" aria-label={words.handoff_heading}>
            if toggle.shown {
                { panel(view, &heading, flip) }
            } else {
                <button ref={button} type="button" class="kc-button kc-button-secondary" data-handoff-show=""
                    aria-describedby="kc-handoff-hint" onclick={flip}>{ show }</button>
                <p id="kc-handoff-hint" class="kc-hint">{ hint }</p>
            }
        </section>
    }
}

/// What the code holds, who can read it, the QR code, the digits, and Hide.
fn panel(view: &View, heading: &NodeRef, hide: Callback<MouseEvent>) -> Html {
    let (words, texts) = (view.words, view.texts);
    let answers = &view.journey.answers;
    let today = today();
    let code = code(answers, &view.derived.assessment, &today);
    let asked = Q::ALL.into_iter().filter(|q| answers.is_asked(*q)).count();
    let answered = answers.answered().count();
    let count = fill(fill(words.handoff_answers, "{n}", &answered.to_string()).as_str(), "{total}", &asked.to_string());
    let level = fill(words.handoff_level, "{level}", texts.result_name(&view.derived.assessment));
    html! {
        <div class="kc-handoff-panel">
            <h3 ref={heading.clone()} tabindex="-1">{ words.handoff_heading }</h3>
            <p class="kc-handoff-holds-title">{ words.handoff_holds }</p>
            <ul class="kc-handoff-holds">
                <li>{ count }</li>
                <li>{ level }</li>
                <li>{ fill(words.handoff_date, "{date}", &today) }</li>
            </ul>
            <p>{ words.handoff_not_held }</p>
            <p class="kc-handoff-warning"><strong>{ words.handoff_warning }</strong></p>
            <figure class="kc-handoff-code">
                { qr(&code, words.handoff_qr_label) }
                <figcaption>
                    <span class="kc-sr">{ words.handoff_digits_label }{ ": " }</span>
                    <span class="kc-handoff-digits" data-handoff-code={code.clone()}>{ grouped(&code) }</span>
                </figcaption>
            </figure>
            <p>{ words.handoff_how }</p>
            <button type="button" class="kc-button kc-button-secondary" data-handoff-hide="" onclick={hide}>{ words.handoff_hide }</button>
        </div>
    }
}
