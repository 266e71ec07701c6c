//! The result, built to fit a phone: first the care level in plain words
//! (when urgent, first aid and who to call at once)
//! and what to do now (the clinic, who to call, the way on to "Make your
//! plan"), so the first screen holds the number to call; then why (every
//! reason as "you said …", with a way back to that answer); then what the
//! level means and the details under their own headings.

use guide::plan::Phase;
use guide::{Assessment, Level, Reason, ReasonId, Voice, Q};
use yew::prelude::*;

use crate::components::actions::actions;
use crate::components::card::card;
use crate::components::emergency::emergency;
use crate::components::first_aid::first_aid;
use crate::components::handoff::{handoff, shown};
use crate::components::heading::{heading, Tone};
use crate::components::list::{li, li_titled};
use crate::components::loved_one_guide::loved_one_guide;
use crate::resources::tel;
use crate::state::{Action, Focus};
use crate::view::{fill, View};
use crate::wording;

/// Each reason as its own sentence, with its level (`data-reason-level`)
/// and a change button naming the question it leads to. Each question gets
/// one button, on the first reason that cites it, so no two buttons share
/// a name.
fn reason_items<'r>(view: &View, reasons: impl Iterator<Item = &'r Reason>, offered: &mut Vec<Q>) -> Html {
    let (texts, voice) = (view.texts, view.voice);
    let items: Vec<Html> = reasons
        .map(|r| {
            let target = r.because.iter().copied().find(|q| !offered.contains(q));
            offered.extend(target);
            html! {
                <li class="kc-reason" data-reason={r.id.as_str()} data-reason-level={r.level.as_str()}>
                    { texts.reason(r.id).get(voice) }{ " " }
                    if let Some(q) = target {
                        <button type="button" class="kc-link" onclick={view.send(move || Action::Change(q))}>
                            { view.words.change }<span class="kc-sr">{ ": " }{ texts.question(q).legend.get(voice) }</span>
                        </button>
                    }
                </li>
            }
        })
        .collect();
    html! { <ul class="kc-reasons">{ for items }</ul> }
}

/// The reasons that set the level ("because you said …"), then, inside one
/// `[data-also-noted]` element, those that count lower (spec §8, §9). At
/// `monitor` nothing sets the level: every reason is also noted.
fn reasons(view: &View, assessment: &Assessment) -> Html {
    let level = assessment.care_level;
    let sets = |r: &&Reason| level != Level::Monitor && r.level == level;
    let mut offered: Vec<Q> = Vec::new();
    let first = reason_items(view, assessment.reasons.iter().filter(sets), &mut offered);
    let rest = reason_items(view, assessment.reasons.iter().filter(|r| !sets(r)), &mut offered);
    let has_first = assessment.reasons.iter().any(|r| sets(&r));
    let has_rest = assessment.reasons.iter().any(|r| !sets(&r));
    html! {
        <>
            if has_first { { card("reasons", view.words.because_heading, first) } }
            if has_rest {
                <div class="kc-also-noted" data-also-noted="">
                    { card("also-noted", view.words.also_noted_heading, rest) }
                </div>
            }
        </>
    }
}

/// The clinic's contact, when the clinic gave one.
fn clinic(view: &View) -> Html {
    let config = &view.config;
    if config.clinic_name.is_none() && config.phone.is_none() && config.contact_url.is_none() {
        return html! {};
    }
    card(
        "clinic",
        view.words.clinic_heading,
        html! {
            <>
                if let Some(name) = &config.clinic_name { <p class="kc-clinic-name">{ name.clone() }</p> }
                if let Some(phone) = &config.phone {
                    <p><a class="kc-call" href={tel(phone)}>{ phone.clone() }</a></p>
                }
                if let Some(url) = &config.contact_url {
                    <p><a href={url.clone()} rel="noopener noreferrer" target="_blank">{ url.clone() }</a></p>
                }
            </>
        },
    )
}

/// The signs band, and how many answers were skipped or unsure.
fn signs(view: &View, assessment: &Assessment) -> Html {
    let (framing, voice) = (&view.texts.framing, view.voice);
    let band = assessment.severity.band;
    card(
        "signs",
        view.words.signs_heading,
        html! {
            <>
                <p data-band={band.as_str()}>{ view.texts.band(band).get(voice) }</p>
                if !assessment.unanswered.is_empty() {
                    <p class="kc-skipped">{ fill(framing.skipped_count.get(voice), "{n}", &assessment.unanswered.len().to_string()) }</p>
                }
                if assessment.severity.unsure > 0 {
                    <p class="kc-unsure">{ fill(framing.not_sure_count.get(voice), "{n}", &assessment.severity.unsure.to_string()) }</p>
                }
            </>
        },
    )
}

/// Prerequisites, signs, cautions, notes, the loved-one guide and the
/// recovery phases: the details below what to do now.
fn details(view: &View, assessment: &Assessment) -> Html {
    let (texts, words, voice) = (view.texts, view.words, view.voice);
    let say = |t: &str| wording::say(t, &view.config, texts);
    html! {
        <>
            { card("in-practice", words.in_practice_heading, html! {
                <ul class="kc-in-practice">
                    { for texts.result_steps(assessment, &view.journey.answers).iter().chain(texts.taper_moud(assessment)).map(|p| html! { <li>{ say(p.get(voice)) }</li> }) }
                </ul>
            }) }
            if !assessment.taper_prerequisites_unmet.is_empty() {
                { card("prereqs", words.prereqs_heading, html! {
                    <ul>{ for assessment.taper_prerequisites_unmet.iter().map(|p| html! {
                        <li data-prerequisite={p.as_str()}>{ texts.prereq(*p).get(voice) }</li>
                    }) }</ul>
                }) }
            }
            { signs(view, assessment) }
            if !assessment.cautions.is_empty() {
                { card("cautions", words.cautions_heading, html! {
                    { for assessment.cautions.iter().map(|c| {
                        let body = wording::caution_body(texts, c.id, &view.journey.answers, voice, &view.config);
                        html! { <div class="kc-caution" data-caution={c.id.as_str()}><h4>{ texts.caution(c.id).title }</h4><p>{ body }</p></div> }
                    }) }
                }) }
            }
            { card("notes", words.notes_heading, html! {
                { for assessment.notes.iter().map(|n| {
                    let t = wording::note(texts, *n, &view.journey.answers, &view.config);
                    html! { <div class="kc-note" data-note={n.as_str()}><h4>{ t.title }</h4><p>{ say(t.body.get(voice)) }</p></div> }
                }) }
            }) }
            if voice == Voice::Them { { loved_one_guide(view) } }
            { card("phases", words.phases_heading, html! {
                <ol>{ for Phase::ALL.iter().map(|ph| li_titled(texts.phase(*ph), voice)) }</ol>
            }) }
        </>
    }
}

/// The result page, from the assessment the shell derived once for these answers.
pub fn result_page(view: &View) -> Html {
    let shown = shown(view);
    let (texts, words, voice) = (view.texts, view.words, view.voice);
    let answers = &view.journey.answers;
    let assessment = &view.derived.assessment;
    let (level_id, confidence) = (assessment.care_level, assessment.confidence);
    let urgent = level_id == Level::Urgent;
    let say = |t: &str| wording::say(t, &view.config, texts);
    let urgent_flags =
        assessment.urgent_flags.iter().filter_map(|f| texts.option(Q::UrgentNow, f).map(|o| li(o.label.get(voice))));
    // An unsafe home or needing time away, below residential: taken
    // seriously, never "this check doesn't suggest it" (spec §8).
    let stay_or_away = assessment
        .reasons
        .iter()
        .any(|r| matches!(r.id, ReasonId::Environment | ReasonId::TimeAway) && r.level < Level::Residential);
    let taper_kind = assessment.taper_kind.map(|k| AttrValue::from(k.as_str()));

    html! {
        <div class="kc-page kc-result" data-care-level={level_id.as_str()} data-taper-kind={taper_kind} data-confidence={confidence.as_str()}>
            { heading(view.focused(Focus::Heading), Some(words.level_heading.into()), texts.result_name(assessment), Tone::Level(level_id)) }
            // Urgent: first aid and who to call before anything else (spec §8).
            if urgent { { first_aid(view, &assessment.urgent_flags) } }
            // What to do now comes straight after the level, whatever the
            // number of reasons: on a phone's first screen, the level and
            // the first number to call.
            <section class="kc-now" aria-labelledby="kc-now-title">
                <h3 id="kc-now-title">{ words.now_heading }</h3>
                { clinic(view) }
                if !urgent { { emergency(view) } }
                <button type="button" class="kc-button kc-make-plan" onclick={view.send(|| Action::OpenPlan)}>{ words.make_plan }</button>
            </section>
            if urgent { <ul class="kc-urgent-flags">{ for urgent_flags }</ul> }
            // Then why, within the second phone screen; then what the level means.
            if !assessment.reasons.is_empty() { { reasons(view, assessment) } }
            <p class="kc-lead kc-summary-text">{ say(texts.result_summary(assessment, answers).get(voice)) }</p>
            if answers.has(Q::Medical, "pregnant_postpartum") && !urgent {
                <p class="kc-lead kc-pregnancy-lead">{ texts.pregnancy_lead(answers).get(voice) }</p>
            }
            if stay_or_away {
                <p class="kc-stay-or-away">{ texts.framing.stay_or_away.get(voice) }</p>
            }
            if let Some(caveat) = texts.confidence_caveat(level_id, confidence) {
                <p class="kc-confidence">{ caveat.get(voice) }</p>
            }
            <p class="kc-not-diagnosis"><strong>{ texts.framing.not_diagnosis }</strong></p>
            { details(view, assessment) }
            { handoff(view, "result", shown.clone()) }
            { actions(view, shown.map(|s| s.code)) }
        </div>
    }
}
