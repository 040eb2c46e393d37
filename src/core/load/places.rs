//! Places (`places/*.toml`): names in both languages, coordinates and country.

use super::{Kind, Loader, Loc, RawText, S};
use crate::core::model::Place;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct PlaceFile {
    #[serde(default)]
    pub(super) place: Vec<S<RawPlace>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPlace {
    pub(super) id: Option<S<String>>,
    pub(super) name: Option<S<RawText>>,
    pub(super) lat: Option<S<f64>>,
    pub(super) lon: Option<S<f64>>,
    pub(super) region: Option<S<RawText>>,
    pub(super) country: Option<S<String>>,
}

impl Loader {
    pub(super) fn places(&mut self, file: &Path, items: Vec<S<RawPlace>>) {
        for item in items {
            let at = self.loc(file, item.span());
            let raw = item.into_inner();
            let id = self.id(Kind::Place, file, &at, raw.id);
            let name = self.text(file, &at, "name", raw.name);
            let region = self.text(file, &at, "region", raw.region);
            let lat = self.coordinate(file, &at, "lat", raw.lat, 90.0);
            let lon = self.coordinate(file, &at, "lon", raw.lon, 180.0);
            let country = self.string(file, &at, "country", raw.country);
            if let Some(c) = &country {
                if c.len() != 2 || !c.bytes().all(|b| b.is_ascii_uppercase()) {
                    self.error_at(at.clone(), "country", format!("\"{c}\" is not a two-letter ISO country code"));
                }
            }
            if let (Some(id), Some(name), Some(region), Some(lat), Some(lon), Some(country)) = (id, name, region, lat, lon, country) {
                self.parts.places.push(Place { id, name, lat, lon, region, country });
            }
        }
    }

    pub(super) fn coordinate(&mut self, file: &Path, item: &Loc, field: &str, value: Option<S<f64>>, limit: f64) -> Option<f64> {
        let value = self.missing(item, field, value)?;
        let v = *value.get_ref();
        if !(-limit..=limit).contains(&v) {
            let at = self.loc(file, value.span());
            self.error_at(at, field, format!("{v} is outside -{limit}..{limit}"));
            return None;
        }
        Some(v)
    }
}
