//! A stylesheet adopted into the host document for printing, and removed
//! again: the only thing the widget ever adds to the host page's styles.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::CssStyleSheet;

fn document_sheets() -> Option<(web_sys::Document, js_sys::Array)> {
    let document = web_sys::window()?.document()?;
    let sheets = js_sys::Reflect::get(&document, &JsValue::from_str("adoptedStyleSheets")).ok()?;
    Some((document, sheets.dyn_into::<js_sys::Array>().ok()?))
}

fn set_document_sheets(document: &web_sys::Document, sheets: &js_sys::Array) -> Option<()> {
    js_sys::Reflect::set(document, &JsValue::from_str("adoptedStyleSheets"), sheets).ok()?.then_some(())
}

/// Adopts a new sheet holding `css` after the page's own adopted sheets.
pub fn adopt(css: &str) -> Option<CssStyleSheet> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(css).ok()?;
    let (document, sheets) = document_sheets()?;
    let next = sheets.slice(0, sheets.length());
    next.push(&sheet);
    set_document_sheets(&document, &next)?;
    Some(sheet)
}

/// Removes `sheet` from the host document's adopted sheets.
pub fn unadopt(sheet: &CssStyleSheet) -> Option<()> {
    let (document, sheets) = document_sheets()?;
    let target: &JsValue = sheet.as_ref();
    let next = sheets.filter(&mut |s, _, _| &s != target);
    set_document_sheets(&document, &next)
}
