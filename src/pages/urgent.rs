//! Shown at once after any red flag: who to call, before anything else.
//! The person may carry on afterwards; the result stays urgent.

use yew::prelude::*;

use crate::components::back_link::BackLink;
use crate::components::emergency::Emergency;
use crate::components::heading::Heading;
use crate::context::{use_action, use_words};
use crate::state::Action;

#[component]
pub fn UrgentPage() -> Html {
    let (words, voice) = use_words();
    let go_on = use_action(|| Action::ContinueFromUrgent);
    html! {
        <div class="kc-page kc-urgent" data-urgent="true">
            <BackLink />
            <Heading text={words.ui.urgent_heading} class="kc-heading kc-heading-urgent" />
            <p class="kc-lead">{ words.ui.urgent_body.get(voice) }</p>
            <Emergency />
            <button type="button" class="kc-button kc-button-secondary" onclick={go_on}>{ words.ui.urgent_continue }</button>
        </div>
    }
}
