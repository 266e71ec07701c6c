//! Which table each language reads. Kept out of `text/mod.rs` so the
//! language tables can use the types there without an import cycle.

use super::{en, es, Texts};
use crate::lang::Lang;

impl Lang {
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::Es => &es::TEXTS,
        }
    }
}
