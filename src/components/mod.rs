//! The building blocks pages are made of. Most are plain functions from what
//! they show to `Html`: no component type, no lifecycle of their own. Those
//! of the start and question pages (the question form, choices, error
//! summary, back link, progress) take plain data (`asked::Asked`, a label, a
//! callback); the rest take the `View`. Focus is the reducer's
//! (`state::Focus`): the element it names carries `data-kc-focus` and the
//! shell's one effect (`hooks::use_focus`) moves focus there. The exceptions
//! are components, which take data and callbacks (never the `View`) and hold
//! a hook: `lang_switch::LangSwitch` (its loading status),
//! `handoff::Handoff` (whether the QR code's part has arrived) and
//! `actions::PrintSummary` (rendered only while printing); the widget's own
//! hooks live in `crate::hooks`.

pub mod actions;
pub mod asked;
pub mod back_link;
pub mod card;
pub mod choices;
pub mod emergency;
pub mod error_summary;
pub mod first_aid;
pub mod handoff;
pub mod heading;
pub mod lang_switch;
pub mod list;
pub mod loved_one_guide;
pub mod plan_builder;
pub mod progress;
pub mod question_form;
pub mod quick_exit;
pub mod urgent_banner;
