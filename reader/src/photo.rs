//! A chosen photo to a QR code's text: the file decoded by the browser
//! (`createImageBitmap`: no URL, no request), drawn on a canvas that never
//! joins the page, its pixels read back and searched by `picture`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlVideoElement, ImageBitmap};

use crate::dom;
use crate::picture;

/// The longest side tried first, then the next ones up to the photo's own:
/// small is fast and finds a code that fills the picture; larger finds a
/// small code in a big photo.
const SIDES: [u32; 3] = [1024, 2048, 4096];

/// What a chosen file held.
pub enum Found {
    Text(String),
    NoCode,
    NotAPicture,
}

pub async fn code_in_file(file: web_sys::File) -> Found {
    let Some(window) = web_sys::window() else { return Found::NotAPicture };
    let Ok(promise) = window.create_image_bitmap_with_blob(&file) else { return Found::NotAPicture };
    let Ok(bitmap) = JsFuture::from(promise).await.and_then(|b| b.dyn_into::<ImageBitmap>()) else {
        return Found::NotAPicture;
    };
    let (w, h) = (bitmap.width(), bitmap.height());
    let mut found = Found::NoCode;
    for side in SIDES {
        let (sw, sh) = fit(w, h, side);
        if let Some(text) = pixels(Source::Bitmap(&bitmap), sw, sh).and_then(|px| picture::qr_text(px, sw, sh)) {
            found = Found::Text(text);
            break;
        }
        if w.max(h) <= side {
            break;
        }
    }
    bitmap.close();
    found
}

/// `w` × `h` scaled down (never up) so its longest side is at most `side`.
pub fn fit(w: u32, h: u32, side: u32) -> (u32, u32) {
    let long = w.max(h);
    if long <= side || long == 0 {
        return (w, h);
    }
    let scale = |v: u32| ((u64::from(v) * u64::from(side) / u64::from(long)) as u32).max(1);
    (scale(w), scale(h))
}

/// What a canvas can draw for us.
pub enum Source<'a> {
    Bitmap(&'a ImageBitmap),
    Video(&'a HtmlVideoElement),
}

/// The grey levels of `source` drawn at `w` × `h` on an off-page canvas.
pub fn pixels(source: Source<'_>, w: u32, h: u32) -> Option<Vec<u8>> {
    if w == 0 || h == 0 {
        return None;
    }
    let canvas: HtmlCanvasElement = dom::document().create_element("canvas").ok()?.dyn_into().ok()?;
    canvas.set_width(w);
    canvas.set_height(h);
    let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
    let (fw, fh) = (f64::from(w), f64::from(h));
    match source {
        Source::Bitmap(b) => ctx.draw_image_with_image_bitmap_and_dw_and_dh(b, 0.0, 0.0, fw, fh),
        Source::Video(v) => ctx.draw_image_with_html_video_element_and_dw_and_dh(v, 0.0, 0.0, fw, fh),
    }
    .ok()?;
    let data = ctx.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)).ok()?;
    Some(picture::luma_from_rgba(&data.data()))
}
