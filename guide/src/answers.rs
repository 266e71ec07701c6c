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
    UnknownValue {
        question: Q,
        value: String,
    },
    WrongKind {
        question: Q,
        expected: Kind,
    },
    Empty(Q),
    Duplicate {
        question: Q,
        value: &'static str,
    },
    ExclusiveMixed {
        question: Q,
        value: &'static str,
    },
    /// An answer to a conditional question whose condition does not hold
    /// (spec §2, §7: `sedative_frequency` without an asked sedative).
    NotAsked(Q),
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
            AnswerError::NotAsked(q) => match q.question().asked_when.as_ref() {
                Some(w) => write!(
                    f,
                    "{}: not asked unless {} has one of {}; leave it out",
                    q.as_str(),
                    w.q.as_str(),
                    w.any_of.join(", ")
                ),
                None => write!(f, "{}: not asked; leave it out", q.as_str()),
            },
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
    by_question: [Option<Answer>; Q::ALL.len()],
}

impl Answers {
    pub fn new() -> Self {
        Self::default()
    }

    /// The answer to `q`, if answered. Never an answer to a question that
    /// is not asked: `set` refuses one, and a change that stops asking a
    /// question drops its answer.
    pub fn get(&self, q: Q) -> Option<&Answer> {
        self.by_question[q.index()].as_ref()
    }

    /// Whether question `q` is asked, given the other answers (spec §2:
    /// `sedative_frequency` only after an asked sedative).
    pub fn is_asked(&self, q: Q) -> bool {
        q.question().asked_when.as_ref().is_none_or(|w| self.has_any(w.q, w.any_of))
    }

    /// Validates `values` against the table and stores them; an empty slice
    /// for a multi question is an error (skip it with `clear` instead), and
    /// so is an answer to a question not asked (spec §2). A change that
    /// stops a conditional question being asked drops its answer (the
    /// widget drops it, spec §2), so a later change cannot bring back an
    /// answer given under other circumstances.
    pub fn set(&mut self, q: Q, values: &[&str]) -> Result<(), AnswerError> {
        let answer = validate(q, values)?;
        self.insert(q, answer)
    }

    /// Stores an answer already validated, if `q` is asked.
    pub(crate) fn insert(&mut self, q: Q, answer: Answer) -> Result<(), AnswerError> {
        if !self.is_asked(q) {
            return Err(AnswerError::NotAsked(q));
        }
        self.by_question[q.index()] = Some(answer);
        self.drop_unasked_after(q);
        Ok(())
    }

    pub fn clear(&mut self, q: Q) {
        self.by_question[q.index()] = None;
        self.drop_unasked_after(q);
    }

    /// Drops answers to later questions that `q`'s answer no longer asks.
    fn drop_unasked_after(&mut self, q: Q) {
        for later in Q::ALL.into_iter().skip(q.index() + 1) {
            if later.question().asked_when.as_ref().is_some_and(|w| w.q == q) && !self.is_asked(later) {
                self.by_question[later.index()] = None;
            }
        }
    }

    /// Whose answers these are, from `who`: a loved one's (`loved_one`)
    /// are written about in the loved-one voice; any other, or none yet,
    /// in the person's own.
    pub fn voice(&self) -> crate::lang::Voice {
        match self.single(Q::Who) {
            Some("loved_one") => crate::lang::Voice::Them,
            _ => crate::lang::Voice::Me,
        }
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

/// Checks `values` against question `q`'s table entry (not whether it is asked).
pub(crate) fn validate(q: Q, values: &[&str]) -> Result<Answer, AnswerError> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The widget drops `sedative_frequency` when a change to
    /// `other_substances` removes its condition (spec §2); the engine does
    /// it for every caller, so no stale answer can come back later.
    #[test]
    fn a_change_that_stops_asking_drops_the_follow_up() {
        let mut a = Answers::new();
        a.set(Q::OtherSubstances, &["alcohol", "stimulants"]).unwrap();
        a.set(Q::SedativeFrequency, &["daily"]).unwrap();
        assert_eq!(a.single(Q::SedativeFrequency), Some("daily"));
        a.set(Q::OtherSubstances, &["benzodiazepines"]).unwrap();
        assert_eq!(a.single(Q::SedativeFrequency), Some("daily"), "still asked: kept");
        a.set(Q::OtherSubstances, &["stimulants"]).unwrap();
        assert_eq!(a.single(Q::SedativeFrequency), None);
        a.set(Q::OtherSubstances, &["alcohol"]).unwrap();
        assert_eq!(a.single(Q::SedativeFrequency), None, "a dropped answer never comes back");
        a.set(Q::SedativeFrequency, &["weekly"]).unwrap();
        a.clear(Q::OtherSubstances);
        assert!(a.get(Q::SedativeFrequency).is_none());
        assert_eq!(a.answered().count(), 0);
    }

    /// An answer to a question not asked is refused, and nothing is stored.
    #[test]
    fn an_unasked_question_cannot_be_answered() {
        let mut a = Answers::new();
        assert_eq!(a.set(Q::SedativeFrequency, &["daily"]), Err(AnswerError::NotAsked(Q::SedativeFrequency)));
        a.set(Q::OtherSubstances, &["opioids"]).unwrap();
        assert_eq!(a.set(Q::SedativeFrequency, &["daily"]), Err(AnswerError::NotAsked(Q::SedativeFrequency)));
        assert_eq!(a.answered().count(), 1);
        a.set(Q::OtherSubstances, &["sleep_aids_sedatives"]).unwrap();
        a.set(Q::SedativeFrequency, &["daily"]).unwrap();
        assert_eq!(a.single(Q::SedativeFrequency), Some("daily"));
    }
}
