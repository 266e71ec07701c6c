//! kratom-check: the Yew widget and its wasm entry point.

pub mod app;
pub mod components;
pub mod config;
pub mod context;
pub mod download;
pub mod embed;
pub mod pages;
pub mod state;
pub mod summary;
