//! A language pack: one language's words, the engine's (`guide::text`) and
//! the widget's own (`words`), as the wasm receives them. `cargo xtask dist`
//! writes one file per language (`examples/prerender.rs --packs`); the loader
//! fetches only the languages a visitor reads, each with its integrity hash,
//! so an English visitor never downloads Spanish and a third language adds
//! nothing to anyone else's first visit.
//!
//! The file: a little-endian u32 length, that many bytes of JSON for the
//! loader (the painted start page), then the words in postcard.

use guide::text::Texts;
use guide::Lang;
use serde::{Deserialize, Serialize};

use crate::words::Words;

/// What a pack holds for the wasm.
#[derive(Serialize, Deserialize)]
#[serde(bound(deserialize = "'de: 'static"))]
pub struct Pack {
    pub texts: Texts,
    pub words: Words,
}

/// The same layout, borrowed from the compiled-in tables (what the writer serialises).
#[cfg(feature = "tables")]
#[derive(Serialize)]
struct PackRef<'a> {
    texts: &'a Texts,
    words: &'a Words,
}

/// `lang`'s pack file, with `loader_json` (already JSON) as its loader part.
#[cfg(feature = "tables")]
pub fn file(lang: Lang, loader_json: &str) -> Vec<u8> {
    let pack = PackRef { texts: lang.texts(), words: crate::words::words(lang) };
    let words = postcard::to_allocvec(&pack).expect("the tables serialise");
    let len = u32::try_from(loader_json.len()).expect("loader part under 4 GiB");
    let mut out = Vec::with_capacity(4 + loader_json.len() + words.len());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(loader_json.as_bytes());
    out.extend_from_slice(&words);
    out
}

/// Reads a pack file. `'static`: the words borrow from the file, which the
/// caller keeps for the page's life.
pub fn read(file: &'static [u8]) -> Result<Pack, &'static str> {
    let (len, rest) = file.split_first_chunk::<4>().ok_or("too short")?;
    let words = rest.get(u32::from_le_bytes(*len) as usize..).ok_or("shorter than its header says")?;
    postcard::from_bytes(words).map_err(|_| "not a language pack of this version")
}

/// Reads a pack file and makes its words its language's for the page's life.
#[cfg(not(feature = "tables"))]
pub fn install(file: &'static [u8]) -> Result<Lang, &'static str> {
    let Pack { texts, words } = read(file)?;
    let lang = guide::text::install(texts);
    crate::words::install(lang, words);
    Ok(lang)
}

#[cfg(all(test, feature = "tables"))]
mod tests {
    use super::*;

    fn leaked(lang: Lang) -> &'static [u8] {
        file(lang, r#"{"page":"x"}"#).leak()
    }

    #[test]
    fn a_pack_reads_back_to_the_same_words() {
        for lang in Lang::ALL {
            let pack = read(leaked(lang)).unwrap();
            assert_eq!(pack.texts.lang, lang);
            let again = postcard::to_allocvec(&pack).unwrap();
            let original = postcard::to_allocvec(&PackRef { texts: lang.texts(), words: crate::words::words(lang) });
            assert_eq!(again, original.unwrap(), "{lang:?}");
            assert_eq!(pack.words.start, crate::words::words(lang).start);
            assert_eq!(pack.texts.question(guide::Q::Who).legend, lang.texts().question(guide::Q::Who).legend);
        }
    }

    #[test]
    fn a_pack_holds_its_own_language_only() {
        for lang in Lang::ALL {
            let bytes = leaked(lang);
            for other in Lang::ALL.into_iter().filter(|l| *l != lang) {
                for probe in [other.texts().framing.not_diagnosis, crate::words::words(other).start_over_question] {
                    let found = bytes.windows(probe.len()).any(|w| w == probe.as_bytes());
                    assert!(!found, "{lang:?} pack carries {other:?} words: {probe}");
                }
            }
        }
    }

    #[test]
    fn the_loader_part_comes_first_with_its_length() {
        let bytes = file(Lang::En, r#"{"page":["div",{}]}"#);
        assert_eq!(u32::from_le_bytes(bytes[..4].try_into().unwrap()), 19);
        assert_eq!(&bytes[4..23], br#"{"page":["div",{}]}"#);
    }

    #[test]
    fn a_broken_pack_is_refused_not_trusted() {
        let good = file(Lang::Es, "{}");
        assert!(read(good[..3].to_vec().leak()).is_err());
        assert!(read(good[..good.len() / 2].to_vec().leak()).is_err());
        let mut long_header = good.clone();
        long_header[..4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(read(long_header.leak()).is_err());
    }
}
