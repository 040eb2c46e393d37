//! Small browser helpers shared by the islands.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlElement};

pub fn document() -> Document {
    web_sys::window().and_then(|w| w.document()).expect("a document")
}

pub fn by_id(id: &str) -> Option<Element> {
    document().get_element_by_id(id)
}

pub fn focus(el: &Element) {
    if let Some(el) = el.dyn_ref::<HtmlElement>() {
        let _ = el.focus();
    }
}

/// The nearest ancestor of the event's target (or the target) matching `selector`.
pub fn closest(event: &web_sys::Event, selector: &str) -> Option<Element> {
    event.target()?.dyn_into::<Element>().ok()?.closest(selector).ok()?
}

/// Fetches a page of this site and parses it, to take regions out of it.
pub async fn fetch_page(url: &str) -> Option<Document> {
    let window = web_sys::window()?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(url)).await.ok()?.dyn_into().ok()?;
    if !response.ok() && response.status() != 404 {
        return None;
    }
    let text = JsFuture::from(response.text().ok()?).await.ok()?.as_string()?;
    web_sys::DomParser::new().ok()?.parse_from_string(&text, web_sys::SupportedType::TextHtml).ok()
}

/// Replaces the element with `id` by the element of the same id in `from`.
pub fn swap(id: &str, from: &Document) -> bool {
    match (by_id(id), from.get_element_by_id(id)) {
        (Some(current), Some(new)) => {
            current.set_inner_html(&new.inner_html());
            true
        }
        _ => false,
    }
}

/// Puts `url` in the address bar: a new history entry when `push` (unless the address is
/// already `url`), else in place of the current one.
pub fn set_history(url: &str, push: bool) {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let current = format!("{}{}", location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    let push = push && current != url;
    if let Ok(history) = window.history() {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = if push { history.push_state_with_url(&state, "", Some(url)) } else { history.replace_state_with_url(&state, "", Some(url)) };
    }
}

pub fn prefers_reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}
