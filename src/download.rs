//! Saves the summary as a text file made on the device: a Blob and an
//! object URL, so nothing is uploaded anywhere. The file name does not name
//! the topic (someone glancing at a downloads list sees `my-plan-2026-11-25.txt`).

use wasm_bindgen::JsCast;

use crate::config::Config;
use crate::state::Journey;
use crate::summary::summary_text;

pub fn download_summary(journey: &Journey, config: &Config) {
    let today = today();
    let _ = save_text(&file_name(&today), &summary_text(journey, config, &today));
}

/// `my-plan-YYYY-MM-DD.txt`: the Downloads list shows a date, not the topic.
pub fn file_name(date: &str) -> String {
    format!("my-plan-{date}.txt")
}

/// Today's date on this device, as YYYY-MM-DD: readable in any language.
#[cfg(target_arch = "wasm32")]
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", d.get_full_year(), d.get_month() + 1, d.get_date())
}

/// Natively (server-rendered pages in the tests) the same date from the
/// system clock, in UTC.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    guide::Day::today_utc().to_string()
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
    // Revoked after the click, not at once: revoking in the same task can
    // cancel the download in some browsers; ten seconds is ample to start it.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = web_sys::window()?.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    Some(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_file_name_is_the_date_and_not_the_topic() {
        assert_eq!(super::file_name("2026-11-25"), "my-plan-2026-11-25.txt");
        assert!(!super::file_name(&super::today()).contains("kratom"));
    }
}
