//! The six-step plan (spec §8), pre-filled from the answers and editable
//! on the device. Edits live in the journey state only.

use guide::plan::{Plan, RELAPSE_SLOTS};
use guide::Q;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::components::list::{li, li_titled};
use crate::state::{Action, PlanField};
use crate::view::View;

/// A labelled one-line text field bound to a plan field. Typed text stays
/// on the device: no autofill, and no spell-check (a browser's cloud
/// spell-check could send it away). `group`: the name of the group the
/// field sits in, read before its own label so the name stands alone
/// ("Body: If…", "Warning signs 1").
fn field(view: &View, field: PlanField, id: String, group: Option<&'static str>, label: AttrValue) -> Html {
    let value = view.journey.plan.get(field).to_string();
    let journey = view.journey.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlInputElement>().value();
        journey.dispatch(Action::EditPlan(field, text));
    });
    html! {
        <div class="kc-field">
            <label class="kc-field-label" for={id.clone()}>
                if let Some(group) = group { <span class="kc-sr">{ group }{ " " }</span> }
                { label }
            </label>
            <input type="text" class="kc-text" {id} {value} {oninput} autocomplete="off" spellcheck="false" />
        </div>
    }
}

/// `count` numbered fields for one part of the relapse plan, ids `kc-{slug}-{i}`.
fn numbered(view: &View, label: &'static str, slug: &str, count: usize, make: fn(u8) -> PlanField) -> Html {
    html! {
        <fieldset class="kc-fieldset kc-list-fields">
            <legend class="kc-field-label">{ label }</legend>
            { for (0..count).map(|i| field(view, make(i as u8), format!("kc-{slug}-{i}"), Some(label), (i + 1).to_string().into())) }
        </fieldset>
    }
}

/// Step 1: what to note each day (a list: it reads well on a phone and to
/// a screen reader, where an empty table did neither) and a notes box.
fn diary(view: &View) -> Html {
    let p = &view.texts.plan;
    let journey = view.journey.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
        journey.dispatch(Action::EditPlan(PlanField::Diary, text));
    });
    html! {
        <>
            <ul class="kc-diary">{ for p.diary_columns.iter().map(|c| li(c)) }</ul>
            <div class="kc-field">
                <label class="kc-field-label" for="kc-diary-notes">{ p.diary_notes }</label>
                <textarea class="kc-text" id="kc-diary-notes" rows="4" value={view.journey.plan.get(PlanField::Diary).to_string()} {oninput}
                    autocomplete="off" spellcheck="false" />
            </div>
        </>
    }
}

/// Step 3: the comfort kit, ordered by the symptoms reported.
fn kit(view: &View, plan: &Plan) -> Html {
    let (texts, voice, p) = (view.texts, view.voice, &view.texts.plan);
    let items = plan.comfort_kit.iter().map(|entry| {
        let item = entry.item;
        let t = p.kit(item);
        let (id, value) = (format!("kc-kit-{}", item as usize), item.as_str());
        let checked = view.journey.plan.kit_ready(item);
        let onchange = view.send(move || Action::ToggleKit(item));
        let because = entry
            .for_symptoms
            .iter()
            .filter_map(|v| texts.option(Q::WithdrawalSymptoms, v).map(|o| o.label.get(voice)))
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            <li class="kc-option">
                <input type="checkbox" class="kc-input" id={id.clone()} name="kit" {value} {checked} {onchange} />
                <label class="kc-label" for={id}>
                    <strong>{ t.title }</strong>{ " — " }{ t.body.get(voice) }
                    if !because.is_empty() { <span class="kc-because">{ " (" }{ because }{ ")" }</span> }
                </label>
            </li>
        }
    });
    html! { <ul class="kc-kit kc-options">{ for items }</ul> }
}

/// Step 4: one if-then plan per trigger kind.
fn triggers(view: &View, plan: &Plan) -> Html {
    let (texts, voice, p) = (view.texts, view.voice, &view.texts.plan);
    let blocks = plan.triggers.iter().map(|tp| {
        let t = p.trigger(tp.kind);
        let kind = tp.kind.as_str();
        let hints = tp
            .hints
            .iter()
            .filter_map(|v| {
                texts
                    .option(Q::StartedFor, v)
                    .or_else(|| texts.option(Q::WithdrawalSymptoms, v))
                    .map(|o| o.label.get(voice))
            })
            .collect::<Vec<_>>()
            .join(", ");
        html! {
            // One group per trigger, named by it, so "If…" and "Then…" say whose they are.
            <fieldset class="kc-fieldset kc-if-then" aria-describedby={format!("kc-example-{kind}")}>
                <legend class="kc-field-label">{ t.title }</legend>
                <p class="kc-example" id={format!("kc-example-{kind}")}>{ t.body.get(voice) }</p>
                if !hints.is_empty() { <p class="kc-because">{ hints }</p> }
                { field(view, PlanField::If(tp.kind), format!("kc-if-{kind}"), Some(t.title), p.if_label.into()) }
                { field(view, PlanField::Then(tp.kind), format!("kc-then-{kind}"), Some(t.title), p.then_label.into()) }
            </fieldset>
        }
    });
    html! { <>{ for blocks }</> }
}

/// The plan section.
pub fn plan_builder(view: &View, plan: &Plan) -> Html {
    let (voice, p) = (view.voice, &view.texts.plan);
    let step = |i: usize, body: Html| {
        html! {
            <li class="kc-step">
                <h3 class="kc-step-title">{ p.steps[i] }</h3>
                <p class="kc-step-intro">{ p.step_intros[i].get(voice) }</p>
                { body }
            </li>
        }
    };
    let therapies = plan.therapies.iter().map(|th| li_titled(p.therapy(*th), voice));
    let level = view.texts.level(plan.support_level);
    html! {
        <div class="kc-plan">
            <p>{ p.intro.get(voice) }</p>
            <ol class="kc-steps">
                { step(0, diary(view)) }
                { step(1, html! { <p class="kc-support-level"><strong>{ level.name }</strong>{ " — " }{ view.texts.summary(plan.support_level, plan.confidence).get(voice) }</p> }) }
                { step(2, kit(view, plan)) }
                { step(3, triggers(view, plan)) }
                { step(4, html! { <ul>{ for therapies }</ul> }) }
                { step(5, html! {
                    <>
                        { numbered(view, p.warning_signs, "sign", RELAPSE_SLOTS.warning_signs, PlanField::WarningSign) }
                        { numbered(view, p.people, "person", RELAPSE_SLOTS.people, PlanField::Person) }
                        { field(view, PlanField::Appointment, "kc-appointment".into(), None, p.appointment.into()) }
                        { field(view, PlanField::OneChange, "kc-one-change".into(), None, p.one_change.into()) }
                    </>
                }) }
            </ol>
        </div>
    }
}
