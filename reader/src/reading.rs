//! A code read: decoded with the engine's `handoff::decode` (which refuses
//! an unknown version, a wrong checksum, a short or long code, an impossible
//! value, with a message a front desk can act on), and this release's
//! engine re-run on the decoded answers. Pure: native tests.

use guide::handoff::{self, CodeError, Handoff, Mismatch};
use guide::{assess, Assessment, Voice};

/// Everything the page shows about one code.
#[derive(Clone, Debug)]
pub struct Reading {
    /// The code as read, canonical (`KC1` and its digits, no spaces).
    pub code: String,
    pub handoff: Handoff,
    /// This release's engine on the code's answers: what the page shows.
    pub rerun: Assessment,
    /// Where the code's stored result differs from `rerun` (empty: the same).
    pub mismatches: Vec<Mismatch>,
}

impl Reading {
    /// Who answered: the person (`me`) or someone who cares about them.
    pub fn voice(&self) -> Voice {
        self.handoff.answers.voice()
    }

    /// The code in groups of four digits, as the person's screen shows it.
    pub fn grouped(&self) -> String {
        handoff::grouped(&self.code)
    }
}

/// Reads a typed or scanned code. Spaces, line breaks and dashes are
/// ignored; anything the engine cannot read for certain is refused.
pub fn read(input: &str) -> Result<Reading, CodeError> {
    let handoff = handoff::decode(input)?;
    let rerun = assess(&handoff.answers);
    let mismatches = handoff.mismatches(&rerun);
    Ok(Reading { code: canonical(input), handoff, rerun, mismatches })
}

/// `KC` and the digits of a code `decode` accepted (it allows spaces,
/// dashes, a lower-case or missing `KC`).
fn canonical(input: &str) -> String {
    let digits: String = input.chars().filter(char::is_ascii_digit).collect();
    format!("{}{digits}", handoff::PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide::{Answers, Day, Level, Q};

    fn answers(pairs: &[(Q, &[&str])]) -> Answers {
        let mut a = Answers::new();
        for (q, v) in pairs {
            a.set(*q, v).unwrap();
        }
        a
    }

    fn daily_taper() -> Answers {
        answers(&[(Q::Who, &["self"]), (Q::UrgentNow, &["none"]), (Q::Frequency, &["daily_once"])])
    }

    #[test]
    fn a_code_reads_back_to_its_answers_and_the_same_result() {
        let a = daily_taper();
        let result = assess(&a);
        let code = handoff::encode(&a, &result, Day::from_ymd(2026, 12, 3));
        let spaced = handoff::grouped(&code).replace(' ', " - ").to_lowercase();
        let r = read(&spaced).unwrap();
        assert_eq!(r.code, code);
        assert_eq!(r.handoff.answers, a);
        assert_eq!(r.rerun, result);
        assert!(r.mismatches.is_empty(), "{:?}", r.mismatches);
        assert_eq!(r.voice(), Voice::Me);
        assert_eq!(r.handoff.day.map(|d| d.to_string()).as_deref(), Some("2026-12-03"));
    }

    #[test]
    fn a_stored_result_unlike_the_rerun_is_flagged() {
        let a = daily_taper();
        let mut result = assess(&a);
        let rerun_level = result.care_level;
        result.care_level = if rerun_level == Level::Residential { Level::Monitor } else { Level::Residential };
        let r = read(&handoff::encode(&a, &result, None)).unwrap();
        assert_eq!(r.rerun.care_level, rerun_level, "the page shows this release's level");
        assert_eq!(r.mismatches, vec![Mismatch::Level]);
    }

    #[test]
    fn a_loved_one_code_reads_in_their_voice() {
        let a = answers(&[(Q::Who, &["loved_one"]), (Q::UrgentNow, &["none"])]);
        let r = read(&handoff::encode(&a, &assess(&a), None)).unwrap();
        assert_eq!(r.voice(), Voice::Them);
    }

    #[test]
    fn bad_codes_are_refused_with_the_engines_reason() {
        let a = daily_taper();
        let code = handoff::encode(&a, &assess(&a), None);
        assert!(matches!(read(&code[..code.len() - 3]), Err(CodeError::Truncated { .. })));
        let future = format!("KC9{}", &code[3..]);
        assert_eq!(read(&future).unwrap_err(), CodeError::UnknownVersion(9));
        let mut flipped: Vec<char> = code.chars().collect();
        let last = flipped.len() - 6;
        flipped[last] = if flipped[last] == '1' { '2' } else { '1' };
        assert_eq!(read(&flipped.into_iter().collect::<String>()).unwrap_err(), CodeError::BadChecksum);
        assert_eq!(read("  - ").unwrap_err(), CodeError::Empty);
        assert!(matches!(read("KC1 12x4"), Err(CodeError::NotDigits(_))));
    }
}
