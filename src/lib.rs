//! kratom-check: the Yew widget and its wasm entry point.
//!
//! Imports run one way: `app` → `pages` → `components` → `hooks`/`view`/
//! `summary`/`wording`/`resources`/`download`/`print`/`leave`/`languages` →
//! `state`/`words`/`config`/`options`/`replay` → `guide`
//! (the engine). `embed` mounts `app`.

pub mod app;
pub mod components;
pub mod config;
pub mod download;
pub mod embed;
pub mod handoff;
pub mod hooks;
pub mod lang_packs;
pub mod leave;
pub mod options;
pub mod pack;
pub mod pages;
pub mod print;
pub mod qr;
pub mod replay;
pub mod resources;
pub mod state;
pub mod summary;
pub mod summary_html;
pub mod view;
pub mod wipe;
pub mod wording;
pub mod words;

/// Freed memory is zeroed first (`wipe.rs`): typed text does not linger in the wasm.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: wipe::ZeroOnFree = wipe::ZeroOnFree;
