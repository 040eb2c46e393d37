//! Slides with JavaScript: arrow keys, Page Up/Down (what clickers send), Space, Home and End
//! move between slides in place; the slide number is kept in the address (`#3`); full screen
//! on request; an autoplay that pauses on hover or focus and is off for reduced motion.

use leptos::prelude::*;
use std::time::Duration;

const AUTOPLAY_SECONDS: u64 = 12;

#[island]
pub fn Presenter(
    total: usize,
    current: usize,
    /// Button labels in the page's language: full screen, play, pause.
    labels: (String, String, String),
    children: Children,
) -> impl IntoView {
    let (full_screen_label, play_label, pause_label) = labels;
    let (slide, set_slide) = signal(current);
    let (playing, set_playing) = signal(false);
    let (paused_by_reader, set_paused_by_reader) = signal(false);
    let (ready, set_ready) = signal(false);

    let go = move |n: usize| set_slide.set(n.clamp(1, total.max(1)));

    Effect::new(move |_| {
        set_ready.set(true);
        if let Some(n) = web_sys::window().and_then(|w| w.location().hash().ok()).and_then(|h| h.trim_start_matches('#').parse::<usize>().ok()) {
            go(n);
        }
        let keys = window_event_listener(leptos::ev::keydown, move |ev| {
            if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
                return;
            }
            let in_control = super::dom::closest(&ev, "input, textarea, select, button").is_some();
            let n = slide.get_untracked();
            let target = match ev.key().as_str() {
                "ArrowRight" | "PageDown" | "ArrowDown" => n + 1,
                " " if !in_control => n + 1,
                "ArrowLeft" | "PageUp" | "ArrowUp" => n.saturating_sub(1),
                "Home" => 1,
                "End" => total,
                _ => return,
            };
            ev.prevent_default();
            go(target);
        });
        on_cleanup(move || keys.remove());
    });

    Effect::new(move |_| show(slide.get(), total));

    Effect::new(move |_| {
        if playing.get() && !paused_by_reader.get() {
            let handle = set_interval_with_handle(
                move || {
                    let n = slide.get_untracked();
                    if n >= total {
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
        if let Some(link) = super::dom::closest(&ev, ".slide-nav a") {
            ev.prevent_default();
            let n = slide.get_untracked();
            go(if link.class_list().contains("prev") { n.saturating_sub(1) } else { n + 1 });
        }
    };
    let full_screen = move |_| {
        if let Some(root) = super::dom::document().document_element() {
            let _ = root.request_fullscreen();
        }
    };
    let reduced_motion = move || ready.get() && super::dom::prefers_reduced_motion();

    view! {
        <div class="presenter" data-ready=move || ready.get().to_string() on:click=on_click
            on:mouseenter=move |_| set_paused_by_reader.set(true) on:mouseleave=move |_| set_paused_by_reader.set(false)
            on:focusin=move |_| set_paused_by_reader.set(true) on:focusout=move |_| set_paused_by_reader.set(false)>
            <div class="presenter-tools" hidden=move || !ready.get()>
                <button type="button" on:click=full_screen>"⛶ "{full_screen_label}</button>
                <button type="button" hidden=reduced_motion aria-pressed=move || playing.get().to_string()
                    on:click=move |_| set_playing.update(|p| *p = !*p)>
                    {move || if playing.get() { format!("❚❚ {pause_label}") } else { format!("▶ {play_label}") }}
                </button>
            </div>
            {children()}
        </div>
    }
}

/// Shows slide `n`, updates the counter, the progress bar, the links and the address.
fn show(n: usize, total: usize) {
    use wasm_bindgen::JsCast;
    let doc = super::dom::document();
    let Ok(slides) = doc.query_selector_all(".slide") else { return };
    for i in 0..slides.length() {
        if let Some(el) = slides.item(i).and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
            el.set_hidden(el.get_attribute("data-slide").and_then(|v| v.parse::<usize>().ok()) != Some(n));
        }
    }
    if let Ok(Some(counter)) = doc.query_selector(".slide-number") {
        counter.set_text_content(Some(&n.to_string()));
    }
    if let Ok(Some(progress)) = doc.query_selector(".slide-progress") {
        let _ = progress.set_attribute("value", &n.to_string());
    }
    for (selector, disabled) in [(".slide-nav .prev", n <= 1), (".slide-nav .next", n >= total)] {
        if let Ok(Some(link)) = doc.query_selector(selector) {
            let _ = link.set_attribute("aria-disabled", if disabled { "true" } else { "false" });
        }
    }
    if let Some(window) = web_sys::window() {
        let url = format!("{}{}#{n}", window.location().pathname().unwrap_or_default(), window.location().search().unwrap_or_default());
        super::dom::set_history(&url, false);
    }
}
