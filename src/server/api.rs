//! The public JSON API and the downloads of any view. Thin wrappers over `core::query` and
//! `core::export`: the filters are the timeline page's own.

use super::config::PublicUrl;
use crate::core::query::{Notice, Problem, Selection};
use crate::core::{export, Catalog, Event, Lang};
use axum::extract::{Path, RawQuery};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde_json::json;
use std::sync::Arc;

/// A JSON answer whose text cannot hold a tag (see `export::html_safe_json`).
fn json_response(status: StatusCode, value: serde_json::Value) -> Response {
    (status, [(header::CONTENT_TYPE, "application/json")], export::html_safe_json(&value)).into_response()
}

pub async fn healthz() -> &'static str {
    "ok"
}

/// The language asked for with `?lang=fr`; English when none is given; a notice for an
/// unknown one (`lang=de`).
fn lang_of(raw: &str) -> Result<Lang, Notice> {
    match crate::core::query::pairs(raw).into_iter().find(|(k, v)| k == "lang" && !v.is_empty()) {
        None => Ok(Lang::default()),
        Some((_, code)) => Lang::from_code(&code).ok_or(Notice { param: "lang".into(), value: code, problem: Problem::UnknownValue }),
    }
}

fn notices_json(notices: &[Notice]) -> serde_json::Value {
    notices
        .iter()
        .map(|n| json!({"param": n.param, "value": n.value, "problem": crate::i18n::problem(Lang::En, n.problem)}))
        .collect()
}

/// The answer for an address that asked for something we do not have: 404 when the
/// storyline or every event it names does not exist, 400 when a parameter was not
/// understood. Never the whole record in its place.
fn refused(status: StatusCode, notices: &[Notice]) -> Response {
    let what = if status == StatusCode::NOT_FOUND { "nothing has this name" } else { "some of the address was not understood" };
    json_response(status, json!({"error": what, "notices": notices_json(notices)}))
}

/// The events the address selects, in its language; or the refusal to send.
fn selected<'a>(catalog: &'a Catalog, raw: &str) -> Result<(Vec<&'a Event>, Vec<Notice>, Lang), Response> {
    let mut selection = Selection::parse(raw, catalog);
    let lang = lang_of(raw).unwrap_or_else(|notice| {
        selection.notices.push(notice);
        Lang::default()
    });
    if selection.is_missing() {
        return Err(refused(StatusCode::NOT_FOUND, &selection.notices));
    }
    if selection.notices.iter().any(|n| n.problem.is_error()) {
        return Err(refused(StatusCode::BAD_REQUEST, &selection.notices));
    }
    let events = selection.positions.iter().map(|&i| &catalog.events[i]).collect();
    Ok((events, selection.notices, lang))
}

pub async fn events(Extension(catalog): Extension<Arc<Catalog>>, RawQuery(raw): RawQuery) -> Response {
    let raw = raw.unwrap_or_default();
    let (events, notices, lang) = match selected(&catalog, &raw) {
        Ok(selected) => selected,
        Err(refusal) => return refusal,
    };
    let body = json!({
        "count": events.len(),
        "lang": lang.code(),
        "notices": notices_json(&notices),
        "events": events.iter().map(|e| export::api_event(&catalog, e, lang)).collect::<Vec<_>>(),
    });
    json_response(StatusCode::OK, body)
}

pub async fn event(Extension(catalog): Extension<Arc<Catalog>>, Path(id): Path<String>, RawQuery(raw): RawQuery) -> Response {
    let lang = match lang_of(&raw.unwrap_or_default()) {
        Ok(lang) => lang,
        Err(notice) => return refused(StatusCode::BAD_REQUEST, &[notice]),
    };
    match catalog.event(&id) {
        Some(e) => json_response(StatusCode::OK, json!(export::api_event(&catalog, e, lang))),
        None => not_found_json(&format!("no event has the id \"{id}\"")),
    }
}

pub fn not_found_json(message: &str) -> Response {
    json_response(StatusCode::NOT_FOUND, json!({"error": message}))
}

/// `/export/{file}`: the selected events as a file. Links inside the files use the site's
/// configured public address, never the request's `Host` or `X-Forwarded-*` headers.
pub async fn export(
    Extension(catalog): Extension<Arc<Catalog>>,
    Extension(public): Extension<PublicUrl>,
    Path(file): Path<String>,
    RawQuery(raw): RawQuery,
) -> Response {
    let raw = raw.unwrap_or_default();
    let (content_type, name) = match file.as_str() {
        "events.csv" => ("text/csv; charset=utf-8", "events.csv"),
        "events.json" => ("application/json", "events.json"),
        "events.ics" => ("text/calendar; charset=utf-8", "events.ics"),
        "sources.bib" => ("application/x-bibtex; charset=utf-8", "sources.bib"),
        _ => return not_found_json(&format!("no export is called \"{file}\"; try events.csv, events.json, events.ics or sources.bib")),
    };
    let (events, _, lang) = match selected(&catalog, &raw) {
        Ok(selected) => selected,
        Err(refusal) => return refusal,
    };
    let today = chrono::Utc::now().date_naive();
    let body = match name {
        "events.csv" => export::csv(&catalog, &events, lang),
        "events.json" => export::json(&catalog, &events, lang),
        "events.ics" => export::icalendar(&catalog, &events, lang, public.origin(), today),
        _ => export::bibtex(&catalog, &events),
    };
    let disposition = format!("inline; filename=\"mali-timeline-{name}\"");
    ([(header::CONTENT_TYPE, content_type.to_string()), (header::CONTENT_DISPOSITION, disposition)], body).into_response()
}
