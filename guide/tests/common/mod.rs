//! Helpers shared by the engine's integration tests. Expected values in the
//! tests are written as the spec's string ids, so a test reads like the
//! spec and does not reuse the engine's own enums to decide what is right.
#![allow(dead_code)]

pub mod draw;
pub mod severity;

use guide::{Answers, Assessment};
use serde_json::Value;

/// Answers from a JSON literal, through the public parser.
pub fn answers(v: Value) -> Answers {
    let bytes = serde_json::to_vec(&v).unwrap();
    match guide::json::parse(&bytes) {
        Ok(a) => a,
        Err(e) => panic!("test input refused: {e}"),
    }
}

pub fn run(v: Value) -> Assessment {
    guide::assess(&answers(v))
}

/// Everything in an assessment as plain strings.
#[derive(Debug, PartialEq, Eq, Default)]
pub struct Summary {
    pub level: String,
    pub urgent: Vec<String>,
    pub reasons: Vec<(String, Vec<String>)>,
    pub prereqs: Vec<String>,
    pub cautions: Vec<(String, Vec<String>)>,
    pub notes: Vec<String>,
}

pub fn summary(x: &Assessment) -> Summary {
    let qs = |b: &[guide::Q]| b.iter().map(|q| q.as_str().to_string()).collect::<Vec<_>>();
    Summary {
        level: x.care_level.as_str().into(),
        urgent: x.urgent_flags.iter().map(|s| s.to_string()).collect(),
        reasons: x.reasons.iter().map(|r| (r.id.as_str().to_string(), qs(&r.because))).collect(),
        prereqs: x.taper_prerequisites_unmet.iter().map(|p| p.as_str().to_string()).collect(),
        cautions: x.cautions.iter().map(|c| (c.id.as_str().to_string(), qs(&c.because))).collect(),
        notes: x.notes.iter().map(|n| n.as_str().to_string()).collect(),
    }
}

/// `[("id", &["q", ...]), ...]` → owned pairs, for building expectations.
pub fn ids_because(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    list.iter().map(|(id, b)| (id.to_string(), b.iter().map(|s| s.to_string()).collect())).collect()
}

pub fn strs(list: &[&str]) -> Vec<String> {
    list.iter().map(|s| s.to_string()).collect()
}

pub fn reason_ids(x: &Assessment) -> Vec<&'static str> {
    x.reasons.iter().map(|r| r.id.as_str()).collect()
}

pub fn because_of(x: &Assessment, id: &str) -> Option<Vec<&'static str>> {
    x.reasons.iter().find(|r| r.id.as_str() == id).map(|r| r.because.iter().map(|q| q.as_str()).collect())
}

pub fn caution_because(x: &Assessment, id: &str) -> Option<Vec<&'static str>> {
    x.cautions.iter().find(|c| c.id.as_str() == id).map(|c| c.because.iter().map(|q| q.as_str()).collect())
}

pub fn note_ids(x: &Assessment) -> Vec<&'static str> {
    x.notes.iter().map(|n| n.as_str()).collect()
}
