//! An event's sources, numbered: who published what and when, how far to trust it, what it
//! backs, and the way to the original and to an archived copy.

use super::context::*;
use crate::core::{Event, Lang};
use crate::i18n::{colon, language_name, source_kind, t, Msg};
use leptos::prelude::*;

#[component]
pub fn SourcesList(event: Event, lang: Lang) -> impl IntoView {
    let catalog = catalog();
    let items = event
        .sources
        .iter()
        .filter_map(|c| catalog.source(&c.source).map(|s| (c.clone(), s.clone())))
        .map(|(citation, source)| {
            let foreign = source.language != lang.code();
            let meta = [
                Some(source.publisher.get(lang).to_string()),
                source.author.clone(),
                Some(source.published.format(lang)),
                Some(source_kind(lang, source.kind).to_string()),
            ];
            let meta = meta.into_iter().flatten().collect::<Vec<_>>().join(" · ");
            view! {
                <li class="source" id=format!("source-{}", source.id)>
                    <p class="source-title">
                        <a href=source.url.clone() rel="noopener noreferrer" hreflang=source.language.clone() lang=source.language.clone()>
                            {source.title.clone()}
                        </a>
                        {foreign.then(|| view! { <span class="lang-tag">" ("{language_name(lang, &source.language)}")"</span> })}
                    </p>
                    <p class="source-meta">{meta}</p>
                    <p class="source-url">{source.url.clone()}</p>
                    {citation.supports.map(|s| view! { <p class="supports"><strong>{t(lang, Msg::Supports)}{colon(lang)}</strong>{s.get(lang).to_string()}</p> })}
                    {source.note.clone().map(|n| view! { <p class="reliability"><strong>{t(lang, Msg::Reliability)}{colon(lang)}</strong>{n.get(lang).to_string()}</p> })}
                    <p class="source-links">
                        <a href=lang.href(&format!("/sources/{}", source.id))>{t(lang, Msg::CitedBy)}</a>" · "
                        <a href=source.archive_url() rel="noopener noreferrer">{t(lang, Msg::Archived)}</a>
                    </p>
                </li>
            }
        })
        .collect_view();
    view! { <ol class="sources">{items}</ol> }
}
