//! Builds the whole application router, so that `main` and the HTTP tests run the same thing.

use super::cache::ResponseCache;
use super::{api, headers, language, paths, typography, PublicUrl};
use crate::app::{shell, App};
use crate::core::Catalog;
use axum::middleware;
use axum::{routing::get, Extension, Router};
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use std::sync::Arc;

/// The response cache's budget when none is configured: 128 MB.
pub const DEFAULT_CACHE_BYTES: u64 = 128 * 1024 * 1024;

/// The whole application with a response cache of the default size. `public` is the site's
/// address for absolute links (see `config::PublicUrl`).
pub fn app(catalog: Arc<Catalog>, options: LeptosOptions, public: PublicUrl) -> Router {
    app_with_cache(catalog, options, public, ResponseCache::new(DEFAULT_CACHE_BYTES))
}

/// The whole application, answering through `cache` (keep a clone to watch its size).
pub fn app_with_cache(catalog: Arc<Catalog>, options: LeptosOptions, public: PublicUrl, cache: ResponseCache) -> Router {
    let routes = generate_route_list(App);
    let policy = headers::PagePolicy::new(&options);
    let context = {
        let (catalog, public) = (catalog.clone(), public.clone());
        move || {
            provide_context(catalog.clone());
            provide_context(public.clone());
            provide_context(policy.clone());
            headers::provide_fixed_nonce();
        }
    };
    let render_shell = {
        let options = options.clone();
        move || shell(options.clone())
    };
    let application = Router::new()
        .route("/healthz", get(api::healthz))
        .route("/api/v1/events", get(api::events))
        .route("/api/v1/events/{id}", get(api::event))
        .route("/export/{file}", get(api::export))
        .route("/lang/{code}", get(language::choose))
        .leptos_routes_with_context(&options, routes, context.clone(), render_shell)
        .fallback(file_and_error_handler_with_context(context, shell))
        .layer(Extension(catalog))
        .layer(Extension(public))
        .layer(middleware::from_fn(paths::trailing_slash))
        .layer(middleware::from_fn(typography::french_pages))
        .layer(middleware::from_fn(headers::security_headers))
        .with_state(options);
    // In front of the routing: a kept answer (security headers included) is sent as it is.
    Router::new().fallback_service(cache.layer(application))
}

/// Serves until `shutdown` completes (see [`shutdown_signal`]), then finishes the requests in
/// flight and returns.
pub async fn serve(router: Router, listener: tokio::net::TcpListener, shutdown: impl std::future::Future<Output = ()> + Send + 'static) -> std::io::Result<()> {
    axum::serve(listener, router.into_make_service()).with_graceful_shutdown(shutdown).await
}

/// Listens for SIGTERM and SIGINT from the moment it is called, and gives a future that
/// completes at the first of them. Call it before binding the port: a signal sent as soon as
/// the port accepts connections (by a supervisor or a test) is then never missed. Errors if
/// the signal handlers cannot be installed.
pub fn shutdown_signal() -> std::io::Result<impl std::future::Future<Output = ()> + Send + 'static> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{signal, SignalKind};
        let mut terminate = signal(SignalKind::terminate())?;
        let mut interrupt = signal(SignalKind::interrupt())?;
        Ok(async move {
            tokio::select! {
                _ = terminate.recv() => {},
                _ = interrupt.recv() => {},
            }
            eprintln!("shutting down");
        })
    }
    #[cfg(not(unix))]
    Ok(async {
        let _ = tokio::signal::ctrl_c().await;
        eprintln!("shutting down");
    })
}
