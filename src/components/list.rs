//! List items shared by the result, the plan and the loved-one guide.

use guide::text::Titled;
use guide::Voice;
use yew::prelude::*;

/// `<li>` with one text.
pub fn li(text: &'static str) -> Html {
    html! { <li>{ text }</li> }
}

/// `<li><strong>title</strong> — body</li>`.
pub fn li_titled(t: &Titled, voice: Voice) -> Html {
    html! { <li><strong>{ t.title }</strong>{ " — " }{ t.body.get(voice) }</li> }
}

/// A bulleted list of texts.
pub fn ul(items: &'static [&'static str]) -> Html {
    html! { <ul>{ for items.iter().map(|i| li(i)) }</ul> }
}
