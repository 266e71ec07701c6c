//! The widget's pages in the test-only pseudo-locales, for the browser's
//! layout check (`tests/e2e/pseudo-locales.test.mjs`):
//!
//!     cargo run --quiet --features pseudo --example pseudo_pages
//!
//! Prints `{"css", "pages": [{name, lang, dir, html}]}`: the widget's own
//! stylesheet and each page as Yew's server renderer draws it (the same
//! components the wasm runs) for a heavy persona, in both voices, in `qaa`
//! (accented, 40 % longer) and `qab` (the same, right to left).

use guide::{Answers, Lang, Q};
use kratom_check::app::{ShellAt, ShellAtProps};
use kratom_check::state::{Journey, Page};
use serde_json::json;

/// A persona whose result has reasons, cautions, notes and the plan.
const HEAVY: &[(Q, &[&str])] = &[
    (Q::UrgentNow, &["none"]),
    (Q::Products, &["powder_leaf", "extract_or_shot"]),
    (Q::Frequency, &["daily_4_plus"]),
    (Q::NightDosing, &["yes"]),
    (Q::OtherSubstances, &["alcohol", "benzodiazepines"]),
    (Q::SedativeFrequency, &["daily"]),
    (Q::Signs, &["cut_down_failed", "cravings", "tolerance", "withdrawal"]),
    (Q::WithdrawalSymptoms, &["stomach", "sleep", "anxiety_panic"]),
    (Q::WithdrawalIntensity, &["severe"]),
    (Q::CanStayStoppedHere, &["no"]),
];

async fn render(lang: Lang, page: Page, who: &str, urgent: bool) -> String {
    let mut journey = Journey::new(lang);
    if page != Page::Start {
        journey.answers.set(Q::Who, &[who]).unwrap();
        for (q, v) in HEAVY {
            let _ = journey.answers.set(*q, v);
        }
        if urgent {
            journey.answers.set(Q::UrgentNow, &["breathing", "suicide"]).unwrap();
        }
    } else {
        journey.answers = Answers::new();
    }
    journey.page = page;
    yew::LocalServerRenderer::<ShellAt>::with_props(ShellAtProps { journey, config: Default::default() })
        .hydratable(false)
        .render()
        .await
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let mut pages = Vec::new();
    for code in ["qaa", "qab"] {
        let lang = Lang::parse(code).expect("built with --features pseudo");
        for who in ["self", "loved_one"] {
            let list = [
                ("start", Page::Start, false),
                ("question", Page::Ask(Q::Frequency), false),
                ("multi", Page::Ask(Q::Signs), false),
                ("urgent", Page::Urgent, true),
                ("check", Page::Check, false),
                ("result", Page::Result, false),
                ("plan", Page::Plan, false),
            ];
            for (name, page, urgent) in list {
                let html = render(lang, page, who, urgent).await;
                pages.push(json!({ "name": format!("{code}-{who}-{name}"), "lang": code, "dir": lang.dir().as_str(), "html": html }));
            }
        }
    }
    println!("{}", json!({ "css": kratom_check::embed::BASE_CSS, "pages": pages }));
}
