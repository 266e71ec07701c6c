//! The root component (placeholder until the journey lands).

use std::rc::Rc;
use yew::prelude::*;

use crate::config::Config;

#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub config: Rc<Config>,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let page = use_state(|| 0u8);
    let next = {
        let page = page.clone();
        Callback::from(move |_| page.set(1))
    };
    html! {
        <div class="kc" lang={props.config.lang.code()}>
            if *page == 0 {
                <h1>{"Kratom self-check"}</h1>
                <button type="button" onclick={next}>{"For myself"}</button>
            } else {
                <h1>{"Urgent question"}</h1>
            }
        </div>
    }
}
