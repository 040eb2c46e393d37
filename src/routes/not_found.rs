//! The page for addresses that lead nowhere, served with status 404.

use crate::components::*;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    set_status(404);
    let lang = use_lang();
    view! {
        <Layout title=t(lang, Msg::NotFoundTitle) description=t(lang, Msg::NotFoundText)>
            <h1>{t(lang, Msg::NotFoundTitle)}</h1>
            <p>{t(lang, Msg::NotFoundText)}</p>
            <p><a href=lang.href("/")>{t(lang, Msg::BackToTimeline)}</a></p>
        </Layout>
    }
}
