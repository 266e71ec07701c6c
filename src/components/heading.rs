//! The page heading, which takes focus when the page changes so keyboard
//! and screen-reader users start at the top of the new page.

use yew::prelude::*;

use crate::context::use_journey;

#[derive(Properties, PartialEq)]
pub struct HeadingProps {
    pub text: AttrValue,
    /// The heading's whole class list (static strings: no `Classes` set to build).
    #[prop_or(AttrValue::Static("kc-heading"))]
    pub class: AttrValue,
}

#[component]
pub fn Heading(props: &HeadingProps) -> Html {
    let node = use_node_ref();
    let journey = use_journey();
    // The error summary takes focus instead when there is one.
    let wants_focus = journey.moves > 0 && journey.error.is_none();
    {
        let node = node.clone();
        use_effect_with(journey.moves, move |_| {
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
