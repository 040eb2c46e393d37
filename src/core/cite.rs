//! "Cite this entry": ready-made citations of a timeline entry in four styles, in the
//! language of the page (the site's name and the dates follow it).

use super::date::month_name;
use super::lang::Lang;
use super::model::Event;
use chrono::{Datelike, NaiveDate};

pub struct Citations {
    pub apa: String,
    pub mla: String,
    pub chicago: String,
    pub bibtex: String,
}

pub fn site_name(lang: Lang) -> &'static str {
    crate::i18n::t(lang, crate::i18n::Msg::SiteName)
}

const MLA_MONTHS_EN: [&str; 12] = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];
const MLA_MONTHS_FR: [&str; 12] =
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juill.", "août", "sept.", "oct.", "nov.", "déc."];

/// Citations of `event` at `url`, in the language of the page, last changed on `updated`.
pub fn cite(event: &Event, lang: Lang, url: &str, updated: NaiveDate) -> Citations {
    let title = event.title.get(lang);
    let site = site_name(lang);
    let (y, m, d) = (updated.year(), updated.month(), updated.day());
    let month = month_name(m, lang);
    let bare_url = url.trim_start_matches("https://").trim_start_matches("http://");
    let (apa, mla, chicago) = match lang {
        Lang::En => (
            format!("{site}. ({y}, {month} {d}). {title}. {url}"),
            format!("\u{201c}{title}.\u{201d} {site}, {d} {} {y}, {bare_url}.", MLA_MONTHS_EN[m as usize - 1]),
            format!("{site}. \u{201c}{title}.\u{201d} Last modified {month} {d}, {y}. {url}."),
        ),
        Lang::Fr => (
            format!("{site}. ({y}, {d} {month}). {title}. {url}"),
            format!("«\u{a0}{title}\u{a0}». {site}, {d} {} {y}, {bare_url}.", MLA_MONTHS_FR[m as usize - 1]),
            format!("{site}. «\u{a0}{title}\u{a0}». Dernière modification le {d} {month} {y}. {url}."),
        ),
    };
    let bibtex = format!(
        "@misc{{mct-{},\n  title = {{{}}},\n  author = {{{{{site}}}}},\n  year = {{{y}}},\n  howpublished = {{\\url{{{url}}}}},\n  note = {{{} {}}},\n  language = {{{}}},\n}}",
        event.id,
        super::export::bibtex_escape(title),
        if lang == Lang::En { "Last modified" } else { "Dernière modification le" },
        updated.format("%Y-%m-%d"),
        if lang == Lang::En { "english" } else { "french" },
    );
    Citations { apa, mla, chicago, bibtex }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{EventKind, HistDate, Text};

    fn event() -> Event {
        Event {
            id: "coup-2020".into(),
            date: HistDate::parse("2020-08-18").unwrap(),
            end: None,
            kind: EventKind::Coup,
            importance: 1,
            themes: vec![],
            actors: vec![],
            places: vec![],
            title: Text::new("The army overthrows President Keïta", "L'armée renverse le président Keïta"),
            summary: Text::new("s", "s"),
            date_note: None,
            sources: vec![],
            contested: vec![],
            updated: None,
        }
    }

    #[test]
    fn a_french_page_cites_in_french() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let c = cite(&event(), Lang::Fr, "https://example.org/fr/events/coup-2020", day);
        assert_eq!(c.apa, "Chronologie du conflit au Mali. (2026, 21 novembre). L'armée renverse le président Keïta. https://example.org/fr/events/coup-2020");
        assert!(c.chicago.contains("Dernière modification le 21 novembre 2026"));
        assert!(c.mla.contains("21 nov. 2026, example.org/fr/events/coup-2020."));
    }

    #[test]
    fn an_english_page_cites_in_english() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 21).unwrap();
        let c = cite(&event(), Lang::En, "http://example.org/events/coup-2020", day);
        assert_eq!(c.apa, "Mali Conflict Timeline. (2026, November 21). The army overthrows President Keïta. http://example.org/events/coup-2020");
        assert!(c.bibtex.starts_with("@misc{mct-coup-2020,"));
    }
}
