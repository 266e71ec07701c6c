//! Facts the widget's words state in prose must be the engine's (issue 21):
//! until the summary fills them from the engine's constants (the clinician
//! summary is moving into `guide`), this keeps the two from drifting apart.

use guide::rules::gates::{DECIDING, LOW_CONFIDENCE_FROM};
use guide::Lang;

/// The numbers in `text`, in order.
fn numbers(text: &str) -> Vec<usize> {
    text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap()).collect()
}

#[test]
fn the_confidence_words_count_the_engines_deciding_questions() {
    for lang in Lang::ALL {
        let w = &lang.texts().summary;
        assert_eq!(numbers(w.confidence_ok), [DECIDING.len()], "{lang:?}: {}", w.confidence_ok);
        assert_eq!(numbers(w.confidence_low), [LOW_CONFIDENCE_FROM, DECIDING.len()], "{lang:?}: {}", w.confidence_low);
    }
}

/// The US helpline and poison line are written in the words (with their
/// number, as people read it) and dialled from `resources` (as digits): the
/// number shown is the number dialled, in every language.
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
        for r in services {
            let dialled = digits(r.href.trim_start_matches("tel:"));
            assert!(dialled.len() >= 10, "{lang:?} {:?}: {}", r.id, r.href);
            assert!(digits(&r.label).contains(&dialled), "{lang:?} {:?}: shows {:?}, dials {dialled}", r.id, r.label);
        }
    }
}
