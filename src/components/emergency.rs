//! Emergency resources: shown on every result and on the urgent page.
//! Numbers come from the clinic's configuration (US defaults).

use yew::prelude::*;

use crate::view::{fill, View};

/// A `tel:` link for a number as people write it ("+1-555-0100").
pub fn tel(number: &str) -> String {
    let digits: String = number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    format!("tel:{digits}")
}

/// The emergency section.
pub fn emergency(view: &View) -> Html {
    let (e, config) = (&view.texts.emergency, &view.config);
    let emergency = config.emergency_number.as_str();
    let crisis = config.crisis_line.as_str();
    html! {
        <section class="kc-emergency" aria-labelledby="kc-emergency-title">
            <h3 id="kc-emergency-title">{ e.heading }</h3>
            <ul class="kc-emergency-list">
                <li><a href={tel(emergency)}>{ fill(e.emergency, "{n}", emergency) }</a></li>
                <li>
                    <a href={tel(crisis)}>{ fill(e.crisis, "{n}", crisis) }</a>
                    <a href={format!("sms:{}", &tel(crisis)[4..])} class="kc-sms">{ fill(e.crisis_text, "{n}", crisis) }</a>
                </li>
                <li><a href="tel:18006624357">{ e.samhsa }</a></li>
                <li><a href="tel:18002221222">{ e.poison }</a></li>
            </ul>
            <p class="kc-emergency-unsure">{ e.unsure }</p>
        </section>
    }
}
