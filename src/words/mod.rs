//! The widget's own words — buttons, hints, page headings, the quick exit,
//! the language switch — one table per language. The domain wording
//! (questions, answers, reasons, cautions, notes, plan) is the engine's
//! (`guide::text`); these are the widget's chrome around it.

use guide::{Band, Lang, Level, ReasonId, Q};

#[cfg(feature = "tables")]
mod en;
#[cfg(feature = "tables")]
mod es;

#[derive(serde::Serialize, serde::Deserialize)]
pub struct Words {
    pub title: &'static str,
    pub intro: &'static str,
    pub privacy: &'static str,
    pub duration: &'static str,
    pub start: &'static str,
    pub continue_: &'static str,
    pub see_result: &'static str,
    pub back: &'static str,
    pub skip_hint: &'static str,
    pub why_we_ask: &'static str,
    /// "Section {n} of {total}"
    pub section_of: &'static str,
    pub error_summary_title: &'static str,
    /// The start page's error: who the check is for.
    pub error_who: &'static str,
    /// The urgent question's error.
    pub error_urgent: &'static str,
    /// Any other required question's error.
    pub error_choose: &'static str,
    /// Marks a question that needs an answer.
    pub required_hint: &'static str,
    pub urgent_continue: &'static str,
    pub check_heading: &'static str,
    pub check_intro: &'static str,
    /// Heading of the answers list in the downloaded summary.
    pub answers_heading: &'static str,
    /// The printed answers table's column headings: the question, the
    /// answer in words, and the ids (a small code column for clinics' QA).
    pub column_question: &'static str,
    pub column_answer: &'static str,
    pub column_code: &'static str,
    pub change: &'static str,
    pub not_answered: &'static str,
    /// Heading above the plain-words level name on the result page.
    pub level_heading: &'static str,
    pub because_heading: &'static str,
    pub signs_heading: &'static str,
    pub cautions_heading: &'static str,
    pub notes_heading: &'static str,
    pub prereqs_heading: &'static str,
    pub phases_heading: &'static str,
    pub clinic_heading: &'static str,
    /// The result's "what to do now" part: the clinic and who to call.
    pub now_heading: &'static str,
    /// Heading of the level's "what it means in practice" points.
    pub in_practice_heading: &'static str,
    /// The button to the plan page, and that page's heading.
    pub make_plan: &'static str,
    /// "Start over" asks first: the question and its two answers.
    pub start_over_question: &'static str,
    pub start_over_yes: &'static str,
    pub start_over_no: &'static str,
    pub print: &'static str,
    pub download: &'static str,
    pub start_over: &'static str,
    pub quick_exit: &'static str,
    pub quick_exit_hint: &'static str,
    /// Under quick exit when the page is still here after it: what to do.
    pub quick_exit_stuck: &'static str,
    /// The quick exit's label on a phone once the sticky bar also holds the
    /// numbers to call (it keeps the bar one line).
    pub quick_exit_short: &'static str,
    /// While the other language's words download: "Loading {language}…".
    pub lang_loading: &'static str,
    /// When they cannot: says so, and that nothing is lost.
    pub lang_failed: &'static str,
    /// Shown by the loader while the widget loads, above the crisis links of
    /// the element's own fallback (never a failure message while loading).
    pub loading_note: &'static str,
    // The clinician summary (print and download).
    /// Under the title: what the summary is for.
    pub summary_subtitle: &'static str,
    pub date: &'static str,
    /// Heading of the urgent flags, shown first when the level is urgent.
    pub urgent_flags_heading: &'static str,
    /// Label of the level's clinician mapping line (spec §4).
    pub clinician_mapping: &'static str,
    /// The mapping per level; read through [`Words::asam`].
    pub asam_monitor: &'static str,
    pub asam_taper: &'static str,
    pub asam_detox: &'static str,
    pub asam_residential: &'static str,
    pub asam_urgent: &'static str,
    /// The mapping of `taper` as `outpatient_support` (no withdrawal management).
    pub asam_outpatient_support: &'static str,
    /// Label of the taper kind (spec §4).
    pub taper_kind_label: &'static str,
    /// Before the answers behind a reason.
    pub based_on: &'static str,
    pub signs_named: &'static str,
    pub signs_count: &'static str,
    pub signs_band: &'static str,
    pub confidence_heading: &'static str,
    pub confidence: &'static str,
    pub confidence_ok: &'static str,
    pub confidence_low: &'static str,
    pub skipped: &'static str,
    pub unsure: &'static str,
    /// An empty list ("no questions skipped").
    pub none_listed: &'static str,
    /// A plan field nothing was typed into.
    pub left_blank: &'static str,
    /// Quotation marks around the conversation script's lines.
    pub quote_open: &'static str,
    pub quote_close: &'static str,
    // The clinician summary v3 (spec §8).
    /// At the top in loved-one mode: who gave the answers.
    pub reported_by_other: &'static str,
    /// Label of the plain-words level.
    pub level_label: &'static str,
    /// A `monitor` with `frequency` unknown: this check cannot rule out a need.
    pub frequency_unknown: &'static str,
    /// "Ask first": what this check does not know.
    pub ask_first_heading: &'static str,
    /// Always asked, in order.
    pub ask_first: [&'static str; 6],
    /// Asked when `age_band` is unanswered or `prefer_not`.
    pub ask_age: &'static str,
    /// Asked when `medical` has `pregnant_postpartum`.
    pub ask_pregnancy: &'static str,
    /// Asked when a sedative is named in `other_substances`.
    pub ask_sedatives: &'static str,
    /// Asked when `medical` has `other_complex`.
    pub ask_other_condition: &'static str,
    /// "Check these answers": answers that do not fit together.
    pub check_these_heading: &'static str,
    /// Heading of the reasons that set the level.
    pub sets_level_heading: &'static str,
    /// Heading of the reasons that count lower.
    pub also_noted_heading: &'static str,
    /// Label of the level a reason counts at.
    pub counts_at: &'static str,
    /// Where a reason rests on the signs: a pointer to the signs section.
    pub see_signs: &'static str,
    /// The confidence values in words.
    pub confidence_ok_name: &'static str,
    pub confidence_low_name: &'static str,
    /// Each reason's short name, for clinicians, in `ReasonId` order.
    pub reason_names: [(ReasonId, &'static str); ReasonId::ALL.len()],
    /// Each signs band's short name, in `Band` order.
    pub band_names: [(Band, &'static str); Band::ALL.len()],
    /// The opt-in button at the end of the result and plan pages (issue 23).
    pub handoff_show: &'static str,
    /// The same, answering about someone else (when the clinic allows it).
    pub handoff_show_them: &'static str,
    /// Under the button: what the code holds, before it shows.
    pub handoff_hint: &'static str,
    pub handoff_hint_them: &'static str,
    /// The shown code's heading (it takes focus), and the printed code's.
    pub handoff_heading: &'static str,
    pub handoff_holds: &'static str,
    /// "Answers to {n} of {total} questions".
    pub handoff_answers: &'static str,
    /// "The suggested level: {level}".
    pub handoff_level: &'static str,
    /// "The date: {date}" (YYYY-MM-DD).
    pub handoff_date: &'static str,
    pub handoff_not_held: &'static str,
    pub handoff_warning: &'static str,
    /// The QR code's accessible name.
    pub handoff_qr_label: &'static str,
    /// Read by screen readers before the digits.
    pub handoff_digits_label: &'static str,
    /// How the clinic reads it (screen and paper).
    pub handoff_how: &'static str,
    pub handoff_hide: &'static str,
}

/// The widget's words in `lang`. As with the engine's texts, a native build
/// has every language compiled in, and the wasm reads the installed packs.
#[cfg(feature = "tables")]
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        Lang::En => &en::WORDS,
        Lang::Es => &es::WORDS,
    }
}

#[cfg(not(feature = "tables"))]
static INSTALLED: [std::sync::OnceLock<Words>; Lang::ALL.len()] =
    [const { std::sync::OnceLock::new() }; Lang::ALL.len()];

/// Callers check `lang.is_available()` first (the pack brings both these
/// words and the engine's).
#[cfg(not(feature = "tables"))]
pub fn words(lang: Lang) -> &'static Words {
    INSTALLED[lang as usize].get().expect("language pack installed before its words are read")
}

/// Makes `words` `lang`'s widget words for the rest of the page's life.
#[cfg(not(feature = "tables"))]
pub fn install(lang: Lang, words: Words) {
    let _ = INSTALLED[lang as usize].set(words);
}

impl Words {
    /// The error shown when a required question is left empty. Only the
    /// question table says which are required; each has its own words.
    pub fn error_for(&self, q: Q) -> &'static str {
        match q {
            Q::Who => self.error_who,
            Q::UrgentNow => self.error_urgent,
            _ => self.error_choose,
        }
    }

    /// The level's rough place in the ASAM Criteria, for clinicians (spec §4).
    pub fn asam(&self, level: Level) -> &'static str {
        match level {
            Level::Monitor => self.asam_monitor,
            Level::Taper => self.asam_taper,
            Level::Detox => self.asam_detox,
            Level::Residential => self.asam_residential,
            Level::Urgent => self.asam_urgent,
        }
    }

    /// A reason's short name for clinicians.
    pub fn reason_name(&self, id: ReasonId) -> &'static str {
        self.reason_names[id as usize].1
    }

    /// A signs band's short name.
    pub fn band_name(&self, band: Band) -> &'static str {
        self.band_names[band as usize].1
    }

    /// Every field, named, for the completeness tests.
    pub fn all(&self) -> [(&'static str, &'static str); 110] {
        [
            ("title", self.title),
            ("intro", self.intro),
            ("privacy", self.privacy),
            ("duration", self.duration),
            ("start", self.start),
            ("continue", self.continue_),
            ("see_result", self.see_result),
            ("back", self.back),
            ("skip_hint", self.skip_hint),
            ("why_we_ask", self.why_we_ask),
            ("section_of", self.section_of),
            ("error_summary_title", self.error_summary_title),
            ("error_who", self.error_who),
            ("error_urgent", self.error_urgent),
            ("error_choose", self.error_choose),
            ("required_hint", self.required_hint),
            ("urgent_continue", self.urgent_continue),
            ("check_heading", self.check_heading),
            ("check_intro", self.check_intro),
            ("answers_heading", self.answers_heading),
            ("column_question", self.column_question),
            ("column_answer", self.column_answer),
            ("column_code", self.column_code),
            ("change", self.change),
            ("not_answered", self.not_answered),
            ("level_heading", self.level_heading),
            ("because_heading", self.because_heading),
            ("signs_heading", self.signs_heading),
            ("cautions_heading", self.cautions_heading),
            ("notes_heading", self.notes_heading),
            ("prereqs_heading", self.prereqs_heading),
            ("phases_heading", self.phases_heading),
            ("clinic_heading", self.clinic_heading),
            ("now_heading", self.now_heading),
            ("in_practice_heading", self.in_practice_heading),
            ("make_plan", self.make_plan),
            ("start_over_question", self.start_over_question),
            ("start_over_yes", self.start_over_yes),
            ("start_over_no", self.start_over_no),
            ("print", self.print),
            ("download", self.download),
            ("start_over", self.start_over),
            ("quick_exit", self.quick_exit),
            ("quick_exit_hint", self.quick_exit_hint),
            ("quick_exit_stuck", self.quick_exit_stuck),
            ("quick_exit_short", self.quick_exit_short),
            ("lang_loading", self.lang_loading),
            ("lang_failed", self.lang_failed),
            ("loading_note", self.loading_note),
            ("summary_subtitle", self.summary_subtitle),
            ("date", self.date),
            ("urgent_flags_heading", self.urgent_flags_heading),
            ("clinician_mapping", self.clinician_mapping),
            ("asam_monitor", self.asam_monitor),
            ("asam_taper", self.asam_taper),
            ("asam_detox", self.asam_detox),
            ("asam_residential", self.asam_residential),
            ("asam_urgent", self.asam_urgent),
            ("asam_outpatient_support", self.asam_outpatient_support),
            ("taper_kind_label", self.taper_kind_label),
            ("based_on", self.based_on),
            ("signs_named", self.signs_named),
            ("signs_count", self.signs_count),
            ("signs_band", self.signs_band),
            ("confidence_heading", self.confidence_heading),
            ("confidence", self.confidence),
            ("confidence_ok", self.confidence_ok),
            ("confidence_low", self.confidence_low),
            ("skipped", self.skipped),
            ("unsure", self.unsure),
            ("none_listed", self.none_listed),
            ("left_blank", self.left_blank),
            ("quote_open", self.quote_open),
            ("quote_close", self.quote_close),
            ("reported_by_other", self.reported_by_other),
            ("level_label", self.level_label),
            ("frequency_unknown", self.frequency_unknown),
            ("ask_first_heading", self.ask_first_heading),
            ("ask_first_0", self.ask_first[0]),
            ("ask_first_1", self.ask_first[1]),
            ("ask_first_2", self.ask_first[2]),
            ("ask_first_3", self.ask_first[3]),
            ("ask_first_4", self.ask_first[4]),
            ("ask_first_5", self.ask_first[5]),
            ("ask_age", self.ask_age),
            ("ask_pregnancy", self.ask_pregnancy),
            ("ask_sedatives", self.ask_sedatives),
            ("ask_other_condition", self.ask_other_condition),
            ("check_these_heading", self.check_these_heading),
            ("sets_level_heading", self.sets_level_heading),
            ("also_noted_heading", self.also_noted_heading),
            ("counts_at", self.counts_at),
            ("see_signs", self.see_signs),
            ("confidence_ok_name", self.confidence_ok_name),
            ("confidence_low_name", self.confidence_low_name),
            ("handoff_show", self.handoff_show),
            ("handoff_show_them", self.handoff_show_them),
            ("handoff_hint", self.handoff_hint),
            ("handoff_hint_them", self.handoff_hint_them),
            ("handoff_heading", self.handoff_heading),
            ("handoff_holds", self.handoff_holds),
            ("handoff_answers", self.handoff_answers),
            ("handoff_level", self.handoff_level),
            ("handoff_date", self.handoff_date),
            ("handoff_not_held", self.handoff_not_held),
            ("handoff_warning", self.handoff_warning),
            ("handoff_qr_label", self.handoff_qr_label),
            ("handoff_digits_label", self.handoff_digits_label),
            ("handoff_how", self.handoff_how),
            ("handoff_hide", self.handoff_hide),
        ]
    }
}

#[cfg(all(test, feature = "tables"))]
mod tests {
    use super::*;

    #[test]
    fn every_word_is_written_in_every_language() {
        for lang in Lang::ALL {
            for (name, text) in words(lang).all() {
                assert!(!text.trim().is_empty(), "{lang:?} {name}");
            }
        }
        // Spanish is its own text, not a copy of the English (names and
        // "Esc" may coincide; everything else must differ).
        let (en, es) = (words(Lang::En).all(), words(Lang::Es).all());
        for ((name, a), (_, b)) in en.iter().zip(es.iter()) {
            assert_ne!(a, b, "{name} is not translated");
        }
    }

    #[test]
    fn only_the_progress_line_has_placeholders() {
        for lang in Lang::ALL {
            for (name, text) in words(lang).all() {
                let expected: &[&str] = match name {
                    "section_of" => &["{n}", "{total}"],
                    "lang_loading" | "lang_failed" => &["{language}"],
                    "handoff_answers" => &["{n}", "{total}"],
                    "handoff_level" => &["{level}"],
                    "handoff_date" => &["{date}"],
                    _ => &[],
                };
                let found: Vec<&str> =
                    text.match_indices('{').map(|(i, _)| &text[i..i + text[i..].find('}').unwrap() + 1]).collect();
                assert_eq!(found, expected, "{lang:?} {name}");
            }
        }
    }

    #[test]
    fn reason_and_band_names_line_up_with_their_ids() {
        for lang in Lang::ALL {
            let w = words(lang);
            for (i, (id, name)) in w.reason_names.iter().enumerate() {
                assert_eq!(*id, ReasonId::ALL[i], "{lang:?}: reason row {i}");
                assert!(!name.trim().is_empty());
                assert!(!w.reason_names[..i].iter().any(|(_, n)| n == name), "{lang:?}: {name} twice");
            }
            for (i, (band, name)) in w.band_names.iter().enumerate() {
                assert_eq!(*band, Band::ALL[i], "{lang:?}: band row {i}");
                assert!(!name.trim().is_empty());
            }
        }
        let (en, es) = (words(Lang::En), words(Lang::Es));
        for ((id, a), (_, b)) in en.reason_names.iter().zip(es.reason_names.iter()) {
            assert_ne!(a, b, "{id:?} is not translated");
        }
        for ((band, a), (_, b)) in en.band_names.iter().zip(es.band_names.iter()) {
            assert_ne!(a, b, "{band:?} is not translated");
        }
    }

    #[test]
    fn each_required_question_has_its_own_error() {
        let required: Vec<Q> = Q::ALL.into_iter().filter(|q| q.question().required).collect();
        assert!(required.contains(&Q::Who) && required.contains(&Q::UrgentNow), "{required:?}");
        for lang in Lang::ALL {
            let w = words(lang);
            let texts: Vec<_> = required.iter().map(|q| w.error_for(*q)).collect();
            for (i, t) in texts.iter().enumerate() {
                assert!(!texts[..i].contains(t), "{lang:?}: two required questions share an error");
            }
        }
        assert_eq!(words(Lang::En).quick_exit, "Leave this page quickly");
        assert!(words(Lang::En).quick_exit_hint.contains("Esc"));
        assert!(!words(Lang::En).error_who.contains("None of these"), "the start page has no such option");
    }

    #[test]
    fn each_level_maps_to_its_asam_codes_in_every_language() {
        // Spec §4: the codes a clinician reads are the same in any language.
        let codes: [(Level, &[&str]); 5] = [
            (Level::Monitor, &["0.5"]),
            (Level::Taper, &["1", "1-WM"]),
            (Level::Detox, &["2-WM", "3.7-WM"]),
            (Level::Residential, &["3.x"]),
            (Level::Urgent, &[]),
        ];
        for lang in Lang::ALL {
            let w = words(lang);
            for (level, wanted) in codes {
                for code in wanted {
                    assert!(w.asam(level).contains(code), "{lang:?} {level:?} lacks {code}");
                }
            }
            let all: Vec<_> = Level::ALL.iter().map(|l| w.asam(*l)).collect();
            for (i, m) in all.iter().enumerate() {
                assert!(!all[..i].contains(m), "{lang:?}: two levels share a mapping");
            }
            assert_ne!(w.quote_open, w.quote_close);
        }
    }
}
