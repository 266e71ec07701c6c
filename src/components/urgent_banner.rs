//! Once a red flag is answered, this stays at the top of every later page.

use yew::prelude::*;

use crate::view::{fill, View};

pub fn urgent_banner(view: &View) -> Html {
    let (texts, config) = (view.texts, &view.config);
    html! {
        <div class="kc-urgent-banner" role="note">
            <strong>{ texts.framing.urgent_banner }</strong>{" "}
            { fill(texts.emergency.emergency, "{n}", &config.emergency_number) }{" · "}
            { fill(texts.emergency.crisis, "{n}", &config.crisis_line) }
        </div>
    }
}
