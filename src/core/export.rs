//! The record in other formats: the JSON of the public API, CSV, iCalendar and BibTeX.
//! Every export takes the events a query selected, so any view can be downloaded.
//! Each format lives in its own file beside this one; this file holds the API's JSON.

mod bibtex;
#[cfg(feature = "ssr")]
mod calendar;
#[cfg(feature = "ssr")]
mod csv;
#[cfg(test)]
mod sample;

pub use bibtex::bibtex;
pub(crate) use bibtex::escape as bibtex_escape;
#[cfg(feature = "ssr")]
pub use calendar::icalendar;
#[cfg(feature = "ssr")]
pub use csv::{csv, neutralise};

use super::catalog::Catalog;
use super::lang::Lang;
use super::model::*;
use serde::Serialize;

/// An event as the public API (`/api/v1/events`) gives it.
#[derive(Serialize)]
pub struct ApiEvent<'a> {
    pub id: &'a str,
    pub date: String,
    pub end_date: Option<String>,
    pub precision: &'static str,
    pub title: &'a str,
    pub summary: &'a str,
    pub date_note: Option<&'a str>,
    pub kind: &'static str,
    pub importance: u8,
    pub themes: &'a [String],
    pub actors: &'a [String],
    pub places: Vec<ApiPlace<'a>>,
    pub sources: Vec<ApiSource<'a>>,
    pub contested: Vec<ApiContested<'a>>,
}

#[derive(Serialize)]
pub struct ApiPlace<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub lat: f64,
    pub lon: f64,
}

#[derive(Serialize)]
pub struct ApiSource<'a> {
    pub id: &'a str,
    pub url: &'a str,
    pub title: &'a str,
    pub publisher: &'a str,
    pub author: Option<&'a str>,
    pub published: String,
    pub language: &'a str,
    pub kind: &'static str,
    pub note: Option<&'a str>,
    pub supports: Option<&'a str>,
}

#[derive(Serialize)]
pub struct ApiContested<'a> {
    pub about: &'a str,
    pub claims: Vec<ApiClaim<'a>>,
}

#[derive(Serialize)]
pub struct ApiClaim<'a> {
    pub claim: &'a str,
    pub by: &'a str,
    pub source: Option<&'a str>,
}

pub fn api_event<'a>(catalog: &'a Catalog, e: &'a Event, lang: Lang) -> ApiEvent<'a> {
    ApiEvent {
        id: &e.id,
        date: e.date.iso(),
        end_date: e.end.map(|d| d.iso()),
        precision: e.date.precision().code(),
        title: e.title.get(lang),
        summary: e.summary.get(lang),
        date_note: e.date_note.as_ref().map(|n| n.get(lang)),
        kind: e.kind.id(),
        importance: e.importance,
        themes: &e.themes,
        actors: &e.actors,
        places: e
            .places
            .iter()
            .filter_map(|id| catalog.place(id))
            .map(|p| ApiPlace { id: &p.id, name: p.name.get(lang), lat: p.lat, lon: p.lon })
            .collect(),
        sources: e
            .sources
            .iter()
            .filter_map(|c| catalog.source(&c.source).map(|s| (c, s)))
            .map(|(c, s)| ApiSource {
                id: &s.id,
                url: &s.url,
                title: &s.title,
                publisher: s.publisher.get(lang),
                author: s.author.as_deref(),
                published: s.published.iso(),
                language: &s.language,
                kind: s.kind.id(),
                note: s.note.as_ref().map(|n| n.get(lang)),
                supports: c.supports.as_ref().map(|t| t.get(lang)),
            })
            .collect(),
        contested: e
            .contested
            .iter()
            .map(|c| ApiContested {
                about: c.about.get(lang),
                claims: c
                    .claims
                    .iter()
                    .map(|cl| ApiClaim { claim: cl.claim.get(lang), by: cl.by.get(lang), source: cl.source.as_deref() })
                    .collect(),
            })
            .collect(),
    }
}

/// JSON text that is also safe inside HTML: `<`, `>` and `&` (which JSON allows only inside
/// strings) are written as `\u003c`, `\u003e` and `\u0026`, so that no reader, page or
/// sniffing browser can ever see a tag in it. Any JSON parser reads the same values.
pub fn html_safe_json(value: &impl Serialize) -> String {
    serde_json::to_string(value).expect("the record serializes").replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

pub fn json(catalog: &Catalog, events: &[&Event], lang: Lang) -> String {
    #[derive(Serialize)]
    struct Body<'a> {
        count: usize,
        events: Vec<ApiEvent<'a>>,
    }
    let body = Body { count: events.len(), events: events.iter().map(|e| api_event(catalog, e, lang)).collect() };
    html_safe_json(&body)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_text_never_holds_a_tag_and_parses_to_the_same_value() {
        let value = serde_json::json!({"title": "</script><b>Tom & Jerry</b>", "n": 1});
        let text = html_safe_json(&value);
        assert!(!text.contains(['<', '>', '&']), "{text}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(&text).unwrap(), value);
    }
}
