//! The page heading, which takes focus when the page changes so keyboard
//! and screen-reader users start at the top of the new page.

use yew::prelude::*;

use crate::context::JourneyHandle;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    /// The heading's whole class list (static strings: no `Classes` set to build).
    pub class: AttrValue,
    /// The journey's page-move count: focus comes here after each move.
    pub moves: u32,
    /// False while an error summary is shown: it takes focus instead.
    pub no_error: bool,
}

/// The page heading for the current journey (one place builds the props).
pub fn heading(journey: &JourneyHandle, text: &'static str, class: &'static str) -> Html {
    html! { <Heading {text} {class} moves={journey.moves} no_error={journey.error.is_none()} /> }
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
    html! {
        <h2 ref={node} tabindex="-1" class={props.class.clone()}>{ props.text.clone() }</h2>
    }
}
