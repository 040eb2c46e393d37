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
    UnknownValue,
    BadDate,
    /// `from` was after `to`: the two were swapped.
    Swapped,
    BadNumber,
    Shortened,
}

/// Parameters that other parts of the site read and the filters leave alone.
const PASSIVE_PARAMS: &[&str] = &["ids", "title", "thread", "slide", "lang"];

impl Query {
    /// Reads a raw query string (`q=gao&theme=drones`). Never fails: what it cannot use is
    /// left out and reported as a `Notice`.
    pub fn parse(query_string: &str, catalog: &Catalog) -> (Query, Vec<Notice>) {
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes())
            .map(|(k, v)| (k.into_owned(), v.trim().to_string()))
            .collect();
        Self::from_pairs(&pairs, catalog)
    }

    pub fn from_pairs(pairs: &[(String, String)], catalog: &Catalog) -> (Query, Vec<Notice>) {
        let mut query = Query { page: 1, ..Query::default() };
        let mut notices = Vec::new();
        let mut note = |param: &str, value: &str, problem| {
            notices.push(Notice { param: param.to_string(), value: value.to_string(), problem })
        };
        for (param, value) in pairs {
            if value.is_empty() {
                continue;
            }
            let known_id = |ok: bool, list: &mut Vec<String>, note: &mut dyn FnMut(&str, &str, Problem)| {
                if !ok {
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
                }
                "theme" => known_id(catalog.theme(value).is_some(), &mut query.themes, &mut note),
                "actor" => known_id(catalog.actor(value).is_some(), &mut query.actors, &mut note),
                "place" => known_id(catalog.place(value).is_some(), &mut query.places, &mut note),
                "kind" => match EventKind::from_id(value) {
                    Some(kind) if !query.kinds.contains(&kind) => query.kinds.push(kind),
                    Some(_) => {}
                    None => note(param, value, Problem::UnknownValue),
                },
                "from" | "to" => match HistDate::parse(value) {
                    Ok(date) if param == "from" => query.from = Some(date),
                    Ok(date) => query.to = Some(date),
                    Err(_) => note(param, value, Problem::BadDate),
                },
                "key" => match value.as_str() {
                    "1" | "true" | "on" | "yes" => query.key_only = true,
                    "0" | "false" | "off" | "no" => query.key_only = false,
                    _ => note(param, value, Problem::UnknownValue),
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
        let terms = search::terms(&self.q);
        let from = self.from.map(HistDate::first_day);
        let to = self.to.map(HistDate::last_day);
        catalog
            .events
            .iter()
            .enumerate()
            .filter(|(i, e)| {
                (!self.key_only || e.is_key())
                    && any_of(&self.themes, &e.themes)
                    && any_of(&self.actors, &e.actors)
                    && any_of(&self.places, &e.places)
                    && (self.kinds.is_empty() || self.kinds.contains(&e.kind))
                    && from.is_none_or(|f| e.last_day() >= f)
                    && to.is_none_or(|t| e.date.first_day() <= t)
                    && (terms.is_empty() || search::matches(catalog.search_text(*i), &terms))
            })
            .map(|(i, _)| i)
            .collect()
    }
}

/// A filter with several values keeps events that have any one of them.
fn any_of(wanted: &[String], has: &[String]) -> bool {
    wanted.is_empty() || wanted.iter().any(|w| has.contains(w))
}

/// What a presentation, handout, embed or export shows: a storyline (`thread=`), a
/// hand-picked list (`ids=a,b,c`, in that order), or else the timeline's filters.
#[derive(Clone, Debug, Default)]
pub struct Selection {
    pub positions: Vec<usize>,
    pub thread: Option<String>,
    /// A title the teacher gave a hand-picked lesson.
    pub title: Option<String>,
    pub query: Query,
    pub notices: Vec<Notice>,
}

impl Selection {
    pub fn parse(query_string: &str, catalog: &Catalog) -> Selection {
        let (query, mut notices) = Query::parse(query_string, catalog);
        let pairs: Vec<(String, String)> = form_urlencoded::parse(query_string.trim_start_matches('?').as_bytes()).into_owned().collect();
        let value = |name: &str| pairs.iter().find(|(k, v)| k == name && !v.trim().is_empty()).map(|(_, v)| v.trim().to_string());
        let title = value("title").map(|t| t.chars().take(120).collect());
        if let Some(id) = value("thread") {
            if let Some(thread) = catalog.thread(&id) {
                let positions = thread.events.iter().filter_map(|e| catalog.event_position(e)).collect();
                return Selection { positions, thread: Some(id), title, query, notices };
            }
            notices.push(Notice { param: "thread".into(), value: id, problem: Problem::UnknownValue });
        }
        let ids: Vec<String> = pairs
            .iter()
            .filter(|(k, _)| k == "ids")
            .flat_map(|(_, v)| v.split(',').map(|s| s.trim().to_string()).collect::<Vec<_>>())
            .filter(|s| !s.is_empty())
            .collect();
        if !ids.is_empty() {
            let mut positions = Vec::new();
            for id in ids {
                match catalog.event_position(&id) {
                    Some(p) if !positions.contains(&p) => positions.push(p),
                    Some(_) => {}
                    None => notices.push(Notice { param: "ids".into(), value: id, problem: Problem::UnknownValue }),
                }
            }
            return Selection { positions, thread: None, title, query, notices };
        }
        Selection { positions: query.apply(catalog), thread: None, title, query, notices }
    }
}
