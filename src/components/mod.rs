//! Small building blocks shared by the pages.

pub mod back_link;
pub mod choices;
pub mod emergency;
pub mod error_summary;
pub mod heading;
pub mod lang_switch;
pub mod loved_one_guide;
pub mod plan_builder;
pub mod progress;
pub mod quick_exit;
pub mod urgent_banner;
