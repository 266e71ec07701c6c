//! The hand-off code (`KC1…`, `docs/handoff-code.md`) as a QR symbol: its
//! modules, dark or light, row by row. The widget draws them as SVG.
//!
//! This crate is its own small wasm file (`kratom-check.qr.wasm`), fetched by
//! the loader only when a person asks to see a code: few people do, and the
//! encoder's tables would otherwise be in everyone's first download. It has
//! no imports and a three-function interface (`exports`, feature `exports`),
//! so the loader instantiates it without any generated glue. The widget's
//! own wasm links this crate for [`Symbol`] only; the encoder ([`symbol`])
//! runs there natively (server-side renders, tests), never in the browser.

/// QR version 2 (25 × 25 modules) at error correction M: every `KC1` code
/// fits (about 50 digits; `guide/tests/handoff.rs` checks the largest).
pub const VERSION: qrcode::Version = qrcode::Version::Normal(2);
pub const EC: qrcode::EcLevel = qrcode::EcLevel::M;
/// Modules per side at [`VERSION`].
pub const WIDTH: usize = 25;

/// The modules of a QR symbol, row by row, `true` for dark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub width: usize,
    pub dark: Vec<bool>,
}

impl Symbol {
    /// The rows, top to bottom.
    pub fn rows(&self) -> impl Iterator<Item = &[bool]> {
        self.dark.chunks(self.width)
    }

    /// A symbol from one byte per module (1 dark, 0 light), as the wasm
    /// interface hands it over; none unless it is a whole square.
    pub fn from_bytes(bytes: &[u8]) -> Option<Symbol> {
        let width = bytes.len().isqrt();
        (width > 0 && width * width == bytes.len())
            .then(|| Symbol { width, dark: bytes.iter().map(|b| *b != 0).collect() })
    }
}

/// The symbol of `code`: its leading capital letters (`KC`) as one
/// alphanumeric segment, the rest (the version digit and the digits) as
/// one numeric segment, at the fixed [`VERSION`] and [`EC`]. Built segment
/// by segment rather than with the crate's automatic choice of segments and
/// version: the smallest symbol for this shape of text, and a smaller wasm.
/// None when `code` is not of that shape or does not fit.
pub fn symbol(code: &str) -> Option<Symbol> {
    let letters = code.bytes().take_while(u8::is_ascii_uppercase).count();
    let (prefix, digits) = code.split_at(letters);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let mut bits = qrcode::bits::Bits::new(VERSION);
    bits.push_alphanumeric_data(prefix.as_bytes()).ok()?;
    bits.push_numeric_data(digits.as_bytes()).ok()?;
    bits.push_terminator(EC).ok()?;
    let qr = qrcode::QrCode::with_bits(bits, EC).ok()?;
    let dark = qr.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
    Some(Symbol { width: qr.width(), dark })
}

/// The wasm file's interface, for the loader (`www/kratom-check.js`,
/// `loadQr`): write the code's ASCII bytes at `kc_qr_input()`, call
/// `kc_qr_encode(length)`, which returns the width (0: no symbol), then
/// read width × width bytes (1 dark, 0 light) at `kc_qr_output()`.
#[cfg(all(target_arch = "wasm32", feature = "exports"))]
pub mod exports {
    use std::cell::UnsafeCell;

    /// Room for any code of this format, with margin.
    pub const INPUT_MAX: usize = 64;

    /// A fixed buffer the loader reads or writes through the memory export.
    struct Buffer<const N: usize>(UnsafeCell<[u8; N]>);

    // wasm32-unknown-unknown without atomics runs one thread: the loader's
    // calls are never concurrent with each other.
    unsafe impl<const N: usize> Sync for Buffer<N> {}

    static INPUT: Buffer<INPUT_MAX> = Buffer(UnsafeCell::new([0; INPUT_MAX]));
    static OUTPUT: Buffer<{ super::WIDTH * super::WIDTH }> = Buffer(UnsafeCell::new([0; super::WIDTH * super::WIDTH]));

    #[no_mangle]
    pub extern "C" fn kc_qr_input() -> *mut u8 {
        INPUT.0.get().cast()
    }

    #[no_mangle]
    pub extern "C" fn kc_qr_output() -> *const u8 {
        OUTPUT.0.get().cast()
    }

    #[no_mangle]
    pub extern "C" fn kc_qr_encode(len: usize) -> usize {
        // SAFETY: one thread, and no reference to either buffer outlives this call.
        let input = unsafe { &*INPUT.0.get() };
        let Ok(code) = std::str::from_utf8(&input[..len.min(INPUT_MAX)]) else { return 0 };
        let Some(symbol) = super::symbol(code) else { return 0 };
        let output = unsafe { &mut *OUTPUT.0.get() };
        if symbol.dark.len() != output.len() {
            return 0;
        }
        for (out, dark) in output.iter_mut().zip(&symbol.dark) {
            *out = u8::from(*dark);
        }
        symbol.width
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CODE: &str = "KC1094032860016200012300450067008900000000000000001";

    #[test]
    fn a_code_is_a_version_2_symbol() {
        let s = symbol(CODE).expect("a code of the format draws");
        assert_eq!(s.width, WIDTH);
        assert_eq!(s.dark.len(), WIDTH * WIDTH);
        // The finder pattern's corner module is dark; the separator beside it light.
        assert!(s.dark[0] && !s.dark[7]);
    }

    /// The hand-built symbol is the one the crate's automatic encoder
    /// makes for the same text (same segments, version and modules).
    #[test]
    fn the_symbol_is_the_automatic_encoders() {
        let auto = qrcode::QrCode::with_error_correction_level(CODE.as_bytes(), EC).unwrap();
        assert_eq!(auto.version(), VERSION);
        let dark: Vec<bool> = auto.to_colors().into_iter().map(|c| c == qrcode::Color::Dark).collect();
        assert_eq!(symbol(CODE).unwrap().dark, dark);
    }

    #[test]
    fn not_the_format_draws_nothing() {
        assert_eq!(symbol("KC1 0940"), None, "a space is not a digit");
        assert_eq!(symbol("KCx123"), None);
        assert_eq!(symbol(&format!("KC1{}", "9".repeat(200))), None, "too long for version 2");
    }

    #[test]
    fn bytes_round_trip_only_as_a_square() {
        let s = symbol(CODE).unwrap();
        let bytes: Vec<u8> = s.dark.iter().map(|d| u8::from(*d)).collect();
        assert_eq!(Symbol::from_bytes(&bytes), Some(s));
        assert_eq!(Symbol::from_bytes(&bytes[1..]), None);
        assert_eq!(Symbol::from_bytes(&[]), None);
    }
}
