//! What every page reads from the request: the catalog, the language, the query string.

use crate::core::{Catalog, Lang};
use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::sync::Arc;

pub fn catalog() -> Arc<Catalog> {
    expect_context::<Arc<Catalog>>()
}

/// The page's language, from its path (`/fr/...` is French).
pub fn use_lang() -> Lang {
    Lang::split_path(&use_location().pathname.get_untracked()).0
}

/// The path of this page without its language prefix, with its query string.
pub fn current_path_and_query() -> (String, String) {
    let location = use_location();
    let path = location.pathname.get_untracked();
    let (_, bare) = Lang::split_path(&path);
    (bare.to_string(), location.search.get_untracked().trim_start_matches('?').to_string())
}

/// Marks a page shown inside another site's frame (`/embed`): its links open outside the
/// frame, since the site's other pages refuse to be framed. Fragment links (`#e-<id>`) are
/// not affected: they still scroll within the frame.
#[derive(Clone, Copy, Debug)]
pub struct Framed;

/// The `target` of a link to another page of the site: a new tab inside a frame, else none.
pub fn link_target() -> Option<&'static str> {
    use_context::<Framed>().map(|_| "_blank")
}

/// The `rel` that goes with `link_target`: the new tab gets no handle on the framing page.
pub fn link_rel() -> Option<&'static str> {
    use_context::<Framed>().map(|_| "noopener")
}

/// A header of the request being rendered, or "" when it has none.
#[cfg(feature = "ssr")]
pub fn request_header(name: axum::http::HeaderName) -> String {
    use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.headers.get(name).and_then(|v| v.to_str().ok()).map(str::to_string))
        .unwrap_or_default()
}

/// A translation function bound to the page's language.
pub fn tr(lang: Lang) -> impl Fn(Msg) -> &'static str + Copy {
    move |msg| t(lang, msg)
}

/// Sets the HTTP status of the response being rendered (404 for unknown pages and ids).
pub fn set_status(code: u16) {
    #[cfg(feature = "ssr")]
    if let Some(options) = use_context::<leptos_axum::ResponseOptions>() {
        options.set_status(axum::http::StatusCode::from_u16(code).unwrap_or(axum::http::StatusCode::NOT_FOUND));
    }
    #[cfg(not(feature = "ssr"))]
    let _ = code;
}

/// Adds the Content-Security-Policy with this response's nonce; `embeddable` lets other
/// sites frame the page (only `/embed`).
pub fn set_security_policy(embeddable: bool) {
    #[cfg(feature = "ssr")]
    if let (Some(options), Some(nonce)) = (use_context::<leptos_axum::ResponseOptions>(), leptos::nonce::use_nonce()) {
        let policy = crate::server::headers::page_csp(&nonce, embeddable);
        if let Ok(value) = axum::http::HeaderValue::from_str(&policy) {
            options.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = embeddable;
}

/// Today's date on the server, where pages are rendered (pages never render in the browser).
pub fn today() -> chrono::NaiveDate {
    #[cfg(feature = "ssr")]
    return chrono::Utc::now().date_naive();
    #[cfg(not(feature = "ssr"))]
    chrono::NaiveDate::default()
}
