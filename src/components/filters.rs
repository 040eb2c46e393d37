//! The filter form. A plain GET form, so it works by page loads without JavaScript; with
//! JavaScript the timeline island applies it as the reader types.

use super::context::*;
use crate::core::{EventKind, Lang, Notice, Query};
use crate::i18n::{event_kind, problem, t, Msg};
use leptos::prelude::*;

#[component]
pub fn FilterForm(query: Query, lang: Lang, #[prop(default = "/")] action: &'static str) -> impl IntoView {
    let catalog = catalog();
    let tr = tr(lang);
    let themes = catalog
        .themes
        .iter()
        .map(|theme| {
            let checked = query.themes.contains(&theme.id);
            let id = format!("theme-{}", theme.id);
            view! {
                <li>
                    <input type="checkbox" name="theme" id=id.clone() value=theme.id.clone() checked=checked/>
                    <label for=id class=format!("swatch theme-{}", theme.id)>{theme.name.get(lang).to_string()}</label>
                </li>
            }
        })
        .collect_view();
    let actors = catalog
        .actors_sorted(lang)
        .into_iter()
        .map(|actor| {
            let checked = query.actors.contains(&actor.id);
            let id = format!("actor-{}", actor.id);
            let name = match &actor.acronym {
                Some(acronym) => format!("{acronym} – {}", actor.name.get(lang)),
                None => actor.name.get(lang).to_string(),
            };
            view! {
                <li>
                    <input type="checkbox" name="actor" id=id.clone() value=actor.id.clone() checked=checked/>
                    <label for=id>{name}</label>
                </li>
            }
        })
        .collect_view();
    let mut places: Vec<_> = catalog.places.iter().collect();
    places.sort_by_cached_key(|p| crate::core::search::fold(p.name.get(lang)));
    let place_options = places
        .into_iter()
        .map(|p| {
            let selected = query.places.contains(&p.id);
            view! { <option value=p.id.clone() selected=selected>{p.name.get(lang).to_string()}</option> }
        })
        .collect_view();
    let mut kinds: Vec<EventKind> = EventKind::ALL.to_vec();
    kinds.sort_by_cached_key(|k| crate::core::search::fold(event_kind(lang, *k)));
    let kind_options = kinds
        .into_iter()
        .map(|k| view! { <option value=k.id() selected=query.kinds.contains(&k)>{event_kind(lang, k)}</option> })
        .collect_view();
    let actors_open = !query.actors.is_empty();
    view! {
        <form id="filters" class="filters" method="get" action=lang.href(action) role="search" aria-labelledby="filters-title">
            <h2 id="filters-title">{tr(Msg::Filters)}</h2>
            <div class="field">
                <label for="q">{tr(Msg::Search)}</label>
                <input id="q" name="q" type="search" value=query.q.clone() aria-describedby="q-hint" autocomplete="off" maxlength="200"/>
                <p id="q-hint" class="hint">{tr(Msg::SearchHint)}</p>
            </div>
            <fieldset class="field">
                <legend>{tr(Msg::Themes)}</legend>
                <ul class="checks">{themes}</ul>
            </fieldset>
            <details class="field" open=actors_open>
                <summary>{tr(Msg::Actors)}{(!query.actors.is_empty()).then(|| format!(" ({})", query.actors.len()))}</summary>
                <ul class="checks actors-checks">{actors}</ul>
            </details>
            <div class="field">
                <label for="place">{tr(Msg::Place)}</label>
                <select id="place" name="place">
                    <option value="">{tr(Msg::AnyPlace)}</option>
                    {place_options}
                </select>
            </div>
            <div class="field">
                <label for="kind">{tr(Msg::Kind)}</label>
                <select id="kind" name="kind">
                    <option value="">{tr(Msg::AnyKind)}</option>
                    {kind_options}
                </select>
            </div>
            <fieldset class="field range">
                <legend>{tr(Msg::Date)}</legend>
                <p id="date-hint" class="hint">{tr(Msg::DateHint)}</p>
                <label for="from">{tr(Msg::From)}</label>
                <input id="from" name="from" type="text" inputmode="numeric" size="10" aria-describedby="date-hint"
                    value=query.from.map(|d| d.iso()).unwrap_or_default()/>
                <label for="to">{tr(Msg::To)}</label>
                <input id="to" name="to" type="text" inputmode="numeric" size="10" aria-describedby="date-hint"
                    value=query.to.map(|d| d.iso()).unwrap_or_default()/>
            </fieldset>
            <div class="field check">
                <input type="checkbox" id="key" name="key" value="1" checked=query.key_only/>
                <label for="key">{tr(Msg::KeyOnly)}</label>
            </div>
            <div class="actions">
                <button type="submit">{tr(Msg::Apply)}</button>
                <a href=lang.href(action)>{tr(Msg::ClearFilters)}</a>
            </div>
        </form>
    }
}

/// What in the address was ignored or corrected, said above the results.
pub fn notices_view(notices: &[Notice], lang: Lang) -> impl IntoView {
    (!notices.is_empty()).then(|| {
        let items = notices
            .iter()
            .map(|n| view! { <li><code>{format!("{}={}", n.param, n.value)}</code>": "{problem(lang, n.problem)}</li> })
            .collect_view();
        view! {
            <div class="notice" role="note">
                <p>{t(lang, Msg::Corrected)}</p>
                <ul>{items}</ul>
            </div>
        }
    })
}
