//! Filtering as a reader uses it: by theme, actor, place, kind, dates and words.

use mali_timeline::core::load::load_dir;
use mali_timeline::core::query::{Problem, Selection};
use mali_timeline::core::{Catalog, Query};
use std::path::Path;

fn catalog() -> Catalog {
    load_dir(Path::new("tests/fixtures/minimal")).unwrap()
}

fn ids(catalog: &Catalog, qs: &str) -> Vec<String> {
    let (query, _) = Query::parse(qs, catalog);
    query.apply(catalog).into_iter().map(|i| catalog.events[i].id.clone()).collect()
}

#[test]
fn search_ignores_accents_and_finds_names_in_both_languages() {
    let c = catalog();
    assert_eq!(ids(&c, "q=goita"), ["coup-2020", "coup-2021"]);
    assert_eq!(ids(&c, "q=tombouctou"), ["drone-strike-2024"]);
    assert_eq!(ids(&c, "q=Timbuktu"), ["drone-strike-2024"]);
    assert_eq!(ids(&c, "q=coup+d%E2%80%99%C3%A9tat"), ["coup-2021"]);
}

#[test]
fn several_themes_widen_and_other_filters_narrow() {
    let c = catalog();
    assert_eq!(ids(&c, "theme=drones&theme=coups-politics").len(), 3);
    assert_eq!(ids(&c, "theme=coups-politics&key=1"), ["coup-2020"]);
    assert_eq!(ids(&c, "kind=strike"), ["drone-strike-2024"]);
    assert_eq!(ids(&c, "place=bamako&actor=assimi-goita").len(), 2);
}

#[test]
fn date_range_keeps_events_that_overlap_it() {
    let c = catalog();
    assert_eq!(ids(&c, "from=2021&to=2021"), ["coup-2021"]);
    assert_eq!(ids(&c, "from=2021-05-26"), ["coup-2021", "drone-strike-2024"], "a range event overlapping the start counts");
    assert_eq!(ids(&c, "to=2024-03-01"), ["coup-2020", "coup-2021", "drone-strike-2024"], "month precision counts the whole month");
}

#[test]
fn malformed_parameters_are_reported_and_match_nothing() {
    let c = catalog();
    let (query, notices) = Query::parse("theme=nope&from=2013-02-30&page=zero&colour=red&kind=picnic", &c);
    assert!(query.unmatchable && query.apply(&c).is_empty(), "never widened to every event");
    let problems: Vec<Problem> = notices.iter().map(|n| n.problem).collect();
    assert_eq!(problems, [Problem::UnknownValue, Problem::BadDate, Problem::BadNumber, Problem::UnknownParameter, Problem::UnknownValue]);
    for alone in ["theme=nope", "actor=nobody", "place=atlantis", "kind=picnic", "from=yesterday", "to=2013-13", "key=maybe"] {
        assert!(ids(&c, alone).is_empty(), "{alone} matched events");
    }
    let (query, notices) = Query::parse("page=zero&colour=red", &c);
    assert!(!query.unmatchable && query.apply(&c).len() == c.events.len(), "a bad page number or an unknown parameter is not a filter");
    assert_eq!(notices.len(), 2);
}

#[test]
fn an_unknown_storyline_or_unknown_ids_select_nothing() {
    let c = catalog();
    for qs in ["thread=nope", "ids=nope", "ids=nope,nada&title=T", "thread=nope&ids=coup-2020"] {
        let selection = Selection::parse(qs, &c);
        assert!(selection.positions.is_empty(), "{qs} selected events");
        assert!(selection.is_missing(), "{qs}");
        assert!(!selection.notices.is_empty(), "{qs}");
    }
    let narrowed = Selection::parse("thread=two-coups&from=2021", &c);
    let order: Vec<&str> = narrowed.positions.iter().map(|&i| c.events[i].id.as_str()).collect();
    assert_eq!(order, ["coup-2021"], "a storyline narrowed by the filters");
    assert!(!narrowed.is_missing());
}

#[test]
fn decomposed_accents_find_what_composed_ones_find() {
    let c = catalog();
    assert_eq!(ids(&c, "q=Go%C3%AFta"), ids(&c, "q=Goi%CC%88ta"));
    assert_eq!(ids(&c, "q=Goi%CC%88ta"), ["coup-2020", "coup-2021"]);
    assert_eq!(ids(&c, "q=COUP+D%E2%80%99E%CC%81TAT"), ["coup-2021"]);
}

#[test]
fn a_reversed_range_is_swapped_and_reported() {
    let c = catalog();
    let (query, notices) = Query::parse("from=2024&to=2020", &c);
    assert_eq!(query.from.unwrap().iso(), "2020");
    assert_eq!(query.to.unwrap().iso(), "2024");
    assert_eq!(notices[0].problem, Problem::Swapped);
}

#[test]
fn a_query_survives_a_round_trip_through_its_address() {
    let c = catalog();
    let (query, _) = Query::parse("q=coup&theme=drones&theme=coups-politics&from=2020-08&key=1&page=2", &c);
    let (again, notices) = Query::parse(&query.to_query_string(), &c);
    assert_eq!(query, again);
    assert!(notices.is_empty());
}

#[test]
fn a_lesson_keeps_the_order_it_was_given() {
    let c = catalog();
    let picked = Selection::parse("ids=drone-strike-2024,coup-2020&ids=unknown", &c);
    let order: Vec<&str> = picked.positions.iter().map(|&i| c.events[i].id.as_str()).collect();
    assert_eq!(order, ["drone-strike-2024", "coup-2020"]);
    assert_eq!(picked.notices[0].value, "unknown");
    let thread = Selection::parse("thread=two-coups", &c);
    let order: Vec<&str> = thread.positions.iter().map(|&i| c.events[i].id.as_str()).collect();
    assert_eq!(order, ["coup-2021", "coup-2020"]);
}

#[test]
fn a_search_with_no_letter_or_digit_matches_nothing_and_says_so() {
    let c = catalog();
    // Punctuation only, a dash, an invalid UTF-8 byte (decoded as U+FFFD), a lone NUL.
    for qs in ["q=%21%21%21", "q=---", "q=%E2%80%94", "q=%C3", "q=%FF%FE", "q=%00", "q=%22"] {
        let (query, notices) = Query::parse(qs, &c);
        assert!(query.apply(&c).is_empty(), "{qs} must not be widened to the whole record");
        assert!(notices.iter().any(|n| n.param == "q" && n.problem == Problem::NoWords), "{qs} must be reported");
    }
    // Punctuation around a word is still a search for the word.
    assert_eq!(ids(&c, "q=%21goita%21"), ids(&c, "q=goita"));
}
