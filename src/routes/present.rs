//! `/present`: a lesson as slides, one event per slide, for a projector. A lesson is only its
//! address: a storyline (`thread=`), a filtered view (the timeline's parameters) or a
//! hand-picked list (`ids=a,b,c&title=...`). Without JavaScript every slide is its own page
//! (`slide=N`); with it, the presenter island moves between slides in place.
//! `/handout`: the same selection as a printable page with every source's full address.

use crate::components::event_list::{date_label, place_names, quote_marks};
use crate::components::layout::{switch_href, with_query};
use crate::components::map::{LocatorDefs, LocatorMap};
use crate::components::notices::Notices;
use crate::components::*;
use crate::core::query::{not_used_here, pairs, Problem, Selection};
use crate::core::{Catalog, Event, Lang, Notice};
use crate::i18n::{colon, count_events, t, Msg};
use crate::islands::presenter::Presenter;
use leptos::prelude::*;

/// A presentation shows at most this many slides.
pub const MAX_SLIDES: usize = 300;

fn lesson_title(selection: &Selection, catalog: &Catalog, lang: Lang) -> String {
    if let Some(thread) = selection.thread.as_deref().and_then(|id| catalog.thread(id)) {
        return thread.title.get(lang).to_string();
    }
    selection.title.clone().unwrap_or_else(|| format!("{} · {}", t(lang, Msg::Lesson), count_events(lang, selection.positions.len())))
}

/// The selection of a presentation or handout, with a notice for each parameter it does not
/// use; an address that names nothing that exists answers 404.
fn lesson(search: &str, catalog: &Catalog, unused: &[&str]) -> Selection {
    let mut selection = Selection::parse(search, catalog);
    selection.notices.extend(not_used_here(&pairs(search), unused));
    if selection.is_missing() {
        set_status(404);
    }
    selection
}

/// What an empty lesson says: that the address named nothing, or that nothing matched.
fn empty_message(selection: &Selection, lang: Lang) -> &'static str {
    if selection.is_missing() {
        t(lang, Msg::NothingNamed)
    } else if selection.query.is_unfiltered() {
        t(lang, Msg::EmptyLesson)
    } else {
        t(lang, Msg::NoResults)
    }
}

/// The slide asked for with `slide=N` (1 when absent), with a notice when N is not a number.
fn slide_number(search: &str, notices: &mut Vec<Notice>) -> usize {
    match pairs(search).into_iter().find(|(k, v)| k == "slide" && !v.is_empty()) {
        None => 1,
        Some((_, v)) => v.parse::<usize>().ok().filter(|&n| n >= 1).unwrap_or_else(|| {
            notices.push(Notice { param: "slide".into(), value: v, problem: Problem::BadNumber });
            1
        }),
    }
}

/// The query string without `slide`, to which each slide link adds its own number.
fn without_slide(search: &str) -> String {
    let mut out = form_urlencoded::Serializer::new(String::new());
    for (k, v) in form_urlencoded::parse(search.as_bytes()) {
        if k != "slide" {
            out.append_pair(&k, &v);
        }
    }
    out.finish()
}

#[component]
pub fn PresentPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    let mut selection = lesson(&search, &catalog, &["lang"]);
    let title = lesson_title(&selection, &catalog, lang);
    let events: Vec<Event> = selection.positions.iter().take(MAX_SLIDES).map(|&i| catalog.events[i].clone()).collect();
    let total = events.len();
    let left_out = selection.positions.len() - total;
    let current = slide_number(&search, &mut selection.notices).clamp(1, total.max(1));
    let empty = empty_message(&selection, lang);
    let base = without_slide(&search);
    let slide_href = move |n: usize| with_query(&lang.href("/present"), &[base.as_str(), &format!("slide={n}")].iter().filter(|s| !s.is_empty()).copied().collect::<Vec<_>>().join("&"));
    let slides = events
        .iter()
        .enumerate()
        .map(|(i, e)| view! { <Slide event=e.clone() number=i + 1 total lang hidden=i + 1 != current/> })
        .collect_view();
    let handout = with_query(&lang.href("/handout"), &without_slide(&search));
    let deck_label = title.clone();
    view! {
        <Layout title=title.clone() description=t(lang, Msg::PresentHelp) bare=true>
            <Presenter>
                <div class="presenter-tools" hidden>
                    <button type="button" class="tool-fullscreen">{t(lang, Msg::FullScreen)}</button>
                    <button type="button" class="tool-autoplay" aria-pressed="false"
                        data-play=format!("▶ {}", t(lang, Msg::Autoplay)) data-pause=format!("❚❚ {}", t(lang, Msg::Pause))>
                        {format!("▶ {}", t(lang, Msg::Autoplay))}
                    </button>
                </div>
                <div class="deck" data-current=current tabindex="0" role="region" aria-label=deck_label aria-describedby="present-help">
                    <LocatorDefs/>
                    <header class="deck-header">
                        <p class="deck-title">{title}</p>
                        <p class="deck-links">
                            <a href=lang.href("/")>{t(lang, Msg::BackToTimeline)}</a>" · "
                            <a href=handout>{t(lang, Msg::Handout)}</a>" · "
                            <a class="lang-switch" href=switch_href(lang.other(), "/present", &search) hreflang=lang.other().code()
                                lang=lang.other().code() title=t(lang, Msg::OtherLanguageLabel)>
                                {t(lang, Msg::OtherLanguage)}
                            </a>
                        </p>
                    </header>
                    <Notices notices=selection.notices.clone() lang page=lang.href("/present") search=search.clone()/>
                    {(total == 0).then(|| view! { <p class="empty">{empty}</p> })}
                    {(left_out > 0).then(|| view! {
                        <p class="notice" role="note">
                            {format!("{}{}{} / {}", t(lang, Msg::SlidesCapped), colon(lang), total, total + left_out)}
                        </p>
                    })}
                    {slides}
                    {(total > 0).then(|| view! {
                        <nav class="slide-nav" aria-label=t(lang, Msg::Slide)>
                            <a class="button prev" rel="prev" href=slide_href(current.saturating_sub(1).max(1)) aria-disabled=(current == 1).to_string()>
                                "← " {t(lang, Msg::PreviousSlide)}
                            </a>
                            <p class="slide-count" aria-live="polite">
                                {t(lang, Msg::Slide)}" "<span class="slide-number">{current}</span>" "{t(lang, Msg::Of)}" "{total}
                            </p>
                            <a class="button next" rel="next" href=slide_href((current + 1).min(total)) aria-disabled=(current == total).to_string()>
                                {t(lang, Msg::NextSlide)} " →"
                            </a>
                        </nav>
                        <progress class="slide-progress" max=total value=current aria-label=t(lang, Msg::Slide)></progress>
                        <p class="hint present-help" id="present-help">{t(lang, Msg::PresentHelp)}</p>
                    })}
                </div>
            </Presenter>
        </Layout>
    }
}

#[component]
fn Slide(event: Event, number: usize, total: usize, lang: Lang, hidden: bool) -> impl IntoView {
    let catalog = catalog();
    let sources = event
        .sources
        .iter()
        .filter_map(|c| catalog.source(&c.source))
        .map(|s| {
            view! {
                <li><a href=s.url.clone() rel="noopener noreferrer">{s.publisher.get(lang).to_string()}</a>", "{s.published.format(lang)}</li>
            }
        })
        .collect_view();
    let places = place_names(&event, lang);
    let spots: Vec<_> = event.places.iter().filter_map(|p| catalog.place(p)).cloned().collect();
    view! {
        <section class="slide" id=format!("slide-{number}") data-slide=number hidden=hidden
            aria-roledescription=t(lang, Msg::Slide).to_lowercase() aria-label=format!("{number} / {total}")>
            <p class="slide-date"><time datetime=event.date.iso()>{date_label(&event, lang)}</time></p>
            {(!places.is_empty()).then(|| view! { <p class="slide-place">{places}</p> })}
            <h1 class="slide-title"><a href=lang.href(&format!("/events/{}", event.id))>{event.title.get(lang).to_string()}</a></h1>
            <div class="slide-body">
                <p class="slide-summary">{event.summary.get(lang).to_string()}</p>
                <LocatorMap places=spots lang shared=true/>
            </div>
            <div class="slide-sources">
                <h2>{t(lang, Msg::Sources)}</h2>
                <ul>{sources}</ul>
            </div>
        </section>
    }
}

#[component]
pub fn HandoutPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    let selection = lesson(&search, &catalog, &["slide", "lang"]);
    let title = lesson_title(&selection, &catalog, lang);
    let empty = selection.positions.is_empty().then(|| empty_message(&selection, lang));
    let intro = selection.thread.as_deref().and_then(|id| catalog.thread(id)).map(|th| th.intro.get(lang).to_string());
    let mut year = None;
    let items = selection
        .positions
        .iter()
        .map(|&i| &catalog.events[i])
        .map(|e| {
            let new_year = year != Some(e.date.year());
            year = Some(e.date.year());
            let sources = e
                .sources
                .iter()
                .filter_map(|c| catalog.source(&c.source))
                .map(|s| {
                    let (open, close) = quote_marks(lang);
                    view! {
                        <li>
                            {format!("{}, {open}", s.publisher.get(lang))}<span lang=s.language.clone()>{s.title.clone()}</span>
                            {format!("{close}, {}. ", s.published.format(lang))}<a href=s.url.clone() class="full-url">{s.url.clone()}</a>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <li class=if new_year { "handout-event new-year" } else { "handout-event" }>
                    <p class="meta"><time datetime=e.date.iso()>{date_label(e, lang)}</time>" · "{place_names(e, lang)}</p>
                    <h2>{e.title.get(lang).to_string()}</h2>
                    <div class="handout-body">
                        <p>{e.summary.get(lang).to_string()}</p>
                        <LocatorMap places=e.places.iter().filter_map(|p| catalog.place(p)).cloned().collect() lang shared=true/>
                    </div>
                    {e.date_note.as_ref().map(|n| view! { <p class="date-note"><em>{t(lang, Msg::AboutDate)}{colon(lang)}</em>{n.get(lang).to_string()}</p> })}
                    <ol class="handout-sources">{sources}</ol>
                </li>
            }
        })
        .collect_view();
    view! {
        <Layout title=title.clone() description=t(lang, Msg::Handout)>
            <article class="handout">
                <LocatorDefs/>
                <h1>{title}</h1>
                {intro.map(|i| view! { <p class="lead">{i}</p> })}
                <Notices notices=selection.notices.clone() lang page=lang.href("/handout") search=search.clone()/>
                {empty.map(|e| view! { <p class="empty">{e}</p> })}
                <ol class="handout-events">{items}</ol>
            </article>
        </Layout>
    }
}
