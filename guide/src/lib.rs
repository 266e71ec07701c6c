//! kratom-check's care-guide engine: the questions, the rules that turn
//! answers into a care level, the plan, and every user-facing text.
//!
//! Pure Rust by design: no yew, web-sys or wasm-bindgen, so the clinical
//! logic is tested natively in milliseconds and reused by the widget and by
//! the `assess` command alike.
//!
//! Entry points: [`Answers::set`] to record an answer, [`assess()`] for the
//! care level and everything behind it, [`plan::Plan::build`] for the
//! pre-filled six-step plan, [`rules::markdown`] for the clinicians' table,
//! and (feature `json`, native only) the `json` module for the command's contract.

pub mod answers;
pub mod assess;
#[cfg(feature = "json")]
pub mod json;
pub mod lang;
pub mod model;
pub mod plan;
pub mod questions;
pub mod rules;
pub mod text;

pub use answers::{Answer, AnswerError, Answers};
pub use assess::assess;
pub use lang::{Lang, Voice};
pub use model::*;
pub use plan::Plan;
pub use questions::{Kind, Question, Section, Q, QUESTIONS};
pub use text::Texts;

/// A stable insertion sort for the engine's few-element lists (answer values,
/// question ids): the same order as `sort_by_key`, without linking the
/// general-purpose sort into the wasm.
pub(crate) fn small_sort_by_key<T, K: Ord>(v: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && key(&v[j - 1]) > key(&v[j]) {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod small_sort_tests {
    #[test]
    fn matches_the_std_stable_sort() {
        let cases: [&[(u8, u8)]; 5] = [
            &[],
            &[(1, 0)],
            &[(3, 0), (1, 1), (2, 2)],
            &[(2, 0), (1, 1), (2, 2), (1, 3), (0, 4)],
            &[(5, 0), (4, 1), (3, 2), (2, 3), (1, 4)],
        ];
        for case in cases {
            let mut ours = case.to_vec();
            let mut std = case.to_vec();
            super::small_sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            assert_eq!(ours, std);
        }
    }
}
