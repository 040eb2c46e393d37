//! The public JSON API and the downloads of any view. Thin wrappers over `core::query` and
//! `core::export`: the filters are the timeline page's own.

use crate::core::query::{Notice, Selection};
use crate::core::{export, Catalog, Event, Lang};
use axum::extract::{Path, RawQuery};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use serde_json::json;
use std::sync::Arc;

/// `ok` while the server runs; never kept by a cache.
pub async fn healthz() -> impl IntoResponse {
    ([(header::CACHE_CONTROL, "no-store")], "ok")
}

/// The language asked for with `?lang=fr`; English otherwise.
fn lang_of(raw: &str) -> Lang {
    form_urlencoded::parse(raw.as_bytes())
        .find(|(k, _)| k == "lang")
        .and_then(|(_, v)| Lang::from_code(&v))
        .unwrap_or_default()
}

fn notices_json(notices: &[Notice]) -> serde_json::Value {
    notices
        .iter()
        .map(|n| json!({"param": n.param, "value": n.value, "problem": crate::i18n::problem(Lang::En, n.problem)}))
        .collect()
}

fn selected<'a>(catalog: &'a Catalog, raw: &str) -> (Vec<&'a Event>, Vec<Notice>, Lang) {
    let selection = Selection::parse(raw, catalog);
    let events = selection.positions.iter().map(|&i| &catalog.events[i]).collect();
    (events, selection.notices, lang_of(raw))
}

pub async fn events(Extension(catalog): Extension<Arc<Catalog>>, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let (events, notices, lang) = selected(&catalog, &raw);
    let body = json!({
        "count": events.len(),
        "lang": lang.code(),
        "notices": notices_json(&notices),
        "events": events.iter().map(|e| export::api_event(&catalog, e, lang)).collect::<Vec<_>>(),
    });
    Json(body).into_response()
}

pub async fn event(Extension(catalog): Extension<Arc<Catalog>>, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Response {
    let lang = lang_of(&raw.unwrap_or_default());
    match catalog.event(&id) {
        Some(e) => Json(export::api_event(&catalog, e, lang)).into_response(),
        None => not_found_json(&format!("no event has the id \"{id}\"")),
    }
}

pub fn not_found_json(message: &str) -> Response {
    (StatusCode::NOT_FOUND, Json(json!({"error": message}))).into_response()
}

/// The address this server is reached at, for links inside exported files.
pub fn base_url(headers: &HeaderMap) -> String {
    if let Ok(url) = std::env::var("TIMELINE_PUBLIC_URL") {
        return url.trim_end_matches('/').to_string();
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1:3000");
    let scheme = headers.get("x-forwarded-proto").and_then(|h| h.to_str().ok()).unwrap_or("http");
    format!("{scheme}://{host}")
}

pub async fn export(
    Extension(catalog): Extension<Arc<Catalog>>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
    headers: HeaderMap,
) -> Response {
    let raw = raw.unwrap_or_default();
    let (events, _, lang) = selected(&catalog, &raw);
    let today = chrono::Utc::now().date_naive();
    let (content_type, body) = match file.as_str() {
        "events.csv" => ("text/csv; charset=utf-8", export::csv(&catalog, &events, lang)),
        "events.json" => ("application/json", export::json(&catalog, &events, lang)),
        "events.ics" => ("text/calendar; charset=utf-8", export::icalendar(&catalog, &events, lang, &base_url(&headers), today)),
        "sources.bib" => ("application/x-bibtex; charset=utf-8", export::bibtex(&catalog, &events)),
        _ => return not_found_json(&format!("no export is called \"{file}\"; try events.csv, events.json, events.ics or sources.bib")),
    };
    let disposition = format!("inline; filename=\"mali-timeline-{file}\"");
    ([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
}
