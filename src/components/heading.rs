//! The page heading, which takes focus when the page changes so keyboard
//! and screen-reader users start at the top of the new page.

use guide::Level;
use yew::prelude::*;

use crate::context::JourneyHandle;

/// Which class list the heading carries: `kc-heading`, plus
/// `kc-heading-urgent` or `kc-level kc-level-{level}`.
#[derive(Clone, Copy, PartialEq)]
pub enum HeadingKind {
    Plain,
    Urgent,
    Level(Level),
}

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    pub kind: HeadingKind,
    /// The journey's page-move count: focus comes here after each move.
    pub moves: u32,
    /// False while an error summary is shown: it takes focus instead.
    pub no_error: bool,
}

/// The page heading for the current journey (one place builds the props).
pub fn heading(journey: &JourneyHandle, text: &'static str, kind: HeadingKind) -> Html {
    html! { <Heading {text} {kind} moves={journey.moves} no_error={journey.error.is_none()} /> }
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    let wants_focus = props.moves > 0 && props.no_error;
    {
        let node = node.clone();
        use_effect_with(props.moves, move |_| {
            // Never on first load: that would pull focus away from the host page.
            if wants_focus {
                if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                    let _ = el.focus();
                }
            }
        });
    }
    let text = props.text.clone();
    // Literal classes: `html!` turns a computed `class` into a `Classes` set.
    match props.kind {
        HeadingKind::Plain => html! { <h2 ref={node} tabindex="-1" class="kc-heading">{ text }</h2> },
        HeadingKind::Urgent => {
            html! { <h2 ref={node} tabindex="-1" class="kc-heading kc-heading-urgent">{ text }</h2> }
        }
        HeadingKind::Level(Level::Monitor) => {
            html! { <h2 ref={node} tabindex="-1" class="kc-heading kc-level kc-level-monitor">{ text }</h2> }
        }
        HeadingKind::Level(Level::Taper) => {
            html! { <h2 ref={node} tabindex="-1" class="kc-heading kc-level kc-level-taper">{ text }</h2> }
        }
        HeadingKind::Level(Level::Detox) => {
            html! { <h2 ref={node} tabindex="-1" class="kc-heading kc-level kc-level-detox">{ text }</h2> }
        }
        HeadingKind::Level(Level::Residential) => {
            html! { <h2 ref={node} tabindex="-1" class="kc-heading kc-level kc-level-residential">{ text }</h2> }
        }
        HeadingKind::Level(Level::Urgent) => {
            html! { <h2 ref={node} tabindex="-1" class="kc-heading kc-level kc-level-urgent">{ text }</h2> }
        }
    }
}
