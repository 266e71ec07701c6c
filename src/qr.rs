//! The hand-off code's QR symbol. In the browser the encoder is
//! a separate wasm file, `kratom-check.qr.wasm`, which the loader fetches
//! (integrity-checked, no cookies, no referrer) only when a person asks to
//! see a code: few people do, and it would otherwise weigh on everyone's
//! first download. Natively (server-side renders, tests) the same encoder,
//! the `kratom-check-qr` crate, runs directly.

use std::cell::RefCell;

pub use kratom_check_qr::Symbol;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The loader's `loadQr`: resolves to the encoder, a JS function from a
    /// code to its modules (one byte each), or rejects. One per page.
    static LOADER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// The encoder, once loaded.
    static ENCODER: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// Keeps the loader's `loadQr` (every mount hands over the same one).
pub fn set_loader(load: JsValue) {
    if let Ok(f) = load.dyn_into::<js_sys::Function>() {
        LOADER.with(|l| *l.borrow_mut() = Some(f));
    }
}

/// Whether [`symbol`] can draw now, without waiting for the encoder.
pub fn ready() -> bool {
    cfg!(not(target_arch = "wasm32")) || ENCODER.with(|e| e.borrow().is_some())
}

/// Brings the encoder in; true once it is here. False when it cannot come
/// (no loader, offline, a failed integrity check): the code's digits still
/// show, and pressing again tries again. Never panics.
pub async fn ensure() -> bool {
    if ready() {
        return true;
    }
    let Some(load) = LOADER.with(|l| l.borrow().clone()) else { return false };
    let Ok(pending) = load.call0(&JsValue::NULL) else { return false };
    let Ok(encoder) = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&pending)).await else {
        return false;
    };
    let Ok(encoder) = encoder.dyn_into::<js_sys::Function>() else { return false };
    ENCODER.with(|e| *e.borrow_mut() = Some(encoder));
    true
}

/// The symbol of `code`, or none while the encoder is not here (or the
/// code is not of the format).
#[cfg(target_arch = "wasm32")]
pub fn symbol(code: &str) -> Option<Symbol> {
    let encoder = ENCODER.with(|e| e.borrow().clone())?;
    let modules = encoder.call1(&JsValue::NULL, &JsValue::from_str(code)).ok()?;
    Symbol::from_bytes(&modules.dyn_into::<js_sys::Uint8Array>().ok()?.to_vec())
}

/// Natively the encoder runs directly (compiled out of the browser's wasm,
/// so it is not linked in there).
#[cfg(not(target_arch = "wasm32"))]
pub fn symbol(code: &str) -> Option<Symbol> {
    kratom_check_qr::symbol(code)
}
