//! The catalog: every record of `data/`, validated, indexed and immutable after start.

use super::model::*;
use super::search::fold;
use super::lang::Lang;
use std::collections::HashMap;

/// Reads as its `Parts` (`catalog.events`, `catalog.sources`, ...) plus lookups by id.
#[derive(Debug, Default)]
pub struct Catalog {
    records: Parts,
    index: Indexes,
}

impl std::ops::Deref for Catalog {
    type Target = Parts;

    fn deref(&self) -> &Parts {
        &self.records
    }
}

#[derive(Debug, Default)]
struct Indexes {
    events: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    actors: HashMap<String, usize>,
    places: HashMap<String, usize>,
    themes: HashMap<String, usize>,
    threads: HashMap<String, usize>,
    /// Folded text of each event (both languages, its actors and places), for search.
    search_text: Vec<String>,
    events_by_source: HashMap<String, Vec<usize>>,
    events_by_actor: HashMap<String, Vec<usize>>,
}

/// Every record of `data/`. In a `Catalog`, events are in date order (then by id), which is
/// the order every list shows.
#[derive(Debug, Default)]
pub struct Parts {
    pub events: Vec<Event>,
    pub sources: Vec<Source>,
    pub actors: Vec<Actor>,
    pub places: Vec<Place>,
    pub themes: Vec<Theme>,
    pub threads: Vec<Thread>,
    pub eras: Vec<Era>,
    /// When the data was last revised, shown in citations.
    pub updated: Option<chrono::NaiveDate>,
}

fn index_of<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items.iter().enumerate().map(|(i, item)| (id(item).to_string(), i)).collect()
}

impl Catalog {
    /// Builds the indexes. The parts must already be valid (`load` checks them).
    pub fn new(mut records: Parts) -> Catalog {
        records.events.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        let mut catalog = Catalog {
            index: Indexes {
                events: index_of(&records.events, |e| &e.id),
                sources: index_of(&records.sources, |s| &s.id),
                actors: index_of(&records.actors, |a| &a.id),
                places: index_of(&records.places, |p| &p.id),
                themes: index_of(&records.themes, |t| &t.id),
                threads: index_of(&records.threads, |t| &t.id),
                ..Indexes::default()
            },
            records,
        };
        let search_text = catalog.events.iter().map(|e| fold(&catalog.searchable_text(e))).collect();
        catalog.index.search_text = search_text;
        for (i, event) in catalog.records.events.iter().enumerate() {
            for citation in &event.sources {
                catalog.index.events_by_source.entry(citation.source.clone()).or_default().push(i);
            }
            for actor in &event.actors {
                catalog.index.events_by_actor.entry(actor.clone()).or_default().push(i);
            }
        }
        catalog
    }

    fn searchable_text(&self, e: &Event) -> String {
        let mut text = format!("{} {} {} {}", e.title.en, e.title.fr, e.summary.en, e.summary.fr);
        for actor in e.actors.iter().filter_map(|id| self.actor(id)) {
            text.push_str(&format!(" {} {}", actor.name.en, actor.name.fr));
            if let Some(acronym) = &actor.acronym {
                text.push_str(&format!(" {} {}", acronym.en, acronym.fr));
            }
        }
        for place in e.places.iter().filter_map(|id| self.place(id)) {
            text.push_str(&format!(" {} {}", place.name.en, place.name.fr));
        }
        text
    }

    pub fn event(&self, id: &str) -> Option<&Event> {
        self.index.events.get(id).map(|&i| &self.events[i])
    }

    pub fn event_position(&self, id: &str) -> Option<usize> {
        self.index.events.get(id).copied()
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.index.sources.get(id).map(|&i| &self.sources[i])
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.index.actors.get(id).map(|&i| &self.actors[i])
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.index.places.get(id).map(|&i| &self.places[i])
    }

    pub fn theme(&self, id: &str) -> Option<&Theme> {
        self.index.themes.get(id).map(|&i| &self.themes[i])
    }

    pub fn thread(&self, id: &str) -> Option<&Thread> {
        self.index.threads.get(id).map(|&i| &self.threads[i])
    }

    pub(crate) fn search_text(&self, position: usize) -> &str {
        &self.index.search_text[position]
    }

    pub fn events_citing(&self, source: &str) -> Vec<&Event> {
        self.positions(self.index.events_by_source.get(source))
    }

    pub fn events_of_actor(&self, actor: &str) -> Vec<&Event> {
        self.positions(self.index.events_by_actor.get(actor))
    }

    fn positions(&self, list: Option<&Vec<usize>>) -> Vec<&Event> {
        list.map(|l| l.iter().map(|&i| &self.events[i]).collect()).unwrap_or_default()
    }

    /// The actors that became this one (Ansar Dine → JNIM).
    pub fn predecessors(&self, actor: &str) -> Vec<&Actor> {
        self.actors.iter().filter(|a| a.became.as_deref() == Some(actor)).collect()
    }

    pub fn actors_sorted(&self, lang: Lang) -> Vec<&Actor> {
        let mut list: Vec<&Actor> = self.actors.iter().collect();
        list.sort_by_cached_key(|a| fold(&a.label(lang)));
        list
    }

    /// Events of a thread, in the order the thread tells them.
    pub fn thread_events(&self, thread: &Thread) -> Vec<&Event> {
        thread.events.iter().filter_map(|id| self.event(id)).collect()
    }

    /// The years the record covers, first to last.
    pub fn years(&self) -> std::ops::RangeInclusive<i32> {
        let first = self.events.first().map(|e| e.date.year()).unwrap_or(2011);
        let last = self.events.iter().map(|e| e.end.unwrap_or(e.date).year()).max().unwrap_or(first);
        first..=last
    }
}
