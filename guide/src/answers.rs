//! A validated set of answers: only ids and values from the question table,
//! interned as `&'static str` so the engine and widget never hold free text.

use crate::questions::{Kind, NOT_SURE, Q};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Single(&'static str),
    /// Values in the question's table order, no duplicates, never empty.
    Multi(Vec<&'static str>),
}

impl Answer {
    pub fn values(&self) -> &[&'static str] {
        match self {
            Answer::Single(v) => std::slice::from_ref(v),
            Answer::Multi(vs) => vs,
        }
    }
    pub fn has(&self, value: &str) -> bool {
        self.values().contains(&value)
    }
    pub fn is_unsure(&self) -> bool {
        self.has(NOT_SURE)
    }
}

/// Why an answer was refused. `Display` names the field and the problem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownValue { question: Q, value: String },
    WrongKind { question: Q, expected: Kind },
    Empty(Q),
    Duplicate { question: Q, value: &'static str },
    ExclusiveMixed { question: Q, value: &'static str },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::UnknownQuestion(id) => write!(f, "{}: unknown question id", excerpt(id)),
            AnswerError::UnknownValue { question, value } => {
                write!(f, "{}: unknown value {}", question.as_str(), excerpt(value))
            }
            AnswerError::WrongKind { question, expected: Kind::Single } => {
                write!(f, "{}: expected a string", question.as_str())
            }
            AnswerError::WrongKind { question, expected: Kind::Multi } => {
                write!(f, "{}: expected an array of strings", question.as_str())
            }
            AnswerError::Empty(q) => write!(f, "{}: empty array; leave the question out instead", q.as_str()),
            AnswerError::Duplicate { question, value } => {
                write!(f, "{}: value {value:?} is listed twice", question.as_str())
            }
            AnswerError::ExclusiveMixed { question, value } => {
                write!(f, "{}: {value:?} cannot be combined with other values", question.as_str())
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// Longest excerpt of a key or value an error line quotes, in characters
/// between the quotes: enough to recognise it, never a wall of input.
pub const EXCERPT_CHARS: usize = 40;

/// `s` quoted and escaped like `{:?}`, cut to `EXCERPT_CHARS` with "…".
/// Errors echo what the person sent; an excerpt keeps the line short and
/// free of control characters whatever they sent.
pub fn excerpt(s: &str) -> String {
    let escaped: Vec<String> = s.chars().map(|c| c.escape_debug().collect()).collect();
    let total: usize = escaped.iter().map(|e| e.chars().count()).sum();
    // Room for the "…" only when something is cut.
    let room = if total > EXCERPT_CHARS { EXCERPT_CHARS - 1 } else { EXCERPT_CHARS };
    let mut out = String::from("\"");
    let mut used = 0;
    for e in &escaped {
        let n = e.chars().count();
        if used + n > room {
            out.push('…');
            break;
        }
        out.push_str(e);
        used += n;
    }
    out.push('"');
    out
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answers {
    by_question: [Option<Answer>; 21],
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn get(&self, q: Q) -> Option<&Answer> {
        self.by_question[q.index()].as_ref()
    }

    /// Validates `values` against the table and stores them; an empty slice
    /// for a multi question is an error (skip it with `clear` instead).
    pub fn set(&mut self, q: Q, values: &[&str]) -> Result<(), AnswerError> {
        let answer = validate(q, values)?;
        self.by_question[q.index()] = Some(answer);
        Ok(())
    }

    pub fn clear(&mut self, q: Q) {
        self.by_question[q.index()] = None;
    }

    /// Single answer value, if answered.
    pub fn single(&self, q: Q) -> Option<&'static str> {
        match self.get(q) {
            Some(Answer::Single(v)) => Some(v),
            _ => None,
        }
    }

    /// Whether question `q`'s answer includes `value`.
    pub fn has(&self, q: Q, value: &str) -> bool {
        debug_assert!(q.question().allows(value), "{}: rule names unknown value {value}", q.as_str());
        self.get(q).is_some_and(|a| a.has(value))
    }

    pub fn has_any(&self, q: Q, values: &[&str]) -> bool {
        values.iter().any(|v| self.has(q, v))
    }

    pub fn answered(&self) -> impl Iterator<Item = (Q, &Answer)> {
        Q::ALL.into_iter().filter_map(|q| self.get(q).map(|a| (q, a)))
    }
}

fn validate(q: Q, values: &[&str]) -> Result<Answer, AnswerError> {
    let question = q.question();
    let intern = |v: &str| {
        question
            .values
            .iter()
            .copied()
            .find(|known| *known == v)
            .ok_or_else(|| AnswerError::UnknownValue { question: q, value: v.to_string() })
    };
    match question.kind {
        Kind::Single => match values {
            [v] => Ok(Answer::Single(intern(v)?)),
            _ => Err(AnswerError::WrongKind { question: q, expected: Kind::Single }),
        },
        Kind::Multi => {
            if values.is_empty() {
                return Err(AnswerError::Empty(q));
            }
            let mut picked: Vec<&'static str> = Vec::with_capacity(values.len());
            for v in values {
                let v = intern(v)?;
                if picked.contains(&v) {
                    return Err(AnswerError::Duplicate { question: q, value: v });
                }
                picked.push(v);
            }
            if picked.len() > 1 {
                if let Some(v) = picked.iter().find(|v| question.is_exclusive(v)) {
                    return Err(AnswerError::ExclusiveMixed { question: q, value: v });
                }
            }
            crate::sort::small_sort_by_key(&mut picked, |v| question.values.iter().position(|k| k == v));
            Ok(Answer::Multi(picked))
        }
    }
}
