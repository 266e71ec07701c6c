//! What the person can do with a result or a plan: print it, download it,
//! or start over (which asks first when something would be lost).

use std::rc::Rc;

use guide::{Answers, Lang};
use yew::prelude::*;

use crate::config::Config;
use crate::download::{download_summary, today};
use crate::hooks::{focus_mark, use_printing, PRINT_REQUEST};
use crate::state::{Action, Focus, PlanDraft};
use crate::summary::summary_of;
use crate::view::View;
use crate::words::words;

/// Print, download, start over — and the start-over question when asked.
/// `code`: the hand-off code while it shows (paper carries it then).
pub fn actions(view: &View, code: Option<String>) -> Html {
    let words = view.words;
    let print = Callback::from(|e: MouseEvent| {
        let _ = ask_to_print(&e);
    });
    let download = {
        let (journey, config) = (view.journey.clone(), view.config.clone());
        Callback::from(move |_| download_summary(&journey, &config))
    };
    html! {
        <>
            <div class="kc-actions">
                <button type="button" class="kc-button kc-button-secondary" onclick={print}>{ words.print }</button>
                <button type="button" class="kc-button kc-button-secondary" onclick={download}>{ words.download }</button>
                { start_over_button(view) }
            </div>
            if view.journey.confirm_start_over { { start_over_question(view) } }
            <PrintSummary answers={view.journey.answers.clone()} plan={view.journey.plan.clone()} lang={view.journey.lang}
                config={view.config.clone()} {code} />
        </>
    }
}

/// Asks the print summary (in the same shadow root as the button) to
/// render and print: see [`use_printing`].
fn ask_to_print(e: &MouseEvent) -> Option<()> {
    use wasm_bindgen::JsCast;
    let button = e.current_target()?.dyn_into::<web_sys::Node>().ok()?;
    let root = button.get_root_node().dyn_into::<web_sys::DocumentFragment>().ok()?;
    let summary = root.query_selector(".kc-print").ok()??;
    summary.dispatch_event(&web_sys::Event::new(PRINT_REQUEST).ok()?).ok()?;
    Some(())
}

/// "Start over", which takes focus back after "No, keep my answers".
fn start_over_button(view: &View) -> Html {
    html! {
        <button type="button" class="kc-button kc-button-secondary kc-start-over" onclick={view.send(|| Action::StartOver)}
            data-kc-focus={focus_mark(view.focused(Focus::StartOverButton))}>
            { view.words.start_over }
        </button>
    }
}

/// "Start over? This clears …" with its two answers. Takes focus when it
/// appears, so the question is read at once.
fn start_over_question(view: &View) -> Html {
    html! {
        <div class="kc-confirm" role="group" tabindex="-1" aria-labelledby="kc-confirm-question"
            data-kc-focus={focus_mark(view.focused(Focus::StartOverQuestion))}>
            <p id="kc-confirm-question"><strong>{ view.words.start_over_question }</strong></p>
            <div class="kc-actions">
                <button type="button" class="kc-button kc-button-danger" onclick={view.send(|| Action::Forget)}>{ view.words.start_over_yes }</button>
                <button type="button" class="kc-button kc-button-secondary" onclick={view.send(|| Action::KeepAnswers)}>{ view.words.start_over_no }</button>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintSummaryProps {
    /// What it summarises: the answers, the typed plan, in this language.
    pub answers: Answers,
    pub plan: PlanDraft,
    pub lang: Lang,
    pub config: Rc<Config>,
    /// The hand-off code, while the person has it shown: paper carries the
    /// code only when the person chose to show it.
    pub code: Option<String>,
}

/// The summary and the plan as the person would hand them to a clinician:
/// the same content as the download, laid out as a document, shown only on
/// paper, and rendered into the page only while it prints.
#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let node = use_node_ref();
    let printing = use_printing(&node);
    let sheet = printing.then(|| {
        let doc = summary_of(&props.answers, &props.plan, props.lang, &props.config, &today());
        let code = props.code.as_deref().map(|c| crate::summary_html::handoff(c, words(props.lang)));
        html! { <>{ for code }{ crate::summary_html::render(&doc, &props.lang.texts().summary) }</> }
    });
    html! { <div ref={node} class="kc-print" aria-hidden="true">{ for sheet }</div> }
}
