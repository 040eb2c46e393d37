//! The domain: events, the sources that back them, and the actors, places, themes and
//! storylines they refer to. Values here are already validated (see `load`).

use super::date::HistDate;
use super::lang::{Lang, Text};
use serde::{Deserialize, Serialize};

/// Declares a closed vocabulary whose ids are the kebab-case names used in `data/`.
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        pub enum $name { $(#[serde(rename = $id)] $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            pub fn from_id(id: &str) -> Option<$name> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }
    };
}

vocabulary!(
    /// What kind of thing happened.
    EventKind {
        Attack = "attack", Battle = "battle", Capture = "capture", Coup = "coup",
        Agreement = "agreement", Resolution = "resolution", Deployment = "deployment",
        Withdrawal = "withdrawal", Election = "election", Referendum = "referendum",
        Strike = "strike", Massacre = "massacre", Announcement = "announcement",
        Sanctions = "sanctions", Founding = "founding", Killing = "killing",
        Accident = "accident", Death = "death",
        Kidnapping = "kidnapping", Displacement = "displacement", Declaration = "declaration",
        Political = "political", Report = "report",
    }
);

vocabulary!(
    /// What kind of document a source is, which tells readers how to weigh it.
    SourceKind {
        Official = "official", News = "news", Report = "report", Analysis = "analysis",
        Reference = "reference", Opinion = "opinion",
    }
);

vocabulary!(
    ActorKind {
        State = "state", StateForce = "state-force", ArmedGroup = "armed-group",
        RebelMovement = "rebel-movement", PrivateMilitary = "private-military",
        InternationalMission = "international-mission", RegionalBody = "regional-body",
        Political = "political", Person = "person",
    }
);

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Event {
    pub id: String,
    pub date: HistDate,
    pub end: Option<HistDate>,
    pub kind: EventKind,
    /// 1 = turning point every overview shows, 3 = detail.
    pub importance: u8,
    pub themes: Vec<String>,
    pub actors: Vec<String>,
    pub places: Vec<String>,
    pub title: Text,
    pub summary: Text,
    pub date_note: Option<Text>,
    pub sources: Vec<Citation>,
    pub contested: Vec<Contested>,
    /// When this entry was last revised, if it was after the record's own date.
    #[serde(skip)]
    pub updated: Option<chrono::NaiveDate>,
}

impl Event {
    /// The date citations give as "last modified": the entry's own, else the record's.
    pub fn last_changed(&self, record_updated: Option<chrono::NaiveDate>) -> Option<chrono::NaiveDate> {
        self.updated.or(record_updated)
    }

    pub fn is_key(&self) -> bool {
        self.importance == 1
    }

    /// The last day this event covers.
    pub fn last_day(&self) -> chrono::NaiveDate {
        self.end.unwrap_or(self.date).last_day()
    }
}

/// An event's use of a source, and what that source backs.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Citation {
    pub source: String,
    pub supports: Option<Text>,
}

/// A point on which sources disagree, with every version and who holds it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Contested {
    pub about: Text,
    pub claims: Vec<Claim>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Claim {
    pub claim: Text,
    /// Who holds this version, written to follow "according to" / « selon »
    /// ("the Malian army" / « l'armée malienne »).
    pub by: Text,
    pub source: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Source {
    pub id: String,
    pub url: String,
    pub title: String,
    /// Who published the page, with the agency it carries in brackets ("Dawn (AFP)"); an
    /// organisation's name in each language ("UNHCR" / "HCR").
    pub publisher: Text,
    pub author: Option<String>,
    pub published: HistDate,
    pub language: String,
    pub kind: SourceKind,
    pub note: Option<Text>,
}

impl Source {
    /// The publisher's name in the source's own language, for bibliographies.
    pub fn publisher_as_published(&self) -> &str {
        self.publisher.get(if self.language == "fr" { Lang::Fr } else { Lang::En })
    }

    /// A copy of the page in the Internet Archive, for when the original moves or dies.
    pub fn archive_url(&self) -> String {
        format!("https://web.archive.org/web/{}", self.url)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Actor {
    pub id: String,
    pub name: Text,
    /// The acronym each language uses ("AQIM" / "AQMI"); the same text twice when both use
    /// one ("JNIM").
    pub acronym: Option<Text>,
    /// What a shared acronym stands for in its original language, with that language's code
    /// ("Forces armées maliennes", "fr"; "Jama'at Nusrat al-Islam wal-Muslimin", "ar-Latn").
    pub expansion: Option<(String, String)>,
    pub kind: ActorKind,
    pub active_from: i32,
    pub active_to: Option<i32>,
    pub became: Option<String>,
    pub description: Text,
    /// For a foreign force or mission: the events that open and close its presence.
    pub presence: Option<Presence>,
}

impl Actor {
    /// The acronym readers of `lang` know it by, if it has one.
    pub fn acronym(&self, lang: Lang) -> Option<&str> {
        self.acronym.as_ref().map(|a| a.get(lang))
    }

    /// "AQMI – Al-Qaïda au Maghreb islamique", or the name alone when there is no acronym or
    /// the acronym is the name ("G5 Sahel").
    pub fn label(&self, lang: Lang) -> String {
        let name = self.name.get(lang);
        match self.acronym(lang) {
            Some(acronym) if acronym != name => format!("{acronym} – {name}"),
            _ => name.to_string(),
        }
    }

    /// "Al-Qaïda au Maghreb islamique (AQMI)", for lists of names.
    pub fn name_with_acronym(&self, lang: Lang) -> String {
        let name = self.name.get(lang);
        match self.acronym(lang) {
            Some(acronym) if acronym != name => format!("{name} ({acronym})"),
            _ => name.to_string(),
        }
    }

    /// What the acronym stands for and its language code, when it tells a reader of `lang`
    /// something the name does not: never the page's own name again.
    pub fn expansion_for(&self, lang: Lang) -> Option<(&str, &str)> {
        let (text, code) = self.expansion.as_ref()?;
        let same = super::search::fold(text) == super::search::fold(self.name.get(lang));
        (!same).then_some((text.as_str(), code.as_str()))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Presence {
    pub from_event: String,
    pub to_event: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    pub id: String,
    pub name: Text,
    pub lat: f64,
    pub lon: f64,
    pub region: Text,
    pub country: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Theme {
    pub id: String,
    pub name: Text,
    pub description: Text,
}

/// A storyline: an introduction and events told in a chosen order.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Thread {
    pub id: String,
    pub title: Text,
    pub intro: Text,
    pub events: Vec<String>,
}

/// A named period of the story, drawn as a band on the overview strip.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Era {
    pub id: String,
    pub name: Text,
    pub from: HistDate,
    pub to: Option<HistDate>,
}
