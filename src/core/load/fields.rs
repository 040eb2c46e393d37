//! Checks of single values shared by every kind of record: ids, texts in both languages,
//! dates, closed vocabularies and references to other records.

use super::{is_slug, Ids, Kind, Loader, Loc, RawText, Reference, S};
use crate::core::date::HistDate;
use crate::core::lang::Text;
use std::path::Path;

impl Loader {
    pub(super) fn missing<T>(&mut self, item: &Loc, field: &str, value: Option<S<T>>) -> Option<S<T>> {
        if value.is_none() {
            self.error_at(item.clone(), field, "is missing");
        }
        value
    }

    /// Registers a record's id, refusing malformed and duplicate ones.
    pub(super) fn id(&mut self, kind: Kind, file: &Path, item: &Loc, id: Option<S<String>>) -> Option<String> {
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

    pub(super) fn text(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<RawText>>) -> Option<Text> {
        let value = self.missing(item, field, value)?;
        let at = self.loc(file, value.span());
        self.text_at(at, field, value.into_inner())
    }

    pub(super) fn optional_text(&mut self, file: &Path, field: &str, value: Option<S<RawText>>) -> Option<Text> {
        let value = value?;
        let at = self.loc(file, value.span());
        self.text_at(at, field, value.into_inner())
    }

    pub(super) fn text_at(&mut self, at: Loc, field: &str, raw: RawText) -> Option<Text> {
        let mut ok = true;
        for (lang, value) in [("en", &raw.en), ("fr", &raw.fr)] {
            if value.as_deref().is_none_or(|v| v.trim().is_empty()) {
                self.error_at(at.clone(), &format!("{field}.{lang}"), "translation is missing");
                ok = false;
            }
        }
        ok.then(|| Text::new(raw.en.unwrap_or_default(), raw.fr.unwrap_or_default()))
    }

    pub(super) fn string(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<String>>) -> Option<String> {
        let value = self.missing(item, field, value)?;
        if value.get_ref().trim().is_empty() {
            let at = self.loc(file, value.span());
            self.error_at(at, field, "is empty");
            return None;
        }
        Some(value.into_inner())
    }

    pub(super) fn date(&mut self, file: &Path, field: &str, value: S<String>) -> Option<HistDate> {
        match HistDate::parse(value.get_ref()) {
            Ok(date) => Some(date),
            Err(e) => {
                let at = self.loc(file, value.span());
                self.error_at(at, field, e.0);
                None
            }
        }
    }

    pub(super) fn vocabulary<T>(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<String>>, parse: fn(&str) -> Option<T>, all: &[&str]) -> Option<T> {
        let value = self.missing(item, field, value)?;
        let parsed = parse(value.get_ref());
        if parsed.is_none() {
            let at = self.loc(file, value.span());
            self.error_at(at, field, format!("unknown {field} \"{}\" (expected one of: {})", value.get_ref(), all.join(", ")));
        }
        parsed
    }

    pub(super) fn refer(&mut self, file: &Path, to: Kind, field: &str, id: S<String>) -> String {
        let at = self.loc(file, id.span());
        let id = id.into_inner();
        self.references.push(Reference { to, id: id.clone(), at, field: field.into() });
        id
    }

    pub(super) fn refer_all(&mut self, file: &Path, item: &Loc, to: Kind, field: &str, ids: Ids, required: bool) -> Vec<String> {
        let list = ids.map(|l| l.into_inner()).unwrap_or_default();
        if required && list.is_empty() {
            self.error_at(item.clone(), field, format!("needs at least one {}", to.name()));
        }
        list.into_iter().map(|id| self.refer(file, to, field, id)).collect()
    }

    /// Text that is either the same in both languages (a plain string) or given as `.en`
    /// and `.fr`.
    pub(super) fn same_or_both(&mut self, file: &Path, field: &str, value: S<toml::Value>) -> Option<Text> {
        let at = self.loc(file, value.span());
        match value.into_inner() {
            toml::Value::String(s) if !s.trim().is_empty() => Some(Text::new(s.clone(), s)),
            other => match other.try_into::<RawText>() {
                Ok(raw) => self.text_at(at, field, raw),
                Err(_) => {
                    self.error_at(at, field, format!("give one text for both languages, or {field}.en and {field}.fr"));
                    None
                }
            },
        }
    }

    /// A language tag such as `fr`, `ar` or `ar-Latn`.
    pub(super) fn language_tag(&mut self, file: &Path, field: &str, value: S<String>) -> Option<String> {
        let at = self.loc(file, value.span());
        let tag = value.into_inner();
        let mut parts = tag.split('-');
        let language = parts.next().unwrap_or_default();
        let script = parts.next();
        let ok = (2..=3).contains(&language.len())
            && language.bytes().all(|b| b.is_ascii_lowercase())
            && script.is_none_or(|s| s.len() == 4 && s.starts_with(|c: char| c.is_ascii_uppercase()) && s[1..].bytes().all(|b| b.is_ascii_lowercase()))
            && parts.next().is_none();
        if !ok {
            self.error_at(at, field, format!("\"{tag}\" is not a language tag such as fr, ar or ar-Latn"));
            return None;
        }
        Some(tag)
    }
}
