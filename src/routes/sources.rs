//! `/sources`: every source with the events that cite it, filterable by publisher, kind and
//! language; `/sources/{id}`: one source, its reliability note and the events it supports.

use super::not_found::NotFound;
use crate::components::event_list::EventList;
use crate::components::notices::Notices;
use crate::components::*;
use crate::core::query::{pairs, Problem, PASSIVE_PARAMS};
use crate::core::search::same_text;
use crate::core::{Catalog, Lang, Notice, Source, SourceKind};
use crate::i18n::{colon, count_events, language_name, source_kind, t, Msg};
use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

/// True when `name` is the source's publisher in either language (folded: "Wakat Séra" typed
/// with a combining accent, or in lower case, is still Wakat Séra).
fn publishes(source: &Source, name: &str) -> bool {
    same_text(&source.publisher.en, name) || same_text(&source.publisher.fr, name)
}

/// The filters of the source index. A publisher, kind or language we do not have is
/// reported and matches nothing; it never widens the list to every source.
#[derive(Default)]
struct SourceFilter {
    publisher: Option<String>,
    kind: Option<SourceKind>,
    language: Option<String>,
    unmatchable: bool,
}

impl SourceFilter {
    fn parse(search: &str, catalog: &Catalog) -> (SourceFilter, Vec<Notice>) {
        let mut filter = SourceFilter::default();
        let mut notices = Vec::new();
        let mut unknown = |param: &str, value: &str, problem| {
            notices.push(Notice { param: param.into(), value: value.into(), problem });
        };
        for (param, value) in pairs(search).into_iter().filter(|(_, v)| !v.is_empty()) {
            match param.as_str() {
                "publisher" => match catalog.sources.iter().find(|s| publishes(s, &value)) {
                    Some(_) => filter.publisher = Some(value.clone()),
                    None => {
                        filter.unmatchable = true;
                        unknown(&param, &value, Problem::UnknownValue)
                    }
                },
                "kind" => match SourceKind::from_id(&value) {
                    Some(kind) => filter.kind = Some(kind),
                    None => {
                        filter.unmatchable = true;
                        unknown(&param, &value, Problem::UnknownValue)
                    }
                },
                "language" => match catalog.sources.iter().find(|s| s.language == value.to_ascii_lowercase()) {
                    Some(s) => filter.language = Some(s.language.clone()),
                    None => {
                        filter.unmatchable = true;
                        unknown(&param, &value, Problem::UnknownValue)
                    }
                },
                p if PASSIVE_PARAMS.contains(&p) => unknown(&param, &value, Problem::NotHere),
                _ => unknown(&param, &value, Problem::UnknownParameter),
            }
        }
        (filter, notices)
    }

    fn keeps(&self, s: &Source) -> bool {
        !self.unmatchable
            && self.publisher.as_ref().is_none_or(|p| publishes(s, p))
            && self.kind.is_none_or(|k| s.kind == k)
            && self.language.as_ref().is_none_or(|l| &s.language == l)
    }
}

#[component]
pub fn SourcesPage() -> impl IntoView {
    let lang = use_lang();
    let catalog = catalog();
    let (_, search) = current_path_and_query();
    let (filter, notices) = SourceFilter::parse(&search, &catalog);
    let mut sources: Vec<&Source> = catalog.sources.iter().filter(|s| filter.keeps(s)).collect();
    let SourceFilter { publisher, kind, language, .. } = filter;
    sources.sort_by_cached_key(|s| (crate::core::search::fold(s.publisher.get(lang)), s.published));
    let mut publishers: Vec<String> = catalog.sources.iter().map(|s| s.publisher.get(lang).to_string()).collect();
    publishers.sort_by_cached_key(|p| crate::core::search::fold(p));
    publishers.dedup();
    let mut languages: Vec<String> = catalog.sources.iter().map(|s| s.language.clone()).collect();
    languages.sort();
    languages.dedup();
    let count = sources.len();
    let rows = sources
        .into_iter()
        .map(|s| {
            let cited = catalog.events_citing(&s.id).len();
            view! {
                <li class="source">
                    <p class="source-title" lang=s.language.clone()><a href=lang.href(&format!("/sources/{}", s.id))>{s.title.clone()}</a></p>
                    <p class="source-meta">
                        {s.publisher.get(lang).to_string()}" · "{s.published.format(lang)}" · "{source_kind(lang, s.kind)}" · "
                        {language_name(lang, &s.language)}" · "{count_events(lang, cited)}
                    </p>
                    {s.note.clone().map(|n| view! { <p class="reliability"><strong>{t(lang, Msg::Reliability)}{colon(lang)}</strong>{n.get(lang).to_string()}</p> })}
                </li>
            }
        })
        .collect_view();
    let option = |value: String, label: String, selected: bool| view! { <option value=value selected=selected>{label}</option> };
    view! {
        <Layout title=t(lang, Msg::NavSources) description=t(lang, Msg::SourcesIntro)>
            <h1>{t(lang, Msg::NavSources)}</h1>
            <p class="lead">{t(lang, Msg::SourcesIntro)}</p>
            <form class="source-filters" method="get" action=lang.href("/sources")>
                <label for="publisher">{t(lang, Msg::Publisher)}</label>
                <select id="publisher" name="publisher">
                    <option value="">{t(lang, Msg::AllPublishers)}</option>
                    {publishers.into_iter().map(|p| option(p.clone(), p.clone(), publisher.as_ref().is_some_and(|chosen| same_text(chosen, &p)))).collect_view()}
                </select>
                <label for="source-kind">{t(lang, Msg::SourceKindLabel)}</label>
                <select id="source-kind" name="kind">
                    <option value="">{t(lang, Msg::AllKinds)}</option>
                    {SourceKind::ALL.iter().map(|&k| option(k.id().into(), source_kind(lang, k).into(), kind == Some(k))).collect_view()}
                </select>
                <label for="language">{t(lang, Msg::Language)}</label>
                <select id="language" name="language">
                    <option value="">{t(lang, Msg::AllLanguages)}</option>
                    {languages.into_iter().map(|l| option(l.clone(), language_name(lang, &l), language.as_ref() == Some(&l))).collect_view()}
                </select>
                <button type="submit">{t(lang, Msg::Filter)}</button>
            </form>
            <Notices notices lang page=lang.href("/sources") search=search.clone()/>
            <p role="status">{count}" / "{catalog.sources.len()}</p>
            <ul class="sources source-index">{rows}</ul>
        </Layout>
    }
}

#[component]
pub fn SourcePage() -> impl IntoView {
    let id = use_params_map().get_untracked().get("id").unwrap_or_default();
    match catalog().source(&id).cloned() {
        Some(source) => Either::Left(view! { <SourceView source/> }),
        None => Either::Right(view! { <NotFound/> }),
    }
}

#[component]
fn SourceView(source: Source) -> impl IntoView {
    let lang: Lang = use_lang();
    let catalog = catalog();
    let positions: Vec<usize> = catalog.events_citing(&source.id).iter().filter_map(|e| catalog.event_position(&e.id)).collect();
    view! {
        <Layout title=source.title.clone() description=format!("{} · {}", source.publisher.get(lang), source.published.format(lang))>
            <article class="source-page">
                <h1 lang=source.language.clone()>{source.title.clone()}</h1>
                <dl class="facts">
                    <dt>{t(lang, Msg::Publisher)}</dt><dd>{source.publisher.get(lang).to_string()}</dd>
                    {source.author.clone().map(|a| view! { <dt>{t(lang, Msg::Author)}</dt><dd>{a}</dd> })}
                    <dt>{t(lang, Msg::Published)}</dt><dd>{source.published.format(lang)}</dd>
                    <dt>{t(lang, Msg::Language)}</dt><dd>{language_name(lang, &source.language)}</dd>
                    <dt>{t(lang, Msg::SourceKindLabel)}</dt><dd>{source_kind(lang, source.kind)}</dd>
                </dl>
                {source.note.clone().map(|n| view! {
                    <aside class="reliability"><h2>{t(lang, Msg::Reliability)}</h2><p>{n.get(lang).to_string()}</p></aside>
                })}
                <p class="source-links">
                    <a class="button" href=source.url.clone() rel="noopener noreferrer">{t(lang, Msg::OpenOriginal)}</a>" "
                    <a href=source.archive_url() rel="noopener noreferrer">{t(lang, Msg::Archived)}</a>
                </p>
                <p class="source-url">{source.url.clone()}</p>
                <h2>{t(lang, Msg::CitedBy)}</h2>
                <EventList positions lang/>
            </article>
        </Layout>
    }
}
