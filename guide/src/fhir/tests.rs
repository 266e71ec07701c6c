//! The Bundle's shape, and the project's own conformance rule checked
//! natively: every response item and answer code exists in the
//! Questionnaire with the right type (the validators in `tests/fhir/` check
//! the same on the JSON the command prints).

use super::*;

fn answers(pairs: &[(Q, &[&str])]) -> Answers {
    let mut a = Answers::new();
    for (q, v) in pairs {
        a.set(*q, v).unwrap();
    }
    a
}

fn sample() -> Answers {
    answers(&[
        (Q::Who, &["self"]),
        (Q::UrgentNow, &["none"]),
        (Q::Frequency, &["daily_2_3"]),
        (Q::Products, &["extract_or_shot", "powder_leaf"]),
        (Q::OtherSubstances, &["alcohol"]),
        (Q::SedativeFrequency, &["not_sure"]),
    ])
}

fn day(d: u32) -> Day {
    Day::from_ymd(2026, 12, d).unwrap()
}

fn resource<'b>(bundle: &'b Value, kind: &str) -> &'b Value {
    bundle["entry"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["resource"])
        .find(|r| r["resourceType"] == kind)
        .unwrap_or_else(|| panic!("no {kind}"))
}

#[test]
fn the_questionnaire_is_the_question_table() {
    let q = questionnaire();
    let items = q["item"].as_array().unwrap();
    assert_eq!(items.len(), Q::ALL.len() + 1, "every question and the result");
    for (item, id) in items.iter().zip(Q::ALL) {
        let question = id.question();
        assert_eq!(item["linkId"], id.as_str());
        assert_eq!(item["type"], "choice");
        assert_eq!(item["repeats"], question.kind == Kind::Multi, "{id:?}");
        assert_eq!(item["required"], question.required, "{id:?}");
        let codes: Vec<&str> = item["answerOption"]
            .as_array()
            .unwrap()
            .iter()
            .map(|o| o["valueCoding"]["code"].as_str().unwrap())
            .collect();
        let want: Vec<String> = question.values.iter().map(|v| answer_code(id, v)).collect();
        assert_eq!(codes, want, "{id:?}");
        assert_eq!(item.get("enableWhen").is_some(), question.asked_when.is_some(), "{id:?}");
    }
    let sedative = &items[Q::SedativeFrequency.index()];
    assert_eq!(sedative["enableBehavior"], "any");
    assert!(sedative["enableWhen"].as_array().unwrap().iter().all(|w| w["question"] == "other_substances"));
    let result = items.last().unwrap();
    assert_eq!((result["linkId"].as_str(), result["readOnly"].as_bool()), (Some(CARE_LEVEL), Some(true)));
    // No LOINC, SNOMED or other outside code is claimed anywhere.
    let text = q.to_string();
    assert!(!text.contains("loinc") && !text.contains("snomed"), "{text}");
}

#[test]
fn every_code_used_is_in_its_code_system() {
    let bundle = bundle(&sample(), day(3), true);
    let systems = code_systems();
    let known: Vec<(String, String)> = systems
        .iter()
        .flat_map(|cs| {
            let url = cs["url"].as_str().unwrap().to_string();
            cs["concept"]
                .as_array()
                .unwrap()
                .iter()
                .map(move |c| (url.clone(), c["code"].as_str().unwrap().to_string()))
        })
        .collect();
    fn codings<'v>(v: &'v Value, out: &mut Vec<&'v Value>) {
        match v {
            Value::Object(m) if m.contains_key("system") && m.contains_key("code") => out.push(v),
            Value::Object(m) => m.values().for_each(|x| codings(x, out)),
            Value::Array(a) => a.iter().for_each(|x| codings(x, out)),
            _ => {}
        }
    }
    let mut found = Vec::new();
    codings(&bundle, &mut found);
    let ours = found.iter().filter(|c| c["system"].as_str().unwrap().starts_with(BASE)).count();
    assert!(ours > 100, "{ours}");
    for c in found {
        let system = c["system"].as_str().unwrap();
        if system.starts_with(BASE) {
            assert!(known.contains(&(system.to_string(), c["code"].as_str().unwrap().to_string())), "{c}");
        }
    }
    for cs in &systems {
        assert_eq!(cs["count"].as_u64().unwrap() as usize, cs["concept"].as_array().unwrap().len());
    }
}

#[test]
fn the_response_conforms_to_the_questionnaire() {
    let a = sample();
    let q = questionnaire();
    let r = response(&a, day(3));
    assert_eq!(r["status"], "completed");
    assert_eq!(r["authored"], "2026-12-03");
    assert_eq!(r["meta"]["tag"][0]["code"], "patient-supplied");
    assert_eq!(r["questionnaire"], format!("{}|{VERSION}", questionnaire_url()));
    let items = q["item"].as_array().unwrap();
    for ri in r["item"].as_array().unwrap() {
        let qi = items.iter().find(|i| i["linkId"] == ri["linkId"]).unwrap_or_else(|| panic!("{ri}"));
        let answers = ri["answer"].as_array().unwrap();
        assert!(qi["repeats"].as_bool().unwrap_or(false) || answers.len() == 1, "{ri}");
        for ans in answers {
            assert!(
                qi["answerOption"].as_array().unwrap().iter().any(|o| o["valueCoding"] == ans["valueCoding"]),
                "{ans}"
            );
        }
    }
    // Every answer given, nothing else; not_sure included; the level last.
    let linked: Vec<&str> = r["item"].as_array().unwrap().iter().map(|i| i["linkId"].as_str().unwrap()).collect();
    let mut given: Vec<&str> = a.answered().map(|(q, _)| q.as_str()).collect();
    given.push(CARE_LEVEL);
    assert_eq!(linked, given);
    let level = crate::assess(&a).care_level;
    assert_eq!(r["item"].as_array().unwrap().last().unwrap()["answer"][0]["valueCoding"]["code"], level.as_str());
}

#[test]
fn the_observation_is_optional_preliminary_and_points_at_the_response() {
    let a = sample();
    let without = bundle(&a, day(3), false);
    assert!(without["entry"].as_array().unwrap().iter().all(|e| e["resource"]["resourceType"] != "Observation"));
    let with = bundle(&a, day(3), true);
    let o = resource(&with, "Observation");
    assert_eq!(o["status"], "preliminary");
    assert_eq!(o["effectiveDateTime"], "2026-12-03");
    assert_eq!(o["valueCodeableConcept"]["coding"][0]["code"], crate::assess(&a).care_level.as_str());
    let response_entry =
        with["entry"].as_array().unwrap().iter().find(|e| e["resource"]["resourceType"] == "QuestionnaireResponse");
    assert_eq!(o["derivedFrom"][0]["reference"], response_entry.unwrap()["fullUrl"]);
}

#[test]
fn a_low_confidence_monitor_names_no_level_in_words() {
    let a = answers(&[(Q::Who, &["self"]), (Q::UrgentNow, &["none"])]);
    let x = crate::assess(&a);
    assert_eq!((x.care_level, x.confidence), (Level::Monitor, crate::Confidence::Low));
    let o = observation(&a, day(3), "urn:uuid:x");
    assert_eq!(o["valueCodeableConcept"]["text"], texts().low_confidence.no_level);
}

#[test]
fn the_same_answers_and_day_give_the_same_bundle_and_ids_look_like_uuids() {
    let a = sample();
    assert_eq!(bundle_json(&a, day(3), true), bundle_json(&a, day(3), true));
    let full_urls = |b: &Value| -> Vec<String> {
        b["entry"].as_array().unwrap().iter().map(|e| e["fullUrl"].as_str().unwrap().to_string()).collect()
    };
    let (one, other) = (full_urls(&bundle(&a, day(3), true)), full_urls(&bundle(&a, day(4), true)));
    let urns: Vec<&String> = one.iter().filter(|u| u.starts_with("urn:uuid:")).collect();
    assert_eq!(urns.len(), 2, "{one:?}");
    for u in &urns {
        let id = u.trim_start_matches("urn:uuid:");
        let parts: Vec<usize> = id.split('-').map(str::len).collect();
        assert_eq!(parts, [8, 4, 4, 4, 12], "{id}");
        assert!(id.chars().all(|c| c.is_ascii_hexdigit() || c == '-'), "{id}");
        assert_eq!(&id[14..15], "8", "version 8: {id}");
        assert!("89ab".contains(&id[19..20]), "RFC 9562 variant: {id}");
    }
    assert_ne!(urns[0], urns[1]);
    assert_ne!(one, other, "another day, other ids");
}
