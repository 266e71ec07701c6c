//! Switches the whole widget to another of its languages, keeping answers
//! and every typed word: one button per other language of the list
//! (`guide::Lang::ALL`), so with two languages it is one button and one tap.
//! A language's words are fetched on the first switch to it (`languages`);
//! while they come the status line says so, and if they cannot come the
//! widget stays as it was and says that instead.

use guide::Lang;
use yew::prelude::*;

use crate::state::Action;
use crate::view::{fill, View};

#[derive(Clone, Copy, PartialEq)]
enum Status {
    Idle,
    Loading,
    Failed,
}

#[derive(Properties, PartialEq)]
pub struct LangSwitchProps {
    pub view: View,
}

/// The language buttons: each names its language in that language, which
/// is what a reader of it looks for.
#[component]
pub fn LangSwitch(props: &LangSwitchProps) -> Html {
    let view = &props.view;
    // What the last press asked for: the status line speaks of that language.
    let status = use_state(|| (Status::Idle, view.journey.lang));
    let loading = status.0 == Status::Loading;
    let button = |other: Lang| {
        let onclick = {
            let (journey, languages, status) = (view.journey.clone(), view.languages.clone(), status.clone());
            Callback::from(move |_| {
                if status.0 == Status::Loading {
                    return;
                }
                if other.is_available() {
                    journey.dispatch(Action::SetLang(other));
                    return;
                }
                status.set((Status::Loading, other));
                let (journey, languages, status) = (journey.clone(), languages.clone(), status.clone());
                yew::platform::spawn_local(async move {
                    if languages.ensure(other).await {
                        status.set((Status::Idle, other));
                        journey.dispatch(Action::SetLang(other));
                    } else {
                        status.set((Status::Failed, other));
                    }
                });
            })
        };
        html! {
            <button type="button" class="kc-lang kc-link" lang={other.code()} {onclick}
                aria-disabled={loading.then_some("true")}>
                { other.name() }
            </button>
        }
    };
    let message = match status.0 {
        Status::Idle => "",
        Status::Loading => view.words.lang_loading,
        Status::Failed => view.words.lang_failed,
    };
    html! {
        <div class="kc-lang-switch">
            { for Lang::ALL.into_iter().filter(|l| *l != view.journey.lang).map(button) }
            // Always present, so the change is announced (a live region must exist before it speaks).
            <span class="kc-lang-status" role="status">{ fill(message, "{language}", status.1.name()) }</span>
        </div>
    }
}
