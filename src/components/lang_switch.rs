//! Switches the whole widget to another of its languages, keeping answers
//! and every typed word: one button per other language of the list
//! (`guide::Lang::ALL`), so with two languages it is one button and one tap.
//! A language's words are fetched on the first switch to it (`languages`);
//! while they come the status line says so, and if they cannot come the
//! widget stays as it was and says that instead.

use guide::Lang;
use yew::prelude::*;

use crate::lang_packs::LangLoader;
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

/// The language buttons: each names its language in that language, which
/// is what a reader of it looks for. The `data-kc-*` hooks are how the
/// loader's painted start page finds a button and the status line.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let words = words(props.lang);
    // What the last press asked for: the status line speaks of that language.
    let status = use_state(|| (Status::Idle, props.lang));
    let loading = status.0 == Status::Loading;
    let button = |other: Lang| {
        let onclick = {
            let (onswitch, languages, status) = (props.onswitch.clone(), props.languages.clone(), status.clone());
            Callback::from(move |_| {
                if status.0 == Status::Loading {
                    return;
                }
                if other.is_available() {
                    onswitch.emit(other);
                    return;
                }
                status.set((Status::Loading, other));
                let (onswitch, languages, status) = (onswitch.clone(), languages.clone(), status.clone());
                yew::platform::spawn_local(async move {
                    if languages.ensure(other).await {
                        status.set((Status::Idle, other));
                        onswitch.emit(other);
                    } else {
                        status.set((Status::Failed, other));
                    }
                });
            })
        };
        html! {
            <button type="button" class="kc-lang kc-link" data-kc-action="switch-lang"
                lang={other.code()} {onclick} aria-disabled={loading.then_some("true")}>
                { other.name() }
            </button>
        }
    };
    let message = match status.0 {
        Status::Idle => "",
        Status::Loading => words.lang_loading,
        Status::Failed => words.lang_failed,
    };
    html! {
        <div class="kc-lang-switch">
            { for Lang::ALL.into_iter().filter(|l| *l != props.lang).map(button) }
            // Always present, so the change is announced (a live region must exist before it speaks).
            <span class="kc-lang-status" data-kc-lang-status="" role="status">{ fill(message, "{language}", status.1.name()) }</span>
        </div>
    }
}
