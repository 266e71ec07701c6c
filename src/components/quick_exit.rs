//! Quick exit: forget everything and replace the page with a neutral one,
//! so Back does not return here. (Escape twice: `hooks::use_double_escape`.)
//! `data-kc-action="quick-exit"` is how the loader's painted start page
//! finds the button (a class is styling, and may be renamed).

use yew::prelude::*;

use crate::leave::leave;
use crate::state::Action;
use crate::view::View;

pub fn quick_exit(view: &View) -> Html {
    let journey = view.journey.clone();
    let url = view.config.exit_url.clone();
    let onclick = Callback::from(move |_| {
        journey.dispatch(Action::Forget);
        let journey = journey.clone();
        leave(&url, move || journey.dispatch(Action::StillHere));
    });
    html! {
        <div class="kc-exit">
            <button type="button" class="kc-exit-button" data-kc-action="quick-exit" {onclick} aria-describedby={view.config.quick_exit_keys.then_some("kc-exit-hint")}>
                <span class="kc-exit-long">{ view.words.quick_exit }</span>
                // Shown instead (display, so the name follows) on a phone while the bar holds the numbers to call.
                <span class="kc-exit-short">{ view.words.quick_exit_short }</span>
            </button>
            if view.config.quick_exit_keys {
                <span id="kc-exit-hint" class="kc-exit-hint">{ view.words.quick_exit_hint }</span>
            }
            if view.journey.still_here {
                <p class="kc-exit-stuck" role="alert">{ view.words.quick_exit_stuck }</p>
            }
        </div>
    }
}
