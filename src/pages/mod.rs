//! One component per page kind.

pub mod check;
pub mod plan;
pub mod question;
pub mod result;
pub mod start;
pub mod urgent;
