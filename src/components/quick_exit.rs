//! Quick exit: forget everything and replace the page with a neutral one,
//! so Back does not return here. Also Escape pressed twice.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::config::Config;
use crate::context::JourneyHandle;
use crate::state::Action;

/// Two Escape presses within this many milliseconds leave the page.
const DOUBLE_ESCAPE_MS: f64 = 1500.0;

fn leave(url: &str) {
    if let Some(window) = web_sys::window() {
        // If the browser refuses the configured URL, leave for the default anyway.
        if window.location().replace(url).is_err() {
            let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
        }
    }
}

/// Escape pressed twice leaves too: a document listener for the widget's
/// lifetime, installed by `Shell` (which lives exactly as long), so the
/// button itself can be a plain function.
#[hook]
pub fn use_double_escape(journey: &JourneyHandle, config: &Config) {
    let journey = journey.clone();
    let url = config.exit_url.clone();
    use_effect_with((), move |_| {
        let last = std::cell::Cell::new(f64::NEG_INFINITY);
        let handler = Closure::<dyn Fn(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.key() != "Escape" {
                return;
            }
            let now = js_sys::Date::now();
            if now - last.replace(now) < DOUBLE_ESCAPE_MS {
                journey.dispatch(Action::StartOver);
                leave(&url);
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

/// The quick-exit button (a function: see `components::emergency::emergency`).
pub fn quick_exit(journey: &JourneyHandle, config: &Config) -> Html {
    let words = journey.lang.texts();
    let journey = journey.clone();
    let url = config.exit_url.clone();
    let onclick = Callback::from(move |_| {
        journey.dispatch(Action::StartOver);
        leave(&url);
    });
    html! {
        <div class="kc-exit">
            <button type="button" class="kc-exit-button" {onclick} aria-describedby="kc-exit-hint">{ words.ui.quick_exit }</button>
            <span id="kc-exit-hint" class="kc-exit-hint">{ words.ui.quick_exit_hint }</span>
        </div>
    }
}
