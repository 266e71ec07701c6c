//! One macro for every id enum of the engine: the variants and their ids are
//! written once, side by side, and `ALL`, `as_str`, `FromStr` and `Display`
//! follow from them. A variant cannot be added without its id: the macro
//! does not accept one (see the `compile_fail` example below).

/// An id that names no variant (`"relapse".parse::<Level>()`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownId {
    /// The enum's name, for the message.
    pub of: &'static str,
    pub id: String,
}

impl core::fmt::Display for UnknownId {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        write!(f, "{:?} is no {} id", self.id, self.of)
    }
}

impl std::error::Error for UnknownId {}

/// Declares an enum whose every variant carries its id, with `ALL` (every
/// variant in declaration order), `as_str` (the id), `FromStr` (the id
/// back) and `Display` (the id). Attributes (derives, serde, docs) pass
/// through to the enum and to each variant.
///
/// ```
/// guide::id_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Colour {
///         Red = "red",
///         DeepBlue = "deep_blue",
///     }
/// }
/// assert_eq!(Colour::ALL, [Colour::Red, Colour::DeepBlue]);
/// assert_eq!(Colour::IDS, ["red", "deep_blue"]);
/// assert_eq!(Colour::DeepBlue.as_str(), "deep_blue");
/// assert_eq!("deep_blue".parse(), Ok(Colour::DeepBlue));
/// assert_eq!(Colour::Red.to_string(), "red");
/// ```
///
/// A variant without its id does not compile:
///
/// ```compile_fail
/// guide::id_enum! {
///     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
///     pub enum Colour {
///         Red = "red",
///         DeepBlue,
///     }
/// }
/// ```
#[macro_export]
macro_rules! id_enum {
    (
        $(#[$attr:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$vattr:meta])* $variant:ident = $id:literal ),+ $(,)?
        }
    ) => {
        $(#[$attr])*
        $vis enum $name {
            $( $(#[$vattr])* $variant ),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($id),+].len()] = [$($name::$variant),+];

            /// Every id, in the order of [`Self::ALL`].
            pub const IDS: [&'static str; [$($id),+].len()] = [$($id),+];

            /// The id (JSON, markup hooks, the text tables).
            pub const fn as_str(self) -> &'static str {
                match self {
                    $( $name::$variant => $id ),+
                }
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ids::UnknownId;
            fn from_str(id: &str) -> ::core::result::Result<Self, Self::Err> {
                $name::ALL
                    .into_iter()
                    .find(|v| v.as_str() == id)
                    .ok_or_else(|| $crate::ids::UnknownId { of: stringify!($name), id: id.into() })
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

#[cfg(test)]
mod tests {
    use crate::model::*;
    use crate::plan::{KitItem, Phase, Therapy, TriggerKind};
    use crate::{Kind, Lang, Section, Voice, Q};

    /// Every id enum: ids distinct, in snake case, and each parses back to
    /// its variant; an unknown id is an error naming the enum.
    macro_rules! check {
        ($($t:ty),+) => {$({
            let ids: Vec<&str> = <$t>::ALL.iter().map(|v| v.as_str()).collect();
            let mut unique = ids.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), ids.len(), "{} ids repeat: {ids:?}", stringify!($t));
            for v in <$t>::ALL {
                assert_eq!(v.as_str().parse::<$t>(), Ok(v));
                assert_eq!(v.to_string(), v.as_str());
                assert!(v.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{v:?}");
            }
            let err = "no such id".parse::<$t>().unwrap_err();
            assert_eq!(err.of, stringify!($t));
        })+};
    }

    #[test]
    fn every_id_enum_round_trips_its_ids() {
        check!(
            Level,
            Band,
            Confidence,
            ReasonId,
            Prereq,
            CautionId,
            NoteId,
            TaperKind,
            ColdTurkeyPart,
            ContradictionId,
            UrgentLineId,
            LineForm,
            KitItem,
            TriggerKind,
            Therapy,
            Phase,
            Q,
            Kind,
            Section,
            Lang,
            Voice
        );
    }

    /// `ALL` is every variant in declaration order (`as usize` indexes tables).
    #[test]
    fn all_is_the_declaration_order() {
        for (i, q) in Q::ALL.into_iter().enumerate() {
            assert_eq!(q as usize, i);
        }
        for (i, r) in ReasonId::ALL.into_iter().enumerate() {
            assert_eq!(r as usize, i);
        }
    }

    /// The JSON names serde writes are the same ids.
    #[cfg(feature = "json")]
    #[test]
    fn serde_writes_the_same_ids() {
        fn json<T: serde::Serialize>(v: T) -> String {
            serde_json::to_string(&v).unwrap()
        }
        for v in Level::ALL {
            assert_eq!(json(v), format!("{:?}", v.as_str()));
        }
        for v in ReasonId::ALL {
            assert_eq!(json(v), format!("{:?}", v.as_str()));
        }
        for v in NoteId::ALL {
            assert_eq!(json(v), format!("{:?}", v.as_str()));
        }
        for v in CautionId::ALL {
            assert_eq!(json(v), format!("{:?}", v.as_str()));
        }
        for v in Q::ALL {
            assert_eq!(json(v), format!("{:?}", v.as_str()));
        }
    }
}
