//! `/events/{id}`: one event, everything we know about it and how we know it.

use super::not_found::NotFound;
use crate::components::event_list::{date_label, quoted, ThemeChips};
use crate::components::map::LocatorMap;
use crate::components::sources_list::SourcesList;
use crate::components::*;
use crate::core::cite::cite;
use crate::core::{Catalog, Event, Lang};
use crate::i18n::{event_kind, t, Msg};
use crate::islands::copy::CopyButtons;
use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

#[component]
pub fn EventPage() -> impl IntoView {
    let id = use_params_map().get_untracked().get("id").unwrap_or_default();
    match catalog().event(&id).cloned() {
        Some(event) => Either::Left(view! { <EventView event/> }),
        None => Either::Right(view! { <NotFound/> }),
    }
}

/// The stable address of an entry, for citations and sharing: the configured public
/// address, never one taken from the request's headers.
pub fn entry_url(id: &str, lang: Lang) -> String {
    format!("{}{}", site_origin(), lang.href(&format!("/events/{id}")))
}

fn site_origin() -> String {
    #[cfg(feature = "ssr")]
    if let Some(public) = use_context::<crate::server::PublicUrl>() {
        return public.origin().to_string();
    }
    String::new()
}

#[component]
fn EventView(event: Event) -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let title = event.title.get(lang).to_string();
    let summary = event.summary.get(lang).to_string();
    let url = entry_url(&event.id, lang);
    let updated = event.last_changed(catalog.updated).unwrap_or_else(today);
    let citations = cite(&event, lang, &url, updated);
    let event_places: Vec<_> = event.places.iter().filter_map(|p| catalog.place(p)).cloned().collect();
    let places = event_places
        .iter()
        .map(|p| {
            let coords = format!("{:.3}, {:.3}", p.lat, p.lon);
            view! {
                <li>
                    <a href=lang.href(&format!("/?place={}", p.id))>{p.name.get(lang).to_string()}</a>
                    " (" {p.region.get(lang).to_string()} ") "
                    <span class="coords" title=t(lang, Msg::Coordinates)>{coords}</span>
                </li>
            }
        })
        .collect_view();
    let actors = event
        .actors
        .iter()
        .filter_map(|a| catalog.actor(a))
        .map(|a| {
            let name = a.name_with_acronym(lang);
            view! { <li><a href=lang.href(&format!("/actors/{}", a.id))>{name}</a></li> }
        })
        .collect_view();
    let cite_block = move |label: &'static str, id: &'static str, text: String| {
        view! {
            <div class="citation">
                <h3 id=format!("cite-{id}-label")>{label}</h3>
                <pre id=format!("cite-{id}") tabindex="0" aria-labelledby=format!("cite-{id}-label")>{text}</pre>
                <button type="button" class="copy" hidden data-target=format!("cite-{id}") data-done=t(lang, Msg::Copied) aria-live="polite">
                    {t(lang, Msg::Copy)}
                </button>
            </div>
        }
    };
    view! {
        <Layout title=title.clone() description=summary.clone()>
            <Meta property="og:url" content=url.clone()/>
            <article class="event-page" class:key=event.is_key()>
                <p class="meta">
                    <time datetime=event.date.iso()>{date_label(&event, lang)}</time>
                    " · " {event_kind(lang, event.kind)}
                    {event.is_key().then(|| view! { " · " <strong class="badge">{t(lang, Msg::TurningPoint)}</strong> })}
                </p>
                <h1>{title}</h1>
                <p class="lead">{summary}</p>
                {event.date_note.clone().map(|note| view! {
                    <aside class="date-note"><h2>{t(lang, Msg::AboutDate)}</h2><p>{note.get(lang).to_string()}</p></aside>
                })}
                <dl class="facts">
                    <dt>{t(lang, Msg::Places)}</dt><dd><ul>{places}</ul></dd>
                    <dt>{t(lang, Msg::Actors)}</dt><dd><ul>{actors}</ul></dd>
                    <dt>{t(lang, Msg::Themes)}</dt><dd><ThemeChips themes=event.themes.clone() lang/></dd>
                </dl>
                <LocatorMap places=event_places lang/>
                {(!event.contested.is_empty()).then(|| contested(&event, &catalog, lang))}
                <section class="sources-section" aria-labelledby="sources-title">
                    <h2 id="sources-title">{t(lang, Msg::Sources)}</h2>
                    <SourcesList event=event.clone() lang/>
                </section>
                <Neighbours event=event.clone() lang/>
                <section class="cite" aria-labelledby="cite-title">
                    <h2 id="cite-title">{t(lang, Msg::CiteThis)}</h2>
                    <CopyButtons>
                        {cite_block("APA", "apa", citations.apa)}
                        {cite_block("MLA", "mla", citations.mla)}
                        {cite_block("Chicago", "chicago", citations.chicago)}
                        {cite_block("BibTeX", "bibtex", citations.bibtex)}
                    </CopyButtons>
                </section>
            </article>
        </Layout>
    }
}

fn contested(event: &Event, catalog: &Catalog, lang: Lang) -> impl IntoView {
    let points = event
        .contested
        .iter()
        .map(|point| {
            let claims = point
                .claims
                .iter()
                .map(|claim| {
                    let source = claim.source.as_deref().and_then(|s| catalog.source(s)).map(|s| {
                        view! { " (" <a href=format!("#source-{}", s.id)>{s.publisher.get(lang).to_string()}</a> ")" }
                    });
                    view! {
                        <li>
                            <p class="claim">{claim.claim.get(lang).to_string()}</p>
                            <p class="claimant">{t(lang, Msg::According)}" "<strong>{claim.by.get(lang).to_string()}</strong>{source}</p>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <div class="contested-point">
                    <h3>{point.about.get(lang).to_string()}</h3>
                    <ul class="claims">{claims}</ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <section class="contested" aria-labelledby="contested-title">
            <h2 id="contested-title">{t(lang, Msg::Contested)}</h2>
            <p class="hint">{t(lang, Msg::ContestedHelp)}</p>
            {points}
        </section>
    }
}

/// Previous and next event in time, and within each of the event's themes.
#[component]
fn Neighbours(event: Event, lang: Lang) -> impl IntoView {
    let catalog = catalog();
    let position = catalog.event_position(&event.id).unwrap_or(0);
    let link = |e: Option<&Event>, rel: &'static str, label: &'static str| {
        e.map(|e| {
            view! {
                <li class=rel>
                    <span class="nav-label">{label}</span>
                    <a rel=rel href=lang.href(&format!("/events/{}", e.id))>{e.title.get(lang).to_string()}</a>
                    <span class="nav-date">{date_label(e, lang)}</span>
                </li>
            }
        })
    };
    let previous = position.checked_sub(1).map(|i| &catalog.events[i]);
    let next = catalog.events.get(position + 1);
    let themes = event
        .themes
        .iter()
        .filter_map(|id| catalog.theme(id))
        .map(|theme| {
            let before = catalog.events[..position].iter().rev().find(|e| e.themes.contains(&theme.id));
            let after = catalog.events[position + 1..].iter().find(|e| e.themes.contains(&theme.id));
            view! {
                <div class="theme-neighbours">
                    <h3>{t(lang, Msg::InTheme)}" "{quoted(theme.name.get(lang), lang)}</h3>
                    <ul>
                        {link(before, "prev", t(lang, Msg::PreviousInTime))}
                        {link(after, "next", t(lang, Msg::NextInTime))}
                    </ul>
                </div>
            }
        })
        .collect_view();
    view! {
        <nav class="neighbours" aria-labelledby="around-title">
            <h2 id="around-title">{t(lang, Msg::Around)}</h2>
            <ul>
                {link(previous, "prev", t(lang, Msg::PreviousInTime))}
                {link(next, "next", t(lang, Msg::NextInTime))}
            </ul>
            {themes}
        </nav>
    }
}
