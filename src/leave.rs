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
//!
//! A page can keep the person here (a `beforeunload` guard: the browser asks
//! "Leave site?"; a script that cancels navigations): the widget cannot
//! overrule it, so it says plainly that the page is still open and that
//! closing the tab leaves (`tests/e2e/wipe.test.mjs`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// How long after quick exit the page may still be here before the widget
/// says so: a normal exit has replaced the page by then; a host's "leave
/// site?" guard (`beforeunload`) or a script cancelling the navigation has
/// kept it. (On a very slow network the words are still true: the page is
/// still open, and closing the tab leaves.)
const STILL_HERE_MS: i32 = 1500;

/// Leaves for `url`; if the page is still here a moment later, calls
/// `still_here` (the widget then tells the person how to leave).
pub fn leave(url: &str, still_here: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
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
