//! The HTTP server: configuration, the router (`app`) that `main` and the tests share,
//! the JSON API and exports, the response cache, and the headers every response carries.

pub mod api;
pub mod cache;
pub mod config;
pub mod headers;
pub mod language;
pub mod paths;
pub mod startup;
pub mod typography;

pub use config::{Config, PublicUrl};
pub use startup::{app, app_with_cache, serve, shutdown_signal};
