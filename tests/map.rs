//! The map: every place of the record is drawn in its own country, close places keep their
//! names apart, and `/map` counts what the timeline shows for the same filters.

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use geo::{BoundingRect, Contains, Distance, Euclidean, Point};
use mali_timeline::components::map::{record_layout, View, MAP_WIDTH};
use mali_timeline::core::geo::Atlas;
use mali_timeline::core::load::load_dir;
use mali_timeline::core::{Catalog, Lang, Query};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

/// How far outside its country's outline a place may lie: towns on a border or a coast
/// (Tinzaouaten, Conakry) that Natural Earth's 1:50m outline draws a few km off.
const EDGE_TOLERANCE_DEGREES: f64 = 0.05;

fn record() -> Arc<Catalog> {
    static CATALOG: OnceLock<Arc<Catalog>> = OnceLock::new();
    CATALOG.get_or_init(|| Arc::new(load_dir(Path::new("data")).expect("data/ loads"))).clone()
}

#[test]
fn every_place_lies_in_its_own_country_on_the_map() {
    let atlas = Atlas::get();
    let catalog = record();
    let mut problems = Vec::new();
    for place in &catalog.places {
        let point = Point::new(place.lon, place.lat);
        let at = format!("{} ({} N, {} E, country {})", place.id, place.lat, place.lon, place.country);
        if atlas.whole_country(place).is_some() {
            continue;
        }
        let own = atlas.country(&place.country);
        if !atlas.covers(place.lon, place.lat) {
            // Beyond the frame is right only for a country the frame cuts, or does not reach.
            let [west, south, east, north] = atlas.frame;
            if let Some(bounds) = own.and_then(|c| c.polygons().bounding_rect()) {
                if bounds.min().x > west && bounds.min().y > south && bounds.max().x < east && bounds.max().y < north {
                    problems.push(format!("{at} lies beyond the map, but the whole country is on it"));
                }
            }
            continue;
        }
        let Some(own) = own else {
            problems.push(format!("{at}: the map has no country {} (tools/build-geo lists the countries)", place.country));
            continue;
        };
        let shape = own.polygons();
        if shape.contains(&point) {
            continue;
        }
        let other = atlas.country_at(place.lon, place.lat).map(|c| c.code.as_str());
        let distance = Euclidean.distance(&shape, &point);
        if distance > EDGE_TOLERANCE_DEGREES || other.is_some_and(|o| o != place.country) && distance > EDGE_TOLERANCE_DEGREES / 2.0 {
            problems.push(format!("{at} lies {:.0} km outside {}{}", distance * 111.0, own.name.en, other.map(|o| format!(", in {o}")).unwrap_or_default()));
        }
    }
    assert!(problems.is_empty(), "places drawn outside their country:\n{}", problems.join("\n"));
}

#[test]
fn close_places_keep_their_names_apart_on_the_maps_of_the_whole_record() {
    let catalog = record();
    let query = Query::default();
    let counts = query.place_counts(&catalog, &query.apply(&catalog));
    for lang in Lang::ALL {
        let mut named = Vec::new();
        for view in [View::Overview, View::Detail] {
            let layout = record_layout(&counts, lang, view);
            let full: Vec<_> = layout
                .countries
                .iter()
                .filter_map(|c| c.label.map(|l| (c.text.clone(), l.rect)))
                .chain(layout.markers.iter().filter_map(|m| m.label.map(|l| (m.text.clone(), l.rect))))
                .collect();
            // Narrow screens show the compact names instead of the full ones: each set on its own.
            let compact: Vec<_> = layout.compact.iter().map(|(i, l)| (layout.markers[*i].text.clone(), l.rect)).collect();
            assert!(compact.len() >= 5, "{view:?}: the largest places are named on phones too: {compact:?}");
            for labels in [full, compact] {
                for (i, (a, ra)) in labels.iter().enumerate() {
                    assert!(ra.x >= 0.0 && ra.y >= 0.0 && ra.x + ra.w <= MAP_WIDTH && ra.y + ra.h <= layout.height, "{view:?}: {a} leaves the map");
                    for (b, rb) in &labels[i + 1..] {
                        assert!(!ra.overlaps(rb), "{lang:?} {view:?}: \"{a}\" overlaps \"{b}\"");
                    }
                    for m in &layout.markers {
                        let c = m.circle;
                        let dx = c.x - c.x.clamp(ra.x, ra.x + ra.w);
                        let dy = c.y - c.y.clamp(ra.y, ra.y + ra.h);
                        assert!(dx.hypot(dy) >= c.r, "{lang:?} {view:?}: \"{a}\" covers the marker of {}", m.place.id);
                    }
                }
            }
            if view == View::Overview {
                for marker in layout.markers.iter().take(5) {
                    assert!(marker.label.is_some(), "{lang:?}: {} has no name on the overview", marker.place.id);
                }
                let mali = layout.countries.iter().find(|c| c.country.code == "ML").expect("Mali is named");
                assert!(mali.label.is_some() && mali.place.is_some_and(|(p, _)| p.id == "mali"), "events in Mali as a whole are counted on its name");
            }
            named.extend(layout.markers.iter().filter(|m| m.label.is_some()).map(|m| m.place.id.clone()));
        }
        // Places a few km apart are both named, on the overview or on the detail.
        for id in ["gao", "menaka", "bamako", "kati", "mopti", "sevare"] {
            assert!(named.iter().any(|n| n == id) || !catalog.places.iter().any(|p| p.id == id), "{lang:?}: {id} has no name on the maps");
        }
        let places = counts.iter().filter(|(p, _)| Atlas::get().whole_country(p).is_none() && Atlas::get().covers(p.lon, p.lat)).count();
        named.sort();
        named.dedup();
        assert!(named.len() * 10 >= places * 8, "{lang:?}: only {} of {places} places are named on the maps", named.len());
    }
}

async fn get(path: &str) -> (StatusCode, String) {
    let mut options = leptos::config::get_configuration(Some("Cargo.toml")).unwrap().leptos_options;
    options.hash_files = false;
    let public = mali_timeline::server::PublicUrl::parse("https://timeline.example.org").unwrap();
    let router = mali_timeline::server::app(record(), options, public);
    let request = Request::builder().uri(path).header(header::HOST, "timeline.test").body(Body::empty()).unwrap();
    let response = router.oneshot(request).await.unwrap();
    let status = response.status();
    (status, String::from_utf8_lossy(&to_bytes(response.into_body(), 50_000_000).await.unwrap()).into_owned())
}

/// Each marker of a `/map` page: its link and its accessible name.
fn markers(html: &str) -> Vec<(String, String)> {
    let start = html.find(r#"<g class="markers">"#).expect("the map has markers");
    let markers = &html[start..start + html[start..].find("</svg>").unwrap()];
    markers
        .split("<a href=\"")
        .skip(1)
        .map(|a| {
            let href = a[..a.find('"').unwrap()].replace("&amp;", "&");
            let label = a[a.find("aria-label=\"").unwrap() + 12..].split('"').next().unwrap().replace("&#39;", "'");
            (href, label)
        })
        .collect()
}

/// The number the timeline gives in "N events of M".
fn timeline_count(html: &str) -> usize {
    let count = &html[html.find(r#"<span id="count">"#).expect("a count") + 17..];
    count.split(' ').next().unwrap().replace(['\u{202f}', ','], "").parse().unwrap()
}

#[tokio::test]
async fn every_marker_leads_to_the_timeline_with_the_same_count() {
    for filters in ["theme=drones&from=2019", "q=kidal", "place=gao&place=menaka&key=1", ""] {
        let (status, html) = get(&format!("/map?{filters}")).await;
        assert_eq!(status, StatusCode::OK);
        let markers = markers(&html);
        assert!(!markers.is_empty(), "{filters}: no marker");
        for (href, label) in markers {
            let expected: usize = label.rsplit(": ").next().unwrap().split(' ').next().unwrap().parse().unwrap();
            assert!(href.starts_with("/?") && href.contains("place="), "{href}");
            for kept in filters.split('&').filter(|f| !f.is_empty() && !f.starts_with("place=")) {
                assert!(href.contains(kept), "{href} keeps {kept}");
            }
            let (_, timeline) = get(&href).await;
            assert_eq!(timeline_count(&timeline), expected, "{filters}: {label} but {href} shows another number");
        }
    }
}

#[tokio::test]
async fn the_french_map_names_places_and_countries_in_french() {
    let (status, html) = get("/fr/map").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("Tombouctou\u{202f}: "), "a French accessible name");
    assert!(html.contains(">ALGÉRIE<") || html.contains(">ALGÉRIE "), "country names in French");
    assert!(markers(&html).iter().all(|(href, _)| href.starts_with("/fr?")), "markers lead to the French timeline");
    assert!(html.contains("<caption>Lieux de ces événements</caption>"));
}

#[tokio::test]
async fn the_map_page_is_light_and_needs_no_script() {
    let (_, html) = get("/map").await;
    assert!(!html.contains("type=\"application/wasm\""), "/map has no island, so no wasm");
    assert!(!html.contains("style=\""), "no inline style under the strict CSP");
    assert!(html.len() < 250_000, "{} bytes of HTML", html.len());
    assert!(html.contains(r#"<table class="place-table">"#));
}

#[tokio::test]
async fn bad_map_filters_are_explained_not_errors() {
    let (status, html) = get("/map?place=atlantis&from=yesterday").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("place=atlantis") && html.contains("not a date"));
    let (status, html) = get("/map?q=zzzzzz").await;
    assert_eq!(status, StatusCode::OK);
    assert!(html.contains("No event matches these filters."));
}

#[tokio::test]
async fn every_event_page_and_slide_has_its_locator_map() {
    let catalog = record();
    for event in catalog.events.iter().step_by(7) {
        let (_, html) = get(&format!("/events/{}", event.id)).await;
        assert_eq!(html.matches(r#"<svg class="locator-map""#).count(), 1, "{}", event.id);
        if event.places.iter().any(|p| p == "mali") {
            assert!(html.contains(r##"<use href="#lo-ML" class="whole"/>"##), "{}: Mali as a whole is shaded", event.id);
        }
    }
    let (_, deck) = get("/present?thread=coups-and-juntas").await;
    let thread = catalog.thread("coups-and-juntas").unwrap();
    assert_eq!(deck.matches(r#"<svg class="locator-map""#).count(), thread.events.len());
    assert_eq!(deck.matches(r#"<g id="lo">"#).count(), 1, "the outlines are written once per deck");
}
