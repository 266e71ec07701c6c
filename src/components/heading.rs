//! The page heading, which takes focus when the page changes so keyboard
//! and screen-reader users start at the top of the new page.

use guide::Level;
use yew::prelude::*;

use crate::hooks::focus_mark;

/// How the heading looks: plain, urgent red, or a care level's.
#[derive(Clone, Copy, PartialEq)]
pub enum Tone {
    Plain,
    Urgent,
    Level(Level),
}

impl Tone {
    fn classes(self) -> Classes {
        match self {
            Tone::Plain => classes!("kc-heading"),
            Tone::Urgent => classes!("kc-heading", "kc-heading-urgent"),
            Tone::Level(level) => classes!("kc-heading", "kc-level", format!("kc-level-{}", level.as_str())),
        }
    }
}

/// The heading of the current page. `caption`: context read with the
/// heading when it takes focus ("Section 2 of 6 — Kratom use", "Suggested
/// level of support"), shown above the text. `focused`: the journey's
/// focus is on the heading this turn (`state::Focus::Heading`).
pub fn heading(focused: bool, caption: Option<String>, text: &'static str, tone: Tone) -> Html {
    html! {
        <h2 tabindex="-1" class={tone.classes()} data-kc-focus={focus_mark(focused)}>
            if let Some(caption) = caption {
                <span class="kc-caption">{ caption }<span class="kc-sr">{ ": " }</span></span>
            }
            { text }
        </h2>
    }
}
