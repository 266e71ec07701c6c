//! Contracts about the crate itself rather than about one assessment.

/// The clinicians' table is generated, never edited by hand: regenerate with
/// `cargo run --quiet --example rules > docs/care-rules.md`.
#[test]
fn committed_rules_table_is_up_to_date() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/care-rules.md");
    let committed = std::fs::read_to_string(path).expect("docs/care-rules.md is committed");
    assert!(
        committed == guide::rules::markdown(),
        "docs/care-rules.md is stale: run `cargo run --quiet --example rules > docs/care-rules.md`"
    );
}

#[test]
fn rules_table_lists_every_id_with_a_basis() {
    let md = guide::rules::markdown();
    for id in guide::ReasonId::ALL
        .iter()
        .map(|r| r.as_str())
        .chain(guide::CautionId::ALL.iter().map(|c| c.as_str()))
        .chain(guide::NoteId::ALL.iter().map(|n| n.as_str()))
        .chain(guide::Prereq::ALL.iter().map(|p| p.as_str()))
    {
        let row =
            md.lines().find(|l| l.starts_with(&format!("| `{id}` |"))).unwrap_or_else(|| panic!("no row for {id}"));
        let basis = row.trim_end_matches(" |").rsplit(" | ").next().unwrap();
        // The seed, DSM-5, or (spec v3) public-health practice where the seed is silent.
        let sourced = ["Seed", "DSM-5", "Not in the seed"].iter().any(|s| basis.starts_with(s));
        assert!(sourced, "{id}: basis {basis:?}");
    }
    for flag in ["breathing", "heart", "seizure", "confusion", "suicide"] {
        assert!(md.contains(&format!("`{flag}`")), "{flag}");
    }
}

/// The reason rows follow §4's table, which orders reasons within a level,
/// and cautions follow §5; each id has exactly one row.
#[test]
fn rule_rows_are_in_spec_table_order_and_complete() {
    use guide::rules::{CAUTIONS, NOTES, REASONS};
    let reasons: Vec<&str> = REASONS.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(
        reasons,
        [
            "night_dosing",
            "multiple_daily_doses",
            "severe_mood_on_stopping",
            "psychiatric_risk",
            "withdrawal_derails",
            "severe_withdrawal",
            "extract_use",
            "medical_risk",
            "mixing",
            "environment",
            "broader_pattern",
            "mental_health_flare",
            "time_away",
            "signs_present",
            "daily_use",
            "withdrawal_present",
        ]
    );
    assert_eq!(REASONS.len(), guide::ReasonId::ALL.len());
    assert_eq!(CAUTIONS.iter().map(|r| r.id).collect::<Vec<_>>(), guide::CautionId::ALL.to_vec());
    // Notes: their order is the output order, checked in rules.rs.
    let mut note_ids: Vec<_> = NOTES.iter().map(|r| r.id).collect();
    note_ids.sort();
    assert_eq!(note_ids, guide::NoteId::ALL.to_vec());
    assert_eq!(NOTES.len(), guide::NoteId::ALL.len());
    // `reads` is printed for clinicians: table order, no repeats.
    let reads =
        REASONS.iter().map(|r| r.reads).chain(CAUTIONS.iter().map(|r| r.reads)).chain(NOTES.iter().map(|r| r.reads));
    for r in reads {
        assert!(r.windows(2).all(|w| w[0] < w[1]), "{r:?}");
    }
}

/// The clinicians' table spells out every gate the engine applies.
#[test]
fn rules_table_writes_out_the_gates() {
    let md = guide::rules::markdown();
    for needle in [
        "**Dependence**",
        "**The taper conditions**",
        "**Taper kinds**",
        "**Monotone**",
        "## Contradictions",
        "**Sedatives**",
        "**The residential gate**",
        "## Confidence",
        "`unknown`",
        "| `withdrawal_present` |",
    ] {
        assert!(md.contains(needle), "{needle}");
    }
    for q in guide::rules::gates::DECIDING {
        assert!(md.contains(&format!("`{}`", q.as_str())));
    }
    for id in guide::ContradictionId::ALL {
        assert!(md.contains(&format!("| `{}` |", id.as_str())), "{}", id.as_str());
    }
}

/// The engine must build for the browser without pulling in a web crate
/// (issue 3): read the manifest's dependency tables and look.
#[test]
fn engine_has_no_web_dependency() {
    const WEB: &[&str] = &["yew", "web-sys", "wasm-bindgen", "js-sys", "gloo", "wasm-bindgen-futures", "stdweb"];
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let mut in_deps = false;
    let mut deps = Vec::new();
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line.trim_matches(|c| c == '[' || c == ']').ends_with("dependencies");
            continue;
        }
        if in_deps && !line.is_empty() && !line.starts_with('#') {
            if let Some((name, _)) = line.split_once('=') {
                deps.push(name.trim().trim_matches('"').to_string());
            }
        }
    }
    assert!(deps.contains(&"serde".to_string()), "parser found no dependencies: {deps:?}");
    for d in &deps {
        assert!(!WEB.contains(&d.as_str()) && !d.starts_with("gloo"), "web dependency {d} in guide");
    }
    assert!(!manifest.contains("[target."), "target-specific dependencies need checking too");
}
