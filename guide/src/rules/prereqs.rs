//! Taper prerequisites of spec §4: what to put in place before a taper.
//! The same three answers, all in place, are the seed's taper conditions
//! (`gates::taper_conditions_hold`).

use crate::answers::Answers;
use crate::model::Prereq;
use crate::questions::Q;

#[derive(Debug)]
pub struct PrereqRow {
    pub id: Prereq,
    pub reads: Q,
    #[cfg(feature = "rule-docs")]
    pub when: &'static str,
    #[cfg(feature = "rule-docs")]
    pub basis: &'static str,
    /// Met only by the one good answer: unsure or unanswered is not yet in place.
    pub met_by: &'static str,
}

impl PrereqRow {
    pub fn is_met(&self, a: &Answers) -> bool {
        a.has(self.reads, self.met_by)
    }
}

pub static PREREQS: [PrereqRow; 3] = [
    PrereqRow {
        id: Prereq::MeasureDoses,
        reads: Q::MeasuresDoses,
        #[cfg(feature = "rule-docs")]
        when: "`measures_doses` ≠ `yes`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: can measure and reduce doses reliably; use a consistent product",
        met_by: "yes",
    },
    PrereqRow {
        id: Prereq::Support,
        reads: Q::Support,
        #[cfg(feature = "rule-docs")]
        when: "`support` ≠ `strong`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: strong support",
        met_by: "strong",
    },
    PrereqRow {
        id: Prereq::Triggers,
        reads: Q::TriggerAccess,
        #[cfg(feature = "rule-docs")]
        when: "`trigger_access` ≠ `low`",
        #[cfg(feature = "rule-docs")]
        basis: "Seed, *Taper vs detox vs rehab*: low access to triggers",
        met_by: "low",
    },
];
