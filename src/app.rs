//! The root component (placeholder until the journey lands). It renders just
//! enough of the markup contract (care-guide §9) for the pipeline's browser
//! tests: the `who` question form, then the urgent question form.

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
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            page.set(1)
        })
    };
    let clinic = props.config.clinic_name.clone();
    html! {
        <div class="kc" lang={props.config.lang.code()}>
            if *page == 0 {
                <h2>{"Kratom self-check"}</h2>
                if let Some(name) = clinic { <p class="kc-clinic">{name}</p> }
                <p>{"Your answers stay on this device. Nothing you choose is sent anywhere."}</p>
                <form onsubmit={next}>
                    <fieldset>
                        <legend>{"Who is this check for?"}</legend>
                        <label class="kc-choice"><input type="radio" name="who" value="self" />{" For myself"}</label>
                        <label class="kc-choice"><input type="radio" name="who" value="loved_one" />{" For someone I care about"}</label>
                    </fieldset>
                    <button type="submit">{"Continue"}</button>
                </form>
            } else {
                <form onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset>
                        <legend>{"Is any of this happening right now?"}</legend>
                        <label class="kc-choice"><input type="checkbox" name="urgent_now" value="chest_pain" />{" Chest pain"}</label>
                        <label class="kc-choice"><input type="checkbox" name="urgent_now" value="none" />{" None of these"}</label>
                    </fieldset>
                    <button type="submit">{"Continue"}</button>
                </form>
            }
        </div>
    }
}
