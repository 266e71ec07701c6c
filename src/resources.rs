//! The emergency resources (spec §8) for this embed's numbers: the
//! engine's rules (`guide::resources`, shared with the clinician summary
//! and the clinic's reader page) read with the embed's configuration.

use guide::text::Texts;

pub use guide::resources::{tel, Resource, ResourceId};

use crate::config::Config;

/// The emergency number and the crisis line, with its text link when it
/// has one: what the urgent page and the banner show.
pub fn urgent(config: &Config, texts: &Texts) -> Vec<Resource> {
    guide::resources::urgent(&config.lines(), texts)
}

/// Every resource that shows for this configuration, in order.
pub fn all(config: &Config, texts: &Texts) -> Vec<Resource> {
    guide::resources::all(&config.lines(), texts)
}
