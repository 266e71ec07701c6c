//! The emergency resources (spec §8) for a clinic's numbers: which show,
//! what each is called and where its link goes. In the engine, so the
//! widget's result page, urgent page and banner, the clinician summary and
//! the clinic's reader page all say the same; the rules are tested natively.
//!
//! - `emergency`: the emergency number (911 unless the clinic sets one).
//! - `crisis`: the 988 Suicide & Crisis Lifeline by name, with a text link
//!   (`crisis_text`, `sms:988`) and, in Spanish, its Spanish route; any
//!   other crisis line is "the crisis line", with a text link only when the
//!   clinic gives a number for texts.
//! - `helpline`, `poison`: SAMHSA's helpline and Poison Help only in the US
//!   default set (911 with 988); the clinic's own numbers under neutral
//!   names in any set; a refused value leaves the resource out.

use crate::text::Texts;

/// The numbers a clinic configures (the embed's `data-emergency-number`,
/// `data-crisis-line`, `data-crisis-text`, `data-helpline`,
/// `data-poison-line`), already checked by whoever read them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Lines {
    pub emergency_number: String,
    pub crisis_line: String,
    /// A number for texts to the crisis line. Only the 988 Lifeline has a
    /// text link without it (spec §8).
    pub crisis_text: Option<String>,
    /// A substance use helpline (SAMHSA's in the US default set).
    pub helpline: Extra,
    /// A poison help line (Poison Help's in the US default set).
    pub poison_line: Extra,
}

pub const DEFAULT_EMERGENCY: &str = "911";
pub const DEFAULT_CRISIS: &str = "988";

/// The US default set: 911 and the 988 Lifeline, with SAMHSA's helpline
/// and Poison Help.
impl Default for Lines {
    fn default() -> Self {
        Lines {
            emergency_number: DEFAULT_EMERGENCY.into(),
            crisis_line: DEFAULT_CRISIS.into(),
            crisis_text: None,
            helpline: Extra::Default,
            poison_line: Extra::Default,
        }
    }
}

impl Lines {
    /// The US default set: neither the emergency number nor the crisis line
    /// changed (spec §8). Only then do the US-only resources and facts show.
    pub fn us_default_set(&self) -> bool {
        self.emergency_number == DEFAULT_EMERGENCY && self.crisis_line == DEFAULT_CRISIS
    }

    /// The crisis line is the 988 Suicide & Crisis Lifeline: it keeps its
    /// name, its text link and its Spanish route; any other line is named
    /// neutrally.
    pub fn crisis_is_988(&self) -> bool {
        self.crisis_line == DEFAULT_CRISIS
    }
}

/// A resource only the US default set has built in (the helpline, the
/// poison line): the clinic may give its own number, or leave it.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub enum Extra {
    /// Not set: the US number shows only in the US default set.
    #[default]
    Default,
    /// The clinic's number, shown in any set under a neutral name.
    Number(String),
    /// Set to a value that was refused: the resource is left out (a wrong
    /// number is worse than none, and the built-in one may be wrong too).
    Refused,
}

/// Which resource a link is: the value of its `data-resource` hook (§9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResourceId {
    Emergency,
    Crisis,
    CrisisText,
    Helpline,
    Poison,
}

impl ResourceId {
    pub const fn as_str(self) -> &'static str {
        match self {
            ResourceId::Emergency => "emergency",
            ResourceId::Crisis => "crisis",
            ResourceId::CrisisText => "crisis_text",
            ResourceId::Helpline => "helpline",
            ResourceId::Poison => "poison",
        }
    }
}

/// One link: what it says and where it goes (`tel:` or `sms:`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resource {
    pub id: ResourceId,
    pub label: String,
    pub href: String,
}

/// SAMHSA's National Helpline and Poison Help, the US default set's, as
/// people write them: the words show them (`{n}`) and the links dial them,
/// so this is the one place each number is stated.
pub const SAMHSA: &str = "1-800-662-4357";
pub const POISON_HELP: &str = "1-800-222-1222";

/// A `tel:` link for a number as people write it ("+1-555-0100").
pub fn tel(number: &str) -> String {
    format!("tel:{}", dial(number))
}

fn sms(number: &str) -> String {
    format!("sms:{}", dial(number))
}

/// The digits (and a leading +) of a number as people write it.
fn dial(number: &str) -> String {
    number.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect()
}

fn fill(template: &str, number: &str) -> String {
    template.replace("{n}", number)
}

/// The emergency number and the crisis line, with its text link when it
/// has one: what the urgent page and the banner show.
pub fn urgent(lines: &Lines, texts: &Texts) -> Vec<Resource> {
    let e = &texts.emergency;
    let crisis = lines.crisis_line.as_str();
    let mut out = vec![Resource {
        id: ResourceId::Emergency,
        label: fill(e.emergency, &lines.emergency_number),
        href: tel(&lines.emergency_number),
    }];
    if lines.crisis_is_988() {
        out.push(Resource { id: ResourceId::Crisis, label: fill(e.crisis, crisis), href: tel(crisis) });
    } else {
        out.push(Resource { id: ResourceId::Crisis, label: fill(e.crisis_other, crisis), href: tel(crisis) });
    }
    // The clinic's number for texts wins, for the Lifeline too.
    match (lines.crisis_text.as_deref(), lines.crisis_is_988()) {
        (Some(n), _) => {
            let label = if lines.crisis_is_988() { e.crisis_text } else { e.crisis_text_other };
            out.push(Resource { id: ResourceId::CrisisText, label: fill(label, n), href: sms(n) });
        }
        (None, true) => {
            out.push(Resource { id: ResourceId::CrisisText, label: fill(e.crisis_text, crisis), href: sms(crisis) })
        }
        (None, false) => {}
    }
    out
}

/// Every resource that shows for this configuration, in order.
pub fn all(lines: &Lines, texts: &Texts) -> Vec<Resource> {
    let e = &texts.emergency;
    let mut out = urgent(lines, texts);
    let us = lines.us_default_set();
    for (id, extra, us_label, us_number, own_label) in [
        (ResourceId::Helpline, &lines.helpline, e.samhsa, SAMHSA, e.helpline_other),
        (ResourceId::Poison, &lines.poison_line, e.poison, POISON_HELP, e.poison_other),
    ] {
        match extra {
            Extra::Number(n) => out.push(Resource { id, label: fill(own_label, n), href: tel(n) }),
            Extra::Default if us => out.push(Resource { id, label: fill(us_label, us_number), href: tel(us_number) }),
            Extra::Default | Extra::Refused => {}
        }
    }
    out
}

/// Whether the US-only facts apply (the helpline's SAMHSA line in the
/// loved-one guide, "sold without a prescription in the US"): they follow
/// the helpline (spec §8).
pub fn us_facts(lines: &Lines) -> bool {
    lines.us_default_set() && lines.helpline == Extra::Default
}

#[cfg(all(test, feature = "tables"))]
mod tests {
    use super::*;
    use crate::Lang;

    fn ids(r: &[Resource]) -> Vec<&'static str> {
        r.iter().map(|r| r.id.as_str()).collect()
    }
    fn get(r: &[Resource], id: ResourceId) -> &Resource {
        r.iter().find(|r| r.id == id).unwrap_or_else(|| panic!("no {id:?} in {r:?}"))
    }
    fn en(lines: &Lines) -> Vec<Resource> {
        all(lines, Lang::En.texts())
    }

    #[test]
    fn links_dial_the_digits_only() {
        assert_eq!(tel("+1 (555) 010-0100"), "tel:+15550100100");
        assert_eq!(tel("988"), "tel:988");
    }

    #[test]
    fn the_us_default_set_names_the_lifeline_and_has_every_resource() {
        let r = en(&Lines::default());
        assert_eq!(ids(&r), ["emergency", "crisis", "crisis_text", "helpline", "poison"]);
        assert_eq!(get(&r, ResourceId::Emergency).href, "tel:911");
        let crisis = get(&r, ResourceId::Crisis);
        assert_eq!(crisis.href, "tel:988");
        assert!(crisis.label.contains("988") && crisis.label.contains("Suicide & Crisis Lifeline"), "{}", crisis.label);
        assert_eq!(get(&r, ResourceId::CrisisText).href, "sms:988");
        assert_eq!(get(&r, ResourceId::Helpline).href, "tel:18006624357");
        assert_eq!(get(&r, ResourceId::Poison).href, "tel:18002221222");
        assert!(us_facts(&Lines::default()));
    }

    #[test]
    fn spanish_gives_the_lifelines_spanish_route() {
        let r = all(&Lines::default(), Lang::Es.texts());
        assert!(get(&r, ResourceId::Crisis).label.contains("marque 2"));
        assert!(get(&r, ResourceId::CrisisText).label.contains("AYUDA"));
        assert!(!get(&r, ResourceId::Crisis).label.contains("Lifeline"));
    }

    #[test]
    fn another_crisis_line_is_named_neutrally_without_a_text_link() {
        let lines = Lines { crisis_line: "13114".into(), ..Lines::default() };
        for lang in Lang::ALL {
            let r = all(&lines, lang.texts());
            assert_eq!(ids(&r), ["emergency", "crisis"], "not the US set: no helpline, no poison line");
            let crisis = get(&r, ResourceId::Crisis);
            assert_eq!(crisis.href, "tel:13114");
            for word in ["988", "Lifeline", "AYUDA", "marque 2", "Prevención del Suicidio"] {
                assert!(!crisis.label.contains(word), "{lang:?}: {}", crisis.label);
            }
            assert!(crisis.label.contains("13114"));
        }
        // With a number for texts, the text link goes there.
        let lines = Lines { crisis_text: Some("0477131114".into()), ..lines };
        let r = en(&lines);
        assert_eq!(get(&r, ResourceId::CrisisText).href, "sms:0477131114");
        assert!(get(&r, ResourceId::CrisisText).label.contains("0477131114"));
        assert!(!get(&r, ResourceId::CrisisText).label.contains("988"));
    }

    #[test]
    fn a_changed_emergency_number_leaves_the_us_only_resources_out() {
        let lines = Lines { emergency_number: "112".into(), ..Lines::default() };
        let r = en(&lines);
        assert_eq!(ids(&r), ["emergency", "crisis", "crisis_text"]);
        assert_eq!(get(&r, ResourceId::Emergency).href, "tel:112");
        assert!(get(&r, ResourceId::Emergency).label.contains("112"));
        assert!(!us_facts(&lines));
    }

    #[test]
    fn the_clinics_own_helpline_and_poison_line_show_in_any_set_by_neutral_names() {
        let lines = Lines {
            emergency_number: "000".into(),
            crisis_line: "131114".into(),
            helpline: Extra::Number("1800 250 015".into()),
            poison_line: Extra::Number("13 11 26".into()),
            ..Lines::default()
        };
        for lang in Lang::ALL {
            let r = all(&lines, lang.texts());
            assert_eq!(ids(&r), ["emergency", "crisis", "helpline", "poison"]);
            let (h, p) = (get(&r, ResourceId::Helpline), get(&r, ResourceId::Poison));
            assert_eq!((h.href.as_str(), p.href.as_str()), ("tel:1800250015", "tel:131126"));
            assert_eq!(h.label, lang.texts().emergency.helpline_other.replace("{n}", "1800 250 015"));
            assert!(!h.label.contains("SAMHSA") && !p.label.contains("1-800-222-1222"));
        }
        // In the US set too, the clinic's helpline replaces SAMHSA's, and
        // the US-only facts follow it.
        let lines = Lines { helpline: Extra::Number("555-0199".into()), ..Lines::default() };
        let r = en(&lines);
        assert_eq!(get(&r, ResourceId::Helpline).href, "tel:5550199");
        assert!(!us_facts(&lines));
    }

    #[test]
    fn a_refused_value_leaves_the_resource_out() {
        let lines = Lines { helpline: Extra::Refused, poison_line: Extra::Refused, ..Lines::default() };
        assert_eq!(ids(&en(&lines)), ["emergency", "crisis", "crisis_text"]);
        let lines = Lines { poison_line: Extra::Refused, ..Lines::default() };
        assert_eq!(ids(&en(&lines)), ["emergency", "crisis", "crisis_text", "helpline"]);
    }

    #[test]
    fn the_urgent_set_is_the_emergency_number_and_the_crisis_line() {
        let r = urgent(&Lines::default(), Lang::En.texts());
        assert_eq!(ids(&r), ["emergency", "crisis", "crisis_text"]);
    }
}
