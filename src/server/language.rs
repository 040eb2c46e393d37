//! `/lang/{code}?next=/path`: the language switch. Remembers the reader's choice in a cookie
//! (so the French suggestion is not shown again and `/` opens in the chosen language), then
//! goes back to the same page in that language.

use axum::extract::{Path, Query};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;

pub const COOKIE: &str = "lang";

/// Only paths of this site are followed, never another host: a path that starts with one
/// `/`, without backslashes or control characters (browsers drop tabs and newlines, which
/// would turn `/\t/evil.example` into `//evil.example`). Spaces and non-ASCII characters are
/// percent-encoded so the `Location` header is always valid.
fn safe_next(next: Option<&String>) -> String {
    match next {
        Some(n) if n.starts_with('/') && !n.starts_with("//") && !n.contains('\\') && !n.chars().any(char::is_control) => n
            .bytes()
            .map(|b| if b.is_ascii_graphic() { (b as char).to_string() } else { format!("%{b:02X}") })
            .collect(),
        _ => "/".to_string(),
    }
}

pub async fn choose(Path(code): Path<String>, Query(params): Query<HashMap<String, String>>) -> Response {
    if crate::core::Lang::from_code(&code).is_none() {
        return (StatusCode::NOT_FOUND, "unknown language: use /lang/en or /lang/fr").into_response();
    }
    let cookie = format!("{COOKIE}={code}; Path=/; Max-Age=31536000; SameSite=Lax");
    (StatusCode::SEE_OTHER, [(header::LOCATION, safe_next(params.get("next"))), (header::SET_COOKIE, cookie)]).into_response()
}

/// The language the reader chose earlier, from the request's cookies.
pub fn chosen(cookies: &str) -> Option<crate::core::Lang> {
    cookies.split(';').find_map(|c| c.trim().strip_prefix("lang=")).and_then(crate::core::Lang::from_code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_switch_never_leaves_the_site() {
        assert_eq!(safe_next(Some(&"//evil.example".to_string())), "/");
        assert_eq!(safe_next(Some(&"https://evil.example".to_string())), "/");
        assert_eq!(safe_next(Some(&"/fr/events/x?q=a".to_string())), "/fr/events/x?q=a");
        assert_eq!(safe_next(Some(&"/\t/evil.example".to_string())), "/");
        assert_eq!(safe_next(Some(&"/\r\nSet-Cookie: x=1".to_string())), "/");
        assert_eq!(safe_next(Some(&"/\\evil.example".to_string())), "/");
        assert_eq!(safe_next(Some(&"/fr?q=Ségou b".to_string())), "/fr?q=S%C3%A9gou%20b");
    }
}
