//! The small locator map of an event page, a slide or a handout entry: the region's coarse
//! outlines, the event's places as dots, a place that stands for a whole country shaded.

use super::{escape, label_height, path, write_place_label, HALO};
use crate::core::geo::labels::{self, Anchor, Circle, Rect, Request};
use crate::core::geo::{Atlas, Country, Projection};
use crate::core::{Lang, Place};
use crate::i18n::{labelled, t, Msg};
use leptos::prelude::*;
use std::fmt::Write as _;
use std::sync::LazyLock;

/// Width of a locator's drawing.
const LOCATOR_WIDTH: f64 = 300.0;
const LOCATOR_FONT: f64 = 13.0;

/// Each country's coarse outline as SVG path data, built once.
static OUTLINES: LazyLock<Vec<String>> = LazyLock::new(|| {
    let atlas = Atlas::get();
    let projection = Projection::new(atlas.frame, LOCATOR_WIDTH);
    atlas.countries.iter().map(|c| path(&c.outline, &projection)).collect()
});

/// The outlines every locator map draws, defined once per page: `#lo` is the whole region,
/// `#lo-XX` one country (ISO alpha-2), for `<use>`.
pub fn locator_defs() -> String {
    let mut defs = String::from(r#"<defs><g id="lo">"#);
    for (country, d) in Atlas::get().countries.iter().zip(OUTLINES.iter()) {
        let _ = write!(defs, r#"<path id="lo-{}" d="{d}"/>"#, country.code);
    }
    defs.push_str("</g></defs>");
    defs
}

/// The hidden drawing that holds `locator_defs` for pages with many locators (slides, handout).
#[component]
pub fn LocatorDefs() -> impl IntoView {
    let svg = format!(r#"<svg class="map-defs" width="0" height="0" aria-hidden="true" focusable="false">{}</svg>"#, locator_defs());
    view! { <div class="map-defs" inner_html=svg></div> }
}

/// A small map of the region marking `places`: a whole country is shaded, a town is a dot.
/// With `shared`, the outlines come from a `LocatorDefs` elsewhere on the page.
#[component]
pub fn LocatorMap(places: Vec<Place>, lang: Lang, #[prop(optional)] shared: bool) -> impl IntoView {
    let atlas = Atlas::get();
    let projection = Projection::new(atlas.frame, LOCATOR_WIDTH);
    let (inside, beyond): (Vec<&Place>, Vec<&Place>) = places.iter().partition(|p| atlas.whole_country(p).is_some() || atlas.covers(p.lon, p.lat));
    let names = |list: &[&Place]| list.iter().map(|p| p.name.get(lang)).collect::<Vec<_>>().join(", ");
    let title = match (inside.is_empty(), beyond.is_empty()) {
        (false, _) => labelled(lang, t(lang, Msg::LocatorName), &names(&inside)),
        (true, false) => labelled(lang, t(lang, Msg::NotOnMap), &names(&beyond)),
        (true, true) => t(lang, Msg::RegionMap).to_string(),
    };
    let mut svg = format!(
        r##"<svg class="locator-map" viewBox="0 0 {LOCATOR_WIDTH} {:.0}" role="img"><title>{}</title>{}<use href="#lo" class="land"/>"##,
        projection.height,
        escape(&title),
        if shared { String::new() } else { locator_defs() },
    );
    let whole: Vec<&Country> = inside.iter().filter_map(|p| atlas.whole_country(p)).collect();
    if !whole.iter().any(|c| c.code == "ML") {
        svg.push_str(r##"<use href="#lo-ML" class="home"/>"##);
    }
    for country in whole {
        let _ = write!(svg, r##"<use href="#lo-{}" class="whole"/>"##, country.code);
    }
    let spots: Vec<(&Place, Circle)> = inside
        .iter()
        .filter(|p| atlas.whole_country(p).is_none())
        .map(|p| {
            let (x, y) = projection.point(p.lon, p.lat);
            (*p, Circle { x: x.round(), y: y.round(), r: 5.0 })
        })
        .collect();
    let circles: Vec<Circle> = spots.iter().map(|s| s.1).collect();
    let requests: Vec<Request> = spots
        .iter()
        .map(|(p, c)| Request { w: labels::text_width(p.name.get(lang), LOCATOR_FONT, 0.0) + HALO, h: label_height(LOCATOR_FONT), at: Anchor::Beside(*c) })
        .collect();
    let placed = labels::place(&requests, &circles, Rect { x: 0.0, y: 0.0, w: projection.width, h: projection.height });
    for ((place, c), label) in spots.iter().zip(placed) {
        let _ = write!(svg, r#"<circle class="spot" cx="{}" cy="{}" r="{}"/>"#, c.x, c.y, c.r);
        if let Some(label) = label {
            write_place_label(&mut svg, &label, place.name.get(lang), LOCATOR_FONT, 0);
        }
    }
    svg.push_str("</svg>");
    let beyond = (!beyond.is_empty()).then(|| view! { <figcaption class="hint">{labelled(lang, t(lang, Msg::NotOnMap), &names(&beyond))}</figcaption> });
    view! {
        <figure class="locator">
            <div class="map-drawing" inner_html=svg></div>
            {beyond}
        </figure>
    }
}
