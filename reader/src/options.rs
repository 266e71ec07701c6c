//! The page's one clinic option, from its address: `?fhir=1` shows the
//! "Download FHIR file" button (issue 23 item 5: for clinics with an
//! integration engine, not a button every front desk needs). A bookmark
//! carries it; the page's file stays the release's, unedited.

/// Whether the FHIR export is on, and the console warning for a value the
/// page does not know (which leaves it off: the safe default).
pub fn fhir(query: &str) -> (bool, Option<String>) {
    let mut on = false;
    let mut warning = None;
    for pair in query.trim_start_matches('?').split('&') {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        if name != "fhir" {
            continue;
        }
        match value {
            "1" => on = true,
            "0" => on = false,
            other => {
                on = false;
                let shown: String = other.chars().take(20).collect();
                warning = Some(format!("kratom-check reader: fhir={shown:?} is not 1 or 0; the FHIR export stays off"));
            }
        }
    }
    (on, warning)
}

#[cfg(test)]
mod tests {
    use super::fhir;

    #[test]
    fn only_fhir_1_turns_it_on() {
        assert_eq!(fhir(""), (false, None));
        assert_eq!(fhir("?fhir=1"), (true, None));
        assert_eq!(fhir("?x=2&fhir=1"), (true, None));
        assert_eq!(fhir("?fhir=0"), (false, None));
        let (on, warning) = fhir("?fhir=yes");
        assert!(!on);
        assert!(warning.unwrap().contains("\"yes\""));
        assert!(!fhir("?fhir").0, "no value is no");
    }
}
