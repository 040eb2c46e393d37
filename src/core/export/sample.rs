//! A two-event record with awkward text, for the tests of every export format.

use crate::core::catalog::{Catalog, Parts};
use crate::core::model::*;
use crate::core::{HistDate, Text};

pub fn event(id: &str, date: &str, title: &str, summary: &str) -> Event {
    Event {
        id: id.into(),
        date: HistDate::parse(date).unwrap(),
        end: None,
        kind: EventKind::Attack,
        importance: 2,
        themes: vec!["drones".into()],
        actors: vec![],
        places: vec!["menaka".into()],
        title: Text::new(title, title),
        summary: Text::new(summary, summary),
        date_note: None,
        sources: vec![Citation { source: "report".into(), supports: None }],
        contested: vec![],
        updated: None,
    }
}

pub fn source(id: &str, title: &str, publisher: &str, published: &str) -> Source {
    Source {
        id: id.into(),
        url: "https://example.org/a_b?x=1&y=50%25#top".into(),
        title: title.into(),
        publisher: Text::new(publisher, publisher),
        author: None,
        published: HistDate::parse(published).unwrap(),
        language: "fr".into(),
        kind: SourceKind::News,
        note: None,
    }
}

/// A record holding `events`, the place Ménaka and the source `report`.
pub fn catalog(events: Vec<Event>) -> Catalog {
    Catalog::new(Parts {
        events,
        sources: vec![source("report", "Rapport & bilan: 50% des «\u{a0}cas\u{a0}» #1", "Le Monde", "2013-01-11")],
        places: vec![Place {
            id: "menaka".into(),
            name: Text::new("Ménaka", "Ménaka"),
            lat: 15.9,
            lon: 2.4,
            region: Text::new("Ménaka", "Ménaka"),
            country: "ML".into(),
        }],
        ..Parts::default()
    })
}
