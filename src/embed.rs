//! The wasm entry point: host element + raw options → a mounted Yew app inside
//! the element's open shadow root, styled through adopted constructable
//! stylesheets (no `<style>` element, no `style=` attribute: works under
//! `style-src 'self'`).

pub mod attrs;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::app::{App, AppProps};
use crate::config::Theme;
use attrs::{validate, RawConfig};

/// `src/style.css`, minified by `build.rs`.
const BASE_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

thread_local! {
    /// One base sheet, shared by every instance on the page (a constructable
    /// sheet may be adopted by many shadow roots of one document).
    static BASE_SHEET: std::cell::OnceCell<CssStyleSheet> = const { std::cell::OnceCell::new() };
}

/// A mounted widget. The only thing it exposes is `destroy()`: no answers,
/// no result, no events.
#[wasm_bindgen]
pub struct Instance {
    handle: Option<AppHandle<App>>,
    shadow: ShadowRoot,
}

#[wasm_bindgen]
impl Instance {
    /// Unmounts the app and frees its state; the element's own fallback
    /// content shows again through a `<slot>`.
    pub fn destroy(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
            show_fallback(&self.shadow);
        }
    }
}

/// Mount one widget into `host`. `raw` is a plain object of optional string
/// options (the element's dataset merged with `KratomCheck.mount` options).
#[wasm_bindgen]
pub fn mount(host: Element, raw: JsValue) -> Result<Instance, JsValue> {
    set_panic_hook();
    let raw = read_raw(&raw).unwrap_or_else(|_| {
        web_sys::console::warn_1(&"kratom-check: options must be strings; using defaults".into());
        RawConfig::default()
    });
    let doc = host.owner_document().ok_or("kratom-check: no document")?;
    let page_lang = doc.document_element().and_then(|e| e.get_attribute("lang"));
    let (config, warnings) = validate(&raw, page_lang.as_deref());
    for w in &warnings {
        web_sys::console::warn_1(&JsValue::from_str(&w.message));
    }

    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    // A root reused after destroy() or a failed mount: start empty.
    while let Some(child) = shadow.first_child() {
        shadow.remove_child(&child)?;
    }

    let sheets = js_sys::Array::new();
    sheets.push(base_sheet()?.as_ref());
    if let Some(accent) = &config.accent {
        // accent is a validated lowercase #rrggbb: safe to put in a rule.
        let sheet = CssStyleSheet::new()?;
        let mut rule = String::from(".kc-root{--kc-accent:");
        rule.push_str(accent);
        rule.push('}');
        sheet.replace_sync(&rule)?;
        sheets.push(sheet.as_ref());
    }
    shadow.set_adopted_style_sheets(&sheets);

    let root = doc.create_element("div")?;
    root.set_class_name(match config.theme {
        Theme::Auto => "kc-root kc-theme-auto",
        Theme::Light => "kc-root kc-theme-light",
        Theme::Dark => "kc-root kc-theme-dark",
    });
    root.set_attribute("lang", config.lang.code())?;
    shadow.append_child(&root)?;

    let props = AppProps { config: Rc::new(config) };
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(Instance { handle: Some(handle), shadow })
}

/// The plain options object → [`RawConfig`]: missing, `undefined` and `null`
/// are absent; any other non-string value rejects the object.
fn read_raw(raw: &JsValue) -> Result<RawConfig, JsValue> {
    if !raw.is_object() {
        return Err(JsValue::UNDEFINED);
    }
    RawConfig::from_lookup(|key| {
        let v = js_sys::Reflect::get(raw, &JsValue::from_str(key))?;
        if v.is_undefined() || v.is_null() {
            Ok(None)
        } else {
            v.as_string().map(Some).ok_or(JsValue::UNDEFINED)
        }
    })
}

fn base_sheet() -> Result<CssStyleSheet, JsValue> {
    BASE_SHEET.with(|cell| {
        if let Some(s) = cell.get() {
            return Ok(s.clone());
        }
        let s = CssStyleSheet::new()?;
        s.replace_sync(BASE_CSS)?;
        let _ = cell.set(s.clone());
        Ok(s)
    })
}

fn show_fallback(shadow: &ShadowRoot) {
    while let Some(child) = shadow.first_child() {
        let _ = shadow.remove_child(&child);
    }
    if let Some(doc) = shadow.owner_document() {
        if let Ok(slot) = doc.create_element("slot") {
            let _ = shadow.append_child(&slot);
        }
    }
}

fn set_panic_hook() {
    thread_local!(static SET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if SET.with(|s| s.replace(true)) {
        return;
    }
    // With panic = "abort" the panic then traps; the loader catches the trap,
    // shows the fallback and keeps the host page running.
    yew::set_custom_panic_hook(Box::new(|_| {
        web_sys::console::error_1(&"kratom-check: internal error; showing the fallback".into());
    }));
}
