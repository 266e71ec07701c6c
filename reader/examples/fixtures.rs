//! Test fixtures for the reader page's browser test (`tests/e2e/reader.test.mjs`),
//! made natively with the real engine and a real QR encoder:
//!
//!     cargo run -p reader --example fixtures -- OUT_DIR
//!
//! writes into OUT_DIR:
//! - `codes.json`: `{ persona name: code }` for every persona of
//!   tests/personas.json (day 2026-12-03), and `"mismatch"`: a valid code
//!   whose stored level is NOT what the engine gives for its answers
//!   (`{ code, persona, stored_level }`);
//! - `<persona>.png` for the first persona: the code as a QR image (the photo path);
//! - `camera.y4m`: the same QR in a 640×480 video (Chromium's fake camera);
//! - `not-a-code.png`: a QR of a web address (a QR code, not ours);
//! - `blank.png`: a picture with no code in it.

use std::path::Path;

use guide::{assess, handoff, Day, Level};

const SIDE: usize = 640;
const HEIGHT: usize = 480;

fn main() {
    let out = std::env::args().nth(1).expect("usage: fixtures OUT_DIR");
    let out = Path::new(&out);
    std::fs::create_dir_all(out).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let personas: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join("tests/personas.json")).unwrap()).unwrap();
    let day = Day::from_ymd(2026, 12, 3);
    let mut codes = serde_json::Map::new();
    let mut first = None;
    for p in personas.as_array().unwrap() {
        let name = p["name"].as_str().unwrap().to_string();
        let answers = guide::json::parse(p["answers"].to_string().as_bytes()).unwrap();
        let code = handoff::encode(&answers, &assess(&answers), day);
        if first.is_none() {
            first = Some((name.clone(), code.clone(), answers));
        }
        codes.insert(name, code.into());
    }
    let (name, code, answers) = first.unwrap();
    let mut stored = assess(&answers);
    stored.care_level = if stored.care_level == Level::Residential { Level::Monitor } else { Level::Residential };
    let mismatch = handoff::encode(&answers, &stored, day);
    codes.insert(
        "mismatch".into(),
        serde_json::json!({ "code": mismatch, "persona": name, "stored_level": stored.care_level.as_str() }),
    );
    std::fs::write(out.join("codes.json"), serde_json::to_string_pretty(&codes).unwrap()).unwrap();

    let (px, side) = qr_pixels(&code, 8);
    write_png(&out.join(format!("{name}.png")), &px, side, side);
    write_y4m(&out.join("camera.y4m"), &qr_pixels(&code, 6));
    let (px, side) = qr_pixels("https://example.org/not-a-kratom-check-code", 6);
    write_png(&out.join("not-a-code.png"), &px, side, side);
    let blank: Vec<u8> = (0..200 * 150).map(|i| (i % 200) as u8).collect();
    write_png(&out.join("blank.png"), &blank, 200, 150);
}

/// The QR code of `text`, `scale` pixels a module, with a four-module quiet zone.
fn qr_pixels(text: &str, scale: usize) -> (Vec<u8>, usize) {
    let code = qrcode::QrCode::with_error_correction_level(text.as_bytes(), qrcode::EcLevel::M).unwrap();
    let n = code.width();
    let colors = code.to_colors();
    let side = (n + 8) * scale;
    let mut px = vec![255u8; side * side];
    for (i, c) in colors.iter().enumerate() {
        if *c == qrcode::Color::Dark {
            let (x, y) = (i % n + 4, i / n + 4);
            for dy in 0..scale {
                let row = (y * scale + dy) * side;
                px[row + x * scale..row + (x + 1) * scale].fill(0);
            }
        }
    }
    (px, side)
}

fn write_png(path: &Path, px: &[u8], w: usize, h: usize) {
    let file = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    let mut enc = png::Encoder::new(file, w as u32, h as u32);
    enc.set_color(png::ColorType::Grayscale);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header().unwrap().write_image_data(px).unwrap();
}

/// A few frames of 4:2:0 video, grey, with the QR centred on white.
fn write_y4m(path: &Path, (qr, side): &(Vec<u8>, usize)) {
    assert!(*side <= HEIGHT, "the QR fits the frame");
    let mut y = vec![255u8; SIDE * HEIGHT];
    let (left, top) = ((SIDE - side) / 2, (HEIGHT - side) / 2);
    for row in 0..*side {
        y[(top + row) * SIDE + left..(top + row) * SIDE + left + side]
            .copy_from_slice(&qr[row * side..(row + 1) * side]);
    }
    let chroma = vec![128u8; (SIDE / 2) * (HEIGHT / 2)];
    let mut out = format!("YUV4MPEG2 W{SIDE} H{HEIGHT} F10:1 Ip A1:1 C420jpeg\n").into_bytes();
    for _ in 0..10 {
        out.extend_from_slice(b"FRAME\n");
        out.extend_from_slice(&y);
        out.extend_from_slice(&chroma);
        out.extend_from_slice(&chroma);
    }
    std::fs::write(path, out).unwrap();
}
