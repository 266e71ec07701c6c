//! For loved ones: how to talk about it, where to hold a line, what tends
//! to backfire, and looking after themselves.

use yew::prelude::*;

use crate::components::list::ul;
use crate::view::View;
use crate::wording;

/// The loved-one section of the result page.
pub fn loved_one_guide(view: &View) -> Html {
    let g = &view.texts.loved_one;
    html! {
        <section class="kc-card kc-loved-one" aria-labelledby="kc-loved-one-title">
            <h3 id="kc-loved-one-title">{ g.heading }</h3>
            <h4>{ g.script_heading }</h4>
            <ul class="kc-script">{ for g.script.iter().map(|l| html! { <li><q>{ *l }</q></li> }) }</ul>
            <h4>{ g.boundaries_heading }</h4>
            { ul(g.boundaries) }
            <h4>{ g.backfires_heading }</h4>
            { ul(g.backfires) }
            <h4>{ g.self_care_heading }</h4>
            { ul(wording::self_care(view.texts, &view.config)) }
        </section>
    }
}
