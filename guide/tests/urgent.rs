//! The urgent page's first-aid lines (spec v3 §8), per voice: which lines,
//! in which form, in which order, written here from the spec's tables.

use guide::rules::urgent::lines;
use guide::{Lang, LineForm, Voice};

/// `(line id, form)` pairs for these flags, forms as short words.
fn shown(flags: &[&str], voice: Voice) -> Vec<(&'static str, &'static str)> {
    lines(flags, voice)
        .into_iter()
        .map(|l| {
            let form = match l.form {
                LineForm::Plain => "plain",
                LineForm::IfWorse => "if_worse",
                LineForm::IfSafe => "if_safe",
                LineForm::AfterShaking => "after_shaking",
                LineForm::WithNaloxone => "with_naloxone",
            };
            (l.id.as_str(), form)
        })
        .collect()
}

#[test]
fn loved_one_breathing_gives_naloxone_and_the_recovery_position_plainly() {
    assert_eq!(
        shown(&["breathing"], Voice::Them),
        [
            ("call_now", "plain"),
            ("naloxone", "plain"),
            ("on_side", "plain"),
            ("stay", "plain"),
            ("dispatcher", "plain")
        ]
    );
}

#[test]
fn loved_one_seizure_keeps_them_safe_then_on_their_side() {
    assert_eq!(
        shown(&["seizure"], Voice::Them),
        [
            ("call_now", "plain"),
            ("seizure_safety", "plain"),
            ("on_side", "after_shaking"),
            ("stay", "plain"),
            ("dispatcher", "plain"),
            // Conditional lines come after all the others.
            ("naloxone", "if_worse"),
        ]
    );
    // With breathing too, the plain form wins over both.
    assert_eq!(
        shown(&["breathing", "seizure"], Voice::Them),
        [
            ("call_now", "plain"),
            ("naloxone", "plain"),
            ("seizure_safety", "plain"),
            ("on_side", "plain"),
            ("stay", "plain"),
            ("dispatcher", "plain"),
        ]
    );
}

#[test]
fn loved_one_heart_or_confusion_gets_the_overdose_lines_conditionally() {
    for flag in ["heart", "confusion"] {
        assert_eq!(
            shown(&[flag], Voice::Them),
            [
                ("call_now", "plain"),
                ("stay", "plain"),
                ("dispatcher", "plain"),
                ("naloxone", "if_worse"),
                ("on_side", "if_worse"),
            ],
            "{flag}"
        );
    }
}

#[test]
fn loved_one_suicide_alone_stays_if_safe() {
    assert_eq!(
        shown(&["suicide"], Voice::Them),
        [
            ("crisis_with_them", "plain"),
            ("stay", "if_safe"),
            ("remove_means", "plain"),
            ("naloxone", "if_worse"),
            ("on_side", "if_worse"),
        ]
    );
    // With another flag: call now, and stay plainly.
    assert_eq!(
        shown(&["heart", "suicide"], Voice::Them),
        [
            ("call_now", "plain"),
            ("crisis_with_them", "plain"),
            ("stay", "plain"),
            ("dispatcher", "plain"),
            ("remove_means", "plain"),
            ("naloxone", "if_worse"),
            ("on_side", "if_worse"),
        ]
    );
}

#[test]
fn self_voice_lines() {
    assert_eq!(shown(&["breathing"], Voice::Me), [("call_now", "plain"), ("someone_with_you", "with_naloxone")]);
    for flag in ["heart", "seizure", "confusion"] {
        assert_eq!(shown(&[flag], Voice::Me), [("call_now", "plain"), ("someone_with_you", "plain")], "{flag}");
    }
    assert_eq!(shown(&["suicide"], Voice::Me), [("crisis_now", "plain"), ("tell_someone", "plain")]);
    assert_eq!(
        shown(&["breathing", "suicide"], Voice::Me),
        [
            ("call_now", "plain"),
            ("someone_with_you", "with_naloxone"),
            ("crisis_now", "plain"),
            ("tell_someone", "plain")
        ]
    );
}

#[test]
fn no_flag_no_line() {
    assert!(lines(&[], Voice::Me).is_empty() && lines(&[], Voice::Them).is_empty());
}

/// Every line any combination of flags can give has words in both
/// languages, each short enough for one phone screen, with its links'
/// placeholders where the widget fills them.
#[test]
fn every_line_that_can_show_has_short_words() {
    let flags = ["breathing", "heart", "seizure", "confusion", "suicide"];
    for mask in 1u32..(1 << flags.len()) {
        let set: Vec<&str> = flags.iter().enumerate().filter(|(i, _)| mask >> i & 1 == 1).map(|(_, f)| *f).collect();
        for voice in [Voice::Me, Voice::Them] {
            for lang in Lang::ALL {
                for l in lines(&set, voice) {
                    let text =
                        lang.texts().urgent_lines.get(voice, l).unwrap_or_else(|| panic!("{lang:?} {voice:?} {l:?}"));
                    assert!(text.split_whitespace().count() <= 30, "{lang:?} {l:?}: {text}");
                    if l.id.as_str() == "call_now" {
                        assert!(text.contains("{emergency}"), "{text}");
                    }
                    if ["crisis_now", "crisis_with_them"].contains(&l.id.as_str()) {
                        assert!(text.contains("{reach} {crisis}") && text.contains("{emergency}"), "{text}");
                    }
                }
            }
        }
    }
    // `breathing`, loved one: the naloxone and recovery-position lines say so.
    let t = Lang::En.texts();
    let said = |id: &str| {
        let l = lines(&["breathing"], Voice::Them).into_iter().find(|l| l.id.as_str() == id).unwrap();
        t.urgent_lines.get(Voice::Them, l).unwrap()
    };
    assert!(said("naloxone").contains("give it now"));
    assert!(said("on_side").contains("on their side"));
}
