//! Security headers on every response. Rendered pages get a Content-Security-Policy that is
//! the same for every request (so pages can be cached and shared): scripts come only from
//! this site, plus the inline scripts Leptos writes into pages (the islands' bootstrap, and
//! the hydration data, empty here since pages load no data asynchronously), each allowed by
//! its SHA-256 hash. No `'unsafe-inline'`, no per-response nonce. Everything else gets the
//! strict default here. Only `/embed` may be framed by other sites.

use axum::{body::Body, http::header, http::HeaderValue, http::Request, middleware::Next, response::Response};
use base64::Engine as _;
use leptos::prelude::*;
use sha2::{Digest, Sha256};

pub const DEFAULT_CSP: &str = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

/// The policy of a rendered page. `script_hashes` are CSP hash sources (`'sha256-…'`) of the
/// inline scripts the page may run; `embeddable` lets any site frame it.
pub fn page_csp(script_hashes: &str, embeddable: bool) -> String {
    let ancestors = if embeddable { "*" } else { "'none'" };
    format!(
        "default-src 'self'; script-src 'self' {script_hashes} 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors {ancestors}"
    )
}

/// The two page policies (framable or not), computed once at start from the build's
/// hydration script. Provided to pages as context; `set_security_policy` picks one.
#[derive(Clone, Debug)]
pub struct PagePolicy {
    pub framable: HeaderValue,
    pub unframable: HeaderValue,
}

impl PagePolicy {
    /// Renders Leptos's island bootstrap for these options (it names the hashed build
    /// files) and the hydration data of a page without asynchronous data, and allows
    /// exactly those inline scripts.
    pub fn new(options: &LeptosOptions) -> PagePolicy {
        use futures::StreamExt as _;
        use hydration_context::SharedContext as _;
        let bootstrap = Owner::new().with(|| {
            provide_fixed_nonce();
            view! { <HydrationScripts options=options.clone() islands=true/> }.to_html()
        });
        let data = hydration_context::SsrSharedContext::new().pending_data().expect("the server context has data");
        let data: Vec<String> = futures::executor::block_on(data.collect());
        let mut hashes: Vec<String> = inline_scripts(&bootstrap).into_iter().chain(data.iter().map(String::as_str)).map(script_hash).collect();
        hashes.dedup();
        let hashes = hashes.join(" ");
        let value = |embeddable| HeaderValue::from_str(&page_csp(&hashes, embeddable)).expect("the policy is ASCII");
        PagePolicy { framable: value(true), unframable: value(false) }
    }

    pub fn for_page(&self, embeddable: bool) -> HeaderValue {
        if embeddable { self.framable.clone() } else { self.unframable.clone() }
    }
}

/// Leptos gives each response a random nonce and writes it on its scripts, which would make
/// every page unique; the policy allows scripts by hash instead, so the nonce is fixed empty.
pub fn provide_fixed_nonce() {
    provide_context(leptos::nonce::Nonce::from_value(""));
}

/// The CSP source that allows an inline script with this exact text.
pub fn script_hash(text: &str) -> String {
    format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// The text of each inline `<script>` (one without `src`) in a piece of HTML that this
/// server rendered.
pub fn inline_scripts(html: &str) -> Vec<&str> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        let Some(open_end) = rest[start..].find('>').map(|i| start + i) else { break };
        let Some(close) = rest[open_end..].find("</script>").map(|i| open_end + i) else { break };
        if !rest[start..open_end].contains(" src=") {
            scripts.push(&rest[open_end + 1..close]);
        }
        rest = &rest[close + "</script>".len()..];
    }
    scripts
}

pub async fn security_headers(request: Request<Body>, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    headers.insert(header::REFERRER_POLICY, HeaderValue::from_static("strict-origin-when-cross-origin"));
    let embeddable = headers
        .get(header::CONTENT_SECURITY_POLICY)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("frame-ancestors *"));
    if !embeddable {
        headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    if !headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        headers.insert(header::CONTENT_SECURITY_POLICY, HeaderValue::from_static(DEFAULT_CSP));
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_scripts_without_a_source_are_inline() {
        let html = r#"<script src="/pkg/a.js"></script><script type="module" nonce="">go(1);</script><p>x</p><script>b()</script>"#;
        assert_eq!(inline_scripts(html), vec!["go(1);", "b()"]);
    }

    #[test]
    fn a_hash_source_is_the_base64_sha256_of_the_exact_text() {
        // The example of the CSP specification: alert('Hello, world.');
        assert_eq!(script_hash("alert('Hello, world.');"), "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    }
}
