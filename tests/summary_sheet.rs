//! The printed summary sheet rendered natively: the same
//! rows as the downloaded text, as a document with one `h1`, an `h2` per
//! section, the answers in a table whose last column holds the ids, and no
//! id of a level, reason, caution or note anywhere else.

use guide::{Lang, Q};
use kratom_check::config::Config;
use kratom_check::state::Journey;
use kratom_check::summary::{summary, Doc, Row};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
struct SheetProps {
    doc: Doc,
    lang: Lang,
}

#[component]
fn Sheet(props: &SheetProps) -> Html {
    kratom_check::summary_html::render(&props.doc, &props.lang.texts().summary)
}

const HEAVY: &[(Q, &[&str])] = &[
    (Q::UrgentNow, &["none"]),
    (Q::Products, &["powder_leaf", "extract_or_shot"]),
    (Q::Frequency, &["daily_2_3"]),
    (Q::NightDosing, &["yes"]),
    (Q::OtherSubstances, &["alcohol", "benzodiazepines"]),
    (Q::SedativeFrequency, &["daily"]),
    (Q::Signs, &["cut_down_failed", "cravings", "tolerance", "withdrawal"]),
    (Q::WithdrawalIntensity, &["severe"]),
    (Q::MoodWhenStopping, &["severe"]),
    (Q::MentalHealth, &["anxiety_panic"]),
];

fn doc(lang: Lang, who: &str) -> Doc {
    let mut j = Journey::new(lang);
    j.answers.set(Q::Who, &[who]).unwrap();
    for (q, v) in HEAVY {
        j.answers.set(*q, v).unwrap();
    }
    summary(&j, &Config::default(), "2026-12-03")
}

async fn render(doc: Doc, lang: Lang) -> String {
    yew::LocalServerRenderer::<Sheet>::with_props(SheetProps { doc, lang }).hydratable(false).render().await
}

/// The page without its code cells.
fn outside_code(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    while let Some(start) = rest.find("<td class=\"kc-sheet-code\">") {
        out.push_str(&rest[..start]);
        rest = &rest[start + rest[start..].find("</td>").unwrap()..];
    }
    out.push_str(rest);
    out
}

#[tokio::test]
async fn the_sheet_has_headings_a_table_and_ids_only_in_the_code_column() {
    for lang in Lang::ALL {
        for who in ["self", "loved_one"] {
            let d = doc(lang, who);
            let html = render(d.clone(), lang).await;
            assert_eq!(html.matches("<h1>").count(), 1, "{lang:?}");
            let headed = d.sections.iter().filter(|s| s.heading.is_some()).count();
            assert_eq!(html.matches("<h2>").count(), headed, "an h2 per section");
            let answers: Vec<&Row> =
                d.sections.iter().flat_map(|s| &s.rows).filter(|r| matches!(r, Row::Answer { .. })).collect();
            assert_eq!(html.matches("<td class=\"kc-sheet-code\">").count(), answers.len(), "one row per answer");
            for r in &answers {
                let Row::Answer { question, code, .. } = r else { unreachable!() };
                // Line-break chances (`<wbr>`) sit only after `=` and `,`.
                let cell = format!("<code>{}</code>", code.replace('=', "=<wbr>").replace(',', ",<wbr>"));
                assert!(
                    html.contains(&cell.replace("</code>", "<wbr></code>")) || html.contains(&cell),
                    "{code}:\n{html}"
                );
                assert!(html.contains(question.as_str()));
            }
            // Every id the text puts in parentheses is left out of the sheet.
            let text = d.text();
            let outside = outside_code(&html);
            for id in ["psychiatric_risk", "sedative_mix", "daily_2_3", "severe_mood_on_stopping", "(detox)", "(ok)"] {
                assert!(!outside.contains(id), "{lang:?} {who}: {id} outside the code column");
            }
            assert!(text.contains("psychiatric_risk"), "the download keeps the ids in parentheses");
            // The level and its confidence come before the answers table.
            let level_at = html.find("kc-sheet-level").unwrap();
            assert!(level_at < html.find("kc-sheet-answers").unwrap());
            let confidence = lang.texts().summary.confidence;
            let conf_at = html.find(&format!("{confidence}: ")).unwrap();
            assert!(level_at < conf_at && conf_at < html.find("kc-sheet-answers").unwrap());
            // No inline styles: the widget's stylesheet styles the sheet.
            assert!(!html.contains("style="));
        }
    }
}
