//! Leaving the page for the quick exit: `location.replace`, so Back does
//! not return here.

pub fn leave(url: &str) {
    if let Some(window) = web_sys::window() {
        let _ = window.location().replace(url);
    }
}
