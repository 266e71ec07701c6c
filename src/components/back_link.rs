//! "Back": returns to the previous page and keeps what was chosen here.

use guide::Q;
use yew::prelude::*;

use crate::state::Action;
use crate::view::View;

/// The back button, absent on the first page. `draft`: the current page's
/// question and its not-yet-submitted choices, kept on the way back.
pub fn back_link(view: &View, draft: Option<(Q, Vec<&'static str>)>) -> Html {
    if view.journey.before(view.journey.page).is_none() {
        return html! {};
    }
    let onclick = view.send(move || Action::Back(draft.clone()));
    html! {
        <button type="button" class="kc-back kc-link" {onclick}>
            <span class="kc-back-arrow" aria-hidden="true">{ "\u{2190}\u{a0}" }</span>{ view.words.back }
        </button>
    }
}
