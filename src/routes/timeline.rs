//! `/`: the timeline. Overview strip, filters, and the matching events by year, a page at a
//! time. `/embed`: the same list with minimal chrome, for other sites to frame.

use crate::components::downloads::Downloads;
use crate::components::event_list::EventList;
use crate::components::filters::{notices_view, FilterForm};
use crate::components::layout::with_query;
use crate::components::overview::Overview;
use crate::components::*;
use crate::core::query::PAGE_SIZE;
use crate::core::query::Selection;
use crate::core::{Lang, Notice, Query};
use crate::i18n::{matching, page_of, t, Msg};
use crate::islands::timeline::TimelineEnhancer;
use leptos::prelude::*;

/// The page of matching events that is shown, and how many pages there are.
fn page_slice(matches: &[usize], page: usize) -> (Vec<usize>, usize, usize) {
    let pages = matches.len().div_ceil(PAGE_SIZE).max(1);
    let page = page.clamp(1, pages);
    let start = (page - 1) * PAGE_SIZE;
    (matches[start.min(matches.len())..(start + PAGE_SIZE).min(matches.len())].to_vec(), page, pages)
}

#[component]
pub fn TimelinePage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    redirect_to_chosen_language(lang, &search);
    let (query, notices) = Query::parse(&search, &catalog);
    let matches = query.apply(&catalog);
    let title = if query.is_unfiltered() {
        t(lang, Msg::NavTimeline).to_string()
    } else {
        format!("{} · {}", matching(lang, matches.len(), catalog.events.len()), t(lang, Msg::NavTimeline))
    };
    view! {
        <Layout title description=t(lang, Msg::Tagline)>
            <h1 class="page-title">{t(lang, Msg::SiteName)}</h1>
            <p class="tagline">{t(lang, Msg::Tagline)}</p>
            <a class="skip-link" href="#event-list">{t(lang, Msg::SkipToEvents)}</a>
            <p id="live-status" class="visually-hidden" role="status" aria-live="polite"></p>
            <TimelineEnhancer>
                <div class="timeline-page">
                    <FilterForm query=query.clone() lang/>
                    <TimelineView query matches notices lang/>
                </div>
            </TimelineEnhancer>
        </Layout>
    }
}

/// A reader who chose French earlier gets the French timeline at `/`.
fn redirect_to_chosen_language(lang: Lang, search: &str) {
    #[cfg(feature = "ssr")]
    if lang == Lang::En {
        if crate::server::language::chosen(&request_header(axum::http::header::COOKIE)) == Some(Lang::Fr) {
            leptos_axum::redirect(&with_query("/fr", search));
        }
    }
    #[cfg(not(feature = "ssr"))]
    let _ = (lang, search);
}

/// Everything below the filters; the island swaps this region when the filters change.
#[component]
fn TimelineView(query: Query, matches: Vec<usize>, notices: Vec<Notice>, lang: Lang) -> impl IntoView {
    let catalog = catalog();
    let (shown, page, pages) = page_slice(&matches, query.page);
    let qs = query.with_page(1).to_query_string();
    let empty = matches.is_empty();
    view! {
        <div id="timeline-view" class="timeline-view">
            <Overview positions=matches.clone() query=query.clone() lang/>
            {notices_view(&notices, lang)}
            <h2 id="results-title" class="results-title">
                <span id="count">{matching(lang, matches.len(), catalog.events.len())}</span>
            </h2>
            {empty.then(|| view! {
                <div class="empty">
                    <p>{t(lang, Msg::NoResults)}</p>
                    <p><a class="button" href=lang.href("/")>{t(lang, Msg::ClearFilters)}</a></p>
                </div>
            })}
            {(!empty).then(|| view! {
                <div class="view-actions">
                    <Downloads query=qs.clone() lang/>
                    <p><a href=with_query(&lang.href("/map"), &qs)>{t(lang, Msg::SeeOnMap)}</a></p>
                    <p><a href=with_query(&lang.href("/present"), &qs)>{t(lang, Msg::PresentView)}</a></p>
                    <LessonForm lang/>
                </div>
                <p id="shortcuts" class="hint">{t(lang, Msg::Shortcuts)}</p>
                <EventList positions=shown.clone() lang selectable=true/>
                {(pages > 1).then(|| pagination(&query, page, pages, lang))}
            })}
        </div>
    }
}

fn pagination(query: &Query, page: usize, pages: usize, lang: Lang) -> impl IntoView {
    let link = move |p: usize| lang.href(&format!("/?{}", query.with_page(p).to_query_string()));
    view! {
        <nav class="pagination" aria-label=t(lang, Msg::Pages)>
            {(page > 1).then(|| view! { <a rel="prev" href=link(page - 1)>{t(lang, Msg::PreviousPage)}</a> })}
            <span>{page_of(lang, page, pages)}</span>
            {(page < pages).then(|| view! { <a rel="next" href=link(page + 1)>{t(lang, Msg::NextPage)}</a> })}
        </nav>
    }
}

/// Ticked events become a lesson: a presentation or a handout of exactly those events.
#[component]
fn LessonForm(lang: Lang) -> impl IntoView {
    view! {
        <details class="lesson">
            <summary>{t(lang, Msg::LessonBuilder)}</summary>
            <form id="lesson-form" method="get" action=lang.href("/present")>
                <p class="hint">{t(lang, Msg::LessonHelp)}</p>
                <label for="lesson-title">{t(lang, Msg::LessonTitle)}</label>
                <input id="lesson-title" name="title" type="text" maxlength="120"/>
                <div class="actions">
                    <button type="submit">{t(lang, Msg::MakeLesson)}</button>
                    <button type="submit" formaction=lang.href("/handout")>{t(lang, Msg::MakeHandout)}</button>
                </div>
            </form>
        </details>
    }
}

/// `/embed`: the timeline (or a storyline, with `thread=`) for an iframe in a course page.
#[component]
pub fn EmbedPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    let selection = Selection::parse(&search, &catalog);
    let title = match selection.thread.as_deref().and_then(|id| catalog.thread(id)) {
        Some(thread) => thread.title.get(lang).to_string(),
        None => matching(lang, selection.positions.len(), catalog.events.len()),
    };
    let open = with_query(&lang.href("/"), &selection.query.to_query_string());
    let positions = page_slice(&selection.positions, selection.query.page).0;
    view! {
        <Layout title=title.clone() description=t(lang, Msg::Tagline) embed=true>
            <h1 class="embed-title">{title}</h1>
            <p><a href=open target="_blank" rel="noopener">{t(lang, Msg::OpenInSite)}</a></p>
            <EventList positions lang/>
        </Layout>
    }
}
