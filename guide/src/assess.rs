//! Answers → assessment (spec §3–§7), by running the rule rows of `rules`.

use crate::answers::Answers;
use crate::model::{Assessment, Caution, Level, NoteId, Severity, TaperKind};
use crate::questions::{NONE, Q};
use crate::rules::cautions::CAUTIONS;
use crate::rules::contradictions::CONTRADICTIONS;
use crate::rules::notes::Decided;
use crate::rules::notes::NOTES;
use crate::rules::prereqs::PREREQS;
use crate::rules::{gates, reasons};

/// The whole assessment. Total: every answer set, including the empty one,
/// gets a result; output order depends only on the tables, never on input order.
pub fn assess(a: &Answers) -> Assessment {
    assess_with_notes(a).0
}

/// Each note that holds with the questions behind it, in output order
/// (the JSON lists note ids only; the clinician summary may say why).
pub fn note_reasons(a: &Answers) -> Vec<(NoteId, Vec<Q>)> {
    assess_with_notes(a).1
}

/// The red flags answered (spec §4: any `urgent_now` answer but `none`):
/// the level is `urgent` exactly when this is not empty. The widget asks
/// here too, to show the urgent page, so the rule is stated once.
pub fn urgent_flags(a: &Answers) -> Vec<&'static str> {
    a.get(Q::UrgentNow).map(|ans| ans.values().iter().copied().filter(|v| *v != NONE).collect()).unwrap_or_default()
}

fn assess_with_notes(a: &Answers) -> (Assessment, Vec<(NoteId, Vec<Q>)>) {
    let urgent_flags = urgent_flags(a);

    let severity = Severity {
        signs: gates::signs_count(a),
        band: gates::band(a),
        unsure: a.answered().filter(|(_, ans)| ans.is_unsure()).count(),
    };
    let evaluated = reasons::evaluate(a);
    let reasons = evaluated.reasons;

    // Urgency is not a reason row: it overrides everything, yet the other
    // reasons are still worked out for the person who goes on afterwards.
    let care_level = if urgent_flags.is_empty() {
        reasons.iter().map(|r| r.level).max().unwrap_or(Level::Monitor)
    } else {
        Level::Urgent
    };

    // Spec §4 "taper kinds": a schedule to come down on only when the body
    // relies on kratom; otherwise check-ins without dose-reduction steps.
    let taper_kind = (care_level == Level::Taper).then(|| {
        if gates::dependence(a).is_empty() {
            TaperKind::OutpatientSupport
        } else {
            TaperKind::PlannedTaper
        }
    });

    // The prerequisites belong to a planned taper: what to put in place
    // before the dose comes down. Any other level or kind lists none.
    let taper_prerequisites_unmet = if taper_kind == Some(TaperKind::PlannedTaper) {
        PREREQS.iter().filter(|p| !p.is_met(a)).map(|p| p.id).collect()
    } else {
        Vec::new()
    };

    let cautions = CAUTIONS.iter().filter_map(|r| (r.fires)(a).map(|because| Caution { id: r.id, because })).collect();
    let decided =
        Decided { answers: a, care_level, band: severity.band, reasons: &reasons, gate_open: evaluated.gate.is_some() };
    let note_reasons: Vec<(NoteId, Vec<Q>)> =
        NOTES.iter().filter_map(|r| (r.fires)(&decided).map(|because| (r.id, because))).collect();
    let notes = note_reasons.iter().map(|(id, _)| *id).collect();
    let contradictions = CONTRADICTIONS.iter().filter(|r| (r.fires)(a).is_some()).map(|r| r.id).collect();
    // A question not asked is not unanswered (spec §7).
    let unanswered = Q::ALL.into_iter().filter(|q| a.is_asked(*q) && a.get(*q).is_none()).collect();

    let assessment = Assessment {
        care_level,
        taper_kind,
        urgent_flags,
        severity,
        confidence: gates::confidence(a),
        reasons,
        taper_prerequisites_unmet,
        cautions,
        notes,
        contradictions,
        unanswered,
    };
    (assessment, note_reasons)
}
