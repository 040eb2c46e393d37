//! Copy buttons for citations. The buttons are rendered by the server, hidden; this island
//! shows them once it runs, so without JavaScript the citations stay plain selectable text and
//! no dead button is ever shown. It takes no props: what to copy is in the page.

use super::dom::closest;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[island]
pub fn CopyButtons(children: Children) -> impl IntoView {
    Effect::new(move |_| {
        if let Ok(buttons) = super::dom::document().query_selector_all("button.copy[data-target]") {
            for i in 0..buttons.length() {
                if let Some(button) = buttons.item(i).and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    button.set_hidden(false);
                }
            }
        }
    });
    let on_click = move |ev: web_sys::MouseEvent| {
        let Some(button) = closest(&ev, "button.copy[data-target]") else { return };
        let target = button.get_attribute("data-target").and_then(|id| super::dom::by_id(&id));
        if let (Some(target), Some(window)) = (target, web_sys::window()) {
            let _ = window.navigator().clipboard().write_text(&target.text_content().unwrap_or_default());
            if let Some(done) = button.get_attribute("data-done") {
                button.set_text_content(Some(&done));
            }
        }
    };
    view! { <div class="copy-buttons" on:click=on_click>{children()}</div> }
}
