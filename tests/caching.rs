//! HTTP caching, black-box through the router that `main` serves: pages rendered once and
//! copied after, strong ETags and 304s, `Cache-Control`, `Vary` exactly where a page reads a
//! request header, a strict policy that is the same for every request, and a bounded store.

use axum::body::{to_bytes, Body, Bytes};
use axum::http::{header, HeaderMap, Method, Request, StatusCode};
use axum::Router;
use mali_timeline::core::load::load_dir;
use mali_timeline::server::cache::ResponseCache;
use mali_timeline::server::headers::{inline_scripts, script_hash};
use mali_timeline::server::{app, app_with_cache, PublicUrl};
use std::io::Read as _;
use std::path::Path;
use std::sync::{Arc, OnceLock};
use tower::ServiceExt;

fn catalog() -> Arc<mali_timeline::core::Catalog> {
    static CATALOG: OnceLock<Arc<mali_timeline::core::Catalog>> = OnceLock::new();
    CATALOG.get_or_init(|| Arc::new(load_dir(Path::new("data")).expect("data/ loads"))).clone()
}

fn options() -> leptos::config::LeptosOptions {
    let mut options = leptos::config::get_configuration(Some("Cargo.toml")).unwrap().leptos_options;
    options.hash_files = false;
    options
}

fn public() -> PublicUrl {
    PublicUrl::parse("https://timeline.test").unwrap()
}

/// A fresh application with its own empty cache.
fn fresh() -> Router {
    app(catalog(), options(), public())
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Bytes,
}

impl Answer {
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers.get(&name).map(|v| v.to_str().unwrap()).unwrap_or("")
    }
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }
    fn hit(&self) -> bool {
        self.header(header::HeaderName::from_static("x-cache")) == "HIT"
    }
}

async fn send(router: &Router, method: Method, path: &str, extra: &[(header::HeaderName, &str)]) -> Answer {
    let mut request = Request::builder().method(method).uri(path).header(header::HOST, "timeline.test");
    for (name, value) in extra {
        request = request.header(name, *value);
    }
    let response = router.clone().oneshot(request.body(Body::empty()).unwrap()).await.unwrap();
    let (status, headers) = (response.status(), response.headers().clone());
    let body = to_bytes(response.into_body(), 50_000_000).await.unwrap();
    Answer { status, headers, body }
}

async fn get(router: &Router, path: &str, extra: &[(header::HeaderName, &str)]) -> Answer {
    send(router, Method::GET, path, extra).await
}

fn decompress(answer: &Answer) -> Vec<u8> {
    let mut out = Vec::new();
    match answer.header(header::CONTENT_ENCODING) {
        "br" => brotli::Decompressor::new(&answer.body[..], 4096).read_to_end(&mut out).unwrap(),
        "gzip" => flate2::read::GzDecoder::new(&answer.body[..]).read_to_end(&mut out).unwrap(),
        "" => return answer.body.to_vec(),
        other => panic!("unexpected coding {other}"),
    };
    out
}

const BR: (header::HeaderName, &str) = (header::ACCEPT_ENCODING, "gzip, deflate, br");

#[tokio::test]
async fn a_page_is_rendered_once_then_copied_in_every_coding() {
    let router = fresh();
    let first = get(&router, "/events/coup-2020", &[BR]).await;
    assert_eq!(first.status, StatusCode::OK);
    assert!(!first.hit(), "the first request renders");
    let again = get(&router, "/events/coup-2020", &[BR]).await;
    assert!(again.hit(), "the second is copied");
    assert_eq!(again.body, first.body);
    assert_eq!(first.header(header::CONTENT_ENCODING), "br");
    let gzip = get(&router, "/events/coup-2020", &[(header::ACCEPT_ENCODING, "gzip")]).await;
    let plain = get(&router, "/events/coup-2020", &[]).await;
    assert!(gzip.hit() && plain.hit(), "one render serves every coding");
    assert_eq!(gzip.header(header::CONTENT_ENCODING), "gzip");
    assert_eq!(plain.header(header::CONTENT_ENCODING), "");
    assert_eq!(decompress(&first), plain.body.to_vec());
    assert_eq!(decompress(&gzip), plain.body.to_vec());
    assert!(plain.text().contains("18 August 2020") || plain.text().contains("2020"), "the real page");
}

#[tokio::test]
async fn every_page_api_and_export_has_a_strong_etag_and_if_none_match_gets_304() {
    let router = fresh();
    for path in ["/", "/fr", "/events/coup-2020", "/threads", "/api/v1/events", "/api/v1/events/coup-2020?lang=fr", "/export/events.csv?theme=drones", "/export/events.ics", "/export/sources.bib"] {
        let answer = get(&router, path, &[BR]).await;
        assert_eq!(answer.status, StatusCode::OK, "{path}");
        let etag = answer.header(header::ETAG).to_string();
        assert!(etag.starts_with('"') && etag.ends_with('"'), "{path}: a strong tag, not {etag:?}");
        let revalidated = get(&router, path, &[BR, (header::IF_NONE_MATCH, &etag)]).await;
        assert_eq!(revalidated.status, StatusCode::NOT_MODIFIED, "{path}");
        assert!(revalidated.body.is_empty(), "{path}: a 304 has no body");
        assert_eq!(revalidated.header(header::ETAG), etag, "{path}");
        assert_eq!(revalidated.header(header::CACHE_CONTROL), answer.header(header::CACHE_CONTROL), "{path}");
        let changed = get(&router, path, &[BR, (header::IF_NONE_MATCH, "\"something-else\"")]).await;
        assert_eq!(changed.status, StatusCode::OK, "{path}: another tag gets the body");
        let plain = get(&router, path, &[(header::IF_NONE_MATCH, &etag)]).await;
        assert_eq!(plain.status, StatusCode::OK, "{path}: the brotli tag does not name the uncompressed body");
        assert_ne!(plain.header(header::ETAG), etag, "{path}");
    }
}

#[tokio::test]
async fn the_same_bytes_get_the_same_tag_from_every_replica() {
    let one = get(&fresh(), "/?theme=drones", &[BR]).await;
    let two = get(&fresh(), "/?theme=drones", &[BR]).await;
    assert_eq!(one.header(header::ETAG), two.header(header::ETAG));
    assert_eq!(one.body, two.body, "pages carry nothing that changes per request");
}

#[tokio::test]
async fn head_is_answered_from_the_kept_page_without_a_body() {
    let router = fresh();
    let get_answer = get(&router, "/actors", &[BR]).await;
    let head = send(&router, Method::HEAD, "/actors", &[BR]).await;
    assert_eq!(head.status, StatusCode::OK);
    assert!(head.hit() && head.body.is_empty());
    assert_eq!(head.header(header::ETAG), get_answer.header(header::ETAG));
    assert_eq!(head.header(header::CONTENT_LENGTH), get_answer.body.len().to_string());
}

#[tokio::test]
async fn cache_control_lets_shared_caches_keep_public_answers_and_revalidate() {
    let router = fresh();
    for path in ["/", "/fr/events/coup-2020", "/api/v1/events", "/export/events.csv"] {
        let cc = get(&router, path, &[]).await.header(header::CACHE_CONTROL).to_string();
        assert!(cc.starts_with("public") && cc.contains("s-maxage=") && cc.contains("stale-while-revalidate="), "{path}: {cc}");
    }
    let missing = get(&router, "/events/no-such-event", &[]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.header(header::CACHE_CONTROL).contains("max-age=60"), "a 404 is kept briefly");
    let switch = get(&router, "/lang/fr?next=/fr", &[]).await;
    assert!(switch.header(header::CACHE_CONTROL).contains("private"), "the language switch sets a cookie: never shared");
    assert!(!get(&router, "/lang/fr?next=/fr", &[]).await.hit(), "nor kept here");
    assert_eq!(get(&router, "/healthz", &[]).await.header(header::CACHE_CONTROL), "no-store");
}

#[tokio::test]
async fn vary_names_exactly_the_headers_a_page_reads() {
    let router = fresh();
    let home = get(&router, "/", &[]).await;
    let vary = home.header(header::VARY);
    for name in ["accept-encoding", "cookie", "accept-language"] {
        assert!(vary.contains(name), "/ reads {name}: {vary}");
    }
    for path in ["/fr", "/fr?theme=drones", "/events/coup-2020", "/actors", "/map", "/api/v1/events", "/export/events.csv"] {
        assert_eq!(get(&router, path, &[]).await.header(header::VARY), "accept-encoding", "{path} reads no request header");
    }
}

#[tokio::test]
async fn one_readers_language_never_reaches_another() {
    let router = fresh();
    let french_browser = (header::ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9");
    let english_browser = (header::ACCEPT_LANGUAGE, "en-GB,en;q=0.8");
    let navigation = (header::ACCEPT, "text/html,application/xhtml+xml");
    for _ in 0..2 {
        let offered = get(&router, "/", &[french_browser.clone()]).await;
        assert!(offered.text().contains("Lire en français"), "a French browser is offered French");
        let english = get(&router, "/", &[english_browser.clone()]).await;
        assert!(!english.text().contains("Lire en français"), "an English browser is not");
        let chose_french = get(&router, "/?theme=drones", &[(header::COOKIE, "lang=fr"), navigation.clone()]).await;
        assert_eq!(chose_french.status, StatusCode::FOUND, "a reader who chose French goes to French");
        assert_eq!(chose_french.header(header::LOCATION), "/fr?theme=drones");
        let chose_english = get(&router, "/?theme=drones", &[(header::COOKIE, "lang=en"), french_browser.clone(), navigation.clone()]).await;
        assert_eq!(chose_english.status, StatusCode::OK);
        assert!(!chose_english.text().contains("Lire en français"), "a reader who chose is not asked again");
        let nobody = get(&router, "/?theme=drones", &[navigation.clone()]).await;
        assert_eq!(nobody.status, StatusCode::OK, "a reader with no cookie is never redirected");
    }
    let foreign = get(&router, "/", &[(header::COOKIE, "_pk_id=42; theme=dark"), english_browser.clone()]).await;
    assert!(foreign.hit(), "cookies of other sites on the domain do not split the cache");
}

#[tokio::test]
async fn answers_kept_for_one_reader_only_still_say_what_they_depend_on() {
    let router = fresh();
    for _ in 0..2 {
        // Leptos answers a script (no text/html) of a reader who chose French with a page and a
        // redirect header: that reader's own, and a shared cache must not hand it to anyone else.
        let script = get(&router, "/?q=kidal", &[(header::COOKIE, "lang=fr"), (header::ACCEPT, "*/*")]).await;
        assert!(script.header(header::CACHE_CONTROL).starts_with("private"), "{}", script.header(header::CACHE_CONTROL));
        let vary = script.header(header::VARY);
        assert!(vary.contains("cookie") && vary.contains("accept"), "{vary}");
        assert!(!script.hit());
    }
    let reader = get(&router, "/?q=kidal", &[(header::ACCEPT, "*/*")]).await;
    assert!(reader.header(header::CACHE_CONTROL).starts_with("public"));
    assert!(!reader.text().contains("Lire en français"));
}

#[tokio::test]
async fn filters_and_languages_are_part_of_the_address() {
    let router = fresh();
    let drones = get(&router, "/fr?theme=drones", &[]).await.text();
    let coups = get(&router, "/fr?theme=coups-and-juntas", &[]).await.text();
    let english = get(&router, "/?theme=drones", &[]).await.text();
    assert_ne!(drones, coups);
    assert!(drones.contains("<html lang=\"fr\"") && english.contains("<html lang=\"en\""));
    let count = |page: &str| page.split("id=\"count\">").nth(1).unwrap().split('<').next().unwrap().to_string();
    assert_ne!(count(&drones), count(&coups));
    assert_eq!(get(&router, "/fr?theme=drones", &[]).await.text(), drones);
}

#[tokio::test]
async fn the_policy_is_strict_and_the_same_for_every_request_and_page() {
    let router = fresh();
    let home = get(&router, "/", &[]).await;
    let policy = home.header(header::CONTENT_SECURITY_POLICY).to_string();
    assert!(!policy.contains("unsafe-inline") && !policy.contains("nonce-"), "{policy}");
    assert!(policy.contains("script-src 'self' 'sha256-"), "{policy}");
    for path in ["/", "/?q=kidal", "/fr", "/events/coup-2020", "/present?thread=coups-and-juntas", "/actors", "/map", "/fr/map"] {
        let fresh_answer = get(&fresh(), path, &[]).await;
        assert_eq!(fresh_answer.header(header::CONTENT_SECURITY_POLICY), policy, "{path}");
        for script in inline_scripts(&fresh_answer.text()) {
            assert!(policy.contains(&script_hash(script)), "{path}: an inline script the policy does not allow: {script:.80}");
        }
    }
    assert!(!inline_scripts(&home.text()).is_empty(), "the timeline starts its islands with an inline script");
}

#[tokio::test]
async fn random_paths_cannot_grow_memory_or_push_out_the_pages_readers_use() {
    let budget = 4 * 1024 * 1024;
    let cache = ResponseCache::new(budget);
    let router = app_with_cache(catalog(), options(), public(), cache.clone());
    for _ in 0..3 {
        get(&router, "/events/coup-2020", &[BR]).await;
    }
    for i in 0..600 {
        let answer = get(&router, &format!("/events/no-such-event-{i}"), &[BR]).await;
        assert_eq!(answer.status, StatusCode::NOT_FOUND);
    }
    assert!(cache.weight() <= budget, "{} bytes kept for a budget of {budget}", cache.weight());
    assert!(cache.weight() > budget / 2, "the 404s were kept too, up to the budget");
    assert!(get(&router, "/events/coup-2020", &[BR]).await.hit(), "the page readers use stays");
}
