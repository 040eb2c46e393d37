//! Reads `data/` into a `Catalog`, checking everything and reporting every problem at once,
//! each with its file, line and field.

use super::catalog::{Catalog, Parts};
use super::date::HistDate;
use super::lang::Text;
use super::model::*;
use serde::Deserialize;
use std::collections::HashMap;
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use toml::Spanned;

/// One problem in the data, located precisely enough to fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DataError {
    pub file: PathBuf,
    pub line: usize,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}: {}", self.file.display(), self.line, self.field, self.message)
    }
}

/// Loads and checks the data folder.
pub fn load_dir(dir: &Path) -> Result<Catalog, Vec<DataError>> {
    let mut loader = Loader::default();
    if !dir.is_dir() {
        return Err(vec![DataError {
            file: dir.to_path_buf(),
            line: 0,
            field: "-".into(),
            message: "the data folder does not exist".into(),
        }]);
    }
    for file in loader.files(&dir.join("themes.toml"), true) {
        loader.read::<ThemeFile>(&file).map(|f| loader.themes(&file, f.theme));
    }
    for file in loader.files(&dir.join("eras.toml"), false) {
        loader.read::<EraFile>(&file).map(|f| loader.eras(&file, f.era));
    }
    for file in loader.files(&dir.join("meta.toml"), false) {
        loader.read::<MetaFile>(&file).map(|f| loader.meta(&file, f));
    }
    for file in loader.folder(dir, "places") {
        loader.read::<PlaceFile>(&file).map(|f| loader.places(&file, f.place));
    }
    for file in loader.folder(dir, "actors") {
        loader.read::<ActorFile>(&file).map(|f| loader.actors(&file, f.actor));
    }
    for file in loader.folder(dir, "sources") {
        loader.read::<SourceFile>(&file).map(|f| loader.sources(&file, f.source));
    }
    for file in loader.folder(dir, "events") {
        loader.read::<EventFile>(&file).map(|f| loader.events(&file, f.event));
    }
    for file in loader.folder(dir, "threads") {
        loader.read::<ThreadFile>(&file).map(|f| loader.threads(&file, f.thread));
    }
    loader.finish()
}

type S<T> = Spanned<T>;
type Ids = Option<S<Vec<S<String>>>>;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawText {
    en: Option<String>,
    fr: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThemeFile {
    #[serde(default)]
    theme: Vec<S<RawTheme>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTheme {
    id: Option<S<String>>,
    name: Option<S<RawText>>,
    description: Option<S<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EraFile {
    #[serde(default)]
    era: Vec<S<RawEra>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEra {
    id: Option<S<String>>,
    name: Option<S<RawText>>,
    from: Option<S<String>>,
    to: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    updated: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PlaceFile {
    #[serde(default)]
    place: Vec<S<RawPlace>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    id: Option<S<String>>,
    name: Option<S<RawText>>,
    lat: Option<S<f64>>,
    lon: Option<S<f64>>,
    region: Option<S<RawText>>,
    country: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ActorFile {
    #[serde(default)]
    actor: Vec<S<RawActor>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActor {
    id: Option<S<String>>,
    name: Option<S<RawText>>,
    acronym: Option<S<String>>,
    expansion: Option<S<String>>,
    kind: Option<S<String>>,
    active_from: Option<S<i64>>,
    active_to: Option<S<i64>>,
    became: Option<S<String>>,
    description: Option<S<RawText>>,
    presence: Option<S<RawPresence>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPresence {
    from: Option<S<String>>,
    to: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SourceFile {
    #[serde(default)]
    source: Vec<S<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSource {
    id: Option<S<String>>,
    url: Option<S<String>>,
    title: Option<S<String>>,
    publisher: Option<S<String>>,
    author: Option<S<String>>,
    published: Option<S<String>>,
    language: Option<S<String>>,
    kind: Option<S<String>>,
    note: Option<S<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EventFile {
    #[serde(default)]
    event: Vec<S<RawEvent>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEvent {
    id: Option<S<String>>,
    date: Option<S<String>>,
    end: Option<S<String>>,
    kind: Option<S<String>>,
    importance: Option<S<i64>>,
    themes: Ids,
    actors: Ids,
    places: Ids,
    title: Option<S<RawText>>,
    summary: Option<S<RawText>>,
    date_note: Option<S<RawText>>,
    #[serde(default)]
    sources: Vec<S<RawCitation>>,
    #[serde(default)]
    contested: Vec<S<RawContested>>,
    updated: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCitation {
    source: Option<S<String>>,
    supports: Option<S<RawText>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContested {
    about: Option<S<RawText>>,
    #[serde(default)]
    claims: Vec<S<RawClaim>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawClaim {
    claim: Option<S<RawText>>,
    /// A table (`by.en`, `by.fr`); read as a value so a one-language string gets a clear error.
    by: Option<S<toml::Value>>,
    source: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ThreadFile {
    #[serde(default)]
    thread: Vec<S<RawThread>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawThread {
    id: Option<S<String>>,
    title: Option<S<RawText>>,
    intro: Option<S<RawText>>,
    events: Ids,
}

/// Where a value stands: enough to point a person at it.
#[derive(Clone, Debug)]
struct Loc {
    file: PathBuf,
    line: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Kind {
    Theme,
    Place,
    Actor,
    Source,
    Event,
    Thread,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Theme => "theme",
            Kind::Place => "place",
            Kind::Actor => "actor",
            Kind::Source => "source",
            Kind::Event => "event",
            Kind::Thread => "thread",
        }
    }
}

/// A reference from one record to another, checked once everything is read.
struct Reference {
    to: Kind,
    id: String,
    at: Loc,
    field: String,
}

#[derive(Default)]
struct Loader {
    errors: Vec<DataError>,
    /// Line starts of each file read, to turn byte offsets into line numbers.
    lines: HashMap<PathBuf, Vec<usize>>,
    ids: HashMap<(Kind, String), Loc>,
    references: Vec<Reference>,
    urls: HashMap<String, (String, Loc)>,
    parts: Parts,
}


fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl Loader {
    fn files(&mut self, path: &Path, required: bool) -> Vec<PathBuf> {
        if path.is_file() {
            vec![path.to_path_buf()]
        } else {
            if required {
                self.errors.push(DataError {
                    file: path.to_path_buf(),
                    line: 0,
                    field: "-".into(),
                    message: "this file is missing".into(),
                });
            }
            Vec::new()
        }
    }

    fn folder(&mut self, dir: &Path, name: &str) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(dir.join(name))
            .map(|entries| {
                entries
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .collect()
            })
            .unwrap_or_default();
        files.sort();
        files
    }

    fn read<T: for<'de> Deserialize<'de>>(&mut self, file: &Path) -> Option<T> {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(e) => {
                self.error_at(Loc { file: file.into(), line: 0 }, "-", format!("cannot be read: {e}"));
                return None;
            }
        };
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1)).collect();
        self.lines.insert(file.to_path_buf(), starts);
        match toml::from_str::<T>(&text) {
            Ok(value) => Some(value),
            Err(e) => {
                let line = e.span().map(|s| self.line(file, s.start)).unwrap_or(0);
                let message = e.message().trim().to_string();
                let field = field_in_message(&message).unwrap_or_else(|| "-".into());
                self.error_at(Loc { file: file.into(), line }, &field, message);
                None
            }
        }
    }

    fn line(&self, file: &Path, offset: usize) -> usize {
        let starts = &self.lines[file];
        starts.partition_point(|&s| s <= offset)
    }

    fn loc(&self, file: &Path, span: Range<usize>) -> Loc {
        Loc { file: file.into(), line: self.line(file, span.start) }
    }

    fn error_at(&mut self, at: Loc, field: &str, message: impl Into<String>) {
        self.errors.push(DataError { file: at.file, line: at.line, field: field.into(), message: message.into() });
    }

    fn missing<T>(&mut self, item: &Loc, field: &str, value: Option<S<T>>) -> Option<S<T>> {
        if value.is_none() {
            self.error_at(item.clone(), field, "is missing");
        }
        value
    }

    /// Registers a record's id, refusing malformed and duplicate ones.
    fn id(&mut self, kind: Kind, file: &Path, item: &Loc, id: Option<S<String>>) -> Option<String> {
        let id = self.missing(item, "id", id)?;
        let at = self.loc(file, id.span());
        let id = id.into_inner();
        if !is_slug(&id) {
            self.error_at(at, "id", format!("\"{id}\" must be lowercase letters, digits and hyphens"));
            return None;
        }
        if let Some(first) = self.ids.get(&(kind, id.clone())) {
            let message = format!("duplicate {} id \"{id}\" (first at {}:{})", kind.name(), first.file.display(), first.line);
            self.error_at(at, "id", message);
            return None;
        }
        self.ids.insert((kind, id.clone()), at);
        Some(id)
    }

    fn text(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<RawText>>) -> Option<Text> {
        let value = self.missing(item, field, value)?;
        let at = self.loc(file, value.span());
        self.text_at(at, field, value.into_inner())
    }

    fn optional_text(&mut self, file: &Path, field: &str, value: Option<S<RawText>>) -> Option<Text> {
        let value = value?;
        let at = self.loc(file, value.span());
        self.text_at(at, field, value.into_inner())
    }

    fn text_at(&mut self, at: Loc, field: &str, raw: RawText) -> Option<Text> {
        let mut ok = true;
        for (lang, value) in [("en", &raw.en), ("fr", &raw.fr)] {
            if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                self.error_at(at.clone(), &format!("{field}.{lang}"), "translation is missing");
                ok = false;
            }
        }
        ok.then(|| Text::new(raw.en.unwrap_or_default(), raw.fr.unwrap_or_default()))
    }

    fn string(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<String>>) -> Option<String> {
        let value = self.missing(item, field, value)?;
        if value.get_ref().trim().is_empty() {
            let at = self.loc(file, value.span());
            self.error_at(at, field, "is empty");
            return None;
        }
        Some(value.into_inner())
    }

    fn date(&mut self, file: &Path, field: &str, value: S<String>) -> Option<HistDate> {
        match HistDate::parse(value.get_ref()) {
            Ok(date) => Some(date),
            Err(e) => {
                let at = self.loc(file, value.span());
                self.error_at(at, field, e.0);
                None
            }
        }
    }

    fn vocabulary<T>(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<String>>, parse: fn(&str) -> Option<T>, all: &[&str]) -> Option<T> {
        let value = self.missing(item, field, value)?;
        let parsed = parse(value.get_ref());
        if parsed.is_none() {
            let at = self.loc(file, value.span());
            self.error_at(at, field, format!("unknown {field} \"{}\" (expected one of: {})", value.get_ref(), all.join(", ")));
        }
        parsed
    }

    fn refer(&mut self, file: &Path, to: Kind, field: &str, id: S<String>) -> String {
        let at = self.loc(file, id.span());
        let id = id.into_inner();
        self.references.push(Reference { to, id: id.clone(), at, field: field.into() });
        id
    }

    fn refer_all(&mut self, file: &Path, item: &Loc, to: Kind, field: &str, ids: Ids, required: bool) -> Vec<String> {
        let list = ids.map(|l| l.into_inner()).unwrap_or_default();
        if required && list.is_empty() {
            self.error_at(item.clone(), field, format!("needs at least one {}", to.name()));
        }
        list.into_iter().map(|id| self.refer(file, to, field, id)).collect()
    }

    fn themes(&mut self, file: &Path, items: Vec<S<RawTheme>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Theme, file, &at, raw.id);
            let name = self.text(file, &at, "name", raw.name);
            let description = self.text(file, &at, "description", raw.description);
            if let (Some(id), Some(name), Some(description)) = (id, name, description) {
                self.parts.themes.push(Theme { id, name, description });
            }
        }
    }

    fn eras(&mut self, file: &Path, items: Vec<S<RawEra>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.string(file, &at, "id", raw.id);
            let name = self.text(file, &at, "name", raw.name);
            let from = self.missing(&at, "from", raw.from).and_then(|d| self.date(file, "from", d));
            let to = raw.to.and_then(|d| self.date(file, "to", d));
            if let (Some(id), Some(name), Some(from)) = (id, name, from) {
                self.parts.eras.push(Era { id, name, from, to });
            }
        }
    }

    fn meta(&mut self, file: &Path, meta: MetaFile) {
        if let Some(updated) = meta.updated.and_then(|d| self.date(file, "updated", d)) {
            self.parts.updated = Some(updated.first_day());
        }
    }

    fn places(&mut self, file: &Path, items: Vec<S<RawPlace>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Place, file, &at, raw.id);
            let name = self.text(file, &at, "name", raw.name);
            let region = self.text(file, &at, "region", raw.region);
            let lat = self.coordinate(file, &at, "lat", raw.lat, 90.0);
            let lon = self.coordinate(file, &at, "lon", raw.lon, 180.0);
            let country = self.string(file, &at, "country", raw.country);
            if let Some(c) = &country {
                if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                    self.error_at(at.clone(), "country", format!("\"{c}\" is not a two-letter ISO country code"));
                }
            }
            if let (Some(id), Some(name), Some(region), Some(lat), Some(lon), Some(country)) = (id, name, region, lat, lon, country) {
                self.parts.places.push(Place { id, name, lat, lon, region, country });
            }
        }
    }

    fn coordinate(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<f64>>, limit: f64) -> Option<f64> {
        let value = self.missing(item, field, value)?;
        let v = *value.get_ref();
        if !(-limit..=limit).contains(&v) {
            let at = self.loc(file, value.span());
            self.error_at(at, field, format!("{v} is outside -{limit}..{limit}"));
            return None;
        }
        Some(v)
    }

    fn actors(&mut self, file: &Path, items: Vec<S<RawActor>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Actor, file, &at, raw.id);
            let name = self.text(file, &at, "name", raw.name);
            let description = self.text(file, &at, "description", raw.description);
            let ids: Vec<&str> = ActorKind::ALL.iter().map(|k| k.id()).collect();
            let kind = self.vocabulary(file, &at, "kind", raw.kind, ActorKind::from_id, &ids);
            let active_from = self.missing(&at, "active_from", raw.active_from).map(|y| *y.get_ref() as i32);
            let active_to = raw.active_to.map(|y| *y.get_ref() as i32);
            if let (Some(from), Some(to)) = (active_from, active_to) {
                if to < from {
                    self.error_at(at.clone(), "active_to", format!("{to} is before active_from {from}"));
                }
            }
            let became = raw.became.map(|b| self.refer(file, Kind::Actor, "became", b));
            let presence = raw.presence.and_then(|p| {
                let p_at = self.loc(file, p.span());
                let p = p.into_inner();
                let from = self.missing(&p_at, "presence.from", p.from)?;
                let from_event = self.refer(file, Kind::Event, "presence.from", from);
                let to_event = p.to.map(|t| self.refer(file, Kind::Event, "presence.to", t));
                Some(Presence { from_event, to_event })
            });
            if let (Some(id), Some(name), Some(description), Some(kind), Some(active_from)) = (id, name, description, kind, active_from) {
                let acronym = raw.acronym.map(Spanned::into_inner);
                let expansion = raw.expansion.map(Spanned::into_inner);
                self.parts.actors.push(Actor { id, name, acronym, expansion, kind, active_from, active_to, became, description, presence });
            }
        }
    }

    fn sources(&mut self, file: &Path, items: Vec<S<RawSource>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Source, file, &at, raw.id);
            let url = self.missing(&at, "url", raw.url).and_then(|u| {
                let u_at = self.loc(file, u.span());
                let url = u.into_inner();
                let scheme_ok = url.starts_with("https://") || url.starts_with("http://");
                if !scheme_ok || url.contains(char::is_whitespace) || url.len() < 12 {
                    self.error_at(u_at, "url", format!("\"{url}\" is not an http(s) address"));
                    return None;
                }
                if let Some((other, first)) = self.urls.get(&url) {
                    let message = format!("same address as source \"{other}\" ({}:{}): reuse that id", first.file.display(), first.line);
                    self.error_at(u_at, "url", message);
                    return None;
                }
                if let Some(id) = &id {
                    self.urls.insert(url.clone(), (id.clone(), u_at));
                }
                Some(url)
            });
            let title = self.string(file, &at, "title", raw.title);
            let publisher = self.string(file, &at, "publisher", raw.publisher);
            let published = self.missing(&at, "published", raw.published).and_then(|d| self.date(file, "published", d));
            let language = self.string(file, &at, "language", raw.language);
            if let Some(l) = &language {
                if !(2..=3).contains(&l.len()) || !l.bytes().all(|b| b.is_ascii_lowercase()) {
                    self.error_at(at.clone(), "language", format!("\"{l}\" is not an ISO 639 language code"));
                }
            }
            let ids: Vec<&str> = SourceKind::ALL.iter().map(|k| k.id()).collect();
            let kind = self.vocabulary(file, &at, "kind", raw.kind, SourceKind::from_id, &ids);
            let note = self.optional_text(file, "note", raw.note);
            if let (Some(id), Some(url), Some(title), Some(publisher), Some(published), Some(language), Some(kind)) =
                (id, url, title, publisher, published, language, kind)
            {
                let author = raw.author.map(Spanned::into_inner);
                self.parts.sources.push(Source { id, url, title, publisher, author, published, language, kind, note });
            }
        }
    }

    fn events(&mut self, file: &Path, items: Vec<S<RawEvent>>) {
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
                if date.precision() != super::date::Precision::Day {
                    self.error_at(u_at, "updated", "give the full day (YYYY-MM-DD)");
                    return None;
                }
                Some(date.first_day())
            });
            if let (Some(id), Some(date), Some(kind), Some(importance), Some(title), Some(summary)) = (id, date, kind, importance, title, summary) {
                self.parts.events.push(Event {
                    id, date, end, kind, importance, themes, actors, places, title, summary, date_note, sources, contested, updated,
                });
            }
        }
    }

    fn citation(&mut self, file: &Path, item: S<RawCitation>) -> Option<Citation> {
        let at = self.loc(file, item.span());
        let raw = item.into_inner();
        let source = self.missing(&at, "sources.source", raw.source)?;
        let source = self.refer(file, Kind::Source, "sources.source", source);
        let supports = self.optional_text(file, "sources.supports", raw.supports);
        Some(Citation { source, supports })
    }

    fn contested(&mut self, file: &Path, item: S<RawContested>) -> Option<Contested> {
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
    fn claimant(&mut self, file: &Path, item: &Loc, value: Option<S<toml::Value>>) -> Option<Text> {
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

    fn threads(&mut self, file: &Path, items: Vec<S<RawThread>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Thread, file, &at, raw.id);
            let title = self.text(file, &at, "title", raw.title);
            let intro = self.text(file, &at, "intro", raw.intro);
            let events = self.refer_all(file, &at, Kind::Event, "events", raw.events, true);
            if let (Some(id), Some(title), Some(intro)) = (id, title, intro) {
                self.parts.threads.push(Thread { id, title, intro, events });
            }
        }
    }

    fn finish(mut self) -> Result<Catalog, Vec<DataError>> {
        for r in std::mem::take(&mut self.references) {
            if !self.ids.contains_key(&(r.to, r.id.clone())) {
                self.error_at(r.at, &r.field, format!("unknown {} \"{}\"", r.to.name(), r.id));
            }
        }
        if !self.errors.is_empty() {
            self.errors.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
            return Err(self.errors);
        }
        Ok(Catalog::new(self.parts))
    }
}

/// Serde names the field in its messages (``missing field `kind` ``, ``unknown field `titel` ``).
fn field_in_message(message: &str) -> Option<String> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(message[start..end].to_string())
}
