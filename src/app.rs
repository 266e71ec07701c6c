//! The root component: holds the journey, passes it down as props, and
//! shows the page for the current step with the always-present furniture
//! (quick exit, language switch, urgent banner); focus moving to each new
//! heading is what announces a page change to screen readers.

use std::rc::Rc;

use guide::Q;
use yew::prelude::*;

use crate::components::lang_switch::lang_switch;
use crate::components::quick_exit::{quick_exit, use_double_escape};
use crate::components::urgent_banner::urgent_banner;
use crate::config::Config;
use crate::context::JourneyHandle;
use crate::pages::check::check_page;
use crate::pages::question::QuestionPage;
use crate::pages::result::result_page;
use crate::pages::urgent::urgent_page;
use crate::state::{Journey, Page};

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
}

#[derive(Properties, PartialEq)]
pub struct ShellProps {
    pub config: Rc<Config>,
    pub journey: JourneyHandle,
}

/// Everything below the state: split from `App` so tests can render any
/// page from a prepared journey.
#[component]
pub fn Shell(props: &ShellProps) -> Html {
    let journey = &props.journey;
    let page = match journey.page {
        Page::Start => html! { <QuestionPage key="start" q={Q::Who} start=true journey={journey.clone()} /> },
        Page::Ask(q) => html! { <QuestionPage key={q.as_str()} {q} journey={journey.clone()} /> },
        Page::Urgent => urgent_page(journey, &props.config),
        Page::Check => check_page(journey),
        Page::Result => result_page(journey, &props.config),
    };
    let show_banner = journey.is_urgent() && !matches!(journey.page, Page::Urgent | Page::Result);
    use_double_escape(journey, &props.config);
    let node = use_node_ref();
    {
        // The mount point (the shadow root's top element) carries `lang` too,
        // so whichever element a checker calls the widget root, it is right.
        let node = node.clone();
        use_effect_with(journey.lang, move |lang| {
            if let Some(root) = node.cast::<web_sys::Element>().and_then(|e| e.parent_element()) {
                let _ = root.set_attribute("lang", lang.code());
            }
        });
    }
    html! {
        <div ref={node} class="kc" lang={journey.lang.code()}>
            <div class="kc-bar">
                { quick_exit(journey, &props.config) }
                { lang_switch(journey) }
            </div>
            if show_banner { { urgent_banner(journey.lang.texts(), &props.config) } }
            { page }
        </div>
    }
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let lang = props.config.lang;
    let journey: JourneyHandle = use_reducer(move || Journey::new(lang));
    html! { <Shell config={props.config.clone()} {journey} /> }
}
