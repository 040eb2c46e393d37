//! The record in other formats: the JSON of the public API, CSV, iCalendar and BibTeX.
//! Every export takes the events a query selected, so any view can be downloaded.

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
                publisher: &s.publisher,
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

pub fn json(catalog: &Catalog, events: &[&Event], lang: Lang) -> String {
    #[derive(Serialize)]
    struct Body<'a> {
        count: usize,
        events: Vec<ApiEvent<'a>>,
    }
    let body = Body { count: events.len(), events: events.iter().map(|e| api_event(catalog, e, lang)).collect() };
    serde_json::to_string(&body).expect("events serialize")
}

fn csv_field(value: &str) -> String {
    if value.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

pub fn csv(catalog: &Catalog, events: &[&Event], lang: Lang) -> String {
    let mut out = String::from("id,date,end_date,precision,title,summary,kind,importance,themes,actors,places,source_urls\r\n");
    for e in events {
        let places: Vec<&str> = e.places.iter().filter_map(|p| catalog.place(p)).map(|p| p.name.get(lang)).collect();
        let urls: Vec<&str> = e.sources.iter().filter_map(|c| catalog.source(&c.source)).map(|s| s.url.as_str()).collect();
        let row = [
            e.id.clone(),
            e.date.iso(),
            e.end.map(|d| d.iso()).unwrap_or_default(),
            e.date.precision().code().to_string(),
            e.title.get(lang).to_string(),
            e.summary.get(lang).to_string(),
            e.kind.id().to_string(),
            e.importance.to_string(),
            e.themes.join(";"),
            e.actors.join(";"),
            places.join(";"),
            urls.join(" "),
        ];
        let row: Vec<String> = row.iter().map(|f| csv_field(f)).collect();
        out.push_str(&row.join(","));
        out.push_str("\r\n");
    }
    out
}

fn ics_escape(value: &str) -> String {
    value.replace('\\', "\\\\").replace(';', "\\;").replace(',', "\\,").replace('\n', "\\n")
}

/// Folds a content line at 75 octets, as RFC 5545 asks.
fn ics_fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
    out
}

/// Each event as an all-day entry (a month- or year-precision event spans its month or year),
/// with its sources in the description.
pub fn icalendar(catalog: &Catalog, events: &[&Event], lang: Lang, base_url: &str, stamp: chrono::NaiveDate) -> String {
    let mut out = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Mali Conflict Timeline//EN\r\nCALSCALE:GREGORIAN\r\n");
    for e in events {
        let start = e.date.first_day();
        let end = e.last_day().succ_opt().unwrap_or(e.last_day());
        let mut description = e.summary.get(lang).to_string();
        description.push_str("\n\n");
        description.push_str(crate::i18n::t(lang, crate::i18n::Msg::Sources));
        description.push(':');
        for s in e.sources.iter().filter_map(|c| catalog.source(&c.source)) {
            description.push_str(&format!("\n- {} ({}): {}", s.title, s.publisher, s.url));
        }
        let url = format!("{base_url}{}", lang.href(&format!("/events/{}", e.id)));
        out.push_str("BEGIN:VEVENT\r\n");
        out.push_str(&ics_fold(&format!("UID:{}@mali-conflict-timeline", e.id)));
        out.push_str(&format!("DTSTAMP:{}T000000Z\r\n", stamp.format("%Y%m%d")));
        out.push_str(&format!("DTSTART;VALUE=DATE:{}\r\n", start.format("%Y%m%d")));
        out.push_str(&format!("DTEND;VALUE=DATE:{}\r\n", end.format("%Y%m%d")));
        out.push_str(&ics_fold(&format!("SUMMARY:{}", ics_escape(e.title.get(lang)))));
        out.push_str(&ics_fold(&format!("DESCRIPTION:{}", ics_escape(&description))));
        out.push_str(&ics_fold(&format!("URL:{url}")));
        out.push_str("END:VEVENT\r\n");
    }
    out.push_str("END:VCALENDAR\r\n");
    out
}

pub(crate) fn bibtex_escape(value: &str) -> String {
    value.replace('\\', "\\textbackslash{}").replace(['{', '}'], "").replace('&', "\\&").replace('%', "\\%").replace('#', "\\#").replace('_', "\\_")
}

/// The sources the selected events cite, each once, as BibTeX `@online` entries.
pub fn bibtex(catalog: &Catalog, events: &[&Event]) -> String {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = String::new();
    for s in events.iter().flat_map(|e| &e.sources).filter_map(|c| catalog.source(&c.source)) {
        if !seen.insert(s.id.as_str()) {
            continue;
        }
        out.push_str(&format!("@online{{{},\n", s.id));
        out.push_str(&format!("  title = {{{}}},\n", bibtex_escape(&s.title)));
        match &s.author {
            Some(author) => out.push_str(&format!("  author = {{{}}},\n", bibtex_escape(author))),
            None => out.push_str(&format!("  author = {{{{{}}}}},\n", bibtex_escape(&s.publisher))),
        }
        out.push_str(&format!("  organization = {{{}}},\n", bibtex_escape(&s.publisher)));
        out.push_str(&format!("  date = {{{}}},\n", s.published.iso()));
        out.push_str(&format!("  url = {{{}}},\n", s.url));
        out.push_str(&format!("  langid = {{{}}},\n", s.language));
        out.push_str("}\n\n");
    }
    out
}
