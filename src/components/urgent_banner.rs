//! Once a red flag is answered, this stays at the top of every later page,
//! with the emergency number and the crisis line one tap away. On the first
//! page after the urgent page it takes focus, so a screen reader reads it
//! before the page it sits above.

use yew::prelude::*;

use crate::components::emergency::urgent_numbers;
use crate::hooks::use_focus_on_turn;
use crate::view::View;

#[derive(Properties, PartialEq)]
pub struct UrgentBannerProps {
    pub view: View,
}

#[component]
pub fn UrgentBanner(props: &UrgentBannerProps) -> Html {
    let view = &props.view;
    let node = use_node_ref();
    use_focus_on_turn(&node, view.journey.announce_banner, view.journey.focus_turn);
    html! {
        <section ref={node} class="kc-urgent-banner" tabindex="-1" aria-labelledby="kc-urgent-banner-title">
            <p id="kc-urgent-banner-title"><strong>{ view.texts.framing.urgent_banner }</strong></p>
            <ul class="kc-urgent-numbers">{ urgent_numbers(view) }</ul>
        </section>
    }
}
