//! One file per page. Each page reads the catalog and the request, and speaks only of what it
//! shows; shared pieces live in `components/`.

pub mod actors;
pub mod event;
pub mod map;
pub mod not_found;
pub mod present;
pub mod sources;
pub mod threads;
pub mod timeline;
