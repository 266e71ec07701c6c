//! The note the page shows and "Copy as note" copies: the clinician summary
//! of a code, in plain text.

use guide::handoff::Mismatch;
use guide::{Confidence, Lang, ReasonId, Q};

use crate::reading::Reading;
use crate::words::{Words, EN};

/// The confidence in the page's words.
pub fn confidence_words(w: &Words, c: Confidence) -> &'static str {
    match c {
        Confidence::Ok => w.confidence_ok,
        Confidence::Low => w.confidence_low,
    }
}

/// Who answered, in the page's words.
pub fn answered_by(w: &Words, r: &Reading) -> &'static str {
    match r.voice() {
        guide::Voice::Me => w.answered_by_me,
        guide::Voice::Them => w.answered_by_them,
    }
}

/// What the code held where it differs from the re-run, e.g.
/// "level: Medically supported detox (detox)".
pub fn mismatch_lines(r: &Reading) -> Vec<String> {
    let (w, t) = (&EN, Lang::En.texts());
    r.mismatches
        .iter()
        .map(|m| match m {
            Mismatch::Level => {
                let l = r.handoff.level;
                format!("{}: {} ({})", w.mismatch_level, t.level(l).name, l.as_str())
            }
            Mismatch::Confidence => {
                let c = r.handoff.confidence;
                format!("{}: {} ({})", w.mismatch_confidence, confidence_words(w, c), c.as_str())
            }
            Mismatch::Reasons => {
                let ids: Vec<&str> = r.handoff.reasons.iter().map(|id| reason_id(*id)).collect();
                let ids = if ids.is_empty() { "none".to_string() } else { ids.join(", ") };
                format!("{}: {ids}", w.mismatch_reasons)
            }
        })
        .collect()
}

/// A reason's JSON id (spec §7).
pub fn reason_id(id: ReasonId) -> &'static str {
    id.as_str()
}

/// The whole note, in plain text.
pub fn text(r: &Reading) -> String {
    let (w, t) = (&EN, Lang::En.texts());
    let voice = r.voice();
    let x = &r.rerun;
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line("Kratom self-check: summary from a hand-off code");
    line(&format!("{}: {}", w.code_label, r.grouped()));
    line(&format!("{}: {}", w.day_label, r.handoff.day.map_or(w.day_unknown.to_string(), |d| d.to_string())));
    line(&format!("{}: {}", w.answered_by_label, answered_by(w, r)));
    line("");
    line(&format!("{}: {} ({})", w.level_label, t.result_name(x), x.care_level.as_str()));
    line(&format!("{}: {} ({})", w.confidence_label, confidence_words(w, x.confidence), x.confidence.as_str()));
    if r.mismatches.is_empty() {
        line(w.matches);
    } else {
        line(&format!("{}. {}", w.mismatch_title, w.mismatch_body));
        for m in mismatch_lines(r) {
            line(&format!("- {m}"));
        }
        line(w.mismatch_advice);
    }
    line("");
    line("Reasons");
    if x.reasons.is_empty() {
        line(w.no_reasons);
    }
    for reason in &x.reasons {
        line(&format!("- {} ({}, {})", t.reason(reason.id).get(voice), reason.id.as_str(), reason.level.as_str()));
    }
    line("");
    line("Answers");
    for q in Q::ALL {
        let Some(a) = r.handoff.answers.get(q) else { continue };
        let labels: Vec<&str> = a.values().iter().map(|v| t.option(q, v).map_or(*v, |o| o.label.get(voice))).collect();
        line(&format!(
            "- {}: {} ({} = {})",
            t.question(q).legend.get(voice),
            labels.join("; "),
            q.as_str(),
            a.values().join(", ")
        ));
    }
    line("");
    line(w.not_a_diagnosis);
    out
}
