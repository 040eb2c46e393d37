//! `events.ics`: the events as an iCalendar file (RFC 5545), written by the `icalendar`
//! crate, which escapes text values and folds lines at 75 octets. Each event is an all-day
//! entry; a month- or year-precision event spans its whole month or year. UIDs are the same
//! in both languages, so a calendar that imported the English file updates its entries from
//! the French one instead of doubling them.

use crate::core::catalog::Catalog;
use crate::core::lang::Lang;
use crate::core::model::Event;
use icalendar::{Calendar, Component, EventLike, Property};

/// The stable identifier of an event in every calendar, in both languages.
pub fn uid(event: &Event) -> String {
    format!("{}@mali-conflict-timeline", event.id)
}

/// Line breaks as iCalendar text knows them: a lone CR would end the content line.
fn one_kind_of_newline(text: &str) -> String {
    text.replace("\r\n", "\n").replace('\r', "\n")
}

fn description(catalog: &Catalog, e: &Event, lang: Lang) -> String {
    let mut text = e.summary.get(lang).to_string();
    text.push_str("\n\n");
    text.push_str(crate::i18n::t(lang, crate::i18n::Msg::Sources));
    text.push(':');
    for s in e.sources.iter().filter_map(|c| catalog.source(&c.source)) {
        text.push_str(&format!("\n- {} ({}): {}", s.title, s.publisher.get(lang), s.url));
    }
    one_kind_of_newline(&text)
}

/// The events as an iCalendar file. `base_url` is the site's public origin (links to each
/// entry); `stamp` is the DTSTAMP day. DTEND is the day after the last day, as RFC 5545 wants
/// for all-day entries, so an event whose `end_date` is the 12th ends on the 13th.
pub fn icalendar(catalog: &Catalog, events: &[&Event], lang: Lang, base_url: &str, stamp: chrono::NaiveDate) -> String {
    let mut calendar = Calendar::empty();
    for (key, value) in [("VERSION", "2.0"), ("PRODID", "-//Mali Conflict Timeline//EN"), ("CALSCALE", "GREGORIAN")] {
        calendar.append_property(Property::new(key, value));
    }
    let stamp = stamp.and_hms_opt(0, 0, 0).expect("midnight exists").and_utc();
    for e in events {
        let last = e.last_day();
        let entry = icalendar::Event::new()
            .uid(&uid(e))
            .timestamp(stamp)
            .starts(e.date.first_day())
            .ends(last.succ_opt().unwrap_or(last))
            .summary(&one_kind_of_newline(e.title.get(lang)))
            .description(&description(catalog, e, lang))
            .url(&format!("{base_url}{}", lang.href(&format!("/events/{}", e.id))))
            .done();
        calendar.push(entry);
    }
    refold(&calendar.to_string())
}

/// Folds every content line of `ics` so that no physical line, continuation space included,
/// passes 75 octets (RFC 5545, 3.1), never splitting a character. The `icalendar` crate folds
/// too, but lets a continuation line reach 76 octets when its last piece is exactly 75.
fn refold(ics: &str) -> String {
    const LIMIT: usize = 75;
    let unfolded = ics.replace("\r\n ", "").replace("\r\n\t", "");
    let mut out = String::with_capacity(ics.len() + ics.len() / 32);
    for line in unfolded.split_terminator("\r\n") {
        let mut used = 0;
        for c in line.chars() {
            if used + c.len_utf8() > LIMIT {
                out.push_str("\r\n ");
                used = 1;
            }
            out.push(c);
            used += c.len_utf8();
        }
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::export::sample;

    fn day() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
    }

    fn ics(title: &str, summary: &str) -> String {
        let catalog = sample::catalog(vec![sample::event("e-1", "2013-01-11", title, summary)]);
        let events: Vec<&Event> = catalog.events.iter().collect();
        icalendar(&catalog, &events, Lang::Fr, "https://timeline.example", day())
    }

    /// The content lines, unfolded as a calendar reader does (CRLF + one space or tab removed).
    fn unfolded(text: &str) -> Vec<String> {
        text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n").map(str::to_string).collect()
    }

    #[test]
    fn no_line_passes_75_octets_whatever_the_length_of_the_value() {
        for n in 60..400 {
            let text = ics(&"a".repeat(n), &"é".repeat(n / 2));
            for line in text.split("\r\n") {
                assert!(line.len() <= 75, "title of {n}: {} octets: {line:?}", line.len());
            }
            let summary = unfolded(&text).into_iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
            assert_eq!(summary, format!("SUMMARY:{}", "a".repeat(n)));
        }
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_a_character() {
        let title = "Attaque à Ménaka — «\u{a0}œuvre\u{a0}» ".repeat(12);
        let text = ics(&title, "résumé");
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        }
        // Splitting inside a character would have made the text invalid UTF-8 above (&str),
        // and unfolding gives back exactly the title.
        let summary = unfolded(&text).into_iter().find(|l| l.starts_with("SUMMARY:")).unwrap();
        assert_eq!(summary, format!("SUMMARY:{}", title.replace(',', "\\,")));
        assert!(text.split("\r\n").count() > 10, "the long lines were folded");
    }

    #[test]
    fn commas_semicolons_backslashes_and_newlines_are_escaped() {
        let text = ics("a,b;c\\d", "one\r\ntwo\rthree\nfour");
        let lines = unfolded(&text);
        assert!(lines.contains(&"SUMMARY:a\\,b\\;c\\\\d".to_string()), "{lines:?}");
        let description = lines.iter().find(|l| l.starts_with("DESCRIPTION:")).unwrap();
        assert!(description.starts_with("DESCRIPTION:one\\ntwo\\nthree\\nfour\\n\\nSources:"), "{description}");
        assert!(!text.replace("\r\n", "").contains(['\r', '\n']), "no bare CR or LF anywhere");
    }

    #[test]
    fn entries_are_all_day_with_an_exclusive_end_and_a_stable_uid() {
        let text = ics("t", "s");
        let lines = unfolded(&text);
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "UID:e-1@mali-conflict-timeline",
            "DTSTART;VALUE=DATE:20130111",
            "DTEND;VALUE=DATE:20130112",
            "DTSTAMP:20261129T000000Z",
            "URL:https://timeline.example/fr/events/e-1",
            "END:VCALENDAR",
        ] {
            assert!(lines.iter().any(|l| l == expected), "{expected} missing from {lines:?}");
        }
    }
}
