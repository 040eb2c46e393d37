//! What may be kept, by this server and by shared caches in front of it, and for how long.

use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use leptos::server_fn::redirect::REDIRECT_HEADER;

/// Pages, the API and the exports: a browser reuses them for a minute, then revalidates
/// with its `ETag` (a `304` costs nothing); a shared cache keeps them ten minutes and may
/// serve a stale copy for a day while it fetches a fresh one (the record changes only
/// when the data folder does and the server restarts).
pub const PUBLIC: &str = "public, max-age=60, s-maxage=600, stale-while-revalidate=86400, stale-if-error=86400";
/// Not-found answers are kept more briefly: an id may be added with the next data update.
pub const NOT_FOUND: &str = "public, max-age=60, stale-while-revalidate=600";
/// Built files have their content hash in their names: they never change.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Answers that set a cookie, or that Leptos made for a script, are one reader's own.
pub const PRIVATE: &str = "private, no-store";
/// Errors of the server are never kept.
pub const NO_STORE: &str = "no-store";

/// Statuses whose answer depends only on the request (RFC 9111's heuristically cacheable
/// ones, less the ones this server never sends).
fn status_is_kept(status: StatusCode) -> bool {
    matches!(status.as_u16(), 200 | 203 | 204 | 300 | 301 | 302 | 303 | 307 | 308 | 404 | 405 | 410 | 414)
}

/// Whether a response with this head may be kept and shared. Not when it sets a cookie,
/// says `no-store` or `private`, was compressed by the file server already (a precompressed
/// built file: it is served from disk as it is), or is a server-function redirect (a
/// Leptos answer for scripts, not for readers).
pub fn may_keep(status: StatusCode, headers: &HeaderMap) -> bool {
    let said_no = headers
        .get(header::CACHE_CONTROL)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("no-store") || v.contains("private"));
    status_is_kept(status)
        && !said_no
        && !headers.contains_key(header::SET_COOKIE)
        && !headers.contains_key(header::CONTENT_ENCODING)
        && !headers.contains_key(REDIRECT_HEADER)
}

/// The `Cache-Control` for a response to `path`, unless its handler chose one.
pub fn cache_control(path: &str, status: StatusCode, headers: &HeaderMap) -> Option<HeaderValue> {
    if headers.contains_key(header::CACHE_CONTROL) {
        return None;
    }
    let one_readers = headers.contains_key(header::SET_COOKIE) || headers.contains_key(REDIRECT_HEADER);
    let value = if one_readers {
        PRIVATE
    } else if status.is_server_error() {
        NO_STORE
    } else if path.starts_with("/pkg/") && status.is_success() {
        IMMUTABLE
    } else if status.is_client_error() {
        NOT_FOUND
    } else {
        PUBLIC
    };
    Some(HeaderValue::from_static(value))
}

/// The `Vary` of a response: every request header its render read, and the coding when
/// the cache sends it `compressed`.
pub fn vary(read: &[HeaderName], compressed: bool) -> HeaderValue {
    let mut names = if compressed { vec!["accept-encoding"] } else { vec![] };
    names.extend(read.iter().map(|n| n.as_str()));
    HeaderValue::from_str(&names.join(", ")).expect("header names are valid in a header value")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_that_set_a_cookie_or_failed_are_never_shared() {
        let mut cookie = HeaderMap::new();
        cookie.insert(header::SET_COOKIE, HeaderValue::from_static("lang=fr"));
        assert!(!may_keep(StatusCode::SEE_OTHER, &cookie));
        assert_eq!(cache_control("/lang/fr", StatusCode::SEE_OTHER, &cookie).unwrap(), PRIVATE);
        assert!(!may_keep(StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new()));
        assert_eq!(cache_control("/", StatusCode::INTERNAL_SERVER_ERROR, &HeaderMap::new()).unwrap(), NO_STORE);
        assert!(may_keep(StatusCode::NOT_FOUND, &HeaderMap::new()));
    }
}
