//! Sources (`sources/*.toml`): every page an event cites, each address once.

use super::{Kind, Loader, S};
use crate::core::model::{Source, SourceKind};
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;
use super::RawText;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SourceFile {
    #[serde(default)]
    pub(super) source: Vec<S<RawSource>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    pub(super) id: Option<S<String>>,
    pub(super) url: Option<S<String>>,
    pub(super) title: Option<S<String>>,
    /// A plain string when the name is the same in both languages, else `.en` and `.fr`.
    pub(super) publisher: Option<S<toml::Value>>,
    pub(super) author: Option<S<String>>,
    pub(super) published: Option<S<String>>,
    pub(super) language: Option<S<String>>,
    pub(super) kind: Option<S<String>>,
    pub(super) note: Option<S<RawText>>,
}

impl Loader {
    pub(super) fn sources(&mut self, file: &Path, items: Vec<S<RawSource>>) {
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
            let publisher = self.missing(&at, "publisher", raw.publisher).and_then(|p| self.same_or_both(file, "publisher", p));
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
}
