//! Black-box HTTP tests through the router that `main` serves, driven in-process.

use axum::body::{to_bytes, Body};
use axum::http::{header, Request, StatusCode};
use axum::Router;
use mali_timeline::core::load::load_dir;
use mali_timeline::server::{app, PublicUrl};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

fn router() -> Router {
    static CATALOG: OnceLock<Arc<mali_timeline::core::Catalog>> = OnceLock::new();
    let catalog = CATALOG.get_or_init(|| Arc::new(load_dir(Path::new("data")).expect("data/ loads"))).clone();
    let mut options = leptos::config::get_configuration(Some("Cargo.toml")).unwrap().leptos_options;
    // hash.txt exists only beside the release binary that cargo-leptos builds.
    options.hash_files = false;
    app(catalog, options, public_url())
}

/// The public address the tests configure; requests carry another `Host` on purpose.
fn public_url() -> PublicUrl {
    PublicUrl::parse("https://timeline.example.org").unwrap()
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn get_with(path: &str, extra: &[(header::HeaderName, &str)]) -> Answer {
    let mut request = Request::builder().uri(path).header(header::HOST, "timeline.test");
    for (name, value) in extra {
        request = request.header(name, *value);
    }
    let response = router().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let status = response.status();
    let headers = response.headers().clone();
    let body = String::from_utf8_lossy(&to_bytes(response.into_body(), 50_000_000).await.unwrap()).into_owned();
    Answer { status, headers, body }
}

async fn get(path: &str) -> Answer {
    get_with(path, &[]).await
}

#[tokio::test]
async fn healthz_answers_ok() {
    let answer = get("/healthz").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(answer.body, "ok");
}

#[tokio::test]
async fn an_unknown_path_is_a_real_404_page() {
    let answer = get("/no/such/page").await;
    assert_eq!(answer.status, StatusCode::NOT_FOUND);
    assert!(answer.body.contains("Page not found"), "{}", &answer.body[..answer.body.len().min(500)]);
    let french = get("/fr/nulle-part").await;
    assert_eq!(french.status, StatusCode::NOT_FOUND);
    assert!(french.body.contains("Page introuvable"));
}

#[tokio::test]
async fn an_unknown_event_actor_source_or_thread_is_404() {
    for path in ["/events/no-such-event", "/actors/nobody", "/sources/nothing", "/threads/none", "/fr/events/rien"] {
        assert_eq!(get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let api = get("/api/v1/events/no-such-event").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.body.contains("no-such-event"));
}

#[tokio::test]
async fn every_response_carries_the_security_headers() {
    for path in ["/", "/events/coup-2020", "/api/v1/events", "/healthz", "/nowhere"] {
        let answer = get(path).await;
        let csp = answer.headers.get(header::CONTENT_SECURITY_POLICY).unwrap_or_else(|| panic!("{path} has no CSP")).to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(answer.headers.get(header::X_CONTENT_TYPE_OPTIONS).unwrap(), "nosniff", "{path}");
        assert!(answer.headers.contains_key(header::REFERRER_POLICY), "{path}");
    }
}

#[tokio::test]
async fn only_the_embed_route_may_be_framed() {
    let embed = get("/embed?theme=drones").await;
    assert_eq!(embed.status, StatusCode::OK);
    let csp = embed.headers.get(header::CONTENT_SECURITY_POLICY).unwrap().to_str().unwrap();
    assert!(csp.contains("frame-ancestors *"), "{csp}");
    assert!(!embed.headers.contains_key(header::X_FRAME_OPTIONS));
    assert_eq!(get("/").await.headers.get(header::X_FRAME_OPTIONS).unwrap(), "DENY");
}

#[tokio::test]
async fn html_is_sent_compressed() {
    let answer = get_with("/", &[(header::ACCEPT_ENCODING, "br")]).await;
    assert_eq!(answer.headers.get(header::CONTENT_ENCODING).unwrap(), "br");
}

#[tokio::test]
async fn the_api_lists_events_in_date_order_with_the_contract_fields() {
    let answer = get("/api/v1/events").await;
    assert_eq!(answer.status, StatusCode::OK);
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    let events = json["events"].as_array().unwrap();
    assert!(events.len() >= 150);
    let dates: Vec<&str> = events.iter().map(|e| e["date"].as_str().unwrap()).collect();
    let mut sorted = dates.clone();
    // A month-precision date sorts before the days of its month ("2013-01" before "2013-01-10").
    sorted.sort_by_key(|d| format!("{d}-00-00")[..10].to_string());
    assert_eq!(dates, sorted);
    let coup = events.iter().find(|e| e["id"] == "coup-2020").unwrap();
    for field in ["id", "date", "end_date", "precision", "title", "summary", "kind", "importance", "themes", "actors", "places", "sources", "contested"] {
        assert!(coup.get(field).is_some(), "missing {field}");
    }
    assert_eq!(coup["precision"], "day");
    assert!(coup["places"][0]["lat"].is_number());
    assert!(coup["sources"][0]["url"].as_str().unwrap().starts_with("http"));
}

#[tokio::test]
async fn the_api_speaks_french_and_takes_the_timeline_filters() {
    let answer = get("/api/v1/events?lang=fr&theme=drones&q=kidal").await;
    let json: serde_json::Value = serde_json::from_str(&answer.body).unwrap();
    let events = json["events"].as_array().unwrap();
    assert!(!events.is_empty());
    assert!(events.iter().all(|e| e["themes"].as_array().unwrap().iter().any(|t| t == "drones")));
    assert_eq!(json["lang"], "fr");
    let malformed = get("/api/v1/events?from=yesterday&colour=red").await;
    assert_eq!(malformed.status, StatusCode::BAD_REQUEST, "never the whole record in place of what was asked");
    let json: serde_json::Value = serde_json::from_str(&malformed.body).unwrap();
    assert_eq!(json["notices"].as_array().unwrap().len(), 2);
    assert!(json.get("events").is_none());
}

#[tokio::test]
async fn an_event_page_has_its_own_title_description_and_preview_tags() {
    let answer = get("/events/coup-2020").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("<html lang=\"en\""), "lang attribute");
    let title = answer.body.split("<title>").nth(1).unwrap().split("</title>").next().unwrap();
    assert!(title.contains("Mali Conflict Timeline") && title.len() > 30, "{title}");
    assert!(answer.body.contains("property=\"og:title\""));
    assert!(answer.body.contains("property=\"og:url\" content=\"https://timeline.example.org/events/coup-2020\""));
    assert!(answer.body.contains("name=\"description\""));
    let french = get("/fr/events/coup-2020").await;
    assert!(french.body.contains("<html lang=\"fr\""));
    assert!(french.body.contains("18 août 2020"));
}

#[tokio::test]
async fn contested_claims_name_who_holds_them_in_the_page_language() {
    let english = get("/events/moura-massacre-2022").await;
    assert!(english.body.contains("<strong>the Malian Armed Forces (communiqué of 1 April 2022)</strong>"));
    let french = get("/fr/events/moura-massacre-2022").await;
    assert!(french.body.contains("<strong>les Forces armées maliennes (communiqué du 1er avril 2022)</strong>"));
    assert!(!french.body.contains("Malian Armed Forces"), "no English claimant on the French page");
    let api = get("/api/v1/events/moura-massacre-2022?lang=fr").await;
    let json: serde_json::Value = serde_json::from_str(&api.body).unwrap();
    assert_eq!(json["contested"][0]["claims"][0]["by"], "les Forces armées maliennes (communiqué du 1er avril 2022)");
}

#[tokio::test]
async fn french_pages_are_typeset_the_french_way_and_english_ones_are_not() {
    let french = get("/fr/events/moura-massacre-2022").await;
    assert!(french.body.contains("\u{202f}: </strong>"), "a narrow no-break space before a label's colon");
    assert!(french.body.contains("«\u{202f}terroristes\u{202f}»"), "and inside the guillemets of the data");
    let english = get("/events/moura-massacre-2022").await;
    assert!(!english.body.contains("\u{202f}: </strong>"), "English pages keep their own punctuation");
    assert!(english.body.contains("«\u{202f}203 combattants\u{202f}»"), "but a French source title on them is typeset");
    let api = get("/api/v1/events/moura-massacre-2022").await;
    assert!(!api.body.contains('\u{202f}'));
}

#[tokio::test]
async fn every_kind_of_page_answers() {
    for path in ["/", "/fr", "/actors", "/actors/jnim", "/sources", "/sources/bnn-2024-03-20-kidal-drone-strikes", "/threads", "/threads/coups-and-juntas", "/present?thread=coups-and-juntas", "/handout?thread=coups-and-juntas", "/fr/threads"] {
        assert_eq!(get(path).await.status, StatusCode::OK, "{path}");
    }
}

#[tokio::test]
async fn malformed_timeline_parameters_are_explained_not_errors() {
    let answer = get("/?from=13%2F01%2F2013&theme=unknown&page=-1").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("not a date"));
    assert!(answer.body.contains("we have nothing by this name"));
    assert!(answer.body.contains("0 events of"), "what cannot be understood matches nothing");
}

#[tokio::test]
async fn exports_have_their_content_types() {
    for (path, kind, marker) in [
        ("/export/events.csv?theme=drones", "text/csv", "id,date,end_date"),
        ("/export/events.json?theme=drones", "application/json", "\"events\""),
        ("/export/events.ics?theme=drones", "text/calendar", "BEGIN:VEVENT"),
        ("/export/sources.bib?theme=drones", "application/x-bibtex", "@misc{"),
    ] {
        let answer = get(path).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        assert!(answer.headers.get(header::CONTENT_TYPE).unwrap().to_str().unwrap().starts_with(kind), "{path}");
        assert!(answer.body.contains(marker), "{path}");
    }
    assert_eq!(get("/export/events.xls").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_language_switch_remembers_the_choice_and_stays_on_site() {
    let answer = get("/lang/fr?next=/fr/events/coup-2020").await;
    assert_eq!(answer.status, StatusCode::SEE_OTHER);
    assert_eq!(answer.headers.get(header::LOCATION).unwrap(), "/fr/events/coup-2020");
    assert!(answer.headers.get(header::SET_COOKIE).unwrap().to_str().unwrap().starts_with("lang=fr"));
    let evil = get("/lang/fr?next=//evil.example").await;
    assert_eq!(evil.headers.get(header::LOCATION).unwrap(), "/");
}

#[tokio::test]
async fn french_browsers_are_offered_french_but_never_redirected_unasked() {
    let offered = get_with("/", &[(header::ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")]).await;
    assert_eq!(offered.status, StatusCode::OK);
    assert!(offered.body.contains("Lire en français"));
    assert!(offered.body.contains("Cette chronologie existe aussi en français."), "the offer is made in French");
    assert!(!offered.body.contains("also available in English"));
    let english = get_with("/", &[(header::ACCEPT_LANGUAGE, "en-GB")]).await;
    assert!(!english.body.contains("Lire en français"));
    let chose = get_with("/", &[(header::COOKIE, "lang=fr"), (header::ACCEPT, "text/html")]).await;
    assert!(chose.status.is_redirection(), "a reader who chose French gets French at /");
}

#[test]
fn the_server_refuses_to_start_on_broken_data_and_lists_every_problem() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mali-timeline"))
        .args(["--data", "tests/fixtures/broken", "--addr", "127.0.0.1:0"])
        .output()
        .expect("the server binary runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("tests/fixtures/broken/events/events.toml:3: date:"), "{stderr}");
    assert!(stderr.contains("tests/fixtures/broken/sources/sources.toml:12: url:"), "{stderr}");
    assert!(stderr.contains("title.fr: translation is missing"), "{stderr}");
    assert!(stderr.lines().count() >= 12, "every problem is listed: {stderr}");
}

#[test]
fn the_data_folder_can_be_given_by_environment_variable_and_checked() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mali-timeline"))
        .arg("--check")
        .env("TIMELINE_DATA_DIR", "tests/fixtures/minimal")
        .output()
        .expect("the server binary runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("3 events"));
}

#[test]
fn a_missing_hash_file_is_a_clear_refusal_to_start() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_mali-timeline"))
        .args(["--data", "tests/fixtures/minimal", "--addr", "127.0.0.1:0"])
        .env("LEPTOS_HASH_FILES", "true")
        .output()
        .expect("the server binary runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("hash.txt is missing") && !stderr.contains("panicked"), "{stderr}");
}

#[test]
fn the_server_shuts_down_cleanly_on_sigterm_and_sigint() {
    for signal in ["-TERM", "-INT"] {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_mali-timeline"))
            .args(["--data", "tests/fixtures/minimal", "--addr", &format!("127.0.0.1:{port}")])
            // The debug build has no hash.txt beside it (only cargo leptos writes one).
            .env("LEPTOS_HASH_FILES", "false")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(started.elapsed().as_secs() < 20, "the server did not start");
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        std::process::Command::new("kill").args([signal, &child.id().to_string()]).status().unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            assert!(std::time::Instant::now() < deadline, "still running after {signal}");
            std::thread::sleep(std::time::Duration::from_millis(50));
        };
        assert!(status.success(), "{signal} gave {status}");
    }
}

#[tokio::test]
async fn only_pages_with_interactive_parts_load_the_wasm() {
    for path in ["/", "/fr", "/events/coup-2020", "/present?thread=coups-and-juntas"] {
        assert!(get(path).await.body.contains("type=\"application/wasm\""), "{path} should load the islands");
    }
    for path in ["/actors", "/sources", "/threads", "/handout?thread=coups-and-juntas", "/embed"] {
        assert!(!get(path).await.body.contains("type=\"application/wasm\""), "{path} needs no wasm");
    }
}

/// A data folder with `count` copies of the minimal fixture's events, for size tests.
fn large_data_folder(count: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new("tests/fixtures/minimal");
    for sub in ["actors", "places", "sources", "threads", "events"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    for name in ["themes.toml", "actors/actors.toml", "places/places.toml", "sources/sources.toml"] {
        std::fs::copy(fixture.join(name), dir.path().join(name)).unwrap();
    }
    let mut events = String::new();
    for i in 0..count {
        let (year, month) = (2011 + i % 15, 1 + i % 12);
        events.push_str(&format!(
            "[[event]]\nid = \"event-{i}\"\ndate = \"{year}-{month:02}\"\nkind = \"attack\"\nimportance = {}\nthemes = [\"drones\"]\n\
             title.en = \"Event {i}\"\ntitle.fr = \"Événement {i}\"\nsummary.en = \"S.\"\nsummary.fr = \"S.\"\n[[event.sources]]\nsource = \"example-report\"\n\n",
            1 + i % 3
        ));
    }
    std::fs::write(dir.path().join("events/events.toml"), events).unwrap();
    dir
}

#[tokio::test]
async fn a_large_record_is_shown_a_page_at_a_time() {
    let dir = large_data_folder(1_000);
    let catalog = Arc::new(load_dir(dir.path()).expect("the generated folder loads"));
    let mut options = leptos::config::get_configuration(Some("Cargo.toml")).unwrap().leptos_options;
    options.hash_files = false;
    let page = |path: &'static str| {
        let router = app(catalog.clone(), options.clone(), public_url());
        async move {
            let response = router.oneshot(Request::builder().uri(path).body(Body::empty()).unwrap()).await.unwrap();
            String::from_utf8(to_bytes(response.into_body(), usize::MAX).await.unwrap().to_vec()).unwrap()
        }
    };
    let first = page("/").await;
    assert_eq!(first.matches("<li data-id=\"event-").count(), mali_timeline::core::query::PAGE_SIZE);
    assert!(first.contains("1,000 events of 1,000"));
    assert!(first.contains("Page 1 of 5") && first.contains("rel=\"next\""));
    let last = page("/?page=5").await;
    assert!(last.contains("Page 5 of 5") && last.contains("rel=\"prev\"") && !last.contains("rel=\"next\""));
    let beyond = page("/?page=99").await;
    assert!(beyond.contains("Page 5 of 5"), "a page past the end shows the last one");
    let deck = page("/present").await;
    let shown = mali_timeline::routes::present::MAX_SLIDES;
    assert!(deck.contains(&format!("{shown} / 1000")), "a capped presentation says how many slides it left out");
    let small = page("/present?key=1&from=2011&to=2011").await;
    assert!(!small.contains("Too many events for one presentation"), "a presentation that fits says nothing");
}
