//! The timeline with JavaScript: filters apply as the reader types or clicks (the page asks
//! the server for the same address it would load, and swaps in the new list). Each change of
//! filters is a history entry (typing makes one entry, updated while the reader types), and
//! Back and Forward put both the form and the list back as the address says. J/K move through
//! entries while the list has focus, a drag across the overview strip picks a span of years,
//! and ticked events keep the order they were ticked.

use leptos::prelude::*;
use std::time::Duration;

/// What the island remembers between events.
#[derive(Clone, Copy)]
struct Memory {
    /// Only the answer to the latest request is shown.
    generation: StoredValue<u32>,
    /// Ticked events, in the order they were ticked.
    ticked: StoredValue<Vec<String>>,
    /// The current history entry was made by typing: more typing updates it.
    typing: StoredValue<bool>,
}

#[island]
pub fn TimelineEnhancer(children: Children) -> impl IntoView {
    let debounce = StoredValue::new(None::<TimeoutHandle>);
    let memory = Memory { generation: StoredValue::new(0u32), ticked: StoredValue::new(Vec::new()), typing: StoredValue::new(false) };
    let drag_from = StoredValue::new(None::<String>);
    let (ready, set_ready) = signal(false);

    Effect::new(move |_| {
        set_ready.set(true);
        open_filters_on_wide_screens();
        let handle = window_event_listener(leptos::ev::popstate, move |_| {
            if let Some(href) = web_sys::window().and_then(|w| w.location().href().ok()) {
                load(href, Reload::Back, memory);
            }
        });
        on_cleanup(move || handle.remove());
    });

    let apply_form = move |delay: u64, how: Reload| {
        if let Some(previous) = debounce.get_value() {
            previous.clear();
        }
        let handle = set_timeout_with_handle(
            move || {
                if let Some(url) = filters_url() {
                    load(url, how, memory);
                }
            },
            Duration::from_millis(delay),
        )
        .ok();
        debounce.set_value(handle);
    };

    let on_input = move |ev: web_sys::Event| {
        if closest(&ev, "#filters").is_some() && closest(&ev, "input[type=search], input[type=text]").is_some() {
            apply_form(300, Reload::Typing);
        }
    };
    let on_change = move |ev: web_sys::Event| {
        if closest(&ev, "#filters").is_some() {
            if closest(&ev, "input[type=search], input[type=text]").is_none() {
                apply_form(0, Reload::Choice);
            }
        } else if let Some(input) = closest(&ev, "input[name=ids]") {
            remember_tick(&input, memory.ticked);
        }
    };
    let on_submit = move |ev: web_sys::SubmitEvent| {
        let Some(form) = closest(&ev, "form") else { return };
        match form.id().as_str() {
            "filters" => {
                ev.prevent_default();
                apply_form(0, Reload::Choice);
            }
            "lesson-form" => {
                ev.prevent_default();
                open_lesson(&form, ev.submitter(), memory.ticked);
            }
            _ => {}
        }
    };
    let on_click = move |ev: web_sys::MouseEvent| {
        if ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.button() != 0 {
            return;
        }
        if let Some(link) = closest(&ev, "#overview .years a, #overview .show-all a, .pagination a, .empty a, .notice a") {
            if let Some(href) = link.get_attribute("href") {
                ev.prevent_default();
                load(href, Reload::Link, memory);
            }
        }
    };
    let on_keydown = move |ev: web_sys::KeyboardEvent| {
        if closest(&ev, "#event-list").is_some() && move_focus(&ev.key()) {
            ev.prevent_default();
        }
    };
    let on_pointerdown = move |ev: web_sys::PointerEvent| {
        drag_from.set_value(closest(&ev, ".year-col").and_then(|c| c.get_attribute("data-year")));
    };
    let on_pointerup = move |ev: web_sys::PointerEvent| {
        let start = drag_from.get_value();
        drag_from.set_value(None);
        let end = year_under_pointer(&ev);
        if let (Some(start), Some(end)) = (start, end) {
            if start != end {
                ev.prevent_default();
                let (from, to) = if start < end { (start, end) } else { (end, start) };
                set_field("from", &from);
                set_field("to", &to);
                apply_form(0, Reload::Choice);
            }
        }
    };

    view! {
        <div class="enhanced" data-ready=move || ready.get().to_string() on:input=on_input on:change=on_change on:submit=on_submit on:click=on_click
            on:keydown=on_keydown on:pointerdown=on_pointerdown on:pointerup=on_pointerup>
            {children()}
        </div>
    }
}

use super::dom::{by_id, closest, document, fetch_page, focus, set_history, swap};
use wasm_bindgen::JsCast;

#[derive(Clone, Copy, PartialEq)]
enum Reload {
    /// The reader is typing in the form: leave the form alone; one history entry for the
    /// whole word, updated as it grows.
    Typing,
    /// A box ticked, a choice made, the form submitted: a new history entry; the form
    /// already shows the change.
    Choice,
    /// A link (year, page, notice): a new history entry, and the form must show the new
    /// filters too.
    Link,
    /// The back or forward button: the form and the list as the address says, without a
    /// new history entry.
    Back,
}

/// The address the filter form would submit to, without empty fields. The browser encodes
/// it (URLSearchParams), which keeps an encoder out of the wasm.
fn filters_url() -> Option<String> {
    let form: web_sys::HtmlFormElement = by_id("filters")?.dyn_into().ok()?;
    let data = web_sys::FormData::new_with_form(&form).ok()?;
    let encoded = web_sys::UrlSearchParams::new_with_str_sequence_sequence(&data).ok()?.to_string().as_string()?;
    let query: Vec<&str> = encoded.split('&').filter(|pair| !pair.is_empty() && !pair.ends_with('=')).collect();
    let mut url = form.get_attribute("action").unwrap_or_else(|| "/".into());
    if !query.is_empty() {
        url.push('?');
        url.push_str(&query.join("&"));
    }
    Some(url)
}

fn load(url: String, how: Reload, memory: Memory) {
    let this = memory.generation.get_value().wrapping_add(1);
    memory.generation.set_value(this);
    leptos::task::spawn_local(async move {
        let Some(page) = fetch_page(&url).await else {
            // Let the browser load it the ordinary way.
            if let Some(w) = web_sys::window() {
                let _ = w.location().set_href(&url);
            }
            return;
        };
        if memory.generation.get_value() != this {
            return;
        }
        swap("timeline-view", &page);
        swap("filters-count", &page);
        if matches!(how, Reload::Link | Reload::Back) {
            swap("filters", &page);
        }
        document().set_title(&page.title());
        match how {
            Reload::Typing => {
                set_history(&url, !memory.typing.get_value());
                memory.typing.set_value(true);
            }
            Reload::Choice | Reload::Link => {
                set_history(&url, true);
                memory.typing.set_value(false);
            }
            Reload::Back => memory.typing.set_value(false),
        }
        if let (Some(status), Some(count)) = (by_id("live-status"), by_id("count")) {
            status.set_text_content(count.text_content().as_deref());
        }
        restore_ticks(memory.ticked);
    });
}

/// Wide screens show the filters beside the list: the disclosure that folds them away on
/// phones starts open there.
fn open_filters_on_wide_screens() {
    let wide = web_sys::window().and_then(|w| w.match_media("(min-width: 60rem)").ok().flatten()).is_some_and(|m| m.matches());
    if let Some(details) = by_id("filters-disclosure") {
        if wide {
            let _ = details.set_attribute("open", "");
        }
    }
}

fn set_field(id: &str, value: &str) {
    if let Some(input) = by_id(id).and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()) {
        input.set_value(value);
    }
}

fn year_under_pointer(ev: &web_sys::PointerEvent) -> Option<String> {
    let el = document().element_from_point(ev.client_x() as f32, ev.client_y() as f32)?;
    el.closest(".year-col").ok()??.get_attribute("data-year")
}

/// J/K and the arrows move between entries of the list; Home/End go to the ends.
fn move_focus(key: &str) -> bool {
    let Ok(links) = document().query_selector_all("#event-list .event-link") else { return false };
    let count = links.length();
    if count == 0 {
        return false;
    }
    let active = document().active_element();
    let current = (0..count).find(|&i| links.item(i).zip(active.clone()).is_some_and(|(l, a)| l.is_same_node(Some(&a))));
    let target = match (key, current) {
        ("j" | "ArrowDown", None) => 0,
        ("j" | "ArrowDown", Some(i)) => (i + 1).min(count - 1),
        ("k" | "ArrowUp", None) => 0,
        ("k" | "ArrowUp", Some(i)) => i.saturating_sub(1),
        ("Home", _) => 0,
        ("End", _) => count - 1,
        _ => return false,
    };
    if let Some(el) = links.item(target).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
        focus(&el);
        el.scroll_into_view_with_bool(false);
    }
    true
}

fn remember_tick(input: &web_sys::Element, ticked: StoredValue<Vec<String>>) {
    let Some(input) = input.dyn_ref::<web_sys::HtmlInputElement>() else { return };
    let id = input.value();
    ticked.update_value(|list| {
        list.retain(|x| x != &id);
        if input.checked() {
            list.push(id);
        }
    });
}

fn restore_ticks(ticked: StoredValue<Vec<String>>) {
    let list = ticked.get_value();
    let Ok(boxes) = document().query_selector_all("input[name=ids]") else { return };
    for i in 0..boxes.length() {
        if let Some(input) = boxes.item(i).and_then(|n| n.dyn_into::<web_sys::HtmlInputElement>().ok()) {
            input.set_checked(list.contains(&input.value()));
        }
    }
}

/// Opens the lesson with the ticked events in the order they were ticked.
fn open_lesson(form: &web_sys::Element, submitter: Option<web_sys::HtmlElement>, ticked: StoredValue<Vec<String>>) {
    let action = submitter
        .and_then(|b| b.get_attribute("formaction"))
        .or_else(|| form.get_attribute("action"))
        .unwrap_or_else(|| "/present".into());
    let Ok(query) = web_sys::UrlSearchParams::new() else { return };
    query.append("ids", &ticked.get_value().join(","));
    if let Some(title) = by_id("lesson-title").and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok()).map(|i| i.value()) {
        if !title.trim().is_empty() {
            query.append("title", title.trim());
        }
    }
    let mut url = action;
    url.push('?');
    url.push_str(&query.to_string().as_string().unwrap_or_default());
    if let Some(w) = web_sys::window() {
        let _ = w.location().set_href(&url);
    }
}
