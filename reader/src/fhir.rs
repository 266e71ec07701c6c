//! The FHIR export's file: its day and name. The Bundle itself is the
//! engine's (`guide::fhir`); the page only saves it.

use guide::Day;

use crate::reading::Reading;

/// What the file is, for the Blob (FHIR's own JSON media type).
pub const MEDIA_TYPE: &str = "application/fhir+json";

/// The day the Bundle is authored: the day of the check when the code holds
/// one, else `today` (the day it was read; a Bundle needs a date).
pub fn day(r: &Reading, today: Day) -> Day {
    r.handoff.day.unwrap_or(today)
}

/// `kratom-check-fhir-YYYY-MM-DD.json`.
pub fn file_name(day: Day) -> String {
    format!("kratom-check-fhir-{day}.json")
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide::{assess, handoff, Answers, Q};

    fn ymd(y: i32, m: u32, d: u32) -> Day {
        Day::from_ymd(y, m, d).unwrap()
    }

    #[test]
    fn the_day_of_the_check_else_today() {
        let mut a = Answers::new();
        a.set(Q::Who, &["self"]).unwrap();
        let with = crate::reading::read(&handoff::encode(&a, &assess(&a), Some(ymd(2026, 5, 4)))).unwrap();
        assert_eq!(day(&with, ymd(2026, 12, 3)), ymd(2026, 5, 4));
        let without = crate::reading::read(&handoff::encode(&a, &assess(&a), None)).unwrap();
        assert_eq!(day(&without, ymd(2026, 12, 3)), ymd(2026, 12, 3));
        assert_eq!(file_name(ymd(2026, 5, 4)), "kratom-check-fhir-2026-05-04.json");
    }

    /// The Bundle the page saves holds the code's answers and this release's level.
    #[test]
    fn the_bundle_carries_the_rerun_level() {
        let mut a = Answers::new();
        a.set(Q::Who, &["self"]).unwrap();
        a.set(Q::Frequency, &["daily_4_plus"]).unwrap();
        let r = crate::reading::read(&handoff::encode(&a, &assess(&a), Some(ymd(2026, 5, 4)))).unwrap();
        let json: serde_json::Value =
            serde_json::from_str(&guide::fhir::bundle_json(&r.handoff.answers, day(&r, ymd(2000, 1, 1)), true))
                .unwrap();
        let text = json.to_string();
        assert!(text.contains(&format!("\"code\":\"{}\"", r.rerun.care_level.as_str())), "{text}");
        assert!(text.contains("\"authored\":\"2026-05-04\""), "{text}");
    }
}
