//! The timeline's filters: parsed from a URL query string, written back to one, and applied
//! to the catalog. The page, the JSON API, the exports and the presentation all use this one
//! implementation of "which events match".

use super::catalog::Catalog;
use super::date::HistDate;
use super::model::{EventKind, Place};
use super::search;

pub const MAX_QUERY_CHARS: usize = 200;

/// At most this many events are put in one page of the list, however large the record.
pub const PAGE_SIZE: usize = 200;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Query {
    pub q: String,
    pub themes: Vec<String>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub kinds: Vec<EventKind>,
    pub from: Option<HistDate>,
    pub to: Option<HistDate>,
    pub key_only: bool,
    /// 1-based page of the list (the page shows at most `PAGE_SIZE` events).
    pub page: usize,
    /// A filter value in the address named nothing we know or was not a date: the query
    /// matches no event (it is never widened to everything) and a `Notice` says why.
    pub unmatchable: bool,
}

/// Something in the address that was ignored or corrected, so the page can say so.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    pub param: String,
    pub value: String,
    pub problem: Problem,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownParameter,
    /// A theme, actor, place, kind, storyline, event or language we do not have.
    UnknownValue,
    BadDate,
    /// `from` was after `to`: the two were swapped.
    Swapped,
    BadNumber,
    Shortened,
    /// A search with no letter or digit in it (only punctuation, or bytes that are not text).
    NoWords,
    /// A parameter other pages read (`thread=`, `ids=`, `slide=`...) that this one does not.
    NotHere,
}

impl Problem {
    /// True when the address asked for something we could not give (the API answers 400 or
    /// 404); false for what was corrected and still gives what was meant (swapped dates, a
    /// shortened search).
    pub fn is_error(self) -> bool {
        !matches!(self, Problem::Swapped | Problem::Shortened)
    }
}

/// Parameters that other parts of the site read and the filters leave alone.
pub const PASSIVE_PARAMS: &[&str] = &["ids", "title", "thread", "slide", "lang"];

/// The pairs of a raw query string (`?` optional), decoded, trimmed and in Unicode NFC, so
/// that a value typed with decomposed accents is the same as one typed composed.
pub fn pairs(query_string: &str) -> Vec<(String, String)> {
    form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes())
        .map(|(k, v)| (search::nfc(k.trim()), search::nfc(v.trim())))
        .collect()
}

/// A notice for each of `names` present in `pairs` with a value: parameters this page does
/// not use, though other pages do.
pub fn not_used_here(pairs: &[(String, String)], names: &[&str]) -> Vec<Notice> {
    pairs
        .iter()
        .filter(|(k, v)| !v.is_empty() && names.contains(&k.as_str()))
        .map(|(k, v)| Notice { param: k.clone(), value: v.clone(), problem: Problem::NotHere })
        .collect()
}

impl Query {
    /// Reads a raw query string (`q=gao&theme=drones`). Never fails: what it cannot use is
    /// left out and reported as a `Notice`.
    pub fn parse(query_string: &str, catalog: &Catalog) -> (Query, Vec<Notice>) {
        Self::from_pairs(&pairs(query_string), catalog)
    }

    pub fn from_pairs(pairs: &[(String, String)], catalog: &Catalog) -> (Query, Vec<Notice>) {
        let mut query = Query { page: 1, ..Query::default() };
        let mut notices = Vec::new();
        let mut note = |param: &str, value: &str, problem| {
            notices.push(Notice { param: param.to_string(), value: value.to_string(), problem })
        };
        let mut unmatchable = false;
        for (param, value) in pairs {
            if value.is_empty() {
                continue;
            }
            let mut known_id = |ok: bool, list: &mut Vec<String>, note: &mut dyn FnMut(&str, &str, Problem)| {
                if !ok {
                    unmatchable = true;
                    note(param, value, Problem::UnknownValue);
                } else if !list.contains(value) {
                    list.push(value.clone());
                }
            };
            match param.as_str() {
                "q" => {
                    if value.chars().count() > MAX_QUERY_CHARS {
                        note(param, value, Problem::Shortened);
                        query.q = value.chars().take(MAX_QUERY_CHARS).collect();
                    } else {
                        query.q = value.clone();
                    }
                    if super::search::terms(&query.q).is_empty() {
                        unmatchable = true;
                        note(param, value, Problem::NoWords);
                    }
                }
                "theme" => known_id(catalog.theme(value).is_some(), &mut query.themes, &mut note),
                "actor" => known_id(catalog.actor(value).is_some(), &mut query.actors, &mut note),
                "place" => known_id(catalog.place(value).is_some(), &mut query.places, &mut note),
                "kind" => match EventKind::from_id(value) {
                    Some(kind) if !query.kinds.contains(&kind) => query.kinds.push(kind),
                    Some(_) => {}
                    None => {
                        unmatchable = true;
                        note(param, value, Problem::UnknownValue)
                    }
                },
                "from" | "to" => match HistDate::parse(value) {
                    Ok(date) if param == "from" => query.from = Some(date),
                    Ok(date) => query.to = Some(date),
                    Err(_) => {
                        unmatchable = true;
                        note(param, value, Problem::BadDate)
                    }
                },
                "key" => match value.as_str() {
                    "1" | "true" | "on" | "yes" => query.key_only = true,
                    "0" | "false" | "off" | "no" => query.key_only = false,
                    _ => {
                        unmatchable = true;
                        note(param, value, Problem::UnknownValue)
                    }
                },
                "page" => match value.parse::<usize>() {
                    Ok(n) if n >= 1 => query.page = n,
                    _ => note(param, value, Problem::BadNumber),
                },
                p if PASSIVE_PARAMS.contains(&p) => {}
                _ => note(param, value, Problem::UnknownParameter),
            }
        }
        if let (Some(from), Some(to)) = (query.from, query.to) {
            if from.first_day() > to.last_day() {
                query.from = Some(to);
                query.to = Some(from);
                note("from", &from.iso(), Problem::Swapped);
            }
        }
        query.unmatchable = unmatchable;
        (query, notices)
    }

    /// The query string that reproduces this query (without `page` unless past the first).
    pub fn to_query_string(&self) -> String {
        let mut out = form_urlencoded::Serializer::new(String::new());
        if !self.q.is_empty() {
            out.append_pair("q", &self.q);
        }
        for t in &self.themes {
            out.append_pair("theme", t);
        }
        for a in &self.actors {
            out.append_pair("actor", a);
        }
        for p in &self.places {
            out.append_pair("place", p);
        }
        for k in &self.kinds {
            out.append_pair("kind", k.id());
        }
        if let Some(from) = self.from {
            out.append_pair("from", &from.iso());
        }
        if let Some(to) = self.to {
            out.append_pair("to", &to.iso());
        }
        if self.key_only {
            out.append_pair("key", "1");
        }
        if self.page > 1 {
            out.append_pair("page", &self.page.to_string());
        }
        out.finish()
    }

    /// The same filters on another page of results.
    pub fn with_page(&self, page: usize) -> Query {
        Query { page, ..self.clone() }
    }

    /// The same filters narrowed to one place (in place of any place filter), first page.
    pub fn with_place(&self, place: &str) -> Query {
        Query { places: vec![place.to_string()], page: 1, ..self.clone() }
    }

    /// The places of the matching events, each with how many of them it has, most first
    /// (then by id). Under a place filter only the filtered places are counted, so every
    /// count is what the timeline shows for `with_place` of that place.
    pub fn place_counts<'c>(&self, catalog: &'c Catalog, matches: &[usize]) -> Vec<(&'c Place, usize)> {
        let mut counts: Vec<(&Place, usize)> = Vec::new();
        for place in matches.iter().flat_map(|&i| &catalog.events[i].places) {
            if !self.places.is_empty() && !self.places.contains(place) {
                continue;
            }
            match counts.iter_mut().find(|(p, _)| &p.id == place) {
                Some((_, n)) => *n += 1,
                None => counts.extend(catalog.place(place).map(|p| (p, 1))),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.id.cmp(&b.0.id)));
        counts
    }

    /// True when no filter is set (the page number does not count).
    pub fn is_unfiltered(&self) -> bool {
        self.with_page(1) == Query { page: 1, ..Query::default() }
    }

    /// Positions (in `catalog.events`) of the matching events, in date order.
    pub fn apply(&self, catalog: &Catalog) -> Vec<usize> {
        let all: Vec<usize> = (0..catalog.events.len()).collect();
        self.keep(catalog, all)
    }

    /// The positions of `positions` whose events match, in the order given.
    pub fn keep(&self, catalog: &Catalog, mut positions: Vec<usize>) -> Vec<usize> {
        if self.unmatchable {
            return Vec::new();
        }
        let terms = search::terms(&self.q);
        let from = self.from.map(HistDate::first_day);
        let to = self.to.map(HistDate::last_day);
        positions.retain(|&i| {
            let e = &catalog.events[i];
            (!self.key_only || e.is_key())
                && any_of(&self.themes, &e.themes)
                && any_of(&self.actors, &e.actors)
                && any_of(&self.places, &e.places)
                && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
                && from.is_none_or(|f| e.last_day() >= f)
                && to.is_none_or(|t| e.date.first_day() <= t)
                && (terms.is_empty() || search::matches(catalog.search_text(i), &terms))
        });
        positions
    }
}

/// A filter with several values keeps events that have any one of them.
fn any_of(wanted: &[String], has: &[String]) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| has.contains(w))
}

/// What a presentation, handout, embed or export shows: a storyline (`thread=`), a
/// hand-picked list (`ids=a,b,c`, in that order), or else the whole record; then narrowed by
/// the timeline's filters, if any. An unknown storyline, or ids none of which exist, select
/// nothing (with a notice), never the whole record.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    pub positions: Vec<usize>,
    pub thread: Option<String>,
    /// A title the teacher gave a hand-picked lesson.
    pub title: Option<String>,
    pub query: Query,
    pub notices: Vec<Notice>,
    /// The storyline or every one of the ids named in the address does not exist.
    missing: bool,
}

impl Selection {
    pub fn parse(query_string: &str, catalog: &Catalog) -> Selection {
        let pairs = pairs(query_string);
        let (query, mut notices) = Query::from_pairs(&pairs, catalog);
        let value = |name: &str| pairs.iter().find(|(k, v)| k == name && !v.is_empty()).map(|(_, v)| v.clone());
        let title = value("title").map(|t| t.chars().take(120).collect());
        let mut selection = Selection { positions: Vec::new(), thread: None, title, query, notices: Vec::new(), missing: false };
        let ids: Vec<String> = pairs
            .iter()
            .filter(|(k, _)| k == "ids")
            .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_string()).collect::<Vec<_>>())
            .filter(|s| !s.is_empty())
            .collect();
        let base: Vec<usize> = if let Some(id) = value("thread") {
            match catalog.thread(&id) {
                Some(thread) => {
                    selection.thread = Some(id);
                    thread.events.iter().filter_map(|e| catalog.event_position(e)).collect()
                }
                None => {
                    notices.push(Notice { param: "thread".into(), value: id, problem: Problem::UnknownValue });
                    selection.missing = true;
                    Vec::new()
                }
            }
        } else if !ids.is_empty() {
            let mut positions = Vec::new();
            for id in ids {
                match catalog.event_position(&id) {
                    Some(p) if !positions.contains(&p) => positions.push(p),
                    Some(_) => {}
                    None => notices.push(Notice { param: "ids".into(), value: id, problem: Problem::UnknownValue }),
                }
            }
            selection.missing = positions.is_empty();
            positions
        } else {
            (0..catalog.events.len()).collect()
        };
        selection.positions = selection.query.keep(catalog, base);
        selection.notices = notices;
        selection
    }

    /// True when the address named a storyline or events that do not exist.
    pub fn is_missing(&self) -> bool {
        self.missing
    }
}
