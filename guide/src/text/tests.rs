//! The tables line up with the engine's enums, every string exists in both
//! languages and both voices, and the words follow spec/voice.md.

use std::collections::HashSet;

use super::*;
use crate::plan::{KitItem, Phase, Therapy, TriggerKind};
use crate::questions::{Kind, Section, NOT_SURE, QUESTIONS};

/// Every language of the list (a new language's tables are walked too).
fn all() -> [&'static Texts; Lang::ALL.len()] {
    Lang::ALL.map(Lang::texts)
}

/// Every string in a table with its stable key (`keys::strings`, a serde
/// walk: a new field is walked the moment it exists).
pub(crate) fn walk(t: &Texts) -> Vec<(String, String)> {
    super::keys::strings(t)
}

fn words(s: &str) -> usize {
    s.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count()
}

fn has_word(text: &str, word: &str) -> bool {
    let lower = text.to_lowercase();
    lower.split(|c: char| !c.is_alphanumeric()).any(|w| w == word)
}

#[test]
fn lang_field_matches_the_table() {
    for lang in Lang::ALL {
        assert_eq!(lang.texts().lang, lang);
    }
}

#[test]
fn questions_line_up_with_the_question_table() {
    for t in all() {
        for (i, qt) in t.questions.iter().enumerate() {
            assert_eq!(qt.q, Q::ALL[i], "{:?}", t.lang);
            let values: Vec<_> = qt.options.iter().map(|o| o.value).collect();
            assert_eq!(values, QUESTIONS[i].values, "{:?} {}", t.lang, qt.q.as_str());
            assert!(std::ptr::eq(t.question(qt.q), qt));
        }
    }
}

#[test]
fn id_tables_are_in_enum_order() {
    for t in all() {
        assert_eq!(t.levels.iter().map(|l| l.level).collect::<Vec<_>>(), Level::ALL);
        assert_eq!(t.reasons.iter().map(|r| r.0).collect::<Vec<_>>(), ReasonId::ALL);
        assert_eq!(t.prereqs.iter().map(|r| r.0).collect::<Vec<_>>(), Prereq::ALL);
        assert_eq!(t.cautions.iter().map(|r| r.0).collect::<Vec<_>>(), CautionId::ALL);
        assert_eq!(t.notes.iter().map(|r| r.0).collect::<Vec<_>>(), NoteId::ALL);
        assert_eq!(t.phases.iter().map(|r| r.0).collect::<Vec<_>>(), Phase::ALL);
        assert_eq!(t.plan.kit.iter().map(|r| r.0).collect::<Vec<_>>(), KitItem::ALL);
        assert_eq!(t.plan.triggers.iter().map(|r| r.0).collect::<Vec<_>>(), TriggerKind::ALL);
        assert_eq!(t.plan.therapies.iter().map(|r| r.0).collect::<Vec<_>>(), Therapy::ALL);
        // The lookup helpers find the right row.
        for id in ReasonId::ALL {
            let row = t.reasons.iter().find(|r| r.0 == id).unwrap();
            assert_eq!(t.reason(id), &row.1);
        }
        for l in Level::ALL {
            assert_eq!(t.level(l).level, l);
        }
    }
}

#[test]
fn sections_match_the_numbered_sections() {
    for t in all() {
        assert_eq!(t.framing.sections.len(), Section::NUMBERED.len());
    }
}

#[test]
fn every_string_is_present_in_every_language() {
    let en = walk(Lang::En.texts());
    let en_keys: Vec<_> = en.iter().map(|(k, _)| k.clone()).collect();
    for lang in Lang::ALL {
        let keys: Vec<_> = walk(lang.texts()).into_iter().map(|(k, _)| k).collect();
        assert_eq!(en_keys, keys, "{lang:?} has the English shape");
    }
    let es = walk(Lang::Es.texts());
    for (k, v) in en.iter().chain(es.iter()) {
        assert!(!v.trim().is_empty(), "empty string at {k}");
        assert_eq!(v.trim(), v, "stray whitespace at {k}");
    }
    // Lists are non-trivial.
    for t in all() {
        for l in &t.levels {
            assert!((2..=4).contains(&l.in_practice.len()), "{:?} {}", t.lang, l.level.as_str());
        }
        assert!((4..=5).contains(&t.loved_one.script.len()));
        assert!(!t.loved_one.boundaries.is_empty());
        assert!(!t.loved_one.backfires.is_empty());
        assert!(!t.loved_one.self_care.is_empty());
    }
}

/// Strings allowed to read the same in English and Spanish: names, numbers
/// and abbreviations only.
const SAME_IN_BOTH: &[&str] = &["No", "Alcohol"];

#[test]
fn spanish_is_a_translation_not_a_copy() {
    let en = walk(Lang::En.texts());
    let es = walk(Lang::Es.texts());
    let mut copied = Vec::new();
    for ((k, a), (_, b)) in en.iter().zip(es.iter()) {
        let numeric = a.chars().all(|c| !c.is_alphabetic());
        if a == b && !numeric && !SAME_IN_BOTH.contains(&a.as_str()) {
            copied.push(format!("{k}: {a}"));
        }
    }
    assert!(copied.is_empty(), "untranslated:\n{}", copied.join("\n"));
}

#[test]
fn legends_and_hints_fit_the_size_limits() {
    let mut long = Vec::new();
    for t in all() {
        for q in &t.questions {
            for voice in [Voice::Me, Voice::Them] {
                let legend = q.legend.get(voice);
                let hint = q.hint.get(voice);
                if words(legend) > 20 {
                    long.push(format!("{:?} {} legend {voice:?} ({}): {legend}", t.lang, q.q.as_str(), words(legend)));
                }
                if words(hint) > 25 {
                    long.push(format!("{:?} {} hint {voice:?} ({}): {hint}", t.lang, q.q.as_str(), words(hint)));
                }
            }
        }
    }
    assert!(long.is_empty(), "too long:\n{}", long.join("\n"));
}

#[test]
fn reasons_are_one_sentence_starting_from_the_answer() {
    for t in all() {
        // Language-specific checks name their language's words; a new
        // language is checked by the rest until it adds its own here.
        let lead = match t.lang.code() {
            "en" => "You said",
            "es" => "Usted dijo",
            _ => continue,
        };
        for (id, r) in &t.reasons {
            for s in [r.me, r.them] {
                assert!(s.starts_with(lead), "{:?} {}: {s}", t.lang, id.as_str());
                assert!(s.ends_with('.'), "{:?} {}: {s}", t.lang, id.as_str());
                let inner = &s[..s.len() - 1];
                assert!(!inner.contains(". ") && !inner.contains('?') && !inner.contains('!'), "one sentence: {s}");
            }
        }
    }
}

#[test]
fn result_summaries_fit_in_sixty_words() {
    for t in all() {
        for l in &t.levels {
            for v in [l.summary.me, l.summary.them] {
                assert!(words(v) <= 60, "{:?} {}: {v}", t.lang, l.level.as_str());
            }
        }
    }
}

const BANNED_EN: &[&str] = &[
    "addict",
    "addicts",
    "abuser",
    "abusers",
    "clean",
    "dirty",
    "junkie",
    "junkies",
    "cure",
    "cured",
    "guaranteed",
    "guarantee",
];
const BANNED_ES: &[&str] = &[
    "adicto",
    "adicta",
    "adictos",
    "drogadicto",
    "drogadicta",
    "limpio",
    "limpia",
    "sucio",
    "sucia",
    "cura",
    "curar",
    "garantizado",
    "garantizada",
    "garantía",
];

#[test]
fn no_stigmatising_or_promising_words() {
    for (lang, banned) in [(Lang::En, BANNED_EN), (Lang::Es, BANNED_ES)] {
        for (k, v) in walk(lang.texts()) {
            for w in banned {
                assert!(!has_word(&v, w), "{lang:?} {k}: banned word {w:?} in {v:?}");
            }
        }
    }
}

#[test]
fn the_two_voices_are_written_separately() {
    for t in all() {
        for q in &t.questions {
            assert_ne!(q.legend.me, q.legend.them, "{:?} {} legend", t.lang, q.q.as_str());
            assert_ne!(q.hint.me, q.hint.them, "{:?} {} hint", t.lang, q.q.as_str());
        }
        for (id, r) in &t.reasons {
            assert_ne!(r.me, r.them, "{:?} reason {}", t.lang, id.as_str());
        }
        for l in &t.levels {
            assert_ne!(l.summary.me, l.summary.them, "{:?} level {}", t.lang, l.level.as_str());
        }
        for b in &t.bands {
            assert_ne!(b.me, b.them);
        }
        assert_ne!(t.framing.urgent_body.me, t.framing.urgent_body.them);
        assert_ne!(t.framing.not_sure_count.me, t.framing.not_sure_count.them);
        assert_ne!(t.plan.intro.me, t.plan.intro.them);
    }
}

#[test]
fn not_sure_reads_right_in_each_voice() {
    for t in all() {
        for (q, qt) in QUESTIONS.iter().zip(t.questions.iter()) {
            if q.offers_not_sure() {
                let o = t.option(q.id, NOT_SURE).unwrap();
                assert_ne!(o.label.me, o.label.them, "{:?} {}", t.lang, q.id.as_str());
            }
            // Multi-choice questions say "choose all that apply" somewhere.
            if q.kind == Kind::Multi {
                let cue = match t.lang.code() {
                    "en" => "all that apply",
                    "es" => "todas las que",
                    _ => continue,
                };
                for v in [Voice::Me, Voice::Them] {
                    let said = qt.legend.get(v).contains(cue) || qt.hint.get(v).contains(cue);
                    assert!(said, "{:?} {} {v:?} lacks {cue:?}", t.lang, q.id.as_str());
                }
            }
        }
    }
}

fn placeholders(s: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('{') {
        let Some(j) = rest[i..].find('}') else { break };
        out.push(&rest[i..i + j + 1]);
        rest = &rest[i + j + 1..];
    }
    out
}

/// The placeholders a text may hold, by where it sits: the widget fills
/// `{n}` with a number, `{emergency}` with the emergency number, and
/// `{reach} {crisis}` with how to reach the crisis line and its name
/// (spec §8: 988 by name, any other line neutrally); the summary fills
/// `{deciding}` and `{low_from}` with the engine's counts.
fn allowed_placeholders(key: &str) -> &'static [&'static str] {
    const N: &[&str] = &["{n}"];
    const CRISIS: &[&str] = &["{reach}", "{crisis}"];
    const URGENT: &[&str] = &["{emergency}", "{reach}", "{crisis}"];
    match key {
        k if k.starts_with("framing.not_sure_count.") || k.starts_with("framing.skipped_count.") => N,
        "emergency.emergency"
        | "emergency.crisis"
        | "emergency.crisis_text"
        | "emergency.crisis_other"
        | "emergency.crisis_text_other"
        | "emergency.samhsa"
        | "emergency.poison"
        | "emergency.helpline_other"
        | "emergency.poison_other" => N,
        k if k.starts_with("urgent_lines.") => URGENT,
        k if k.starts_with("notes.mental_health_care.body.") => CRISIS,
        // The summary fills the engine's counts (`gates::DECIDING`, `LOW_CONFIDENCE_FROM`).
        "summary.confidence_ok" => &["{deciding}"],
        "summary.confidence_low" => &["{low_from}", "{deciding}"],
        _ => &[],
    }
}

#[test]
fn placeholders_are_where_the_widget_expects_them() {
    for t in all() {
        for s in [t.emergency.emergency, t.emergency.crisis, t.emergency.crisis_text, t.emergency.crisis_other] {
            assert_eq!(placeholders(s), ["{n}"], "{s}");
        }
        for p in [&t.framing.not_sure_count, &t.framing.skipped_count] {
            assert_eq!(placeholders(p.me), ["{n}"]);
            assert_eq!(placeholders(p.them), ["{n}"]);
        }
        for p in [t.note(NoteId::MentalHealthCare).body.me, t.note(NoteId::MentalHealthCare).body.them] {
            assert!(p.contains("{reach} {crisis}"), "{p}");
        }
    }
    for lang in Lang::ALL {
        for (k, v) in walk(lang.texts()) {
            let allowed = allowed_placeholders(&k);
            let found = placeholders(&v);
            assert!(found.iter().all(|p| allowed.contains(p)), "{lang:?} {k}: {v}");
            assert_eq!(v.matches('{').count(), found.len(), "{lang:?} {k}: stray brace in {v}");
            assert_eq!(v.matches('}').count(), found.len(), "{lang:?} {k}: stray brace in {v}");
            // `{reach}` always leads straight into `{crisis}`.
            assert_eq!(v.contains("{reach}"), v.contains("{reach} {crisis}"), "{lang:?} {k}: {v}");
            assert_eq!(v.contains("{crisis}"), v.contains("{reach} {crisis}"), "{lang:?} {k}: {v}");
        }
    }
}

#[test]
fn fixed_numbers_and_promises_are_present() {
    for t in all() {
        // The numbers themselves are `resources::SAMHSA` and `POISON_HELP`.
        assert_eq!(placeholders(t.emergency.samhsa), ["{n}"], "{}", t.emergency.samhsa);
        assert_eq!(placeholders(t.emergency.poison), ["{n}"], "{}", t.emergency.poison);
    }
    let en = Lang::En.texts();
    assert_eq!(en.questions[Q::Who.index()].options[0].label.me, "For myself");
    assert_eq!(en.questions[Q::Who.index()].options[1].label.me, "For someone I care about");
    // Every band result says only a clinician can diagnose (or "not a diagnosis").
    for t in all() {
        for b in &t.bands {
            for v in [b.me, b.them] {
                let ok = match t.lang.code() {
                    "en" => v.contains("diagnos"),
                    "es" => v.contains("diagnóstico") || v.contains("diagnosticar"),
                    _ => true,
                };
                assert!(ok, "{:?}: {v}", t.lang);
            }
        }
    }
}

#[test]
fn urgent_question_comes_first_after_who() {
    for t in all() {
        assert_eq!(t.questions[1].q, Q::UrgentNow);
        let opts = t.questions[1].options;
        assert_eq!(opts.last().unwrap().value, "none");
    }
}

/// Each id's text is present and differs from its siblings'; `what` names
/// the enum for the failure message.
fn own_words<T: Copy + std::fmt::Debug>(what: &str, t: &Texts, voice: Voice, ids: &[T], text: impl Fn(T) -> String) {
    let mut seen = HashSet::new();
    for &id in ids {
        let s = text(id);
        assert!(!s.trim().is_empty(), "{:?} {voice:?} {what} {id:?}: empty", t.lang);
        assert!(seen.insert(s.clone()), "{:?} {voice:?} {what} {id:?}: same words as a sibling: {s}", t.lang);
    }
}

/// Every lookup is total. Walk every id of every enum, in both
/// languages and voices, through the public lookups.
#[test]
fn every_id_of_every_enum_has_its_own_words() {
    let titled = |x: &Titled, v: Voice| format!("{} {}", x.title, x.body.get(v));
    for t in all() {
        for v in [Voice::Me, Voice::Them] {
            own_words("Q", t, v, &Q::ALL, |q| t.question(q).legend.get(v).into());
            for q in Q::ALL {
                own_words(q.as_str(), t, v, q.question().values, |val| {
                    t.option(q, val).map_or(String::new(), |o| o.label.get(v).into())
                });
            }
            own_words("Level", t, v, &Level::ALL, |l| format!("{} {}", t.level(l).name, t.level(l).summary.get(v)));
            own_words("ReasonId", t, v, &ReasonId::ALL, |id| t.reason(id).get(v).into());
            own_words("Prereq", t, v, &Prereq::ALL, |id| t.prereq(id).get(v).into());
            own_words("Band", t, v, &Band::ALL, |b| t.band(b).get(v).into());
            own_words("CautionId", t, v, &CautionId::ALL, |id| titled(t.caution(id), v));
            own_words("NoteId", t, v, &NoteId::ALL, |id| titled(t.note(id), v));
            own_words("Phase", t, v, &Phase::ALL, |id| titled(t.phase(id), v));
            own_words("KitItem", t, v, &KitItem::ALL, |id| titled(t.plan.kit(id), v));
            own_words("TriggerKind", t, v, &TriggerKind::ALL, |id| titled(t.plan.trigger(id), v));
            own_words("Therapy", t, v, &Therapy::ALL, |id| titled(t.plan.therapy(id), v));
            // Confidence changes the words of a monitor result.
            own_words("Confidence", t, v, &Confidence::ALL, |c| t.summary(Level::Monitor, c).get(v).into());
        }
    }
    own_words("Lang", Lang::En.texts(), Voice::Me, &Lang::ALL, |l| l.texts().framing.not_diagnosis.into());
}

/// `table[id as usize]` finds the row tagged with `id`: each enum's `ALL`
/// lists its variants in declaration order and each table follows it.
#[test]
fn enum_indexed_tables_hold_their_own_id_at_each_index() {
    fn tagged<Id: Copy + PartialEq + std::fmt::Debug, X>(all: &[Id], table: &[(Id, X)], index: impl Fn(Id) -> usize) {
        assert_eq!(all.len(), table.len());
        for (i, id) in all.iter().enumerate() {
            assert_eq!(index(*id), i, "{id:?} is not at its declaration index");
            assert_eq!(table[i].0, *id);
        }
    }
    for t in all() {
        tagged(&ReasonId::ALL, &t.reasons, |id| id as usize);
        tagged(&Prereq::ALL, &t.prereqs, |id| id as usize);
        tagged(&CautionId::ALL, &t.cautions, |id| id as usize);
        tagged(&NoteId::ALL, &t.notes, |id| id as usize);
        tagged(&Phase::ALL, &t.phases, |id| id as usize);
        tagged(&KitItem::ALL, &t.plan.kit, |id| id as usize);
        tagged(&TriggerKind::ALL, &t.plan.triggers, |id| id as usize);
        tagged(&Therapy::ALL, &t.plan.therapies, |id| id as usize);
        for (i, l) in Level::ALL.iter().enumerate() {
            assert_eq!((*l as usize, t.levels[i].level), (i, *l));
        }
        for (i, b) in Band::ALL.iter().enumerate() {
            assert_eq!(*b as usize, i);
        }
    }
}

#[test]
fn unknown_band_never_reads_as_few_signs() {
    for t in all() {
        for v in [Voice::Me, Voice::Them] {
            let unknown = t.band(Band::Unknown).get(v);
            assert_ne!(unknown, t.band(Band::Few).get(v));
            let says_few = match t.lang.code() {
                "en" => unknown.contains("few"),
                "es" => unknown.contains("pocas"),
                _ => false,
            };
            assert!(!says_few, "{:?}: {unknown}", t.lang);
        }
    }
}

#[test]
fn low_confidence_monitor_does_not_say_no_treatment_is_needed() {
    for t in all() {
        for v in [Voice::Me, Voice::Them] {
            let ok = t.summary(Level::Monitor, Confidence::Ok).get(v);
            let low = t.summary(Level::Monitor, Confidence::Low).get(v);
            assert_ne!(ok, low);
            assert_eq!(low, t.low_confidence.monitor.get(v));
            assert_eq!(t.level_name(Level::Monitor, Confidence::Low), t.low_confidence.no_level);
            assert_eq!(t.level_name(Level::Monitor, Confidence::Ok), t.level(Level::Monitor).name);
            assert_eq!(t.level_name(Level::Taper, Confidence::Low), t.level(Level::Taper).name);
            assert!(t.confidence_caveat(Level::Monitor, Confidence::Low).is_none(), "the summary already says it");
            for level in [Level::Taper, Level::Detox, Level::Residential] {
                assert_eq!(t.summary(level, Confidence::Low), &t.level(level).summary);
                assert_eq!(
                    t.confidence_caveat(level, Confidence::Low).map(|p| p.get(v)),
                    Some(t.low_confidence.other.get(v))
                );
                assert!(t.confidence_caveat(level, Confidence::Ok).is_none());
            }
            assert!(t.confidence_caveat(Level::Urgent, Confidence::Low).is_none());
        }
    }
}

#[test]
fn opioid_switch_praise_only_without_opioids() {
    let mut quit = crate::answers::Answers::new();
    quit.set(Q::StartedFor, &["opioid_withdrawal"]).unwrap();
    quit.set(Q::OtherSubstances, &["alcohol"]).unwrap();
    let mut still = quit.clone();
    still.set(Q::OtherSubstances, &["opioids"]).unwrap();
    for t in all() {
        assert!(std::ptr::eq(t.note_for(NoteId::OpioidSwitch, &quit), t.note(NoteId::OpioidSwitch)));
        assert!(std::ptr::eq(t.note_for(NoteId::OpioidSwitch, &still), &t.opioid_switch_still_using));
        assert!(std::ptr::eq(t.note_for(NoteId::Moud, &still), t.note(NoteId::Moud)));
    }
}

/// The diary step's words state the plan's own day range (`plan::DIARY_DAYS`),
/// so changing the range without the words fails here.
#[test]
fn the_diary_step_states_the_plan_day_range() {
    let (from, to) = (crate::plan::DIARY_DAYS.start().to_string(), crate::plan::DIARY_DAYS.end().to_string());
    for t in all() {
        for v in [Voice::Me, Voice::Them] {
            let intro = t.plan.step_intros[0].get(v);
            let range = match t.lang.code() {
                "en" => format!("{from} to {to} days"),
                "es" => format!("{from} a {to} días"),
                _ => continue,
            };
            assert!(intro.contains(&range), "{:?} {v:?}: {intro}", t.lang);
        }
    }
}

/// Spec v3 §8: reason lines are level-neutral, one fact at most; never a
/// level or a kind of help to choose.
#[test]
fn reasons_are_level_neutral() {
    const EN: &[&str] =
        &["detox", "taper", "residential", "treatment", "clinician", "medical help", "can help", "safer", "should"];
    const ES: &[&str] = &[
        "desintoxicación",
        "reducción gradual",
        "residencial",
        "tratamiento",
        "profesional",
        "puede ayudar",
        "más segur",
        "debería",
    ];
    for (t, banned) in [(Lang::En.texts(), EN), (Lang::Es.texts(), ES)] {
        for (id, r) in &t.reasons {
            for s in [r.me, r.them] {
                for w in banned {
                    assert!(!s.to_lowercase().contains(w), "{:?} {}: {w:?} in {s}", t.lang, id.as_str());
                }
            }
        }
    }
}

/// Spec v3 §8: outpatient support has no dose-reduction steps, no
/// measuring and no withdrawal-management wording.
#[test]
fn outpatient_support_speaks_of_no_dose_steps() {
    for (t, banned) in [
        (Lang::En.texts(), &["dose", "measure", "withdrawal", "taper", "schedule"][..]),
        (Lang::Es.texts(), &["dosis", "mida", "abstinencia", "reducción gradual", "horario"][..]),
    ] {
        let k = t.taper_kind(crate::model::TaperKind::OutpatientSupport);
        for p in std::iter::once(&k.summary).chain(k.in_practice) {
            for s in [p.me, p.them] {
                for w in banned {
                    assert!(!s.to_lowercase().contains(w), "{:?}: {w:?} in {s}", t.lang);
                }
            }
        }
    }
}

/// Spec v3 §8: the time-away answer is never dismissed.
#[test]
fn time_away_is_never_dismissed() {
    for t in all() {
        for p in [&t.note(NoteId::TimeAwayOption).body, &t.framing.stay_or_away] {
            for s in [p.me, p.them] {
                for w in ["doesn't suggest", "does not suggest", "no lo indica"] {
                    assert!(!s.contains(w), "{:?}: {s}", t.lang);
                }
            }
        }
    }
}

/// Spec v3 §8 "Pregnancy": by dependence. Without it, no "don't stop
/// suddenly"; with it, the detox and planned-taper words never present
/// going without kratom as the plan.
#[test]
fn pregnancy_wording_follows_dependence() {
    use crate::answers::Answers;
    let mut without = Answers::new();
    without.set(Q::Medical, &["pregnant_postpartum"]).unwrap();
    let mut with = without.clone();
    with.set(Q::Frequency, &["daily_once"]).unwrap();
    for t in all() {
        let calm = [t.note_for(NoteId::Pregnancy, &without).body, *t.pregnancy_lead(&without)];
        for p in calm {
            for s in [p.me, p.them] {
                for w in ["suddenly", "de golpe", "de repente"] {
                    assert!(!s.contains(w), "{:?}: {s}", t.lang);
                }
            }
        }
        assert_ne!(t.note_for(NoteId::Pregnancy, &with).body, t.note_for(NoteId::Pregnancy, &without).body);
        assert_ne!(t.pregnancy_lead(&with), t.pregnancy_lead(&without));
        let x = crate::assess(&with);
        assert_eq!(x.care_level, crate::Level::Detox);
        assert_eq!(t.result_summary(&x, &with), &t.framing.pregnancy_detox);
        assert_eq!(t.result_steps(&x, &with).as_ptr(), t.framing.pregnancy_steps.as_ptr());
        let x = crate::assess(&without);
        assert_eq!(x.taper_kind, Some(crate::model::TaperKind::OutpatientSupport));
        assert_eq!(t.result_summary(&x, &without), &t.taper_kind(crate::model::TaperKind::OutpatientSupport).summary);
        for p in [&t.framing.pregnancy_detox, &t.framing.pregnancy_planned_taper] {
            for s in [p.me, p.them] {
                assert!(s.contains("buprenorph") || s.contains("buprenorf"), "{:?}: {s}", t.lang);
            }
        }
    }
}

/// Spec v3 §8: a planned taper with the `moud` or `opioid_switch` note says
/// MOUD may come instead of or alongside it; nothing else does.
#[test]
fn taper_moud_line_only_for_a_planned_taper_with_moud() {
    use crate::answers::Answers;
    let mut a = Answers::new();
    a.set(Q::Frequency, &["daily_once"]).unwrap();
    a.set(Q::StartedFor, &["opioid_withdrawal"]).unwrap();
    let t = Lang::En.texts();
    let x = crate::assess(&a);
    assert_eq!(x.taper_kind, Some(crate::model::TaperKind::PlannedTaper));
    assert_eq!(t.taper_moud(&x), Some(&t.framing.taper_moud));
    a.set(Q::StartedFor, &["pain"]).unwrap();
    assert_eq!(t.taper_moud(&crate::assess(&a)), None);
    a.set(Q::Frequency, &["weekly"]).unwrap();
    a.set(Q::StartedFor, &["opioid_withdrawal"]).unwrap();
    a.set(Q::Signs, &["tolerance", "cravings"]).unwrap();
    assert_eq!(t.taper_moud(&crate::assess(&a)), None, "outpatient support");
}

/// Spec v3 §8: outside the US default set, the loved-one self-care list
/// names no US-only helpline.
#[test]
fn self_care_outside_the_us_names_no_samhsa() {
    for t in all() {
        let l = &t.loved_one;
        assert_eq!(l.self_care.len(), l.self_care_outside_us.len());
        assert!(l.self_care.iter().any(|s| s.contains("SAMHSA")));
        assert!(!l.self_care_outside_us.iter().any(|s| s.contains("SAMHSA")));
        assert!(!t.naloxone_outside_us.body.me.contains("US") && !t.naloxone_outside_us.body.them.contains("US"));
        assert!(!t.naloxone_outside_us.body.me.contains("EE. UU."));
    }
}

#[test]
fn every_text_key_is_unique_and_names_its_row() {
    let en = walk(Lang::En.texts());
    let keys: HashSet<&str> = en.iter().map(|(k, _)| k.as_str()).collect();
    assert_eq!(keys.len(), en.len(), "two strings share a key");
    // Keys name rows by their ids, so a translation file stays readable and
    // a reordered table keeps its keys.
    for key in ["q.frequency.legend.them", "q.frequency.options.daily_once.label.me", "reasons.daily_use.me"] {
        assert!(keys.contains(key), "no key {key}");
    }
}
