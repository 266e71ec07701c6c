//! Leaving the page for the quick exit: `location.replace`, so Back does
//! not return here, and with no referrer, so the exit site is not told
//! which page (a clinic's kratom page) the person came from.
//! First the widget's own history entries come off (a Back over them, same
//! document), so Back from the exit site does not land on the check.
//!
//! `location.replace` has no referrer option; it uses the document's
//! referrer policy. A `<meta name="referrer">` inserted into the document
//! sets that policy at once (HTML: "the referrer policy is updated whenever
//! such a meta element is inserted"), and the last one processed wins over
//! the host's own meta or header. The alternatives do not keep Back from
//! returning: an `<a rel="noreferrer">` click or `window.open(url, "_self",
//! "noreferrer")` add a history entry. The browser test
//! `tests/e2e/referrer.test.mjs` checks the exit request carries no Referer.
//!
//! A page can keep the person here (a `beforeunload` guard: the browser asks
//! "Leave site?"; a script that cancels navigations): the widget cannot
//! overrule it, so it says plainly that the page is still open and that
//! closing the tab leaves (`tests/e2e/wipe.test.mjs`).

use std::cell::Cell;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// How long after quick exit the page may still be here before the widget
/// says so: a normal exit has replaced the page by then; a host's "leave
/// site?" guard (`beforeunload`) or a script cancelling the navigation has
/// kept it. (On a very slow network the words are still true: the page is
/// still open, and closing the tab leaves.) Counted from the final
/// navigation, after the history unwinding below.
const STILL_HERE_MS: i32 = 1500;

/// How long to wait for the Back over the widget's own entries before
/// leaving anyway (a blocked traversal).
const UNWIND_MS: i32 = 400;

/// Leaves for `url`; if the page is still here a moment later, calls
/// `still_here` (the widget then tells the person how to leave).
pub fn leave(url: &str, still_here: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    no_referrer(&window);
    LEAVING.with(|l| l.set(true));
    // The widget's own history entries (hooks::use_history) come off first:
    // back to the entry the page started on, then that one is replaced, so
    // Back from the exit site does not land on the check.
    let depth = DEPTH.with(Cell::get);
    if depth > 0 {
        if let Ok(history) = window.history() {
            let (url, still_here) = (url.to_string(), Cell::new(Some(still_here)));
            // Called by whichever comes first, the popstate or the timer.
            let go = Closure::<dyn Fn()>::new(move || {
                if let Some(still_here) = still_here.take() {
                    navigate(&url, still_here);
                }
            })
            .into_js_value();
            let _ = window.add_event_listener_with_callback("popstate", go.unchecked_ref());
            // Should the browser not move (a blocked traversal), leave anyway.
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(go.unchecked_ref(), UNWIND_MS);
            DEPTH.with(|d| d.set(0));
            // Refused at once or not, the popstate or the timer leaves.
            let _ = history.go_with_delta(-(depth as i32));
            return;
        }
    }
    navigate(url, still_here);
}

/// The final navigation: replaces the page (or, framed, the whole tab).
fn navigate(url: &str, still_here: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    // Again, right before the request: the unwinding above gave the host's
    // scripts a turn (a popstate listener may have changed the head), and the
    // last referrer meta processed is the one that counts.
    no_referrer(&window);
    match framed_top(&window) {
        // Inside a frame (the iframe page): the whole tab leaves, where the
        // embedding page allows it (no sandbox, or `allow-top-navigation-by-
        // user-activation` and a click). Otherwise the frame stays as it is,
        // wiped, rather than showing the exit site inside the clinic's page
        // (most refuse to be framed), and the words below say how to leave.
        Some(top) => {
            if top.location().replace(url).is_err() {
                let _ = top.location().replace(crate::config::DEFAULT_EXIT_URL);
            }
        }
        // If the browser refuses the configured URL, leave for the default anyway.
        None => {
            if window.location().replace(url).is_err() {
                let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
            }
        }
    }
    let later = Closure::once_into_js(still_here);
    let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(later.unchecked_ref(), STILL_HERE_MS);
}

/// The top window when this page is inside a frame.
fn framed_top(window: &web_sys::Window) -> Option<web_sys::Window> {
    let top = window.top().ok().flatten()?;
    (top != *window).then_some(top)
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
