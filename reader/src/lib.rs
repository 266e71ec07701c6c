//! The clinic's reader page (issue 23 item 4): a hand-off code, typed, in a
//! photo or held up to the camera, turned back into the person's answers;
//! this release's engine re-run on them; the clinician summary shown, with a
//! flag when the code's stored result differs from the re-run.
//!
//! Plain DOM through web-sys rather than Yew: the page is one static form
//! (in `www/reader.html`, with its words) and one result area filled with
//! text, with no journey state to reconcile; Yew would add its runtime for
//! nothing.
//!
//! Layers, one way: `reading` and `picture` are pure (native tests);
//! `dom` is the thin web-sys layer; `camera`, `photo` and `page` are the
//! browser effects. Nothing here stores anything or makes a request.

pub mod fhir;
pub mod note;
pub mod options;
pub mod picture;
pub mod reading;
pub mod words;

#[cfg(target_arch = "wasm32")]
mod camera;
#[cfg(target_arch = "wasm32")]
mod dom;
#[cfg(target_arch = "wasm32")]
mod download;
#[cfg(target_arch = "wasm32")]
mod page;
#[cfg(target_arch = "wasm32")]
mod photo;

/// Runs when reader.js instantiates the wasm: wires the page up.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen(start)]
pub fn start() {
    page::start();
}
