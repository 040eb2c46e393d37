//! A button that copies a citation to the clipboard. Without JavaScript the citation stays
//! plain selectable text and the button is never shown.

use leptos::prelude::*;

#[island]
pub fn CopyButton(target: String, label: String, done: String) -> impl IntoView {
    let (copied, set_copied) = signal(false);
    let (ready, set_ready) = signal(false);
    Effect::new(move |_| set_ready.set(true));
    let copy = move |_| {
        if let (Some(el), Some(window)) = (super::dom::by_id(&target), web_sys::window()) {
            let text = el.text_content().unwrap_or_default();
            let _ = window.navigator().clipboard().write_text(&text);
            set_copied.set(true);
        }
    };
    view! {
        <button type="button" class="copy" hidden=move || !ready.get() on:click=copy>
            {move || if copied.get() { done.clone() } else { label.clone() }}
        </button>
    }
}
