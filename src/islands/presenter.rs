//! Slides with JavaScript: arrow keys, Page Up/Down (what clickers send), Space, Home and End
//! move between slides in place, while the deck itself has focus (it takes focus at start and
//! after a click on the slide links; keys pressed on a button, link or field do what they do
//! there and nothing else); the slide number is kept in the address (`#3`), which wins over
//! `slide=` when both are given; full screen on request; an autoplay that pauses on hover or
//! focus and is off for reduced motion.
//! It takes no props: the slides, the current one and the button labels are in the page.

use super::dom::{closest, document, prefers_reduced_motion, set_history};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

const AUTOPLAY_SECONDS: u64 = 12;

#[island]
pub fn Presenter(children: Children) -> impl IntoView {
    let (slide, set_slide) = signal(0usize);
    let total = StoredValue::new(0usize);
    let (playing, set_playing) = signal(false);
    let (paused_by_reader, set_paused_by_reader) = signal(false);
    let (ready, set_ready) = signal(false);
    let go = move |n: usize| {
        let last = total.get_value();
        if last > 0 {
            set_slide.set(n.clamp(1, last));
        }
    };

    Effect::new(move |_| {
        let doc = document();
        total.set_value(doc.query_selector_all(".slide").map(|l| l.length() as usize).unwrap_or(0));
        let from_page = doc.query_selector(".deck").ok().flatten().and_then(|d| d.get_attribute("data-current")).and_then(|v| v.parse().ok());
        let from_hash = web_sys::window().and_then(|w| w.location().hash().ok()).and_then(|h| h.trim_start_matches('#').parse().ok());
        go(from_hash.or(from_page).unwrap_or(1));
        if let Some(tools) = element(".presenter-tools") {
            tools.set_hidden(false);
        }
        if let Some(autoplay) = element(".tool-autoplay") {
            autoplay.set_hidden(prefers_reduced_motion());
        }
        set_ready.set(true);
        focus_deck();
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || !deck_has_focus(&ev) {
                return;
            }
            let n = slide.get_untracked();
            let target = match ev.key().as_str() {
                "ArrowRight" | "PageDown" | "ArrowDown" | " " => n + 1,
                "ArrowLeft" | "PageUp" | "ArrowUp" => n.saturating_sub(1),
                "Home" => 1,
                "End" => total.get_value(),
                _ => return,
            };
            ev.prevent_default();
            go(target);
        });
        on_cleanup(move || keys.remove());
    });

    Effect::new(move |_| {
        let n = slide.get();
        if n > 0 {
            show(n, total.get_value());
        }
    });

    Effect::new(move |_| {
        let on = playing.get();
        if let Some(button) = element(".tool-autoplay") {
            let label = button.get_attribute(if on { "data-pause" } else { "data-play" }).unwrap_or_default();
            button.set_text_content(Some(&label));
            let _ = button.set_attribute("aria-pressed", if on { "true" } else { "false" });
        }
        if on && !paused_by_reader.get() {
            let handle = set_interval_with_handle(
                move || {
                    let n = slide.get_untracked();
                    if n >= total.get_value() {
                        set_playing.set(false);
                    } else {
                        go(n + 1);
                    }
                },
                Duration::from_secs(AUTOPLAY_SECONDS),
            );
            if let Ok(handle) = handle {
                on_cleanup(move || handle.clear());
            }
        }
    });

    let on_click = move |ev: web_sys::MouseEvent| {
        if let Some(link) = closest(&ev, ".slide-nav a") {
            ev.prevent_default();
            let n = slide.get_untracked();
            go(if link.class_list().contains("prev") { n.saturating_sub(1) } else { n + 1 });
            focus_deck();
        } else if closest(&ev, ".tool-fullscreen").is_some() {
            if let Some(root) = document().document_element() {
                let _ = root.request_fullscreen();
            }
        } else if closest(&ev, ".tool-autoplay").is_some() {
            set_playing.update(|p| *p = !*p);
        }
    };

    view! {
        <div class="presenter" data-ready=move || ready.get().to_string() on:click=on_click
            on:mouseenter=move |_| set_paused_by_reader.set(true) on:mouseleave=move |_| set_paused_by_reader.set(false)
            on:focusin=move |_| set_paused_by_reader.set(true) on:focusout=move |_| set_paused_by_reader.set(false)>
            {children()}
        </div>
    }
}

/// True when the key was pressed on the deck or on plain text inside it, not on a control.
fn deck_has_focus(ev: &web_sys::KeyboardEvent) -> bool {
    closest(ev, ".deck").is_some() && closest(ev, "a, button, input, select, textarea, summary, [contenteditable]").is_none()
}

fn focus_deck() {
    if let Some(deck) = element(".deck") {
        let _ = deck.focus();
    }
}

fn element(selector: &str) -> Option<web_sys::HtmlElement> {
    document().query_selector(selector).ok().flatten()?.dyn_into().ok()
}

/// Shows slide `n`, updates the counter, the progress bar, the links and the address.
fn show(n: usize, total: usize) {
    let doc = document();
    let number = n.to_string();
    let Ok(slides) = doc.query_selector_all(".slide") else { return };
    for i in 0..slides.length() {
        if let Some(el) = slides.item(i).and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
            el.set_hidden(el.get_attribute("data-slide").as_deref() != Some(number.as_str()));
        }
    }
    if let Some(counter) = element(".slide-number") {
        counter.set_text_content(Some(&number));
    }
    if let Some(progress) = element(".slide-progress") {
        let _ = progress.set_attribute("value", &number);
    }
    for (selector, disabled) in [(".slide-nav .prev", n <= 1), (".slide-nav .next", n >= total)] {
        if let Some(link) = element(selector) {
            let _ = link.set_attribute("aria-disabled", if disabled { "true" } else { "false" });
        }
    }
    // The language switch keeps the slide: browsers carry a fragment across the redirect.
    if let Some(switch) = element(".deck-links .lang-switch") {
        if let Some(href) = switch.get_attribute("href") {
            let mut target = href.split('#').next().unwrap_or_default().to_string();
            target.push('#');
            target.push_str(&number);
            let _ = switch.set_attribute("href", &target);
        }
    }
    if let Some(location) = web_sys::window().map(|w| w.location()) {
        let mut url = location.pathname().unwrap_or_default();
        url.push_str(&location.search().unwrap_or_default());
        url.push('#');
        url.push_str(&number);
        set_history(&url, false);
    }
}
