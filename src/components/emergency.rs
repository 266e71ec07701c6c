//! Emergency resources: shown on every result, on the urgent page, and (the
//! two configurable numbers) in the urgent banner. Numbers come from the
//! clinic's configuration (US defaults); every one is a real `tel:`/`sms:` link.

use yew::prelude::*;

use crate::view::{fill, View};

/// A `tel:` link for a number as people write it ("+1-555-0100").
pub fn tel(number: &str) -> String {
    format!("tel:{}", dial(number))
}

/// The digits (and a leading +) of a number as people write it.
fn dial(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

/// The emergency number and the crisis line (call, and text), as list items.
pub fn urgent_numbers(view: &View) -> Html {
    let (e, config) = (&view.texts.emergency, &view.config);
    let (emergency, crisis) = (config.emergency_number.as_str(), config.crisis_line.as_str());
    html! {
        <>
            <li><a class="kc-call" href={tel(emergency)}>{ fill(e.emergency, "{n}", emergency) }</a></li>
            <li>
                <a class="kc-call" href={tel(crisis)}>{ fill(e.crisis, "{n}", crisis) }</a>
                <a class="kc-call kc-sms" href={format!("sms:{}", dial(crisis))}>{ fill(e.crisis_text, "{n}", crisis) }</a>
            </li>
        </>
    }
}

/// The emergency section.
pub fn emergency(view: &View) -> Html {
    let e = &view.texts.emergency;
    html! {
        <section class="kc-emergency" aria-labelledby="kc-emergency-title">
            <h3 id="kc-emergency-title">{ e.heading }</h3>
            <ul class="kc-emergency-list">
                { urgent_numbers(view) }
                <li><a class="kc-call" href="tel:18006624357">{ e.samhsa }</a></li>
                <li><a class="kc-call" href="tel:18002221222">{ e.poison }</a></li>
            </ul>
            <p class="kc-emergency-unsure">{ e.unsure }</p>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_dial_the_digits_only() {
        assert_eq!(tel("+1 (555) 010-0100"), "tel:+15550100100");
        assert_eq!(tel("988"), "tel:988");
    }
}
