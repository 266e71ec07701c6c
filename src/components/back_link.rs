//! "Back": returns to the previous page and keeps what was chosen here.

use yew::prelude::*;

use crate::state::Action;
use crate::view::View;

/// The back button, labelled `label`; absent without an `onclick` (the
/// first page has nowhere to go back to).
pub fn back_link(label: &'static str, onclick: Option<Callback<MouseEvent>>) -> Html {
    let Some(onclick) = onclick else { return html! {} };
    html! {
        <button type="button" class="kc-back kc-link" {onclick}>
            <span class="kc-back-arrow" aria-hidden="true">{ "\u{2190}\u{a0}" }</span>{ label }
        </button>
    }
}

/// The back button of a page with no choices of its own to keep (urgent,
/// check, plan), from the view those pages render from.
pub fn back_from(view: &View) -> Html {
    let shown = view.journey.before(view.journey.page).is_some();
    back_link(view.words.back, shown.then(|| view.send(|| Action::Back(None))))
}
