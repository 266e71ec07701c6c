//! The urgent page's first-aid lines (spec §8): for the red flags that
//! hold, in the order the engine gives (`guide::rules::urgent::lines`),
//! each with `data-urgent-line`. `call_now` carries the emergency link and
//! the crisis lines the crisis line's links; the other resources follow
//! under them. Shown first on the urgent page and on an urgent result.

use guide::{UrgentLine, UrgentLineId};
use yew::prelude::*;

use crate::components::emergency::{emergency_except, link};
use crate::resources::{self, Resource, ResourceId};
use crate::view::View;
use crate::wording;

/// The resources a line carries as links.
fn carried(id: UrgentLineId) -> &'static [ResourceId] {
    match id {
        UrgentLineId::CallNow => &[ResourceId::Emergency],
        UrgentLineId::CrisisWithThem | UrgentLineId::CrisisNow => &[ResourceId::Crisis, ResourceId::CrisisText],
        _ => &[],
    }
}

/// The first-aid lines, then the resources no line carries.
pub fn first_aid(view: &View, flags: &[&str]) -> Html {
    let (config, texts, voice) = (&view.config, view.texts, view.voice);
    let lines: Vec<UrgentLine> = guide::rules::urgent::lines(flags, voice);
    let shown = resources::all(config, texts);
    let mut used: Vec<ResourceId> = Vec::new();
    let items: Vec<Html> = lines
        .iter()
        .map(|line| {
            let words = texts.urgent_lines.get(voice, *line).unwrap_or_default();
            let links: Vec<&Resource> = shown.iter().filter(|r| carried(line.id).contains(&r.id)).collect();
            used.extend(links.iter().map(|r| r.id));
            html! {
                <li class="kc-first-aid-line" data-urgent-line={line.id.as_str()}>
                    <span>{ wording::say(words, config, texts) }</span>
                    if !links.is_empty() {
                        <span class="kc-first-aid-links">{ for links.into_iter().map(link) }</span>
                    }
                </li>
            }
        })
        .collect();
    html! {
        <>
            <ul class="kc-first-aid">{ for items }</ul>
            { emergency_except(view, &used) }
        </>
    }
}
