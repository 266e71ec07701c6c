//! Shown at once after any red flag: who to call, before anything else.
//! The person may carry on afterwards; the result stays urgent.

use yew::prelude::*;

use crate::components::back_link::back_link;
use crate::components::emergency::emergency;
use crate::components::heading::Heading;
use crate::context::{use_action, use_config, use_journey, use_words};
use crate::state::Action;

#[component]
pub fn UrgentPage() -> Html {
    let (words, voice) = use_words();
    let config = use_config();
    let journey = use_journey();
    let go_on = use_action(|| Action::ContinueFromUrgent);
    html! {
        <div class="kc-page kc-urgent" data-urgent="true">
            { back_link(&journey, words, None) }
            <Heading text={words.ui.urgent_heading} class="kc-heading kc-heading-urgent" />
            <p class="kc-lead">{ words.ui.urgent_body.get(voice) }</p>
            { emergency(words, &config) }
            <button type="button" class="kc-button kc-button-secondary" onclick={go_on}>{ words.ui.urgent_continue }</button>
        </div>
    }
}
