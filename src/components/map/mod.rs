//! Maps drawn on the server as inline SVG from the atlas in `core::geo`: the record map of
//! `/map` (`record`) and the small locator map of an event page, a slide or a handout entry
//! (`locator`). No script and no tiles: the drawing scales with the page, works without
//! JavaScript and prints.
//!
//! The SVG is written as text: it is large and static, and every piece of data in it goes
//! through `escape`.

mod locator;
mod record;

pub use locator::{locator_defs, LocatorDefs, LocatorMap};
pub use record::{place_href, record_layout, CountryName, Marker, RecordLayout, RecordMap, View, DETAIL};

use crate::core::geo::labels::{Placed, Rect};
use crate::core::geo::{Projection, Shape};
use std::fmt::Write as _;

/// Width of the record map's drawings in their own units: about a pixel each on a desktop.
pub const MAP_WIDTH: f64 = 680.0;
/// Labels are this much wider and taller than their text: the white halo drawn around the
/// letters (the stylesheet's 2-unit stroke, which browsers count as up to 2 units a side).
const HALO: f64 = 4.0;
/// Ascent of common sans-serif faces (DejaVu Sans: 0.93 em), to set a text's baseline.
const ASCENT: f64 = 0.93;

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

/// Writes a place's label (and its leader line, if it has one) with coordinates rounded to
/// `decimals` places: the record map keeps one, the small locator maps none.
fn write_place_label(svg: &mut String, label: &Placed, text: &str, font: f64, decimals: usize) {
    if let Some([(x0, y0), (x1, y1)]) = label.leader {
        let _ = write!(svg, r#"<path class="leader" d="M{x0:.decimals$} {y0:.decimals$}L{x1:.decimals$} {y1:.decimals$}"/>"#);
    }
    let _ = write!(
        svg,
        r#"<text x="{:.decimals$}" y="{:.decimals$}" font-size="{font}">{}</text>"#,
        label.rect.x + HALO / 2.0,
        baseline(&label.rect, font),
        escape(text)
    );
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
