//! View pieces that several pages share.

pub mod context;
pub mod downloads;
pub mod event_list;
pub mod filters;
pub mod layout;
pub mod map;
pub mod notices;
pub mod overview;
pub mod sources_list;

pub use context::*;
pub use layout::Layout;
