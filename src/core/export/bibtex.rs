//! `sources.bib`: the sources the selected events cite, for reference managers and LaTeX.
//! Entries are `@misc`, the one type that classic BibTeX styles (plain, natbib's plainnat)
//! and biblatex all know, with the fields both read: `author`, `title`, `howpublished`,
//! `year` and `month` (BibTeX prints only these) and `url` (natbib's styles print it too),
//! plus `date` and `langid`, which biblatex uses and BibTeX ignores.

use crate::core::catalog::Catalog;
use crate::core::model::{Event, Source};

/// Text for a BibTeX field: TeX's special characters become commands or escapes, braces are
/// dropped (they would unbalance the field), and control characters become spaces.
pub fn escape(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' | '}' => {}
            '&' | '%' | '#' | '_' | '$' => {
                out.push('\\');
                out.push(c);
            }
            '^' => out.push_str("\\textasciicircum{}"),
            '~' => out.push_str("\\textasciitilde{}"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// An address as BibTeX's `url` field takes it: `\url` copes with `%`, `#`, `&` and `_`
/// as they are; braces and spaces would break the field, so they are percent-encoded.
fn url_field(url: &str) -> String {
    url.replace('{', "%7B").replace('}', "%7D").replace(' ', "%20").replace('\\', "%5C")
}

/// A list of people as BibTeX and biber want it: names joined by " and ". The data writes
/// lists as prose ("Ann Ba, Cy Do and Ed Fo", "… et …"); a comma inside one name would be read
/// as "Last, First", and more than two make both tools drop the entry.
fn bib_names(authors: &str) -> String {
    authors
        .split(',')
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" et "))
        .flat_map(|part| part.split(" & "))
        .map(str::trim)
        .filter(|name| !name.is_empty())
        .map(escape)
        .collect::<Vec<_>>()
        .join(" and ")
}

/// The three-letter month macros that every BibTeX style defines (`month = jan`).
const MONTHS: [&str; 12] = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/// biblatex's `langid` wants a babel language name.
fn langid(code: &str) -> Option<&'static str> {
    Some(match code {
        "en" => "english",
        "fr" => "french",
        "ar" => "arabic",
        "de" => "ngerman",
        "es" => "spanish",
        "pt" => "portuguese",
        "ru" => "russian",
        _ => return None,
    })
}

fn entry(s: &Source) -> String {
    let publisher = escape(s.publisher_as_published());
    let mut out = format!("@misc{{{},\n", s.id);
    match &s.author {
        Some(author) => out.push_str(&format!("  author = {{{}}},\n", bib_names(author))),
        // Double braces: an organisation is one name, not "Monde, Le".
        None => out.push_str(&format!("  author = {{{{{publisher}}}}},\n")),
    }
    out.push_str(&format!("  title = {{{}}},\n", escape(&s.title)));
    out.push_str(&format!("  howpublished = {{{publisher}}},\n"));
    out.push_str(&format!("  year = {{{}}},\n", s.published.year()));
    if let Some(month) = s.published.month() {
        out.push_str(&format!("  month = {},\n", MONTHS[month as usize - 1]));
    }
    out.push_str(&format!("  date = {{{}}},\n", s.published.iso()));
    out.push_str(&format!("  url = {{{}}},\n", url_field(&s.url)));
    if let Some(lang) = langid(&s.language) {
        out.push_str(&format!("  langid = {{{lang}}},\n"));
    }
    out.push_str("}\n\n");
    out
}

/// The sources the selected events cite, each once, in the order first cited.
pub fn bibtex(catalog: &Catalog, events: &[&Event]) -> String {
    let mut seen = std::collections::BTreeSet::new();
    events
        .iter()
        .flat_map(|e| &e.sources)
        .filter_map(|c| catalog.source(&c.source))
        .filter(|s| seen.insert(s.id.as_str()))
        .map(entry)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::export::sample;

    /// The fields of the first entry, as `name = value` pairs (one per line, as we write them).
    fn fields(text: &str) -> Vec<(String, String)> {
        text.lines()
            .skip(1)
            .take_while(|l| *l != "}")
            .map(|l| {
                let (name, value) = l.trim().trim_end_matches(',').split_once(" = ").expect("name = value");
                (name.to_string(), value.to_string())
            })
            .collect()
    }

    #[test]
    fn entries_carry_the_fields_classic_bibtex_and_biblatex_both_read() {
        let catalog = sample::catalog(vec![sample::event("e-1", "2013-01-11", "t", "s")]);
        let events: Vec<&Event> = catalog.events.iter().collect();
        let text = bibtex(&catalog, &events);
        assert!(text.starts_with("@misc{report,\n"), "{text}");
        let fields = fields(&text);
        let field = |name: &str| fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
        assert_eq!(field("year"), Some("{2013}"));
        assert_eq!(field("month"), Some("jan"), "a month macro, not a braced string");
        assert_eq!(field("date"), Some("{2013-01-11}"));
        assert_eq!(field("author"), Some("{{Le Monde}}"));
        assert_eq!(field("howpublished"), Some("{Le Monde}"));
        assert_eq!(field("title"), Some("{Rapport \\& bilan: 50\\% des «\u{a0}cas\u{a0}» \\#1}"));
        assert_eq!(field("url"), Some("{https://example.org/a_b?x=1&y=50%25#top}"));
        assert_eq!(field("langid"), Some("{french}"));
        assert_eq!(fields.iter().filter(|(n, _)| n == "year").count(), 1);
    }

    #[test]
    fn a_year_precision_source_has_a_year_and_no_month() {
        let mut catalog_source = sample::source("yearly", "t", "p", "2019");
        catalog_source.author = Some("Ann Author and Bob Writer".into());
        let text = entry(&catalog_source);
        let fields = fields(&text);
        assert!(fields.contains(&("year".into(), "{2019}".into())));
        assert!(fields.iter().all(|(n, _)| n != "month"));
        assert!(fields.contains(&("author".into(), "{Ann Author and Bob Writer}".into())));
    }

    #[test]
    fn author_lists_written_as_prose_become_names_joined_by_and() {
        assert_eq!(bib_names("Saskya Vandoorne, Adama Koné, Nick Paton Walsh and Jo Shelley"), "Saskya Vandoorne and Adama Koné and Nick Paton Walsh and Jo Shelley");
        assert_eq!(bib_names("Ann Ba et Cy Do"), "Ann Ba and Cy Do");
        assert_eq!(bib_names("Martin Vogl"), "Martin Vogl");
        assert_eq!(bib_names("A & B"), "A and B");
    }

    #[test]
    fn tex_special_characters_are_escaped_and_braces_cannot_unbalance_a_field() {
        assert_eq!(escape("50% & #1_a $5 ^ ~ \\ {x}"), "50\\% \\& \\#1\\_a \\$5 \\textasciicircum{} \\textasciitilde{} \\textbackslash{} x");
        assert_eq!(escape("line\nbreak"), "line break");
        assert_eq!(url_field("https://e.org/{a} b"), "https://e.org/%7Ba%7D%20b");
    }
}
