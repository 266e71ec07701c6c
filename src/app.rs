//! The root component: holds the journey, derives the assessment and plan
//! once per answer change (`view::Derived`), builds the `View` once per
//! render (the start and question pages get data and the shell's callbacks
//! instead), applies the reducer's focus, and shows the page for the current step with the
//! always-present furniture (quick exit, language switch, urgent banner).
//! Focus moving to each new heading is what announces a page change to
//! screen readers (no live region).

use std::rc::Rc;

use yew::prelude::*;

use crate::components::emergency::bar_calls;
use crate::components::lang_switch::LangSwitch;
use crate::components::quick_exit::quick_exit;
use crate::components::urgent_banner::urgent_banner;
use crate::config::Config;
use crate::hooks::{
    keep_clear_of_bar, use_double_escape, use_focus, use_history, use_print_only_this, use_root_lang,
    use_top_on_page_change,
};
use crate::lang_packs::LangLoader;
use crate::pages::check::check_page;
use crate::pages::plan::plan_page;
use crate::pages::question::{QuestionPage, QuestionProps};
use crate::pages::result::result_page;
use crate::pages::start::{StartPage, StartProps};
use crate::pages::urgent::urgent_page;
use crate::state::{Action, Journey, Page};
use crate::view::{Derived, JourneyHandle, View};
use wasm_bindgen::JsCast;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
    /// What the person did on the loader's prerendered start page before
    /// the wasm arrived (nothing, for a widget mounted without one).
    #[prop_or_default]
    pub early: Early,
    /// Brings another language's words in when the person switches.
    #[prop_or_default]
    pub languages: LangLoader,
}

/// The prerendered start page's state at handover: the `who` value checked
/// there, and whether Start was pressed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Early {
    pub who: Option<String>,
    pub submit: bool,
}

/// Props of [`ShellAt`].
#[derive(Properties, PartialEq)]
pub struct ShellAtProps {
    pub journey: Journey,
    #[prop_or_default]
    pub config: Rc<Config>,
}

/// The shell at a given journey, with its own reducer starting there: what
/// server-side renders draw (tests, the pseudo-locale pages), with no
/// loader and no mount.
#[component]
pub fn ShellAt(props: &ShellAtProps) -> Html {
    let initial = props.journey.clone();
    let journey = use_reducer(move || initial);
    html! { <Shell config={props.config.clone()} {journey} /> }
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub config: Rc<Config>,
    pub journey: JourneyHandle,
    #[prop_or_default]
    pub languages: LangLoader,
}

/// Everything below the state: split from `App` so tests can render any
/// page from a prepared journey.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    // The engine's view of the answers, once per answer change.
    let derived = use_memo(props.journey.answers.clone(), Derived::of);
    let view = View::new(props.journey.clone(), props.config.clone(), props.languages.clone(), derived);
    let journey = &view.journey;
    let onkeydown = use_double_escape(journey, &view.config.exit_url, view.config.quick_exit_keys);
    let node = use_node_ref();
    use_root_lang(&node, journey.lang);
    use_print_only_this(&node, matches!(journey.page, Page::Result | Page::Plan));
    // Focus first, then the page's top into view (as the heading's own focus scroll would not).
    use_focus(&node, journey.focus_turn);
    use_top_on_page_change(&node, journey.page, journey.focus_turn);
    use_history(journey);
    // One callback for the widget's life (the dispatcher never changes), so
    // the language switch re-renders only when the language does.
    let onswitch = use_callback(journey.dispatcher(), |lang, d| d.dispatch(Action::SetLang(lang)));
    // The same for the start and question pages: with these, their props
    // are equal whenever what they show is, and Yew skips their re-render.
    let on_submit = use_callback(journey.dispatcher(), |(q, values), d| d.dispatch(Action::Submit(q, values)));
    let on_back = use_callback(journey.dispatcher(), |draft, d| d.dispatch(Action::Back(draft)));
    // Whatever takes focus keeps clear of the sticky bar (SC 2.4.11).
    let onfocusin = {
        let node = node.clone();
        Callback::from(move |e: FocusEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
            if let (Some(root), Some(target)) = (node.cast::<web_sys::Element>(), target) {
                keep_clear_of_bar(&root, &target);
            }
        })
    };

    let page = match journey.page {
        Page::Start => html! { <StartPage ..StartProps::of(journey, on_submit) /> },
        Page::Ask(q) => html! { <QuestionPage key={q.as_str()} ..QuestionProps::of(journey, q, on_submit, on_back) /> },
        Page::Urgent => urgent_page(&view),
        Page::Check => check_page(&view),
        Page::Result => result_page(&view),
        Page::Plan => plan_page(&view),
    };
    let urgent = journey.is_urgent();
    let show_banner = urgent && !matches!(journey.page, Page::Urgent | Page::Result);
    // tabindex -1: a click on the widget's text puts focus on the widget
    // (not the host page's body), so Escape twice still works after it.
    html! {
        <div ref={node} class="kc" lang={journey.lang.code()} dir={crate::lang_packs::dir_attr(journey.lang)} tabindex="-1" {onkeydown} {onfocusin}>
            // The sticky bar: `.kc-top` on a wide screen (quick exit, the
            // numbers to call, language); on a phone only `.kc-bar` sticks
            // (quick exit, the numbers) and the language switch scrolls away
            // under it, so the bar stays one line (src/style.css).
            <div class={classes!("kc-top", urgent.then_some("kc-top-urgent"))}>
                <div class="kc-bar">
                    { quick_exit(&view) }
                    // After an urgent answer the numbers to call ride in the sticky bar.
                    if urgent { { bar_calls(&view) } }
                </div>
                <LangSwitch lang={journey.lang} languages={view.languages.clone()} onswitch={onswitch} />
            </div>
            if show_banner { { urgent_banner(&view) } }
            { page }
        </div>
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let early = props.early.clone();
    let journey = use_reducer(move || Journey::resumed(lang, early.who.as_deref(), early.submit));
    html! { <Shell config={props.config.clone()} {journey} languages={props.languages.clone()} /> }
}
