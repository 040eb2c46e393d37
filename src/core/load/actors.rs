//! Actors (`actors/*.toml`): glossary cards, their acronyms in each language, what they became
//! and, for foreign forces, the events that open and close their presence.

use super::{Kind, Loader, RawText, S};
use crate::core::model::{Actor, ActorKind, Presence};
use serde::Deserialize;
use std::path::Path;
use toml::Spanned;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ActorFile {
    #[serde(default)]
    pub(super) actor: Vec<S<RawActor>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawActor {
    pub(super) id: Option<S<String>>,
    pub(super) name: Option<S<RawText>>,
    /// A plain string when both languages use it, else `acronym.en` and `acronym.fr`.
    pub(super) acronym: Option<S<toml::Value>>,
    pub(super) expansion: Option<S<String>>,
    pub(super) expansion_lang: Option<S<String>>,
    pub(super) kind: Option<S<String>>,
    pub(super) active_from: Option<S<i64>>,
    pub(super) active_to: Option<S<i64>>,
    pub(super) became: Option<S<String>>,
    pub(super) description: Option<S<RawText>>,
    pub(super) presence: Option<S<RawPresence>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPresence {
    pub(super) from: Option<S<String>>,
    pub(super) to: Option<S<String>>,
}

impl Loader {
    pub(super) fn actors(&mut self, file: &Path, items: Vec<S<RawActor>>) {
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
            let acronym = raw.acronym.and_then(|a| self.same_or_both(file, "acronym", a));
            let expansion_lang = match raw.expansion_lang {
                Some(code) => self.language_tag(file, "expansion_lang", code),
                None => Some("fr".to_string()),
            };
            let expansion = raw.expansion.map(Spanned::into_inner).zip(expansion_lang);
            if let (Some(id), Some(name), Some(description), Some(kind), Some(active_from)) = (id, name, description, kind, active_from) {
                self.parts.actors.push(Actor { id, name, acronym, expansion, kind, active_from, active_to, became, description, presence });
            }
        }
    }
}
