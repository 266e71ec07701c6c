//! The JSON contract of spec §7: what is refused (and how the refusal
//! reads), the exact output shape, and fuzz-style inputs that must never
//! panic.

use guide::json::{parse, InputError};
use proptest::prelude::*;

fn refusal(input: &[u8]) -> String {
    match parse(input) {
        Ok(a) => panic!("accepted {:?}: {a:?}", String::from_utf8_lossy(input)),
        Err(e) => {
            let line = e.to_string();
            assert!(!line.is_empty() && !line.contains('\n') && !line.contains('\r'), "{line:?}");
            line
        }
    }
}

#[test]
fn refusals_name_the_field_and_the_problem() {
    let cases: &[(&str, &str)] = &[
        (r#"{"sometimes":"weekly"}"#, r#""sometimes": unknown question id"#),
        (r#"{"frequency":"sometimes"}"#, r#"frequency: unknown value "sometimes""#),
        (r#"{"products":["capsules","gummies"]}"#, r#"products: unknown value "gummies""#),
        (r#"{"frequency":["weekly"]}"#, "frequency: expected a string"),
        (r#"{"frequency":3}"#, "frequency: expected a string"),
        (r#"{"frequency":true}"#, "frequency: expected a string"),
        (r#"{"frequency":{"v":"weekly"}}"#, "frequency: expected a string"),
        (r#"{"products":"capsules"}"#, "products: expected an array of strings"),
        (r#"{"products":["capsules",1]}"#, "products: expected an array of strings"),
        (r#"{"products":[["capsules"]]}"#, "products: expected an array of strings"),
        (r#"{"products":[null]}"#, "products: expected an array of strings"),
        (r#"{"frequency":null}"#, "frequency: null is not an answer; leave the question out instead"),
        (r#"{"products":null}"#, "products: null is not an answer; leave the question out instead"),
        (r#"{"products":[]}"#, "products: empty array; leave the question out instead"),
        (r#"{"signs":["none","tolerance"]}"#, r#"signs: "none" cannot be combined with other values"#),
        (
            r#"{"other_substances":["alcohol","none"]}"#,
            r#"other_substances: "none" cannot be combined with other values"#,
        ),
        (
            r#"{"withdrawal_symptoms":["sleep","never_stopped"]}"#,
            r#"withdrawal_symptoms: "never_stopped" cannot be combined with other values"#,
        ),
        (
            r#"{"withdrawal_symptoms":["none","never_stopped"]}"#,
            r#"withdrawal_symptoms: "none" cannot be combined with other values"#,
        ),
        (r#"{"medical":["liver","liver"]}"#, r#"medical: value "liver" is listed twice"#),
        (r#"{"medical":["not_sure","not_sure"]}"#, r#"medical: value "not_sure" is listed twice"#),
        (r#"{"frequency":"weekly","frequency":"weekly"}"#, "frequency: question given twice"),
        (r#"{"frequency":"weekly","fr\u0065quency":"daily_once"}"#, "frequency: question given twice"),
        (r#"{"Frequency":"weekly"}"#, r#""Frequency": unknown question id"#),
        (r#"{"frequency":"Weekly"}"#, r#"frequency: unknown value "Weekly""#),
        (r#"{"frequency":" weekly"}"#, r#"frequency: unknown value " weekly""#),
        (r#"{"who":"self\nloved_one"}"#, r#"who: unknown value "self\nloved_one""#),
        // `not_sure` exists only where the spec offers it.
        (r#"{"who":"not_sure"}"#, r#"who: unknown value "not_sure""#),
        (r#"{"urgent_now":["not_sure"]}"#, r#"urgent_now: unknown value "not_sure""#),
        (r#"{"products":["none"]}"#, r#"products: unknown value "none""#),
    ];
    for (input, want) in cases {
        assert_eq!(refusal(input.as_bytes()), *want, "{input}");
    }
}

#[test]
fn refuses_documents_that_are_not_one_object() {
    for input in ["[]", "[{}]", "\"who\"", "1", "null", "true"] {
        assert_eq!(
            refusal(input.as_bytes()),
            "input: expected one JSON object mapping question ids to answers",
            "{input}"
        );
    }
    for input in ["", " \n\t"] {
        assert_eq!(refusal(input.as_bytes()), "input: empty; expected one JSON object", "{input:?}");
    }
    for input in ["{", "{}}", "{} {}", "{}x", "{'who':'self'}", "{\"who\":\"self\",}", "{who:\"self\"}"] {
        let line = refusal(input.as_bytes());
        assert!(line.starts_with("input: not valid JSON: "), "{input:?} -> {line}");
    }
}

#[test]
fn names_a_byte_order_mark() {
    for input in [&b"\xEF\xBB\xBF{}"[..], b"\xEF\xBB\xBF"] {
        let line = refusal(input);
        assert!(line.starts_with("input: "), "{line}");
        assert!(line.contains("input starts with a UTF-8 byte-order mark (BOM)"), "{line}");
    }
    assert!(matches!(parse(b"\xEF\xBB\xBF{}"), Err(InputError::Bom)));
    // A BOM-like sequence later on is just text inside a string.
    assert!(parse("{\"who\":\"\u{feff}self\"}".as_bytes()).is_err_and(|e| !matches!(e, InputError::Bom)));
}

#[test]
fn refuses_more_than_one_mebibyte() {
    let limit = guide::json::MAX_INPUT;
    assert_eq!(limit, 1024 * 1024);
    // Valid JSON padded with whitespace: at the limit it is read, past it refused.
    let at = format!("{{}}{}", " ".repeat(limit - 2));
    assert_eq!(at.len(), limit);
    assert!(parse(at.as_bytes()).is_ok());
    let over = format!("{at} ");
    let line = refusal(over.as_bytes());
    assert!(line.starts_with("input: larger than 1048576 bytes"), "{line}");
    assert!(matches!(parse(over.as_bytes()), Err(InputError::TooLarge)));
}

#[test]
fn errors_quote_a_short_escaped_excerpt() {
    let long = "x".repeat(500);
    let line = refusal(format!(r#"{{"{long}":"self"}}"#).as_bytes());
    assert_eq!(line, format!(r#""{}…": unknown question id"#, "x".repeat(39)));
    let line = refusal(format!(r#"{{"frequency":"{long}"}}"#).as_bytes());
    assert_eq!(line, format!(r#"frequency: unknown value "{}…""#, "x".repeat(39)));
    // Exactly forty characters are quoted whole.
    let forty = "y".repeat(40);
    assert_eq!(refusal(format!(r#"{{"{forty}":1}}"#).as_bytes()), format!(r#""{forty}": unknown question id"#));
    // Escapes count toward the forty and are never cut in half.
    let line = refusal(format!(r#"{{"frequency":"{}"}}"#, "\\u0007".repeat(30)).as_bytes());
    let quoted = line.trim_start_matches("frequency: unknown value \"").trim_end_matches('"');
    assert!(quoted.ends_with('…') && quoted.chars().count() <= 40, "{line}");
    assert!(quoted.trim_end_matches('…').split("\\u{7}").all(str::is_empty), "{line}");
    assert!(!line.chars().any(char::is_control), "{line:?}");
}

#[test]
fn refuses_non_utf8() {
    assert_eq!(refusal(b"\xff{}"), "input: not UTF-8 (invalid byte at offset 0)");
    assert_eq!(refusal(b"{\"who\":\"s\xe9lf\"}"), "input: not UTF-8 (invalid byte at offset 9)");
    // UTF-16 with a byte-order mark is not UTF-8 either.
    assert!(refusal(b"\xff\xfe{\x00}\x00").starts_with("input: not UTF-8"));
}

#[test]
fn first_problem_in_input_order_wins() {
    assert_eq!(refusal(br#"{"frequency":"never","products":[]}"#), r#"frequency: unknown value "never""#);
    assert_eq!(
        refusal(br#"{"products":[],"frequency":"never"}"#),
        "products: empty array; leave the question out instead"
    );
}

#[test]
fn accepts_valid_answers_in_any_layout() {
    let a = parse(b" \n{ \"who\" : \"loved_one\" ,\n \"signs\":[\"tolerance\",\"cravings\"] }\n\n").unwrap();
    assert_eq!(a.single(guide::Q::Who), Some("loved_one"));
    // Stored in table order, whatever the input order.
    assert_eq!(a.get(guide::Q::Signs).unwrap().values(), &["cravings", "tolerance"]);
    assert_eq!(parse(b"{}").unwrap(), guide::Answers::new());
    assert!(parse(br#"{"\u0077ho":"self"}"#).is_ok());
    // `not_sure` may stand beside other values (spec §2).
    assert!(parse(br#"{"products":["capsules","not_sure"]}"#).is_ok());
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = format!("{{\"products\":{}{}}}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(refusal(deep.as_bytes()).starts_with("input: not valid JSON"));
    let deep = "[".repeat(100_000);
    assert!(refusal(deep.as_bytes()).starts_with("input:"));
}

#[test]
fn output_is_exactly_the_spec_shape() {
    let a = parse(br#"{"products":["extract_or_shot"],"other_substances":["alcohol"],"signs":["tolerance","withdrawal","cravings","relationships","despite_harm"],"frequency":"not_sure","measures_doses":"yes","support":"strong","trigger_access":"low"}"#).unwrap();
    let got = serde_json::to_string(&guide::assess(&a)).unwrap();
    let want = concat!(
        r#"{"care_level":"detox","taper_kind":null,"urgent_flags":[],"severity":{"signs":5,"band":"moderate","unsure":1},"#,
        // Six of nine deciding questions unknown (frequency unsure, five skipped).
        r#""confidence":"low","#,
        // The `withdrawal` sign shows dependence: it decides both detox levels;
        // alcohol at an unknown frequency raises `mixing` with it.
        r#""reasons":[{"id":"extract_use","level":"detox","because":["products","signs"]},"#,
        r#"{"id":"mixing","level":"detox","because":["other_substances","sedative_frequency","signs"]},"#,
        r#"{"id":"signs_present","level":"taper","because":["signs"]}],"#,
        r#""taper_prerequisites_unmet":[],"#,
        r#""cautions":[{"id":"already_on_extracts","because":["products"]},{"id":"sedative_mix","because":["other_substances"]},"#,
        r#"{"id":"sedative_stop","because":["other_substances","sedative_frequency"]}],"#,
        r#""notes":["therapy"],"contradictions":[],"#,
        r#""unanswered":["who","urgent_now","age_band","night_dosing","duration","started_for","sedative_frequency","#,
        r#""withdrawal_symptoms","withdrawal_intensity","derailed","mood_when_stopping","medical","mental_health","#,
        r#""can_stay_stopped_here","need_time_away","considering"]}"#,
    );
    assert_eq!(got, want);
}

#[test]
fn urgent_flags_serialise_as_strings_and_read_back() {
    let a = parse(br#"{"urgent_now":["confusion","heart"]}"#).unwrap();
    let x = guide::assess(&a);
    let text = serde_json::to_string(&x).unwrap();
    assert!(
        text.starts_with(r#"{"care_level":"urgent","taper_kind":null,"urgent_flags":["heart","confusion"],"#),
        "{text}"
    );
    assert_eq!(guide::json::assessment_from_str(&text).unwrap(), x);
    // A flag that is not an `urgent_now` value cannot be read back.
    let bad = text.replace("\"heart\"", "\"none\"");
    assert!(guide::json::assessment_from_str(&bad).is_err());
}

#[test]
fn input_error_kinds_are_distinct() {
    assert!(matches!(parse(b"\xff"), Err(InputError::NotUtf8 { .. })));
    assert!(matches!(parse(b"[]"), Err(InputError::NotObject)));
    assert!(matches!(parse(b"{"), Err(InputError::NotJson(_))));
    assert!(matches!(parse(b""), Err(InputError::Empty)));
    assert!(matches!(parse(br#"{"who":null}"#), Err(InputError::Null(guide::Q::Who))));
    assert!(matches!(parse(br#"{"who":"self","who":"self"}"#), Err(InputError::DuplicateKey(guide::Q::Who))));
    assert!(matches!(parse(br#"{"x":1}"#), Err(InputError::Answer(guide::AnswerError::UnknownQuestion(_)))));
}

/// JSON-ish fragments, so random documents are often nearly valid.
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    " ",
    "\n",
    "null",
    "true",
    "0",
    "-1.5e3",
    "\"\"",
    "\"who\"",
    "\"self\"",
    "\"loved_one\"",
    "\"products\"",
    "\"capsules\"",
    "\"none\"",
    "\"not_sure\"",
    "\"signs\"",
    "\"tolerance\"",
    "\"frequency\"",
    "\"weekly\"",
    "\"urgent_now\"",
    "\"breathing\"",
    "\"\\u0000\"",
    "\"\\ud800\"",
    "\"é\"",
    "\\",
    "\"",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..64)) {
        if let Err(e) = parse(&bytes) {
            let line = e.to_string();
            prop_assert!(!line.is_empty() && !line.contains('\n'));
        }
    }

    #[test]
    fn token_soup_never_panics_and_what_passes_round_trips(toks in prop::collection::vec(prop::sample::select(TOKENS), 0..24)) {
        let text: String = toks.concat();
        match parse(text.as_bytes()) {
            Ok(a) => {
                let again = serde_json::to_vec(&guide::json::answers_to_value(&a)).unwrap();
                prop_assert_eq!(parse(&again).unwrap(), a.clone());
                let _ = guide::assess(&a);
            }
            Err(e) => prop_assert!(!e.to_string().contains('\n')),
        }
    }

    #[test]
    fn mutated_valid_documents_never_panic(pos in any::<usize>(), byte in any::<u8>(), op in 0u8..3) {
        let mut doc = br#"{"who":"self","urgent_now":["none"],"products":["capsules","not_sure"],"frequency":"daily_once","signs":["tolerance","withdrawal"]}"#.to_vec();
        let i = pos % doc.len();
        match op {
            0 => doc[i] = byte,
            1 => doc.insert(i, byte),
            _ => { doc.remove(i); }
        }
        match parse(&doc) {
            Ok(a) => { let _ = guide::assess(&a); }
            Err(e) => prop_assert!(!e.to_string().contains('\n')),
        }
    }
}

/// `sedative_frequency` is asked only after an asked sedative (spec §2);
/// an answer to it otherwise is bad input, wherever it sits in the object.
#[test]
fn sedative_frequency_only_when_asked() {
    let not_asked = |input: &[u8]| match parse(input) {
        Err(e @ InputError::Answer(guide::AnswerError::NotAsked(guide::Q::SedativeFrequency))) => e.to_string(),
        other => panic!("{}: {other:?}", String::from_utf8_lossy(input)),
    };
    let msg = not_asked(br#"{"sedative_frequency":"daily"}"#);
    assert!(msg.starts_with("sedative_frequency: not asked unless other_substances has"), "{msg}");
    not_asked(br#"{"sedative_frequency":"weekly","other_substances":["stimulants","opioids"]}"#);
    not_asked(br#"{"other_substances":["none"],"sedative_frequency":"not_sure"}"#);
    not_asked(br#"{"other_substances":["not_sure"],"sedative_frequency":"less_than_weekly"}"#);
    // Asked: before or after the answer that asks it.
    for input in [
        &br#"{"sedative_frequency":"daily","other_substances":["alcohol"]}"#[..],
        br#"{"other_substances":["benzodiazepines","stimulants"],"sedative_frequency":"weekly"}"#,
        br#"{"other_substances":["sleep_aids_sedatives"],"sedative_frequency":"not_sure"}"#,
    ] {
        let a = parse(input).unwrap();
        assert!(a.get(guide::Q::SedativeFrequency).is_some());
    }
    // Other problems with it are named as usual.
    assert!(parse(br#"{"other_substances":["alcohol"],"sedative_frequency":"often"}"#)
        .unwrap_err()
        .to_string()
        .starts_with("sedative_frequency: unknown value"));
}

/// Not asked means not unanswered: `unanswered` lists `sedative_frequency`
/// only when an asked sedative is named.
#[test]
fn sedative_frequency_is_unanswered_only_when_asked() {
    let unanswered = |input: &[u8]| {
        let x = guide::assess(&parse(input).unwrap());
        x.unanswered.contains(&guide::Q::SedativeFrequency)
    };
    assert!(!unanswered(b"{}"));
    assert!(!unanswered(br#"{"other_substances":["opioids","stimulants"]}"#));
    assert!(unanswered(br#"{"other_substances":["alcohol"]}"#));
    assert!(!unanswered(br#"{"other_substances":["alcohol"],"sedative_frequency":"weekly"}"#));
}
