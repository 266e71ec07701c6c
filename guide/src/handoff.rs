//! The hand-off code (`docs/handoff-code.md`): the answers, the
//! result and the day, as `KC1` and decimal digits the person may show at
//! a clinic (a QR code in numeric mode, or typed by hand).
//!
//! It holds ids only: no typed text, no names, no clinic data. The layout
//! is read from the engine's tables (`QUESTIONS`, `Level::ALL`,
//! `ReasonId::ALL`), so there is no second per-question list to drift; a
//! change to those tables changes the layout, and the golden codes in
//! `guide/tests/handoff.rs` fail until `VERSION` is raised.
//!
//! A reader never guesses: a code whose version it does not know is refused
//! before anything else is read.

use std::fmt;

use crate::answers::{AnswerError, Answers};
use crate::day::Day;
use crate::model::{Assessment, Confidence, Level, ReasonId};
use crate::questions::{Kind, Q};

/// The layout version, the digit after `KC`. Raise it whenever the layout
/// changes (a question, value, level or reason added, removed or moved).
pub const VERSION: u8 = 1;

/// The letters every code starts with.
pub const PREFIX: &str = "KC";

/// The first day a code can carry; the day field counts from here (0 means
/// the device did not know the day).
pub const FIRST_DAY: (i32, u32, u32) = (2026, 1, 1);

/// The last day a code can carry: later values of the day field are refused.
pub const LAST_DAY: (i32, u32, u32) = (2099, 12, 31);

/// Bits of the day field: enough for `FIRST_DAY..=LAST_DAY` (27,393 days).
const DAY_BITS: u32 = 15;

/// Bits of the checksum (CRC-16).
const CHECK_BITS: u32 = 16;

/// The checksum: CRC-16/IBM-3740 (also called CCITT-FALSE), bitwise (no
/// table: the input is about 20 bytes, and the widget's wasm stays smaller).
const CRC: crc::Crc<u16, crc::NoTable> = crc::Crc::<u16, crc::NoTable>::new(&crc::CRC_16_IBM_3740);

/// Bits per chunk of digits: 13 bits in 4 decimal digits (2^13 = 8,192),
/// 98 % of what four digits can hold. Small chunks on purpose: any change
/// within one group of four (a wrong digit, two digits swapped) changes at
/// most 13 neighbouring bits, and a CRC-16 catches every such burst.
const CHUNK_BITS: u32 = 13;
const CHUNK_DIGITS: usize = 4;

/// Longest input `decode` looks at: a code with generous spacing is under
/// 100 characters; anything much longer is refused without reading it all.
const MAX_INPUT_CHARS: usize = 400;

/// One field of the layout, in code order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Field {
    /// A question's answer. Single: 0 = skipped, else 1 + the value's index
    /// in the table. Multi: one bit per value in table order, all 0 = skipped.
    Answer(Q),
    /// Index in `Level::ALL`.
    Level,
    /// Index in `Confidence::ALL`.
    Confidence,
    /// One bit per reason id in `ReasonId::ALL` order.
    Reasons,
    /// Days after `FIRST_DAY`, plus one; 0 = the day was not known.
    Day,
    /// CRC-16 of the version and every field before it.
    Check,
}

impl Field {
    /// Bits this field takes in the code.
    pub fn bits(self) -> u32 {
        match self {
            Field::Answer(q) => match q.question().kind {
                Kind::Single => bits_for(q.question().values.len() as u64 + 1),
                Kind::Multi => q.question().values.len() as u32,
            },
            Field::Level => bits_for(Level::ALL.len() as u64),
            Field::Confidence => bits_for(Confidence::ALL.len() as u64),
            Field::Reasons => ReasonId::ALL.len() as u32,
            Field::Day => DAY_BITS,
            Field::Check => CHECK_BITS,
        }
    }

    /// The field's name in `docs/handoff-code.md` (a question's JSON id).
    pub fn name(self) -> &'static str {
        match self {
            Field::Answer(q) => q.as_str(),
            Field::Level => "care_level",
            Field::Confidence => "confidence",
            Field::Reasons => "reasons",
            Field::Day => "day",
            Field::Check => "check",
        }
    }
}

/// Every field in code order: the questions in table order, then the
/// result, the day and the checksum.
pub fn fields() -> impl Iterator<Item = Field> {
    Q::ALL.into_iter().map(Field::Answer).chain([
        Field::Level,
        Field::Confidence,
        Field::Reasons,
        Field::Day,
        Field::Check,
    ])
}

/// Bits of the whole code after the version digit.
pub fn total_bits() -> u32 {
    fields().map(Field::bits).sum()
}

/// Digits of the whole code after the version digit.
pub fn total_digits() -> usize {
    chunk_sizes(total_bits()).map(|(_, digits)| digits).sum()
}

/// What a code holds, read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Handoff {
    pub answers: Answers,
    /// The level the person's device worked out.
    pub level: Level,
    pub confidence: Confidence,
    /// The reason ids the device listed, in `ReasonId::ALL` order.
    pub reasons: Vec<ReasonId>,
    /// The day of the check; `None` when the device's clock was out of range.
    pub day: Option<Day>,
}

/// Which part of a code's stored result differs from this release's
/// engine run on the code's answers (a reader shows it: a code from another
/// release, or a rule changed since).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mismatch {
    Level,
    Confidence,
    Reasons,
}

impl Handoff {
    /// What differs between the stored result and `rerun` (empty: the same).
    pub fn mismatches(&self, rerun: &Assessment) -> Vec<Mismatch> {
        let mut out = Vec::new();
        if self.level != rerun.care_level {
            out.push(Mismatch::Level);
        }
        if self.confidence != rerun.confidence {
            out.push(Mismatch::Confidence);
        }
        if self.reasons != reason_ids(rerun) {
            out.push(Mismatch::Reasons);
        }
        out
    }
}

/// An assessment's reason ids in `ReasonId::ALL` order: what a code holds
/// (the order they are listed in follows from the answers).
pub fn reason_ids(result: &Assessment) -> Vec<ReasonId> {
    ReasonId::ALL.into_iter().filter(|id| result.reasons.iter().any(|r| r.id == *id)).collect()
}

/// Why a text is not a code this release can read. `Display` says what is
/// wrong in plain words (a front desk reads it).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing but spaces and dashes.
    Empty,
    /// A character that is not a digit (after an optional leading `KC`).
    NotDigits(char),
    /// A version this reader does not know; nothing else was read.
    UnknownVersion(u8),
    /// Fewer digits than the version's layout.
    Truncated { digits: usize, expected: usize },
    /// More digits than the version's layout.
    TooLong { digits: usize, expected: usize },
    /// The checksum does not match: a digit is wrong or two are swapped.
    BadChecksum,
    /// A field holds a value no release of this version writes.
    ImpossibleValue(&'static str),
    /// The day field is past `LAST_DAY`.
    ImpossibleDate,
    /// The answers do not fit together (for example `none` with a sign).
    ImpossibleAnswer(AnswerError),
}

impl fmt::Display for CodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CodeError::Empty => write!(f, "No code was given. A code starts with {PREFIX}{VERSION} and digits."),
            CodeError::NotDigits(c) => write!(
                f,
                "A code has only digits after {PREFIX}, but this has {}. Check what was typed.",
                crate::answers::excerpt(&c.to_string())
            ),
            CodeError::UnknownVersion(v) => write!(
                f,
                "This is a version {v} code, and this reader knows version {VERSION} only. \
                 It was not read (a reader never guesses). Use a reader from the same or a newer release."
            ),
            CodeError::Truncated { digits, expected } => write!(
                f,
                "The code is too short: {digits} digits after {PREFIX}{VERSION}, {expected} expected. \
                 Check that no group of digits is missing."
            ),
            CodeError::TooLong { digits, expected } => write!(
                f,
                "The code is too long: {digits} digits after {PREFIX}{VERSION}, {expected} expected. \
                 Check that no group was typed twice."
            ),
            CodeError::BadChecksum => f.write_str(
                "The code does not check out: a digit is wrong, or two are swapped. Check it and type it again.",
            ),
            CodeError::ImpossibleValue(field) => write!(
                f,
                "The code checks out but holds a value this release never writes ({field}). \
                 It was not read: it may come from another release or have been made by hand."
            ),
            CodeError::ImpossibleDate => {
                let (y, m, d) = LAST_DAY;
                write!(f, "The code holds a day after {y:04}-{m:02}-{d:02}, which no release writes. It was not read.")
            }
            CodeError::ImpossibleAnswer(e) => {
                write!(f, "The code checks out but its answers do not fit together ({e}). It was not read.")
            }
        }
    }
}

impl std::error::Error for CodeError {}

/// The code for these answers and their result, made on `day` (`None` when
/// the device has no sensible day): `KC1` and `total_digits()` digits.
/// Total: every answer set and assessment gets a code.
pub fn encode(answers: &Answers, result: &Assessment, day: Option<Day>) -> String {
    let mut bits = Bits::default();
    for field in fields() {
        let width = field.bits();
        let value = match field {
            Field::Answer(q) => answer_value(answers, q),
            Field::Level => Level::ALL.iter().position(|l| *l == result.care_level).unwrap_or(0) as u64,
            Field::Confidence => Confidence::ALL.iter().position(|c| *c == result.confidence).unwrap_or(0) as u64,
            Field::Reasons => {
                let ids = reason_ids(result);
                mask(ReasonId::ALL.iter().map(|id| ids.contains(id)))
            }
            Field::Day => day_value(day),
            Field::Check => u64::from(CRC.checksum(&bits.checked_bytes())),
        };
        bits.push(value, width);
    }
    let mut out = format!("{PREFIX}{VERSION}");
    let mut at = 0;
    for (chunk_bits, digits) in chunk_sizes(total_bits()) {
        let value = bits.read(at, chunk_bits);
        at += chunk_bits;
        out.push_str(&format!("{value:0digits$}"));
    }
    out
}

/// `assess --code[=YYYY-MM-DD]`: the code for `answers` and this
/// engine's result, on `day` (today in UTC when not given), and a newline.
#[cfg(not(target_arch = "wasm32"))]
pub fn command_line(answers: &Answers, day: Option<&str>) -> Result<String, String> {
    let day = match day {
        None => Day::today_utc(),
        Some(text) => text.parse::<Day>().map_err(|e| format!("--code={}: {e}", crate::answers::excerpt(text)))?,
    };
    Ok(encode(answers, &crate::assess(answers), Some(day)) + "\n")
}

/// `code` in groups for reading aloud or typing: the prefix and version,
/// then the digits in their chunks of four (`KC1 1234 5678 …`), so a slip
/// within a group is one the checksum always catches.
pub fn grouped(code: &str) -> String {
    let (head, digits) = code.split_at(code.len().min(PREFIX.len() + 1));
    let mut out = String::from(head);
    for (i, c) in digits.chars().enumerate() {
        if i % CHUNK_DIGITS == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// Reads a code. Spaces, line breaks and dashes anywhere are ignored, `KC`
/// may be typed in either case or left out; anything else that is not a
/// digit is refused. The version is checked before anything else.
pub fn decode(input: &str) -> Result<Handoff, CodeError> {
    let digits = digits_of(input)?;
    let (&version, digits) = digits.split_first().ok_or(CodeError::Empty)?;
    if version != VERSION {
        return Err(CodeError::UnknownVersion(version));
    }
    let expected = total_digits();
    if digits.len() < expected {
        return Err(CodeError::Truncated { digits: digits.len(), expected });
    }
    if digits.len() > expected {
        return Err(CodeError::TooLong { digits: digits.len(), expected });
    }

    let mut bits = Bits::default();
    let mut rest = digits;
    for (chunk_bits, n) in chunk_sizes(total_bits()) {
        let (chunk, after) = rest.split_at(n);
        rest = after;
        let value = chunk.iter().fold(0u64, |v, d| v * 10 + u64::from(*d));
        // Digits that cannot come from `chunk_bits` bits: a typing mistake.
        if value >> chunk_bits != 0 {
            return Err(CodeError::BadChecksum);
        }
        bits.push(value, chunk_bits);
    }

    let check_at = total_bits() - CHECK_BITS;
    let stored = bits.read(check_at, CHECK_BITS);
    let payload = bits.prefix(check_at);
    if u64::from(CRC.checksum(&payload.checked_bytes())) != stored {
        return Err(CodeError::BadChecksum);
    }
    read_fields(&bits)
}

/// Every field but the checksum, from bits whose checksum matched.
fn read_fields(bits: &Bits) -> Result<Handoff, CodeError> {
    let mut answers = Answers::new();
    let mut level = Level::Monitor;
    let mut confidence = Confidence::Ok;
    let mut reasons = Vec::new();
    let mut day = None;
    let mut at = 0;
    for field in fields() {
        let width = field.bits();
        let value = bits.read(at, width);
        at += width;
        match field {
            Field::Answer(q) => read_answer(&mut answers, q, value)?,
            Field::Level => level = *Level::ALL.get(value as usize).ok_or(CodeError::ImpossibleValue("care_level"))?,
            Field::Confidence => {
                confidence = *Confidence::ALL.get(value as usize).ok_or(CodeError::ImpossibleValue("confidence"))?
            }
            Field::Reasons => {
                reasons = ReasonId::ALL
                    .into_iter()
                    .enumerate()
                    .filter(|(i, _)| bit(value, width, *i))
                    .map(|(_, id)| id)
                    .collect()
            }
            Field::Day => day = read_day(value)?,
            Field::Check => {}
        }
    }
    Ok(Handoff { answers, level, confidence, reasons, day })
}

/// The digits of `input` after the prefix, each 0–9, version first.
fn digits_of(input: &str) -> Result<Vec<u8>, CodeError> {
    let mut kept = Vec::new();
    for c in input.chars().take(MAX_INPUT_CHARS + 1) {
        // Phones and word processors turn '-' into other dashes.
        if c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}') {
            continue;
        }
        kept.push(c);
    }
    if input.chars().nth(MAX_INPUT_CHARS).is_some() {
        return Err(CodeError::TooLong { digits: kept.len(), expected: total_digits() });
    }
    let rest = match kept.as_slice() {
        [k, c, rest @ ..] if k.eq_ignore_ascii_case(&'K') && c.eq_ignore_ascii_case(&'C') => rest,
        all => all,
    };
    rest.iter()
        .map(|c| c.to_digit(10).filter(|_| c.is_ascii_digit()).map(|d| d as u8).ok_or(CodeError::NotDigits(*c)))
        .collect()
}

fn answer_value(answers: &Answers, q: Q) -> u64 {
    let question = q.question();
    let Some(answer) = answers.get(q) else { return 0 };
    match question.kind {
        Kind::Single => answer
            .values()
            .first()
            .and_then(|v| question.values.iter().position(|k| k == v))
            .map_or(0, |i| i as u64 + 1),
        Kind::Multi => mask(question.values.iter().map(|v| answer.has(v))),
    }
}

fn read_answer(answers: &mut Answers, q: Q, value: u64) -> Result<(), CodeError> {
    if value == 0 {
        return Ok(());
    }
    let question = q.question();
    let picked: Vec<&str> = match question.kind {
        Kind::Single => {
            vec![*question.values.get(value as usize - 1).ok_or(CodeError::ImpossibleValue(q.as_str()))?]
        }
        Kind::Multi => {
            let width = question.values.len() as u32;
            question.values.iter().enumerate().filter(|(i, _)| bit(value, width, *i)).map(|(_, v)| *v).collect()
        }
    };
    answers.set(q, &picked).map_err(CodeError::ImpossibleAnswer)
}

fn first_day() -> Day {
    let (y, m, d) = FIRST_DAY;
    Day::from_ymd(y, m, d).expect("FIRST_DAY is a day")
}

fn last_day() -> Day {
    let (y, m, d) = LAST_DAY;
    Day::from_ymd(y, m, d).expect("LAST_DAY is a day")
}

fn day_value(day: Option<Day>) -> u64 {
    match day {
        Some(d) if (first_day()..=last_day()).contains(&d) => {
            (d.days_since_1970() - first_day().days_since_1970()) as u64 + 1
        }
        _ => 0,
    }
}

fn read_day(value: u64) -> Result<Option<Day>, CodeError> {
    if value == 0 {
        return Ok(None);
    }
    Day::from_days_since_1970(first_day().days_since_1970() + value as i64 - 1)
        .filter(|d| *d <= last_day())
        .map(Some)
        .ok_or(CodeError::ImpossibleDate)
}

/// Bits needed for `n` distinct values.
fn bits_for(n: u64) -> u32 {
    64 - n.saturating_sub(1).leading_zeros()
}

/// A value whose bits are `flags`, the first flag the highest bit.
fn mask(flags: impl Iterator<Item = bool>) -> u64 {
    flags.fold(0, |m, f| (m << 1) | u64::from(f))
}

/// Whether flag `i` (0 = first, highest bit) of a `width`-bit mask is set.
fn bit(value: u64, width: u32, i: usize) -> bool {
    value >> (width - 1 - i as u32) & 1 == 1
}

/// `(bits, digits)` of each chunk: full 13-bit chunks of four digits, then
/// the rest in the fewest digits that hold it.
fn chunk_sizes(total: u32) -> impl Iterator<Item = (u32, usize)> {
    let full = total / CHUNK_BITS;
    let rest = total % CHUNK_BITS;
    (0..full).map(|_| (CHUNK_BITS, CHUNK_DIGITS)).chain((rest > 0).then(|| (rest, digits_for(rest))))
}

/// The fewest decimal digits that hold every `bits`-bit value.
fn digits_for(bits: u32) -> usize {
    let max = (1u64 << bits) - 1;
    max.to_string().len()
}

/// A bit string, first bit first. A hand-written `Vec<bool>` rather than a
/// bit-vector crate: the code is about 160 bits, read and written once.
#[derive(Default)]
struct Bits(Vec<bool>);

impl Bits {
    fn push(&mut self, value: u64, width: u32) {
        self.0.extend((0..width).rev().map(|i| value >> i & 1 == 1));
    }

    /// `width` (≤ 64) bits from `at` as a number; missing bits read 0.
    fn read(&self, at: u32, width: u32) -> u64 {
        (at..at + width).fold(0, |v, i| (v << 1) | u64::from(self.0.get(i as usize).copied().unwrap_or(false)))
    }

    fn prefix(&self, n: u32) -> Bits {
        Bits(self.0[..n as usize].to_vec())
    }

    /// What the checksum covers: the version, then these bits packed
    /// first-bit-highest into bytes, the last byte padded with zeros.
    fn checked_bytes(&self) -> Vec<u8> {
        let mut out = vec![VERSION];
        out.extend(
            self.0.chunks(8).map(|byte| byte.iter().enumerate().fold(0u8, |b, (i, on)| b | (u8::from(*on) << (7 - i)))),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess;

    fn some_answers() -> Answers {
        let mut a = Answers::new();
        a.set(Q::Who, &["self"]).unwrap();
        a.set(Q::UrgentNow, &["none"]).unwrap();
        a.set(Q::Frequency, &["daily_4_plus"]).unwrap();
        a.set(Q::OtherSubstances, &["alcohol", "not_sure"]).unwrap();
        a.set(Q::SedativeFrequency, &["not_sure"]).unwrap();
        a.set(Q::Signs, &["cravings", "tolerance", "withdrawal"]).unwrap();
        a.set(Q::Considering, &["not_sure"]).unwrap();
        a
    }

    #[test]
    fn the_layout_fits_a_small_qr_code() {
        // "KC1" then 50 digits in QR numeric mode fit version 2 at error
        // correction M (guide/tests/handoff.rs checks it with the QR encoder).
        assert_eq!(total_bits(), 160);
        assert_eq!(total_digits(), 50);
        let code = encode(&Answers::new(), &assess(&Answers::new()), None);
        assert_eq!(code.len(), 3 + 50);
        assert!(code.starts_with("KC1"));
    }

    #[test]
    fn answers_result_and_day_come_back() {
        let a = some_answers();
        let result = assess(&a);
        let day = Day::from_ymd(2026, 12, 3);
        let code = encode(&a, &result, day);
        let back = decode(&code).unwrap();
        assert_eq!(back.answers, a);
        assert_eq!(back.level, result.care_level);
        assert_eq!(back.confidence, result.confidence);
        assert_eq!(back.reasons, reason_ids(&result));
        assert!(!back.reasons.is_empty());
        assert_eq!(back.day, day);
        assert!(back.mismatches(&result).is_empty());
    }

    #[test]
    fn typed_codes_may_have_spaces_dashes_and_lower_case() {
        let a = some_answers();
        let code = encode(&a, &assess(&a), Day::from_ymd(2030, 2, 28));
        let typed = grouped(&code).to_lowercase().replacen(' ', "-", 3).replacen(' ', "\n ", 1);
        assert_eq!(decode(&typed).unwrap().answers, a);
        assert_eq!(decode(&code[2..]).unwrap().answers, a, "KC may be left out");
    }

    #[test]
    fn days_outside_the_range_are_unknown() {
        let a = Answers::new();
        for day in [Day::from_ymd(2025, 12, 31), Day::from_ymd(2100, 1, 1)] {
            assert_eq!(decode(&encode(&a, &assess(&a), day)).unwrap().day, None);
        }
        for day in [Day::from_ymd(2026, 1, 1), Day::from_ymd(2099, 12, 31)] {
            assert_eq!(decode(&encode(&a, &assess(&a), day)).unwrap().day, day);
        }
    }

    #[test]
    fn refusals_say_why() {
        let a = some_answers();
        let code = encode(&a, &assess(&a), Day::from_ymd(2026, 12, 3));
        assert_eq!(decode(" - "), Err(CodeError::Empty));
        assert_eq!(decode("KC"), Err(CodeError::Empty));
        assert_eq!(decode("KC1 12a4"), Err(CodeError::NotDigits('a')));
        assert_eq!(decode(&code.replacen("KC1", "KC2", 1)), Err(CodeError::UnknownVersion(2)));
        assert_eq!(decode("KC9"), Err(CodeError::UnknownVersion(9)));
        assert_eq!(decode(&code[..code.len() - 1]), Err(CodeError::Truncated { digits: 49, expected: 50 }));
        assert_eq!(decode(&format!("{code}0")), Err(CodeError::TooLong { digits: 51, expected: 50 }));
        let last = code.chars().last().unwrap();
        let wrong = format!("{}{}", &code[..code.len() - 1], if last == '0' { '1' } else { '0' });
        assert_eq!(decode(&wrong), Err(CodeError::BadChecksum));
        for e in [CodeError::UnknownVersion(2), CodeError::BadChecksum, CodeError::ImpossibleDate] {
            assert!(e.to_string().ends_with('.'), "{e}");
        }
        assert!(CodeError::UnknownVersion(2).to_string().contains("version 2"));
    }
}
