//! The only code shipped to the browser (Leptos islands). Every page works without it; the
//! islands only make it quicker: live filtering, keyboard shortcuts, copy buttons, slides.

pub mod copy;
mod dom;
pub mod presenter;
pub mod timeline;
