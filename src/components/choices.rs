//! The answers of one question as real radios or checkboxes (spec §9:
//! `name` = question id, `value` = answer id, each with its own label),
//! with "none"-style answers kept exclusive as the person ticks.

use guide::{Kind, Q};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::asked::Asked;
use crate::components::heading::{heading, Tone};
use crate::components::progress::caption;
use crate::state::Focus;

/// The new selection after `value` is ticked (`on`) or unticked.
pub fn toggle(q: Q, selected: &[&'static str], value: &'static str, on: bool) -> Vec<&'static str> {
    let question = q.question();
    match question.kind {
        Kind::Single => vec![value],
        Kind::Multi if !on => selected.iter().copied().filter(|v| *v != value).collect(),
        Kind::Multi if question.is_exclusive(value) => vec![value],
        Kind::Multi => {
            let mut next: Vec<_> =
                selected.iter().copied().filter(|v| !question.is_exclusive(v) && *v != value).collect();
            next.push(value);
            next
        }
    }
}

pub fn input_id(q: Q, value: &str) -> String {
    format!("kc-{}-{}", q.as_str(), value)
}

/// The id of question `q`'s error message.
pub fn error_id(q: Q) -> String {
    format!("kc-error-{}", q.as_str())
}

/// The fieldset of the question `asked` with `selected` ticked; `onchange`
/// gets the new selection. `error`: the message when the page could not
/// move on, shown inside the fieldset and read with it (the GOV.UK pattern).
pub fn choices(
    asked: &Asked,
    selected: &[&'static str],
    onchange: &Callback<Vec<&'static str>>,
    error: Option<&'static str>,
) -> Html {
    let q = asked.q;
    let hint_id = format!("kc-hint-{}", q.as_str());
    let described_by = match error {
        Some(_) => format!("{hint_id} {}", error_id(q)),
        None => hint_id.clone(),
    };
    let invalid = error.map(|_| "true");
    let (texts, words, voice) = (asked.texts(), asked.words(), asked.voice);
    let question = q.question();
    let kind = if question.kind == Kind::Single { "radio" } else { "checkbox" };
    let text = texts.question(q);
    let mut seen_exclusive = false;
    let options = question.values.iter().map(|&value| {
        let id = input_id(q, value);
        let label = texts.option(q, value).map_or(value, |o| o.label.get(voice));
        let first_exclusive = question.is_exclusive(value) && !std::mem::replace(&mut seen_exclusive, true);
        let checked = selected.contains(&value);
        let selected = selected.to_vec();
        let onchange = onchange.clone();
        let changed = Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            onchange.emit(toggle(q, &selected, value, on));
        });
        let controls = html! {
            <>
                <input type={kind} class="kc-input" id={id.clone()} name={q.as_str()} value={value}
                    {checked} onchange={changed} aria-invalid={invalid} />
                <label class="kc-label" for={id}>{ label }</label>
            </>
        };
        let class = classes!("kc-option", first_exclusive.then_some("kc-option-exclusive"));
        html! { <div {class} key={value}>{ controls }</div> }
    });
    html! {
        <fieldset class="kc-fieldset" aria-describedby={described_by}>
            <legend class="kc-legend">
                { heading(asked.focus == Focus::Heading, caption(words, texts, q), text.legend.get(voice), Tone::Plain) }
            </legend>
            <p class="kc-hint" id={hint_id}>
                <span class="kc-hint-label">{ words.why_we_ask }</span>{" "}{ text.hint.get(voice) }
            </p>
            if let Some(message) = error {
                <p class="kc-error-message" id={error_id(q)}>
                    <span class="kc-sr">{ words.error_summary_title }{ ": " }</span>{ message }
                </p>
            }
            <div class="kc-options">{ for options }</div>
        </fieldset>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn none_clears_others_and_others_clear_none() {
        let s = toggle(Q::Medical, &["liver", "seizures"], "none", true);
        assert_eq!(s, vec!["none"]);
        let s = toggle(Q::Medical, &s, "liver", true);
        assert_eq!(s, vec!["liver"]);
    }

    #[test]
    fn not_sure_may_stand_with_others() {
        let s = toggle(Q::Products, &["capsules"], "not_sure", true);
        assert_eq!(s, vec!["capsules", "not_sure"]);
    }

    #[test]
    fn never_stopped_is_exclusive_too() {
        let s = toggle(Q::WithdrawalSymptoms, &["sleep", "stomach"], "never_stopped", true);
        assert_eq!(s, vec!["never_stopped"]);
    }

    #[test]
    fn unticking_removes_and_radios_replace() {
        assert_eq!(toggle(Q::Products, &["capsules", "not_sure"], "capsules", false), vec!["not_sure"]);
        assert_eq!(toggle(Q::Frequency, &["weekly"], "daily_once", true), vec!["daily_once"]);
    }
}
