//! The error summary: announced and focused so the person knows at once
//! why they could not move on, with a link to the first answer.

use guide::text::Texts;
use yew::prelude::*;

/// Focuses the error summary (`node`) after each page move while `shown`.
/// Called by the page that renders it, so the summary itself can be a plain
/// function (see `components::emergency::emergency`).
#[hook]
pub fn use_error_focus(node: &NodeRef, shown: bool, moves: u32) {
    let node = node.clone();
    use_effect_with(moves, move |_| {
        if shown {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// The error summary; `target`: id of the first control to jump to.
pub fn error_summary(node: &NodeRef, words: &'static Texts, target: String) -> Html {
    let href = format!("#{target}");
    let node = node.clone();
    let jump = Callback::from(move |e: MouseEvent| {
        // In a shadow root a fragment link cannot scroll to its target, so focus it directly.
        e.prevent_default();
        let root = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Node>(t).ok())
            .and_then(|n| n.get_root_node().dyn_into_shadow());
        if let Some(el) = root.and_then(|r| r.get_element_by_id(&target)) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    });
    html! {
        <div ref={node} class="kc-error-summary" role="alert" tabindex="-1" aria-labelledby="kc-error-title">
            <h3 id="kc-error-title" class="kc-error-title">{ words.ui.error_summary_title }</h3>
            <p><a {href} onclick={jump}>{ words.ui.error_required }</a></p>
        </div>
    }
}

trait IntoShadow {
    fn dyn_into_shadow(self) -> Option<web_sys::ShadowRoot>;
}

impl IntoShadow for web_sys::Node {
    fn dyn_into_shadow(self) -> Option<web_sys::ShadowRoot> {
        wasm_bindgen::JsCast::dyn_into::<web_sys::ShadowRoot>(self).ok()
    }
}
