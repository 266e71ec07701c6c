//! Once a red flag is answered, this stays at the top of every later page.

use guide::text::Texts;
use yew::prelude::*;

use crate::config::Config;
use crate::context::fill;

/// The banner (a function: see `components::emergency::emergency`).
pub fn urgent_banner(words: &'static Texts, config: &Config) -> Html {
    html! {
        <div class="kc-urgent-banner" role="note">
            <strong>{ words.ui.urgent_banner }</strong>{" "}
            { fill(words.emergency.emergency, "{n}", &config.emergency_number) }{" · "}
            { fill(words.emergency.crisis, "{n}", &config.crisis_line) }
        </div>
    }
}
