//! Every hook of the widget, in one place: the few effects that reach
//! outside Yew's tree (focus, a document listener, the root's `lang`) and
//! the one piece of page-local state (a question's draft answer).

use guide::{Lang, Q};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Action;
use crate::view::JourneyHandle;

/// This page's choices before they are submitted, starting from the saved answer.
#[hook]
pub fn use_draft(journey: &JourneyHandle, q: Q) -> UseStateHandle<Vec<&'static str>> {
    let journey = journey.clone();
    use_state(move || journey.answers.get(q).map(|a| a.values().to_vec()).unwrap_or_default())
}

/// Focuses `node` on each new focus turn while `wanted`. Turn 0 is the
/// first load: focus then stays where the host page has it.
#[hook]
pub fn use_focus_on_turn(node: &NodeRef, wanted: bool, turn: u32) {
    let node = node.clone();
    use_effect_with(turn, move |turn| {
        if wanted && *turn > 0 {
            if let Some(el) = node.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// Keeps `lang` on the element that holds `node` (the shadow root's top
/// element) in step with the journey, so whichever element a checker calls
/// the widget root, it carries the language.
#[hook]
pub fn use_root_lang(node: &NodeRef, lang: Lang) {
    let node = node.clone();
    use_effect_with(lang, move |lang| {
        if let Some(root) = node.cast::<web_sys::Element>().and_then(|e| e.parent_element()) {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
}

/// The host-document rule that prints only the widget marked
/// `data-kratom-check-printing`: everything else in the page is hidden in
/// print (the clinic's header, sticky bars, footer), everything on the path
/// to the widget and inside it stays.
const PRINT_ONLY_WIDGET: &str = "@media print{body :not(:has([data-kratom-check-printing])):not([data-kratom-check-printing]):not([data-kratom-check-printing] *){display:none!important}}";

/// While `active` (a result or a plan shows), printing the page — with the
/// Print button or the browser's own command — prints only this widget: the
/// host element is marked and a print-only sheet is adopted into the host
/// document (a constructable sheet: allowed under `style-src 'self'`).
#[hook]
pub fn use_print_only_this(node: &NodeRef, active: bool) {
    let node = node.clone();
    use_effect_with(active, move |active| {
        let marked = active.then(|| print_mark(&node)).flatten();
        move || {
            if let Some((host, sheet)) = marked {
                let _ = host.remove_attribute("data-kratom-check-printing");
                let _ = crate::print::unadopt(&sheet);
            }
        }
    });
}

fn print_mark(node: &NodeRef) -> Option<(web_sys::Element, web_sys::CssStyleSheet)> {
    let host = node.cast::<web_sys::Node>()?.get_root_node().dyn_into::<web_sys::ShadowRoot>().ok()?.host();
    let sheet = crate::print::adopt(PRINT_ONLY_WIDGET)?;
    host.set_attribute("data-kratom-check-printing", "").ok()?;
    Some((host, sheet))
}

/// Fills the element matching `selector` inside `node` with `text()` only
/// while the page prints (the window's `beforeprint`, or the `print` media
/// query turning on) and empties it again after (`afterprint`, or the query
/// turning off): what is printed is never kept in the page as hidden text
/// while the person types, where a session-replay tool or the host page's
/// scripts could read it. `text` is called at print time, so it prints the
/// answers and plan as they are then.
#[hook]
pub fn use_text_while_printing(node: &NodeRef, selector: &'static str, text: std::rc::Rc<dyn Fn() -> String>) {
    let latest = use_mut_ref(|| text.clone());
    *latest.borrow_mut() = text;
    let node = node.clone();
    use_effect_with((), move |_| {
        let printing = PrintListeners::add(node, selector, latest);
        move || drop(printing)
    });
}

/// The window listeners of [`use_text_while_printing`] (one closure for the
/// three events), removed on drop.
struct PrintListeners {
    window: web_sys::Window,
    media: Option<web_sys::MediaQueryList>,
    on: wasm_bindgen::closure::Closure<dyn Fn(web_sys::Event)>,
}

impl PrintListeners {
    fn add(
        node: NodeRef,
        selector: &'static str,
        text: std::rc::Rc<std::cell::RefCell<std::rc::Rc<dyn Fn() -> String>>>,
    ) -> Option<Self> {
        let window = web_sys::window()?;
        let media = window.match_media("print").ok().flatten();
        let on = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new({
            let media = media.clone();
            move |e: web_sys::Event| {
                let printing = match e.type_().as_str() {
                    "beforeprint" => true,
                    "afterprint" => false,
                    _ => media.as_ref().is_some_and(|m| m.matches()),
                };
                let target = node.cast::<web_sys::Element>().and_then(|n| n.query_selector(selector).ok().flatten());
                if let Some(el) = target {
                    el.set_text_content(printing.then(|| (text.borrow())()).as_deref());
                }
            }
        });
        let f = on.as_ref().unchecked_ref();
        let _ = window.add_event_listener_with_callback("beforeprint", f);
        let _ = window.add_event_listener_with_callback("afterprint", f);
        if let Some(m) = &media {
            let _ = m.add_event_listener_with_callback("change", f);
        }
        Some(PrintListeners { window, media, on })
    }
}

impl Drop for PrintListeners {
    fn drop(&mut self) {
        let f = self.on.as_ref().unchecked_ref();
        let _ = self.window.remove_event_listener_with_callback("beforeprint", f);
        let _ = self.window.remove_event_listener_with_callback("afterprint", f);
        if let Some(m) = &self.media {
            let _ = m.remove_event_listener_with_callback("change", f);
        }
    }
}

/// Two Escape presses within this many milliseconds leave the page.
const DOUBLE_ESCAPE_MS: f64 = 1000.0;

/// What one keydown means for the double-Escape shortcut.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Press {
    /// A deliberate Escape: not a key repeat, not inside an IME composition.
    Escape,
    /// Anything else, which breaks a pair.
    Other,
}

impl Press {
    pub fn of(e: &KeyboardEvent) -> Press {
        // keyCode 229: the IME owns this keydown even where isComposing lags.
        let composing = e.is_composing() || e.key_code() == 229;
        if e.key() == "Escape" && !e.repeat() && !composing {
            Press::Escape
        } else {
            Press::Other
        }
    }
}

/// The double-Escape rule, apart from the browser: two deliberate Escapes
/// within a second with no other key between.
#[derive(Default)]
pub struct EscapePair {
    last_escape: Option<f64>,
}

impl EscapePair {
    /// Feeds one press at time `now` (ms); true when it completes a pair.
    pub fn press(&mut self, press: Press, now: f64) -> bool {
        match (press, self.last_escape) {
            (Press::Escape, Some(t)) if now - t <= DOUBLE_ESCAPE_MS => {
                self.last_escape = None;
                true
            }
            (Press::Escape, _) => {
                self.last_escape = Some(now);
                false
            }
            (Press::Other, _) => {
                self.last_escape = None;
                false
            }
        }
    }
}

/// The keydown handler for the widget's root: Escape pressed twice there
/// (so only with focus inside this widget) forgets everything and leaves.
/// `None` when the clinic turned the shortcut off.
#[hook]
pub fn use_double_escape(journey: &JourneyHandle, exit_url: &str, enabled: bool) -> Option<Callback<KeyboardEvent>> {
    let pair = use_mut_ref(EscapePair::default);
    let journey = journey.clone();
    let url = exit_url.to_string();
    enabled.then(|| {
        Callback::from(move |e: KeyboardEvent| {
            if pair.borrow_mut().press(Press::of(&e), js_sys::Date::now()) {
                journey.dispatch(Action::Forget);
                crate::leave::leave(&url);
            }
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_escapes_within_a_second_make_a_pair() {
        let mut p = EscapePair::default();
        assert!(!p.press(Press::Escape, 0.0));
        assert!(p.press(Press::Escape, 900.0));
        // The pair is spent: a third press starts over.
        assert!(!p.press(Press::Escape, 1000.0));
    }

    #[test]
    fn slow_presses_or_a_key_between_do_not() {
        let mut p = EscapePair::default();
        assert!(!p.press(Press::Escape, 0.0));
        assert!(!p.press(Press::Escape, 1001.0), "more than a second apart");
        assert!(!p.press(Press::Other, 1100.0));
        assert!(!p.press(Press::Escape, 1200.0), "a key came between");
        assert!(p.press(Press::Escape, 1300.0));
    }
}
