//! Answers → assessment (spec §3–§7), by running the rule rows of `rules`.

use crate::answers::Answers;
use crate::model::{Assessment, Band, Caution, Level, NoteId, Reason, Severity};
use crate::questions::{NONE, Q};
use crate::rules::{self, CAUTIONS, NOTES, PREREQS, REASONS};

/// The whole assessment. Total: every answer set, including the empty one,
/// gets a result; output order depends only on the tables, never on input order.
pub fn assess(a: &Answers) -> Assessment {
    let urgent_flags: Vec<&'static str> = a
        .get(Q::UrgentNow)
        .map(|ans| ans.values().iter().copied().filter(|v| *v != NONE).collect())
        .unwrap_or_default();

    let signs = rules::signs_count(a);
    let severity = Severity {
        signs,
        band: Band::from_signs(signs),
        unsure: a.answered().filter(|(_, ans)| ans.is_unsure()).count(),
    };

    let mut reasons: Vec<Reason> = REASONS
        .iter()
        .filter_map(|r| (r.fires)(a).map(|because| Reason { id: r.id, level: r.id.level(), because }))
        .collect();
    // Spec §4: residential reasons count only behind this gate. A closed
    // gate drops them entirely (they did not "trigger"); an open one adds
    // nothing to their `because`, which names only what the person said
    // about home, time away, mood or substances.
    let gate_open = signs >= 2 || reasons.iter().any(|r| r.level == Level::Detox);
    if !gate_open {
        reasons.retain(|r| r.level != Level::Residential);
    }

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
    // at the wrong plan; the spec's own example (detox, many signs, empty
    // list) reads the same way.
    let taper_prerequisites_unmet = if care_level == Level::Taper {
        PREREQS.iter().filter(|p| !a.has(p.reads, p.met_by)).map(|p| p.id).collect()
    } else {
        Vec::new()
    };

    let cautions = CAUTIONS.iter().filter_map(|r| (r.fires)(a).map(|because| Caution { id: r.id, because })).collect();
    let notes: Vec<NoteId> = NOTES.iter().filter(|r| (r.fires)(a).is_some()).map(|r| r.id).collect();
    let unanswered = Q::ALL.into_iter().filter(|q| a.get(*q).is_none()).collect();

    Assessment { care_level, urgent_flags, severity, reasons, taper_prerequisites_unmet, cautions, notes, unanswered }
}
