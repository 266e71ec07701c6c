//! "Section 2 of 6 — Your use".

use guide::{Section, Q};
use yew::prelude::*;

use crate::view::{fill, View};

/// The progress line of question `q`; nothing for unnumbered sections.
pub fn progress(view: &View, q: Q) -> Html {
    let Some(n) = q.question().section.number() else { return html! {} };
    let name = view.texts.framing.sections[n - 1];
    let (n, total) = (n.to_string(), Section::NUMBERED.len().to_string());
    let label = fill(&fill(view.words.section_of, "{n}", &n), "{total}", &total);
    html! {
        <p class="kc-progress">
            <span class="kc-progress-count">{ label }</span>
            <span class="kc-progress-name">{ name }</span>
            <progress class="kc-progress-bar" max={total} value={n} aria-hidden="true"></progress>
        </p>
    }
}
