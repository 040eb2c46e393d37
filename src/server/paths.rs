//! One address per page: `/actors/` answers with a permanent redirect (308) to `/actors`,
//! for every route (pages, API, exports, files), keeping the query string. Only `/` itself
//! ends with a slash.

use axum::http::{header, HeaderValue, Request, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{body::Body, middleware::Next};

/// Where a path with trailing slashes belongs, or `None` when it has none (or is `/`). The
/// answer is always a path on this site: leading slashes are collapsed to one, so that
/// `//evil.example/` cannot become the address of another site.
pub fn without_trailing_slash(path: &str) -> Option<String> {
    if path == "/" || !path.ends_with('/') {
        return None;
    }
    let trimmed = path.trim_end_matches('/');
    Some(format!("/{}", trimmed.trim_start_matches(['/', '\\'])))
}

pub async fn trailing_slash(request: Request<Body>, next: Next) -> Response {
    let uri = request.uri();
    if let Some(path) = without_trailing_slash(uri.path()) {
        let target = match uri.query() {
            Some(query) => format!("{path}?{query}"),
            None => path,
        };
        if let Ok(location) = HeaderValue::from_str(&target) {
            return (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, location)]).into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_slashes_go_and_the_path_stays_on_this_site() {
        assert_eq!(without_trailing_slash("/actors/").as_deref(), Some("/actors"));
        assert_eq!(without_trailing_slash("/fr/").as_deref(), Some("/fr"));
        assert_eq!(without_trailing_slash("/api/v1/events///").as_deref(), Some("/api/v1/events"));
        assert_eq!(without_trailing_slash("//evil.example/").as_deref(), Some("/evil.example"));
        assert_eq!(without_trailing_slash("/\\evil.example/").as_deref(), Some("/evil.example"));
        assert_eq!(without_trailing_slash("//").as_deref(), Some("/"));
        assert_eq!(without_trailing_slash("/"), None);
        assert_eq!(without_trailing_slash("/actors"), None);
    }
}
