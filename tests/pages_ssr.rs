//! Component tests: each page kind rendered natively (Yew SSR) from a
//! prepared journey, checked against the markup contract of spec §9.

use std::rc::Rc;

use guide::{Answers, Lang, Q};
use kratom_check::app::{ShellAt, ShellAtProps};
use kratom_check::config::Config;
use kratom_check::state::{Journey, Page};

fn answers(pairs: &[(Q, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, v) in pairs {
        a.set(*q, v).unwrap();
    }
    a
}

async fn render_with(page: Page, answers: Answers, lang: Lang, config: Config) -> String {
    let mut journey = Journey::new(lang);
    journey.page = page;
    journey.answers = answers;
    yew::LocalServerRenderer::<ShellAt>::with_props(ShellAtProps { journey, config: Rc::new(config) })
        .hydratable(false)
        .render()
        .await
}

async fn render(page: Page, answers: Answers) -> String {
    render_with(page, answers, Lang::En, Config::default()).await
}

fn count(html: &str, needle: &str) -> usize {
    html.matches(needle).count()
}

#[tokio::test]
async fn start_page_asks_who_with_real_radios() {
    let html = render(Page::Start, Answers::new()).await;
    assert!(html.contains(r#"lang="en""#), "{html}");
    assert!(html.contains("<form"));
    assert_eq!(count(&html, r#"type="radio""#), 2);
    assert!(html.contains(r#"name="who""#) && html.contains(r#"value="loved_one""#));
    assert!(html.contains(r#"<button type="submit""#));
    assert!(html.contains(kratom_check::words::words(Lang::En).privacy));
}

#[tokio::test]
async fn every_question_page_is_one_fieldset_with_labelled_inputs() {
    for q in Q::ALL.into_iter().filter(|q| *q != Q::Who) {
        let html = render(Page::Ask(q), Answers::new()).await;
        let question = q.question();
        let kind = if question.kind == guide::Kind::Single { "radio" } else { "checkbox" };
        assert_eq!(count(&html, &format!(r#"type="{kind}""#)), question.values.len(), "{}", q.as_str());
        assert_eq!(count(&html, &format!(r#"name="{}""#, q.as_str())), question.values.len());
        assert_eq!(count(&html, "<label"), question.values.len(), "{}", q.as_str());
        assert_eq!(count(&html, "<fieldset"), 1);
        assert!(html.contains("<legend"));
        assert_eq!(count(&html, r#"type="submit""#), 1);
        let legend = Lang::En.texts().question(q).legend.me;
        assert!(html.contains(&escape(legend)), "{}: legend missing", q.as_str());
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('\'', "&#39;").replace('"', "&quot;")
}

#[tokio::test]
async fn loved_one_mode_uses_its_own_wording() {
    let a = answers(&[(Q::Who, &["loved_one"])]);
    let html = render(Page::Ask(Q::Frequency), a).await;
    let text = Lang::En.texts().question(Q::Frequency);
    assert!(html.contains(&escape(text.legend.them)));
    assert!(!html.contains(&escape(text.legend.me)));
}

#[tokio::test]
async fn saved_answers_are_checked_when_coming_back() {
    let a = answers(&[(Q::Products, &["capsules", "not_sure"])]);
    let html = render(Page::Ask(Q::Products), a).await;
    assert_eq!(count(&html, "checked"), 2, "{html}");
}

#[tokio::test]
async fn urgent_page_shows_the_configured_numbers() {
    let a = answers(&[(Q::UrgentNow, &["breathing"])]);
    let config = Config { emergency_number: "112".into(), ..Config::default() };
    let html = render_with(Page::Urgent, a.clone(), Lang::En, config).await;
    assert!(html.contains(r#"href="tel:112" data-resource="emergency""#), "{html}");
    assert!(html.contains(r#"href="tel:988" data-resource="crisis""#));
    assert!(html.contains(r#"href="sms:988" data-resource="crisis_text""#));
    // Not the US default set: no SAMHSA or Poison Help, and no hook for them.
    assert!(!html.contains("tel:18002221222") && !html.contains(r#"data-resource="poison""#));
    assert!(!html.contains(r#"data-resource="helpline""#));

    let html = render_with(Page::Urgent, a.clone(), Lang::En, Config::default()).await;
    for r in ["emergency", "crisis", "crisis_text", "helpline", "poison"] {
        assert!(html.contains(&format!(r#"data-resource="{r}""#)), "{r}");
    }
    assert!(html.contains("tel:18002221222") && html.contains("tel:18006624357"));

    // Another crisis line: neutral name, no text link unless one is given.
    let other = Config { crisis_line: "13114".into(), ..Config::default() };
    let html = render_with(Page::Urgent, a.clone(), Lang::Es, other.clone()).await;
    assert!(html.contains(r#"href="tel:13114" data-resource="crisis""#));
    assert!(!html.contains("data-resource=\"crisis_text\"") && !html.contains("988") && !html.contains("AYUDA"));
    let with_text = Config { crisis_text: Some("0477131114".into()), ..other };
    let html = render_with(Page::Urgent, a, Lang::En, with_text).await;
    assert!(html.contains(r#"href="sms:0477131114" data-resource="crisis_text""#));
}

#[tokio::test]
async fn check_page_is_a_form_without_inputs() {
    let a = answers(&[(Q::Who, &["self"]), (Q::Frequency, &["weekly"])]);
    let html = render(Page::Check, a).await;
    assert!(html.contains("<form"));
    assert_eq!(count(&html, "<input"), 0);
    assert_eq!(count(&html, r#"type="submit""#), 1);
    // Every question but the sedative follow-up, which is not asked here.
    assert_eq!(count(&html, "data-change="), Q::ALL.len() - 1);
    assert!(!html.contains(r#"data-change="sedative_frequency""#));
    assert!(html.contains(r#"data-change="age_band""#));
    let weekly = Lang::En.texts().option(Q::Frequency, "weekly").unwrap().label.me;
    assert!(html.contains(&escape(weekly)));

    // With an asked sedative named, the follow-up is listed, with its answer.
    let a = answers(&[(Q::Who, &["self"]), (Q::OtherSubstances, &["alcohol"]), (Q::SedativeFrequency, &["daily"])]);
    let html = render(Page::Check, a).await;
    assert_eq!(count(&html, "data-change="), Q::ALL.len());
    let daily = Lang::En.texts().option(Q::SedativeFrequency, "daily").unwrap().label.me;
    assert!(html.contains(&escape(daily)));
}

#[tokio::test]
async fn result_page_carries_level_reasons_cautions_and_notes_hooks() {
    let a = answers(&[
        (Q::Who, &["self"]),
        (Q::UrgentNow, &["none"]),
        (Q::Products, &["extract_or_shot"]),
        (Q::Frequency, &["daily_once"]),
        (Q::OtherSubstances, &["alcohol"]),
    ]);
    let expected = guide::assess(&a);
    let html = render(Page::Result, a).await;
    assert!(html.contains(&format!(r#"data-care-level="{}""#, expected.care_level.as_str())));
    assert!(html.contains(&format!(r#"data-confidence="{}""#, expected.confidence.as_str())));
    assert!(html.contains(&format!(r#"data-band="{}""#, expected.severity.band.as_str())));
    assert_eq!(expected.care_level, guide::Level::Detox);
    for r in &expected.reasons {
        assert!(html.contains(&format!(r#"data-reason="{}""#, r.id.as_str())), "{:?}", r.id);
    }
    for c in &expected.cautions {
        assert!(html.contains(&format!(r#"data-caution="{}""#, c.id.as_str())));
    }
    for n in &expected.notes {
        assert!(html.contains(&format!(r#"data-note="{}""#, n.as_str())));
    }
    assert!(html.contains("data-reason=\"extract_use\""));
    assert!(html.contains("data-caution=\"sedative_mix\""));
    assert!(html.contains("tel:988"), "emergency resources always shown");
    assert!(html.contains(&escape(Lang::En.texts().framing.not_diagnosis)));
}

/// Spec §8, §9: the reasons that set the level first, each with the level
/// it counts at; the rest inside one `[data-also-noted]` element.
#[tokio::test]
async fn reasons_that_set_the_level_come_first_then_one_also_noted_element() {
    let a = answers(&[
        (Q::Who, &["self"]),
        (Q::UrgentNow, &["none"]),
        (Q::Frequency, &["daily_4_plus"]),
        (Q::NightDosing, &["yes"]),
        (Q::Signs, &["cravings", "tolerance"]),
        (Q::WithdrawalIntensity, &["mild"]),
    ]);
    let x = guide::assess(&a);
    let (sets, noted): (Vec<_>, Vec<_>) = x.reasons.iter().partition(|r| r.level == x.care_level);
    assert!(!sets.is_empty() && !noted.is_empty(), "the fixture has both kinds: {:?}", x.reasons);
    let html = render(Page::Result, a).await;
    assert_eq!(count(&html, "data-also-noted"), 1);
    let split = html.find("data-also-noted").unwrap();
    for (group, before) in [(&sets, true), (&noted, false)] {
        for r in group.iter() {
            let hook = format!(r#"data-reason="{}" data-reason-level="{}""#, r.id.as_str(), r.level.as_str());
            let at = html.find(&hook).unwrap_or_else(|| panic!("{hook}"));
            assert_eq!(at < split, before, "{hook}");
        }
    }
    assert_eq!(count(&html, "data-reason="), x.reasons.len());
}

/// Spec §4, §8: with most answers unknown a monitor result must not say no
/// treatment is needed, and an unanswered checklist is no "few signs".
#[tokio::test]
async fn low_confidence_monitor_result_says_the_gaps_not_no_treatment() {
    let a = answers(&[(Q::Who, &["self"]), (Q::UrgentNow, &["none"]), (Q::Signs, &["not_sure"])]);
    let x = guide::assess(&a);
    assert_eq!(
        (x.care_level, x.confidence.as_str(), x.severity.band.as_str()),
        (guide::Level::Monitor, "low", "unknown")
    );
    let html = render(Page::Result, a).await;
    let words = Lang::En.texts();
    assert!(html.contains(r#"data-confidence="low""#));
    assert!(html.contains(r#"data-band="unknown""#));
    // Text nodes keep apostrophes as they are; only markup characters are escaped.
    let text = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
    assert!(html.contains(&text(words.low_confidence.monitor.me)));
    assert!(html.contains(&text(words.low_confidence.no_level)));
    assert!(!html.contains(&text(words.level(guide::Level::Monitor).summary.me)));
    assert!(html.contains(&text(words.band(guide::Band::Unknown).me)));
    assert!(!html.contains(&text(words.band(guide::Band::Few).me)));
}

#[tokio::test]
async fn loved_one_result_has_the_guide() {
    let a = answers(&[(Q::Who, &["loved_one"]), (Q::UrgentNow, &["none"])]);
    let html = render(Page::Result, a).await;
    assert!(html.contains(r#"data-note="loved_one_guide""#));
    assert!(html.contains(&escape(Lang::En.texts().loved_one.script_heading)));
}

#[tokio::test]
async fn spanish_renders_spanish() {
    let html = render_with(Page::Start, Answers::new(), Lang::Es, Config::default()).await;
    assert!(html.contains(r#"lang="es""#));
    assert!(html.contains(&escape(kratom_check::words::words(Lang::Es).privacy)));
    assert!(!html.contains(&escape(kratom_check::words::words(Lang::En).privacy)));
}

#[tokio::test]
async fn urgent_banner_follows_a_red_flag() {
    let a = answers(&[(Q::UrgentNow, &["suicide"])]);
    let html = render(Page::Ask(Q::Products), a.clone()).await;
    assert!(html.contains("kc-urgent-banner"));
    let calm = render(Page::Ask(Q::Products), answers(&[(Q::UrgentNow, &["none"])])).await;
    assert!(!calm.contains("kc-urgent-banner"));
}

/// Spec §8: with a pregnancy the level's lead says not to stop suddenly
/// alone, and to plan with prenatal and addiction care together.
#[tokio::test]
async fn pregnancy_changes_the_lead() {
    // A text node: only markup characters would be escaped, and it has none.
    let lead = Lang::En.texts().framing.pregnancy_lead.me;
    assert!(!lead.contains(['&', '<', '>']));
    let base: [(Q, &[&str]); 3] = [(Q::Who, &["self"]), (Q::UrgentNow, &["none"]), (Q::Frequency, &["daily_2_3"])];
    let without = render(Page::Result, answers(&base)).await;
    assert!(!without.contains(lead));
    let mut with = base.to_vec();
    with.push((Q::Medical, &["pregnant_postpartum"]));
    let html = render(Page::Result, answers(&with)).await;
    assert!(html.contains(lead), "{html}");
}

/// The loader's painted start page finds the quick exit and the language
/// switch by their `data-kc-*` hooks, not by styling classes.
#[tokio::test]
async fn the_painted_page_finds_its_buttons_by_data_hooks() {
    let html = render(Page::Start, Answers::new()).await;
    assert_eq!(count(&html, r#"data-kc-action="quick-exit""#), 1, "{html}");
    assert_eq!(count(&html, r#"data-kc-action="switch-lang""#), 1);
    assert_eq!(count(&html, "data-kc-lang-status"), 1);
    let loader = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/www/kratom-check.js")).unwrap();
    for hook in [r#""quick-exit""#, r#""switch-lang""#, "[data-kc-lang-status]"] {
        assert!(loader.contains(hook), "the loader uses {hook}");
    }
    for class in ["kc-exit-button", "\".kc-lang", "classList.contains(\"kc-"] {
        assert!(!loader.contains(class), "the loader finds behaviour by a styling class: {class}");
    }
}

/// "Show a code for your clinic" ends the result and plan pages
/// for someone answering about their own use; about someone else only when
/// the clinic allows it; never when the clinic turns it off. The code
/// itself is never in the page until the person asks for it.
#[tokio::test]
async fn the_handoff_button_follows_the_clinic_and_the_voice() {
    use kratom_check::config::HandoffOffer;
    let me = answers(&[(Q::Who, &["self"]), (Q::UrgentNow, &["none"]), (Q::Frequency, &["daily_once"])]);
    let them = answers(&[(Q::Who, &["loved_one"]), (Q::UrgentNow, &["none"]), (Q::Frequency, &["daily_once"])]);
    let with = |handoff| Config { handoff, ..Config::default() };
    for page in [Page::Result, Page::Plan] {
        let cases = [
            (&me, HandoffOffer::OwnAnswers, true),
            (&them, HandoffOffer::OwnAnswers, false),
            (&them, HandoffOffer::Everyone, true),
            (&me, HandoffOffer::Off, false),
            (&them, HandoffOffer::Off, false),
        ];
        for (a, offer, shown) in cases {
            let html = render_with(page, a.clone(), Lang::En, with(offer)).await;
            assert_eq!(count(&html, "data-handoff-show"), usize::from(shown), "{page:?} {offer:?}");
            assert_eq!(count(&html, "data-handoff-code"), 0, "no code before it is asked for");
            assert_eq!(count(&html, "<svg"), 0);
        }
    }
    let es = render_with(Page::Result, me.clone(), Lang::Es, Config::default()).await;
    assert!(es.contains(kratom_check::words::words(Lang::Es).handoff_show));
}
