//! "Section 2 of 6 — Your use".

use guide::{Section, Q};
use yew::prelude::*;

use crate::context::{fill, use_words};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub q: Q,
}

#[component]
pub fn Progress(props: &ProgressProps) -> Html {
    let (words, _) = use_words();
    let section = props.q.question().section;
    let Some(n) = section.number() else { return html! {} };
    let total = Section::NUMBERED.len();
    let label = fill(&fill(words.ui.section_of, "{n}", &n.to_string()), "{total}", &total.to_string());
    html! {
        <p class="kc-progress">
            <span class="kc-progress-count">{ label }</span>
            <span class="kc-progress-name">{ words.ui.sections[n - 1] }</span>
            <progress class="kc-progress-bar" max={total.to_string()} value={n.to_string()} aria-hidden="true"></progress>
        </p>
    }
}
