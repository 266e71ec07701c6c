//! The six-step plan (spec §8), pre-filled from the answers and editable
//! on the device. Edits live in the journey state only.

use guide::plan::{KitItem, Plan, TriggerKind};
use guide::Q;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::context::JourneyHandle;
use crate::pages::result::li_titled;
use crate::state::{Action, PlanField};

/// A labelled one-line text field bound to a plan field. A plain function,
/// not a component (see `components::emergency::emergency`).
fn field(journey: &JourneyHandle, field: PlanField, id: &'static str, label: &'static str) -> Html {
    let value = journey.plan.get(field).to_string();
    let journey = journey.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlInputElement>().value();
        journey.dispatch(Action::EditPlan(field, text));
    });
    html! {
        <div class="kc-field">
            <label class="kc-field-label" for={id}>{ label }</label>
            <input type="text" class="kc-text" {id} {value} {oninput} autocomplete="off" />
        </div>
    }
}

/// The `if` and `then` field ids of one trigger kind.
fn trigger_ids(kind: TriggerKind) -> (&'static str, &'static str) {
    match kind {
        TriggerKind::Body => ("kc-if-body", "kc-then-body"),
        TriggerKind::Emotion => ("kc-if-emotion", "kc-then-emotion"),
        TriggerKind::Situation => ("kc-if-situation", "kc-then-situation"),
    }
}

/// A kit checkbox's `id` (`kc-kit-{index}`) and `value` (the item's name in lowercase).
fn kit_attrs(item: KitItem) -> (&'static str, &'static str) {
    match item {
        KitItem::Hydration => ("kc-kit-0", "hydration"),
        KitItem::EasyFood => ("kc-kit-1", "easyfood"),
        KitItem::SleepRoutine => ("kc-kit-2", "sleeproutine"),
        KitItem::Movement => ("kc-kit-3", "movement"),
        KitItem::PersonToText => ("kc-kit-4", "persontotext"),
    }
}

/// Step 6 list fields: ids `kc-{slug}-{i}`, labelled `1`, `2`, ….
const SIGN_IDS: [&str; 5] = ["kc-sign-0", "kc-sign-1", "kc-sign-2", "kc-sign-3", "kc-sign-4"];
const PERSON_IDS: [&str; 3] = ["kc-person-0", "kc-person-1", "kc-person-2"];
const NUMBERS: [&str; 5] = ["1", "2", "3", "4", "5"];

/// The plan section. A plain function, not a component (see
/// `components::emergency::emergency`).
pub fn plan_builder(journey: &JourneyHandle, plan: &Plan) -> Html {
    let (words, voice) = (journey.lang.texts(), journey.voice());
    let p = &words.plan;

    let diary = {
        let journey = journey.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
            journey.dispatch(Action::EditPlan(PlanField::Diary, text));
        })
    };

    let step = |i: usize, body: Html| {
        html! {
            <li class="kc-step">
                <h4 class="kc-step-title">{ p.steps[i] }</h4>
                <p class="kc-step-intro">{ p.step_intros[i].get(voice) }</p>
                { body }
            </li>
        }
    };

    let kit = plan.comfort_kit.iter().map(|entry| {
        let t = p.kit(entry.item);
        let item = entry.item;
        let (id, value) = kit_attrs(item);
        let checked = journey.plan.kit_ready.contains(&item);
        let journey = journey.clone();
        let onchange = Callback::from(move |_| journey.dispatch(Action::ToggleKit(item)));
        let because = entry
            .for_symptoms
            .iter()
            .filter_map(|v| words.option(Q::WithdrawalSymptoms, v).map(|o| o.label.get(voice)))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <li class="kc-option">
                <input type="checkbox" class="kc-input" {id} name="kit" {value} {checked} {onchange} />
                <label class="kc-label" for={id}>
                    <strong>{ t.title }</strong>{ " — " }{ t.body.get(voice) }
                    if !because.is_empty() { <span class="kc-because">{ " (" }{ because }{ ")" }</span> }
                </label>
            </li>
        }
    });

    let triggers = plan.triggers.iter().map(|tp| {
        let t = p.trigger(tp.kind);
        let (if_id, then_id) = trigger_ids(tp.kind);
        let hints = tp
            .hints
            .iter()
            .filter_map(|v| {
                words
                    .option(Q::StartedFor, v)
                    .or_else(|| words.option(Q::WithdrawalSymptoms, v))
                    .map(|o| o.label.get(voice))
            })
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <div class="kc-if-then">
                <h5>{ t.title }</h5>
                <p class="kc-example">{ t.body.get(voice) }</p>
                if !hints.is_empty() { <p class="kc-because">{ hints }</p> }
                { field(journey, PlanField::If(tp.kind), if_id, p.if_label) }
                { field(journey, PlanField::Then(tp.kind), then_id, p.then_label) }
            </div>
        }
    });

    let therapies = plan.therapies.iter().map(|th| {
        let t = p.therapy(*th);
        li_titled(t, voice)
    });

    let numbered = |label: &'static str, make: fn(u8) -> PlanField, ids: &'static [&'static str]| {
        html! {
            <fieldset class="kc-fieldset kc-list-fields">
                <legend class="kc-field-label">{ label }</legend>
                { for ids.iter().zip(NUMBERS).zip(0..).map(|((id, n), i)| html! {
                    { field(journey, make(i), id, n) }
                }) }
            </fieldset>
        }
    };

    let level = words.level(plan.support_level);
    html! {
        <section class="kc-plan" aria-labelledby="kc-plan-title">
            <h3 id="kc-plan-title">{ p.heading }</h3>
            <p>{ p.intro.get(voice) }</p>
            <ol class="kc-steps">
                { step(0, html! {
                    <>
                        <table class="kc-diary">
                            <thead><tr>{ for p.diary_columns.iter().map(|c| html! { <th scope="col">{ *c }</th> }) }</tr></thead>
                            <tbody>{ for (1..=5).map(|_| html! { <tr>{ for p.diary_columns.iter().map(|_| html! { <td></td> }) }</tr> }) }</tbody>
                        </table>
                        <div class="kc-field">
                            <label class="kc-field-label" for="kc-diary-notes">{ p.diary_notes }</label>
                            <textarea class="kc-text" id="kc-diary-notes" rows="3" value={journey.plan.get(PlanField::Diary).to_string()} oninput={diary} />
                        </div>
                    </>
                }) }
                { step(1, html! { <p class="kc-support-level"><strong>{ level.name }</strong>{ " — " }{ words.summary(plan.support_level, plan.confidence).get(voice) }</p> }) }
                { step(2, html! { <ul class="kc-kit kc-options">{ for kit }</ul> }) }
                { step(3, html! { <>{ for triggers }</> }) }
                { step(4, html! { <ul>{ for therapies }</ul> }) }
                { step(5, html! {
                    <>
                        { numbered(p.warning_signs, PlanField::WarningSign, &SIGN_IDS) }
                        { numbered(p.people, PlanField::Person, &PERSON_IDS) }
                        { field(journey, PlanField::Appointment, "kc-appointment", p.appointment) }
                        { field(journey, PlanField::OneChange, "kc-one-change", p.one_change) }
                    </>
                }) }
            </ol>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_ids_and_values_match_their_patterns() {
        for (i, item) in KitItem::ALL.into_iter().enumerate() {
            let (id, value) = kit_attrs(item);
            assert_eq!(id, format!("kc-kit-{}", item as u8));
            assert_eq!(id, format!("kc-kit-{i}"));
            assert_eq!(value, format!("{item:?}").to_ascii_lowercase());
        }
        for kind in TriggerKind::ALL {
            let slug = format!("{kind:?}").to_ascii_lowercase();
            assert_eq!(trigger_ids(kind), (&*format!("kc-if-{slug}"), &*format!("kc-then-{slug}")));
        }
        for (i, id) in SIGN_IDS.iter().enumerate() {
            assert_eq!(*id, format!("kc-sign-{i}"));
            assert_eq!(NUMBERS[i], (i + 1).to_string());
        }
        for (i, id) in PERSON_IDS.iter().enumerate() {
            assert_eq!(*id, format!("kc-person-{i}"));
        }
    }
}
