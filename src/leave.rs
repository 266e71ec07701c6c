//! Leaving the page for the quick exit: `location.replace`, so Back does
//! not return here, and with no referrer, so the exit site is not told
//! which page (a clinic's kratom page) the person came from.
//!
//! `location.replace` has no referrer option; it uses the document's
//! referrer policy. A `<meta name="referrer">` inserted into the document
//! sets that policy at once (HTML: "the referrer policy is updated whenever
//! such a meta element is inserted"), and the last one processed wins over
//! the host's own meta or header. The alternatives do not keep Back from
//! returning: an `<a rel="noreferrer">` click or `window.open(url, "_self",
//! "noreferrer")` add a history entry. The browser test
//! `tests/e2e/referrer.test.mjs` checks the exit request carries no Referer.

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn leave(url: &str) {
    let Some(window) = web_sys::window() else { return };
    no_referrer(&window);
    LEAVING.with(|l| l.set(true));
    // The widget's own history entries (hooks::use_history) come off first:
    // back to the entry the page started on, then that one is replaced, so
    // Back from the exit site does not land on the check.
    let depth = DEPTH.with(Cell::get);
    if depth > 0 {
        if let Ok(history) = window.history() {
            let (url, done) = (url.to_string(), Cell::new(false));
            // Called by whichever comes first, the popstate or the timer.
            let go = Closure::<dyn Fn()>::new(move || {
                if !done.replace(true) {
                    replace(&url);
                }
            })
            .into_js_value();
            let _ = window.add_event_listener_with_callback("popstate", go.unchecked_ref());
            // Should the browser not move (a blocked traversal), leave anyway.
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(go.unchecked_ref(), 400);
            DEPTH.with(|d| d.set(0));
            if history.go_with_delta(-(depth as i32)).is_ok() {
                return;
            }
        }
    }
    replace(url);
}

fn replace(url: &str) {
    let Some(window) = web_sys::window() else { return };
    // If the browser refuses the configured URL, leave for the default anyway.
    if window.location().replace(url).is_err() {
        let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
    }
}

thread_local! {
    /// Set once the quick exit started: no widget adds a history entry or
    /// follows a Back any more (the wiped journey's new start page included).
    static LEAVING: Cell<bool> = const { Cell::new(false) };
    /// How many of the widgets' same-address history entries lie between
    /// the entry the page started on and the current one (hooks::use_history).
    static DEPTH: Cell<u32> = const { Cell::new(0) };
}

/// The widgets' history depth now (after a push, or a Back or Forward).
pub fn set_history_depth(depth: u32) {
    DEPTH.with(|d| d.set(depth));
}

pub fn history_depth() -> u32 {
    DEPTH.with(Cell::get)
}

/// Sets the document's referrer policy to `no-referrer` (best effort: a
/// failure here must never keep the person on the page).
fn no_referrer(window: &web_sys::Window) {
    let Some(doc) = window.document() else { return };
    let Some(parent) = doc.query_selector("head").ok().flatten().or_else(|| doc.document_element()) else {
        return;
    };
    if let Ok(meta) = doc.create_element("meta") {
        let _ = meta.set_attribute("name", "referrer");
        let _ = meta.set_attribute("content", "no-referrer");
        let _ = parent.append_child(&meta);
    }
}

/// True once the quick exit started.
pub fn leaving() -> bool {
    LEAVING.with(Cell::get)
}
