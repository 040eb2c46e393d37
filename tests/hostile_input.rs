//! Every input handled and every output escaped: markup in every parameter of every page,
//! forged host headers, trailing slashes, names that do not exist, decomposed accents, and
//! the files the exports write. Black-box, through the router `main` serves.

use axum::body::{to_bytes, Body};
use axum::http::{header, HeaderName, Request, StatusCode};
use axum::Router;
use mali_timeline::core::load::load_dir;
use mali_timeline::server::{app, PublicUrl};
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

const PUBLIC: &str = "https://timeline.example.org";

fn router() -> Router {
    static CATALOG: OnceLock<Arc<mali_timeline::core::Catalog>> = OnceLock::new();
    let catalog = CATALOG.get_or_init(|| Arc::new(load_dir(Path::new("data")).expect("data/ loads"))).clone();
    let mut options = leptos::config::get_configuration(Some("Cargo.toml")).unwrap().leptos_options;
    options.hash_files = false;
    app(catalog, options, PublicUrl::parse(PUBLIC).unwrap())
}

struct Answer {
    status: StatusCode,
    headers: axum::http::HeaderMap,
    body: String,
}

async fn get_with(path: &str, extra: &[(HeaderName, &str)]) -> Answer {
    let mut request = Request::builder().uri(path).header(header::HOST, "timeline.test");
    for (name, value) in extra {
        request = request.header(name, *value);
    }
    let response = router().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = String::from_utf8_lossy(&to_bytes(response.into_body(), 50_000_000).await.unwrap()).into_owned();
    Answer { status, headers, body }
}

async fn get(path: &str) -> Answer {
    get_with(path, &[]).await
}

fn json(answer: &Answer) -> serde_json::Value {
    serde_json::from_str(&answer.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", answer.body))
}

/// Every page of the site, in English; each is also tried under `/fr`.
const PAGES: &[&str] = &[
    "/",
    "/embed",
    "/present",
    "/handout",
    "/sources",
    "/actors",
    "/threads",
    "/events/coup-2020",
    "/actors/jnim",
    "/sources/rfi-2012-10-23-france-drones-mali",
    "/threads/coups-and-juntas",
    "/no/such/page",
];

/// Every parameter any page reads, and one no page reads.
const PARAMS: &[&str] =
    &["q", "theme", "actor", "place", "kind", "from", "to", "key", "page", "ids", "title", "thread", "slide", "lang", "publisher", "language", "colour"];

/// Markup that would open a live tag in a text node, an attribute, `<title>` or a script.
const PAYLOADS: &[&str] = &["</title><xss-probe>", "\"'><xss-probe a=\"", "</script><xss-probe>"];

fn encode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

fn assert_no_live_tag(path: &str, answer: &Answer) {
    assert!(!answer.status.is_server_error(), "{path}: {}", answer.status);
    assert!(!answer.body.to_ascii_lowercase().contains("<xss-probe"), "{path} wrote a live tag: {}", excerpt(&answer.body, "<xss-probe"));
}

fn excerpt(body: &str, needle: &str) -> String {
    let at = body.to_ascii_lowercase().find(needle).unwrap_or(0);
    body[at.saturating_sub(200)..(at + 200).min(body.len())].to_string()
}

#[tokio::test]
async fn markup_in_any_parameter_of_any_page_never_becomes_a_tag() {
    for page in PAGES {
        for prefix in ["", "/fr"] {
            let page = if *page == "/" && prefix == "/fr" { "/fr".to_string() } else { format!("{prefix}{page}") };
            for payload in PAYLOADS {
                let value = encode(payload);
                let all: Vec<String> = PARAMS.iter().map(|p| format!("{p}={value}")).collect();
                let path = format!("{page}?{}", all.join("&"));
                assert_no_live_tag(&path, &get(&path).await);
                for param in PARAMS {
                    // Beside a valid lesson, so that pages which need one still show the value.
                    let path = format!("{page}?ids=coup-2020&{param}={value}");
                    assert_no_live_tag(&path, &get(&path).await);
                }
                let path = format!("{page}?{value}=1");
                assert_no_live_tag(&path, &get(&path).await);
            }
        }
    }
}

#[tokio::test]
async fn markup_in_the_path_never_becomes_a_tag() {
    for payload in PAYLOADS {
        let segment: String = payload.bytes().map(|b| format!("%{b:02X}")).collect();
        for page in ["/events/", "/actors/", "/sources/", "/threads/", "/", "/fr/events/", "/api/v1/events/", "/export/", "/lang/"] {
            let path = format!("{page}{segment}");
            assert_no_live_tag(&path, &get(&path).await);
        }
    }
}

#[tokio::test]
async fn a_lesson_title_reaches_the_head_as_text() {
    let answer = get("/present?ids=battle-of-konna-2013&title=%3C%2Ftitle%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E").await;
    assert_eq!(answer.status, StatusCode::OK);
    assert!(answer.body.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; · Mali Conflict Timeline</title>"), "{}", excerpt(&answer.body, "<title"));
    assert!(!answer.body.contains("<script>alert"));
    let french = get("/fr/handout?ids=battle-of-konna-2013&title=Tom%20%26%20Jerry%20%3Cb%3E").await;
    assert!(french.body.contains("<title>Tom &amp; Jerry &lt;b&gt; · "), "{}", excerpt(&french.body, "<title"));
    assert!(french.body.contains("content=\"Tom &amp; Jerry &lt;b&gt;\""), "og:title is an escaped attribute");
}

#[tokio::test]
async fn absolute_links_use_the_configured_address_never_the_request_headers() {
    let forged = [
        (header::HOST, "evil.example"),
        (HeaderName::from_static("x-forwarded-proto"), "javascript"),
        (HeaderName::from_static("x-forwarded-host"), "evil.example"),
        (HeaderName::from_static("forwarded"), "host=evil.example;proto=javascript"),
    ];
    for path in ["/events/coup-2020", "/fr/events/coup-2020", "/export/events.ics?ids=coup-2020", "/export/events.ics?ids=coup-2020&lang=fr"] {
        let answer = get_with(path, &forged).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        assert!(!answer.body.contains("evil.example") && !answer.body.contains("javascript:"), "{path} used a request header");
        assert!(answer.body.contains(&format!("{PUBLIC}/")), "{path} links to the configured address");
    }
    let page = get_with("/events/coup-2020", &forged).await;
    assert!(page.body.contains(&format!("property=\"og:url\" content=\"{PUBLIC}/events/coup-2020\"")));
    assert!(page.body.contains(&format!("{PUBLIC}/events/coup-2020")), "the citations use it too");
}

#[tokio::test]
async fn a_trailing_slash_redirects_permanently_to_the_address_without_it() {
    for (path, target) in [
        ("/actors/", "/actors"),
        ("/fr/", "/fr"),
        ("/events/battle-of-konna-2013/", "/events/battle-of-konna-2013"),
        ("/api/v1/events/", "/api/v1/events"),
        ("/api/v1/events/coup-2020/?lang=fr", "/api/v1/events/coup-2020?lang=fr"),
        ("/export/events.csv/?theme=drones&theme=russia", "/export/events.csv?theme=drones&theme=russia"),
        ("/fr/present/?thread=coups-and-juntas&slide=2", "/fr/present?thread=coups-and-juntas&slide=2"),
        ("/healthz/", "/healthz"),
        ("/nowhere//", "/nowhere"),
        ("//evil.example/", "/evil.example"),
    ] {
        let answer = get(path).await;
        assert_eq!(answer.status, StatusCode::PERMANENT_REDIRECT, "{path}");
        assert_eq!(answer.headers.get(header::LOCATION).unwrap(), target, "{path}");
    }
    assert_eq!(get("/").await.status, StatusCode::OK, "the home page keeps its slash");
    assert_eq!(get("/actors").await.status, StatusCode::OK);
}

#[tokio::test]
async fn an_unknown_storyline_or_ids_select_nothing_and_say_so() {
    for path in ["/api/v1/events?thread=nope", "/api/v1/events?ids=nope,nada", "/export/events.csv?thread=nope", "/export/events.ics?ids=nope", "/export/sources.bib?thread=nope", "/export/events.json?thread=nope"] {
        let answer = get(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        let body = json(&answer);
        assert!(body["notices"].as_array().unwrap().iter().any(|n| n["value"] == "nope"), "{path}: {body}");
        assert!(body.get("events").is_none(), "{path} sent events anyway");
    }
    for (path, item) in [("/present?thread=nope", "class=\"slide\""), ("/handout?thread=nope", "<li class=\"handout-event"), ("/embed?thread=nope", "<li class=\"event"), ("/fr/present?ids=nope", "class=\"slide\"")] {
        let answer = get(path).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND, "{path}");
        assert!(answer.body.contains("class=\"notice\"") && answer.body.contains("nope"), "{path} has no notice");
        assert!(!answer.body.contains(item), "{path} shows events anyway");
    }
    let timeline = get("/?thread=nope&ids=nope").await;
    assert_eq!(timeline.status, StatusCode::OK);
    assert!(timeline.body.contains("<code>thread=nope</code>") && timeline.body.contains("<code>ids=nope</code>"));
}

#[tokio::test]
async fn an_unknown_theme_actor_place_kind_or_date_is_reported_never_widened() {
    for param in ["theme=aliens", "actor=nobody", "place=atlantis", "kind=picnic", "from=yesterday", "to=2013-13", "key=maybe", "lang=de", "colour=red"] {
        let api = get(&format!("/api/v1/events?{param}")).await;
        assert_eq!(api.status, StatusCode::BAD_REQUEST, "{param}");
        assert!(json(&api).get("events").is_none(), "{param}");
        let export = get(&format!("/export/events.csv?{param}")).await;
        assert_eq!(export.status, StatusCode::BAD_REQUEST, "{param}");
    }
    for param in ["theme=aliens", "actor=nobody", "place=atlantis", "kind=picnic", "from=yesterday", "key=maybe"] {
        let page = get(&format!("/?{param}")).await;
        assert_eq!(page.status, StatusCode::OK, "{param}");
        assert!(page.body.contains(&format!("<code>{param}</code>")), "{param} is reported");
        assert!(page.body.contains("0 events of"), "{param} was widened");
        let embed = get(&format!("/embed?thread=coups-and-juntas&{param}")).await;
        assert!(!embed.body.contains("<li class=\"event"), "{param} was widened in the embed");
    }
    let one_unknown = get("/?theme=aliens&theme=drones").await;
    assert!(one_unknown.body.contains("0 events of"), "a query that names something unknown matches nothing");
    let sources = get("/sources?kind=gossip").await;
    assert!(sources.body.contains("<code>kind=gossip</code>") && !sources.body.contains("class=\"source\""));
    let publisher = get("/sources?publisher=Wakat%20S%C3%A9ra").await.body.matches("class=\"source\"").count();
    assert!(publisher >= 1 && publisher < 20, "{publisher}");
    let decomposed = get("/sources?publisher=wakat+se%CC%81ra").await;
    assert_eq!(decomposed.body.matches("class=\"source\"").count(), publisher, "the same publisher, typed with a combining accent");
}

#[tokio::test]
async fn a_storyline_narrowed_by_filters_keeps_only_matching_events() {
    let all = json(&get("/api/v1/events?thread=coups-and-juntas").await)["count"].as_u64().unwrap();
    let narrowed = json(&get("/api/v1/events?thread=coups-and-juntas&from=2021").await);
    let count = narrowed["count"].as_u64().unwrap();
    assert!(count > 0 && count < all, "{count} of {all}");
    assert!(narrowed["events"].as_array().unwrap().iter().all(|e| e["date"].as_str().unwrap() >= "2021"));
}

#[tokio::test]
async fn search_treats_decomposed_and_composed_accents_alike() {
    let composed = json(&get("/api/v1/events?q=S%C3%A9gou").await)["count"].as_u64().unwrap();
    let decomposed = json(&get("/api/v1/events?q=Se%CC%81gou").await)["count"].as_u64().unwrap();
    let bare = json(&get("/api/v1/events?q=segou").await)["count"].as_u64().unwrap();
    assert!(composed >= 1 && composed < 20, "{composed}");
    assert_eq!(decomposed, composed);
    assert_eq!(bare, composed);
    let page = get("/?q=Se%CC%81gou").await;
    assert!(page.body.contains(&format!(">{composed} event")), "the page agrees with the API");
}

#[tokio::test]
async fn the_csv_starts_with_a_byte_order_mark_and_the_calendar_with_its_header() {
    let csv = get("/export/events.csv?lang=fr&q=menaka").await;
    assert!(csv.body.starts_with("\u{feff}id,date,end_date,"), "{}", &csv.body[..40]);
    assert!(csv.body.contains("Ménaka"));
    let ics = get("/export/events.ics?q=menaka").await;
    assert!(ics.body.starts_with("BEGIN:VCALENDAR\r\n"));
    assert!(ics.body.split("\r\n").all(|line| line.len() <= 75));
    let bib = get("/export/sources.bib?theme=drones").await;
    assert!(bib.body.starts_with("@misc{") && bib.body.contains("  year = {"));
}

#[tokio::test]
async fn the_language_switch_cannot_be_turned_into_a_header_or_an_open_redirect() {
    for next in ["%0D%0ASet-Cookie:%20x=1", "/%09/evil.example", "/%5Cevil.example", "//evil.example", "https://evil.example"] {
        let answer = get(&format!("/lang/fr?next={next}")).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{next}");
        assert_eq!(answer.headers.get(header::LOCATION).unwrap(), "/", "{next}");
    }
}
