//! Themes (`themes.toml`): the fixed threads of the story that events name.

use super::{Kind, Loader, RawText, S};
use crate::core::model::Theme;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ThemeFile {
    #[serde(default)]
    pub(super) theme: Vec<S<RawTheme>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTheme {
    pub(super) id: Option<S<String>>,
    pub(super) name: Option<S<RawText>>,
    pub(super) description: Option<S<RawText>>,
}

impl Loader {
    pub(super) fn themes(&mut self, file: &Path, items: Vec<S<RawTheme>>) {
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
}
