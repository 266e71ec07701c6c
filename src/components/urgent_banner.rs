//! Once a red flag is answered, this stays at the top of every later page.

use yew::prelude::*;

use crate::context::{fill, use_config, use_words};

#[component]
pub fn UrgentBanner() -> Html {
    let (words, _) = use_words();
    let config = use_config();
    html! {
        <div class="kc-urgent-banner" role="note">
            <strong>{ words.ui.urgent_banner }</strong>{" "}
            { fill(words.emergency.emergency, "{n}", &config.emergency_number) }{" · "}
            { fill(words.emergency.crisis, "{n}", &config.crisis_line) }
        </div>
    }
}
