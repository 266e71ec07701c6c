//! A result card: a section labelled by its own `<h3>`.

use yew::prelude::*;

/// `name` identifies the card: its heading's id is `kc-{name}-title` and
/// the section carries `data-card={name}` for styling.
pub fn card(name: &'static str, title: &'static str, body: Html) -> Html {
    let title_id = format!("kc-{name}-title");
    html! {
        <section class="kc-card" data-card={name} aria-labelledby={title_id.clone()}>
            <h3 id={title_id}>{ title }</h3>
            { body }
        </section>
    }
}
