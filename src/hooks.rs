//! Every hook of the widget, in one place: the few effects that reach
//! outside Yew's tree (focus, a document listener, the root's `lang`) and
//! the one piece of page-local state (a question's draft answer).

use std::cell::RefCell;
use std::rc::Rc;

use guide::Lang;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::{Action, Page};
use crate::view::JourneyHandle;

/// This page's choices before they are submitted, starting from `saved`
/// (the saved answer's values) when the page first shows.
#[hook]
pub fn use_draft(saved: &[&'static str]) -> UseStateHandle<Vec<&'static str>> {
    let saved = saved.to_vec();
    use_state(move || saved)
}

/// The value of `data-kc-focus` on the element the journey's
/// [`Focus`](crate::state::Focus) names, absent everywhere else: the element
/// says it is the target; [`use_focus`] moves focus there.
pub fn focus_mark(is_target: bool) -> Option<AttrValue> {
    is_target.then_some(AttrValue::Static(""))
}

/// Applies the reducer's focus: on each new focus turn, the element marked
/// `data-kc-focus` inside `root` takes focus. Turn 0 is the first load:
/// focus then stays where the host page has it.
#[hook]
pub fn use_focus(root: &NodeRef, turn: u32) {
    let root = root.clone();
    use_effect_with(turn, move |turn| {
        if *turn == 0 {
            return;
        }
        let target = root.cast::<web_sys::Element>().and_then(|r| r.query_selector("[data-kc-focus]").ok().flatten());
        if let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = el.focus();
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
/// to the widget and inside it stays, without its margins, padding and
/// borders (a host's spacing alone could push the summary onto a blank
/// third page). The page margins are the sheet's own.
const PRINT_ONLY_WIDGET: &str = "@page{margin:9mm 11mm}@media print{body :not(:has([data-kratom-check-printing])):not([data-kratom-check-printing]):not([data-kratom-check-printing] *){display:none!important}:has([data-kratom-check-printing]),[data-kratom-check-printing]{margin:0!important;padding:0!important;border:0!important;min-height:0!important}}";

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

/// The event the Print button sends to the print summary's element (inside
/// the shadow root, not bubbling: the host never sees it).
pub const PRINT_REQUEST: &str = "kc-print";

/// Whether the print summary is wanted in the page now: from the window's
/// `beforeprint` (or the `print` media query turning on) until `afterprint`
/// (or the query turning off), and around a press of the Print button. The
/// summary is rendered only then, so what is printed is never kept in the
/// page while the person types, where a session-replay tool or the host
/// page's scripts could read it; it is rendered at print time from the
/// answers and plan as they are then.
///
/// The Print button cannot rely on `beforeprint`: it fires inside
/// `window.print()`, before Yew can render. So the button sends
/// [`PRINT_REQUEST`] to `node`; the summary renders, and only then (an
/// effect, after the render) is `window.print()` called; it returns once
/// the dialog closes, and the summary goes again.
#[hook]
pub fn use_printing(node: &NodeRef) -> bool {
    let printing = use_state(|| Printing::Off);
    let set = printing.setter();
    let node = node.clone();
    use_effect_with((), move |_| {
        let listeners = PrintListeners::add(&node, set);
        move || drop(listeners)
    });
    let setter = printing.setter();
    use_effect_with(*printing, move |now| {
        if *now == Printing::Asked {
            if let Some(w) = web_sys::window() {
                let _ = w.print();
            }
            setter.set(Printing::Off);
        }
    });
    *printing != Printing::Off
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Printing {
    Off,
    /// The Print button was pressed: render, then print.
    Asked,
    /// The browser prints (its own command, or the print media).
    On,
}

/// The window listeners of [`use_printing`], removed on drop.
struct PrintListeners {
    window: web_sys::Window,
    media: Option<web_sys::MediaQueryList>,
    fill: wasm_bindgen::closure::Closure<dyn Fn()>,
    empty: wasm_bindgen::closure::Closure<dyn Fn()>,
    change: wasm_bindgen::closure::Closure<dyn Fn()>,
    target: Option<web_sys::EventTarget>,
    ask: wasm_bindgen::closure::Closure<dyn Fn()>,
}

impl PrintListeners {
    fn add(node: &NodeRef, set: UseStateSetter<Printing>) -> Option<Self> {
        use wasm_bindgen::closure::Closure;
        let window = web_sys::window()?;
        let media = window.match_media("print").ok().flatten();
        let by_media = |m: &Option<web_sys::MediaQueryList>| match m.as_ref().is_some_and(|m| m.matches()) {
            true => Printing::On,
            false => Printing::Off,
        };
        set.set(by_media(&media));
        let fill = Closure::<dyn Fn()>::new({
            let set = set.clone();
            move || set.set(Printing::On)
        });
        let empty = Closure::<dyn Fn()>::new({
            let set = set.clone();
            move || set.set(Printing::Off)
        });
        let ask = Closure::<dyn Fn()>::new({
            let set = set.clone();
            move || set.set(Printing::Asked)
        });
        let change = Closure::<dyn Fn()>::new({
            let media = media.clone();
            move || set.set(by_media(&media))
        });
        let target: Option<web_sys::EventTarget> = node.cast::<web_sys::Element>().map(Into::into);
        if let Some(t) = &target {
            let _ = t.add_event_listener_with_callback(PRINT_REQUEST, ask.as_ref().unchecked_ref());
        }
        let _ = window.add_event_listener_with_callback("beforeprint", fill.as_ref().unchecked_ref());
        let _ = window.add_event_listener_with_callback("afterprint", empty.as_ref().unchecked_ref());
        if let Some(m) = &media {
            let _ = m.add_event_listener_with_callback("change", change.as_ref().unchecked_ref());
        }
        Some(PrintListeners { window, media, fill, empty, change, target, ask })
    }
}

impl Drop for PrintListeners {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback("beforeprint", self.fill.as_ref().unchecked_ref());
        let _ = self.window.remove_event_listener_with_callback("afterprint", self.empty.as_ref().unchecked_ref());
        if let Some(m) = &self.media {
            let _ = m.remove_event_listener_with_callback("change", self.change.as_ref().unchecked_ref());
        }
        if let Some(t) = &self.target {
            let _ = t.remove_event_listener_with_callback(PRINT_REQUEST, self.ask.as_ref().unchecked_ref());
        }
    }
}

/// Brings the widget's page (its top, under the sticky bar) into view on each page change (never on the
/// first load, nor for an error or a question shown on the same page): on a
/// phone the new page's heading and what follows it fill the screen, not
/// the host page's intro. The page's `scroll-margin-top` (the bar's room
/// plus the host's `--kratom-check-scroll-offset`, src/style.css) keeps it
/// clear of the bar and of a host sticky header. The heading's own focus then needs no scroll.
#[hook]
pub fn use_top_on_page_change(node: &NodeRef, page: Page, turn: u32) {
    let node = node.clone();
    use_effect_with(page, move |_| {
        if turn > 0 {
            // The page itself, or the urgent banner above it (below the bar: on a
            // phone the language row above them scrolls away).
            let page = node
                .cast::<web_sys::Element>()
                .and_then(|root| root.query_selector(".kc-urgent-banner, .kc-page").ok().flatten());
            if let Some(el) = page.or_else(|| node.cast::<web_sys::Element>()) {
                let options = web_sys::ScrollIntoViewOptions::new();
                options.set_block(web_sys::ScrollLogicalPosition::Start);
                el.scroll_into_view_with_scroll_into_view_options(&options);
                if let Some(root) = node.cast::<web_sys::Element>() {
                    keep_clear_of_bar(&root, &el);
                }
            }
        }
    });
}

/// Scrolls the window so `target` is not under the widget's sticky bar
/// (WCAG 2.2 SC 2.4.11). The CSS scroll margins cover the usual bar; this
/// covers a bar that wrapped to a second line (long words, large text). The
/// sticky box is `.kc-top` on a wide screen and `.kc-bar` on a phone (the
/// other has no box).
pub fn keep_clear_of_bar(root: &web_sys::Element, target: &web_sys::Element) {
    let bar = [".kc-top", ".kc-bar"]
        .iter()
        .filter_map(|sel| root.query_selector(sel).ok().flatten())
        .find(|b| b.get_bounding_client_rect().height() > 0.0);
    let Some(bar) = bar else { return };
    // The bar's own controls, and the widget's root (focused by a click on its text), stay put.
    if bar.contains(Some(target)) || root.is_same_node(Some(target)) {
        return;
    }
    let (b, t) = (bar.get_bounding_client_rect(), target.get_bounding_client_rect());
    if t.top() < b.bottom() && t.bottom() > b.top() {
        if let Some(w) = web_sys::window() {
            w.scroll_by_with_x_and_y(0.0, t.top() - b.bottom() - 8.0);
        }
    }
}

/// The pages this widget showed, in order, and which one the browser's
/// history is at. Each page change adds one same-address history entry
/// whose state is only `{ kratomCheck: <this widget's random id>, n: <index> }`:
/// no answer, no page name, nothing in the address. Back and Forward then
/// move through the pages seen, answers kept; quick exit's
/// `location.replace` leaves with the answers already wiped.
struct Visits {
    id: f64,
    pages: Vec<Page>,
    at: usize,
}

impl Visits {
    /// The entry `state` stands for, if it is this widget's.
    fn index_of(&self, state: &JsValue) -> Option<Result<usize, ()>> {
        if !state.is_object() {
            return None;
        }
        let id = js_sys::Reflect::get(state, &"kratomCheck".into()).ok()?.as_f64()?;
        if id != self.id {
            return Some(Err(())); // another widget's entry
        }
        let n = js_sys::Reflect::get(state, &"n".into()).ok()?.as_f64()?;
        Some(Ok(n as usize))
    }
}

fn push_entry(id: f64, n: usize) {
    if crate::leave::leaving() {
        return;
    }
    let Some(history) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let depth = crate::leave::history_depth() + 1;
    let state = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&state, &"kratomCheck".into(), &id.into());
    let _ = js_sys::Reflect::set(&state, &"n".into(), &(n as f64).into());
    // How far above the page's first entry: quick exit goes back that far.
    let _ = js_sys::Reflect::set(&state, &"depth".into(), &f64::from(depth).into());
    // No URL: the address stays the host page's own.
    if history.push_state(&state, "").is_ok() {
        crate::leave::set_history_depth(depth);
    }
}

/// The depth a popped entry stands for (0: not a widget's entry).
fn depth_of(state: &JsValue) -> u32 {
    if !state.is_object() {
        return 0;
    }
    js_sys::Reflect::get(state, &"depth".into()).ok().and_then(|d| d.as_f64()).map_or(0, |d| d as u32)
}

/// The browser's Back and Forward move between the widget's pages (see
/// [`Visits`]); the README's "History" section says which entries exist.
#[hook]
pub fn use_history(journey: &JourneyHandle) {
    // The id is drawn in the effect: effects run only in the browser, not
    // when the start page is rendered natively for the loader.
    let visits = use_mut_ref(|| Visits { id: 0.0, pages: Vec::new(), at: 0 });
    {
        let visits = visits.clone();
        use_effect_with(journey.page, move |page| {
            let mut v = visits.borrow_mut();
            // The first page, or the page a Back or Forward asked for: no new entry.
            if v.pages.is_empty() || v.pages.get(v.at) == Some(page) {
                if v.pages.is_empty() {
                    v.id = js_sys::Math::random();
                    v.pages.push(*page);
                }
                return;
            }
            let at = v.at + 1;
            v.pages.truncate(at);
            v.pages.push(*page);
            v.at = at;
            push_entry(v.id, at);
        });
    }
    let journey = journey.clone();
    use_effect_with((), move |_| {
        let on_pop = Closure::<dyn Fn(web_sys::PopStateEvent)>::new(move |e: web_sys::PopStateEvent| {
            on_pop_state(&visits, &journey, &e.state());
        });
        let window = web_sys::window();
        if let Some(w) = &window {
            let _ = w.add_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
        }
        move || {
            if let Some(w) = &window {
                let _ = w.remove_event_listener_with_callback("popstate", on_pop.as_ref().unchecked_ref());
            }
        }
    });
}

fn on_pop_state(visits: &Rc<RefCell<Visits>>, journey: &JourneyHandle, state: &JsValue) {
    if crate::leave::leaving() {
        return;
    }
    crate::leave::set_history_depth(depth_of(state));
    let mut v = visits.borrow_mut();
    let target = match v.index_of(state) {
        Some(Ok(n)) => n,
        Some(Err(())) => return,
        // An entry that is not a widget's: the one the widget started on.
        None => 0,
    };
    if target == v.at {
        return;
    }
    if let Some(page) = v.pages.get(target).copied() {
        v.at = target;
        drop(v);
        journey.dispatch(Action::Visit(page));
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
                let journey = journey.clone();
                crate::leave::leave(&url, move || journey.dispatch(Action::StillHere));
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
