#![recursion_limit = "512"]
//! Mali Conflict Timeline.
//!
//! - `core`: the pure domain (data loading, catalog, query, exports), no web framework;
//! - `i18n`: every interface string in English and French;
//! - `app`: the HTML shell and the route table; `routes/`: one file per page;
//!   `components/`: view pieces shared by pages; `islands/`: the only code shipped to browsers;
//! - `server` (feature `ssr`): the axum router, JSON API, exports and security headers.

pub mod app;
pub mod components;
pub mod core;
pub mod i18n;
pub mod islands;
pub mod routes;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
