//! Where to write the names on a map so that no name covers another name or a marker.
//!
//! Labels are placed one by one, most important first. A marker's label tries the eight
//! places touching its marker, then the same directions farther out, joined to the marker by
//! a leader line; a name set on a point (a country's) tries its point, then nearby. A label
//! that fits nowhere is left out: pages list every place in a table as well.

/// A rectangle on the drawing: top-left corner and size (y grows downwards).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.x + other.w && other.x < self.x + self.w && self.y < other.y + other.h && other.y < self.y + self.h
    }

    fn holds(&self, other: &Rect) -> bool {
        other.x >= self.x && other.y >= self.y && other.x + other.w <= self.x + self.w && other.y + other.h <= self.y + self.h
    }

    fn holds_point(&self, (x, y): (f64, f64)) -> bool {
        x >= self.x && x <= self.x + self.w && y >= self.y && y <= self.y + self.h
    }

    /// Whether the circle comes within `margin` of the rectangle.
    fn touches(&self, c: &Circle, margin: f64) -> bool {
        let dx = c.x - c.x.clamp(self.x, self.x + self.w);
        let dy = c.y - c.y.clamp(self.y, self.y + self.h);
        dx * dx + dy * dy < (c.r + margin) * (c.r + margin)
    }
}

/// A marker: centre and radius.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circle {
    pub x: f64,
    pub y: f64,
    pub r: f64,
}

/// A label to place: its size, and what it names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Request {
    pub w: f64,
    pub h: f64,
    pub at: Anchor,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Anchor {
    /// Beside a marker, or away from it with a leader line.
    Beside(Circle),
    /// On a point, or near it (a country's name).
    On(f64, f64),
}

/// Where a label went.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Placed {
    pub rect: Rect,
    /// From the marker's edge to the label, when the label sits away from its marker.
    pub leader: Option<[(f64, f64); 2]>,
}

/// Space kept between a marker and its label, and around other markers.
const GAP: f64 = 2.0;
/// How much farther than touching a label may sit, joined by a leader line.
const LEADER_STEPS: [f64; 6] = [10.0, 20.0, 30.0, 40.0, 55.0, 70.0];

/// Places the labels in the order given, each clear of every marker, of the frame's edges and
/// of the labels and leader lines placed before it. `None` for a label that fits nowhere.
pub fn place(requests: &[Request], markers: &[Circle], frame: Rect) -> Vec<Option<Placed>> {
    let mut placed: Vec<Placed> = Vec::new();
    requests
        .iter()
        .map(|request| {
            let found = candidates(request).into_iter().find(|c| fits(c, markers, frame, &placed));
            if let Some(c) = found {
                placed.push(c);
            }
            found
        })
        .collect()
}

fn fits(candidate: &Placed, markers: &[Circle], frame: Rect, placed: &[Placed]) -> bool {
    let rect = candidate.rect;
    frame.holds(&rect)
        && !markers.iter().any(|m| rect.touches(m, GAP / 2.0))
        && !placed.iter().any(|p| {
            p.rect.overlaps(&rect)
                || p.leader.is_some_and(|line| points_on(line).any(|pt| rect.holds_point(pt)))
                || candidate.leader.is_some_and(|line| points_on(line).any(|pt| p.rect.holds_point(pt)))
        })
}

/// Points every unit or so along a leader line, to test it against rectangles.
fn points_on([(x0, y0), (x1, y1)]: [(f64, f64); 2]) -> impl Iterator<Item = (f64, f64)> {
    let steps = ((x1 - x0).hypot(y1 - y0)).ceil().max(1.0) as usize;
    (0..=steps).map(move |i| {
        let t = i as f64 / steps as f64;
        (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
    })
}

/// The eight directions around a marker, then eight more between them for leader lines.
const DIRECTIONS: [(f64, f64); 16] = {
    let (d, a, b) = (std::f64::consts::FRAC_1_SQRT_2, 0.9239, 0.3827);
    [
        (1.0, 0.0), (-1.0, 0.0), (d, -d), (d, d), (-d, -d), (-d, d), (0.0, -1.0), (0.0, 1.0),
        (a, -b), (a, b), (-a, -b), (-a, b), (b, -a), (b, a), (-b, -a), (-b, a),
    ]
};

/// The places a label may go, best first.
fn candidates(request: &Request) -> Vec<Placed> {
    let (w, h) = (request.w, request.h);
    match request.at {
        Anchor::Beside(c) => {
            let mut out = Vec::new();
            for (step, extra) in [0.0].into_iter().chain(LEADER_STEPS).enumerate() {
                for &(ux, uy) in &DIRECTIONS[..if step == 0 { 8 } else { 16 }] {
                    let reach = c.r + GAP + extra;
                    let (px, py) = (c.x + ux * reach, c.y + uy * reach);
                    let x = if ux > 0.5 { px } else if ux < -0.5 { px - w } else { px - w / 2.0 + ux * w / 2.0 };
                    let y = if uy > 0.5 { py } else if uy < -0.5 { py - h } else { py - h / 2.0 + uy * h / 2.0 };
                    let leader = (step > 0).then(|| [(c.x + ux * c.r, c.y + uy * c.r), (px, py)]);
                    out.push(Placed { rect: Rect { x, y, w, h }, leader });
                }
            }
            out
        }
        Anchor::On(px, py) => {
            let mut shifts: Vec<(f64, f64)> = Vec::new();
            for dy in [0.0, -1.0, 1.0, -2.0, 2.0, -3.0, 3.0] {
                for dx in [0.0, -0.5, 0.5] {
                    shifts.push((dx * w, dy * h));
                }
            }
            shifts.sort_by(|a, b| a.0.hypot(a.1).total_cmp(&b.0.hypot(b.1)));
            shifts
                .into_iter()
                .map(|(dx, dy)| Placed { rect: Rect { x: px - w / 2.0 + dx, y: py - h / 2.0 + dy, w, h }, leader: None })
                .collect()
        }
    }
}

/// A generous estimate of how wide `text` is set in a sans-serif face at `size` (in the
/// same units), even in bold, with `spacing` added after each letter as browsers do:
/// generous, so that labels kept apart by their estimates are apart on screen too.
pub fn text_width(text: &str, size: f64, spacing: f64) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            ' ' => 0.34,
            'i' | 'j' | 'l' | 'í' | 'ï' | 'î' | '\'' | '.' | ',' | ':' | '|' => 0.32,
            'f' | 't' | 'r' | 'I' | '(' | ')' | '-' | '«' | '»' => 0.46,
            'm' | 'w' | 'M' | 'W' => 1.0,
            c if c.is_ascii_digit() => 0.66,
            c if c.is_uppercase() => 0.78,
            _ => 0.64,
        })
        .sum();
    em * size + spacing * text.chars().count() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    const FRAME: Rect = Rect { x: 0.0, y: 0.0, w: 400.0, h: 300.0 };

    fn beside(x: f64, y: f64, r: f64, w: f64) -> Request {
        Request { w, h: 14.0, at: Anchor::Beside(Circle { x, y, r }) }
    }

    fn circles(requests: &[Request]) -> Vec<Circle> {
        requests.iter().filter_map(|r| if let Anchor::Beside(c) = r.at { Some(c) } else { None }).collect()
    }

    fn assert_clear(requests: &[Request], placed: &[Option<Placed>]) {
        let markers = circles(requests);
        let rects: Vec<Rect> = placed.iter().flatten().map(|p| p.rect).collect();
        for (i, a) in rects.iter().enumerate() {
            assert!(FRAME.holds(a), "{a:?} leaves the frame");
            for b in &rects[i + 1..] {
                assert!(!a.overlaps(b), "{a:?} overlaps {b:?}");
            }
            for m in &markers {
                assert!(!a.touches(m, 0.0), "{a:?} covers the marker {m:?}");
            }
        }
    }

    #[test]
    fn two_towns_a_few_kilometres_apart_both_get_a_readable_label() {
        // Bamako and Kati: 2 units apart on the map, Bamako's marker much larger.
        let requests = [beside(200.0, 150.0, 14.0, 60.0), beside(198.7, 148.0, 5.0, 30.0)];
        let placed = place(&requests, &circles(&requests), FRAME);
        assert!(placed.iter().all(Option::is_some), "{placed:?}");
        assert_clear(&requests, &placed);
        assert!(placed[1].unwrap().leader.is_some(), "Kati's label sits outside Bamako's marker, joined by a line");
    }

    #[test]
    fn a_crowded_cluster_keeps_every_label_apart() {
        let requests: Vec<Request> =
            (0..12).map(|i| beside(180.0 + (i % 4) as f64 * 9.0, 140.0 + (i / 4) as f64 * 8.0, 3.0 + (12 - i) as f64 * 0.5, 48.0)).collect();
        let placed = place(&requests, &circles(&requests), FRAME);
        assert_clear(&requests, &placed);
        assert!(placed.iter().flatten().count() >= 8, "most of the cluster is named: {placed:?}");
    }

    #[test]
    fn a_marker_at_the_edge_is_labelled_on_the_inner_side() {
        let requests = [beside(395.0, 150.0, 4.0, 50.0)];
        let placed = place(&requests, &circles(&requests), FRAME)[0].unwrap();
        assert!(placed.rect.x + placed.rect.w <= 395.0);
    }

    #[test]
    fn a_label_that_fits_nowhere_is_left_out() {
        let requests = [beside(200.0, 150.0, 4.0, 500.0)];
        assert_eq!(place(&requests, &circles(&requests), FRAME), vec![None]);
    }

    #[test]
    fn a_country_name_moves_off_a_marker_that_sits_on_its_point() {
        let marker = Circle { x: 200.0, y: 150.0, r: 6.0 };
        let requests = [Request { w: 40.0, h: 12.0, at: Anchor::On(200.0, 150.0) }];
        let placed = place(&requests, &[marker], FRAME)[0].unwrap();
        assert!(!placed.rect.touches(&marker, 0.0));
        assert!((placed.rect.y + 6.0 - 150.0).abs() <= 12.0 * 2.0, "it stays near its point: {placed:?}");
    }

    #[test]
    fn wide_letters_are_counted_wider() {
        assert!(text_width("Mwm", 10.0, 0.0) > text_width("ili", 10.0, 0.0) * 2.0);
        assert_eq!(text_width("AB", 10.0, 2.0), text_width("AB", 10.0, 0.0) + 4.0);
    }
}
