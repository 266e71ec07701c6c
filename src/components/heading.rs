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
    /// Context read with the heading when it takes focus ("Section 2 of 6 —
    /// Kratom use", "Suggested level of support"), shown above the text.
    pub caption: Option<AttrValue>,
    pub text: AttrValue,
    pub tone: Tone,
    /// The journey's focus turn: focus comes here on each new turn…
    pub focus_turn: u32,
    /// …when nothing else on the page wants it.
    pub wanted: bool,
}

/// The heading of the current page, with its caption if it has one.
pub fn heading(view: &View, caption: Option<String>, text: &'static str, tone: Tone) -> Html {
    let caption = caption.map(AttrValue::from);
    let journey = &view.journey;
    // The error summary, the urgent banner, the start-over question or (after
    // "No, keep my answers") the start-over button takes focus instead.
    let wanted = journey.error.is_none()
        && !journey.announce_banner
        && !journey.confirm_start_over
        && !journey.refocus_start_over;
    html! { <Heading {caption} {text} {tone} focus_turn={journey.focus_turn} {wanted} /> }
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    use_focus_on_turn(&node, props.wanted, props.focus_turn);
    html! {
        <h2 ref={node} tabindex="-1" class={props.tone.classes()}>
            if let Some(caption) = &props.caption {
                <span class="kc-caption">{ caption.clone() }<span class="kc-sr">{ ": " }</span></span>
            }
            { props.text.clone() }
        </h2>
    }
}
