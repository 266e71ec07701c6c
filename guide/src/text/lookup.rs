//! Which table each language reads. Kept out of `text/mod.rs` so the
//! language tables can use the types there without an import cycle.
//!
//! A native build (feature `tables`) has every language compiled in: the
//! English tables as Rust, every other language as its translation file
//! (`po/CODE.po`, read once by `text::po`). The
//! widget's wasm has none: it is handed one language pack per language it
//! shows ([`install`]), so a visitor downloads only the words they read and
//! a new language never grows anyone else's download. The clinic's reader
//! page (feature `source` alone) has the English tables and nothing else.

use super::Texts;
use crate::lang::Lang;

#[cfg(feature = "tables")]
impl Lang {
    /// The source's table as compiled; any other language's built once from
    /// its translation file (`text::po`), which must be complete and current.
    pub fn texts(self) -> &'static Texts {
        static FROM_PO: [std::sync::OnceLock<Texts>; Lang::ALL.len()] =
            [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
        match self {
            Lang::En => &super::en::TEXTS,
            lang => FROM_PO[lang as usize].get_or_init(|| {
                let mut t: Texts = super::po::translated(lang, Lang::SOURCE.texts(), "");
                t.lang = lang;
                t
            }),
        }
    }
    /// Whether this language's words are here to show.
    pub fn is_available(self) -> bool {
        true
    }
}

#[cfg(not(feature = "tables"))]
mod installed {
    use std::sync::OnceLock;

    use super::{Lang, Texts};

    pub(super) static TEXTS: [OnceLock<Texts>; Lang::ALL.len()] = [const { OnceLock::new() }; Lang::ALL.len()];

    impl Lang {
        /// The installed pack's words. Asking for a language that was never
        /// installed is a bug in the caller (it checks
        /// [`Lang::is_available`] first), not something a visitor can cause.
        pub fn texts(self) -> &'static Texts {
            #[cfg(feature = "source")]
            if self == Lang::SOURCE {
                return &super::super::en::TEXTS;
            }
            TEXTS[self as usize].get().expect("language pack installed before its words are read")
        }
        pub fn is_available(self) -> bool {
            (cfg!(feature = "source") && self == Lang::SOURCE) || TEXTS[self as usize].get().is_some()
        }
    }
}

/// Makes `texts` its language's words for the rest of the page's life. The
/// first pack of a language wins; a second copy changes nothing.
#[cfg(not(feature = "tables"))]
pub fn install(texts: Texts) -> Lang {
    let lang = texts.lang;
    let _ = installed::TEXTS[lang as usize].set(texts);
    lang
}
