//! Cuts Natural Earth's countries to the region the site maps (Mali and its neighbours),
//! simplifies them at two levels and writes `data/geo/sahel.json`.
//!
//! Input: `countries-50m.json` of npm's `world-atlas` 2.0.2, which is Natural Earth's 1:50m
//! Admin 0 countries (public domain) as TopoJSON (Mike Bostock, ISC licence).
//! Usage: `build-geo <countries-50m.json> <sahel.json>`; `scripts/build-geo` fetches the input.
//!
//! Borders are simplified once per TopoJSON arc, before the arcs are joined into countries,
//! so two neighbours still share exactly the same border after simplification.

use geo::{Area, BooleanOps, Coord, Intersects, LineString, MultiPolygon, Polygon, Rect, Simplify};
use serde_json::{json, Value};
use std::process::ExitCode;
use topojson::{TopoJson, Topology};

/// The region drawn, in degrees: west, south, east, north. Senegal's coast to the west, the
/// Gulf of Guinea to the south, Algiers, Tripoli and Sirte to the north, Lake Chad at the
/// eastern edge.
const FRAME: [f64; 4] = [-18.0, 4.0, 17.5, 37.5];
/// Douglas–Peucker tolerances in degrees (0.01° ≈ 1 km): the full map, and the locators.
const FINE: f64 = 0.01;
const COARSE: f64 = 0.2;

/// Every country that reaches into the frame: ISO 3166-1 numeric id (Natural Earth's),
/// alpha-2 code (the places' `country`), English and French names, and whether the full map
/// writes its name (small or distant countries stay unnamed).
const COUNTRIES: &[(&str, &str, &str, &str, bool)] = &[
    ("012", "DZ", "Algeria", "Algérie", true),
    ("120", "CM", "Cameroon", "Cameroun", true),
    ("140", "CF", "Central African Republic", "République centrafricaine", false),
    ("148", "TD", "Chad", "Tchad", true),
    ("204", "BJ", "Benin", "Bénin", false),
    ("270", "GM", "Gambia", "Gambie", false),
    ("288", "GH", "Ghana", "Ghana", true),
    ("324", "GN", "Guinea", "Guinée", true),
    ("380", "IT", "Italy", "Italie", false),
    ("384", "CI", "Côte d'Ivoire", "Côte d'Ivoire", true),
    ("430", "LR", "Liberia", "Liberia", false),
    ("434", "LY", "Libya", "Libye", true),
    ("466", "ML", "Mali", "Mali", true),
    ("470", "MT", "Malta", "Malte", false),
    ("478", "MR", "Mauritania", "Mauritanie", true),
    ("504", "MA", "Morocco", "Maroc", true),
    ("562", "NE", "Niger", "Niger", true),
    ("566", "NG", "Nigeria", "Nigeria", true),
    ("620", "PT", "Portugal", "Portugal", false),
    ("624", "GW", "Guinea-Bissau", "Guinée-Bissau", false),
    ("686", "SN", "Senegal", "Sénégal", true),
    ("694", "SL", "Sierra Leone", "Sierra Leone", false),
    ("724", "ES", "Spain", "Espagne", false),
    ("732", "EH", "Western Sahara", "Sahara occidental", true),
    ("768", "TG", "Togo", "Togo", false),
    ("788", "TN", "Tunisia", "Tunisie", true),
    ("854", "BF", "Burkina Faso", "Burkina Faso", true),
];

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: build-geo <countries-50m.json> <sahel.json>");
        return ExitCode::from(2);
    };
    match build(input) {
        Ok(json) => match std::fs::write(output, json) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("cannot write {output}: {e}");
                ExitCode::FAILURE
            }
        },
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}

fn build(input: &str) -> Result<String, String> {
    let text = std::fs::read_to_string(input).map_err(|e| format!("cannot read {input}: {e}"))?;
    let topology = match text.parse::<TopoJson>().map_err(|e| format!("{input}: {e}"))? {
        TopoJson::Topology(t) => t,
        TopoJson::Geometry(_) => return Err(format!("{input} is not a TopoJSON topology")),
    };
    let arcs = decoded_arcs(&topology);
    let fine = countries(&topology, &arcs, FINE)?;
    let coarse = countries(&topology, &arcs, COARSE)?;
    let frame = Rect::new(Coord { x: FRAME[0], y: FRAME[1] }, Coord { x: FRAME[2], y: FRAME[3] }).to_polygon();
    let mut out = Vec::new();
    let mut missing = Vec::new();
    for (id, name, whole) in &fine {
        if !whole.intersects(&frame) {
            continue;
        }
        let Some(&(_, code, en, fr, label)) = COUNTRIES.iter().find(|c| c.0 == id.as_str()) else {
            missing.push(format!("{id} {name}"));
            continue;
        };
        let shape = rounded(&whole.intersection(&frame), 100.0);
        if shape.0.is_empty() {
            continue;
        }
        let outline = coarse.iter().find(|c| c.0 == *id).map(|c| rounded(&c.2.intersection(&frame), 10.0)).unwrap_or(MultiPolygon(vec![]));
        let largest = shape.0.iter().max_by(|a, b| a.unsigned_area().total_cmp(&b.unsigned_area())).expect("not empty");
        let point = polylabel::polylabel(largest, &0.05).map_err(|e| format!("{en}: no label point: {e}"))?;
        out.push(json!({
            "code": code,
            "name": { "en": en, "fr": fr },
            "labelled": label,
            "label": [round(point.x(), 100.0), round(point.y(), 100.0)],
            "shape": coordinates(&shape),
            "outline": coordinates(&outline),
        }));
    }
    if !missing.is_empty() {
        return Err(format!("add these countries to COUNTRIES: {}", missing.join(", ")));
    }
    out.sort_by(|a, b| a["code"].as_str().cmp(&b["code"].as_str()));
    let document = json!({
        "source": "Natural Earth 1:50m Admin 0 countries (public domain, naturalearthdata.com), from npm world-atlas 2.0.2 countries-50m.json (ISC); cut, simplified and rounded by tools/build-geo",
        "frame": FRAME,
        "tolerance": { "shape": FINE, "outline": COARSE },
        "countries": out,
    });
    let mut text = serde_json::to_string(&document).map_err(|e| e.to_string())?;
    text.push('\n');
    Ok(text)
}

/// Every arc as absolute longitude/latitude: the file stores them quantized and
/// delta-encoded (TopoJSON specification, 2.1.2 Transforms).
fn decoded_arcs(topology: &Topology) -> Vec<LineString> {
    topology
        .arcs
        .iter()
        .map(|arc| match &topology.transform {
            None => arc.iter().map(|p| Coord { x: p[0], y: p[1] }).collect(),
            Some(t) => {
                let (mut x, mut y) = (0.0, 0.0);
                arc.iter()
                    .map(|p| {
                        x += p[0];
                        y += p[1];
                        Coord { x: x * t.scale[0] + t.translate[0], y: y * t.scale[1] + t.translate[1] }
                    })
                    .collect()
            }
        })
        .collect()
}

/// Each country (numeric id, Natural Earth name, shape) with every arc simplified to
/// `tolerance` degrees, then joined into rings by the TopoJSON reader.
fn countries(topology: &Topology, arcs: &[LineString], tolerance: f64) -> Result<Vec<(String, String, MultiPolygon)>, String> {
    let simplified = Topology {
        arcs: arcs.iter().map(|arc| arc.simplify(tolerance).0.iter().map(|c| vec![c.x, c.y]).collect()).collect(),
        transform: None,
        ..topology.clone()
    };
    let collection = topojson::to_geojson(&simplified, "countries").map_err(|e| format!("countries: {e}"))?;
    Ok(collection
        .features
        .into_iter()
        .filter_map(|feature| {
            let id = match feature.id.clone()? {
                geojson::feature::Id::String(s) => s,
                geojson::feature::Id::Number(n) => n.to_string(),
            };
            let name = feature.property("name").and_then(Value::as_str).unwrap_or("?").to_string();
            let shape = match geo::Geometry::try_from(feature.geometry?.value).ok()? {
                geo::Geometry::Polygon(p) => MultiPolygon(vec![p]),
                geo::Geometry::MultiPolygon(m) => m,
                _ => return None,
            };
            Some((id, name, valid(shape)))
        })
        .collect())
}

/// Drops the rings that simplification reduced to a line (tiny islands).
fn valid(shape: MultiPolygon) -> MultiPolygon {
    MultiPolygon(shape.0.into_iter().filter(|p| p.exterior().0.len() >= 4 && p.unsigned_area() > 0.0).collect())
}

fn round(x: f64, scale: f64) -> f64 {
    (x * scale).round() / scale
}

/// Rounds to 1/scale of a degree and drops the rings that rounding collapsed.
fn rounded(shape: &MultiPolygon, scale: f64) -> MultiPolygon {
    let ring = |r: &LineString| {
        let mut coords: Vec<Coord> = r.0.iter().map(|c| Coord { x: round(c.x, scale), y: round(c.y, scale) }).collect();
        coords.dedup();
        (coords.len() >= 4).then(|| LineString(coords))
    };
    MultiPolygon(
        shape
            .0
            .iter()
            .filter_map(|p| {
                let exterior = ring(p.exterior())?;
                let polygon = Polygon::new(exterior, p.interiors().iter().filter_map(ring).collect());
                (polygon.unsigned_area() > 0.0).then_some(polygon)
            })
            .collect(),
    )
}

fn coordinates(shape: &MultiPolygon) -> Value {
    let ring = |r: &LineString| r.0.iter().map(|c| json!([c.x, c.y])).collect::<Vec<_>>();
    Value::Array(
        shape
            .0
            .iter()
            .map(|p| {
                let mut rings = vec![ring(p.exterior())];
                rings.extend(p.interiors().iter().map(ring));
                json!(rings)
            })
            .collect(),
    )
}
