//! Scanning with the camera: `getUserMedia` into the page's `<video>`
//! (a MediaStream, no URL, no request), then a few frames a second searched
//! by the browser's `BarcodeDetector` where it has one, else by `picture`
//! (rxing; Chromium on desktop Linux has none). Stops on a code, on "Stop
//! the camera", on Clear and when the page is hidden.

use std::cell::{Cell, RefCell};

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlVideoElement, MediaStream, MediaStreamConstraints, MediaStreamTrack};

use crate::dom;
use crate::photo::{self, Source};
use crate::picture;

/// Frames searched a second, at most (rxing takes tens of ms a frame).
const FRAME_GAP_MS: i32 = 200;
/// The longest side of a frame searched by rxing.
const FRAME_SIDE: u32 = 800;

thread_local! {
    static STREAM: RefCell<Option<MediaStream>> = const { RefCell::new(None) };
    /// Bumped by every start and stop: a scan loop of an older generation ends.
    static GENERATION: Cell<u32> = const { Cell::new(0) };
}

/// What the camera reports to the page.
pub enum Event {
    On,
    Failed,
    /// A QR code that is not a kratom-check code was seen (once per scan).
    NotACode,
    Code(String),
}

fn video() -> Option<HtmlVideoElement> {
    dom::by_id("camera")
}

pub fn is_on() -> bool {
    STREAM.with(|s| s.borrow().is_some())
}

/// Starts the camera and scans until a kratom-check code is seen (then
/// stops and reports it) or `stop` is called.
pub fn start(report: impl Fn(Event) + 'static) {
    stop();
    let generation = GENERATION.with(|g| g.get());
    wasm_bindgen_futures::spawn_local(async move {
        let Some(stream) = open().await else {
            report(Event::Failed);
            return;
        };
        if GENERATION.with(|g| g.get()) != generation {
            stop_tracks(&stream); // stopped while the permission prompt was up
            return;
        }
        let Some(video) = video() else { return };
        video.set_src_object(Some(&stream));
        STREAM.with(|s| *s.borrow_mut() = Some(stream));
        video.set_hidden(false);
        if let Ok(p) = video.play() {
            let _ = JsFuture::from(p).await;
        }
        report(Event::On);
        scan(&video, generation, &report).await;
    });
}

/// Stops the camera (and any scan) if it is on; hides the preview.
pub fn stop() {
    GENERATION.with(|g| g.set(g.get().wrapping_add(1)));
    if let Some(stream) = STREAM.with(|s| s.borrow_mut().take()) {
        stop_tracks(&stream);
    }
    if let Some(v) = video() {
        v.set_src_object(None);
        v.set_hidden(true);
    }
}

fn stop_tracks(stream: &MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(t) = track.dyn_into::<MediaStreamTrack>() {
            t.stop();
        }
    }
}

/// The back camera where there is one (a phone or tablet at the desk).
async fn open() -> Option<MediaStream> {
    let devices = web_sys::window()?.navigator().media_devices().ok()?;
    let video = Object::new();
    Reflect::set(&video, &"facingMode".into(), &"environment".into()).ok()?;
    let constraints = MediaStreamConstraints::new();
    constraints.set_video(&video);
    constraints.set_audio(&JsValue::FALSE);
    let promise = devices.get_user_media_with_constraints(&constraints).ok()?;
    JsFuture::from(promise).await.ok()?.dyn_into().ok()
}

async fn scan(video: &HtmlVideoElement, generation: u32, report: &impl Fn(Event)) {
    let detector = barcode_detector();
    let mut told_not_a_code = false;
    while GENERATION.with(|g| g.get()) == generation {
        if let Some(text) = frame_text(video, detector.as_ref()).await {
            if GENERATION.with(|g| g.get()) != generation {
                return;
            }
            if picture::looks_like_code(&text) {
                stop();
                report(Event::Code(text));
                return;
            }
            if !told_not_a_code {
                told_not_a_code = true;
                report(Event::NotACode);
            }
        }
        sleep(FRAME_GAP_MS).await;
    }
}

/// The text of a QR code in the video's current frame, if any.
async fn frame_text(video: &HtmlVideoElement, detector: Option<&JsValue>) -> Option<String> {
    // HAVE_CURRENT_DATA: a frame to look at.
    if video.ready_state() < 2 {
        return None;
    }
    if let Some(d) = detector {
        return detect(d, video).await;
    }
    let (w, h) = photo::fit(video.video_width(), video.video_height(), FRAME_SIDE);
    picture::qr_text(photo::pixels(Source::Video(video), w, h)?, w, h)
}

/// `new BarcodeDetector({formats: ['qr_code']})` where the browser has it
/// (read through Reflect: web-sys has it only behind its unstable flag).
fn barcode_detector() -> Option<JsValue> {
    let window = web_sys::window()?;
    let ctor: Function = Reflect::get(&window, &"BarcodeDetector".into()).ok()?.dyn_into().ok()?;
    let options = Object::new();
    Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into())).ok()?;
    Reflect::construct(&ctor, &Array::of1(&options)).ok()
}

async fn detect(detector: &JsValue, video: &HtmlVideoElement) -> Option<String> {
    let detect: Function = Reflect::get(detector, &"detect".into()).ok()?.dyn_into().ok()?;
    let promise: Promise = detect.call1(detector, video).ok()?.dyn_into().ok()?;
    let found: Array = JsFuture::from(promise).await.ok()?.dyn_into().ok()?;
    found.iter().find_map(|code| Reflect::get(&code, &"rawValue".into()).ok()?.as_string())
}

async fn sleep(ms: i32) {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = JsFuture::from(promise).await;
}
