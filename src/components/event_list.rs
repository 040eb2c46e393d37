//! The list of events, grouped by year under headings that stay in view while scrolling.

use super::context::*;
use crate::core::{Event, Lang};
use crate::i18n::{colon, count_sources, t, Msg};
use leptos::prelude::*;

/// How an entry's date reads: as precise as the data allows, ranges as ranges.
pub fn date_label(e: &Event, lang: Lang) -> String {
    e.date.format_range(e.end, lang)
}

/// A title or name in quotation marks, as each language writes them.
pub fn quoted(text: &str, lang: Lang) -> String {
    let (open, close) = quote_marks(lang);
    format!("{open}{text}{close}")
}

/// The quotation marks each language puts around a title: “…” and « … ».
pub fn quote_marks(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::En => ("\u{201c}", "\u{201d}"),
        Lang::Fr => ("«\u{a0}", "\u{a0}»"),
    }
}

pub fn place_names(e: &Event, lang: Lang) -> String {
    let catalog = catalog();
    e.places.iter().filter_map(|p| catalog.place(p)).map(|p| p.name.get(lang).to_string()).collect::<Vec<_>>().join(", ")
}

/// Theme chips: each a link to the timeline filtered by that theme. The name is always
/// written; colour only repeats it.
#[component]
pub fn ThemeChips(themes: Vec<String>, lang: Lang) -> impl IntoView {
    let catalog = catalog();
    let chips = themes
        .iter()
        .filter_map(|id| catalog.theme(id))
        .map(|theme| {
            let href = lang.href(&format!("/?theme={}", theme.id));
            view! { <li class=format!("chip theme-{}", theme.id)><a href=href target=link_target() rel=link_rel()>{theme.name.get(lang).to_string()}</a></li> }
        })
        .collect_view();
    view! { <ul class="chips" aria-label=t(lang, Msg::Themes)>{chips}</ul> }
}

#[component]
pub fn EventItem(event: Event, lang: Lang, selectable: bool) -> impl IntoView {
    let href = lang.href(&format!("/events/{}", event.id));
    let heading_id = format!("e-{}", event.id);
    let places = place_names(&event, lang);
    let title = event.title.get(lang).to_string();
    let pick = selectable.then(|| {
        view! {
            <label class="pick">
                <input type="checkbox" name="ids" value=event.id.clone() form="lesson-form"/>
                <span class="visually-hidden">{format!("{}{}{}", t(lang, Msg::AddToLesson), colon(lang), title)}</span>
            </label>
        }
    });
    view! {
        <li class=if event.is_key() { "event key" } else { "event" } data-id=event.id.clone()>
            <article aria-labelledby=heading_id>
                {pick}
                <p class="meta">
                    <time datetime=event.date.iso()>{date_label(&event, lang)}</time>
                    {(!places.is_empty()).then(|| view! { <span class="place">{places}</span> })}
                    {event.is_key().then(|| view! { <strong class="badge">{t(lang, Msg::TurningPoint)}</strong> })}
                </p>
                <h3 id=heading_id.clone()><a href=href class="event-link" target=link_target() rel=link_rel()>{title}</a></h3>
                <p class="summary">{event.summary.get(lang).to_string()}</p>
                <div class="entry-foot">
                    <ThemeChips themes=event.themes.clone() lang/>
                    <span class="source-count">{count_sources(lang, event.sources.len())}</span>
                </div>
            </article>
        </li>
    }
}

/// The events at `positions` of the catalog, by year. Entries are links; the list itself is
/// the one focus stop for keyboard shortcuts.
#[component]
pub fn EventList(positions: Vec<usize>, lang: Lang, #[prop(optional)] selectable: bool) -> impl IntoView {
    let catalog = catalog();
    let mut years: Vec<(i32, Vec<Event>)> = Vec::new();
    for &i in &positions {
        let event = catalog.events[i].clone();
        match years.last_mut() {
            Some((year, list)) if *year == event.date.year() => list.push(event),
            _ => years.push((event.date.year(), vec![event])),
        }
    }
    let sections = years
        .into_iter()
        .map(|(year, events)| {
            let heading = format!("y-{year}");
            let items = events.into_iter().map(|event| view! { <EventItem event lang selectable/> }).collect_view();
            view! {
                <section class="year" aria-labelledby=heading>
                    <h2 class="year-heading" id=heading.clone()>{year}</h2>
                    <ol class="events">{items}</ol>
                </section>
            }
        })
        .collect_view();
    view! {
        <div id="event-list" class="event-list" tabindex="0" aria-label=t(lang, Msg::TimelineList) aria-describedby="shortcuts">
            {sections}
        </div>
    }
}
