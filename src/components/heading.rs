//! The page heading, which takes focus when the page changes so keyboard
//! and screen-reader users start at the top of the new page.

use guide::Level;
use yew::prelude::*;

use crate::hooks::use_focus_on_turn;
use crate::view::View;

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

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    pub tone: Tone,
    /// The journey's focus turn: focus comes here on each new turn…
    pub focus_turn: u32,
    /// …unless an error summary is shown, which takes focus instead.
    pub no_error: bool,
}

/// The heading of the current page.
pub fn heading(view: &View, text: &'static str, tone: Tone) -> Html {
    let journey = &view.journey;
    html! { <Heading {text} {tone} focus_turn={journey.focus_turn} no_error={journey.error.is_none()} /> }
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    use_focus_on_turn(&node, props.no_error, props.focus_turn);
    html! { <h2 ref={node} tabindex="-1" class={props.tone.classes()}>{ props.text.clone() }</h2> }
}
