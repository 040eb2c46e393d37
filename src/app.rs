//! The HTML shell and the route table. Every page exists in English (unprefixed) and in
//! French (under `/fr`); pages read their language from the path.

use crate::routes::{actors, event, map, not_found::NotFound, present, sources, threads, timeline};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, MetaTags};
use leptos_router::{
    components::{FlatRoutes, Route, Router},
    ParamSegment, StaticSegment,
};

/// Only pages with an island load the wasm; the others are plain HTML and CSS.
fn page_has_islands() -> bool {
    #[cfg(feature = "ssr")]
    {
        let path = use_context::<axum::http::request::Parts>().map(|p| p.uri.path().to_string()).unwrap_or_default();
        let (_, bare) = crate::core::Lang::split_path(&path);
        bare == "/" || bare.starts_with("/events/") || bare == "/present"
    }
    #[cfg(not(feature = "ssr"))]
    true
}

pub fn shell(options: LeptosOptions) -> impl IntoView {
    let scripts = page_has_islands().then(|| view! { <HydrationScripts options=options.clone() islands=true/> });
    view! {
        <!DOCTYPE html>
        <html>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                {scripts}
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let fr = StaticSegment("fr");
    view! {
        <Router>
            <FlatRoutes fallback=NotFound>
                <Route path=StaticSegment("") view=timeline::TimelinePage/>
                <Route path=fr view=timeline::TimelinePage/>
                <Route path=(StaticSegment("events"), ParamSegment("id")) view=event::EventPage/>
                <Route path=(fr, StaticSegment("events"), ParamSegment("id")) view=event::EventPage/>
                <Route path=StaticSegment("map") view=map::MapPage/>
                <Route path=(fr, StaticSegment("map")) view=map::MapPage/>
                <Route path=StaticSegment("actors") view=actors::ActorsPage/>
                <Route path=(fr, StaticSegment("actors")) view=actors::ActorsPage/>
                <Route path=(StaticSegment("actors"), ParamSegment("id")) view=actors::ActorPage/>
                <Route path=(fr, StaticSegment("actors"), ParamSegment("id")) view=actors::ActorPage/>
                <Route path=StaticSegment("sources") view=sources::SourcesPage/>
                <Route path=(fr, StaticSegment("sources")) view=sources::SourcesPage/>
                <Route path=(StaticSegment("sources"), ParamSegment("id")) view=sources::SourcePage/>
                <Route path=(fr, StaticSegment("sources"), ParamSegment("id")) view=sources::SourcePage/>
                <Route path=StaticSegment("threads") view=threads::ThreadsPage/>
                <Route path=(fr, StaticSegment("threads")) view=threads::ThreadsPage/>
                <Route path=(StaticSegment("threads"), ParamSegment("id")) view=threads::ThreadPage/>
                <Route path=(fr, StaticSegment("threads"), ParamSegment("id")) view=threads::ThreadPage/>
                <Route path=StaticSegment("present") view=present::PresentPage/>
                <Route path=(fr, StaticSegment("present")) view=present::PresentPage/>
                <Route path=StaticSegment("handout") view=present::HandoutPage/>
                <Route path=(fr, StaticSegment("handout")) view=present::HandoutPage/>
                <Route path=StaticSegment("embed") view=timeline::EmbedPage/>
                <Route path=(fr, StaticSegment("embed")) view=timeline::EmbedPage/>
            </FlatRoutes>
        </Router>
    }
}
