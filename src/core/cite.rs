//! "Cite this entry": ready-made citations of a timeline entry in four styles.

use super::lang::Lang;
use super::model::Event;
use chrono::{Datelike, NaiveDate};

pub const SITE_NAME: &str = "Mali Conflict Timeline";

pub struct Citations {
    pub apa: String,
    pub mla: String,
    pub chicago: String,
    pub bibtex: String,
}

const MONTHS: [&str; 12] = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
];
const MLA_MONTHS: [&str; 12] =
    ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/// Citations of `event` at `url`, in the language of the page, last changed on `updated`.
pub fn cite(event: &Event, lang: Lang, url: &str, updated: NaiveDate) -> Citations {
    let title = event.title.get(lang);
    let (y, m, d) = (updated.year(), updated.month0() as usize, updated.day());
    Citations {
        apa: format!("{SITE_NAME}. ({y}, {} {d}). {title}. {url}", MONTHS[m]),
        mla: format!("\u{201c}{title}.\u{201d} {SITE_NAME}, {d} {} {y}, {}.", MLA_MONTHS[m], url.trim_start_matches("https://").trim_start_matches("http://")),
        chicago: format!("{SITE_NAME}. \u{201c}{title}.\u{201d} Last modified {} {d}, {y}. {url}.", MONTHS[m]),
        bibtex: format!(
            "@misc{{mct-{},\n  title = {{{}}},\n  author = {{{{{SITE_NAME}}}}},\n  year = {{{y}}},\n  howpublished = {{\\url{{{url}}}}},\n  note = {{Last modified {}}},\n  language = {{{}}},\n}}",
            event.id,
            super::export::bibtex_escape(title),
            updated.format("%Y-%m-%d"),
            match lang {
                Lang::En => "english",
                Lang::Fr => "french",
            },
        ),
    }
}
