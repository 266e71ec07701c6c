//! The rule rows of spec §4–§6 as data. Each row carries its id, the
//! questions it reads, the condition in clinician words, its basis, and the
//! predicate that decides it; reason rows also carry the rule that sets
//! their level. `assess` runs the rows and `docs::markdown()` prints the
//! same rows, so the engine and the clinicians' table cannot drift apart.
//!
//! - `gates`: the shared definitions (dependence, the taper conditions,
//!   sedatives, confidence) that several rows and the docs use.
//! - `reasons`: §4's reason table and the residential gate.
//! - `prereqs`, `cautions`, `notes`: §4's taper prerequisites, §5, §6.
//! - `contradictions`: §7's answers that do not fit together.
//! - `urgent`: §8's first-aid lines of the urgent page, per voice.

pub mod cautions;
pub mod contradictions;
#[cfg(feature = "rule-docs")]
pub mod docs;
pub mod gates;
pub mod notes;
pub mod prereqs;
pub mod reasons;
pub mod row;
pub mod urgent;

pub use cautions::CAUTIONS;
pub use contradictions::CONTRADICTIONS;
#[cfg(feature = "rule-docs")]
pub use docs::markdown;
pub use notes::NOTES;
pub use prereqs::PREREQS;
pub use reasons::REASONS;
pub use row::{Predicate, Rule};
