//! Language and voice: which words to show, and to whom they speak.

crate::id_enum! {
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
    #[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
    pub enum Lang {
        #[default]
        En = "en",
        Es = "es",
    }
}

impl Lang {
    /// The language's code (`lang` attributes, the embed's `data-lang`).
    pub const fn code(self) -> &'static str {
        self.as_str()
    }
    /// The language's name in itself: what a reader of it looks for on the
    /// language switch. Here, not in the language packs, so a page can name
    /// a language it has not loaded.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }
    pub fn parse(code: &str) -> Option<Lang> {
        code.parse().ok()
    }
}

crate::id_enum! {
    /// Who the questions are about: the person themself, or someone they care about.
    #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
    pub enum Voice {
        #[default]
        Me = "me",
        Them = "them",
    }
}
