//! "Show a code for your clinic": an opt-in button at the end of
//! the result and plan pages. Pressed, it shows what the code holds, who
//! can read it, the QR code and its digits, and a button to hide it again.
//!
//! Whether the code shows is the journey's (`Journey::code_shown`, so focus
//! moves by the reducer's `Focus` like everywhere else, and a page change,
//! Start over or quick exit hides it); the code itself is never kept: the
//! page draws it from the answers while it shows ([`Shown`]). The one
//! thing this component holds is whether the QR's drawing part is here yet
//! (`crate::qr`: fetched the first time a code shows).

use guide::{Answers, Assessment, Lang, Voice, Q};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::download::today;
use crate::handoff::{grouped, offered, qr};
use crate::hooks::focus_mark;
use crate::state::{Action, Focus, Journey};
use crate::view::{fill, View};
use crate::words::{words, Words};

/// The code and what it holds, while it shows.
#[derive(Clone, Debug, PartialEq)]
pub struct Shown {
    pub code: String,
    /// Questions answered, of those asked.
    pub answered: usize,
    pub asked: usize,
    /// The suggested level's name.
    pub level: &'static str,
    /// The day the code carries (YYYY-MM-DD).
    pub date: String,
}

impl Shown {
    pub fn of(answers: &Answers, assessment: &Assessment, level: &'static str, today: String) -> Self {
        Shown {
            code: crate::handoff::code(answers, assessment, &today),
            answered: answers.answered().count(),
            asked: Q::ALL.into_iter().filter(|q| answers.is_asked(*q)).count(),
            level,
            date: today,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct HandoffProps {
    /// The journey's language (its words).
    pub lang: Lang,
    pub voice: Voice,
    /// The code, while the person has it shown.
    pub shown: Option<Shown>,
    /// The journey's focus: the heading or the button takes it when named.
    pub focus: Focus,
    /// Sends `ShowCode` and `HideCode` (the reducer's dispatcher never
    /// changes, so it never makes the props differ).
    pub dispatch: UseReducerDispatcher<Journey>,
}

/// Where the QR's drawing part is.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Drawing {
    Here,
    Coming,
    /// It could not load: the digits stand alone, and showing the code
    /// again tries again.
    Failed,
}

#[component]
pub fn Handoff(props: &HandoffProps) -> Html {
    let words = words(props.lang);
    let drawing = use_state(|| if crate::qr::ready() { Drawing::Here } else { Drawing::Coming });
    {
        let drawing = drawing.clone();
        use_effect_with(props.shown.is_some(), move |shown| {
            if *shown && !crate::qr::ready() {
                drawing.set(Drawing::Coming);
                spawn_local(async move {
                    drawing.set(if crate::qr::ensure().await { Drawing::Here } else { Drawing::Failed });
                });
            }
        });
    }
    let send = |action: fn() -> Action| {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(action()))
    };
    let (show, hint) = match props.voice {
        Voice::Me => (words.handoff_show, words.handoff_hint),
        Voice::Them => (words.handoff_show_them, words.handoff_hint_them),
    };
    html! {
        <section class="kc-handoff" aria-label={words.handoff_heading}>
            if let Some(shown) = &props.shown {
                { panel(words, shown, *drawing, props.focus == Focus::CodeHeading, send(|| Action::HideCode)) }
            } else {
                <button type="button" class="kc-button kc-button-secondary" data-handoff-show=""
                    data-kc-focus={focus_mark(props.focus == Focus::ShowCodeButton)}
                    aria-describedby="kc-handoff-hint" onclick={send(|| Action::ShowCode)}>{ show }</button>
                <p id="kc-handoff-hint" class="kc-hint">{ hint }</p>
            }
        </section>
    }
}

/// What the code holds, who can read it, the QR code, the digits, and Hide.
fn panel(words: &'static Words, shown: &Shown, drawing: Drawing, focused: bool, hide: Callback<MouseEvent>) -> Html {
    let count = fill(
        fill(words.handoff_answers, "{n}", &shown.answered.to_string()).as_str(),
        "{total}",
        &shown.asked.to_string(),
    );
    let picture = match (drawing, crate::qr::symbol(&shown.code)) {
        (Drawing::Here, Some(symbol)) => qr(&symbol, words.handoff_qr_label),
        // Held open at the picture's size while it comes (a local file:
        // moments), so nothing below it jumps.
        (Drawing::Coming, _) => html! { <div class="kc-qr kc-qr-coming" aria-hidden="true"></div> },
        _ => html! { <p class="kc-qr-failed">{ words.handoff_qr_failed }</p> },
    };
    html! {
        <div class="kc-handoff-panel">
            <h3 tabindex="-1" data-kc-focus={focus_mark(focused)}>{ words.handoff_heading }</h3>
            <p class="kc-handoff-holds-title">{ words.handoff_holds }</p>
            <ul class="kc-handoff-holds">
                <li>{ count }</li>
                <li>{ fill(words.handoff_level, "{level}", shown.level) }</li>
                <li>{ fill(words.handoff_date, "{date}", &shown.date) }</li>
            </ul>
            <p>{ words.handoff_not_held }</p>
            <p class="kc-handoff-warning"><strong>{ words.handoff_warning }</strong></p>
            <figure class="kc-handoff-code">
                { picture }
                <figcaption>
                    <span class="kc-sr">{ words.handoff_digits_label }{ ": " }</span>
                    <span class="kc-handoff-digits" data-handoff-code={shown.code.clone()}>{ grouped(&shown.code) }</span>
                </figcaption>
            </figure>
            <p>{ words.handoff_how }</p>
            <button type="button" class="kc-button kc-button-secondary" data-handoff-hide="" onclick={hide}>{ words.handoff_hide }</button>
        </div>
    }
}

/// The code of `view`'s journey while the person has it shown (and the
/// clinic offers it), else none.
pub fn shown(view: &View) -> Option<Shown> {
    let journey = &view.journey;
    if !journey.code_shown || !offered(&view.config, view.voice) {
        return None;
    }
    let assessment = &view.derived.assessment;
    Some(Shown::of(&journey.answers, assessment, view.texts.result_name(assessment), today()))
}

/// The offer on a result or plan page (`key`: each page its own, so
/// leaving a page unmounts it), when the clinic makes it; `shown`: [`shown`]
/// of the same view, which the page also hands to the printed summary.
pub fn handoff(view: &View, key: &'static str, shown: Option<Shown>) -> Html {
    if !offered(&view.config, view.voice) {
        return Html::default();
    }
    html! {
        <Handoff {key} lang={view.journey.lang} voice={view.voice} {shown}
            focus={view.journey.focus} dispatch={view.journey.dispatcher()} />
    }
}
