//! The filter form. A plain GET form, so it works by page loads without JavaScript; with
//! JavaScript the timeline island applies it as the reader types. Every filter the address
//! applies is shown ticked or filled in here, and can be removed here: themes, actors, places
//! and kinds are all multiple choices. On small screens the form folds into a disclosure,
//! open when a filter is applied, so the first events are on the first screen.

use super::context::*;
use crate::core::{EventKind, Lang, Query};
use crate::i18n::{event_kind, Msg};
use leptos::prelude::*;

/// How many filter values the query applies (each ticked box, filled field or key-only).
pub fn applied_count(query: &Query) -> usize {
    usize::from(!query.q.is_empty())
        + query.themes.len()
        + query.actors.len()
        + query.places.len()
        + query.kinds.len()
        + usize::from(query.from.is_some())
        + usize::from(query.to.is_some())
        + usize::from(query.key_only)
}

/// The summary's count of applied filters; the timeline island swaps it by its id.
#[component]
pub fn AppliedCount(query: Query, lang: Lang) -> impl IntoView {
    let n = applied_count(&query);
    view! {
        <span id="filters-count" class="applied-count">
            {(n > 0).then(|| format!(" ({n} {})", tr(lang)(Msg::FiltersApplied)))}
        </span>
    }
}

/// One checkbox of a multiple choice.
fn check(name: &'static str, value: String, label: String, checked: bool, class: Option<String>) -> impl IntoView {
    let id = format!("{name}-{value}");
    view! {
        <li>
            <input type="checkbox" name=name id=id.clone() value=value checked=checked/>
            <label for=id class=class>{label}</label>
        </li>
    }
}

/// A multiple choice folded into a disclosure, open when one of its boxes is ticked.
fn folded_choice(summary: &'static str, ticked: usize, hint: &'static str, list_class: &'static str, items: AnyView) -> impl IntoView {
    view! {
        <details class="field" open={ticked > 0}>
            <summary>{summary}{(ticked > 0).then(|| format!(" ({ticked})"))}</summary>
            <p class="hint">{hint}</p>
            <ul class=list_class>{items}</ul>
        </details>
    }
}

#[component]
pub fn FilterForm(query: Query, lang: Lang, #[prop(default = "/")] action: &'static str) -> impl IntoView {
    let catalog = catalog();
    let tr = tr(lang);
    let themes = catalog
        .themes
        .iter()
        .map(|t| check("theme", t.id.clone(), t.name.get(lang).to_string(), query.themes.contains(&t.id), Some(format!("swatch theme-{}", t.id))))
        .collect_view();
    let actors = catalog
        .actors_sorted(lang)
        .into_iter()
        .map(|actor| {
            check("actor", actor.id.clone(), actor.label(lang), query.actors.contains(&actor.id), None)
        })
        .collect_view()
        .into_any();
    let mut places: Vec<_> = catalog.places.iter().collect();
    places.sort_by_cached_key(|p| crate::core::search::fold(p.name.get(lang)));
    let places = places
        .into_iter()
        .map(|p| check("place", p.id.clone(), p.name.get(lang).to_string(), query.places.contains(&p.id), None))
        .collect_view()
        .into_any();
    let mut kinds: Vec<EventKind> = EventKind::ALL.to_vec();
    kinds.sort_by_cached_key(|k| crate::core::search::fold(event_kind(lang, *k)));
    let kinds = kinds
        .into_iter()
        .map(|k| check("kind", k.id().to_string(), event_kind(lang, k).to_string(), query.kinds.contains(&k), None))
        .collect_view()
        .into_any();
    view! {
        <details id="filters-disclosure" class="filters-disclosure" open={applied_count(&query) > 0}>
            <summary class="filters-summary"><h2 id="filters-title">{tr(Msg::Filters)}</h2><AppliedCount query=query.clone() lang/></summary>
            // autocomplete=off: after Back, browsers must not restore ticks the list does not apply.
            <form id="filters" class="filters" method="get" action=lang.href(action) role="search" aria-labelledby="filters-title" autocomplete="off">
                <div class="field">
                    <label for="q">{tr(Msg::Search)}</label>
                    <input id="q" name="q" type="search" value=query.q.clone() aria-describedby="q-hint" autocomplete="off" maxlength="200"/>
                    <p id="q-hint" class="hint">{tr(Msg::SearchHint)}</p>
                </div>
                <fieldset class="field">
                    <legend>{tr(Msg::Themes)}</legend>
                    <ul class="checks">{themes}</ul>
                </fieldset>
                {folded_choice(tr(Msg::Actors), query.actors.len(), tr(Msg::AnyActorHint), "checks long-checks", actors)}
                {folded_choice(tr(Msg::Places), query.places.len(), tr(Msg::AnyPlaceHint), "checks long-checks", places)}
                {folded_choice(tr(Msg::Kind), query.kinds.len(), tr(Msg::AnyKindHint), "checks", kinds)}
                <fieldset class="field range">
                    <legend>{tr(Msg::Date)}</legend>
                    <p id="date-hint" class="hint">{tr(Msg::DateHint)}</p>
                    <label for="from">{tr(Msg::From)}</label>
                    <input id="from" name="from" type="text" inputmode="numeric" size="10" aria-describedby="date-hint" autocomplete="off"
                        value=query.from.map(|d| d.iso()).unwrap_or_default()/>
                    <label for="to">{tr(Msg::To)}</label>
                    <input id="to" name="to" type="text" inputmode="numeric" size="10" aria-describedby="date-hint" autocomplete="off"
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
        </details>
    }
}
