//! Dates as the summary and the FHIR Bundle print them: a day, YYYY-MM-DD,
//! readable in any language. The engine keeps no clock: callers pass the
//! day (the widget the device's, the command the system's).

/// The YYYY-MM-DD date `days` days after 1970-01-01 (H. Hinnant's
/// days-to-civil method).
pub fn civil_date(days: i64) -> String {
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

/// Today in UTC from the system clock, for native callers (the `assess`
/// command, server-side renders). The wasm reads the device's own day.
#[cfg(not(target_arch = "wasm32"))]
pub fn today_utc() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    civil_date((secs / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_from_days_since_1970() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(59), "1970-03-01");
        assert_eq!(civil_date(11_016), "2000-02-29");
        assert_eq!(civil_date(20_783), "2026-11-26");
        assert_eq!(civil_date(-1), "1969-12-31");
    }

    #[test]
    fn today_is_a_plain_date() {
        let t = today_utc();
        assert_eq!(t.len(), 10, "{t}");
        assert!(t.starts_with("20") && t.as_bytes()[4] == b'-' && t.as_bytes()[7] == b'-', "{t}");
    }
}
