//! What the person can do with a result or a plan: print it, download it,
//! or start over (which asks first when something would be lost).

use yew::prelude::*;

use crate::download::{download_summary, today};
use crate::hooks::{focus_mark, use_printing, PRINT_REQUEST};
use crate::state::{Action, Focus};
use crate::summary::summary;
use crate::view::View;

/// Print, download, start over — and the start-over question when asked.
pub fn actions(view: &View) -> Html {
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
            <PrintSummary view={view.clone()} />
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
    pub view: View,
}

/// The summary and the plan as the person would hand them to a clinician:
/// the same content as the download, laid out as a document, shown only on
/// paper, and rendered into the page only while it prints.
#[component]
pub fn PrintSummary(props: &PrintSummaryProps) -> Html {
    let node = use_node_ref();
    let printing = use_printing(&node);
    let view = &props.view;
    let sheet = printing.then(|| {
        let today = today();
        let doc = summary(&view.journey, &view.config, &today);
        // The hand-off code (issue 23), when the person has it shown: the
        // same code on paper as on screen.
        let code = shown_code(&node);
        html! { <>{ for code.map(|c| crate::summary_html::handoff(&c, view.words)) }{ crate::summary_html::render(&doc, &view.texts.summary) }</> }
    });
    html! { <div ref={node} class="kc-print" aria-hidden="true">{ for sheet }</div> }
}

/// The hand-off code the person has shown on this page (`[data-handoff-code]`
/// in the same shadow root as `node`), if any: printing carries the code only
/// when the person chose to show it.
fn shown_code(node: &NodeRef) -> Option<String> {
    use wasm_bindgen::JsCast;
    let root = node.cast::<web_sys::Node>()?.get_root_node().dyn_into::<web_sys::DocumentFragment>().ok()?;
    root.query_selector("[data-handoff-code]").ok()??.get_attribute("data-handoff-code")
}
