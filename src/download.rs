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
/// system clock, in UTC (days since 1970 to a civil date, H. Hinnant's method).
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil_date((secs / 86_400) as i64)
}

/// The YYYY-MM-DD date `days` days after 1970-01-01.
#[cfg(not(target_arch = "wasm32"))]
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
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
    fn civil_dates_from_days_since_1970() {
        assert_eq!(super::civil_date(0), "1970-01-01");
        assert_eq!(super::civil_date(59), "1970-03-01");
        assert_eq!(super::civil_date(11_016), "2000-02-29");
        assert_eq!(super::civil_date(20_783), "2026-11-26");
    }

    #[test]
    fn the_file_name_is_the_date_and_not_the_topic() {
        assert_eq!(super::file_name("2026-11-25"), "my-plan-2026-11-25.txt");
        assert!(!super::file_name(&super::today()).contains("kratom"));
    }
}
