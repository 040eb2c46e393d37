//! The record map of `/map`: a marker per place, sized by its number of events, each a link
//! to the timeline of those events; country names carry the count of events set in a whole
//! country. An overview of the region, and an enlarged detail of central Mali and the
//! three-borders area, where the places are too close to name them all at overview scale.

use super::{baseline, escape, label_height, path, write_place_label, HALO, MAP_WIDTH};
use crate::core::geo::labels::{self, Anchor, Circle, Placed, Rect, Request};
use crate::core::geo::{Atlas, Country, LonLat, Projection};
use crate::core::{Lang, Place, Query};
use crate::i18n::{place_count, t, Msg};
use leptos::prelude::*;
use std::fmt::Write as _;
use std::sync::LazyLock;

const PLACE_FONT: f64 = 10.0;
const COUNTRY_FONT: f64 = 10.0;
const COUNTRY_SPACING: f64 = 1.5;
/// On narrow screens the drawing shrinks to half size or less: the largest places are named
/// again in this size, and the full-size names are hidden.
const COMPACT_FONT: f64 = 24.0;

/// The enlarged detail: west, south, east, north in degrees, from Niono and Diabaly to Niamey
/// and from Timbuktu to Djibo.
pub const DETAIL: [f64; 4] = [-6.8, 12.6, 3.4, 17.4];

/// Which drawing of the record map.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The whole region of the atlas.
    Overview,
    /// `DETAIL`, enlarged about three and a half times.
    Detail,
}

impl View {
    fn frame(self) -> [f64; 4] {
        match self {
            View::Overview => Atlas::get().frame,
            View::Detail => DETAIL,
        }
    }

    fn projection(self) -> Projection {
        Projection::new(self.frame(), MAP_WIDTH)
    }

    fn shows(self, lon: f64, lat: f64) -> bool {
        let [west, south, east, north] = self.frame();
        (west..=east).contains(&lon) && (south..=north).contains(&lat)
    }
}

/// Each country's shape as SVG path data, built once per view (for the detail, only the
/// countries that reach into it).
static OVERVIEW_PATHS: LazyLock<Vec<(&'static Country, String)>> = LazyLock::new(|| paths(View::Overview));
static DETAIL_PATHS: LazyLock<Vec<(&'static Country, String)>> = LazyLock::new(|| paths(View::Detail));

/// Where the detail writes each country's name: inside the part it shows (none for a
/// country with little there). Computed once, on the server.
fn detail_label(country: &Country) -> Option<LonLat> {
    #[cfg(feature = "ssr")]
    {
        static POINTS: LazyLock<Vec<(String, Option<LonLat>)>> =
            LazyLock::new(|| Atlas::get().countries.iter().map(|c| (c.code.clone(), c.label_within(DETAIL, 1.0))).collect());
        POINTS.iter().find(|(code, _)| *code == country.code).and_then(|p| p.1)
    }
    #[cfg(not(feature = "ssr"))]
    {
        let _ = country;
        None
    }
}

fn paths(view: View) -> Vec<(&'static Country, String)> {
    let projection = view.projection();
    Atlas::get()
        .countries
        .iter()
        .filter(|c| c.shape.iter().flatten().flatten().any(|&[lon, lat]| view.shows(lon, lat)) || view == View::Overview)
        .map(|c| (c, path(&c.shape, &projection)))
        .collect()
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

/// Lays out one view of the record map for places and their counts (as
/// `Query::place_counts` gives them).
pub fn record_layout<'a>(counts: &[(&'a Place, usize)], lang: Lang, view: View) -> RecordLayout<'a> {
    let atlas = Atlas::get();
    let projection = view.projection();
    let mut whole: Vec<(&Country, (&Place, usize))> = Vec::new();
    let mut dots = Vec::new();
    let mut beyond = Vec::new();
    for &(place, count) in counts {
        match atlas.whole_country(place) {
            Some(country) => whole.push((country, (place, count))),
            None if view.shows(place.lon, place.lat) => dots.push((place, count)),
            None if atlas.covers(place.lon, place.lat) => {}
            None => beyond.push((place, count)),
        }
    }
    if view == View::Detail {
        whole.clear();
    }
    // Circle areas follow the counts, on the same scale in both views; small records get a
    // fixed scale so that one event is not drawn huge.
    let max = counts.iter().filter(|(p, _)| atlas.whole_country(p).is_none()).map(|c| c.1).max().unwrap_or(1) as f64;
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
                None if country.labelled && view == View::Overview => name,
                None if view == View::Detail && detail_label(country).is_some() => name,
                None => return None,
            };
            Some(CountryName { country, place, text, label: None })
        })
        .collect();
    countries.sort_by_key(|c| std::cmp::Reverse(c.place.map_or(0, |p| p.1)));
    let circles: Vec<Circle> = markers.iter().map(|m| m.circle).collect();
    // Who gets room first: the countries that carry a count (they are links), then places by
    // number of events, then the plain country names, which may move or go.
    enum Label {
        Country(usize),
        Place(usize),
    }
    let counted = |i: &usize| countries[*i].place.is_some();
    let order: Vec<Label> = (0..countries.len())
        .filter(counted)
        .map(Label::Country)
        .chain((0..markers.len()).map(Label::Place))
        .chain((0..countries.len()).filter(|i| !counted(i)).map(Label::Country))
        .collect();
    let requests: Vec<Request> = order
        .iter()
        .map(|label| match *label {
            Label::Country(i) => {
                let c = &countries[i];
                let [lon, lat] = match view {
                    View::Overview => c.country.label,
                    View::Detail => detail_label(c.country).unwrap_or(c.country.label),
                };
                let (x, y) = projection.point(lon, lat);
                let w = labels::text_width(&c.text, COUNTRY_FONT, COUNTRY_SPACING) + HALO;
                Request { w, h: label_height(COUNTRY_FONT), at: Anchor::On(x, y) }
            }
            Label::Place(i) => Request {
                w: labels::text_width(&markers[i].text, PLACE_FONT, 0.0) + HALO,
                h: label_height(PLACE_FONT),
                at: Anchor::Beside(markers[i].circle),
            },
        })
        .collect();
    let frame = Rect { x: 0.0, y: 0.0, w: projection.width, h: projection.height };
    for (label, placed) in order.iter().zip(labels::place(&requests, &circles, frame)) {
        match *label {
            Label::Country(i) => countries[i].label = placed,
            Label::Place(i) => markers[i].label = placed,
        }
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

/// The maps of `/map`: every place of `counts` (a place and its number of events under
/// `query`), each a link to the timeline of its events; the detail follows the overview
/// when it has places.
#[component]
pub fn RecordMap(counts: Vec<(Place, usize)>, query: Query, lang: Lang) -> impl IntoView {
    let borrowed: Vec<(&Place, usize)> = counts.iter().map(|(p, n)| (p, *n)).collect();
    let href = |p: &Place| place_href(&query, p, lang);
    let overview = record_svg(&record_layout(&borrowed, lang, View::Overview), lang, &href, View::Overview);
    let detail = record_layout(&borrowed, lang, View::Detail);
    let detail = (!detail.markers.is_empty()).then(|| {
        let svg = record_svg(&detail, lang, &href, View::Detail);
        view! {
            <figure class="record-map detail">
                <div class="map-drawing" inner_html=svg></div>
                <figcaption class="hint">{t(lang, Msg::MapDetail)}</figcaption>
            </figure>
        }
    });
    view! {
        <figure class="record-map">
            <div class="map-drawing" inner_html=overview></div>
            <figcaption class="hint">{t(lang, Msg::MapSource)}</figcaption>
        </figure>
        {detail}
    }
}

pub(super) fn record_svg(layout: &RecordLayout, lang: Lang, href: &dyn Fn(&Place) -> String, view: View) -> String {
    let (id, name, paths) = match view {
        View::Overview => ("map-name", Msg::MapName, &*OVERVIEW_PATHS),
        View::Detail => ("detail-name", Msg::MapDetailName, &*DETAIL_PATHS),
    };
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="map" viewBox="0 0 {MAP_WIDTH} {h:.1}" role="group" aria-labelledby="{id}"><title id="{id}">{name}</title><rect class="sea" width="{MAP_WIDTH}" height="{h:.1}"/><g class="land" aria-hidden="true">"#,
        h = layout.height,
        name = escape(t(lang, name)),
    );
    for (country, d) in paths {
        let counted = layout.countries.iter().any(|c| c.country.code == country.code && c.place.is_some());
        let class = if country.code == "ML" { "home" } else if counted { "has-events" } else { "" };
        let _ = write!(svg, r#"<path class="{class}" d="{d}"/>"#);
    }
    if view == View::Overview {
        let projection = view.projection();
        let (x0, y0) = projection.point(DETAIL[0], DETAIL[3]);
        let (x1, y1) = projection.point(DETAIL[2], DETAIL[1]);
        let _ = write!(svg, r#"<rect class="detail-box" x="{x0:.1}" y="{y0:.1}" width="{:.1}" height="{:.1}"/>"#, x1 - x0, y1 - y0);
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
            Some(label) => write_place_label(&mut svg, &label, &marker.text, PLACE_FONT, 1),
            None => {
                let _ = write!(svg, "<title>{}</title>", escape(&name));
            }
        }
        svg.push_str("</a>");
    }
    svg.push_str(r#"</g><g class="compact" aria-hidden="true">"#);
    for (i, label) in &layout.compact {
        write_place_label(&mut svg, label, &layout.markers[*i].text, COMPACT_FONT, 1);
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
