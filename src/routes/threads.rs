//! `/threads`: the storylines; `/threads/{id}`: one storyline, its introduction and events in
//! the order told, with links to present it and print it.

use super::not_found::NotFound;
use crate::components::downloads::Downloads;
use crate::components::event_list::{date_label, ThemeChips};
use crate::components::*;
use crate::core::Thread;
use crate::i18n::{count_events, t, Msg};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

#[component]
pub fn ThreadsPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let cards = catalog
        .threads
        .iter()
        .map(|thread| {
            let href = lang.href(&format!("/threads/{}", thread.id));
            view! {
                <li class="thread-card">
                    <h2><a href=href>{thread.title.get(lang).to_string()}</a></h2>
                    <p class="meta">{count_events(lang, thread.events.len())}</p>
                    <p>{thread.intro.get(lang).to_string()}</p>
                    <p class="thread-actions">
                        <a href=lang.href(&format!("/present?thread={}", thread.id))>{t(lang, Msg::Present)}</a>" · "
                        <a href=lang.href(&format!("/handout?thread={}", thread.id))>{t(lang, Msg::PrintHandout)}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Layout title=t(lang, Msg::NavThreads) description=t(lang, Msg::ThreadsIntro)>
            <h1>{t(lang, Msg::NavThreads)}</h1>
            <p class="lead">{t(lang, Msg::ThreadsIntro)}</p>
            <ul class="thread-grid">{cards}</ul>
        </Layout>
    }
}

#[component]
pub fn ThreadPage() -> impl IntoView {
    let id = use_params_map().get_untracked().get("id").unwrap_or_default();
    match catalog().thread(&id).cloned() {
        Some(thread) => Either::Left(view! { <ThreadView thread/> }),
        None => Either::Right(view! { <NotFound/> }),
    }
}

#[component]
fn ThreadView(thread: Thread) -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let title = thread.title.get(lang).to_string();
    let steps = catalog
        .thread_events(&thread)
        .into_iter()
        .map(|e| {
            view! {
                <li class="event">
                    <article>
                        <p class="meta"><time datetime=e.date.iso()>{date_label(e, lang)}</time></p>
                        <h2><a href=lang.href(&format!("/events/{}", e.id))>{e.title.get(lang).to_string()}</a></h2>
                        <p>{e.summary.get(lang).to_string()}</p>
                        <ThemeChips themes=e.themes.clone() lang/>
                    </article>
                </li>
            }
        })
        .collect_view();
    let qs = format!("thread={}", thread.id);
    view! {
        <Layout title=title.clone() description=thread.intro.get(lang).to_string()>
            <article class="thread-page">
                <h1>{title}</h1>
                <p class="lead">{thread.intro.get(lang).to_string()}</p>
                <p class="thread-actions">
                    <a class="button" href=lang.href(&format!("/present?{qs}"))>{t(lang, Msg::Present)}</a>" "
                    <a class="button" href=lang.href(&format!("/handout?{qs}"))>{t(lang, Msg::PrintHandout)}</a>
                </p>
                <Downloads query=qs.clone() lang/>
                <ol class="thread-events">{steps}</ol>
            </article>
        </Layout>
    }
}
