//! For loved ones: how to talk about it, where to hold a line, what tends
//! to backfire, and looking after themselves.

use guide::text::Texts;
use yew::prelude::*;

fn list(items: &'static [&'static str]) -> Html {
    html! { <ul>{ for items.iter().map(|i| html! { <li>{ *i }</li> }) }</ul> }
}

/// The loved-one section of the result page (a function: see `emergency`).
pub fn loved_one_guide(words: &'static Texts) -> Html {
    let g = &words.loved_one;
    html! {
        <section class="kc-card kc-loved-one" aria-labelledby="kc-loved-one-title">
            <h3 id="kc-loved-one-title">{ g.heading }</h3>
            <h4>{ g.script_heading }</h4>
            <ul class="kc-script">{ for g.script.iter().map(|l| html! { <li><q>{ *l }</q></li> }) }</ul>
            <h4>{ g.boundaries_heading }</h4>
            { list(g.boundaries) }
            <h4>{ g.backfires_heading }</h4>
            { list(g.backfires) }
            <h4>{ g.self_care_heading }</h4>
            { list(g.self_care) }
        </section>
    }
}
