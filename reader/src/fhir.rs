//! The FHIR export's file: its day and name. The Bundle itself is the
//! engine's (`guide::fhir`); the page only saves it.

use crate::reading::Reading;

/// What the file is, for the Blob (FHIR's own JSON media type).
pub const MEDIA_TYPE: &str = "application/fhir+json";

/// The day the Bundle is authored: the day of the check when the code holds
/// one, else `today` (the day it was read; a Bundle needs a date).
pub fn day(r: &Reading, today: &str) -> String {
    r.handoff.day.map_or_else(|| today.to_string(), |d| d.to_string())
}

/// `kratom-check-fhir-YYYY-MM-DD.json`.
pub fn file_name(day: &str) -> String {
    format!("kratom-check-fhir-{day}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide::{assess, handoff, Answers, Day, Q};

    #[test]
    fn the_day_of_the_check_else_today() {
        let mut a = Answers::new();
        a.set(Q::Who, &["self"]).unwrap();
        let with = crate::reading::read(&handoff::encode(&a, &assess(&a), Day::from_ymd(2026, 5, 4))).unwrap();
        assert_eq!(day(&with, "2026-12-03"), "2026-05-04");
        let without = crate::reading::read(&handoff::encode(&a, &assess(&a), None)).unwrap();
        assert_eq!(day(&without, "2026-12-03"), "2026-12-03");
        assert_eq!(file_name("2026-05-04"), "kratom-check-fhir-2026-05-04.json");
    }

    /// The Bundle the page saves holds the code's answers and this release's level.
    #[test]
    fn the_bundle_carries_the_rerun_level() {
        let mut a = Answers::new();
        a.set(Q::Who, &["self"]).unwrap();
        a.set(Q::Frequency, &["daily_4_plus"]).unwrap();
        let r = crate::reading::read(&handoff::encode(&a, &assess(&a), Day::from_ymd(2026, 5, 4))).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&guide::fhir::bundle_json(&r.handoff.answers, &day(&r, "x"), true)).unwrap();
        let text = json.to_string();
        assert!(text.contains(&format!("\"code\":\"{}\"", r.rerun.care_level.as_str())), "{text}");
        assert!(text.contains("\"authored\":\"2026-05-04\""), "{text}");
    }
}
