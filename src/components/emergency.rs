//! Emergency resources: shown on every result, on the urgent page, and (the
//! emergency number and the crisis line) in the urgent banner. Which show
//! and what they are called is `resources`'s; every one is a real
//! `tel:`/`sms:` link carrying its `data-resource` hook.

use yew::prelude::*;

use crate::resources::{self, Resource, ResourceId};
use crate::view::View;

/// One resource's link.
pub fn link(r: &Resource) -> Html {
    let class = if r.id == ResourceId::CrisisText { "kc-call kc-sms" } else { "kc-call" };
    html! { <a class={class} href={r.href.clone()} data-resource={r.id.as_str()}>{ r.label.clone() }</a> }
}

/// Resources as list items; the crisis line's text link shares its item.
fn items(list: Vec<Resource>) -> Html {
    let mut out: Vec<Html> = Vec::new();
    let mut iter = list.iter().peekable();
    while let Some(r) = iter.next() {
        let text = iter.next_if(|n| n.id == ResourceId::CrisisText);
        out.push(html! { <li>{ link(r) }if let Some(t) = text { { link(t) } }</li> });
    }
    out.into_iter().collect::<Html>()
}

/// The emergency number and the crisis line (call, and text), as list items.
pub fn urgent_numbers(view: &View) -> Html {
    items(resources::urgent(&view.config, view.texts))
}

/// The emergency number and the crisis line as compact call links for the
/// sticky bar, once an answer was urgent: the number shows, the link's name
/// is the full label (which contains the number).
pub fn bar_calls(view: &View) -> Html {
    let calls = resources::urgent(&view.config, view.texts)
        .into_iter()
        .filter(|r| matches!(r.id, ResourceId::Emergency | ResourceId::Crisis))
        .map(|r| {
            let number = r.href.trim_start_matches("tel:").to_string();
            html! {
                <li><a class="kc-bar-call" href={r.href} data-resource={r.id.as_str()} aria-label={r.label}>{ number }</a></li>
            }
        });
    html! { <ul class="kc-bar-calls">{ for calls }</ul> }
}

/// The emergency section.
pub fn emergency(view: &View) -> Html {
    emergency_except(view, &[])
}

/// The emergency section without the resources in `except` (those the
/// urgent page's first-aid lines already carry).
pub fn emergency_except(view: &View, except: &[ResourceId]) -> Html {
    let e = &view.texts.emergency;
    let list: Vec<Resource> =
        resources::all(&view.config, view.texts).into_iter().filter(|r| !except.contains(&r.id)).collect();
    html! {
        <section class="kc-emergency" aria-labelledby="kc-emergency-title">
            <h3 id="kc-emergency-title">{ e.heading }</h3>
            <ul class="kc-emergency-list">{ items(list) }</ul>
            <p class="kc-emergency-unsure">{ e.unsure }</p>
        </section>
    }
}
