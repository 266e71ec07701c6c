//! The result: the care level in plain words, every reason as "because you
//! said …" with a way back to that answer, the signs band, what to avoid,
//! tailored notes, what to expect, who to call, and the plan.

use std::rc::Rc;

use guide::plan::{Phase, Plan};
use guide::text::Titled;
use guide::{Level, Voice};
use yew::prelude::*;

use crate::components::emergency::{emergency, tel};
use crate::components::heading::{heading, HeadingKind};
use crate::components::loved_one_guide::loved_one_guide;
use crate::components::plan_builder::plan_builder;
use crate::config::Config;
use crate::context::{fill, JourneyHandle};
use crate::download::download_summary;
use crate::state::Action;

/// The result cards' class lists.
#[derive(Clone, Copy)]
pub enum Card {
    Plain,
    Cautions,
    Notes,
    Phases,
    Clinic,
}

/// A result card: a section labelled by its own `<h3>`. One function for
/// every card, so each adds a call rather than its own copy of the markup
/// code. Literal classes: `html!` turns a computed `class` into a `Classes` set.
pub fn card(kind: Card, title_id: &'static str, title: &'static str, body: Html) -> Html {
    let h3 = html! { <h3 id={title_id}>{ title }</h3> };
    match kind {
        Card::Plain => html! { <section class="kc-card" aria-labelledby={title_id}>{ h3 }{ body }</section> },
        Card::Cautions => {
            html! { <section class="kc-card kc-cautions" aria-labelledby={title_id}>{ h3 }{ body }</section> }
        }
        Card::Notes => html! { <section class="kc-card kc-notes" aria-labelledby={title_id}>{ h3 }{ body }</section> },
        Card::Phases => {
            html! { <section class="kc-card kc-phases" aria-labelledby={title_id}>{ h3 }{ body }</section> }
        }
        Card::Clinic => {
            html! { <section class="kc-card kc-clinic" aria-labelledby={title_id}>{ h3 }{ body }</section> }
        }
    }
}

/// `<li>` with one text.
pub fn li(text: &'static str) -> Html {
    html! { <li>{ text }</li> }
}

/// `<li><strong>title</strong> — body</li>`.
pub fn li_titled(t: &Titled, voice: Voice) -> Html {
    html! { <li><strong>{ t.title }</strong>{ " — " }{ t.body.get(voice) }</li> }
}

/// The result page. A plain function, not a component (see
/// `components::emergency::emergency`): the assessment is recomputed on each
/// render, which is pure and takes microseconds.
pub fn result_page(journey: &JourneyHandle, config: &Rc<Config>) -> Html {
    let (words, voice) = (journey.lang.texts(), journey.voice());
    let assessment = Rc::new(guide::assess(&journey.answers));
    let plan = Rc::new(Plan::build(&journey.answers, &assessment));
    let level = words.level(assessment.care_level);
    let ui = &words.ui;

    let reasons = assessment.reasons.iter().map(|r| {
        let first = r.because.first().copied();
        let journey = journey.clone();
        let change = Callback::from(move |_| {
            if let Some(q) = first {
                journey.dispatch(Action::Change(q));
            }
        });
        html! {
            <li class="kc-reason" data-reason={r.id.as_str()}>
                { words.reason(r.id).get(voice) }{ " " }
                if first.is_some() {
                    <button type="button" class="kc-link" onclick={change}>{ ui.change }</button>
                }
            </li>
        }
    });

    let urgent_flags = assessment
        .urgent_flags
        .iter()
        .filter_map(|f| words.option(guide::Q::UrgentNow, f).map(|o| li(o.label.get(voice))));

    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let download = {
        let journey = journey.clone();
        let config = config.clone();
        let assessment = assessment.clone();
        let plan = plan.clone();
        Callback::from(move |_| download_summary(&journey, &config, &assessment, &plan))
    };
    let start_over = {
        let journey = journey.clone();
        Callback::from(move |_: MouseEvent| journey.dispatch(Action::StartOver))
    };

    html! {
        <div class="kc-page kc-result" data-care-level={assessment.care_level.as_str()} data-confidence={assessment.confidence.as_str()}>
            <p class="kc-eyebrow">{ ui.level_heading }</p>
            { heading(journey, words.level_name(assessment.care_level, assessment.confidence), HeadingKind::Level(assessment.care_level)) }
            if assessment.care_level == Level::Urgent {
                <ul class="kc-urgent-flags">{ for urgent_flags }</ul>
                { emergency(words, config) }
            }
            <p class="kc-lead kc-summary-text">{ words.summary(assessment.care_level, assessment.confidence).get(voice) }</p>
            if let Some(caveat) = words.confidence_caveat(assessment.care_level, assessment.confidence) {
                <p class="kc-confidence">{ caveat.get(voice) }</p>
            }
            <p class="kc-not-diagnosis"><strong>{ ui.not_diagnosis }</strong></p>
            <ul class="kc-in-practice">{ for level.in_practice.iter().map(|p| li(p.get(voice))) }</ul>

            if !assessment.reasons.is_empty() {
                { card(Card::Plain, "kc-reasons-title", ui.because_heading, html! { <ul class="kc-reasons">{ for reasons }</ul> }) }
            }
            if !assessment.taper_prerequisites_unmet.is_empty() {
                { card(Card::Plain, "kc-prereqs-title", ui.prereqs_heading, html! {
                    <ul>{ for assessment.taper_prerequisites_unmet.iter().map(|p| html! {
                        <li data-prerequisite={p.as_str()}>{ words.prereq(*p).get(voice) }</li>
                    }) }</ul>
                }) }
            }
            { card(Card::Plain, "kc-signs-title", ui.signs_heading, html! {
                <>
                    <p data-band={assessment.severity.band.as_str()}>{ words.band(assessment.severity.band).get(voice) }</p>
                    if !assessment.unanswered.is_empty() {
                        <p class="kc-skipped">{ fill(ui.skipped_count.get(voice), "{n}", &assessment.unanswered.len().to_string()) }</p>
                    }
                    if assessment.severity.unsure > 0 {
                        <p class="kc-unsure">{ fill(ui.not_sure_count.get(voice), "{n}", &assessment.severity.unsure.to_string()) }</p>
                    }
                </>
            }) }
            if !assessment.cautions.is_empty() {
                { card(Card::Cautions, "kc-cautions-title", ui.cautions_heading, html! {
                    { for assessment.cautions.iter().map(|c| {
                        let t = words.caution(c.id);
                        html! { <div class="kc-caution" data-caution={c.id.as_str()}><h4>{ t.title }</h4><p>{ t.body.get(voice) }</p></div> }
                    }) }
                }) }
            }
            { card(Card::Notes, "kc-notes-title", ui.notes_heading, html! {
                { for assessment.notes.iter().map(|n| {
                    let t = words.note_for(*n, &journey.answers);
                    html! { <div class="kc-note" data-note={n.as_str()}><h4>{ t.title }</h4><p>{ t.body.get(voice) }</p></div> }
                }) }
            }) }
            if voice == Voice::Them { { loved_one_guide(words) } }
            { card(Card::Phases, "kc-phases-title", ui.phases_heading, html! {
                <ol>{ for Phase::ALL.iter().map(|ph| li_titled(words.phase(*ph), voice)) }</ol>
            }) }
            if config.clinic_name.is_some() || config.phone.is_some() || config.contact_url.is_some() {
                { card(Card::Clinic, "kc-clinic-title", ui.clinic_heading, html! {
                    <>
                        if let Some(name) = &config.clinic_name { <p class="kc-clinic-name">{ name.clone() }</p> }
                        if let Some(phone) = &config.phone {
                            <p><a href={tel(phone)}>{ phone.clone() }</a></p>
                        }
                        if let Some(url) = &config.contact_url {
                            <p><a href={url.clone()} rel="noopener noreferrer" target="_blank">{ url.clone() }</a></p>
                        }
                    </>
                }) }
            }
            if assessment.care_level != Level::Urgent { { emergency(words, config) } }
            { plan_builder(journey, &plan) }
            <div class="kc-actions">
                <button type="button" class="kc-button" onclick={print}>{ ui.print }</button>
                <button type="button" class="kc-button kc-button-secondary" onclick={download}>{ ui.download }</button>
                <button type="button" class="kc-button kc-button-secondary kc-start-over" onclick={start_over}>{ ui.start_over }</button>
            </div>
        </div>
    }
}
