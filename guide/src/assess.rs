//! Answers → assessment (spec §3–§7), by running the rule rows of `rules`.

use crate::answers::Answers;
use crate::model::{Assessment, Caution, Level, NoteId, Severity};
use crate::questions::{NONE, Q};
use crate::rules::notes::Decided;
use crate::rules::cautions::CAUTIONS;
use crate::rules::notes::NOTES;
use crate::rules::prereqs::PREREQS;
use crate::rules::{gates, reasons};

/// The whole assessment. Total: every answer set, including the empty one,
/// gets a result; output order depends only on the tables, never on input order.
pub fn assess(a: &Answers) -> Assessment {
    let urgent_flags: Vec<&'static str> = a
        .get(Q::UrgentNow)
        .map(|ans| ans.values().iter().copied().filter(|v| *v != NONE).collect())
        .unwrap_or_default();

    let severity = Severity {
        signs: gates::signs_count(a),
        band: gates::band(a),
        unsure: a.answered().filter(|(_, ans)| ans.is_unsure()).count(),
    };
    let reasons = reasons::evaluate(a);

    // Urgency is not a reason row: it overrides everything, yet the other
    // reasons are still worked out for the person who goes on afterwards.
    let care_level = if urgent_flags.is_empty() {
        reasons.iter().map(|r| r.level).max().unwrap_or(Level::Monitor)
    } else {
        Level::Urgent
    };

    // Decision (spec §4 "With taper, list …"): the prerequisites belong to
    // a taper plan, so they are listed only when taper is the chosen level.
    // At detox or above, "measure your doses first" would point the person
    // at the wrong plan.
    let taper_prerequisites_unmet = if care_level == Level::Taper {
        PREREQS.iter().filter(|p| !p.is_met(a)).map(|p| p.id).collect()
    } else {
        Vec::new()
    };

    let cautions = CAUTIONS.iter().filter_map(|r| (r.fires)(a).map(|because| Caution { id: r.id, because })).collect();
    let decided = Decided { answers: a, care_level, band: severity.band, reasons: &reasons };
    let notes: Vec<NoteId> = NOTES.iter().filter(|r| (r.fires)(&decided).is_some()).map(|r| r.id).collect();
    let unanswered = Q::ALL.into_iter().filter(|q| a.get(*q).is_none()).collect();

    Assessment {
        care_level,
        urgent_flags,
        severity,
        confidence: gates::confidence(a),
        reasons,
        taper_prerequisites_unmet,
        cautions,
        notes,
        unanswered,
    }
}
