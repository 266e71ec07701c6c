//! "Section 2 of 6 — Your use".

use guide::{Section, Q};
use yew::prelude::*;

use guide::text::Texts;

use crate::context::fill;

/// Single digits as text: the section numbers and their total (6) need no formatting.
const DIGITS: [&str; 10] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/// The progress line of question `q` (a function: see `components::emergency::emergency`).
pub fn progress(words: &'static Texts, q: Q) -> Html {
    let section = q.question().section;
    let Some(n) = section.number() else { return html! {} };
    let (n_text, total) = (DIGITS[n], DIGITS[Section::NUMBERED.len()]);
    let label = fill(&fill(words.ui.section_of, "{n}", n_text), "{total}", total);
    html! {
        <p class="kc-progress">
            <span class="kc-progress-count">{ label }</span>
            <span class="kc-progress-name">{ words.ui.sections[n - 1] }</span>
            <progress class="kc-progress-bar" max={total} value={n_text} aria-hidden="true"></progress>
        </p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_cover_every_section_number() {
        assert!(Section::NUMBERED.len() < DIGITS.len());
        for (i, d) in DIGITS.iter().enumerate() {
            assert_eq!(*d, i.to_string());
        }
    }
}
