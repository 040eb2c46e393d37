//! The bounded in-memory store of rendered responses.
//!
//! An address (host and path with query) holds a few variants, as in an HTTP cache with
//! `Vary`: each variant remembers the request headers its page read while rendering, with
//! the values they had, and serves only requests with the same values. Pages read headers
//! through one helper (`components::context::request_header`), which records each read here.

use super::representation::Representation;
use axum::http::{request::Parts, HeaderMap, HeaderName, HeaderValue, Uri};
use quick_cache::sync::{Cache, DefaultLifecycle, PlaceholderGuard};
use quick_cache::{DefaultHashBuilder, Weighter};
use std::sync::{Arc, Mutex};

/// Past this many variants of one address the oldest is dropped, so that a header with
/// endless values (`Accept-Language`) cannot grow one address without bound.
const MOST_VARIANTS: usize = 8;

/// The request headers a render read, in the order it read them. The cache puts one in the
/// request's extensions; the page's header helper notes each read in it.
#[derive(Clone, Default)]
pub struct HeaderReads(Arc<Mutex<Vec<HeaderName>>>);

impl HeaderReads {
    pub fn names(&self) -> Vec<HeaderName> {
        self.0.lock().map(|names| names.clone()).unwrap_or_default()
    }
}

/// Notes that the render of the request in `parts` read the header `name`.
pub fn note_read(parts: &Parts, name: &HeaderName) {
    if let Some(HeaderReads(names)) = parts.extensions.get::<HeaderReads>() {
        if let Ok(mut names) = names.lock() {
            if !names.contains(name) {
                names.push(name.clone());
            }
        }
    }
}

/// One way an address was answered, and which requests may have that answer.
pub struct Variant {
    /// Each header the render read, with the value it had (`None`: the request had none).
    selectors: Vec<(HeaderName, Option<HeaderValue>)>,
    /// `None` marks an answer that must not be kept (it set a cookie, or said `no-store`):
    /// matching requests go straight to the application without waiting for one another.
    pub kept: Option<Arc<Representation>>,
}

impl Variant {
    /// The variant for a request with `headers` whose render read `read`.
    pub fn new(read: &[HeaderName], headers: &HeaderMap, kept: Option<Arc<Representation>>) -> Variant {
        let selectors = read.iter().map(|name| (name.clone(), headers.get(name).cloned())).collect();
        Variant { selectors, kept }
    }

    fn serves(&self, headers: &HeaderMap) -> bool {
        self.selectors.iter().all(|(name, value)| headers.get(name) == value.as_ref())
    }

    fn same_selectors(&self, other: &Variant) -> bool {
        self.selectors == other.selectors
    }

    fn weight(&self) -> u64 {
        let selectors: usize = self.selectors.iter().map(|(n, v)| n.as_str().len() + v.as_ref().map_or(0, |v| v.len()) + 32).sum();
        selectors as u64 + self.kept.as_ref().map_or(64, |r| r.weight())
    }
}

/// Everything kept for one address: its variants, the newest last.
#[derive(Clone, Default)]
pub struct Entry(Arc<Vec<Arc<Variant>>>);

impl Entry {
    /// The variant that answers a request with these headers, if one was kept.
    pub fn find(&self, headers: &HeaderMap) -> Option<Arc<Variant>> {
        self.0.iter().rev().find(|v| v.serves(headers)).cloned()
    }

    /// This entry with `variant` added (replacing one with the same selectors).
    fn with(&self, variant: Variant) -> Entry {
        let mut variants: Vec<Arc<Variant>> = self.0.iter().filter(|v| !v.same_selectors(&variant)).cloned().collect();
        variants.push(Arc::new(variant));
        let excess = variants.len().saturating_sub(MOST_VARIANTS);
        variants.drain(..excess);
        Entry(Arc::new(variants))
    }
}

/// Weighs an entry by the bytes it holds, so the budget is in bytes.
#[derive(Clone)]
pub struct ByBytes;

impl Weighter<String, Entry> for ByBytes {
    fn weight(&self, key: &String, entry: &Entry) -> u64 {
        key.len() as u64 + entry.0.iter().map(|v| v.weight()).sum::<u64>()
    }
}

/// The address a response is kept under: the path with its query, byte for byte (pages echo
/// the query they were given, so two spellings are two pages). Not the host: pages write the
/// configured public address, never the one a request names.
pub fn key_of(uri: &Uri) -> String {
    uri.path_and_query().map(|p| p.as_str()).unwrap_or("/").to_string()
}

/// What the store knows about a request.
pub enum Lookup<'a> {
    /// A kept answer: send it.
    Hit(Arc<Representation>),
    /// Answers to this request are not kept: ask the application.
    Pass,
    /// Nothing kept. With a guard, this request is the first for its address and the others
    /// wait for its answer; without one, the address has other variants.
    Miss(Option<Guard<'a>>),
}

pub type Guard<'a> = PlaceholderGuard<'a, String, Entry, ByBytes, DefaultHashBuilder, DefaultLifecycle<String, Entry>>;

/// The store: at most `capacity` bytes. Its eviction (S3-FIFO) keeps the answers that are
/// asked for again, so a flood of addresses asked once (random paths, each a 404) passes
/// through without pushing out the pages readers use.
pub struct Store {
    entries: Cache<String, Entry, ByBytes>,
    largest: u64,
}

impl Store {
    pub fn new(capacity: u64) -> Store {
        let options = quick_cache::OptionsBuilder::new()
            .estimated_items_capacity((capacity / 32_768).max(64) as usize)
            .weight_capacity(capacity)
            .shards(4)
            .build()
            .expect("valid cache options");
        let entries = Cache::with_options(options, ByBytes, DefaultHashBuilder::default(), Default::default());
        // A shard holds a quarter of the budget; one answer may take a sixteenth.
        Store { entries, largest: capacity / 16 }
    }

    /// The largest answer, in bytes, that the store keeps.
    pub fn largest(&self) -> u64 {
        self.largest
    }

    /// What is kept for a request, without waiting: `None` when nothing is.
    pub fn find(&self, key: &str, headers: &HeaderMap) -> Option<Arc<Variant>> {
        self.entries.get(key)?.find(headers)
    }

    /// What is kept for a request; when nothing is kept for its address yet, waits for a
    /// request for the same address that is being answered, or becomes that request.
    pub async fn lookup(&self, key: &str, headers: &HeaderMap) -> Lookup<'_> {
        match self.entries.get_value_or_guard_async(key).await {
            Ok(entry) => match entry.find(headers) {
                Some(variant) => variant.kept.clone().map_or(Lookup::Pass, Lookup::Hit),
                None => Lookup::Miss(None),
            },
            Err(guard) => Lookup::Miss(Some(guard)),
        }
    }

    /// Keeps `variant` for `key`, beside the variants already kept there.
    pub fn keep(&self, key: String, variant: Variant, guard: Option<Guard<'_>>) {
        if variant.weight() > self.largest {
            return;
        }
        match guard {
            Some(guard) => {
                let _ = guard.insert(Entry::default().with(variant));
            }
            None => {
                let entry = self.entries.get(&key).unwrap_or_default().with(variant);
                self.entries.insert(key, entry);
            }
        }
    }

    /// Bytes held now.
    pub fn weight(&self) -> u64 {
        self.entries.weight()
    }

    pub fn clear(&self) {
        self.entries.clear();
    }
}
