//! The answers as FHIR R4, for clinics whose
//! integration engine takes FHIR: a `collection` Bundle holding
//!
//! - the Questionnaire, generated from the engine's question table (never
//!   written by hand): one `choice` item per question, its answer options,
//!   which values exclude the others, which questions are required, and
//!   `sedative_frequency`'s condition as `enableWhen`; then the care level
//!   as a read-only item;
//! - the three CodeSystems its codes come from, all the project's own
//!   (questions, answers, levels) — no LOINC or SNOMED code is claimed,
//!   because none asks these questions with these answers;
//! - the QuestionnaireResponse: every answer given (skips left out,
//!   `not_sure` included), the care level as the read-only result item,
//!   `authored` the day, tagged `patient-supplied` (US Core's tag);
//! - optionally an Observation of the suggested level, `preliminary` (a
//!   self-check, not a clinician's finding), derived from the response.
//!
//! Nothing else: no names, no typed text, no clinic data. The words are
//! the engine's English (the self voice). Built with `serde_json` behind
//! the `fhir` feature, so the widget's wasm never carries it.

use serde_json::{json, Map, Value};

use crate::answers::Answers;
use crate::day::Day;
use crate::lang::Lang;
use crate::model::Level;
use crate::questions::{Kind, Q};
use crate::text::Texts;

/// Where the project's canonical URLs live. The project has no web domain
/// of its own yet; `.example` is reserved (RFC 2606), so these URLs can
/// never name anyone else's resources. One place to change.
pub const BASE: &str = "https://kratom-check.example/fhir";

/// The Questionnaire's version: this release's, so a response names the
/// questions it answered.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The read-only result item of the Questionnaire and the response.
pub const CARE_LEVEL: &str = "care_level";

/// US Core's tag for data a patient supplied.
const TAG_SYSTEM: &str = "http://hl7.org/fhir/us/core/CodeSystem/us-core-tags";

pub fn questionnaire_url() -> String {
    format!("{BASE}/Questionnaire/kratom-check")
}

/// The CodeSystem of the questions (and of the result item).
pub fn question_system() -> String {
    format!("{BASE}/CodeSystem/question")
}

/// The CodeSystem of the answers: `question.value`, since the same value
/// (`none`, `yes`) means something else under each question.
pub fn answer_system() -> String {
    format!("{BASE}/CodeSystem/answer")
}

pub fn level_system() -> String {
    format!("{BASE}/CodeSystem/level")
}

/// An answer's code: its question and its value.
pub fn answer_code(q: Q, value: &str) -> String {
    format!("{}.{value}", q.as_str())
}

fn texts() -> &'static Texts {
    Lang::En.texts()
}

fn legend(q: Q) -> &'static str {
    texts().question(q).legend.me
}

fn label(q: Q, value: &str) -> &'static str {
    texts().option(q, value).map_or("", |o| o.label.me)
}

fn coding(system: String, code: String, display: &str) -> Value {
    json!({ "system": system, "code": code, "display": display })
}

fn answer_coding(q: Q, value: &str) -> Value {
    coding(answer_system(), answer_code(q, value), label(q, value))
}

fn level_coding(level: Level) -> Value {
    coding(level_system(), level.as_str().to_string(), texts().level(level).name)
}

fn result_text() -> &'static str {
    texts().summary.level_heading
}

/// The Questionnaire, from the question table.
pub fn questionnaire() -> Value {
    let mut items: Vec<Value> = Q::ALL.into_iter().map(question_item).collect();
    items.push(json!({
        "linkId": CARE_LEVEL,
        "code": [coding(question_system(), CARE_LEVEL.into(), result_text())],
        "text": result_text(),
        "type": "choice",
        "readOnly": true,
        "answerOption": Level::ALL.iter().map(|l| json!({ "valueCoding": level_coding(*l) })).collect::<Vec<_>>(),
    }));
    json!({
        "resourceType": "Questionnaire",
        "id": "kratom-check",
        "url": questionnaire_url(),
        "version": VERSION,
        "name": "KratomSelfCheck",
        "title": texts().summary.title,
        "status": "active",
        "subjectType": ["Patient"],
        "publisher": "kratom-check",
        "description": "A private self-check about kratom use. It suggests a level of support; it is not a diagnosis.",
        "language": "en",
        "item": items,
    })
}

fn question_item(q: Q) -> Value {
    let question = q.question();
    let options: Vec<Value> = question
        .values
        .iter()
        .map(|v| {
            let mut option = Map::new();
            option.insert("valueCoding".into(), answer_coding(q, v));
            if question.exclusive.contains(v) {
                // A value that cannot be ticked with any other (spec §2).
                option.insert(
                    "extension".into(),
                    json!([{
                        "url": "http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive",
                        "valueBoolean": true,
                    }]),
                );
            }
            Value::Object(option)
        })
        .collect();
    let mut item = json!({
        "linkId": q.as_str(),
        "code": [coding(question_system(), q.as_str().into(), legend(q))],
        "text": legend(q),
        "type": "choice",
        "required": question.required,
        "repeats": question.kind == Kind::Multi,
        "answerOption": options,
    });
    if let Some(when) = &question.asked_when {
        item["enableWhen"] = when
            .any_of
            .iter()
            .map(|v| json!({ "question": when.q.as_str(), "operator": "=", "answerCoding": answer_coding(when.q, v) }))
            .collect();
        item["enableBehavior"] = json!("any");
    }
    item
}

/// Every code of the three CodeSystems, as CodeSystem resources.
pub fn code_systems() -> Vec<Value> {
    let concept = |code: String, display: &str| json!({ "code": code, "display": display });
    let mut questions: Vec<Value> = Q::ALL.into_iter().map(|q| concept(q.as_str().into(), legend(q))).collect();
    questions.push(concept(CARE_LEVEL.into(), result_text()));
    let answers: Vec<Value> = Q::ALL
        .into_iter()
        .flat_map(|q| q.question().values.iter().map(move |v| concept(answer_code(q, v), label(q, v))))
        .collect();
    let levels: Vec<Value> = Level::ALL.iter().map(|l| concept(l.as_str().into(), texts().level(*l).name)).collect();
    [
        ("question", question_system(), "The kratom self-check's questions, and its result item.", questions),
        ("answer", answer_system(), "The kratom self-check's answers, as question.value.", answers),
        ("level", level_system(), "The kratom self-check's suggested levels of support.", levels),
    ]
    .into_iter()
    .map(|(id, url, description, concepts)| {
        json!({
            "resourceType": "CodeSystem",
            "id": id,
            "url": url,
            "version": VERSION,
            "name": format!("KratomCheck{}", capitalised(id)),
            "status": "active",
            "description": description,
            "caseSensitive": true,
            "content": "complete",
            "count": concepts.len(),
            "concept": concepts,
        })
    })
    .collect()
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_ascii_uppercase().to_string() + c.as_str()).unwrap_or_default()
}

fn patient_supplied() -> Value {
    json!({ "tag": [{ "system": TAG_SYSTEM, "code": "patient-supplied", "display": "Patient Supplied" }] })
}

/// The response to the Questionnaire: the answers given, the care level
/// the engine suggests for them, authored on `day` (YYYY-MM-DD, no time).
pub fn response(answers: &Answers, day: Day) -> Value {
    let level = crate::assess(answers).care_level;
    let mut items: Vec<Value> = answers
        .answered()
        .map(|(q, a)| {
            json!({
                "linkId": q.as_str(),
                "text": legend(q),
                "answer": a.values().iter().map(|v| json!({ "valueCoding": answer_coding(q, v) })).collect::<Vec<_>>(),
            })
        })
        .collect();
    items.push(json!({
        "linkId": CARE_LEVEL,
        "text": result_text(),
        "answer": [{ "valueCoding": level_coding(level) }],
    }));
    json!({
        "resourceType": "QuestionnaireResponse",
        "id": "response",
        "meta": patient_supplied(),
        "questionnaire": format!("{}|{VERSION}", questionnaire_url()),
        "status": "completed",
        "authored": day.to_string(),
        "item": items,
    })
}

/// The suggested level as an Observation, derived from the response at
/// `response_url`.
pub fn observation(answers: &Answers, day: Day, response_url: &str) -> Value {
    let x = crate::assess(answers);
    let mut value = json!({ "coding": [level_coding(x.care_level)] });
    // The words a reader sees: a `monitor` with too few answers names no level (spec §4).
    value["text"] = json!(texts().result_name(&x));
    json!({
        "resourceType": "Observation",
        "id": "suggested-level",
        "meta": patient_supplied(),
        "status": "preliminary",
        "category": [{
            "coding": [{
                "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                "code": "survey",
                "display": "Survey",
            }],
        }],
        "code": { "coding": [coding(question_system(), CARE_LEVEL.into(), result_text())], "text": result_text() },
        "effectiveDateTime": day.to_string(),
        "valueCodeableConcept": value,
        "derivedFrom": [{ "reference": response_url }],
    })
}

/// A `urn:uuid:` for a resource built from `seed`: the same answers and
/// day give the same Bundle (tests compare them), different ones differ.
fn urn(kind: &str, seed: &str) -> String {
    let fnv = |offset: u64| {
        (kind.bytes().chain(seed.bytes())).fold(offset, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
    };
    let (hi, lo) = (fnv(0xcbf2_9ce4_8422_2325), fnv(0x8422_2325_cbf2_9ce4));
    // Version 8 (custom), RFC 9562 variant.
    let hi = (hi & !0xf000) | 0x8000;
    let lo = (lo & !(0b11 << 62)) | (0b10 << 62);
    format!(
        "urn:uuid:{:08x}-{:04x}-{:04x}-{:04x}-{:012x}",
        hi >> 32,
        (hi >> 16) & 0xffff,
        hi & 0xffff,
        lo >> 48,
        lo & 0xffff_ffff_ffff
    )
}

/// The whole Bundle: the Questionnaire, its CodeSystems, the response and,
/// with `observation`, the Observation.
pub fn bundle(answers: &Answers, day: Day, with_observation: bool) -> Value {
    let seed = format!("{day} {:?}", answers.answered().map(|(q, a)| (q.as_str(), a.values())).collect::<Vec<_>>());
    let response_url = urn("QuestionnaireResponse", &seed);
    let mut entries = vec![json!({ "fullUrl": questionnaire_url(), "resource": questionnaire() })];
    for cs in code_systems() {
        entries.push(json!({ "fullUrl": cs["url"].clone(), "resource": cs }));
    }
    entries.push(json!({ "fullUrl": response_url, "resource": response(answers, day) }));
    if with_observation {
        entries.push(
            json!({ "fullUrl": urn("Observation", &seed), "resource": observation(answers, day, &response_url) }),
        );
    }
    json!({ "resourceType": "Bundle", "type": "collection", "entry": entries })
}

/// The Bundle as pretty JSON with a final newline (`assess --fhir`, the
/// reader page's download).
pub fn bundle_json(answers: &Answers, day: Day, with_observation: bool) -> String {
    let mut out = serde_json::to_string_pretty(&bundle(answers, day, with_observation)).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(all(test, feature = "tables"))]
mod tests;
