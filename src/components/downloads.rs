//! "Download this view": the exports of whatever the page shows, in the page's language.

use super::layout::with_query;
use crate::core::Lang;
use crate::i18n::{t, Msg};
use leptos::prelude::*;

/// `query` selects the events (the timeline's filters, `thread=` or `ids=`).
#[component]
pub fn Downloads(#[prop(into)] query: String, lang: Lang) -> impl IntoView {
    let query = match lang {
        Lang::Fr if query.is_empty() => "lang=fr".to_string(),
        Lang::Fr => format!("{query}&lang=fr"),
        Lang::En => query,
    };
    let href = |file: &str| with_query(&format!("/export/{file}"), &query);
    view! {
        <p class="downloads">{t(lang, Msg::Download)}" "
            <a href=href("events.csv")>"CSV"</a>" · "
            <a href=href("events.json")>"JSON"</a>" · "
            <a href=href("events.ics")>"iCalendar"</a>" · "
            <a href=href("sources.bib")>"BibTeX"</a>
        </p>
    }
}
