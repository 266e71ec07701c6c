//! Shown at once after any red flag: who to call, before anything else.
//! The person may carry on afterwards; the result stays urgent.

use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::emergency::emergency;
use crate::components::heading::{heading, HeadingKind};
use crate::config::Config;
use crate::context::JourneyHandle;
use crate::state::Action;

/// A plain function, not a component (see `components::emergency::emergency`).
pub fn urgent_page(journey: &JourneyHandle, config: &Config) -> Html {
    let (words, voice) = (journey.lang.texts(), journey.voice());
    let go_on = {
        let journey = journey.clone();
        Callback::from(move |_: MouseEvent| journey.dispatch(Action::ContinueFromUrgent))
    };
    html! {
        <div class="kc-page kc-urgent" data-urgent="true">
            { back_link(journey, words, None) }
            { heading(journey, words.ui.urgent_heading, HeadingKind::Urgent) }
            <p class="kc-lead">{ words.ui.urgent_body.get(voice) }</p>
            { emergency(words, config) }
            <button type="button" class="kc-button kc-button-secondary" onclick={go_on}>{ words.ui.urgent_continue }</button>
        </div>
    }
}
