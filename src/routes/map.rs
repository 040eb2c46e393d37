//! `/map`: where the events of a view happened. It takes the timeline's filters (the same
//! query string, the same `Query`), draws a marker per place with its number of events, each
//! a link to the timeline of that place, and lists the same places in a table.

use crate::components::filters::FilterForm;
use crate::components::layout::with_query;
use crate::components::map::{place_href, RecordMap};
use crate::components::notices::Notices;
use crate::components::*;
use crate::core::geo::Atlas;
use crate::core::query::{not_used_here, pairs, PASSIVE_PARAMS};
use crate::core::{Lang, Place, Query};
use crate::i18n::{matching, number, t, Msg};
use leptos::prelude::*;

#[component]
pub fn MapPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    let pairs = pairs(&search);
    let (query, mut notices) = Query::from_pairs(&pairs, &catalog);
    notices.extend(not_used_here(&pairs, PASSIVE_PARAMS));
    let matches = query.apply(&catalog);
    let counts: Vec<(Place, usize)> = query.place_counts(&catalog, &matches).into_iter().map(|(p, n)| (p.clone(), n)).collect();
    let count = matching(lang, matches.len(), catalog.events.len());
    let title = if query.is_unfiltered() { t(lang, Msg::NavMap).to_string() } else { format!("{count} · {}", t(lang, Msg::NavMap)) };
    let qs = query.with_page(1).to_query_string();
    let empty = matches.is_empty();
    view! {
        <Layout title description=t(lang, Msg::MapName)>
            <h1 class="page-title">{t(lang, Msg::MapTitle)}</h1>
            <p class="lead">{t(lang, Msg::MapIntro)}</p>
            <div class="map-page">
                <FilterForm query=query.clone() lang action="/map"/>
                <div class="map-view">
                    <Notices notices lang page=lang.href("/map") search=search.clone()/>
                    <h2 class="results-title">{count}</h2>
                    <p><a href=with_query(&lang.href("/"), &qs)>{t(lang, Msg::SeeOnTimeline)}</a></p>
                    {empty.then(|| view! {
                        <div class="empty">
                            <p>{t(lang, Msg::NoResults)}</p>
                            <p><a class="button" href=lang.href("/map")>{t(lang, Msg::ClearFilters)}</a></p>
                        </div>
                    })}
                    <RecordMap counts=counts.clone() query=query.clone() lang/>
                    {(!empty).then(|| view! { <PlaceTable counts query lang/> })}
                </div>
            </div>
        </Layout>
    }
}

/// The map's places as a table, for screen readers, keyboards and print.
#[component]
fn PlaceTable(counts: Vec<(Place, usize)>, query: Query, lang: Lang) -> impl IntoView {
    let atlas = Atlas::get();
    let rows = counts
        .iter()
        .map(|(place, n)| {
            let beyond = atlas.whole_country(place).is_none() && !atlas.covers(place.lon, place.lat);
            view! {
                <tr>
                    <th scope="row">
                        <a href=place_href(&query, place, lang)>{place.name.get(lang).to_string()}</a>
                        {beyond.then(|| view! { " " <span class="hint">{format!("({})", t(lang, Msg::BeyondMap))}</span> })}
                    </th>
                    <td>{place.region.get(lang).to_string()}</td>
                    <td class="number">{number(lang, *n)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="place-table">
            <caption>{t(lang, Msg::MapPlaces)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t(lang, Msg::Place)}</th>
                    <th scope="col">{t(lang, Msg::Region)}</th>
                    <th scope="col" class="number">{t(lang, Msg::EventsColumn)}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}
