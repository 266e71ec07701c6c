//! One module per page kind (`state::Page`), picked by `app::Shell`. A page
//! is a plain function of the `View`, except the start and question pages:
//! components, for the draft answer they hold (`hooks::use_draft`), whose
//! props are data and callbacks built by the shell from the journey
//! (`QuestionProps::of`, `StartProps::of`), not the `View`.

pub mod check;
pub mod plan;
pub mod question;
pub mod result;
pub mod start;
pub mod urgent;
