//! The note the page shows and "Copy as note" copies: the clinician summary
//! of a code, in plain text.

use guide::handoff::Mismatch;
use guide::summary::{self, Clinic, Inputs};
use guide::typed_plan::PlanDraft;
use guide::{Confidence, Lang, ReasonId};

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

/// The whole note, in plain text: what the page read (the code, the day,
/// who answered, whether the stored result matches), then the clinician
/// summary the person's download holds (`guide::summary`), built from the
/// code's answers with nothing typed (a code never holds typed words) and
/// no clinic set.
pub fn text(r: &Reading) -> String {
    let w = &EN;
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };
    line(&format!("{}: {}", w.note_title, r.grouped()));
    line(&format!("{}: {}", w.day_label, day(r)));
    line(&format!("{}: {}", w.answered_by_label, answered_by(w, r)));
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
    let (plan, clinic) = (PlanDraft::default(), Clinic::default());
    let answers = &r.handoff.answers;
    let day = day(r);
    out + &summary::summary_text(&Inputs {
        answers,
        lang: Lang::En,
        voice: r.voice(),
        plan: &plan,
        clinic: &clinic,
        date: &day,
    })
}

/// The day of the check as the note prints it.
pub fn day(r: &Reading) -> String {
    r.handoff.day.map_or(EN.day_unknown.to_string(), |d| d.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use guide::{assess, handoff, Answers, Day, Level, Q};

    fn answers() -> Answers {
        let mut a = Answers::new();
        a.set(Q::Who, &["loved_one"]).unwrap();
        a.set(Q::UrgentNow, &["none"]).unwrap();
        a.set(Q::Frequency, &["daily_2_3"]).unwrap();
        a
    }

    /// After its own lines, the note is the person's download for the same
    /// answers (nothing typed, no clinic), word for word.
    #[test]
    fn the_note_is_the_persons_summary_after_what_was_read() {
        let a = answers();
        let r = crate::reading::read(&handoff::encode(&a, &assess(&a), Day::from_ymd(2026, 12, 3))).unwrap();
        let note = text(&r);
        let download = summary::command_text(&a, None, "2026-12-03").unwrap();
        let (head, tail) = note.split_once("\n\n").unwrap();
        assert_eq!(tail, download);
        assert!(head.starts_with("Read from a kratom-check hand-off code: KC1 "), "{head}");
        assert!(head.contains("Answered by: a family member or friend"), "{head}");
        assert!(head.contains(EN.matches), "{head}");
    }

    #[test]
    fn a_mismatch_is_in_the_note_with_what_the_code_held() {
        let a = answers();
        let mut stored = assess(&a);
        stored.care_level = Level::Residential;
        let r = crate::reading::read(&handoff::encode(&a, &stored, None)).unwrap();
        assert_ne!(r.rerun.care_level, Level::Residential);
        let note = text(&r);
        assert!(note.contains(EN.mismatch_title), "{note}");
        assert!(note.contains("- level: Residential"), "{note}");
        assert!(note.contains("(residential)"), "{note}");
        assert!(note.contains("Day of the check: not given"), "{note}");
    }
}
