//! Switches the whole widget between English and Spanish, keeping answers.

use guide::Lang;
use yew::prelude::*;

use crate::state::Action;
use crate::view::View;
use crate::words::words;

/// The language button: names the other language in that language, which
/// is what a reader of it looks for.
pub fn lang_switch(view: &View) -> Html {
    let other = match view.journey.lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let onclick = view.send(move || Action::SetLang(other));
    html! {
        <button type="button" class="kc-lang kc-link" lang={other.code()} {onclick}>
            { words(other).language_name }
        </button>
    }
}
