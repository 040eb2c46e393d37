//! Geography: the countries of the region the site maps, the projection that puts them on a
//! page, and which country holds a place.
//!
//! The countries come from Natural Earth (public domain), cut to the region and simplified by
//! `tools/build-geo` into `data/geo/sahel.json`, which is compiled into the program (see
//! `data/geo/README.md`). Coordinates are WGS 84 longitude and latitude in degrees.

pub mod labels;

use super::lang::Text;
use super::model::Place;
use serde::Deserialize;
use std::sync::LazyLock;

/// A longitude and a latitude, in degrees.
pub type LonLat = [f64; 2];

/// A GeoJSON MultiPolygon's coordinates: polygons, each an outer ring then its holes.
pub type Shape = Vec<Vec<Vec<LonLat>>>;

/// The mapped region and its countries, as `tools/build-geo` wrote them.
#[derive(Debug, Deserialize)]
pub struct Atlas {
    /// Where the geometry comes from and under what licence.
    pub source: String,
    /// The region drawn: west, south, east, north, in degrees.
    pub frame: [f64; 4],
    pub countries: Vec<Country>,
}

/// A country, cut to the frame.
#[derive(Debug, Deserialize)]
pub struct Country {
    /// ISO 3166-1 alpha-2, as in the places' `country`.
    pub code: String,
    pub name: Text,
    /// Whether the full map writes its name (small and distant countries stay unnamed).
    pub labelled: bool,
    /// The point farthest inside its largest part, where its name goes.
    pub label: LonLat,
    /// Simplified to about 1 km, for the full map and for "which country holds this place".
    pub shape: Shape,
    /// Simplified to about 20 km, for the small locator maps.
    pub outline: Shape,
}

static ATLAS: LazyLock<Atlas> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../../data/geo/sahel.json")).expect("data/geo/sahel.json is written by tools/build-geo")
});

impl Atlas {
    /// The atlas compiled into the program (parsed once, on first use).
    pub fn get() -> &'static Atlas {
        &ATLAS
    }

    pub fn country(&self, code: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.code == code)
    }

    /// Whether a point lies within the region drawn.
    pub fn covers(&self, lon: f64, lat: f64) -> bool {
        let [west, south, east, north] = self.frame;
        (west..=east).contains(&lon) && (south..=north).contains(&lat)
    }

    /// The country that a place stands for as a whole (a place named like its country, such
    /// as "Mali"), which maps show as the country rather than as a dot.
    pub fn whole_country(&self, place: &Place) -> Option<&Country> {
        self.country(&place.country).filter(|c| c.name.en == place.name.en)
    }

    /// The country whose shape holds the point, if any (none at sea or beyond the frame).
    #[cfg(feature = "ssr")]
    pub fn country_at(&self, lon: f64, lat: f64) -> Option<&Country> {
        use geo::Contains;
        let point = geo::Point::new(lon, lat);
        self.countries.iter().find(|c| c.polygons().contains(&point))
    }
}

#[cfg(feature = "ssr")]
impl Country {
    /// The shape as a `geo` multipolygon, for geometric questions.
    pub fn polygons(&self) -> geo::MultiPolygon {
        let ring = |r: &Vec<LonLat>| geo::LineString::from(r.iter().map(|&[x, y]| (x, y)).collect::<Vec<_>>());
        geo::MultiPolygon(self.shape.iter().map(|p| geo::Polygon::new(ring(&p[0]), p[1..].iter().map(ring).collect())).collect())
    }

    /// A point inside the largest part of the country that lies within `frame` (west,
    /// south, east, north), where a map of that frame can write its name; `None` when
    /// the country's part there is smaller than `min_area` square degrees.
    pub fn label_within(&self, frame: [f64; 4], min_area: f64) -> Option<LonLat> {
        use geo::{Area, BooleanOps, InteriorPoint};
        let [west, south, east, north] = frame;
        let rect = geo::Rect::new((west, south), (east, north)).to_polygon();
        let part = self.polygons().intersection(&rect);
        let largest = part.0.iter().max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area()))?;
        (largest.unsigned_area() >= min_area).then(|| largest.interior_point()).flatten().map(|p| [p.x(), p.y()])
    }
}

/// The latitude at which the projection keeps distances true: the middle of Mali.
pub const STANDARD_PARALLEL: f64 = 17.0;

/// An equirectangular projection of the atlas's frame onto a drawing `width` units wide
/// (y grows downwards, as in SVG). Longitudes shrink by cos 17°, so shapes near Mali keep
/// their proportions; the error stays under 10 % across the frame.
#[derive(Clone, Copy, Debug)]
pub struct Projection {
    west: f64,
    north: f64,
    /// Drawing units per degree of latitude.
    scale: f64,
    shrink: f64,
    pub width: f64,
    pub height: f64,
}

impl Projection {
    pub fn new(frame: [f64; 4], width: f64) -> Projection {
        let [west, south, east, north] = frame;
        let shrink = STANDARD_PARALLEL.to_radians().cos();
        let scale = width / ((east - west) * shrink);
        Projection { west, north, scale, shrink, width, height: (north - south) * scale }
    }

    /// Where a longitude and latitude fall on the drawing.
    pub fn point(&self, lon: f64, lat: f64) -> (f64, f64) {
        ((lon - self.west) * self.shrink * self.scale, (self.north - lat) * self.scale)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_atlas_holds_mali_and_its_neighbours_in_both_languages() {
        let atlas = Atlas::get();
        for code in ["ML", "DZ", "NE", "BF", "MR", "SN", "GN", "CI", "LY", "TD"] {
            let country = atlas.country(code).unwrap_or_else(|| panic!("{code} is missing"));
            assert!(!country.shape.is_empty() && !country.outline.is_empty(), "{code} has no shape");
        }
        assert_eq!(atlas.country("TD").unwrap().name.fr, "Tchad");
        assert_eq!(atlas.country("CI").unwrap().name.en, "Côte d'Ivoire");
        assert!(atlas.source.contains("Natural Earth"));
    }

    #[test]
    fn projection_puts_north_up_and_keeps_proportions_at_mali_s_latitude() {
        let p = Projection::new([-18.0, 4.0, 17.5, 37.5], 700.0);
        assert_eq!(p.point(-18.0, 37.5), (0.0, 0.0));
        let (x, y) = p.point(17.5, 4.0);
        assert!((x - 700.0).abs() < 1e-9 && (y - p.height).abs() < 1e-9);
        // One degree east and one degree north at 17° N are 106 and 111 km: the drawing agrees.
        let (x0, y0) = p.point(-3.0, 17.0);
        let (x1, _) = p.point(-2.0, 17.0);
        let (_, y1) = p.point(-3.0, 18.0);
        assert!(((x1 - x0) / (y0 - y1) - 106.5 / 111.3).abs() < 0.01);
    }

    #[test]
    fn a_place_named_like_its_country_stands_for_the_whole_country() {
        let atlas = Atlas::get();
        let place = |id: &str, en: &str, country: &str| Place {
            id: id.into(),
            name: Text::new(en, en),
            lat: 0.0,
            lon: 0.0,
            region: Text::default(),
            country: country.into(),
        };
        assert_eq!(atlas.whole_country(&place("mali", "Mali", "ML")).map(|c| c.code.as_str()), Some("ML"));
        assert!(atlas.whole_country(&place("gao", "Gao", "ML")).is_none());
        assert!(atlas.whole_country(&place("paris", "Paris", "FR")).is_none());
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn points_are_found_in_the_right_country() {
        let atlas = Atlas::get();
        let at = |lon, lat| atlas.country_at(lon, lat).map(|c| c.code.as_str());
        assert_eq!(at(-0.0447, 16.2717), Some("ML"), "Gao");
        assert_eq!(at(2.1254, 13.5116), Some("NE"), "Niamey");
        assert_eq!(at(-1.5197, 12.3714), Some("BF"), "Ouagadougou");
        assert_eq!(at(-17.5, 20.0), None, "the Atlantic");
        assert_eq!(at(-25.0, 20.0), None, "beyond the frame");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn a_country_s_name_goes_inside_the_part_a_detail_map_shows() {
        let atlas = Atlas::get();
        let frame = [-6.8, 12.6, 3.4, 17.4];
        for code in ["ML", "BF", "NE"] {
            let [lon, lat] = atlas.country(code).unwrap().label_within(frame, 1.0).unwrap_or_else(|| panic!("{code} has no label"));
            assert!((frame[0]..=frame[2]).contains(&lon) && (frame[1]..=frame[3]).contains(&lat), "{code}: {lon}, {lat}");
            assert_eq!(atlas.country_at(lon, lat).map(|c| c.code.as_str()), Some(code));
        }
        assert!(atlas.country("SN").unwrap().label_within(frame, 1.0).is_none(), "Senegal is not in that frame");
    }
}
