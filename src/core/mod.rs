//! The pure core: domain types, the catalog built from `data/`, and the query that filters it.
//! Nothing in here knows about HTTP or Leptos, so it is tested with plain `#[test]`s.

pub mod catalog;
pub mod cite;
pub mod date;
pub mod export;
pub mod geo;
pub mod lang;
#[cfg(feature = "ssr")]
pub mod load;
pub mod model;
pub mod query;
pub mod search;

pub use catalog::Catalog;
pub use date::{HistDate, Precision};
pub use lang::{Lang, Text};
pub use model::*;
pub use query::{Notice, Query};
