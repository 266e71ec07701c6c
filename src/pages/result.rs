//! The result: the care level in plain words, every reason as "because you
//! said …" with a way back to that answer, the signs band, what to avoid,
//! tailored notes, what to expect, who to call, and the plan.

use guide::plan::{Phase, Plan};
use guide::{Level, Voice, Q};
use yew::prelude::*;

use crate::components::card::card;
use crate::components::emergency::{emergency, tel};
use crate::components::heading::{heading, Tone};
use crate::components::list::{li, li_titled};
use crate::components::loved_one_guide::loved_one_guide;
use crate::components::plan_builder::plan_builder;
use crate::download::download_summary;
use crate::state::Action;
use crate::view::{fill, View};

/// The result page. The assessment is recomputed on each render: it is
/// pure and takes microseconds.
pub fn result_page(view: &View) -> Html {
    let (texts, words, voice, config) = (view.texts, view.words, view.voice, &view.config);
    let journey = &view.journey;
    let assessment = guide::assess(&journey.answers);
    let plan = Plan::build(&journey.answers, &assessment);
    let level = texts.level(assessment.care_level);

    let reasons = assessment.reasons.iter().map(|r| {
        let first = r.because.first().copied();
        html! {
            <li class="kc-reason" data-reason={r.id.as_str()}>
                { texts.reason(r.id).get(voice) }{ " " }
                if let Some(q) = first {
                    <button type="button" class="kc-link" onclick={view.send(move || Action::Change(q))}>{ words.change }</button>
                }
            </li>
        }
    });
    let urgent_flags =
        assessment.urgent_flags.iter().filter_map(|f| texts.option(Q::UrgentNow, f).map(|o| li(o.label.get(voice))));

    let print = Callback::from(|_| {
        if let Some(w) = web_sys::window() {
            let _ = w.print();
        }
    });
    let download = {
        let (journey, config) = (journey.clone(), config.clone());
        Callback::from(move |_| download_summary(&journey, &config))
    };
    let has_clinic = config.clinic_name.is_some() || config.phone.is_some() || config.contact_url.is_some();

    html! {
        <div class="kc-page kc-result" data-care-level={assessment.care_level.as_str()}>
            <p class="kc-eyebrow">{ words.level_heading }</p>
            { heading(view, level.name, Tone::Level(assessment.care_level)) }
            if assessment.care_level == Level::Urgent {
                <ul class="kc-urgent-flags">{ for urgent_flags }</ul>
                { emergency(view) }
            }
            <p class="kc-lead kc-summary-text">{ level.summary.get(voice) }</p>
            <p class="kc-not-diagnosis"><strong>{ texts.framing.not_diagnosis }</strong></p>
            <ul class="kc-in-practice">{ for level.in_practice.iter().map(|p| li(p.get(voice))) }</ul>

            if !assessment.reasons.is_empty() {
                { card("reasons", words.because_heading, html! { <ul class="kc-reasons">{ for reasons }</ul> }) }
            }
            if !assessment.taper_prerequisites_unmet.is_empty() {
                { card("prereqs", words.prereqs_heading, html! {
                    <ul>{ for assessment.taper_prerequisites_unmet.iter().map(|p| html! {
                        <li data-prerequisite={p.as_str()}>{ texts.prereq(*p).get(voice) }</li>
                    }) }</ul>
                }) }
            }
            { card("signs", words.signs_heading, html! {
                <>
                    <p data-band={assessment.severity.band.as_str()}>{ texts.bands[assessment.severity.band as usize].get(voice) }</p>
                    if !assessment.unanswered.is_empty() {
                        <p class="kc-skipped">{ fill(texts.framing.skipped_count.get(voice), "{n}", &assessment.unanswered.len().to_string()) }</p>
                    }
                    if assessment.severity.unsure > 0 {
                        <p class="kc-unsure">{ fill(texts.framing.not_sure_count.get(voice), "{n}", &assessment.severity.unsure.to_string()) }</p>
                    }
                </>
            }) }
            if !assessment.cautions.is_empty() {
                { card("cautions", words.cautions_heading, html! {
                    { for assessment.cautions.iter().map(|c| {
                        let t = texts.caution(c.id);
                        html! { <div class="kc-caution" data-caution={c.id.as_str()}><h4>{ t.title }</h4><p>{ t.body.get(voice) }</p></div> }
                    }) }
                }) }
            }
            { card("notes", words.notes_heading, html! {
                { for assessment.notes.iter().map(|n| {
                    let t = texts.note(*n);
                    html! { <div class="kc-note" data-note={n.as_str()}><h4>{ t.title }</h4><p>{ t.body.get(voice) }</p></div> }
                }) }
            }) }
            if voice == Voice::Them { { loved_one_guide(view) } }
            { card("phases", words.phases_heading, html! {
                <ol>{ for Phase::ALL.iter().map(|ph| li_titled(texts.phase(*ph), voice)) }</ol>
            }) }
            if has_clinic {
                { card("clinic", words.clinic_heading, html! {
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
            if assessment.care_level != Level::Urgent { { emergency(view) } }
            { plan_builder(view, &plan) }
            <div class="kc-actions">
                <button type="button" class="kc-button" onclick={print}>{ words.print }</button>
                <button type="button" class="kc-button kc-button-secondary" onclick={download}>{ words.download }</button>
                <button type="button" class="kc-button kc-button-secondary kc-start-over" onclick={view.send(|| Action::StartOver)}>{ words.start_over }</button>
            </div>
        </div>
    }
}
