//! Shown at once after any red flag: first aid and who to call, before
//! anything else (spec §8). The person may carry on afterwards; the result
//! stays urgent.

use yew::prelude::*;

use crate::components::back_link::back_from;
use crate::components::first_aid::first_aid;
use crate::components::heading::{heading, Tone};
use crate::state::{Action, Focus};
use crate::view::View;

pub fn urgent_page(view: &View) -> Html {
    let flags = &view.derived.assessment.urgent_flags;
    html! {
        <div class="kc-page kc-urgent" data-urgent="true">
            { back_from(view) }
            { heading(view.focused(Focus::Heading), None, view.texts.framing.urgent_heading, Tone::Urgent) }
            // The numbers first (the first line holds the first tel: link):
            // on a phone's first screen, whatever the length of what follows.
            { first_aid(view, flags) }
            <button type="button" class="kc-button kc-button-secondary" onclick={view.send(|| Action::ContinueFromUrgent)}>
                { view.words.urgent_continue }
            </button>
        </div>
    }
}
