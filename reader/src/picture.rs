//! Finding a QR code's text in a picture: grey levels from the canvas's
//! RGBA pixels, then rxing's QR reader. Pure (native tests with real QR
//! images); the page hands it pixels from a photo or a camera frame.

use rxing::{BarcodeFormat, DecodeHints};

/// Grey levels (ITU-R BT.601 weights, as zxing uses) of RGBA pixels; a
/// transparent pixel counts as white (a PNG code on no background).
pub fn luma_from_rgba(rgba: &[u8]) -> Vec<u8> {
    rgba.chunks_exact(4)
        .map(|p| {
            let (r, g, b, a) = (u32::from(p[0]), u32::from(p[1]), u32::from(p[2]), u32::from(p[3]));
            let grey = (r * 299 + g * 587 + b * 114) / 1000;
            // Blend over white by the alpha.
            ((grey * a + 255 * (255 - a)) / 255) as u8
        })
        .collect()
}

/// The text of the QR code in a `width` × `height` grey image, if one is
/// found. Never panics on any pixels (zero sizes included).
pub fn qr_text(luma: Vec<u8>, width: u32, height: u32) -> Option<String> {
    if width == 0 || height == 0 || luma.len() != (width as usize) * (height as usize) {
        return None;
    }
    let mut hints = DecodeHints::default();
    rxing::helpers::detect_in_luma_with_hints(luma, width, height, Some(BarcodeFormat::QR_CODE), &mut hints)
        .ok()
        .map(|r| r.getText().to_string())
}

/// Does this QR text look like a kratom-check code (so a scan of some other
/// QR code is named as such, not refused as a broken code)?
pub fn looks_like_code(text: &str) -> bool {
    let t = text.trim();
    t.len() > 2 && t[..2].eq_ignore_ascii_case("KC")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A QR code of `text` as grey pixels, `scale` pixels a module, with a quiet zone.
    pub fn qr_luma(text: &str, scale: usize) -> (Vec<u8>, u32) {
        let code = qrcode::QrCode::new(text.as_bytes()).unwrap();
        let n = code.width();
        let colors = code.to_colors();
        let side = (n + 8) * scale;
        let mut px = vec![255u8; side * side];
        for y in 0..n {
            for x in 0..n {
                if colors[y * n + x] == qrcode::Color::Dark {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            px[((y + 4) * scale + dy) * side + (x + 4) * scale + dx] = 0;
                        }
                    }
                }
            }
        }
        (px, side as u32)
    }

    #[test]
    fn a_real_qr_code_is_read_back() {
        let (px, side) = qr_luma("KC1 0123 4567", 4);
        assert_eq!(qr_text(px, side, side).as_deref(), Some("KC1 0123 4567"));
    }

    #[test]
    fn a_byte_mode_code_is_read_without_panicking() {
        let (px, side) = qr_luma("https://example.org/ünïcode", 3);
        assert_eq!(qr_text(px, side, side).as_deref(), Some("https://example.org/ünïcode"));
    }

    #[test]
    fn no_code_and_bad_sizes_give_none() {
        assert_eq!(qr_text(vec![255; 100 * 100], 100, 100), None);
        assert_eq!(qr_text(Vec::new(), 0, 0), None);
        assert_eq!(qr_text(vec![0; 10], 5, 5), None, "a buffer of the wrong length");
    }

    #[test]
    fn luma_weights_and_transparency() {
        assert_eq!(luma_from_rgba(&[0, 0, 0, 255, 255, 255, 255, 255, 0, 0, 0, 0]), vec![0, 255, 255]);
        assert_eq!(luma_from_rgba(&[255, 0, 0, 255]), vec![76]);
    }

    #[test]
    fn codes_are_told_from_other_qr_texts() {
        assert!(looks_like_code("KC1 1234") && looks_like_code("kc2") && looks_like_code(" KC1"));
        assert!(!looks_like_code("https://kc.example") && !looks_like_code("KC") && !looks_like_code(""));
    }
}
