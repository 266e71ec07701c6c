//! "Make your plan": the six-step plan on its own page, reached from the
//! result; Back returns to the result with everything typed kept.

use yew::prelude::*;

use crate::components::actions::actions;
use crate::components::back_link::back_from;
use crate::components::handoff::{handoff, shown};
use crate::components::heading::{heading, Tone};
use crate::components::plan_builder::plan_builder;
use crate::state::Focus;
use crate::view::View;

pub fn plan_page(view: &View) -> Html {
    let shown = shown(view);
    html! {
        <div class="kc-page kc-plan-page">
            { back_from(view) }
            { heading(view.focused(Focus::Heading), None, view.words.make_plan, Tone::Plain) }
            { plan_builder(view, &view.derived.plan) }
            { handoff(view, "plan", shown.clone()) }
            { actions(view, shown.map(|s| s.code)) }
        </div>
    }
}
