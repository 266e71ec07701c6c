//! A calendar day, without a time or a time zone: the hand-off code holds
//! the day the check was done and nothing finer.
//!
//! Days are counted from 1970-01-01 with H. Hinnant's civil-date method, so
//! no date crate is compiled into the widget for this one conversion.

use std::fmt;
use std::str::FromStr;

/// One day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    /// Days after 1970-01-01 (negative before it).
    days: i32,
}

/// Years a `Day` may name: wide enough for any device clock, narrow enough
/// that no arithmetic below can overflow.
const YEARS: std::ops::RangeInclusive<i32> = 1900..=9999;

impl Day {
    /// The day `year-month-day`, if that day exists (30 February does not).
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Day> {
        if !YEARS.contains(&year) || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Day { days: days_from_civil(year, month, day) })
    }

    /// The day `days` days after 1970-01-01, if its year is in range.
    pub fn from_days_since_1970(days: i64) -> Option<Day> {
        let days = i32::try_from(days).ok()?;
        let (y, _, _) = civil_from_days(days);
        YEARS.contains(&y).then_some(Day { days })
    }

    pub fn days_since_1970(self) -> i64 {
        i64::from(self.days)
    }

    /// `(year, month, day)`, month and day counted from 1.
    pub fn ymd(self) -> (i32, u32, u32) {
        civil_from_days(self.days)
    }

    /// Today in UTC from the system clock (the native command; the widget
    /// asks the browser for the local day instead).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn today_utc() -> Day {
        let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
        Day::from_days_since_1970((secs / 86_400) as i64).unwrap_or(Day { days: 0 })
    }
}

/// `YYYY-MM-DD`: readable in any language.
impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

/// Why a `YYYY-MM-DD` text is not a day.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DayError;

impl fmt::Display for DayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected a date as YYYY-MM-DD, for example 2026-12-03")
    }
}

impl std::error::Error for DayError {}

impl FromStr for Day {
    type Err = DayError;
    fn from_str(s: &str) -> Result<Day, DayError> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
            return Err(DayError);
        }
        let n = |r: std::ops::Range<usize>| s[r].parse::<u32>().map_err(|_| DayError);
        Day::from_ymd(n(0..4)? as i32, n(5..7)?, n(8..10)?).ok_or(DayError)
    }
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn days_from_civil(y: i32, m: u32, d: u32) -> i32 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(days: i32) -> (i32, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (yoe + era * 400 + i32::from(month <= 2), month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_days_count_from_1970() {
        assert_eq!(Day::from_ymd(1970, 1, 1).unwrap().days_since_1970(), 0);
        assert_eq!(Day::from_ymd(2000, 3, 1).unwrap().days_since_1970(), 11_017);
        assert_eq!(Day::from_ymd(2026, 1, 1).unwrap().days_since_1970(), 20_454);
        assert_eq!(Day::from_ymd(1969, 12, 31).unwrap().days_since_1970(), -1);
    }

    #[test]
    fn every_day_of_two_centuries_round_trips() {
        let first = Day::from_ymd(1999, 1, 1).unwrap().days_since_1970();
        let last = Day::from_ymd(2200, 12, 31).unwrap().days_since_1970();
        for n in first..=last {
            let day = Day::from_days_since_1970(n).unwrap();
            let (y, m, d) = day.ymd();
            assert_eq!(Day::from_ymd(y, m, d), Some(day));
            assert_eq!(day.to_string().parse::<Day>(), Ok(day));
        }
    }

    #[test]
    fn impossible_days_are_refused() {
        assert_eq!(Day::from_ymd(2026, 2, 29), None);
        assert!(Day::from_ymd(2028, 2, 29).is_some());
        assert_eq!(Day::from_ymd(2100, 2, 29), None);
        assert_eq!(Day::from_ymd(2026, 13, 1), None);
        assert_eq!(Day::from_ymd(2026, 4, 31), None);
        assert_eq!(Day::from_ymd(2026, 1, 0), None);
        for bad in ["2026-1-01", "2026/01/01", "20260101", "2026-02-30", "+026-01-01", "2026-01-01 "] {
            assert_eq!(bad.parse::<Day>(), Err(DayError), "{bad}");
        }
    }
}
