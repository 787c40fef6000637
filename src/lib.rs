//! # Sister-city atlas
//!
//! China's sister-city (friendship-city) ties with Japan, South Korea and the United States, drawn
//! as a network on a Pacific-centred map. A pure Rust core, a thin web shell:
//!
//! `data` (CSV rows) → `model` (validated atlas) → `layout` (positions) → `dataset` (atlas,
//! layout and index as one) → `view` (the one view state and its update) → `scene` (what to draw)
//! and `details` (what to say) → `render` (plotters backends); `pick` finds what the pointer is
//! on, `search` what a name means, `export` writes the shown ties as CSV and GeoJSON, and
//! `web`, the only module that knows about the browser, turns events into actions.

pub mod data;
pub mod dataset;
pub mod details;
pub mod export;
pub mod geo;
pub mod geometry;
pub mod labels;
pub mod layout;
pub mod model;
pub mod num;
pub mod pick;
pub mod render;
pub mod scene;
pub mod search;
pub mod synthetic;
pub mod view;

/// The browser shell (wasm only). Public for the in-browser tests, not a stable API.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod web;
