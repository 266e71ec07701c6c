//! Saves the summary as a text file made on the device: a Blob and an
//! object URL, so nothing is uploaded anywhere.

use wasm_bindgen::JsCast;

use crate::config::Config;
use crate::state::Journey;
use crate::summary::summary_text;

pub fn download_summary(journey: &Journey, config: &Config) {
    let _ = save_text("kratom-check-plan.txt", &summary_text(journey, config, &today()));
}

/// Today's date on this device, as YYYY-MM-DD: readable in any language.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

fn save_text(name: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    // Clicked without being attached: no trace is left in the host page's DOM.
    a.click();
    // Revoking at once can cancel the download in some browsers; free it a little later.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = web_sys::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Some(())
}
