//! One response as the cache keeps it: status, headers and body, the body compressed once into
//! every encoding a reader may ask for, each with its strong `ETag`.

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use base64::Engine as _;
use headers::{ETag, HeaderMapExt, IfNoneMatch};
use sha2::{Digest, Sha256};
use std::io::Write as _;
use std::sync::OnceLock;

/// Below this size compression saves less than it costs.
const SMALLEST_COMPRESSED: usize = 512;
/// Brotli quality (0-11) and window. Measured on the timeline's 270 KB of HTML: quality 5
/// takes 20 ms for 43.5 KB, 9 takes 290 ms for 42.3 KB, 11 takes 2.1 s for 37.7 KB. Every
/// new address (any filters) pays it once, so it must stay cheap.
const BROTLI_QUALITY: u32 = 5;
const BROTLI_WINDOW: u32 = 22;
const GZIP_LEVEL: u32 = 6;

/// The content codings this server sends, from the best to the plainest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Coding {
    Brotli,
    Gzip,
    Identity,
}

impl Coding {
    /// The best coding that the request's `Accept-Encoding` allows (a coding with `q=0` is
    /// refused; `*` stands for any coding not named). No header means identity.
    pub fn negotiate(headers: &HeaderMap) -> Coding {
        let Some(accept) = headers.get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()) else {
            return Coding::Identity;
        };
        let quality = |name: &str| -> Option<bool> {
            accept.split(',').find_map(|item| {
                let mut fields = item.split(';');
                let coding = fields.next()?.trim();
                coding.eq_ignore_ascii_case(name).then(|| {
                    fields
                        .filter_map(|f| f.trim().strip_prefix("q="))
                        .all(|q| q.trim().parse::<f32>().map(|q| q > 0.0).unwrap_or(false))
                })
            })
        };
        let any = quality("*").unwrap_or(false);
        if quality("br").unwrap_or(any) {
            Coding::Brotli
        } else if quality("gzip").unwrap_or(any) {
            Coding::Gzip
        } else {
            Coding::Identity
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    fn content_encoding(self) -> Option<HeaderValue> {
        match self {
            Coding::Brotli => Some(HeaderValue::from_static("br")),
            Coding::Gzip => Some(HeaderValue::from_static("gzip")),
            Coding::Identity => None,
        }
    }

    fn etag_suffix(self) -> &'static str {
        match self {
            Coding::Brotli => ".br",
            Coding::Gzip => ".gz",
            Coding::Identity => "",
        }
    }

    fn encode(self, identity: &[u8]) -> Bytes {
        let mut out = Vec::with_capacity(identity.len() / 4);
        match self {
            Coding::Brotli => {
                let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, BROTLI_QUALITY, BROTLI_WINDOW);
                writer.write_all(identity).expect("writing to memory");
                drop(writer);
            }
            Coding::Gzip => {
                let mut writer = flate2::write::GzEncoder::new(&mut out, flate2::Compression::new(GZIP_LEVEL));
                writer.write_all(identity).expect("writing to memory");
                writer.finish().expect("writing to memory");
            }
            Coding::Identity => return Bytes::copy_from_slice(identity),
        }
        Bytes::from(out)
    }
}

/// Text compresses; images other than SVG, archives and fonts already are compressed.
fn compressible(headers: &HeaderMap) -> bool {
    let kind = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
    ["text/", "json", "javascript", "xml", "wasm", "bibtex", "calendar"].iter().any(|k| kind.contains(k))
}

/// A response ready to be sent again and again. The body is compressed into a coding the
/// first time a reader asks for that coding, once; its headers are prepared at the same time,
/// so serving a kept response only clones them and a reference to the bytes.
pub struct Representation {
    status: StatusCode,
    /// Every header but the ones of a coding (`Content-Encoding`, `Content-Length`, `ETag`).
    headers: HeaderMap,
    identity: Bytes,
    /// The hash of the identity body, for the `ETag`s; `None` unless the status is a success.
    hash: Option<String>,
    compressible: bool,
    weight: u64,
    /// Indexed by `Coding`.
    prepared: [OnceLock<Prepared>; 3],
}

struct Prepared {
    body: Bytes,
    etag: Option<ETag>,
    /// The whole head of a copy (`x-cache: HIT`).
    headers: HeaderMap,
}

impl Representation {
    /// Takes the rendered response's status, headers (already carrying `Vary` and
    /// `Cache-Control`) and body. Successful responses get a strong `ETag` per coding: a hash
    /// of the uncompressed body, so every replica gives the same tag for the same bytes.
    pub fn new(status: StatusCode, mut headers: HeaderMap, identity: Bytes) -> Representation {
        for name in [header::CONTENT_LENGTH, header::CONTENT_ENCODING, header::ETAG, header::TRANSFER_ENCODING, header::DATE] {
            headers.remove(name);
        }
        let hash = status.is_success().then(|| {
            let digest = Sha256::digest(&identity);
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..18])
        });
        let compressible = identity.len() >= SMALLEST_COMPRESSED && compressible(&headers);
        // Compressed copies of text together stay under half of the original.
        let bodies = if compressible { identity.len() * 3 / 2 } else { identity.len() };
        let head: usize = headers.iter().map(|(k, v)| k.as_str().len() + v.len() + 32).sum();
        let weight = (bodies + 3 * (head + 200)) as u64;
        Representation { status, headers, identity, hash, compressible, weight, prepared: Default::default() }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Bytes held (counting the compressed copies it will hold), for the cache's budget.
    pub fn weight(&self) -> u64 {
        self.weight
    }

    fn prepared(&self, coding: Coding) -> &Prepared {
        let coding = if self.compressible { coding } else { Coding::Identity };
        self.prepared[coding.index()].get_or_init(|| {
            let body = coding.encode(&self.identity);
            let etag: Option<ETag> = self.hash.as_ref().and_then(|hash| format!("\"{hash}{}\"", coding.etag_suffix()).parse().ok());
            let mut headers = self.headers.clone();
            headers.insert(HeaderName::from_static("x-cache"), HeaderValue::from_static("HIT"));
            if let Some(etag) = &etag {
                headers.typed_insert(etag.clone());
            }
            if let Some(encoding) = coding.content_encoding() {
                headers.insert(header::CONTENT_ENCODING, encoding);
            }
            headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
            Prepared { body, etag, headers }
        })
    }

    /// The response for a reader who accepts `coding`: `304 Not Modified` when their
    /// `If-None-Match` names this body's tag, else the whole body (none for `HEAD`).
    /// `x-cache` says whether it was rendered for this request (`MISS`) or copied (`HIT`).
    pub fn respond(&self, coding: Coding, if_none_match: Option<&IfNoneMatch>, head_only: bool, hit: bool) -> Response {
        let prepared = self.prepared(coding);
        let mut headers = prepared.headers.clone();
        if !hit {
            headers.insert(HeaderName::from_static("x-cache"), HeaderValue::from_static("MISS"));
        }
        let unchanged = prepared.etag.as_ref().is_some_and(|etag| if_none_match.is_some_and(|condition| !condition.precondition_passes(etag)));
        let (status, body) = if unchanged {
            for name in [header::CONTENT_TYPE, header::CONTENT_LENGTH, header::CONTENT_ENCODING, header::CONTENT_DISPOSITION] {
                headers.remove(name);
            }
            (StatusCode::NOT_MODIFIED, Body::empty())
        } else if head_only {
            (self.status, Body::empty())
        } else {
            (self.status, Body::from(prepared.body.clone()))
        };
        let mut response = Response::new(body);
        *response.status_mut() = status;
        *response.headers_mut() = headers;
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).unwrap());
        headers
    }

    #[test]
    fn the_best_coding_the_reader_accepts_is_chosen() {
        assert_eq!(Coding::negotiate(&accepting("gzip, deflate, br, zstd")), Coding::Brotli);
        assert_eq!(Coding::negotiate(&accepting("gzip")), Coding::Gzip);
        assert_eq!(Coding::negotiate(&accepting("br;q=0, gzip;q=0.5")), Coding::Gzip);
        assert_eq!(Coding::negotiate(&accepting("identity")), Coding::Identity);
        assert_eq!(Coding::negotiate(&accepting("*")), Coding::Brotli);
        assert_eq!(Coding::negotiate(&accepting("*, br;q=0")), Coding::Gzip);
        assert_eq!(Coding::negotiate(&HeaderMap::new()), Coding::Identity);
    }

    #[test]
    fn each_coding_has_its_own_strong_tag_and_the_same_bytes_give_the_same_tag() {
        let mut headers = HeaderMap::new();
        headers.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8"));
        let body = Bytes::from("<p>Konna</p>".repeat(200));
        let one = Representation::new(StatusCode::OK, headers.clone(), body.clone());
        let two = Representation::new(StatusCode::OK, headers, body);
        let tag = |r: &Representation, c: Coding| r.respond(c, None, false, true).headers().get(header::ETAG).unwrap().clone();
        assert_eq!(tag(&one, Coding::Brotli), tag(&two, Coding::Brotli));
        assert_ne!(tag(&one, Coding::Brotli), tag(&one, Coding::Gzip));
        assert!(!tag(&one, Coding::Identity).to_str().unwrap().starts_with("W/"));
    }
}
