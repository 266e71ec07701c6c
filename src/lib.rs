//! kratom-check: the Yew widget and its wasm entry point.

pub mod app;
pub mod config;
pub mod embed;
