//! Where the person is: "Section 2 of 6 — Kratom use" (read with the
//! question's heading) and a bar that shows it at a glance.

use guide::text::Texts;
use guide::{Section, Q};
use yew::prelude::*;

use crate::view::fill;
use crate::words::Words;

/// "Section 2 of 6 — Kratom use" for question `q`; none for unnumbered sections.
pub fn caption(words: &Words, texts: &Texts, q: Q) -> Option<String> {
    let n = q.question().section.number()?;
    let count = fill(&fill(words.section_of, "{n}", &n.to_string()), "{total}", &Section::NUMBERED.len().to_string());
    Some(format!("{count} \u{2014} {}", texts.framing.sections[n - 1]))
}

/// The progress bar of question `q` (hidden from screen readers: the
/// heading's caption says the same).
pub fn progress_bar(q: Q) -> Html {
    let Some(n) = q.question().section.number() else { return html! {} };
    let total = Section::NUMBERED.len().to_string();
    html! { <progress class="kc-progress-bar" max={total} value={n.to_string()} aria-hidden="true"></progress> }
}
