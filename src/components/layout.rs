//! The frame of every page: language, title and sharing tags, skip link, header with the
//! main navigation and the language switch, and the footer.

use super::context::*;
use crate::core::Lang;
use crate::i18n::Msg;
use leptos::prelude::*;
use leptos_meta::{Html, Link, Meta, Title};

/// The link that switches language: it remembers the choice, then shows the same page
/// (same filters) in the other language.
pub fn switch_href(to: Lang, path: &str, query: &str) -> String {
    let target = with_query(&to.href(path), query);
    let next: String = form_urlencoded::byte_serialize(target.as_bytes()).collect();
    format!("/lang/{}?next={next}", to.code())
}

pub fn with_query(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

#[component]
pub fn Layout(
    /// The page's own title; the site name is added after it.
    #[prop(into)]
    title: String,
    #[prop(into)] description: String,
    /// `embed` drops the navigation, for pages shown inside other sites.
    #[prop(optional)]
    embed: bool,
    /// `bare` drops the navigation but keeps the page unframable (presentations).
    #[prop(optional)]
    bare: bool,
    children: Children,
) -> impl IntoView {
    let lang = use_lang();
    let tr = tr(lang);
    set_security_policy(embed);
    let (path, query) = current_path_and_query();
    let other = lang.other();
    let full_title = format!("{title} · {}", tr(Msg::SiteName));
    let nav_link = |target: &'static str, msg: Msg| {
        let current = path_is(target, &path).then_some("page");
        view! { <li><a href=lang.href(target) aria-current=current>{tr(msg)}</a></li> }
    };
    let suggestion = (lang == Lang::En && path == "/").then(french_suggestion).flatten();
    let chrome = !(embed || bare);
    view! {
        <Html {..} lang=lang.code() class=if embed { "embed" } else if bare { "bare" } else { "" }/>
        // leptos_meta writes the title into <title> as it is: escape it here.
        <Title text=html_escape::encode_text(&full_title).into_owned()/>
        <Meta name="description" content=description.clone()/>
        <Meta property="og:title" content=title.clone()/>
        <Meta property="og:description" content=description/>
        <Meta property="og:site_name" content=tr(Msg::SiteName)/>
        <Meta property="og:type" content="website"/>
        <Meta property="og:locale" content=if lang == Lang::Fr { "fr_FR" } else { "en_GB" }/>
        <Link rel="alternate" hreflang="en" href=with_query(&Lang::En.href(&path), &query)/>
        <Link rel="alternate" hreflang="fr" href=with_query(&Lang::Fr.href(&path), &query)/>
        <a class="skip-link" href="#main">{tr(Msg::SkipToContent)}</a>
        {suggestion}
        {chrome.then(|| view! {
            <header class="site-header">
                <a class="brand" href=lang.href("/")>{tr(Msg::SiteName)}</a>
                <nav aria-label=tr(Msg::MainNav)>
                    <ul>
                        {nav_link("/", Msg::NavTimeline)}
                        {nav_link("/map", Msg::NavMap)}
                        {nav_link("/threads", Msg::NavThreads)}
                        {nav_link("/actors", Msg::NavActors)}
                        {nav_link("/sources", Msg::NavSources)}
                    </ul>
                </nav>
                <a class="lang-switch" href=switch_href(other, &path, &query) hreflang=other.code() lang=other.code()
                    title=tr(Msg::OtherLanguageLabel)>
                    {tr(Msg::OtherLanguage)}
                </a>
            </header>
        })}
        <main id="main" tabindex="-1">{children()}</main>
        {chrome.then(|| view! {
            <footer class="site-footer">
                <p>
                    {tr(Msg::Footer)}
                    <a href=if lang == Lang::Fr { "/api/v1/events?lang=fr" } else { "/api/v1/events" }>{tr(Msg::JsonApi)}</a>", "
                    <a href=if lang == Lang::Fr { "/export/events.csv?lang=fr" } else { "/export/events.csv" }>"CSV"</a>"."
                </p>
            </footer>
        })}
    }
}

fn path_is(target: &str, current: &str) -> bool {
    if target == "/" {
        current == "/"
    } else {
        current == target || current.starts_with(&format!("{target}/"))
    }
}

/// On the English home page, a browser that prefers French is offered the French site,
/// once: never redirected. A reader who already chose a language is not asked again.
fn french_suggestion() -> Option<impl IntoView> {
    prefers_french_and_has_not_chosen().then(|| {
        view! {
            <aside class="lang-suggestion" lang="fr" aria-label="Langue">
                <p>{crate::i18n::t(Lang::Fr, Msg::SuggestLanguage)}" "
                    <a href=switch_href(Lang::Fr, "/", "") hreflang="fr">{crate::i18n::t(Lang::Fr, Msg::ReadInLanguage)}</a>" · "
                    <a href=switch_href(Lang::En, "/", "") hreflang="en" lang="en">{crate::i18n::t(Lang::En, Msg::SuggestDismiss)}</a>
                </p>
            </aside>
        }
    })
}

#[cfg(feature = "ssr")]
fn prefers_french_and_has_not_chosen() -> bool {
    use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};
    let chose = crate::server::language::chosen(&request_header(COOKIE)).is_some();
    !chose && request_header(ACCEPT_LANGUAGE).trim_start().to_ascii_lowercase().starts_with("fr")
}

#[cfg(not(feature = "ssr"))]
fn prefers_french_and_has_not_chosen() -> bool {
    false
}
