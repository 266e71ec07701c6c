//! The little of the DOM the page needs, through web-sys: elements by id
//! (the ids are `www/reader.html`'s), text only (never HTML), attributes,
//! hidden, and listeners that live as long as the page.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a page has a document")
}

/// The element with `id`, as `T`. The ids are the page's own, so a missing
/// one is a broken build of the page: reported once, never a panic.
pub fn by_id<T: JsCast>(id: &str) -> Option<T> {
    let el = document().get_element_by_id(id).and_then(|e| e.dyn_into::<T>().ok());
    if el.is_none() {
        warn(&format!("kratom-check reader: the page has no #{id}"));
    }
    el
}

pub fn warn(msg: &str) {
    web_sys::console::warn_1(&msg.into());
}

/// A new element with `text` (set as text, never parsed as HTML).
pub fn element(tag: &str, text: &str) -> Element {
    let el = document().create_element(tag).expect("a valid tag name");
    el.set_text_content(Some(text));
    el
}

pub fn set_text(id: &str, text: &str) {
    if let Some(el) = by_id::<Element>(id) {
        el.set_text_content(Some(text));
    }
}

pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = by_id::<HtmlElement>(id) {
        el.set_hidden(hidden);
    }
}

/// Sets (`Some`) or removes (`None`) an attribute.
pub fn set_attr(el: &Element, name: &str, value: Option<&str>) {
    let _ = match value {
        Some(v) => el.set_attribute(name, v),
        None => el.remove_attribute(name),
    };
}

/// Removes every child of `el`.
pub fn clear(el: &Element) {
    el.set_text_content(None);
}

/// Moves focus to `id` (a heading with tabindex="-1", or a control).
pub fn focus(id: &str) {
    if let Some(el) = by_id::<HtmlElement>(id) {
        let _ = el.focus();
    }
}

/// Adds a listener for the page's lifetime (the page never tears down).
pub fn listen(target: &web_sys::EventTarget, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// `listen` on the element with `id`.
pub fn on(id: &str, event: &str, f: impl FnMut(web_sys::Event) + 'static) {
    if let Some(el) = by_id::<web_sys::EventTarget>(id) {
        listen(&el, event, f);
    }
}
