//! `/`: the timeline. Overview strip, filters, and the matching events by year, a page at a
//! time. `/embed`: the same list with minimal chrome, for other sites to frame.

use crate::components::downloads::Downloads;
use crate::components::event_list::EventList;
use crate::components::filters::FilterForm;
use crate::components::layout::with_query;
use crate::components::notices::Notices;
use crate::components::overview::Overview;
use crate::components::*;
use crate::core::query::{not_used_here, pairs, Selection, PAGE_SIZE, PASSIVE_PARAMS};
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
    let pairs = pairs(&search);
    let (query, mut notices) = Query::from_pairs(&pairs, &catalog);
    notices.extend(not_used_here(&pairs, PASSIVE_PARAMS));
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
                    <TimelineView query matches notices lang search/>
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
fn TimelineView(query: Query, matches: Vec<usize>, notices: Vec<Notice>, lang: Lang, search: String) -> impl IntoView {
    let catalog = catalog();
    let (shown, page, pages) = page_slice(&matches, query.page);
    let qs = query.with_page(1).to_query_string();
    let empty = matches.is_empty();
    view! {
        <div id="timeline-view" class="timeline-view">
            <Notices notices lang page=lang.href("/") search/>
            <Overview positions=matches.clone() query=query.clone() lang/>
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

/// `/embed`: the timeline, a storyline (`thread=`) or hand-picked events (`ids=`), narrowed by
/// the timeline's filters, for an iframe in a course page. Its links open outside the frame;
/// `#e-<id>` scrolls to an entry within it.
#[component]
pub fn EmbedPage() -> impl IntoView {
    provide_context(Framed);
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    let selection = Selection::parse(&search, &catalog);
    let mut notices = selection.notices.clone();
    notices.extend(not_used_here(&pairs(&search), &["slide", "lang"]));
    if selection.is_missing() {
        set_status(404);
    }
    let thread = selection.thread.as_deref().and_then(|id| catalog.thread(id));
    let title = match thread {
        Some(thread) => thread.title.get(lang).to_string(),
        None => selection.title.clone().unwrap_or_else(|| matching(lang, selection.positions.len(), catalog.events.len())),
    };
    let open = match thread {
        Some(thread) => lang.href(&format!("/threads/{}", thread.id)),
        None if search.contains("ids=") => with_query(&lang.href("/present"), &search),
        None => with_query(&lang.href("/"), &selection.query.to_query_string()),
    };
    let positions = page_slice(&selection.positions, selection.query.page).0;
    let empty = positions.is_empty();
    view! {
        <Layout title=title.clone() description=t(lang, Msg::Tagline) embed=true>
            <h1 class="embed-title">{title}</h1>
            <p><a href=open target="_blank" rel="noopener">{t(lang, Msg::OpenInSite)}</a></p>
            <Notices notices lang page=lang.href("/embed") search=search.clone()/>
            {(empty && selection.is_missing()).then(|| view! { <p class="empty">{t(lang, Msg::NothingNamed)}</p> })}
            {(empty && !selection.is_missing()).then(|| view! { <p class="empty">{t(lang, Msg::NoResults)}</p> })}
            {(!empty).then(|| view! { <EventList positions lang/> })}
        </Layout>
    }
}
