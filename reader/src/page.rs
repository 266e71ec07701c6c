//! The page's behaviour: the three ways in (typed digits, a photo, the
//! camera) lead to one `show`, which renders a reading or a refusal; Copy,
//! FHIR and Clear act on the reading held in memory (only there, and only
//! until Clear or the page closes).

use std::cell::RefCell;

use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::camera;
use crate::dom::{self, by_id, element, set_attr, set_hidden, set_text};
use crate::download;
use crate::note;
use crate::photo::{self, Found};
use crate::reading::{self, Reading};
use crate::words::EN;
use guide::{Day, Lang};

thread_local! {
    static READING: RefCell<Option<Reading>> = const { RefCell::new(None) };
}

/// Where a code came from: a typed refusal is shown at the field.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Source {
    Typed,
    Picture,
}

pub fn start() {
    // A bug must not leave a silent page: the front desk is told, and the
    // console says what broke (the release profile aborts after the hook).
    std::panic::set_hook(Box::new(|info| {
        dom::warn(&format!("kratom-check reader: internal error: {info}"));
        status(EN.internal_error, "error");
    }));
    let query = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    let (fhir_on, warning) = crate::options::fhir(&query);
    if let Some(w) = warning {
        dom::warn(&w);
    }
    set_hidden("fhir", !fhir_on);

    dom::on("code-form", "submit", |e| {
        e.prevent_default();
        let typed = by_id::<HtmlInputElement>("code").map(|i| i.value()).unwrap_or_default();
        show(&typed, Source::Typed);
    });
    dom::on("photo", "change", |_| {
        let Some(file) = by_id::<HtmlInputElement>("photo").and_then(|i| i.files()).and_then(|f| f.get(0)) else {
            return;
        };
        camera::stop();
        camera_buttons(false);
        status(EN.photo_opening, "busy");
        wasm_bindgen_futures::spawn_local(async move {
            match photo::code_in_file(file).await {
                Found::Text(text) if crate::picture::looks_like_code(&text) => show(&text, Source::Picture),
                Found::Text(_) => status(EN.not_a_code, "error"),
                Found::NoCode => status(EN.photo_no_code, "error"),
                Found::NotAPicture => status(EN.photo_unreadable, "error"),
            }
        });
    });
    dom::on("camera-start", "click", |_| {
        status(EN.camera_starting, "busy");
        camera_buttons(true);
        camera::start(|event| match event {
            camera::Event::On => status(EN.camera_on, "busy"),
            camera::Event::Failed => {
                camera_buttons(false);
                status(EN.camera_failed, "error");
                dom::focus("camera-start");
            }
            camera::Event::NotACode => status(EN.not_a_code, "error"),
            camera::Event::Code(text) => {
                camera_buttons(false);
                show(&text, Source::Picture);
            }
        });
    });
    dom::on("camera-stop", "click", |_| {
        camera::stop();
        camera_buttons(false);
        status(EN.camera_off, "ok");
        dom::focus("camera-start");
    });
    dom::on("copy", "click", |_| copy());
    dom::on("fhir", "click", |_| export_fhir());
    dom::on("clear", "click", |_| {
        clear();
        status(EN.cleared, "ok");
        dom::focus("code");
    });
    // A camera left on in a background tab: turned off.
    dom::listen(&dom::document(), "visibilitychange", |_| {
        if dom::document().hidden() && camera::is_on() {
            camera::stop();
            camera_buttons(false);
            status(EN.camera_off, "ok");
        }
    });
    // Everything is wired: tests (and a curious clinic) can tell the page is live.
    if let Some(root) = dom::document().document_element() {
        set_attr(&root, "data-reader-ready", Some(""));
    }
}

/// "Scan" while the camera is off, "Stop" while it is on.
fn camera_buttons(on: bool) {
    set_hidden("camera-start", on);
    set_hidden("camera-stop", !on);
    if on {
        dom::focus("camera-stop");
    }
}

/// The live region: `state` is "ok", "busy" or "error" (styles and tests read it).
fn status(text: &str, state: &str) {
    if let Some(el) = by_id::<Element>("status") {
        set_attr(&el, "data-state", Some(state));
        el.set_text_content(Some(text));
    }
}

/// The field's error: shown next to it and tied to it, or cleared.
fn field_error(message: Option<&str>) {
    let (Some(input), Some(error)) = (by_id::<Element>("code"), by_id::<HtmlElement>("code-error")) else { return };
    error.set_text_content(message);
    error.set_hidden(message.is_none());
    set_attr(&input, "aria-invalid", message.map(|_| "true"));
    set_attr(&input, "aria-describedby", Some(if message.is_some() { "code-hint code-error" } else { "code-hint" }));
}

fn show(input: &str, source: Source) {
    status(EN.reading, "busy");
    match reading::read(input) {
        Ok(r) => {
            field_error(None);
            render(&r);
            READING.with(|x| *x.borrow_mut() = Some(r));
            status(EN.read_ok, "ok");
            dom::focus("result-heading");
        }
        Err(e) => {
            // A refused code replaces nothing silently: the last result goes.
            clear_result();
            let message = format!("{} {e}", EN.refused);
            if source == Source::Typed {
                // The reason stands at the field (read with it on focus);
                // the status line only points there, so it is not said twice.
                field_error(Some(&message));
                status(EN.refused_see_field, "error");
                dom::focus("code");
            } else {
                status(&message, "error");
            }
        }
    }
}

fn render(r: &Reading) {
    let (w, t) = (&EN, Lang::En.texts());
    let x = &r.rerun;
    set_text("result-code", &r.grouped());
    set_text("result-day", &note::day(r));
    set_text("result-who", note::answered_by(w, r));
    if let Some(level) = by_id::<Element>("result-level") {
        set_attr(&level, "data-care-level", Some(x.care_level.as_str()));
        set_attr(&level, "data-confidence", Some(x.confidence.as_str()));
        set_attr(&level, "data-taper-kind", x.taper_kind.map(|k| k.as_str()));
    }
    set_text("level-label", w.level_label);
    set_text("level-name", t.result_name(x));
    set_text("level-confidence", &format!("{}: {}", w.confidence_label, note::confidence_words(w, x.confidence)));
    render_check(r);
    if let Some(list) = by_id::<Element>("result-reasons") {
        dom::clear(&list);
        if x.reasons.is_empty() {
            let _ = list.append_child(&element("li", w.no_reasons));
        }
        for reason in &x.reasons {
            let li = element("li", t.reason(reason.id).get(r.voice()));
            set_attr(&li, "data-reason", Some(reason.id.as_str()));
            set_attr(&li, "data-reason-level", Some(reason.level.as_str()));
            let _ = list.append_child(&li);
        }
    }
    set_text("note", &note::text(r));
    set_hidden("result", false);
}

/// Whether the code's stored result matches the re-run; when not, what it held.
fn render_check(r: &Reading) {
    let Some(check) = by_id::<Element>("result-check") else { return };
    dom::clear(&check);
    if r.mismatches.is_empty() {
        set_attr(&check, "data-mismatch", None);
        let _ = check.append_child(&element("p", EN.matches));
        return;
    }
    let parts: Vec<&str> = r
        .mismatches
        .iter()
        .map(|m| match m {
            guide::handoff::Mismatch::Level => "level",
            guide::handoff::Mismatch::Confidence => "confidence",
            guide::handoff::Mismatch::Reasons => "reasons",
        })
        .collect();
    set_attr(&check, "data-mismatch", Some(&parts.join(" ")));
    set_attr(&check, "data-code-level", Some(r.handoff.level.as_str()));
    let title = element("p", EN.mismatch_title);
    set_attr(&title, "class", Some("reader-check-title"));
    let _ = check.append_child(&title);
    let _ = check.append_child(&element("p", EN.mismatch_body));
    let list = element("ul", "");
    for line in note::mismatch_lines(r) {
        let _ = list.append_child(&element("li", &line));
    }
    let _ = check.append_child(&list);
    let _ = check.append_child(&element("p", EN.mismatch_advice));
}

fn clear_result() {
    READING.with(|x| *x.borrow_mut() = None);
    set_hidden("result", true);
    for id in ["result-code", "result-day", "result-who", "level-name", "level-confidence", "note"] {
        set_text(id, "");
    }
    for id in ["result-reasons", "result-check"] {
        if let Some(el) = by_id::<Element>(id) {
            dom::clear(&el);
        }
    }
    if let Some(level) = by_id::<Element>("result-level") {
        for attr in ["data-care-level", "data-confidence", "data-taper-kind"] {
            set_attr(&level, attr, None);
        }
    }
}

/// Clear: the result, the typed code, the chosen photo, the camera.
fn clear() {
    camera::stop();
    camera_buttons(false);
    clear_result();
    field_error(None);
    for id in ["code", "photo"] {
        if let Some(i) = by_id::<HtmlInputElement>(id) {
            i.set_value("");
        }
    }
}

/// "Copy as note": the note's text to the clipboard.
fn copy() {
    let Some(text) = READING.with(|x| x.borrow().as_ref().map(note::text)) else { return };
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    wasm_bindgen_futures::spawn_local(async move {
        let done = match clipboard {
            Some(c) => JsFuture::from(c.write_text(&text)).await.is_ok(),
            None => false,
        };
        if done {
            status(EN.copied, "ok");
        } else {
            status(EN.copy_failed, "error");
            dom::focus("note");
        }
    });
}

/// "Download FHIR file": the code's answers as a FHIR R4 Bundle
/// (`guide::fhir`), saved as a `.json` file made on this computer.
fn export_fhir() {
    let Some((json, name)) = READING.with(|x| {
        x.borrow().as_ref().map(|r| {
            let day = crate::fhir::day(r, today());
            (guide::fhir::bundle_json(&r.handoff.answers, day, true), crate::fhir::file_name(day))
        })
    }) else {
        return;
    };
    if download::save(&json, crate::fhir::MEDIA_TYPE, &name).is_ok() {
        status(EN.fhir_saved, "ok");
    } else {
        status(EN.fhir_failed, "error");
    }
}

/// This computer's day (local time); 1970-01-01 if the clock is out of any sensible range.
fn today() -> Day {
    let d = js_sys::Date::new_0();
    Day::from_ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|| Day::from_days_since_1970(0).expect("1970-01-01 is a day"))
}
