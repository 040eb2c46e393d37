//! French typography on the way out: every HTML page passes through here once, and the text
//! of its French parts (the whole page under `/fr`, and any `lang="fr"` element elsewhere) is
//! typeset by `i18n::typography::french`. Parts in another language (a source title quoted
//! in English), code and citations to copy (`pre`, `code`), scripts and styles are left as
//! they are.

use crate::i18n::typography::french;
use axum::body::{to_bytes, Body};
use axum::http::{header, Request};
use axum::middleware::Next;
use axum::response::Response;
use lol_html::html_content::{ContentType, Element, TextType};
use lol_html::{doc_text, element, rewrite_str, RewriteStrSettings};
use std::borrow::Cow;
use std::cell::RefCell;
use std::rc::Rc;

/// Attributes whose text a reader sees or hears.
const READ_ATTRIBUTES: [&str; 4] = ["title", "aria-label", "alt", "placeholder"];
/// Elements whose text must stay exactly as written.
const VERBATIM: [&str; 6] = ["pre", "code", "textarea", "script", "style", "kbd"];

/// Typesets the French text of HTML pages; other responses pass untouched.
pub async fn french_pages(request: Request<Body>, next: Next) -> Response {
    let response = next.run(request).await;
    let html = response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html"));
    if !html {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = to_bytes(body, usize::MAX).await else {
        return Response::from_parts(parts, Body::empty());
    };
    let typeset = std::str::from_utf8(&bytes).ok().and_then(|page| match typeset_html(page) {
        Cow::Borrowed(_) => None,
        Cow::Owned(page) => Some(page),
    });
    match typeset {
        Some(page) => {
            parts.headers.remove(header::CONTENT_LENGTH);
            Response::from_parts(parts, Body::from(page))
        }
        None => Response::from_parts(parts, Body::from(bytes)),
    }
}

#[derive(Clone, Copy, Default)]
struct Frame {
    french: bool,
    verbatim: bool,
}

#[derive(Default)]
struct State {
    stack: Vec<Frame>,
    /// The chunks of the current text node, which the parser may deliver in pieces.
    pending: String,
}

impl State {
    fn current(&self) -> Frame {
        self.stack.last().copied().unwrap_or_default()
    }
}

/// The page with its French text typeset; borrowed back when it has no French part or
/// cannot be parsed.
pub fn typeset_html(page: &str) -> Cow<'_, str> {
    if !page.contains("lang=\"fr") {
        return Cow::Borrowed(page);
    }
    let state = Rc::new(RefCell::new(State::default()));
    let on_element = {
        let state = state.clone();
        move |el: &mut Element| {
            let parent = state.borrow().current();
            let tag = el.tag_name();
            let frame = Frame {
                french: el.get_attribute("lang").map_or(parent.french, |l| l == "fr" || l.starts_with("fr-")),
                verbatim: parent.verbatim || VERBATIM.contains(&tag.as_str()),
            };
            if frame.french && !frame.verbatim {
                typeset_attributes(el, &tag);
            }
            if let Some(handlers) = el.end_tag_handlers() {
                state.borrow_mut().stack.push(frame);
                let state = state.clone();
                handlers.push(Box::new(move |_| {
                    state.borrow_mut().stack.pop();
                    Ok(())
                }));
            }
            Ok(())
        }
    };
    let on_text = {
        let state = state.clone();
        move |chunk: &mut lol_html::html_content::TextChunk| {
            let mut state = state.borrow_mut();
            let frame = state.current();
            let prose = matches!(chunk.text_type(), TextType::Data | TextType::RCData);
            if !frame.french || frame.verbatim || !prose {
                return Ok(());
            }
            state.pending.push_str(chunk.as_str());
            if !chunk.last_in_text_node() {
                chunk.remove();
                return Ok(());
            }
            let raw = std::mem::take(&mut state.pending);
            let text = html_escape::decode_html_entities(&raw);
            let out = match french(&text) {
                Cow::Borrowed(_) => raw,
                Cow::Owned(typeset) => html_escape::encode_text(&typeset).into_owned(),
            };
            chunk.replace(&out, ContentType::Html);
            Ok(())
        }
    };
    let settings = RewriteStrSettings::new()
        .append_element_content_handler(element!("*", on_element))
        .append_document_content_handler(doc_text!(on_text));
    match rewrite_str(page, settings) {
        Ok(out) if out != page => Cow::Owned(out),
        _ => Cow::Borrowed(page),
    }
}

fn typeset_attributes(el: &mut Element, tag: &str) {
    let names = READ_ATTRIBUTES.iter().copied().chain((tag == "meta").then_some("content"));
    for name in names {
        let Some(raw) = el.get_attribute(name) else { continue };
        let text = html_escape::decode_html_entities(&raw);
        if let Cow::Owned(typeset) = french(&text) {
            let _ = el.set_attribute(name, &html_escape::encode_double_quoted_attribute(&typeset));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_text_and_read_attributes_are_typeset() {
        let page = r#"<html lang="fr"><head><title>Bilan : 365 000</title><meta name="description" content="Note : x"></head><body><p title="Clé : valeur">Selon l&#39;armée ; « neutralisés »</p></body></html>"#;
        let out = typeset_html(page);
        assert!(out.contains("<title>Bilan\u{202f}: 365\u{202f}000</title>"), "{out}");
        assert!(out.contains("content=\"Note\u{202f}: x\""), "{out}");
        assert!(out.contains("title=\"Clé\u{202f}: valeur\""), "{out}");
        assert!(out.contains("Selon l'armée\u{202f}; «\u{202f}neutralisés\u{202f}»"), "{out}");
    }

    #[test]
    fn english_quotes_code_scripts_and_addresses_are_left_alone() {
        let page = r#"<html lang="fr"><body><p>Titre : <a lang="en" href="https://x.org/a?b=1">Mali: army says</a> ; fin</p><pre>title = {Mali : x}</pre><script>var a = {b: 1};</script><p>https://example.org/x</p></body></html>"#;
        let out = typeset_html(page);
        assert!(out.contains("Titre\u{202f}: <a lang=\"en\" href=\"https://x.org/a?b=1\">Mali: army says</a>\u{202f}; fin"), "{out}");
        assert!(out.contains("<pre>title = {Mali : x}</pre>"), "{out}");
        assert!(out.contains("<script>var a = {b: 1};</script>"), "{out}");
        assert!(out.contains("<p>https://example.org/x</p>"), "{out}");
    }

    #[test]
    fn english_pages_pass_untouched_except_their_french_parts() {
        let page = r#"<html lang="en"><body><p>Note : x</p><aside lang="fr"><p>Aussi en français : lire</p></aside></body></html>"#;
        let out = typeset_html(page);
        assert!(out.contains("<p>Note : x</p>"), "{out}");
        assert!(out.contains("Aussi en français\u{202f}: lire"), "{out}");
        let english = "<html lang=\"en\"><body><p>Note : x</p></body></html>";
        assert!(matches!(typeset_html(english), Cow::Borrowed(_)));
    }
}
