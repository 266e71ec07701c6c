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

pub fn leave(url: &str) {
    let Some(window) = web_sys::window() else { return };
    no_referrer(&window);
    // If the browser refuses the configured URL, leave for the default anyway.
    if window.location().replace(url).is_err() {
        let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
    }
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
