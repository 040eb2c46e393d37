//! The data folder is checked at start: every problem is reported at once, with its file,
//! line and field. And the real record covers what the timeline promises.

use mali_timeline::core::load::{load_dir, DataError};
use std::path::Path;

fn errors(dir: &str) -> Vec<DataError> {
    load_dir(Path::new(dir)).expect_err("the broken fixture must be refused")
}

fn find<'a>(errors: &'a [DataError], field: &str, words: &str) -> &'a DataError {
    errors
        .iter()
        .find(|e| e.field == field && e.message.contains(words))
        .unwrap_or_else(|| panic!("no error on {field} saying \"{words}\" in:\n{errors:#?}"))
}

#[test]
fn every_kind_of_broken_data_is_reported_with_file_line_and_field() {
    let errors = errors("tests/fixtures/broken");
    let bad_date = find(&errors, "date", "not a day of the calendar");
    assert!(bad_date.file.ends_with("events/events.toml"));
    assert_eq!(bad_date.line, 3);
    assert_eq!(find(&errors, "end", "before the start").line, 17);
    assert_eq!(find(&errors, "title.fr", "translation is missing").line, 34, "the line of the incomplete title");
    find(&errors, "sources", "at least one source");
    find(&errors, "themes", "unknown theme \"no-such-theme\"");
    find(&errors, "actors", "unknown actor \"no-such-actor\"");
    find(&errors, "places", "unknown place \"atlantis\"");
    find(&errors, "sources.source", "unknown source \"no-such-source\"");
    find(&errors, "id", "duplicate event id \"missing-french\"");
    find(&errors, "id", "duplicate source id \"good-source\"");
    let url = find(&errors, "url", "not an http(s) address");
    assert!(url.file.ends_with("sources/sources.toml"));
    assert_eq!(url.line, 12);
    find(&errors, "events", "unknown event \"no-such-event\"");
    assert_eq!(find(&errors, "contested.claims.by", "by.en and by.fr").line, 97, "a claimant in one string");
    assert_eq!(find(&errors, "contested.claims.by.fr", "translation is missing").line, 101);
}

#[test]
fn an_event_entered_twice_is_reported_as_a_likely_duplicate() {
    let errors = errors("tests/fixtures/broken");
    let duplicate = find(&errors, "title", "likely duplicate");
    assert!(duplicate.file.ends_with("events/events.toml"));
    assert_eq!(duplicate.line, 122, "the second entry's title");
    assert!(duplicate.message.contains("events.toml:109"), "names the first entry: {}", duplicate.message);
    let flagged = errors.iter().filter(|e| e.message.contains("likely duplicate")).count();
    assert_eq!(flagged, 1, "a different event on the same day is not a duplicate");
}

#[test]
fn a_file_that_is_not_valid_toml_names_its_line() {
    let errors = errors("tests/fixtures/syntax");
    assert_eq!(errors.len(), 1, "{errors:#?}");
    assert!(errors[0].file.ends_with("events/bad.toml"));
    assert!(errors[0].line >= 3, "{errors:#?}");
}

#[test]
fn a_missing_data_folder_is_refused() {
    let errors = errors("tests/fixtures/no-such-folder");
    assert!(errors[0].message.contains("does not exist"));
}

#[test]
fn the_minimal_fixture_loads() {
    let catalog = load_dir(Path::new("tests/fixtures/minimal")).unwrap();
    assert_eq!(catalog.events.len(), 3);
    assert_eq!(catalog.events[0].id, "coup-2020", "events are in date order");
}

#[test]
fn an_entry_revised_later_is_cited_with_its_own_date() {
    let catalog = load_dir(Path::new("tests/fixtures/minimal")).unwrap();
    let record = chrono::NaiveDate::from_ymd_opt(2026, 11, 21);
    let revised = catalog.event("coup-2021").unwrap();
    assert_eq!(revised.last_changed(record).unwrap().to_string(), "2026-12-01");
    assert_eq!(catalog.event("coup-2020").unwrap().last_changed(record), record);
}

mod record {
    use super::*;
    use mali_timeline::core::{Catalog, SourceKind};
    use std::collections::BTreeMap;

    fn record() -> Catalog {
        load_dir(Path::new("data")).unwrap_or_else(|errors| {
            panic!("data/ has problems:\n{}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"))
        })
    }

    #[test]
    fn the_record_loads_and_has_at_least_150_events() {
        assert!(record().events.len() >= 150);
    }

    #[test]
    fn every_year_from_2011_to_2025_has_events() {
        let catalog = record();
        let mut per_year: BTreeMap<i32, usize> = BTreeMap::new();
        for e in &catalog.events {
            *per_year.entry(e.date.year()).or_default() += 1;
        }
        for year in 2011..=2025 {
            assert!(per_year.get(&year).copied().unwrap_or(0) >= 3, "{year} has too few events: {per_year:?}");
        }
    }

    #[test]
    fn every_theme_has_its_turning_points_and_details() {
        let catalog = record();
        for theme in &catalog.themes {
            let events: Vec<_> = catalog.events.iter().filter(|e| e.themes.contains(&theme.id)).collect();
            assert!(events.len() >= 8, "theme {} has only {} events", theme.id, events.len());
            assert!(events.iter().any(|e| e.importance == 1), "theme {} has no turning point", theme.id);
        }
    }

    #[test]
    fn the_turning_points_named_in_the_brief_are_there_with_their_dates() {
        let catalog = record();
        for (id, date) in [
            ("coup-bamako-2012", "2012-03-22"),
            ("serval-launch-2013", "2013-01-11"),
            ("minusma-takes-over-2013", "2013-07-01"),
            ("barkhane-launch-2014", "2014-08-01"),
            ("coup-2020", "2020-08-18"),
            ("coup-2021", "2021-05-24"),
            ("french-withdrawal-mali-2022", "2022-08-15"),
            ("kidal-recaptured-2023", "2023-11-14"),
            ("minusma-ends-2023", "2023-12-31"),
            ("ecowas-exit-effective-2025", "2025-01-29"),
        ] {
            let event = catalog.event(id).unwrap_or_else(|| panic!("{id} is missing"));
            assert_eq!(event.date.iso(), date, "{id}");
        }
    }

    #[test]
    fn the_seed_articles_are_cited_with_their_reliability_notes() {
        let catalog = record();
        let misdated = catalog.source("bnn-2024-03-20-kidal-drone-strikes").expect("seed 002 is a source");
        assert!(misdated.note.as_ref().is_some_and(|n| n.en.contains("Misdated") && n.fr.contains("Mal daté")));
        for seed in ["rantburg-2012-10-24-mali-invasion", "sofrep-2020-11-french-airstrikes", "bnn-2024-03-20-kidal-drone-strikes"] {
            assert!(!catalog.events_citing(seed).is_empty(), "{seed} is cited by no event");
        }
    }

    #[test]
    fn most_events_have_two_sources_and_disputes_are_recorded() {
        let catalog = record();
        let two = catalog.events.iter().filter(|e| e.sources.len() >= 2).count();
        assert!(two * 10 >= catalog.events.len() * 8, "only {two} of {} events have two sources", catalog.events.len());
        assert!(catalog.events.iter().filter(|e| !e.contested.is_empty()).count() >= 20);
        assert!(catalog.sources.iter().any(|s| s.kind == SourceKind::Official));
    }

    #[test]
    fn there_are_at_least_six_storylines() {
        assert!(record().threads.len() >= 6);
    }
}
