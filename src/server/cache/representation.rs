//! One response as the cache keeps it: status, headers and body, the body compressed once into
//! every encoding a reader may ask for, each with its strong `ETag`.

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderMap, HeaderName, HeaderValue, StatusCode};
use axum::response::Response;
use base64::Engine as _;
use headers::{ETag, HeaderMapExt, IfNoneMatch};
use sha2::{Digest, Sha256};
use std::io::Write as _;

/// Below this size compression saves less than it costs.
const SMALLEST_COMPRESSED: usize = 512;
/// Brotli quality (0-11) and window: high enough to be close to `brotli -9` on the pages,
/// low enough that the first render of the timeline stays in milliseconds.
const BROTLI_QUALITY: u32 = 9;
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

/// A response ready to be sent again and again: nothing is computed when it is served.
pub struct Representation {
    status: StatusCode,
    headers: HeaderMap,
    /// Indexed by `Coding`; `None` when that coding is not worth it (the identity is sent).
    bodies: [Option<(Bytes, Option<ETag>, Option<HeaderValue>)>; 3],
}

impl Representation {
    /// Takes the rendered response's status, headers (already carrying `Vary` and
    /// `Cache-Control`) and body; compresses it into each of `codings` it is worth
    /// compressing into. Successful responses get a strong `ETag` per coding: a hash of
    /// the uncompressed body, so every replica gives the same tag for the same bytes.
    pub fn new(status: StatusCode, mut headers: HeaderMap, identity: Bytes, codings: &[Coding]) -> Representation {
        for name in [header::CONTENT_LENGTH, header::CONTENT_ENCODING, header::ETAG, header::TRANSFER_ENCODING, header::DATE] {
            headers.remove(name);
        }
        let digest = Sha256::digest(&identity);
        let hash = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&digest[..18]);
        let etag = |coding: Coding| -> Option<ETag> {
            status.is_success().then(|| format!("\"{hash}{}\"", coding.etag_suffix()).parse().ok()).flatten()
        };
        let worth_compressing = identity.len() >= SMALLEST_COMPRESSED && compressible(&headers);
        let mut bodies: [Option<(Bytes, Option<ETag>, Option<HeaderValue>)>; 3] = [None, None, None];
        for &coding in codings {
            if coding != Coding::Identity && worth_compressing {
                bodies[coding.index()] = Some((coding.encode(&identity), etag(coding), coding.content_encoding()));
            }
        }
        bodies[Coding::Identity.index()] = Some((identity, etag(Coding::Identity), None));
        Representation { status, headers, bodies }
    }

    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Bytes held, for the cache's budget.
    pub fn weight(&self) -> u64 {
        let bodies: usize = self.bodies.iter().flatten().map(|(b, ..)| b.len() + 64).sum();
        let headers: usize = self.headers.iter().map(|(k, v)| k.as_str().len() + v.len() + 32).sum();
        (bodies + headers + 128) as u64
    }

    /// Whether the body is kept in `coding` (or needs no compression at all).
    pub fn has(&self, coding: Coding) -> bool {
        self.bodies[coding.index()].is_some() || !self.compressed_at_all()
    }

    fn compressed_at_all(&self) -> bool {
        self.bodies[Coding::Brotli.index()].is_some() || self.bodies[Coding::Gzip.index()].is_some()
    }

    /// The response for a reader who accepts `coding`: `304 Not Modified` when their
    /// `If-None-Match` names this body's tag, else the whole body (none for `HEAD`).
    /// `x-cache` says whether it was rendered for this request (`MISS`) or copied (`HIT`).
    pub fn respond(&self, coding: Coding, if_none_match: Option<&IfNoneMatch>, head_only: bool, hit: bool) -> Response {
        let (body, etag, encoding) = self.bodies[coding.index()].as_ref().or(self.bodies[Coding::Identity.index()].as_ref()).expect("the identity body is always kept");
        let mut headers = self.headers.clone();
        headers.insert(HeaderName::from_static("x-cache"), HeaderValue::from_static(if hit { "HIT" } else { "MISS" }));
        if let Some(etag) = etag {
            headers.typed_insert(etag.clone());
            if if_none_match.is_some_and(|condition| !condition.precondition_passes(etag)) {
                let mut response = Response::new(Body::empty());
                *response.status_mut() = StatusCode::NOT_MODIFIED;
                for name in [header::CONTENT_TYPE, header::CONTENT_DISPOSITION, header::CONTENT_LANGUAGE] {
                    headers.remove(name);
                }
                *response.headers_mut() = headers;
                return response;
            }
        }
        if let Some(encoding) = encoding {
            headers.insert(header::CONTENT_ENCODING, encoding.clone());
        }
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
        let mut response = Response::new(if head_only { Body::empty() } else { Body::from(body.clone()) });
        *response.status_mut() = self.status;
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
        let all = [Coding::Brotli, Coding::Gzip, Coding::Identity];
        let one = Representation::new(StatusCode::OK, headers.clone(), body.clone(), &all);
        let two = Representation::new(StatusCode::OK, headers, body, &all);
        let tag = |r: &Representation, c: Coding| r.respond(c, None, false, true).headers().get(header::ETAG).unwrap().clone();
        assert_eq!(tag(&one, Coding::Brotli), tag(&two, Coding::Brotli));
        assert_ne!(tag(&one, Coding::Brotli), tag(&one, Coding::Gzip));
        assert!(!tag(&one, Coding::Identity).to_str().unwrap().starts_with("W/"));
    }
}
