//! Shown at once after any red flag: who to call, before anything else.
//! The person may carry on afterwards; the result stays urgent.

use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::emergency::emergency;
use crate::components::heading::{heading, Tone};
use crate::state::Action;
use crate::view::View;

pub fn urgent_page(view: &View) -> Html {
    let framing = &view.texts.framing;
    html! {
        <div class="kc-page kc-urgent" data-urgent="true">
            { back_link(view, None) }
            { heading(view, None, framing.urgent_heading, Tone::Urgent) }
            // The numbers first: on a phone's first screen, whatever the length of what follows.
            { emergency(view) }
            <p class="kc-lead">{ framing.urgent_body.get(view.voice) }</p>
            <button type="button" class="kc-button kc-button-secondary" onclick={view.send(|| Action::ContinueFromUrgent)}>
                { view.words.urgent_continue }
            </button>
        </div>
    }
}
