//! `/actors`: the glossary of groups, forces, missions and people; `/actors/{id}`: one card
//! with what its name means, what it grew out of and became, and its events.

use super::not_found::NotFound;
use crate::components::event_list::EventList;
use crate::components::*;
use crate::core::{Actor, Lang};
use crate::i18n::{actor_kind, t, Msg};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

fn active_years(actor: &Actor, lang: Lang) -> String {
    match actor.active_to {
        Some(to) if to == actor.active_from => to.to_string(),
        Some(to) => format!("{}–{to}", actor.active_from),
        None => format!("{} {}", t(lang, Msg::Since), actor.active_from),
    }
}

fn display_name(actor: &Actor, lang: Lang) -> String {
    actor.label(lang)
}

#[component]
pub fn ActorsPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let cards = catalog
        .actors_sorted(lang)
        .into_iter()
        .map(|actor| {
            view! {
                <li class="actor-card">
                    <h2><a href=lang.href(&format!("/actors/{}", actor.id))>{display_name(actor, lang)}</a></h2>
                    <p class="meta">{actor_kind(lang, actor.kind)}" · "{active_years(actor, lang)}</p>
                    <p>{actor.description.get(lang).to_string()}</p>
                </li>
            }
        })
        .collect_view();
    view! {
        <Layout title=t(lang, Msg::NavActors) description=t(lang, Msg::ActorsIntro)>
            <h1>{t(lang, Msg::NavActors)}</h1>
            <p class="lead">{t(lang, Msg::ActorsIntro)}</p>
            <ul class="actor-grid">{cards}</ul>
        </Layout>
    }
}

#[component]
pub fn ActorPage() -> impl IntoView {
    let id = use_params_map().get_untracked().get("id").unwrap_or_default();
    match catalog().actor(&id).cloned() {
        Some(actor) => Either::Left(view! { <ActorCard actor/> }),
        None => Either::Right(view! { <NotFound/> }),
    }
}

#[component]
fn ActorCard(actor: Actor) -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let link = |a: &Actor| view! { <a href=lang.href(&format!("/actors/{}", a.id))>{display_name(a, lang)}</a> };
    let became = actor.became.as_deref().and_then(|id| catalog.actor(id)).map(link);
    let predecessors = catalog.predecessors(&actor.id).into_iter().map(|a| view! { <li>{link(a)}</li> }).collect_view();
    let predecessor_count = catalog.predecessors(&actor.id).len();
    let has_predecessors = predecessor_count > 0;
    let positions: Vec<usize> = catalog.events_of_actor(&actor.id).iter().filter_map(|e| catalog.event_position(&e.id)).collect();
    let name = display_name(&actor, lang);
    view! {
        <Layout title=name.clone() description=actor.description.get(lang).to_string()>
            <article class="actor-page">
                <h1>{name}</h1>
                <dl class="facts">
                    {actor.expansion_for(lang).map(|(text, code)| view! { <dt>{t(lang, Msg::StandsFor)}</dt><dd lang=code.to_string()>{text.to_string()}</dd> })}
                    <dt>{t(lang, Msg::Kind)}</dt><dd>{actor_kind(lang, actor.kind)}</dd>
                    <dt>{t(lang, Msg::Active)}</dt><dd>{active_years(&actor, lang)}</dd>
                    {has_predecessors.then(|| view! { <dt>{t(lang, if predecessor_count > 1 { Msg::GrewOutOfMany } else { Msg::GrewOutOf })}</dt><dd><ul>{predecessors}</ul></dd> })}
                    {became.map(|b| view! { <dt>{t(lang, Msg::Became)}</dt><dd>{b}</dd> })}
                </dl>
                <p class="lead">{actor.description.get(lang).to_string()}</p>
                <h2>{t(lang, Msg::ItsEvents)}</h2>
                <EventList positions lang/>
            </article>
        </Layout>
    }
}
