//! Leaving the page for the quick exit: `location.replace`, so Back does
//! not return here.

pub fn leave(url: &str) {
    if let Some(window) = web_sys::window() {
        // If the browser refuses the configured URL, leave for the default anyway.
        if window.location().replace(url).is_err() {
            let _ = window.location().replace(crate::config::DEFAULT_EXIT_URL);
        }
    }
}
