//! The error summary: announced and focused so the person knows at once
//! why they could not move on, with a link to the first answer.

use yew::prelude::*;

use crate::components::asked::Asked;
use crate::components::choices::input_id;
use crate::hooks::focus_mark;
use crate::state::Focus;

/// The error summary of the page of `asked`, shown while that page holds
/// its error: the page's own message, linking to its first answer. It
/// takes focus when shown (`state::Focus::Error`).
pub fn error_summary(asked: &Asked) -> Html {
    if !asked.error {
        return html! {};
    }
    let (q, words) = (asked.q, asked.words());
    let message = words.error_for(q);
    let target = input_id(q, q.question().values[0]);
    let href = format!("#{target}");
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
        <div class="kc-error-summary" tabindex="-1" aria-labelledby="kc-error-title"
            data-kc-focus={focus_mark(asked.focus == Focus::Error(q))}>
            // The alert role sits inside the focused box (as GOV.UK does), so
            // the message is announced once, not twice.
            <div role="alert">
                // h2, as the question's own heading after it: no h3 before the page's first h2.
                <h2 id="kc-error-title" class="kc-error-title">{ words.error_summary_title }</h2>
                <p><a {href} onclick={jump}>{ message }</a></p>
            </div>
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
