//! The JSON contract of spec §7 (feature `json`, native only: the widget
//! never parses JSON, which keeps serde_json out of the wasm).
//!
//! Input is parsed strictly: serde_json on its own would take the last of
//! two equal keys and turn `null` into "skipped", both silent defaults the
//! spec forbids, so the object is read as a list of pairs and checked here.

use std::fmt;

use serde::de::{Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::Value;

use crate::answers::{validate, Answer, AnswerError, Answers};
use crate::model::Assessment;
use crate::questions::{Kind, Q};

/// Why an input was refused. `Display` is one line that starts with the
/// field (`input` when the problem is the document as a whole).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    TooLarge,
    Bom,
    NotUtf8 { valid_up_to: usize },
    Empty,
    NotJson(String),
    NotObject,
    DuplicateKey(Q),
    Null(Q),
    Answer(AnswerError),
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            InputError::TooLarge => {
                write!(f, "input: larger than {MAX_INPUT} bytes (1 MiB); a set of answers is far smaller")
            }
            InputError::Bom => {
                write!(f, "input: the input starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without a BOM")
            }
            InputError::NotUtf8 { valid_up_to } => {
                write!(f, "input: not UTF-8 (invalid byte at offset {valid_up_to})")
            }
            InputError::Empty => write!(f, "input: empty; expected one JSON object"),
            InputError::NotJson(msg) => write!(f, "input: not valid JSON: {}", one_line(msg)),
            InputError::NotObject => {
                write!(f, "input: expected one JSON object mapping question ids to answers")
            }
            InputError::DuplicateKey(q) => write!(f, "{}: question given twice", q.as_str()),
            InputError::Null(q) => write!(f, "{}: null is not an answer; leave the question out instead", q.as_str()),
            InputError::Answer(e) => write!(f, "{}", one_line(&e.to_string())),
        }
    }
}

impl std::error::Error for InputError {}

impl From<AnswerError> for InputError {
    fn from(e: AnswerError) -> Self {
        InputError::Answer(e)
    }
}

/// The contract promises one line; serde_json's messages are, but make sure.
fn one_line(s: &str) -> String {
    s.chars().map(|c| if c.is_control() { ' ' } else { c }).collect()
}

/// The object's members in input order, duplicates kept so we can refuse them.
struct Pairs(Vec<(String, Value)>);

impl<'de> Deserialize<'de> for Pairs {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Pairs;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("one JSON object")
            }
            fn visit_map<M: MapAccess<'de>>(self, mut map: M) -> Result<Pairs, M::Error> {
                let mut pairs = Vec::new();
                while let Some(pair) = map.next_entry::<String, Value>()? {
                    pairs.push(pair);
                }
                Ok(Pairs(pairs))
            }
        }
        d.deserialize_map(V)
    }
}

/// The largest input accepted: 1 MiB. Every answer at once is under 2 KB,
/// so anything bigger is a mistake, and refusing it bounds the memory a
/// reader needs (read at most `MAX_INPUT + 1` bytes, then call `parse`).
pub const MAX_INPUT: usize = 1 << 20;

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Parses one JSON object of answers (spec §2, §7). The first problem, in
/// input order, is the error.
pub fn parse(bytes: &[u8]) -> Result<Answers, InputError> {
    if bytes.len() > MAX_INPUT {
        return Err(InputError::TooLarge);
    }
    // Named apart from "not JSON": editors add it silently, so say what to fix.
    if bytes.starts_with(BOM) {
        return Err(InputError::Bom);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| InputError::NotUtf8 { valid_up_to: e.valid_up_to() })?;
    if text.trim().is_empty() {
        return Err(InputError::Empty);
    }
    let mut de = serde_json::Deserializer::from_str(text);
    let pairs = Pairs::deserialize(&mut de).map_err(|e| match e.classify() {
        // Our visitor accepts any member value, so a data error can only
        // mean the document is valid JSON but not an object.
        serde_json::error::Category::Data => InputError::NotObject,
        _ => InputError::NotJson(e.to_string()),
    })?;
    de.end().map_err(|e| InputError::NotJson(e.to_string()))?;

    // Pass 1, in input order: every problem with one member on its own.
    let mut given: Vec<(Q, Answer)> = Vec::with_capacity(pairs.0.len());
    let mut seen = [false; Q::ALL.len()];
    for (key, value) in pairs.0 {
        let q = Q::parse(&key).ok_or(AnswerError::UnknownQuestion(key))?;
        if std::mem::replace(&mut seen[q.index()], true) {
            return Err(InputError::DuplicateKey(q));
        }
        let expected = q.question().kind;
        let wrong = || InputError::Answer(AnswerError::WrongKind { question: q, expected });
        let answer = match (expected, value) {
            (_, Value::Null) => return Err(InputError::Null(q)),
            (Kind::Single, Value::String(s)) => validate(q, &[&s])?,
            (Kind::Multi, Value::Array(items)) => {
                let strs = items.iter().map(Value::as_str).collect::<Option<Vec<&str>>>().ok_or_else(wrong)?;
                validate(q, &strs)?
            }
            _ => return Err(wrong()),
        };
        given.push((q, answer));
    }
    // Pass 2, in table order: whether each question is asked depends on
    // earlier answers (spec §2), wherever they sat in the object.
    crate::sort::small_sort_by_key(&mut given, |(q, _)| *q);
    let mut answers = Answers::new();
    for (q, answer) in given {
        answers.insert(q, answer)?;
    }
    Ok(answers)
}

/// The answers as the JSON object `parse` reads (keys in table order).
pub fn answers_to_value(a: &Answers) -> Value {
    let mut map = serde_json::Map::new();
    for (q, ans) in a.answered() {
        let v = match q.question().kind {
            Kind::Single => Value::String(ans.values()[0].to_string()),
            Kind::Multi => Value::Array(ans.values().iter().map(|v| Value::String(v.to_string())).collect()),
        };
        map.insert(q.as_str().to_string(), v);
    }
    Value::Object(map)
}

/// The assessment as the pretty JSON the `assess` command prints.
pub fn to_string_pretty(a: &Assessment) -> String {
    // Serialising plain enums, strings and numbers into a String cannot fail.
    serde_json::to_string_pretty(a).unwrap_or_default()
}

/// Reads an assessment back (for round-trip checks and outside tools).
pub fn assessment_from_str(s: &str) -> Result<Assessment, serde_json::Error> {
    serde_json::from_str(s)
}
