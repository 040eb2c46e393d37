//! The two languages of the site, and text that exists in both.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Fr,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "en" => Some(Lang::En),
            "fr" => Some(Lang::Fr),
            _ => None,
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::En => Lang::Fr,
            Lang::Fr => Lang::En,
        }
    }

    /// The path prefix of this language's pages: English is unprefixed.
    pub fn prefix(self) -> &'static str {
        match self {
            Lang::En => "",
            Lang::Fr => "/fr",
        }
    }

    /// Which language a site path belongs to, and the path without its language prefix.
    pub fn split_path(path: &str) -> (Lang, &str) {
        match path.strip_prefix("/fr") {
            Some("") => (Lang::Fr, "/"),
            Some(rest) if rest.starts_with('/') => (Lang::Fr, rest),
            _ => (Lang::En, path),
        }
    }

    /// `path` (unprefixed, starting with `/`) as a link in this language.
    pub fn href(self, path: &str) -> String {
        match (self, path) {
            (Lang::Fr, "/") => "/fr".to_string(),
            (Lang::Fr, p) if p.starts_with("/?") => format!("/fr{}", &p[1..]),
            _ => format!("{}{}", self.prefix(), path),
        }
    }
}

/// A piece of content written in both languages.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Text {
    pub en: String,
    pub fr: String,
}

impl Text {
    pub fn new(en: impl Into<String>, fr: impl Into<String>) -> Self {
        Text { en: en.into(), fr: fr.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_paths_carry_the_prefix_and_english_ones_do_not() {
        assert_eq!(Lang::split_path("/fr/events/x"), (Lang::Fr, "/events/x"));
        assert_eq!(Lang::split_path("/fr"), (Lang::Fr, "/"));
        assert_eq!(Lang::split_path("/fresh"), (Lang::En, "/fresh"));
        assert_eq!(Lang::Fr.href("/?q=gao"), "/fr?q=gao");
        assert_eq!(Lang::Fr.href("/"), "/fr");
        assert_eq!(Lang::En.href("/events/x"), "/events/x");
    }
}
