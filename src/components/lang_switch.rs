//! Switches the whole widget between English and Spanish, keeping answers
//! and every typed word. The other language's words are fetched on the
//! first switch (`languages`); while they come the button says so, and if
//! they cannot come the widget stays as it was and says that instead.

use guide::Lang;
use yew::prelude::*;

use crate::languages::LangLoader;
use crate::view::fill;
use crate::words::words;

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Loading,
    Failed,
}

/// Data and a callback, not the journey: the switch re-renders only when
/// the language changes.
#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    /// The journey's language.
    pub lang: Lang,
    /// Brings the other language's words in.
    pub languages: LangLoader,
    /// Switches the journey to this language (its words are here).
    pub onswitch: Callback<Lang>,
}

/// The language button: names the other language in that language, which
/// is what a reader of it looks for. The `data-kc-*` hooks are how the
/// loader's painted start page finds the button and its status line.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let words = words(props.lang);
    let status = use_state(|| Status::Idle);
    let other = match props.lang {
        Lang::En => Lang::Es,
        Lang::Es => Lang::En,
    };
    let onclick = {
        let (onswitch, languages, status) = (props.onswitch.clone(), props.languages.clone(), status.clone());
        Callback::from(move |_| {
            if *status == Status::Loading {
                return;
            }
            if other.is_available() {
                onswitch.emit(other);
                return;
            }
            status.set(Status::Loading);
            let (onswitch, languages, status) = (onswitch.clone(), languages.clone(), status.clone());
            yew::platform::spawn_local(async move {
                if languages.ensure(other).await {
                    status.set(Status::Idle);
                    onswitch.emit(other);
                } else {
                    status.set(Status::Failed);
                }
            });
        })
    };
    let message = match *status {
        Status::Idle => "",
        Status::Loading => words.lang_loading,
        Status::Failed => words.lang_failed,
    };
    html! {
        <div class="kc-lang-switch">
            <button type="button" class="kc-lang kc-link" data-kc-action="switch-lang" lang={other.code()} {onclick}
                aria-disabled={(*status == Status::Loading).then_some("true")}>
                { other.name() }
            </button>
            // Always present, so the change is announced (a live region must exist before it speaks).
            <span class="kc-lang-status" data-kc-lang-status="" role="status">{ fill(message, "{language}", other.name()) }</span>
        </div>
    }
}
