//! The JSON contract command of spec §7:
//!
//!     cargo run --quiet --example assess < answers.json
//!
//! Assessment JSON on stdout and exit 0; on bad input one line naming the
//! field on stderr, nothing on stdout, exit 2. Never a panic: print macros
//! panic on a closed stream, so every write goes through `write_all`.
//!
//! `--code` prints the hand-off code instead (`docs/handoff-code.md`),
//! dated today in UTC; `--code=2026-12-03` dates it that day.
//! `--summary` prints the clinician summary as plain text instead (the
//! person's download with no clinic set and nothing typed into the plan,
//! dated today in UTC); `--summary=es` in Spanish. `--fhir` prints the
//! FHIR R4 Bundle (Questionnaire, CodeSystems, QuestionnaireResponse and
//! the Observation of the suggested level), authored today in UTC.

use std::io::{Read, Write};
use std::process::ExitCode;

fn main() -> ExitCode {
    // One byte past the limit is enough for `parse` to refuse oversize
    // input; never buffer more than that, whatever is piped in.
    let limit = guide::json::MAX_INPUT as u64 + 1;
    let mut input = Vec::new();
    if let Err(e) = std::io::stdin().lock().take(limit).read_to_end(&mut input) {
        return refuse(&format!("input: could not read standard input: {e}"));
    }
    let answers = match guide::json::parse(&input) {
        Ok(a) => a,
        Err(e) => return refuse(&e.to_string()),
    };
    let out = match std::env::args().nth(1).as_deref() {
        None => guide::json::to_string_pretty(&guide::assess(&answers)) + "\n",
        Some(flag) if flag == "--summary" || flag.starts_with("--summary=") => {
            let today = guide::Day::today_utc().to_string();
            match guide::summary::command_text(&answers, flag.strip_prefix("--summary="), &today) {
                Ok(text) => text,
                Err(e) => return refuse(&e),
            }
        }
        Some("--fhir") => guide::fhir::bundle_json(&answers, guide::Day::today_utc(), true),
        Some(flag) if flag == "--code" || flag.starts_with("--code=") => {
            match guide::handoff::command_line(&answers, flag.strip_prefix("--code=")) {
                Ok(line) => line,
                Err(e) => return refuse(&e),
            }
        }
        Some(other) => {
            return refuse(&format!("unknown option {other:?} (known: --code[=YYYY-MM-DD], --summary[=LANG], --fhir)"))
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush()) {
        Ok(()) => ExitCode::SUCCESS,
        // Whoever closed our stdout has stopped listening; say so quietly.
        Err(_) => ExitCode::FAILURE,
    }
}

fn refuse(line: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr().lock(), "{line}");
    ExitCode::from(2)
}
