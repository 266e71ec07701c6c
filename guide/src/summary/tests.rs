//! The summary's content and order (spec §8), read from its plain text.

use super::*;
use crate::model::{Band, CautionId, ReasonId};
use crate::plan::{KitItem, TriggerKind};

/// A journey as the summary sees it: a language, answers and a typed plan.
struct Journey {
    lang: Lang,
    answers: Answers,
    plan: PlanDraft,
}

impl Journey {
    fn voice(&self) -> Voice {
        self.answers.voice()
    }
}

/// The summary's words in `lang`.
fn words(lang: Lang) -> &'static SummaryText {
    &lang.texts().summary
}

/// Every string of the summary's words, named, read through serde (the
/// language packs' format) so no hand-kept list can miss a field. The
/// reason and band names (id-keyed rows) are left out: their one-word
/// names are also ids, and the next test checks them as whole words.
fn all_words(w: &SummaryText) -> Vec<(String, &'static str)> {
    let value = serde_json::to_value(w).expect("the words serialise");
    let mut out = Vec::new();
    for (name, v) in value.as_object().expect("a struct") {
        let strings: Vec<&serde_json::Value> = match v {
            serde_json::Value::Array(items) => items.iter().collect(),
            one => vec![one],
        };
        for text in strings.into_iter().filter_map(|item| item.as_str()) {
            out.push((name.clone(), &*text.to_string().leak()));
        }
    }
    out
}

/// The summary of `j` for `clinic`, as text.
fn text_for(j: &Journey, clinic: &Clinic, date: &str) -> String {
    let input = Inputs { answers: &j.answers, lang: j.lang, voice: j.voice(), plan: &j.plan, clinic, date };
    summary_text(&input)
}

const DATE: &str = "2026-11-26";

fn journey(lang: Lang, who: &str, answers: &[(Q, &[&str])]) -> Journey {
    let mut j = Journey { lang, answers: Answers::new(), plan: PlanDraft::default() };
    j.answers.set(Q::Who, &[who]).unwrap();
    for (q, values) in answers {
        j.answers.set(*q, values).unwrap();
    }
    j
}

/// Answers to every deciding question, pointing low.
const CALM: &[(Q, &[&str])] = &[
    (Q::UrgentNow, &["none"]),
    (Q::Products, &["capsules"]),
    (Q::Frequency, &["weekly"]),
    (Q::NightDosing, &["no"]),
    (Q::OtherSubstances, &["none"]),
    (Q::Signs, &["none"]),
    (Q::WithdrawalIntensity, &["none"]),
    (Q::Derailed, &["never_tried"]),
    (Q::MoodWhenStopping, &["none"]),
    (Q::Medical, &["none"]),
];

/// Heavier use, with a mix of single and multi answers, one unsure.
const HEAVY: &[(Q, &[&str])] = &[
    (Q::UrgentNow, &["none"]),
    (Q::Products, &["powder_leaf", "extract_or_shot"]),
    (Q::Frequency, &["daily_4_plus"]),
    (Q::NightDosing, &["yes"]),
    (Q::Duration, &["not_sure"]),
    (Q::OtherSubstances, &["alcohol", "benzodiazepines"]),
    (Q::SedativeFrequency, &["daily"]),
    (Q::Signs, &["cut_down_failed", "cravings", "tolerance", "withdrawal"]),
    (Q::WithdrawalSymptoms, &["stomach", "sleep", "anxiety_panic"]),
    (Q::WithdrawalIntensity, &["severe"]),
    (Q::MentalHealth, &["anxiety_panic"]),
    (Q::CanStayStoppedHere, &["no"]),
    (Q::Considering, &["cold_turkey", "detox_kit"]),
];

fn text(j: &Journey) -> String {
    text_for(j, &Clinic::default(), DATE)
}

/// Where a section's heading starts (a title line underlined with dashes).
fn at(text: &str, title: &str) -> Option<usize> {
    text.find(&format!("\n{title}\n{}\n", "-".repeat(title.chars().count())))
}

/// A section's body: from below its heading to the next blank line.
fn section<'t>(text: &'t str, title: &str) -> &'t str {
    let start = at(text, title).unwrap_or_else(|| panic!("no section {title:?} in\n{text}"));
    let body = &text[start + 1..];
    let body = &body[body.find('\n').unwrap() + 1..];
    let body = &body[body.find('\n').unwrap() + 1..];
    &body[..body.find("\n\n").map_or(body.len(), |e| e + 1)]
}

fn legend(lang: Lang, voice: Voice, q: Q) -> &'static str {
    lang.texts().question(q).legend.get(voice)
}

/// The "question — answers" line, built from the public pieces; the
/// signs, named in their own section, as a pointer there.
fn expected_answer(j: &Journey, q: Q) -> String {
    let texts = j.lang.texts();
    let a = answer_text(texts, j.voice(), &j.answers, q).unwrap_or_else(|| words(j.lang).not_answered.into());
    let a = if q == Q::Signs { words(j.lang).see_signs.to_string() } else { a };
    format!("{} — {a}", legend(j.lang, j.voice(), q))
}

#[test]
fn title_and_date_come_first() {
    let t = text(&journey(Lang::En, "self", CALM));
    let head: Vec<&str> = t.lines().take(3).collect();
    let w = words(Lang::En);
    assert_eq!(head, [w.title, w.summary_subtitle, &format!("{}: {DATE}", w.date)]);
}

#[test]
fn urgent_flags_and_emergency_resources_come_first_when_urgent() {
    let mut answers = HEAVY.to_vec();
    answers[0] = (Q::UrgentNow, &["breathing", "suicide"]);
    let j = journey(Lang::En, "self", &answers);
    let x = crate::assess(&j.answers);
    assert_eq!(x.care_level, Level::Urgent);
    let t = text(&j);
    let (w, e) = (words(Lang::En), &Lang::En.texts().emergency);
    let urgent = at(&t, w.urgent_flags_heading).expect("urgent flags");
    let help = at(&t, e.heading).expect("emergency resources");
    let level = at(&t, w.level_heading).unwrap();
    assert!(urgent < help && help < level, "urgent flags, then help, then the level");
    assert_eq!(t.matches(&format!("\n{}\n", e.heading)).count(), 1, "resources once");
    let flags = section(&t, w.urgent_flags_heading);
    for flag in &x.urgent_flags {
        let label = Lang::En.texts().option(Q::UrgentNow, flag).unwrap().label.me;
        assert!(flags.contains(&format!("- {label}\n")), "{flag}");
    }
    assert!(section(&t, w.level_heading).contains(&format!("{}: {}", w.clinician_mapping, w.asam(Level::Urgent))));
}

#[test]
fn sections_follow_the_spec_order_when_not_urgent() {
    let config = Clinic { name: Some("Riverside".into()), ..Clinic::default() };
    let j = journey(Lang::En, "loved_one", HEAVY);
    let t = text_for(&j, &config, DATE);
    let (w, texts) = (words(Lang::En), Lang::En.texts());
    assert!(at(&t, w.urgent_flags_heading).is_none());
    let order = [
        w.level_heading,
        w.ask_first_heading,
        w.sets_level_heading,
        w.also_noted_heading,
        w.signs_heading,
        w.cautions_heading,
        w.notes_heading,
        w.confidence_heading,
        w.answers_heading,
        texts.loved_one.heading,
        texts.plan.heading,
        w.clinic_heading,
        texts.emergency.heading,
    ];
    let found: Vec<usize> = order.iter().map(|h| at(&t, h).unwrap_or_else(|| panic!("no {h}"))).collect();
    assert!(found.windows(2).all(|p| p[0] < p[1]), "{order:?} at {found:?}");
    assert!(t.trim_end().ends_with(texts.emergency.unsure), "emergency resources close the summary");
}

#[test]
fn the_level_comes_with_its_clinician_mapping() {
    let (mut levels, mut caveats) = (Vec::new(), 0);
    let mut with_taper = CALM.to_vec();
    with_taper[2] = (Q::Frequency, &["daily_once"]);
    // Few answers, but enough for a level: it comes with the caveat.
    let sparse: &[(Q, &[&str])] = &[(Q::UrgentNow, &["none"]), (Q::Frequency, &["daily_4_plus"])];
    for answers in [CALM, &with_taper, HEAVY, sparse] {
        let j = journey(Lang::En, "self", answers);
        let x = crate::assess(&j.answers);
        let level = x.care_level;
        let w = words(Lang::En);
        let s = section(&text(&j), w.level_heading).to_string();
        assert!(s.contains(&format!("{}: {}", w.clinician_mapping, w.asam(level))), "{level:?}:\n{s}");
        assert!(s.contains(Lang::En.texts().level(level).name));
        if let Some(caveat) = Lang::En.texts().confidence_caveat(level, x.confidence) {
            assert!(s.contains(caveat.me), "{level:?} low confidence:\n{s}");
            caveats += 1;
        }
        for other in Level::ALL.into_iter().filter(|l| *l != level) {
            assert!(!s.contains(w.asam(other)), "{level:?} also names {other:?}'s mapping");
        }
        levels.push(level);
    }
    levels.sort();
    levels.dedup();
    assert!(levels.len() >= 3, "the fixtures reach three levels or more: {levels:?}");
    assert_eq!(caveats, 1, "only the sparse answers lack confidence");
}

#[test]
fn monitor_with_low_confidence_suggests_no_level() {
    let j = journey(Lang::En, "self", &[(Q::UrgentNow, &["none"]), (Q::Products, &["not_sure"])]);
    assert_eq!(crate::assess(&j.answers).care_level, Level::Monitor);
    assert_eq!(crate::assess(&j.answers).confidence, Confidence::Low);
    let (t, w, texts) = (text(&j), words(Lang::En), Lang::En.texts());
    let s = section(&t, w.level_heading);
    assert!(s.contains(&format!("{}: {}\n", w.level_label, texts.low_confidence.no_level)), "{s}");
    assert!(s.contains(texts.low_confidence.monitor.me));
    let monitor = texts.level(Level::Monitor);
    assert!(!s.contains(w.asam_monitor) && !s.contains(monitor.summary.me) && !s.contains(monitor.name));
    assert!(s.contains(w.frequency_unknown), "frequency was skipped:\n{s}");
    let confidence = section(&t, w.confidence_heading);
    assert!(confidence.contains(&format!("{} (low) — {}", w.confidence_low_name, w.confidence_low)));

    // The same level with the deciding questions answered names it.
    let j = journey(Lang::En, "self", CALM);
    assert_eq!(
        (crate::assess(&j.answers).care_level, crate::assess(&j.answers).confidence),
        (Level::Monitor, Confidence::Ok)
    );
    let t = text(&j);
    let s = section(&t, w.level_heading);
    assert!(s.contains(w.asam_monitor) && s.contains(&format!("{}: {} (monitor)", w.level_label, monitor.name)));
    assert!(!t.contains(texts.low_confidence.no_level));
    assert!(!t.contains(w.frequency_unknown), "frequency is known");
    let confidence = section(&t, w.confidence_heading);
    assert!(confidence.contains(&format!("{} (ok) — {}", w.confidence_ok_name, w.confidence_ok)));
}

#[test]
fn a_monitor_with_frequency_unknown_says_so_whatever_the_confidence() {
    let mut answers = CALM.to_vec();
    answers[2] = (Q::Frequency, &["not_sure"]);
    let j = journey(Lang::Es, "loved_one", &answers);
    let x = crate::assess(&j.answers);
    assert_eq!((x.care_level, x.confidence), (Level::Monitor, Confidence::Ok), "{x:?}");
    let texts = Lang::Es.texts();
    let s = section(&text(&j), words(Lang::Es).level_heading).to_string();
    assert!(s.contains(texts.low_confidence.frequency_unknown.them), "{s}");
    assert!(!s.contains(texts.level(Level::Monitor).summary.them), "never 'no need for treatment':\n{s}");
}

#[test]
fn the_taper_kind_is_named_with_its_own_mapping() {
    let w = words(Lang::En);
    let texts = Lang::En.texts();
    // Daily use: dependence, so a planned taper.
    let mut planned = CALM.to_vec();
    planned[2] = (Q::Frequency, &["daily_once"]);
    // Two signs, weekly use: no dependence, so outpatient support.
    let mut outpatient = CALM.to_vec();
    outpatient[5] = (Q::Signs, &["cravings", "tolerance"]);
    for (answers, kind, mapping) in [
        (&planned, TaperKind::PlannedTaper, w.asam_taper),
        (&outpatient, TaperKind::OutpatientSupport, w.asam_outpatient_support),
    ] {
        let j = journey(Lang::En, "self", answers);
        let x = crate::assess(&j.answers);
        assert_eq!((x.care_level, x.taper_kind), (Level::Taper, Some(kind)), "{x:?}");
        let s = section(&text(&j), w.level_heading).to_string();
        let named = format!("{}: {} ({})\n", w.taper_kind_label, texts.taper_kind(kind).name, kind.as_str());
        assert!(s.contains(&named), "{s}");
        assert!(s.contains(&format!("{}: {mapping}\n", w.clinician_mapping)), "{s}");
        assert!(s.contains(texts.taper_kind(kind).summary.me), "{s}");
    }
    assert!(!w.asam_outpatient_support.contains("WM"), "no withdrawal management");
    let calm = text(&journey(Lang::En, "self", CALM));
    assert!(!calm.contains(&format!("{}:", w.taper_kind_label)), "no kind outside taper");
}

#[test]
fn answers_that_do_not_fit_together_are_flagged() {
    let mut answers = CALM.to_vec();
    answers.push((Q::WithdrawalSymptoms, &["never_stopped"]));
    answers[6] = (Q::WithdrawalIntensity, &["moderate"]);
    let j = journey(Lang::Es, "self", &answers);
    let x = crate::assess(&j.answers);
    assert!(!x.contradictions.is_empty(), "{x:?}");
    let (t, w) = (text(&j), words(Lang::Es));
    let s = section(&t, w.check_these_heading);
    for c in &x.contradictions {
        assert!(s.contains(&format!("- {} ({})\n", Lang::Es.texts().contradiction(*c), c.as_str())), "{s}");
    }
    assert!(at(&t, w.ask_first_heading).unwrap() < at(&t, w.check_these_heading).unwrap());
    assert!(at(&t, w.check_these_heading).unwrap() < at(&t, w.sets_level_heading).unwrap());
    assert!(at(&text(&journey(Lang::Es, "self", CALM)), w.check_these_heading).is_none(), "none: no section");
}

#[test]
fn another_crisis_line_is_never_named_988_in_the_summary() {
    let lines = Lines { crisis_line: "131114".into(), emergency_number: "000".into(), ..Lines::default() };
    let config = Clinic { lines, ..Clinic::default() };
    let mut answers = HEAVY.to_vec();
    answers.push((Q::MoodWhenStopping, &["severe"]));
    answers.push((Q::AgeBand, &["under_18"]));
    answers.push((Q::OtherSubstances, &["opioids"]));
    for lang in Lang::ALL {
        for who in ["self", "loved_one"] {
            let j = journey(lang, who, &answers);
            let x = crate::assess(&j.answers);
            assert!(x.notes.iter().any(|n| n.as_str() == "mental_health_care"), "{:?}", x.notes);
            let t = text_for(&j, &config, DATE);
            for us in ["988", "AYUDA", "SAMHSA", "1-800", "Lifeline"] {
                assert!(!t.contains(us), "{lang:?} {who}: {us} in\n{t}");
            }
            assert!(t.contains(lang.texts().emergency.crisis_name_other), "{lang:?} {who}");
        }
    }
}

#[test]
fn reasons_that_set_the_level_come_first_then_also_noted() {
    let j = journey(Lang::En, "self", HEAVY);
    let x = crate::assess(&j.answers);
    let w = words(Lang::En);
    let (sets, noted): (Vec<_>, Vec<_>) = x.reasons.iter().partition(|r| r.level == x.care_level);
    assert!(!sets.is_empty() && !noted.is_empty(), "the fixture has both kinds: {:?}", x.reasons);
    let t = text(&j);
    assert!(at(&t, w.sets_level_heading).unwrap() < at(&t, w.also_noted_heading).unwrap());
    for (title, group) in [(w.sets_level_heading, &sets), (w.also_noted_heading, &noted)] {
        let s = section(&t, title);
        assert_eq!(s.lines().filter(|l| l.starts_with("- ")).count(), group.len(), "{title}:\n{s}");
        for r in group.iter() {
            let head = format!("- {} ({})\n", w.reason_name(r.id), r.id.as_str());
            let at = s.find(&head).unwrap_or_else(|| panic!("{head} in\n{s}"));
            // Its level and the answers behind it follow, before the next one.
            let rest = &s[at + head.len()..];
            let own = &rest[..rest.find("\n- ").map_or(rest.len(), |e| e + 1)];
            let level = Lang::En.texts().level(r.level).name;
            assert!(own.starts_with(&format!("  {}: {level} ({})\n", w.counts_at, r.level.as_str())), "{own}");
            for q in &r.because {
                let want = format!("  {}: {}\n", w.based_on, expected_answer(&j, *q));
                assert!(own.contains(&want), "{}: {want}", r.id.as_str());
            }
            // Stated neutrally: never the person-facing reason line.
            assert!(!t.contains(Lang::En.texts().reason(r.id).me), "{}", r.id.as_str());
        }
    }
}

#[test]
fn at_monitor_every_reason_is_also_noted() {
    let mut answers = CALM.to_vec();
    answers[4] = (Q::OtherSubstances, &["stimulants"]);
    let j = journey(Lang::En, "self", &answers);
    let x = crate::assess(&j.answers);
    assert_eq!(x.care_level, Level::Monitor);
    let w = words(Lang::En);
    let t = text(&j);
    assert!(at(&t, w.sets_level_heading).is_none(), "nothing sets a monitor level:\n{t}");
    if !x.reasons.is_empty() {
        assert!(at(&t, w.also_noted_heading).is_some());
    }
}

#[test]
fn cautions_and_notes_carry_title_id_and_text() {
    let j = journey(Lang::Es, "loved_one", HEAVY);
    let x = crate::assess(&j.answers);
    assert!(!x.cautions.is_empty() && !x.notes.is_empty());
    let (t, w, texts) = (text(&j), words(Lang::Es), Lang::Es.texts());
    let cautions = section(&t, w.cautions_heading);
    let config = Lines::default();
    for c in &x.cautions {
        let ct = texts.caution(c.id);
        // The body as the embed reads it: the crisis line named, the
        // cold-turkey caution with its parts.
        let body = wording::caution_body(texts, c.id, &j.answers, Voice::Them, &config);
        assert!(body.starts_with(&wording::say(ct.body.them, &config, texts)));
        assert!(cautions.contains(&format!("- {} ({}): {body}\n", ct.title, c.id.as_str())), "{}", c.id.as_str());
    }
    assert!(x.cautions.iter().any(|c| c.id == CautionId::ColdTurkeyRisk), "the fixture has the parts");
    let notes = section(&t, w.notes_heading);
    for n in &x.notes {
        let nt = wording::note(texts, *n, &j.answers, &config);
        let body = wording::say(nt.body.them, &config, texts);
        assert!(notes.contains(&format!("- {} ({}): {body}\n", nt.title, n.as_str())), "{}", n.as_str());
    }
    assert!(!t.contains("{reach}") && !t.contains("{crisis}") && !t.contains("{emergency}"));
}

#[test]
fn signs_are_named_once_with_count_and_band() {
    let j = journey(Lang::En, "self", HEAVY);
    let severity = crate::assess(&j.answers).severity;
    let (t, w, texts) = (text(&j), words(Lang::En), Lang::En.texts());
    let s = section(&t, w.signs_heading);
    for v in j.answers.get(Q::Signs).unwrap().values() {
        let label = texts.option(Q::Signs, v).unwrap().label.me;
        assert!(s.contains(label), "{v}");
        assert_eq!(t.matches(label).count(), 1, "{v} named once in the whole summary");
    }
    assert!(s.contains(&format!("{}: {} / 11\n", w.signs_count, severity.signs)), "{s}");
    let band = format!("{}: {} — {}", w.signs_band, w.band_name(severity.band), texts.band(severity.band).me);
    assert!(s.contains(&band), "{s}");
    // The reasons and the answers point to them.
    let pointer = format!("{} — {}", legend(Lang::En, Voice::Me, Q::Signs), w.see_signs);
    assert!(section(&t, w.answers_heading).contains(&pointer));

    // Skipped: the signs are "not answered", never "few".
    let t = text(&journey(Lang::En, "self", &[(Q::UrgentNow, &["none"])]));
    let s = section(&t, w.signs_heading);
    assert!(s.contains(&format!("{}: {}", w.signs_named, w.not_answered)));
    let unknown = format!("{}: {} — {}", w.signs_band, w.band_name(Band::Unknown), texts.band(Band::Unknown).me);
    assert!(s.contains(&unknown) && !s.contains(texts.band(Band::Few).me), "{s}");
}

#[test]
fn loved_one_answers_say_so_at_the_top() {
    for lang in Lang::ALL {
        let w = words(lang);
        let t = text(&journey(lang, "loved_one", HEAVY));
        let flag = t.find(w.reported_by_other).expect("the loved-one flag");
        assert!(flag < at(&t, w.level_heading).unwrap(), "{lang:?}: before the level");
        assert!(t[..flag].lines().count() <= 4, "{lang:?}: right under the title and date");
        assert!(!text(&journey(lang, "self", HEAVY)).contains(w.reported_by_other));
    }
}

#[test]
fn ask_first_lists_what_the_check_does_not_know() {
    let w = words(Lang::En);
    let calm = text(&journey(Lang::En, "self", CALM));
    let s = section(&calm, w.ask_first_heading);
    assert!(at(&calm, w.level_heading).unwrap() < at(&calm, w.ask_first_heading).unwrap());
    for item in w.ask_first {
        assert!(s.contains(&format!("- {item}\n")), "{item}");
    }
    assert!(w.ask_first[3].contains("medication for opioid use disorder (MOUD)"), "MOUD spelled out");
    assert!(s.contains(w.ask_age), "age not given");
    for item in [w.ask_pregnancy, w.ask_sedatives, w.ask_other_condition] {
        assert!(!s.contains(item), "{item} does not apply");
    }
    let ages: [(&[&str], bool); 3] = [(&["under_18"], false), (&["26_plus"], false), (&["prefer_not"], true)];
    for (age, asked) in ages {
        let mut with_age = CALM.to_vec();
        with_age.push((Q::AgeBand, age));
        let t = text(&journey(Lang::En, "self", &with_age));
        assert_eq!(section(&t, w.ask_first_heading).contains(w.ask_age), asked, "{age:?}");
    }
    let mut answers = CALM.to_vec();
    answers[4] = (Q::OtherSubstances, &["alcohol"]);
    answers[9] = (Q::Medical, &["pregnant_postpartum", "other_complex"]);
    let t = text(&journey(Lang::En, "self", &answers));
    let s = section(&t, w.ask_first_heading);
    for item in [w.ask_pregnancy, w.ask_sedatives, w.ask_other_condition] {
        assert!(s.contains(&format!("- {item}\n")), "{item}");
    }
    // Stimulants are no sedative.
    answers[4] = (Q::OtherSubstances, &["stimulants"]);
    let t = text(&journey(Lang::En, "self", &answers));
    assert!(!section(&t, w.ask_first_heading).contains(w.ask_sedatives));
}

#[test]
fn skipped_and_unsure_questions_are_named() {
    let j = journey(Lang::En, "loved_one", HEAVY);
    let x = crate::assess(&j.answers);
    let (t, w) = (text(&j), words(Lang::En));
    let s = section(&t, w.confidence_heading);
    let split = s.find(&format!("{}:", w.unsure)).expect("unsure list");
    let (skipped, unsure) = s.split_at(split);
    assert!(!x.unanswered.is_empty());
    for q in &x.unanswered {
        assert!(skipped.contains(&format!("  - {}\n", legend(Lang::En, Voice::Them, *q))), "{q:?}");
    }
    assert!(unsure.contains(&format!("  - {}\n", legend(Lang::En, Voice::Them, Q::Duration))));
    assert!(!unsure.contains(legend(Lang::En, Voice::Them, Q::Products)), "a sure answer is not unsure");

    // Nothing skipped or unsure: said so.
    let mut all = journey(Lang::En, "self", CALM);
    // Every question asked (`sedative_frequency` is not, without a sedative).
    let missing: Vec<Q> =
        Q::ALL.into_iter().filter(|q| all.answers.is_asked(*q) && all.answers.get(*q).is_none()).collect();
    for q in missing {
        let first = q.question().values.iter().find(|v| **v != NOT_SURE).unwrap();
        all.answers.set(q, &[first]).unwrap();
    }
    let s = section(&text(&all), w.confidence_heading).to_string();
    assert!(s.contains(&format!("{}: {}", w.skipped, w.none_listed)), "{s}");
    assert!(s.contains(&format!("{}: {}", w.unsure, w.none_listed)), "{s}");
}

#[test]
fn every_answer_given_is_listed() {
    let j = journey(Lang::En, "self", HEAVY);
    let t = text(&j);
    let s = section(&t, words(Lang::En).answers_heading);
    let given: Vec<Q> = j.answers.answered().map(|(q, _)| q).collect();
    for q in &given {
        assert!(s.contains(&format!("- {}\n", expected_answer(&j, *q))), "{q:?}");
    }
    assert_eq!(s.lines().count(), given.len(), "one line per answer, nothing else:\n{s}");
}

#[test]
fn the_loved_one_guide_only_in_loved_one_mode() {
    let texts = Lang::En.texts();
    let g = &texts.loved_one;
    let t = text(&journey(Lang::En, "loved_one", HEAVY));
    let s = section(&t, g.heading);
    for line in g.script {
        assert!(s.contains(&format!("“{line}”")), "{line}");
    }
    for line in g.boundaries.iter().chain(g.backfires).chain(g.self_care) {
        assert!(s.contains(line), "{line}");
    }
    for h in [g.script_heading, g.boundaries_heading, g.backfires_heading, g.self_care_heading] {
        assert!(s.contains(h), "{h}");
    }
    let mine = text(&journey(Lang::En, "self", HEAVY));
    assert!(at(&mine, g.heading).is_none());
    assert!(!mine.contains(g.script[0]) && !mine.contains(g.boundaries[0]));
    // Spanish quotes its own way.
    let es = text(&journey(Lang::Es, "loved_one", HEAVY));
    assert!(es.contains(&format!("«{}»", Lang::Es.texts().loved_one.script[0])));
}

#[test]
fn the_plan_shows_what_was_typed_and_ticked() {
    let mut j = journey(Lang::En, "self", HEAVY);
    j.plan.set(PlanField::Diary, "Mon 8am 2g\n\nTue 9am 3g".into());
    j.plan.set(PlanField::If(TriggerKind::Emotion), "I feel panicky".into());
    j.plan.set(PlanField::Then(TriggerKind::Emotion), "I text Sam".into());
    j.plan.set(PlanField::WarningSign(0), "skipping lunch".into());
    j.plan.set(PlanField::WarningSign(3), "bad sleep".into());
    j.plan.set(PlanField::Person(1), "Sam".into());
    j.plan.set(PlanField::Appointment, "Monday with Dr. Lee".into());
    j.plan.set(PlanField::OneChange, "no kratom in the car".into());
    j.plan.toggle_kit(KitItem::Hydration);
    let (t, p) = (text(&j), &Lang::En.texts().plan);
    let s = section(&t, p.heading);
    for (i, step) in p.steps.iter().enumerate() {
        assert!(s.contains(&format!("{}. {step}", i + 1)), "step {}", i + 1);
    }
    assert!(s.contains("Mon 8am 2g\n      \n      Tue 9am 3g"), "diary lines kept, indented:\n{s}");
    let emotion = p.triggers.iter().find(|(k, _)| *k == TriggerKind::Emotion).unwrap().1.title;
    assert!(s.contains(&format!("{emotion}: {} I feel panicky — {} I text Sam", p.if_label, p.then_label)));
    let body = p.triggers.iter().find(|(k, _)| *k == TriggerKind::Body).unwrap().1.title;
    let blank = words(Lang::En).left_blank;
    assert!(s.contains(&format!("{body}: {} {blank} — {} {blank}", p.if_label, p.then_label)));
    assert!(s.contains(&format!("{}: skipping lunch; bad sleep", p.warning_signs)));
    assert!(s.contains(&format!("{}: Sam", p.people)));
    assert!(s.contains(&format!("{}: Monday with Dr. Lee", p.appointment)));
    assert!(s.contains(&format!("{}: no kratom in the car", p.one_change)));
    for (item, kit) in &p.kit {
        let mark = if *item == KitItem::Hydration { "[x]" } else { "[ ]" };
        assert!(s.contains(&format!("{mark} {}", kit.title)), "{item:?}");
    }
    let support = crate::Plan::build(&j.answers, &crate::assess(&j.answers)).support_level;
    assert!(s.contains(&format!("2. {}: {}", p.steps[1], Lang::En.texts().level(support).name)));
}

#[test]
fn no_placeholders_in_any_language_voice_or_level() {
    let mut urgent = HEAVY.to_vec();
    urgent[0] = (Q::UrgentNow, &["heart"]);
    for lang in Lang::ALL {
        for who in ["self", "loved_one"] {
            for answers in [CALM, HEAVY, &urgent] {
                let t = text(&journey(lang, who, answers));
                assert!(!t.contains('{') && !t.contains('}'), "{lang:?} {who}:\n{t}");
            }
        }
    }
}

#[test]
fn spanish_summary_is_in_spanish() {
    let j = journey(Lang::Es, "self", HEAVY);
    let t = text(&j);
    let (es, en) = (words(Lang::Es), words(Lang::En));
    let level = crate::assess(&j.answers).care_level;
    assert!(t.starts_with(es.title));
    assert!(t.contains(&format!("{}: {DATE}", es.date)));
    assert!(section(&t, es.level_heading).contains(Lang::Es.texts().level(level).name));
    assert!(section(&t, es.level_heading).contains(es.asam(level)));
    assert!(section(&t, Lang::Es.texts().emergency.heading).contains("AYUDA"), "988 in Spanish");
    for (name, english) in all_words(en) {
        if english.chars().count() > 3 {
            assert!(!t.contains(english), "English {name} in the Spanish summary");
        }
    }
    let en_texts = Lang::En.texts();
    for english in [en_texts.plan.heading, en_texts.emergency.heading, en_texts.framing.not_diagnosis] {
        assert!(!t.contains(english), "{english}");
    }
}

#[test]
fn no_english_level_band_or_reason_in_a_spanish_summary() {
    let (en, en_texts) = (words(Lang::En), Lang::En.texts());
    let mut urgent = HEAVY.to_vec();
    urgent[0] = (Q::UrgentNow, &["suicide"]);
    let sparse: &[(Q, &[&str])] = &[(Q::UrgentNow, &["none"])];
    for who in ["self", "loved_one"] {
        for answers in [CALM, HEAVY, &urgent, sparse] {
            let t = text(&journey(Lang::Es, who, answers));
            let english = Level::ALL
                .iter()
                .map(|l| en_texts.level(*l).name)
                .chain(en.band_names.iter().map(|(_, n)| *n))
                .chain(en.reason_names.iter().map(|(_, n)| *n))
                .chain([en.confidence_ok_name, en.counts_at, en.level_label, en.signs_band]);
            // Words of one word are checked as whole words below (ids contain them).
            for e in english.filter(|e| e.contains(' ')) {
                assert!(!t.contains(e), "English {e:?} in the Spanish summary:\n{t}");
            }
            // Band ids are never shown; a level id only in parentheses.
            for word in t.split(|c: char| !c.is_alphanumeric() && c != '_') {
                assert!(!["few", "mild", "moderate", "severe", "unknown"].contains(&word), "{word}:\n{t}");
            }
            let tokens: Vec<&str> = t.split(|c: char| !c.is_alphanumeric() && c != '_').collect();
            for level in Level::ALL {
                let id = level.as_str();
                let bare = tokens.iter().filter(|w| **w == id).count();
                assert_eq!(bare, t.matches(&format!("({id})")).count(), "{id} outside parentheses:\n{t}");
            }
        }
    }
}

#[test]
fn configured_numbers_and_clinic_are_used() {
    let config = Clinic {
        phone: Some("555-0100".into()),
        contact_url: Some("https://clinic.example/contact".into()),
        lines: Lines { emergency_number: "112".into(), crisis_line: "024".into(), ..Lines::default() },
        ..Clinic::default()
    };
    let e = &Lang::En.texts().emergency;
    for answers in [CALM, &[(Q::UrgentNow, &["seizure"][..])][..]] {
        let t = text_for(&journey(Lang::En, "self", answers), &config, DATE);
        let s = section(&t, e.heading);
        assert!(s.contains(&e.emergency.replace("{n}", "112")), "{s}");
        assert!(s.contains(&e.crisis_other.replace("{n}", "024")), "{s}");
        assert!(!t.contains(&e.emergency.replace("{n}", "911")) && !t.contains("988"), "{t}");
        assert!(!t.contains(e.samhsa) && !t.contains(e.poison), "US-only resources left out:\n{t}");
        let clinic = section(&t, words(Lang::En).clinic_heading);
        assert_eq!(clinic, "555-0100\nhttps://clinic.example/contact\n", "a clinic without a name still shows");
    }
    let plain = text(&journey(Lang::En, "self", CALM));
    assert!(at(&plain, words(Lang::En).clinic_heading).is_none(), "no clinic configured, no section");
}

#[test]
fn answer_text_joins_labels_and_skips_unanswered() {
    let j = journey(Lang::En, "self", &[(Q::OtherSubstances, &["alcohol", "opioids"])]);
    let texts = Lang::En.texts();
    assert_eq!(answer_text(texts, Voice::Me, &j.answers, Q::Duration), None);
    let label = |v| texts.option(Q::OtherSubstances, v).unwrap().label.me;
    let want = format!("{}; {}", label("alcohol"), label("opioids"));
    assert_eq!(answer_text(texts, Voice::Me, &j.answers, Q::OtherSubstances), Some(want));
}

#[test]
fn reason_and_band_names_line_up_with_their_ids() {
    for lang in Lang::ALL {
        let w = words(lang);
        for (i, (id, name)) in w.reason_names.iter().enumerate() {
            assert_eq!(*id, ReasonId::ALL[i], "{lang:?}: reason row {i}");
            assert!(!name.trim().is_empty());
            assert!(!w.reason_names[..i].iter().any(|(_, n)| n == name), "{lang:?}: {name} twice");
        }
        for (i, (band, name)) in w.band_names.iter().enumerate() {
            assert_eq!(*band, Band::ALL[i], "{lang:?}: band row {i}");
            assert!(!name.trim().is_empty());
        }
    }
}

#[test]
fn each_level_maps_to_its_asam_codes_in_every_language() {
    // Spec §4: the codes a clinician reads are the same in any language.
    let codes: [(Level, &[&str]); 5] = [
        (Level::Monitor, &["0.5"]),
        (Level::Taper, &["1", "1-WM"]),
        (Level::Detox, &["2-WM", "3.7-WM"]),
        (Level::Residential, &["3.x"]),
        (Level::Urgent, &[]),
    ];
    for lang in Lang::ALL {
        let w = words(lang);
        for (level, wanted) in codes {
            for code in wanted {
                assert!(w.asam(level).contains(code), "{lang:?} {level:?} lacks {code}");
            }
        }
        let all: Vec<_> = Level::ALL.iter().map(|l| w.asam(*l)).collect();
        for (i, m) in all.iter().enumerate() {
            assert!(!all[..i].contains(m), "{lang:?}: two levels share a mapping");
        }
        assert_ne!(w.quote_open, w.quote_close);
    }
}
