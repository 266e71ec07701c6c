//! Language and voice: which words to show, and to whom they speak.

/// Which way a language's lines run: the widget's `dir` attribute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Dir {
    Ltr,
    Rtl,
}

impl Dir {
    pub const fn as_str(self) -> &'static str {
        match self {
            Dir::Ltr => "ltr",
            Dir::Rtl => "rtl",
        }
    }
}

/// Writes [`Lang`] from the one list below: each language's enum name,
/// code, name in itself and direction. The first is the source language
/// (English, written in Rust); every other one's words come from its file
/// `po/CODE.po` (docs/translating.md).
macro_rules! languages {
    ($source:ident $scode:literal $sname:literal $sdir:ident; $($(#[$m:meta])* $variant:ident $code:literal $name:literal $dir:ident;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "pack", derive(serde::Serialize, serde::Deserialize))]
        pub enum Lang {
            $source,
            $($(#[$m])* $variant,)*
        }

        impl Lang {
            /// Every language, in the list's order (the language switch's order).
            pub const ALL: [Lang; [$scode, $($(#[$m])* $code,)*].len()] = [Lang::$source, $($(#[$m])* Lang::$variant,)*];
            /// The language the words are written in first, in Rust.
            pub const SOURCE: Lang = Lang::$source;
            pub const fn code(self) -> &'static str {
                match self {
                    Lang::$source => $scode,
                    $($(#[$m])* Lang::$variant => $code,)*
                }
            }
            /// The language's name in itself: what a reader of it looks for on the
            /// language switch. Here, not in the language packs, so a page can name
            /// a language it has not loaded.
            pub const fn name(self) -> &'static str {
                match self {
                    Lang::$source => $sname,
                    $($(#[$m])* Lang::$variant => $name,)*
                }
            }
            pub const fn dir(self) -> Dir {
                match self {
                    Lang::$source => Dir::$sdir,
                    $($(#[$m])* Lang::$variant => Dir::$dir,)*
                }
            }
            /// The id (the code), as every id enum has it (`crate::id_enum!`,
            /// which cannot carry the list's per-language `cfg`).
            pub const fn as_str(self) -> &'static str {
                self.code()
            }
            /// The language's translation file, compiled in: none for the source.
            #[cfg(feature = "tables")]
            pub(crate) fn po_file(self) -> Option<&'static str> {
                match self {
                    Lang::$source => None,
                    $($(#[$m])* Lang::$variant => Some(include_str!(concat!("../../po/", $code, ".po"))),)*
                }
            }
        }
    };
}

// The one list. A new language is its `po/CODE.po` and one line here.
languages! {
    En "en" "English" Ltr;
    Es "es" "Español" Ltr;
    // Pseudo-locales, for tests only (feature `pseudo`, never shipped): the
    // English accented and 40 % longer, and the same right to left, written
    // by `cargo xtask i18n` into `po/qaa.po` and `po/qab.po` (ISO 639's
    // private-use codes) to catch hard-coded English, clipping and layout
    // that does not mirror.
    #[cfg(feature = "pseudo")]
    Qaa "qaa" "[Ƥšéûđô]" Ltr;
    #[cfg(feature = "pseudo")]
    Qab "qab" "[ƤšéûđôȐŦŁ]" Rtl;
}

impl core::str::FromStr for Lang {
    type Err = crate::ids::UnknownId;
    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| crate::ids::UnknownId { of: "Lang", id: code.into() })
    }
}

impl core::fmt::Display for Lang {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.code())
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::SOURCE
    }
}

impl Lang {
    pub fn parse(code: &str) -> Option<Lang> {
        code.parse().ok()
    }
    /// The list's codes for a message: "en, es".
    pub fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
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
