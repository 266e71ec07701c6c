//! "Back": returns to the previous page and keeps what was chosen here.

use guide::text::Texts;
use guide::Q;
use yew::prelude::*;

use crate::context::JourneyHandle;
use crate::state::Action;

/// The back button. A plain function, not a component (see
/// `components::emergency::emergency`). `draft`: the current page's
/// question and its not-yet-submitted choices.
pub fn back_link(journey: &JourneyHandle, words: &'static Texts, draft: Option<(Q, Vec<&'static str>)>) -> Html {
    if journey.before(journey.page).is_none() {
        return html! {};
    }
    let journey = journey.clone();
    let onclick = Callback::from(move |_| journey.dispatch(Action::Back(draft.clone())));
    html! {
        <button type="button" class="kc-back kc-link" {onclick}>{ words.ui.back }</button>
    }
}
