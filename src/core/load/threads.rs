//! Storylines (`threads/*.toml`): an introduction and events in the order they are told.

use super::{Ids, Kind, Loader, RawText, S};
use crate::core::model::Thread;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ThreadFile {
    #[serde(default)]
    pub(super) thread: Vec<S<RawThread>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawThread {
    pub(super) id: Option<S<String>>,
    pub(super) title: Option<S<RawText>>,
    pub(super) intro: Option<S<RawText>>,
    pub(super) events: Ids,
}

impl Loader {
    pub(super) fn threads(&mut self, file: &Path, items: Vec<S<RawThread>>) {
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
}
