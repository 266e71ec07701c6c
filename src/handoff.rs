//! The hand-off code on screen and on paper: whether it is
//! offered, the code for the journey's answers, and its QR symbol
//! (`crate::qr`) drawn as an inline SVG, with its digits. The format is the engine's
//! (`guide::handoff`, `docs/handoff-code.md`).
//!
//! The QR code is drawn as Yew elements (one `<path>` of the dark modules),
//! not with the `qrcode` crate's SVG renderer: that renderer returns a whole
//! SVG document as a string, which could enter the page only as raw HTML
//! (`innerHTML`), refused under the Trusted Types CSP the widget supports.
//! No canvas and no image URL either: nothing for a CSP to block, nothing
//! fetched.

use guide::{Answers, Assessment, Voice};
use yew::prelude::*;

use crate::config::{Config, HandoffOffer};
use crate::qr::Symbol;

/// Whether the code is offered at all: never when the clinic turned it off,
/// for someone answering about another person only when the clinic allows it.
pub fn offered(config: &Config, voice: Voice) -> bool {
    match config.handoff {
        HandoffOffer::Off => false,
        HandoffOffer::OwnAnswers => voice == Voice::Me,
        HandoffOffer::Everyone => true,
    }
}

/// The code for `answers` and the engine's result, made on `today`
/// (YYYY-MM-DD, the device's day; a day the code cannot carry is left out).
pub fn code(answers: &Answers, assessment: &Assessment, today: &str) -> String {
    guide::handoff::encode(answers, assessment, today.parse().ok())
}

/// Modules of white border around the code: the four the QR standard asks
/// for, so a camera finds the code even on a dark page.
const QUIET_ZONE: usize = 4;

/// `symbol` (the code's QR symbol, `crate::qr`) as an inline SVG named
/// `label`.
pub fn qr(symbol: &Symbol, label: &'static str) -> Html {
    let side = symbol.width + 2 * QUIET_ZONE;
    let view_box = format!("0 0 {side} {side}");
    html! {
        <svg class="kc-qr" viewBox={view_box} role="img" aria-label={label} shape-rendering="crispEdges">
            <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
            <path d={dark_path(symbol)} fill="#000" />
        </svg>
    }
}

/// One path for every dark module: a rectangle per run of dark modules in
/// a row (a few hundred bytes for a version-2 code).
fn dark_path(symbol: &Symbol) -> String {
    let mut d = String::new();
    for (y, row) in symbol.rows().enumerate() {
        let mut x = 0;
        while x < row.len() {
            let run = row[x..].iter().take_while(|dark| **dark).count();
            if run > 0 {
                d.push_str(&format!("M{} {}h{run}v1h-{run}z", x + QUIET_ZONE, y + QUIET_ZONE));
            }
            x += run.max(1);
        }
    }
    d
}

/// The digits under the code, in the groups of four the checksum protects
/// (`KC1 0940 3286 …`), for typing at a front desk.
pub fn grouped(code: &str) -> String {
    guide::handoff::grouped(code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offered_follows_the_clinic_and_the_voice() {
        let mut config = Config::default();
        assert_eq!(config.handoff, HandoffOffer::OwnAnswers, "default: only about one's own use");
        assert!(offered(&config, Voice::Me));
        assert!(!offered(&config, Voice::Them));
        config.handoff = HandoffOffer::Everyone;
        assert!(offered(&config, Voice::Me) && offered(&config, Voice::Them));
        config.handoff = HandoffOffer::Off;
        assert!(!offered(&config, Voice::Me) && !offered(&config, Voice::Them));
    }

    #[test]
    fn the_code_carries_the_day_when_it_can() {
        let mut a = Answers::new();
        a.set(guide::Q::Who, &["self"]).unwrap();
        let back = guide::handoff::decode(&code(&a, &guide::assess(&a), "2026-12-03")).unwrap();
        assert_eq!(back.day.map(|d| d.to_string()).as_deref(), Some("2026-12-03"));
        assert_eq!(back.answers, a);
        assert_eq!(guide::handoff::decode(&code(&a, &guide::assess(&a), "not a day")).unwrap().day, None);
    }

    /// The path draws exactly the dark modules: rebuild the module grid
    /// from the path's runs and compare.
    #[test]
    fn the_path_draws_every_dark_module_and_no_other() {
        let symbol = crate::qr::symbol("KC1094032860016200012300450067008900000000000000001").unwrap();
        let width = symbol.width;
        let mut drawn = vec![false; width * width];
        for run in dark_path(&symbol).split('M').skip(1) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let len: usize = rest.split_once('v').unwrap().0.parse().unwrap();
            let (x, y): (usize, usize) =
                (x.parse::<usize>().unwrap() - QUIET_ZONE, y.parse::<usize>().unwrap() - QUIET_ZONE);
            for i in 0..len {
                assert!(!drawn[y * width + x + i], "drawn twice");
                drawn[y * width + x + i] = true;
            }
        }
        assert_eq!(drawn, symbol.dark);
    }
}
