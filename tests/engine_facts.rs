//! Facts the words state must be the engine's: counts are
//! placeholders the summary fills from the engine's constants, and a
//! service's number shown is the number dialled.

use guide::rules::gates::{DECIDING, LOW_CONFIDENCE_FROM};
use guide::Lang;

/// The numbers in `text`, in order.
fn numbers(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect()
}

/// The confidence words name the counts by placeholder only; the summary
/// fills them from the engine (its golden files hold the filled text).
#[test]
fn the_confidence_words_leave_the_counts_to_the_engine() {
    for lang in Lang::ALL {
        let w = &lang.texts().summary;
        for text in [w.confidence_ok, w.confidence_low] {
            assert!(numbers(text).is_empty(), "{lang:?}: a count typed into {text:?}");
            assert!(text.contains("{deciding}"), "{lang:?}: {text:?}");
        }
        assert!(w.confidence_low.contains("{low_from}"), "{lang:?}: {:?}", w.confidence_low);
    }
    // The engine's counts these stand for: what the summary writes.
    assert_eq!((DECIDING.len(), LOW_CONFIDENCE_FROM), (9, 5), "update the words' translator comments too");
}

/// The US helpline and poison line: their numbers are stated once
/// (`guide::resources`), shown through the words' `{n}` and dialled from
/// the same constant: the number shown is the number dialled, in every
/// language, and no language's words type a number of their own.
#[test]
fn each_service_shows_the_number_it_dials() {
    use kratom_check::config::Config;
    use kratom_check::resources::{all, ResourceId};
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    for lang in Lang::ALL {
        let shown = all(&Config::default(), lang.texts());
        let services: Vec<_> =
            shown.iter().filter(|r| matches!(r.id, ResourceId::Helpline | ResourceId::Poison)).collect();
        assert_eq!(services.len(), 2, "{lang:?}: the US set shows both");
        let e = &lang.texts().emergency;
        for words in [e.samhsa, e.poison] {
            // ("24/7" is no phone number.)
            assert!(numbers(words).iter().all(|n| *n < 100), "{lang:?}: a number typed into {words:?}");
        }
        for r in services {
            let dialled = digits(r.href.trim_start_matches("tel:"));
            assert!(dialled.len() >= 10, "{lang:?} {:?}: {}", r.id, r.href);
            assert!(digits(&r.label).contains(&dialled), "{lang:?} {:?}: shows {:?}, dials {dialled}", r.id, r.label);
        }
    }
}
