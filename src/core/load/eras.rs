//! Eras (`eras.toml`), the periods drawn on the overview strip, and the record's revision
//! date (`meta.toml`).

use super::{Loader, RawText, S};
use crate::core::model::Era;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct EraFile {
    #[serde(default)]
    pub(super) era: Vec<S<RawEra>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawEra {
    pub(super) id: Option<S<String>>,
    pub(super) name: Option<S<RawText>>,
    pub(super) from: Option<S<String>>,
    pub(super) to: Option<S<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct MetaFile {
    pub(super) updated: Option<S<String>>,
}

impl Loader {
    pub(super) fn eras(&mut self, file: &Path, items: Vec<S<RawEra>>) {
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

    pub(super) fn meta(&mut self, file: &Path, meta: MetaFile) {
        if let Some(updated) = meta.updated.and_then(|d| self.date(file, "updated", d)) {
            self.parts.updated = Some(updated.first_day());
        }
    }
}
