//! What every page reads: the journey (state + dispatch) and the clinic's
//! configuration. Both are passed down as props and arguments rather than
//! by Yew context: no provider components or context lookups in the wasm.

use yew::prelude::*;

use crate::state::Journey;

pub type JourneyHandle = UseReducerHandle<Journey>;

/// Fills `{n}`-style placeholders.
pub fn fill(template: &str, key: &str, value: &str) -> String {
    template.replace(key, value)
}
