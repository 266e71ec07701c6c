//! Once a red flag is answered, this stays at the top of every later page,
//! with the emergency number and the crisis line one tap away. On the first
//! page after the urgent page it takes focus (`state::Focus::UrgentBanner`),
//! so a screen reader reads it before the page it sits above.

use yew::prelude::*;

use crate::components::emergency::urgent_numbers;
use crate::hooks::focus_mark;
use crate::state::Focus;
use crate::view::View;

pub fn urgent_banner(view: &View) -> Html {
    html! {
        <section class="kc-urgent-banner" tabindex="-1" aria-labelledby="kc-urgent-banner-title"
            data-kc-focus={focus_mark(view.focused(Focus::UrgentBanner))}>
            <p id="kc-urgent-banner-title"><strong>{ view.texts.framing.urgent_banner }</strong></p>
            <ul class="kc-urgent-numbers">{ urgent_numbers(view) }</ul>
        </section>
    }
}
