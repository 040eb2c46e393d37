//! `bench`: how fast the timeline answers, on the real record and on a generated one of
//! 10,000 events (written as a data folder and loaded through the same loader).
//! Prints figures; it never fails on timing. Run it with `scripts/bench`.

use axum::body::{to_bytes, Body};
use axum::http::Request;
use mali_timeline::core::load::load_dir;
use mali_timeline::core::{Catalog, Query};
use mali_timeline::server::{app, PublicUrl};
use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tower::ServiceExt;

const FILTERS: &[(&str, &str)] = &[
    ("everything", ""),
    ("search 'kidal'", "q=kidal"),
    ("search 'coup d'etat' (fr)", "q=coup+d%27etat"),
    ("theme + key events", "theme=french-intervention&key=1"),
    ("actor + range", "actor=wagner&from=2022&to=2024"),
];

fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    samples.sort();
    samples[((samples.len() - 1) as f64 * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.3} ms", d.as_secs_f64() * 1000.0)
}

/// Writes a data folder with `count` events built from the real record's vocabulary.
fn generate(real: &Catalog, dir: &Path, count: usize) {
    std::fs::create_dir_all(dir).unwrap();
    let copy = |name: &str| {
        let from = Path::new("data").join(name);
        let to = dir.join(name);
        if from.is_dir() {
            std::fs::create_dir_all(&to).unwrap();
            for entry in std::fs::read_dir(&from).unwrap() {
                let path = entry.unwrap().path();
                std::fs::copy(&path, to.join(path.file_name().unwrap())).unwrap();
            }
        } else if from.exists() {
            std::fs::copy(&from, &to).unwrap();
        }
    };
    for name in ["themes.toml", "eras.toml", "meta.toml", "actors", "places", "sources"] {
        copy(name);
    }
    std::fs::create_dir_all(dir.join("events")).unwrap();
    std::fs::create_dir_all(dir.join("threads")).unwrap();
    // Forces open and close with real events: keep those events.
    copy("events");
    let mut out = String::new();
    for i in 0..count {
        let model = &real.events[i % real.events.len()];
        let year = 2011 + (i % 15) as i32;
        let month = 1 + (i / 15) % 12;
        let day = 1 + (i / 180) % 28;
        let quote = |s: &str| s.replace('\\', "\\\\").replace('"', "\\\"");
        let list = |v: &[String]| v.iter().map(|s| format!("\"{s}\"")).collect::<Vec<_>>().join(", ");
        let _ = writeln!(out, "[[event]]\nid = \"generated-{i}\"\ndate = \"{year}-{month:02}-{day:02}\"\nkind = \"{}\"\nimportance = {}", model.kind.id(), 1 + i % 3);
        let _ = writeln!(out, "themes = [{}]\nactors = [{}]\nplaces = [{}]", list(&model.themes), list(&model.actors), list(&model.places));
        let _ = writeln!(out, "title.en = \"{} ({i})\"\ntitle.fr = \"{} ({i})\"", quote(&model.title.en), quote(&model.title.fr));
        let _ = writeln!(out, "summary.en = \"{}\"\nsummary.fr = \"{}\"", quote(&model.summary.en), quote(&model.summary.fr));
        for c in &model.sources {
            let _ = writeln!(out, "[[event.sources]]\nsource = \"{}\"", c.source);
        }
        out.push('\n');
    }
    std::fs::write(dir.join("events").join("generated.toml"), out).unwrap();
}

async fn measure(label: &str, data: &Path, runs: usize) {
    let started = Instant::now();
    let catalog = Arc::new(load_dir(data).unwrap_or_else(|e| panic!("{} problems in {}", e.len(), data.display())));
    let load = started.elapsed();
    println!("\n## {label}: {} events (load and check: {})", catalog.events.len(), ms(load));
    println!("{:<30} {:>12} {:>12} {:>14} {:>14} {:>10}", "filter", "query p50", "query p95", "page p50", "page p95", "matches");
    let mut options = leptos::config::get_configuration(Some("Cargo.toml")).unwrap().leptos_options;
    options.hash_files = false;
    let router = app(catalog.clone(), options, PublicUrl::local("127.0.0.1:3000".parse().unwrap()));
    for (name, qs) in FILTERS {
        let (query, _) = Query::parse(qs, &catalog);
        let mut query_times = Vec::new();
        let mut matches = 0;
        for _ in 0..runs {
            let t = Instant::now();
            matches = query.apply(&catalog).len();
            query_times.push(t.elapsed());
        }
        let mut page_times = Vec::new();
        let mut bytes = 0;
        for _ in 0..runs {
            let request = Request::builder().uri(format!("/?{qs}")).body(Body::empty()).unwrap();
            let t = Instant::now();
            let response = router.clone().oneshot(request).await.unwrap();
            bytes = to_bytes(response.into_body(), usize::MAX).await.unwrap().len();
            page_times.push(t.elapsed());
        }
        println!(
            "{:<30} {:>12} {:>12} {:>14} {:>14} {:>10}   ({} KB of HTML)",
            name,
            ms(percentile(&mut query_times, 0.5)),
            ms(percentile(&mut query_times, 0.95)),
            ms(percentile(&mut page_times, 0.5)),
            ms(percentile(&mut page_times, 0.95)),
            matches,
            bytes / 1024
        );
    }
}

#[tokio::main]
async fn main() {
    let runs = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(30);
    println!("# Timeline speed ({runs} runs each; 'page' = the whole server-rendered timeline page, in-process)");
    println!("Goal: filters apply in under 50 ms with JavaScript (one page request on loopback).");
    measure("the record", Path::new("data"), runs).await;
    let real = load_dir(Path::new("data")).expect("data loads");
    let dir = std::env::temp_dir().join(format!("mali-timeline-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    generate(&real, &dir, 10_000);
    measure("generated", &dir, runs.min(10)).await;
    let _ = std::fs::remove_dir_all(&dir);
}
