//! Maps drawn on the server as inline SVG from the atlas in `core::geo`: the record map of
//! `/map` (a marker per place, sized by its number of events, each a link to them) and the
//! small locator map of an event page, a slide or a handout entry. No script and no tiles:
//! the drawing scales with the page, works without JavaScript and prints.
//!
//! The SVG is written as text: it is large and static, and every piece of data in it goes
//! through `escape`.

use crate::core::geo::labels::{self, Anchor, Circle, Placed, Rect, Request};
use crate::core::geo::{Atlas, Country, Projection, Shape};
use crate::core::{Lang, Place, Query};
use crate::i18n::{labelled, place_count, t, Msg};
use leptos::prelude::*;
use std::fmt::Write as _;
use std::sync::LazyLock;

/// Width of the record map's drawing in its own units: about a pixel each on a desktop.
pub const MAP_WIDTH: f64 = 680.0;
/// Width of a locator's drawing.
const LOCATOR_WIDTH: f64 = 300.0;
const PLACE_FONT: f64 = 11.0;
const COUNTRY_FONT: f64 = 10.0;
const COUNTRY_SPACING: f64 = 1.5;
const LOCATOR_FONT: f64 = 13.0;
/// On narrow screens the drawing shrinks to half size or less: the largest places are named
/// again in this size, and the full-size names are hidden.
const COMPACT_FONT: f64 = 24.0;
/// Labels are this much wider and taller than their text: the white halo drawn around the
/// letters (the stylesheet's 2-unit stroke, which browsers count as up to 2 units a side).
const HALO: f64 = 4.0;
/// Ascent of common sans-serif faces (DejaVu Sans: 0.93 em), to set a text's baseline.
const ASCENT: f64 = 0.93;

/// Each country's shape (full map) and outline (locators) as SVG path data, built once.
static PATHS: LazyLock<Vec<(String, String)>> = LazyLock::new(|| {
    let atlas = Atlas::get();
    let (fine, coarse) = (Projection::new(atlas.frame, MAP_WIDTH), Projection::new(atlas.frame, LOCATOR_WIDTH));
    atlas.countries.iter().map(|c| (path(&c.shape, &fine), path(&c.outline, &coarse))).collect()
});

/// SVG path data for a shape, in whole drawing units, each point relative to the last.
fn path(shape: &Shape, projection: &Projection) -> String {
    let mut d = String::new();
    for ring in shape.iter().flatten() {
        let mut points: Vec<(i64, i64)> = ring
            .iter()
            .map(|&[lon, lat]| {
                let (x, y) = projection.point(lon, lat);
                (x.round() as i64, y.round() as i64)
            })
            .collect();
        points.dedup();
        if points.len() < 3 {
            continue;
        }
        let _ = write!(d, "M{} {}l", points[0].0, points[0].1);
        for pair in points.windows(2) {
            let (dx, dy) = (pair[1].0 - pair[0].0, pair[1].1 - pair[0].1);
            let _ = write!(d, "{}{dx}{}{dy}", if dx < 0 || d.ends_with('l') { "" } else { " " }, if dy < 0 { "" } else { " " });
        }
        d.push('z');
    }
    d
}

/// Text made safe for SVG text and attribute values.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// A line of text with its halo: ascent and descent come to 1.2 em in common faces.
fn label_height(font: f64) -> f64 {
    (font * 1.2 + HALO).ceil()
}

/// The baseline that puts the text's ascent at the top of its label, inside the halo.
fn baseline(rect: &Rect, font: f64) -> f64 {
    rect.y + HALO / 2.0 + ASCENT * font
}

/// Where the record map puts each place and each name: computed apart from the drawing so
/// that tests can check it.
pub struct RecordLayout<'a> {
    pub height: f64,
    /// Places drawn as circles, largest count first.
    pub markers: Vec<Marker<'a>>,
    /// Country names, with the count of a place that stands for the whole country.
    pub countries: Vec<CountryName<'a>>,
    /// Places outside the drawn region, with their counts.
    pub beyond: Vec<(&'a Place, usize)>,
    /// The names shown on narrow screens: index in `markers` and where the name goes.
    pub compact: Vec<(usize, Placed)>,
}

pub struct Marker<'a> {
    pub place: &'a Place,
    pub count: usize,
    pub circle: Circle,
    pub text: String,
    pub label: Option<Placed>,
}

pub struct CountryName<'a> {
    pub country: &'a Country,
    pub place: Option<(&'a Place, usize)>,
    pub text: String,
    pub label: Option<Placed>,
}

/// Lays out the record map for places and their counts (as `Query::place_counts` gives them).
pub fn record_layout<'a>(counts: &[(&'a Place, usize)], lang: Lang) -> RecordLayout<'a> {
    let atlas = Atlas::get();
    let projection = Projection::new(atlas.frame, MAP_WIDTH);
    let mut whole: Vec<(&Country, (&Place, usize))> = Vec::new();
    let mut dots = Vec::new();
    let mut beyond = Vec::new();
    for &(place, count) in counts {
        match atlas.whole_country(place) {
            Some(country) => whole.push((country, (place, count))),
            None if atlas.covers(place.lon, place.lat) => dots.push((place, count)),
            None => beyond.push((place, count)),
        }
    }
    // Circle areas follow the counts; small records get a fixed scale so one event is not huge.
    let max = dots.iter().map(|d| d.1).max().unwrap_or(1) as f64;
    let scale = (12.6 / max.sqrt()).min(2.0);
    let mut markers: Vec<Marker> = dots
        .into_iter()
        .map(|(place, count)| {
            let (x, y) = projection.point(place.lon, place.lat);
            let circle = Circle { x: x.round(), y: y.round(), r: ((3.0 + scale * (count as f64).sqrt()) * 2.0).round() / 2.0 };
            Marker { place, count, circle, text: format!("{} {count}", place.name.get(lang)), label: None }
        })
        .collect();
    let mut countries: Vec<CountryName> = atlas
        .countries
        .iter()
        .filter_map(|country| {
            let place = whole.iter().find(|(c, _)| c.code == country.code).map(|w| w.1);
            let name = country.name.get(lang).to_uppercase();
            let text = match place {
                Some((_, count)) => format!("{name} {count}"),
                None if country.labelled => name,
                None => return None,
            };
            Some(CountryName { country, place, text, label: None })
        })
        .collect();
    countries.sort_by_key(|c| std::cmp::Reverse(c.place.map_or(0, |p| p.1)));
    let circles: Vec<Circle> = markers.iter().map(|m| m.circle).collect();
    let requests: Vec<Request> = countries
        .iter()
        .map(|c| {
            let (x, y) = projection.point(c.country.label[0], c.country.label[1]);
            let w = labels::text_width(&c.text, COUNTRY_FONT, COUNTRY_SPACING) + HALO;
            Request { w, h: label_height(COUNTRY_FONT), at: Anchor::On(x, y) }
        })
        .chain(markers.iter().map(|m| Request {
            w: labels::text_width(&m.text, PLACE_FONT, 0.0) + HALO,
            h: label_height(PLACE_FONT),
            at: Anchor::Beside(m.circle),
        }))
        .collect();
    let frame = Rect { x: 0.0, y: 0.0, w: projection.width, h: projection.height };
    let placed = labels::place(&requests, &circles, frame);
    for (country, label) in countries.iter_mut().zip(&placed) {
        country.label = *label;
    }
    for (marker, label) in markers.iter_mut().zip(&placed[countries.len()..]) {
        marker.label = *label;
    }
    let compact_requests: Vec<Request> = markers
        .iter()
        .map(|m| Request { w: labels::text_width(&m.text, COMPACT_FONT, 0.0) + HALO, h: label_height(COMPACT_FONT), at: Anchor::Beside(m.circle) })
        .collect();
    let compact = labels::place(&compact_requests, &circles, frame).into_iter().enumerate().filter_map(|(i, p)| p.map(|p| (i, p))).collect();
    RecordLayout { height: projection.height, markers, countries, beyond, compact }
}

/// The timeline of `query`'s events at one place.
pub fn place_href(query: &Query, place: &Place, lang: Lang) -> String {
    lang.href(&format!("/?{}", query.with_place(&place.id).to_query_string()))
}

/// The map of `/map`: every place of `counts` (a place and its number of events under
/// `query`), each a link to the timeline of its events.
#[component]
pub fn RecordMap(counts: Vec<(Place, usize)>, query: Query, lang: Lang) -> impl IntoView {
    let borrowed: Vec<(&Place, usize)> = counts.iter().map(|(p, n)| (p, *n)).collect();
    let layout = record_layout(&borrowed, lang);
    let svg = record_svg(&layout, lang, &|p: &Place| place_href(&query, p, lang));
    view! {
        <figure class="record-map">
            <div class="map-drawing" inner_html=svg></div>
            <figcaption class="hint">{t(lang, Msg::MapSource)}</figcaption>
        </figure>
    }
}

fn record_svg(layout: &RecordLayout, lang: Lang, href: &dyn Fn(&Place) -> String) -> String {
    let atlas = Atlas::get();
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="map" viewBox="0 0 {MAP_WIDTH} {h:.1}" role="group" aria-labelledby="map-name"><title id="map-name">{name}</title><rect class="sea" width="{MAP_WIDTH}" height="{h:.1}"/><g class="land" aria-hidden="true">"#,
        h = layout.height,
        name = escape(t(lang, Msg::MapName)),
    );
    for (country, (d, _)) in atlas.countries.iter().zip(PATHS.iter()) {
        let counted = layout.countries.iter().any(|c| c.country.code == country.code && c.place.is_some());
        let class = if country.code == "ML" { "home" } else if counted { "has-events" } else { "" };
        let _ = write!(svg, r#"<path class="{class}" d="{d}"/>"#);
    }
    svg.push_str(r#"</g><g class="country-names" aria-hidden="true">"#);
    for name in layout.countries.iter().filter(|c| c.place.is_none()) {
        if let Some(label) = name.label {
            write_country_name(&mut svg, &label.rect, &name.text);
        }
    }
    svg.push_str(r#"</g><g class="markers">"#);
    for name in &layout.countries {
        if let (Some((place, count)), Some(label)) = (name.place, name.label) {
            let _ = write!(svg, r#"<a href="{}" aria-label="{}">"#, escape(&href(place)), escape(&place_count(lang, place.name.get(lang), count)));
            write_country_name(&mut svg, &label.rect, &name.text);
            svg.push_str("</a>");
        }
    }
    for marker in &layout.markers {
        let name = place_count(lang, marker.place.name.get(lang), marker.count);
        let c = marker.circle;
        let _ = write!(svg, r#"<a href="{}" aria-label="{}"><circle cx="{}" cy="{}" r="{}"/>"#, escape(&href(marker.place)), escape(&name), c.x, c.y, c.r);
        match marker.label {
            Some(label) => write_place_label(&mut svg, &label, &marker.text, PLACE_FONT),
            None => {
                let _ = write!(svg, "<title>{}</title>", escape(&name));
            }
        }
        svg.push_str("</a>");
    }
    svg.push_str(r#"</g><g class="compact" aria-hidden="true">"#);
    for (i, label) in &layout.compact {
        write_place_label(&mut svg, label, &layout.markers[*i].text, COMPACT_FONT);
    }
    svg.push_str("</g></svg>");
    svg
}

fn write_country_name(svg: &mut String, rect: &Rect, text: &str) {
    let _ = write!(
        svg,
        r#"<text class="country-name" x="{:.1}" y="{:.1}" font-size="{COUNTRY_FONT}" letter-spacing="{COUNTRY_SPACING}" text-anchor="middle">{}</text>"#,
        rect.x + rect.w / 2.0,
        baseline(rect, COUNTRY_FONT),
        escape(text)
    );
}

fn write_place_label(svg: &mut String, label: &Placed, text: &str, font: f64) {
    if let Some([(x0, y0), (x1, y1)]) = label.leader {
        let _ = write!(svg, r#"<path class="leader" d="M{x0:.1} {y0:.1}L{x1:.1} {y1:.1}"/>"#);
    }
    let _ = write!(
        svg,
        r#"<text x="{:.1}" y="{:.1}" font-size="{font}">{}</text>"#,
        label.rect.x + HALO / 2.0,
        label.rect.y + (label.rect.h + font * 0.7) / 2.0,
        escape(text)
    );
}

/// The outlines every locator map draws, defined once per page: `#lo` is the whole region,
/// `#lo-XX` one country (ISO alpha-2), for `<use>`.
pub fn locator_defs() -> String {
    let mut defs = String::from(r#"<defs><g id="lo">"#);
    for (country, (_, d)) in Atlas::get().countries.iter().zip(PATHS.iter()) {
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
            if let Some([(x0, y0), (x1, y1)]) = label.leader {
                let _ = write!(svg, r#"<path class="leader" d="M{x0:.0} {y0:.0}L{x1:.0} {y1:.0}"/>"#);
            }
            let _ = write!(
                svg,
                r#"<text x="{:.0}" y="{:.0}" font-size="{LOCATOR_FONT}">{}</text>"#,
                label.rect.x + HALO / 2.0,
                label.rect.y + (label.rect.h + LOCATOR_FONT * 0.7) / 2.0,
                escape(place.name.get(lang))
            );
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_data_is_relative_and_closed() {
        let projection = Projection::new([0.0, 0.0, 10.0, 10.0], 100.0);
        let square = vec![vec![vec![[0.0, 10.0], [1.0, 10.0], [1.0, 9.0], [0.0, 9.0], [0.0, 10.0]]]];
        let d = path(&square, &projection);
        assert!(d.starts_with("M0 0l"), "{d}");
        assert!(d.ends_with('z'));
        assert!(d.contains('-'), "it goes back west: {d}");
    }

    #[test]
    fn names_are_escaped_in_the_drawing() {
        assert_eq!(escape("Côte d'Ivoire & <b>"), "Côte d&#39;Ivoire &amp; &lt;b&gt;");
    }
}
