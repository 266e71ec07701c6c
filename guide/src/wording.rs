//! Engine texts as this embed and these answers read them (spec §8): the
//! crisis line and the emergency number filled in (`{reach} {crisis}`,
//! `{emergency}`), the US-only facts only where the helpline is SAMHSA's,
//! and the `cold_turkey_risk` caution with the parts its factors call for.
//! Pure: the widget's result and urgent pages and the clinician summary
//! share it.

use crate::answers::Answers;
use crate::lang::Voice;
use crate::model::{CautionId, NoteId};
use crate::resources::{us_facts, Lines};
use crate::text::{Texts, Titled};

/// A note as it reads for these answers and this embed: the engine's
/// wording for the answers, and the `naloxone` note without its US-only
/// fact outside the US default set (spec §8).
pub fn note<'t>(texts: &'t Texts, id: NoteId, answers: &Answers, lines: &Lines) -> &'t Titled {
    match id {
        NoteId::Naloxone if !us_facts(lines) => &texts.naloxone_outside_us,
        _ => texts.note_for(id, answers),
    }
}

/// The loved-one guide's self-care lines for this embed: the line about
/// SAMHSA's helpline only where the helpline is SAMHSA's (spec §8), else a
/// neutral helpline line.
pub fn self_care(texts: &Texts, lines: &Lines) -> &'static [&'static str] {
    let g = &texts.loved_one;
    if us_facts(lines) {
        g.self_care
    } else {
        g.self_care_outside_us
    }
}

/// An engine text that names the emergency number or the crisis line,
/// for these numbers: `{emergency}` the emergency number; `{crisis}` the
/// 988 Lifeline by name or, for any other line, "the crisis line";
/// `{reach}` "call or text" when the line takes texts (988, or a number
/// for texts given), else "call" (spec §8: every text naming the crisis
/// line follows the same rule as the links).
pub fn say(template: &str, lines: &Lines, texts: &Texts) -> String {
    let e = &texts.emergency;
    let (name, takes_texts) = if lines.crisis_is_988() {
        (e.crisis_name_988, true)
    } else {
        (e.crisis_name_other, lines.crisis_text.is_some())
    };
    let reach = if takes_texts { e.reach_call_or_text } else { e.reach_call };
    template.replace("{emergency}", &lines.emergency_number).replace("{crisis}", name).replace("{reach}", reach)
}

/// A caution's words for these answers: `cold_turkey_risk` adds what each
/// of its factors means (withdrawal, sedatives, health, pregnancy).
pub fn caution_body(texts: &Texts, id: CautionId, answers: &Answers, voice: Voice, lines: &Lines) -> String {
    let mut body = say(texts.caution(id).body.get(voice), lines, texts);
    if id == CautionId::ColdTurkeyRisk {
        for part in crate::rules::cautions::cold_turkey_parts(answers) {
            body.push(' ');
            body.push_str(&say(texts.cold_turkey_part(part).get(voice), lines, texts));
        }
    }
    body
}

#[cfg(all(test, feature = "tables"))]
mod tests {
    use super::*;
    use crate::resources::Extra;
    use crate::{Lang, Q};

    #[test]
    fn texts_that_name_the_crisis_line_follow_the_same_rule() {
        let t = "Please {reach} {crisis} now, or call {emergency}.";
        for lang in Lang::ALL {
            let e = &lang.texts().emergency;
            let us = say(t, &Lines::default(), lang.texts());
            assert!(us.contains(e.crisis_name_988) && us.contains(e.reach_call_or_text) && us.contains("911"), "{us}");
            let other = Lines { emergency_number: "000".into(), crisis_line: "131114".into(), ..Lines::default() };
            let said = say(t, &other, lang.texts());
            assert!(said.contains(e.crisis_name_other) && said.contains("000"), "{said}");
            assert!(!said.contains(e.reach_call_or_text) && !said.contains("988") && !said.contains("AYUDA"), "{said}");
            let texts_too = Lines { crisis_text: Some("0477131114".into()), ..other };
            assert!(say(t, &texts_too, lang.texts()).contains(e.reach_call_or_text));
            assert!(!said.contains('{'), "{said}");
        }
    }

    #[test]
    fn the_self_care_helpline_line_follows_the_helpline() {
        for lang in Lang::ALL {
            let g = &lang.texts().loved_one;
            assert_eq!(self_care(lang.texts(), &Lines::default()), g.self_care);
            for numbers in [
                Lines { emergency_number: "112".into(), ..Lines::default() },
                Lines { helpline: Extra::Number("0800 123".into()), ..Lines::default() },
                Lines { helpline: Extra::Refused, ..Lines::default() },
            ] {
                let care = self_care(lang.texts(), &numbers);
                assert_eq!(care, g.self_care_outside_us, "{numbers:?}");
                assert!(!care.iter().any(|l| l.contains("SAMHSA")), "{lang:?}");
            }
        }
    }

    #[test]
    fn cold_turkey_risk_says_why_for_each_factor() {
        let mut a = Answers::new();
        a.set(Q::Considering, &["cold_turkey"]).unwrap();
        a.set(Q::Frequency, &["daily_4_plus"]).unwrap();
        a.set(Q::Medical, &["liver"]).unwrap();
        let parts = crate::rules::cautions::cold_turkey_parts(&a);
        assert!(parts.len() >= 2, "{parts:?}");
        for lang in Lang::ALL {
            let texts = lang.texts();
            let body = caution_body(texts, CautionId::ColdTurkeyRisk, &a, Voice::Me, &Lines::default());
            assert!(body.starts_with(texts.caution(CautionId::ColdTurkeyRisk).body.me));
            for p in &parts {
                assert!(body.contains(texts.cold_turkey_part(*p).me), "{lang:?} {p:?}");
            }
            // Another caution is its body alone.
            let mix = caution_body(texts, CautionId::SedativeMix, &a, Voice::Them, &Lines::default());
            assert_eq!(mix, say(texts.caution(CautionId::SedativeMix).body.them, &Lines::default(), texts));
        }
    }
}
