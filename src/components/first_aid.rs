//! The urgent page's first-aid lines (spec §8): for the red flags that
//! hold, in the order the engine gives (`guide::rules::urgent::lines`),
//! each with `data-urgent-line`. The emergency number is a link wherever a
//! line names it (`call_now`: "Call [911] now."), the crisis lines carry
//! the crisis line's links; the other resources follow under them. Shown first on the urgent page and on an urgent result.

use guide::{UrgentLine, UrgentLineId};
use yew::prelude::*;

use crate::components::emergency::{emergency_except, link};
use crate::resources::{self, Resource, ResourceId};
use crate::view::View;
use crate::wording;

/// The resources a line carries as links under its words (the emergency
/// number is linked inside the words, wherever a line names it).
fn carried(id: UrgentLineId) -> &'static [ResourceId] {
    match id {
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
    let emergency = shown.iter().find(|r| r.id == ResourceId::Emergency);
    let items: Vec<Html> = lines
        .iter()
        .map(|line| {
            let words = texts.urgent_lines.get(voice, *line).unwrap_or_default();
            // The emergency number is a link where the line names it ("Call
            // [911] now."): one tap, and no second line to read.
            let mut parts = words.split("{emergency}").map(|p| wording::say(p, config, texts));
            let mut text: Vec<Html> = parts.next().map(Html::from).into_iter().collect();
            for rest in parts {
                if let Some(e) = emergency {
                    used.push(ResourceId::Emergency);
                    text.push(html! {
                        <a class="kc-call kc-inline-call" href={e.href.clone()} data-resource="emergency">{ config.emergency_number.clone() }</a>
                    });
                }
                text.push(Html::from(rest));
            }
            let links: Vec<&Resource> = shown.iter().filter(|r| carried(line.id).contains(&r.id)).collect();
            used.extend(links.iter().map(|r| r.id));
            html! {
                <li class="kc-first-aid-line" data-urgent-line={line.id.as_str()}>
                    <span>{ for text }</span>
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
