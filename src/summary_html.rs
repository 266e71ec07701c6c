//! The printed rendering of the clinician summary ([`crate::summary::Doc`]):
//! a document a clinician can scan — one `h1`, an `h2` per section, the
//! answers as a table with the ids in a small code column of their own,
//! reasons, cautions and notes as lists. The same rows as the downloaded
//! text; ids of levels, reasons, cautions and notes (in parentheses there)
//! are left out here, so on paper the only ids are in the code column.

use guide::text::SummaryText;
use yew::prelude::*;

use crate::summary::{Doc, Row, Section, Val};
use crate::words::Words;

/// The whole document.
pub fn render(doc: &Doc, ui: &SummaryText) -> Html {
    html! {
        <article class="kc-sheet">
            { for doc.sections.iter().map(|s| section(s, ui)) }
        </article>
    }
}

fn section(section: &Section, ui: &SummaryText) -> Html {
    let level = section.heading.as_deref() == Some(ui.level_heading);
    let class = classes!("kc-sheet-section", level.then_some("kc-sheet-level"));
    html! {
        <section class={class}>
            if let Some(h) = &section.heading { <h2>{ h }</h2> }
            { for section.rows.chunk_by(same_kind).map(|run| rows(run, ui)) }
        </section>
    }
}

/// Rows that render together: a run of items is one list, a run of
/// answers one table, a run of kit items one list.
fn same_kind(a: &Row, b: &Row) -> bool {
    matches!(
        (a, b),
        (Row::Item { .. }, Row::Item { .. })
            | (Row::Answer { .. }, Row::Answer { .. })
            | (Row::Check { .. }, Row::Check { .. })
    )
}

fn rows(run: &[Row], ui: &SummaryText) -> Html {
    match run.first() {
        Some(Row::Item { .. }) => html! { <ul class="kc-sheet-items">{ for run.iter().map(item) }</ul> },
        Some(Row::Check { .. }) => html! { <ul class="kc-sheet-checks">{ for run.iter().map(check) }</ul> },
        Some(Row::Answer { .. }) => answers(run, ui),
        _ => run.iter().map(single).collect(),
    }
}

/// Words, then what follows them; never the id.
fn words(v: &Val) -> String {
    format!("{}{}", v.words, v.tail)
}

fn single(row: &Row) -> Html {
    match row {
        Row::Title(t) => html! { <h1>{ t }</h1> },
        Row::Text(t) => html! { <p>{ t }</p> },
        Row::Field { label, value } => html! {
            <p class="kc-sheet-field"><span class="kc-sheet-label">{ format!("{label}: ") }</span>{ words(value) }</p>
        },
        Row::Sub { label, value } => html! {
            <p class="kc-sheet-field kc-sheet-sub"><span class="kc-sheet-label">{ format!("{label}: ") }</span>{ value }</p>
        },
        Row::List { label, items } => html! {
            <>
                <p class="kc-sheet-label">{ label }</p>
                <ul class="kc-sheet-items">{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
            </>
        },
        Row::Step(s) => html! { <h3>{ s }</h3> },
        _ => Html::default(),
    }
}

fn item(row: &Row) -> Html {
    let Row::Item { value, details } = row else { return Html::default() };
    let head = if value.tail.is_empty() {
        html! { { &value.words } }
    } else {
        html! { <><strong>{ &value.words }</strong>{ &value.tail }</> }
    };
    html! {
        <li>
            { head }
            if !details.is_empty() {
                <ul class="kc-sheet-details">
                    { for details.iter().map(|(label, v)| html! { <li>{ format!("{label}: {}", words(v)) }</li> }) }
                </ul>
            }
        </li>
    }
}

fn check(row: &Row) -> Html {
    let Row::Check { done, text } = row else { return Html::default() };
    let mark = if *done { "☑" } else { "☐" };
    html! { <li><span class="kc-sheet-mark">{ mark }</span>{ text }</li> }
}

/// The ids with a line-break chance after each `=` and `,` only, so a
/// narrow column never splits an id.
fn breakable(code: &str) -> Html {
    code.split_inclusive(['=', ',']).map(|part| html! { <>{ part }<wbr /></> }).collect()
}

fn answers(run: &[Row], ui: &SummaryText) -> Html {
    let row = |r: &Row| match r {
        Row::Answer { question, answer, code } => html! {
            <tr><th scope="row">{ question }</th><td>{ answer }</td><td class="kc-sheet-code"><code>{ breakable(code) }</code></td></tr>
        },
        _ => Html::default(),
    };
    html! {
        <table class="kc-sheet-answers">
            <thead><tr>
                <th scope="col">{ ui.column_question }</th>
                <th scope="col">{ ui.column_answer }</th>
                <th scope="col" class="kc-sheet-code">{ ui.column_code }</th>
            </tr></thead>
            <tbody>{ for run.iter().map(row) }</tbody>
        </table>
    }
}

/// The hand-off code on paper: a small QR code floated beside
/// the title lines and the digits as one line above them, so the sheet
/// grows by one line only (a long summary still fits two pages).
pub fn handoff(code: &str, ui: &Words) -> Html {
    html! {
        <>
            // The picture once its drawing part is here (it is, once the
            // code has shown on screen); the digits in any case.
            if let Some(symbol) = crate::qr::symbol(code) {
                <aside class="kc-sheet-handoff">{ crate::handoff::qr(&symbol, ui.handoff_qr_label) }</aside>
            }
            <p class="kc-sheet-handoff-line">
                <span class="kc-sheet-label">{ format!("{}: ", ui.handoff_heading) }</span>
                <span class="kc-sheet-handoff-digits">{ crate::handoff::grouped(code) }</span>
            </p>
        </>
    }
}
