//! "Back": returns to the previous page and keeps what was chosen here.

use guide::Q;
use yew::prelude::*;

use crate::context::{use_journey, use_words};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct BackLinkProps {
    /// The current page's question and its not-yet-submitted choices.
    #[prop_or_default]
    pub draft: Option<(Q, Vec<&'static str>)>,
}

#[component]
pub fn BackLink(props: &BackLinkProps) -> Html {
    let journey = use_journey();
    let (words, _) = use_words();
    if journey.before(journey.page).is_none() {
        return html! {};
    }
    let draft = props.draft.clone();
    let onclick = Callback::from(move |_| journey.dispatch(Action::Back(draft.clone())));
    html! {
        <button type="button" class="kc-back kc-link" {onclick}>{ words.ui.back }</button>
    }
}
