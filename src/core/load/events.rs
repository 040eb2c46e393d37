//! Events (`events/*.toml`): the timeline itself, with the sources that back each entry and
//! the contested points, every version with who holds it.

use super::{Kind, Loader, Loc, RawText, S, Ids};
use crate::core::model::{Citation, Claim, Contested, Event, EventKind};
use crate::core::lang::{Lang, Text};
use crate::core::search::fold;
use std::collections::BTreeSet;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EventFile {
    #[serde(default)]
    pub(super) event: Vec<S<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEvent {
    pub(super) id: Option<S<String>>,
    pub(super) date: Option<S<String>>,
    pub(super) end: Option<S<String>>,
    pub(super) kind: Option<S<String>>,
    pub(super) importance: Option<S<i64>>,
    pub(super) themes: Ids,
    pub(super) actors: Ids,
    pub(super) places: Ids,
    pub(super) title: Option<S<RawText>>,
    pub(super) summary: Option<S<RawText>>,
    pub(super) date_note: Option<S<RawText>>,
    #[serde(default)]
    pub(super) sources: Vec<S<RawCitation>>,
    #[serde(default)]
    pub(super) contested: Vec<S<RawContested>>,
    pub(super) updated: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCitation {
    pub(super) source: Option<S<String>>,
    pub(super) supports: Option<S<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawContested {
    pub(super) about: Option<S<RawText>>,
    #[serde(default)]
    pub(super) claims: Vec<S<RawClaim>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawClaim {
    pub(super) claim: Option<S<RawText>>,
    /// A table (`by.en`, `by.fr`); read as a value so a one-language string gets a clear error.
    pub(super) by: Option<S<toml::Value>>,
    pub(super) source: Option<S<String>>,
}

impl Loader {
    pub(super) fn events(&mut self, file: &Path, items: Vec<S<RawEvent>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Event, file, &at, raw.id);
            let date = self.missing(&at, "date", raw.date).and_then(|d| self.date(file, "date", d));
            let end = raw.end.and_then(|e| {
                let e_at = self.loc(file, e.span());
                let end = self.date(file, "end", e)?;
                if date.is_some_and(|d| end.last_day() < d.first_day()) {
                    self.error_at(e_at, "end", format!("{end} is before the start date"));
                    return None;
                }
                Some(end)
            });
            let ids: Vec<&str> = EventKind::ALL.iter().map(|k| k.id()).collect();
            let kind = self.vocabulary(file, &at, "kind", raw.kind, EventKind::from_id, &ids);
            let importance = self.missing(&at, "importance", raw.importance).and_then(|i| {
                let value = *i.get_ref();
                if (1..=3).contains(&value) {
                    Some(value as u8)
                } else {
                    let i_at = self.loc(file, i.span());
                    self.error_at(i_at, "importance", format!("{value} is not 1, 2 or 3"));
                    None
                }
            });
            let themes = self.refer_all(file, &at, Kind::Theme, "themes", raw.themes, true);
            let actors = self.refer_all(file, &at, Kind::Actor, "actors", raw.actors, false);
            let places = self.refer_all(file, &at, Kind::Place, "places", raw.places, false);
            let title_at = raw.title.as_ref().map(|t| self.loc(file, t.span()));
            let title = self.text(file, &at, "title", raw.title);
            let summary = self.text(file, &at, "summary", raw.summary);
            let date_note = self.optional_text(file, "date_note", raw.date_note);
            if raw.sources.is_empty() {
                self.error_at(at.clone(), "sources", "an event needs at least one source");
            }
            let sources = raw.sources.into_iter().filter_map(|c| self.citation(file, c)).collect();
            let contested = raw.contested.into_iter().filter_map(|c| self.contested(file, c)).collect();
            let updated = raw.updated.and_then(|u| {
                let u_at = self.loc(file, u.span());
                let date = self.date(file, "updated", u)?;
                if date.precision() != crate::core::date::Precision::Day {
                    self.error_at(u_at, "updated", "give the full day (YYYY-MM-DD)");
                    return None;
                }
                Some(date.first_day())
            });
            if let (Some(date), Some(title), Some(title_at)) = (date, &title, title_at) {
                self.titles.push((date, title.clone(), title_at));
            }
            if let (Some(id), Some(date), Some(kind), Some(importance), Some(title), Some(summary)) = (id, date, kind, importance, title, summary) {
                self.parts.events.push(Event {
                    id, date, end, kind, importance, themes, actors, places, title, summary, date_note, sources, contested, updated,
                });
            }
        }
    }

    pub(super) fn citation(&mut self, file: &Path, item: S<RawCitation>) -> Option<Citation> {
        let at = self.loc(file, item.span());
        let raw = item.into_inner();
        let source = self.missing(&at, "sources.source", raw.source)?;
        let source = self.refer(file, Kind::Source, "sources.source", source);
        let supports = self.optional_text(file, "sources.supports", raw.supports);
        Some(Citation { source, supports })
    }

    pub(super) fn contested(&mut self, file: &Path, item: S<RawContested>) -> Option<Contested> {
        let at = self.loc(file, item.span());
        let raw = item.into_inner();
        let about = self.text(file, &at, "contested.about", raw.about);
        if raw.claims.is_empty() {
            self.error_at(at.clone(), "contested.claims", "a contested point needs at least one version, with who holds it");
        }
        let claims: Vec<Claim> = raw
            .claims
            .into_iter()
            .filter_map(|c| {
                let c_at = self.loc(file, c.span());
                let c = c.into_inner();
                let claim = self.text(file, &c_at, "contested.claims.claim", c.claim);
                let by = self.claimant(file, &c_at, c.by);
                let source = c.source.map(|s| self.refer(file, Kind::Source, "contested.claims.source", s));
                Some(Claim { claim: claim?, by: by?, source })
            })
            .collect();
        Some(Contested { about: about?, claims })
    }

    /// Who holds a contested version: text in both languages, written to follow "according to".
    pub(super) fn claimant(&mut self, file: &Path, item: &Loc, value: Option<S<toml::Value>>) -> Option<Text> {
        let field = "contested.claims.by";
        let value = self.missing(item, field, value)?;
        let at = self.loc(file, value.span());
        match value.into_inner().try_into::<RawText>() {
            Ok(raw) => self.text_at(at, field, raw),
            Err(_) => {
                let message = "give who holds this version in both languages, as by.en and by.fr (\"the Malian army\" / \"l'armée malienne\")";
                self.error_at(at, field, message);
                None
            }
        }
    }

    /// Two events on the same date whose titles share most of their words, in either
    /// language, are most likely one event entered twice.
    pub(super) fn likely_duplicates(&mut self) {
        let titles = std::mem::take(&mut self.titles);
        for (i, (date, title, at)) in titles.iter().enumerate() {
            let first = titles[..i].iter().find(|(d, t, _)| d == date && Lang::ALL.iter().any(|&l| similar(t.get(l), title.get(l))));
            if let Some((_, _, first)) = first {
                let message = format!(
                    "likely duplicate of the event at {}:{} (same date, nearly the same title): merge the two, or make the titles say how they differ",
                    first.file.display(),
                    first.line
                );
                self.error_at(at.clone(), "title", message);
            }
        }
    }
}

/// Words that carry a title's meaning: folded, three letters or more, no common small words.
fn title_words(title: &str) -> BTreeSet<String> {
    const SMALL: [&str; 16] = ["the", "and", "for", "with", "from", "its", "their", "des", "les", "une", "aux", "par", "pour", "dans", "sur", "est"];
    fold(title).split(' ').filter(|w| w.chars().count() >= 3 && !SMALL.contains(w)).map(str::to_string).collect()
}

/// At least half of the two titles' words in common (Jaccard index), and two words at least.
fn similar(a: &str, b: &str) -> bool {
    let (a, b) = (title_words(a), title_words(b));
    let shared = a.intersection(&b).count();
    let all = a.union(&b).count();
    shared >= 2 && shared * 2 >= all
}
