//! Reads `data/` into a `Catalog`, checking everything and reporting every problem at once,
//! each with its file, line and field.

mod actors;
mod eras;
mod events;
mod fields;
mod places;
mod sources;
mod themes;
mod threads;

use super::catalog::{Catalog, Parts};
use super::date::HistDate;
use super::lang::Text;
use actors::ActorFile;
use eras::{EraFile, MetaFile};
use events::EventFile;
use places::PlaceFile;
use serde::Deserialize;
use sources::SourceFile;
use themes::ThemeFile;
use threads::ThreadFile;
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
    loader.likely_duplicates();
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
    /// Each event's date, titles and where its title stands, for the duplicate check.
    titles: Vec<(HistDate, Text, Loc)>,
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
