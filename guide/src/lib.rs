//! kratom-check's care-guide engine: the questions, the rules that turn
//! answers into a care level, the plan, and every user-facing text.
//!
//! Pure Rust by design: no yew, web-sys or wasm-bindgen, so the clinical
//! logic is tested natively in milliseconds and reused by the widget and by
//! the `assess` command alike.
//!
//! Entry points: [`Answers::set`] to record an answer, [`assess()`] for the
//! care level and everything behind it, [`plan::Plan::build`] for the
//! pre-filled six-step plan, [`summary::summary`] for the clinician summary,
//! [`rules::markdown`] for the clinicians' table,
//! and (feature `json`, native only) the `json` module for the command's contract.

pub mod answers;
pub mod assess;
pub mod day;
#[cfg(feature = "fhir")]
pub mod fhir;
pub mod handoff;
#[cfg(feature = "json")]
pub mod json;
pub mod lang;
pub mod model;
pub mod plan;
pub mod questions;
pub mod resources;
pub mod rules;
mod sort;
pub mod summary;
pub mod text;
pub mod typed_plan;
pub mod wording;

pub use answers::{Answer, AnswerError, Answers};
pub use assess::{assess, note_reasons};
pub use day::Day;
pub use lang::{Lang, Voice};
pub use model::*;
pub use plan::Plan;
pub use questions::{Kind, Question, Section, Q, QUESTIONS};
pub use text::Texts;
