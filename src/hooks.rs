//! Every hook of the widget, in one place: the few effects that reach
//! outside Yew's tree (focus, a document listener, the root's `lang`) and
//! the one piece of page-local state (a question's draft answer).

use guide::{Lang, Q};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Action;
use crate::view::JourneyHandle;

/// This page's choices before they are submitted, starting from the saved answer.
#[hook]
pub fn use_draft(journey: &JourneyHandle, q: Q) -> UseStateHandle<Vec<&'static str>> {
    let journey = journey.clone();
    use_state(move || journey.answers.get(q).map(|a| a.values().to_vec()).unwrap_or_default())
}

/// Focuses `node` on each new focus turn while `wanted`. Turn 0 is the
/// first load: focus then stays where the host page has it.
#[hook]
pub fn use_focus_on_turn(node: &NodeRef, wanted: bool, turn: u32) {
    let node = node.clone();
    use_effect_with(turn, move |turn| {
        if wanted && *turn > 0 {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Keeps `lang` on the element that holds `node` (the shadow root's top
/// element) in step with the journey, so whichever element a checker calls
/// the widget root, it carries the language.
#[hook]
pub fn use_root_lang(node: &NodeRef, lang: Lang) {
    let node = node.clone();
    use_effect_with(lang, move |lang| {
        if let Some(root) = node.cast::<web_sys::Element>().and_then(|e| e.parent_element()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
}

/// Two Escape presses within this many milliseconds leave the page.
const DOUBLE_ESCAPE_MS: f64 = 1500.0;

/// Escape pressed twice leaves: a document listener for the widget's
/// lifetime, installed by the shell (which lives exactly as long).
#[hook]
pub fn use_double_escape(journey: &JourneyHandle, exit_url: &str) {
    let journey = journey.clone();
    let url = exit_url.to_string();
    use_effect_with((), move |_| {
        let last = std::cell::Cell::new(f64::NEG_INFINITY);
        let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            let now = js_sys::Date::now();
            if now - last.replace(now) < DOUBLE_ESCAPE_MS {
                journey.dispatch(Action::StartOver);
                crate::leave::leave(&url);
            }
        });
        let document = web_sys::window().and_then(|w| w.document());
        if let Some(d) = &document {
            let _ = d.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
        }
        move || {
            if let Some(d) = &document {
                let _ = d.remove_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
        }
    });
}
