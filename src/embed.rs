//! The wasm entry point: host element + raw options → a mounted Yew app inside
//! the element's open shadow root, styled through adopted constructable
//! stylesheets (no `<style>` element, no `style=` attribute: works under
//! `style-src 'self'`).

pub mod attrs;

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CssStyleSheet, Element, ShadowRoot, ShadowRootInit, ShadowRootMode};
use yew::AppHandle;

use crate::app::{App, AppProps, Early};
use crate::lang_packs::LangLoader;
use attrs::{validate, Env, ParsedUrl, RawConfig};
use guide::Lang;

/// `src/style.css`, minified by `build.rs`. The loader carries it
/// (`examples/prerender.rs` hands it to dist) and gives every widget the one
/// sheet it made from it, the same its painted start page adopted: the wasm
/// does not carry a second copy.
pub const BASE_CSS: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

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

/// Mount one widget into `host`. `options` is the loader's copy of the own
/// properties of `KratomCheck.mount(el, options)` (a null-prototype object
/// of strings; empty for auto-mounted elements); the element's own
/// `data-*` attributes are read here with `getAttribute`. `label` names the
/// element in console warnings (`kratom-check #2`, `kratom-check id="help"`).
/// `early` is the loader's record of its prerendered start page (own
/// properties `who`, `submit`, `focus`; undefined when there was none): the
/// widget starts from it, and replaces that page once its first render is in.
/// `load_lang(code)` is the loader's function that fetches and installs
/// another language's pack, resolving once it is in (the language switch).
/// `base_sheet` is the loader's constructable sheet of [`BASE_CSS`], shared
/// by every widget on the page (a sheet may be adopted by many roots).
/// `load_qr()` is the loader's function that fetches the hand-off code's QR
/// encoder (`kratom-check.qr.wasm`, [`crate::qr`]), resolving to it.
#[wasm_bindgen]
pub fn mount(
    host: Element,
    options: JsValue,
    label: String,
    early: JsValue,
    load_lang: JsValue,
    base_sheet: CssStyleSheet,
    load_qr: JsValue,
) -> Result<Instance, JsValue> {
    set_panic_hook();
    crate::qr::set_loader(load_qr);
    let raw = read_raw(&host, &options).unwrap_or_else(|_| {
        let mut m = label.clone();
        m.push_str(": options must be strings; using defaults");
        web_sys::console::warn_1(&m.into());
        RawConfig::default()
    });
    let doc = host.owner_document().ok_or("kratom-check: no document")?;
    let page_lang = doc.document_element().and_then(|e| e.get_attribute("lang"));
    let env = Env { page_lang: page_lang.as_deref(), parse_url: &parse_url };
    let (mut config, warnings) = validate(&raw, &env);
    for w in &warnings {
        web_sys::console::warn_1(&JsValue::from_str(&w.message(&label)));
    }
    // The loader installs the element's language before mounting; should
    // its reading of the options ever differ, show a language that is here.
    if !config.lang.is_available() {
        config.lang =
            Lang::ALL.into_iter().find(|l| l.is_available()).ok_or("kratom-check: no language pack installed")?;
    }
    let languages = load_lang.dyn_into::<js_sys::Function>().map(LangLoader::new).unwrap_or_default();
    let shadow = match host.shadow_root() {
        Some(s) => s,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    // A root reused after destroy() or a failed mount: start empty, except
    // for the loader's prerendered start page, which stays until the handover.
    let prerendered = shadow.query_selector(PRERENDERED)?;
    let mut child = shadow.first_child();
    while let Some(c) = child {
        child = c.next_sibling();
        if prerendered.as_ref().map(AsRef::<web_sys::Node>::as_ref) != Some(&c) {
            shadow.remove_child(&c)?;
        }
    }

    let sheets = js_sys::Array::new();
    sheets.push(base_sheet.as_ref());
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
    let mut class = String::from("kc-root kc-theme-");
    class.push_str(config.theme.as_str());
    class.push_str(&crate::replay::class_suffix());
    root.set_class_name(&class);
    root.set_attribute("lang", config.lang.code())?;
    // Replay tools stop at the shadow boundary when they look for markers on
    // ancestors: the widget's root carries them too (the host has them from the loader).
    for (name, value) in crate::replay::ATTRIBUTES {
        root.set_attribute(name, value)?;
    }
    // First in the root: while both exist the widget's tree sits where the
    // prerendered page is, so its focus moves never scroll (the page below
    // goes in the handover, before anything is painted).
    shadow.insert_before(&root, shadow.first_child().as_ref())?;

    let early = read_early(&early);
    let focus = early.focus.clone();
    let props = AppProps { config: Rc::new(config), early: early.app, languages };
    let handle = yew::Renderer::<App>::with_root_and_props(root, props).render();
    if let Some(page) = prerendered {
        // Yew renders in a microtask; this task is queued after it, so it
        // runs once the first render and its effects are in, and before the
        // browser paints again: nobody sees two pages or an empty one.
        let shadow = shadow.clone();
        yew::platform::spawn_local(async move { hand_over(&shadow, &page, focus.as_deref()) });
    }
    Ok(Instance { handle: Some(handle), shadow })
}

/// The language `mount` shows for `host` with `options` (as [`mount`] reads
/// them), by the widget's own rule: the loader installs that pack first, and
/// states no language rule of its own. No warnings here: `mount` gives them.
#[wasm_bindgen]
pub fn language(host: Element, options: JsValue) -> String {
    let raw = read_raw(&host, &options).unwrap_or_default();
    let page_lang = host.owner_document().and_then(|d| d.document_element()).and_then(|e| e.get_attribute("lang"));
    let env = Env { page_lang: page_lang.as_deref(), parse_url: &parse_url };
    validate(&raw, &env).0.lang.code().to_string()
}

/// Installs a language pack file the loader fetched (its integrity already
/// checked by `fetch`), for the page's life. Its language code, or
/// undefined with a warning when the bytes are not a pack of this version.
#[cfg(not(feature = "tables"))]
#[wasm_bindgen]
pub fn install_pack(file: Vec<u8>) -> Option<String> {
    set_panic_hook();
    match crate::pack::install(file.leak()) {
        Ok(lang) => Some(lang.code().to_string()),
        Err(why) => {
            web_sys::console::warn_1(&JsValue::from_str(&format!("kratom-check: language pack refused: {why}")));
            None
        }
    }
}

/// The loader's prerendered start page (its top element carries this attribute).
const PRERENDERED: &str = "[data-kratom-check-prerender]";

struct EarlyState {
    app: Early,
    /// The id of the prerendered element that had focus.
    focus: Option<String>,
}

/// The loader's `early` object, own properties only.
fn read_early(early: &JsValue) -> EarlyState {
    let own = |key: &str| own_property(early, key).ok().flatten();
    EarlyState {
        app: Early {
            who: own("who").and_then(|v| v.as_string()),
            submit: own("submit").and_then(|v| v.as_bool()) == Some(true),
        },
        focus: own("focus").and_then(|v| v.as_string()),
    }
}

/// Removes the prerendered page; focus that was on one of its controls moves
/// to the widget's control with the same id (unless the widget moved focus
/// itself, for an early Start).
fn hand_over(shadow: &ShadowRoot, page: &Element, focus: Option<&str>) {
    page.remove();
    let focus_kept = shadow.active_element().is_some();
    if let (false, Some(id)) = (focus_kept, focus) {
        if let Some(el) = shadow.get_element_by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            // Where the person left the page scrolled is where it stays.
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
}

/// Own options, then own attributes → [`RawConfig`]. Only own properties
/// count (`Reflect.getOwnPropertyDescriptor`), so nothing inherited from a
/// polluted `Object.prototype` is read. A missing, `undefined` or `null`
/// option is absent; any other non-string value rejects the options.
fn read_raw(host: &Element, options: &JsValue) -> Result<RawConfig, JsValue> {
    RawConfig::from_sources(
        |key| match own_property(options, key)? {
            None => Ok(None),
            Some(v) if v.is_undefined() || v.is_null() => Ok(None),
            Some(v) => v.as_string().map(Some).ok_or(JsValue::UNDEFINED),
        },
        |attr| host.get_attribute(attr),
    )
}

/// `object[key]` when `object` is an object with that own property
/// (`Reflect.getOwnPropertyDescriptor`: nothing inherited from a polluted
/// `Object.prototype` counts); None otherwise.
fn own_property(object: &JsValue, key: &str) -> Result<Option<JsValue>, JsValue> {
    if !object.is_object() {
        return Ok(None);
    }
    // Not `dyn_ref`: a null-prototype object is not `instanceof Object`.
    let o: &js_sys::Object = object.unchecked_ref();
    let key = JsValue::from_str(key);
    if js_sys::Reflect::get_own_property_descriptor(o, &key)?.is_undefined() {
        return Ok(None);
    }
    js_sys::Reflect::get(o, &key).map(Some)
}

/// The browser's own URL parser (`new URL(v)`), for [`validate`].
fn parse_url(v: &str) -> Option<ParsedUrl> {
    let u = web_sys::Url::new(v).ok()?;
    Some(ParsedUrl {
        protocol: u.protocol(),
        has_credentials: !u.username().is_empty() || !u.password().is_empty(),
        hostname: u.hostname(),
        href: u.href(),
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
