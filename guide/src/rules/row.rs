//! The shape of a caution or note row, and the helpers every row uses to
//! name the questions behind it.

use crate::answers::Answers;
use crate::questions::Q;

/// A predicate over the answers: the question ids whose answers made the
/// row hold (table order, no duplicates), or `None` when it does not.
pub type Predicate = fn(&Answers) -> Option<Vec<Q>>;

/// One caution or note row. `F` is its predicate's type: cautions look at
/// the answers (`Predicate`), notes also at the level already worked out
/// (`notes::NotePredicate`).
#[derive(Debug)]
pub struct Rule<Id: 'static, F: 'static> {
    pub id: Id,
    /// Every question the predicate may look at; `because` is always a subset.
    pub reads: &'static [Q],
    /// The condition, for clinicians (Markdown).
    #[cfg(feature = "rule-docs")]
    pub when: &'static str,
    /// Where the rule comes from: a section of the seed article or DSM-5.
    #[cfg(feature = "rule-docs")]
    pub basis: &'static str,
    pub fires: F,
}

/// Collects contributing questions and hands them back in table order.
#[derive(Default)]
pub(crate) struct Because(Vec<Q>);

impl Because {
    pub(crate) fn add(&mut self, cond: bool, q: Q) -> bool {
        if cond && !self.0.contains(&q) {
            self.0.push(q);
        }
        cond
    }
    pub(crate) fn extend(&mut self, qs: &[Q]) {
        for &q in qs {
            self.add(true, q);
        }
    }
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub(crate) fn into_sorted(mut self) -> Vec<Q> {
        crate::sort::small_sort_by_key(&mut self.0, |q| *q);
        self.0
    }
    pub(crate) fn done(self) -> Option<Vec<Q>> {
        let qs = self.into_sorted();
        (!qs.is_empty()).then_some(qs)
    }
}

pub(crate) fn only(cond: bool, q: Q) -> Option<Vec<Q>> {
    cond.then(|| vec![q])
}
