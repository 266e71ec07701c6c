//! The pseudo-locales, natively: built with the feature `pseudo`
//! (`cargo test --features pseudo --test pseudo`; `cargo xtask test` runs
//! it), the language list holds two more lines, `qaa` (accented English,
//! 40 % longer) and `qab` (the same, right to left), whose words come from
//! `po/qaa.po` and `po/qab.po` like any language's.
//!
//! - A language added by a file and one list line shows up, with no other
//!   edit, in the language switch, the builder's choices and the `data-lang`
//!   warning.
//! - Every page a persona walks, in each pseudo-locale, holds no plain
//!   English: every text with a letter went through the translation files
//!   (a hard-coded word in markup fails here).
//! - A right-to-left language sets `dir="rtl"` on the widget.

use guide::{Answers, Dir, Lang, Q};
use kratom_check::app::{ShellAt, ShellAtProps};
use kratom_check::embed::attrs::{validate, Env, RawConfig};
use kratom_check::state::{Journey, Page};

async fn render(lang: Lang, page: Page, answers: Answers, who: &str) -> String {
    let mut journey = Journey::new(lang);
    journey.answers = answers;
    if page != Page::Start {
        journey.answers.set(Q::Who, &[who]).unwrap();
    }
    journey.page = page;
    yew::LocalServerRenderer::<ShellAt>::with_props(ShellAtProps { journey, config: Default::default() })
        .hydratable(false)
        .render()
        .await
}

fn pseudo() -> [Lang; 2] {
    [Lang::parse("qaa").expect("the feature adds qaa"), Lang::parse("qab").expect("the feature adds qab")]
}

/// The text between tags (and attribute values people read), markup removed.
fn texts(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(end) = rest.find('<') {
        out.push(rest[..end].to_string());
        let Some(close) = rest[end..].find('>') else { break };
        let tag = &rest[end..end + close];
        for attr in ["aria-label=\"", "title=\"", "placeholder=\""] {
            if let Some(i) = tag.find(attr) {
                let v = &tag[i + attr.len()..];
                out.push(v[..v.find('"').unwrap_or(v.len())].to_string());
            }
        }
        rest = &rest[end + close + 1..];
    }
    out.push(rest.to_string());
    out.into_iter().map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect()
}

/// A text is plain English when it has an ASCII letter and no accented one:
/// it never went through a translation file. The config's own values (the
/// emergency and crisis numbers) and the widget's codes are not words.
fn plain_english(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().any(|c| c.is_ascii_alphabetic()))
        .filter(|w| !w.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())) // SAMHSA, MOUD, 7-OH
        .collect();
    !words.is_empty() && !text.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
}

#[test]
fn a_third_language_is_in_the_switch_the_builder_and_the_warnings() {
    assert_eq!(Lang::ALL.len(), 4);
    for lang in pseudo() {
        // The builder's choices and the warning come from the list.
        assert!(kratom_check::lang_packs::builder_rows().contains(&format!(
            "[\"{}\", \"{}\"]",
            lang.code(),
            lang.name()
        )));
        let env = Env { page_lang: None, parse_url: &|_| None };
        let warnings = validate(&RawConfig::with([("data-lang", "de")]), &env).1;
        let m = warnings[0].message("k");
        assert!(m.contains("supported: en, es, qaa, qab"), "{m}");
        // Its words are its file's: every text id, from po/CODE.po.
        assert_eq!(lang.texts().lang, lang);
        assert!(lang.texts().question(Q::Frequency).legend.me.starts_with('[') || lang.dir() == Dir::Rtl);
    }
}

#[tokio::test]
async fn the_switch_offers_every_other_language_by_its_own_name() {
    for lang in Lang::ALL {
        let html = render(lang, Page::Start, Answers::new(), "self").await;
        for other in Lang::ALL.into_iter().filter(|o| *o != lang) {
            let button = format!(r#"lang="{}""#, other.code());
            let i = html.find("kc-lang-switch").expect("the switch");
            assert!(html[i..].contains(&button), "{lang:?} lacks a button for {other:?}: {}", &html[i..i + 600]);
            assert!(html.contains(&format!(">{}</button>", other.name())), "{lang:?}: {}", other.name());
        }
        let switch = &html[html.find("kc-lang-switch").unwrap()..];
        let switch = &switch[..switch.find("kc-lang-status").unwrap()];
        assert_eq!(switch.matches("<button").count(), Lang::ALL.len() - 1, "{switch}");
        assert_eq!(html.contains(r#"dir="rtl""#), lang.dir() == Dir::Rtl, "{lang:?}");
    }
}

#[tokio::test]
async fn a_persona_walk_in_each_pseudo_locale_has_no_plain_english() {
    // A heavy persona: a result with reasons, cautions, notes and the plan.
    let persona: &[(Q, &[&str])] = &[
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
    // The detector finds English where it is: the same result page in English.
    let mut answers = Answers::new();
    answers.set(Q::Who, &["self"]).unwrap();
    for (q, v) in persona {
        let _ = answers.set(*q, v);
    }
    let english = render(Lang::En, Page::Result, answers, "self").await;
    assert!(texts(&english).iter().filter(|t| plain_english(t)).count() > 20, "{english}");
    for lang in pseudo() {
        for who in ["self", "loved_one"] {
            let mut answers = Answers::new();
            answers.set(Q::Who, &[who]).unwrap();
            let mut pages = vec![Page::Start];
            pages.extend(Q::ALL.into_iter().filter(|q| *q != Q::Who).map(Page::Ask));
            for (q, v) in persona {
                if answers.set(*q, v).is_err() {
                    continue; // a question this path does not ask
                }
            }
            pages.extend([Page::Check, Page::Result, Page::Plan]);
            for page in pages {
                let html = render(lang, page, answers.clone(), who).await;
                // Other languages' names on the switch are in those languages, as they should be.
                let names: Vec<&str> = Lang::ALL.iter().map(|l| l.name()).collect();
                let english: Vec<String> =
                    texts(&html).into_iter().filter(|t| plain_english(t) && !names.contains(&t.as_str())).collect();
                assert!(english.is_empty(), "{lang:?} {who} {page:?}: plain English {english:?}");
            }
        }
    }
}
