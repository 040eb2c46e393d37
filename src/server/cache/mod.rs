//! Render once, serve many times. A layer around the whole application that keeps each
//! rendered answer in memory, compressed once (brotli, gzip and identity), and copies it to
//! every later request with the same address and the same values of the headers its page
//! read. It also gives HTTP caches what they need: a strong `ETag` (and `304 Not Modified`),
//! `Cache-Control`, and a `Vary` that names exactly the headers the page read.
//!
//! The record is loaded once at start, so a kept answer is never stale, except for the date:
//! pages say what "today" is, so the store starts afresh each UTC day. No page knows it is
//! cached.

pub mod policy;
pub mod representation;
pub mod store;

use axum::body::{to_bytes, Body};
use axum::extract::Request;
use axum::http::{header, HeaderMap, HeaderValue, Method};
use axum::response::{IntoResponse, Response};
use futures::future::{ready, BoxFuture, Either, Ready};
use headers::{HeaderMapExt, IfNoneMatch};
use representation::{Coding, Representation};
use std::convert::Infallible;
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};
use store::{HeaderReads, Lookup, Store, Variant};
use tower::{Service, ServiceExt};

pub use store::note_read;

/// The one cookie this site sets; any other cookie is removed before a page sees the
/// request, so that it cannot split the cache.
const OWN_COOKIE: &str = crate::server::language::COOKIE;

/// The response cache; clones share one store.
#[derive(Clone)]
pub struct ResponseCache(Arc<Shared>);

struct Shared {
    store: Store,
    /// The UTC day (days from the common era) the kept answers were rendered on.
    day: AtomicI32,
}

impl ResponseCache {
    /// A cache that holds at most `capacity` bytes of responses (bodies in all their
    /// codings, headers and keys).
    pub fn new(capacity: u64) -> ResponseCache {
        ResponseCache(Arc::new(Shared { store: Store::new(capacity), day: AtomicI32::new(today()) }))
    }

    /// Bytes held now.
    pub fn weight(&self) -> u64 {
        self.0.store.weight()
    }

    fn start_of_day(&self) {
        let today = today();
        if self.0.day.swap(today, Ordering::Relaxed) != today {
            self.0.store.clear();
        }
    }
}

fn today() -> i32 {
    use chrono::Datelike;
    chrono::Utc::now().date_naive().num_days_from_ce()
}

/// Keeps only this site's own cookie (the first `lang=`), as pages read it.
fn keep_own_cookie(headers: &mut HeaderMap) {
    let own = headers.get_all(header::COOKIE).iter().filter_map(|v| v.to_str().ok()).flat_map(|v| v.split(';')).find_map(|c| {
        let c = c.trim();
        c.strip_prefix(OWN_COOKIE).filter(|rest| rest.starts_with('=')).map(|_| c.to_string())
    });
    headers.remove(header::COOKIE);
    if let Some(value) = own.and_then(|c| HeaderValue::from_str(&c).ok()) {
        headers.insert(header::COOKIE, value);
    }
}

/// Whether a request may be answered from the store: reads only, and whole bodies.
fn may_answer_from_store(request: &Request) -> bool {
    matches!(*request.method(), Method::GET | Method::HEAD) && !request.headers().contains_key(header::RANGE)
}

/// The application behind the cache (a layer: `ResponseCache::layer`).
#[derive(Clone)]
pub struct CacheService<S> {
    cache: ResponseCache,
    inner: S,
}

impl ResponseCache {
    /// Puts this cache in front of `inner`, the whole application.
    pub fn layer<S>(&self, inner: S) -> CacheService<S> {
        CacheService { cache: self.clone(), inner }
    }
}

type Answer = Result<Response, Infallible>;

impl<S> Service<Request> for CacheService<S>
where
    S: Service<Request, Response = Response, Error = Infallible> + Clone + Send + 'static,
    S::Future: Send,
{
    type Response = Response;
    type Error = Infallible;
    type Future = Either<Ready<Answer>, BoxFuture<'static, Answer>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    /// A kept answer is sent at once, without routing or rendering; anything else goes to
    /// `answer_and_keep`.
    fn call(&mut self, mut request: Request) -> Self::Future {
        let inner = self.inner.clone();
        if !may_answer_from_store(&request) {
            let path = request.uri().path().to_string();
            return Either::Right(Box::pin(async move { Ok(with_cache_control(&path, inner.oneshot(request).await?)) }));
        }
        self.cache.start_of_day();
        keep_own_cookie(request.headers_mut());
        let key = store::key_of(request.uri());
        if let Some(kept) = self.cache.0.store.find(&key, request.headers()).and_then(|v| v.kept.clone()) {
            let coding = Coding::negotiate(request.headers());
            let if_none_match: Option<IfNoneMatch> = request.headers().typed_get();
            let head_only = request.method() == Method::HEAD;
            return Either::Left(ready(Ok(kept.respond(coding, if_none_match.as_ref(), head_only, true))));
        }
        let cache = self.cache.clone();
        Either::Right(Box::pin(async move { Ok(answer_and_keep(&cache, key, request, inner).await) }))
    }
}

/// Answers a request that found nothing kept (or a mark that its answers are not kept):
/// asks the application, keeps the answer if it may, and sends it. Either way the answer's
/// `Vary` names the request headers its render read.
async fn answer_and_keep<S>(cache: &ResponseCache, key: String, request: Request, inner: S) -> Response
where
    S: Service<Request, Response = Response, Error = Infallible> + Send,
    S::Future: Send,
{
    let head_only = request.method() == Method::HEAD;
    let coding = Coding::negotiate(request.headers());
    let if_none_match: Option<IfNoneMatch> = request.headers().typed_get();
    let (mut parts, body) = request.into_parts();
    for name in [header::IF_NONE_MATCH, header::IF_MATCH, header::IF_MODIFIED_SINCE, header::IF_UNMODIFIED_SINCE, header::IF_RANGE] {
        parts.headers.remove(name);
    }
    let path = parts.uri.path().to_string();
    let store = &cache.0.store;
    let (guard, pass) = match store.lookup(&key, &parts.headers).await {
        Lookup::Hit(kept) => return kept.respond(coding, if_none_match.as_ref(), head_only, true),
        Lookup::Miss(guard) => (guard, false),
        Lookup::Pass => (None, true),
    };

    // A HEAD is answered from the GET's answer, so the GET is what is rendered and kept.
    parts.method = Method::GET;
    let reads = HeaderReads::default();
    parts.extensions.insert(reads.clone());
    let request_headers = parts.headers.clone();
    let response = inner.oneshot(Request::from_parts(parts, body)).await.unwrap_or_else(|e| match e {});
    let (mut head, body) = with_cache_control(&path, response).into_parts();
    let mut read = reads.names();
    if head.headers.contains_key(header::LOCATION) && !read.contains(&header::ACCEPT) {
        // Leptos's `redirect` answers 302 to a browser (`Accept: text/html`), 200 to a script.
        read.push(header::ACCEPT);
    }
    if pass || !policy::may_keep(head.status, &head.headers) {
        // Not kept here; a shared cache must still know what it depended on.
        if !read.is_empty() && !head.headers.contains_key(header::VARY) {
            head.headers.insert(header::VARY, policy::vary(&read, false));
        }
        if !pass && !head.status.is_server_error() {
            store.keep(key, Variant::new(&read, &request_headers, None), guard);
        }
        return Response::from_parts(head, if head_only { Body::empty() } else { body });
    }
    let Ok(identity) = to_bytes(body, usize::MAX).await else {
        return (axum::http::StatusCode::BAD_GATEWAY, "the page could not be read").into_response();
    };
    head.headers.insert(header::VARY, policy::vary(&read, true));
    let keep = (identity.len() as u64) < store.largest();
    let representation = Arc::new(Representation::new(head.status, head.headers, identity));
    let response = representation.respond(coding, if_none_match.as_ref(), head_only, false);
    if keep {
        store.keep(key, Variant::new(&read, &request_headers, Some(representation)), guard);
    }
    response
}

fn with_cache_control(path: &str, mut response: Response) -> Response {
    if let Some(value) = policy::cache_control(path, response.status(), response.headers()) {
        response.headers_mut().insert(header::CACHE_CONTROL, value);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sites_own_cookie_reaches_the_pages() {
        let mut headers = HeaderMap::new();
        headers.insert(header::COOKIE, HeaderValue::from_static("_ga=GA1.2.3; xlang=en; lang=fr; theme=dark"));
        keep_own_cookie(&mut headers);
        assert_eq!(headers.get(header::COOKIE).unwrap(), "lang=fr");
        let mut foreign = HeaderMap::new();
        foreign.insert(header::COOKIE, HeaderValue::from_static("_ga=GA1.2.3"));
        keep_own_cookie(&mut foreign);
        assert!(!foreign.contains_key(header::COOKIE));
    }
}
