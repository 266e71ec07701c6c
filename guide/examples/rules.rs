//! Prints the clinician-readable rules table generated from the engine's
//! rule rows:
//!
//!     cargo run --quiet --example rules > docs/care-rules.md

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    match std::io::stdout().lock().write_all(guide::rules::markdown().as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(_) => ExitCode::FAILURE,
    }
}
