//! Builds the whole application router, so that `main` and the HTTP tests run the same thing.

use super::{api, headers, language, paths, typography, PublicUrl};
use crate::app::{shell, App};
use crate::core::Catalog;
use axum::http::{header, HeaderValue, Request};
use axum::middleware::{self, Next};
use axum::{body::Body, response::Response, routing::get, Extension, Router};
use leptos::prelude::*;
use leptos_axum::{file_and_error_handler_with_context, generate_route_list, LeptosRoutes};
use std::sync::Arc;
use tower_http::compression::CompressionLayer;

/// `public` is the site's address for absolute links (see `config::PublicUrl`).
pub fn app(catalog: Arc<Catalog>, options: LeptosOptions, public: PublicUrl) -> Router {
    let routes = generate_route_list(App);
    let context = {
        let (catalog, public) = (catalog.clone(), public.clone());
        move || {
            provide_context(catalog.clone());
            provide_context(public.clone());
        }
    };
    let render_shell = {
        let options = options.clone();
        move || shell(options.clone())
    };
    Router::new()
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
        .layer(middleware::from_fn(cache_control))
        .layer(CompressionLayer::new())
        .layer(middleware::from_fn(headers::security_headers))
        .with_state(options)
}

/// Built assets have content hashes in their names, so they can be cached for good; pages
/// and data answers must be fetched fresh.
async fn cache_control(request: Request<Body>, next: Next) -> Response {
    let immutable = request.uri().path().starts_with("/pkg/");
    let mut response = next.run(request).await;
    let value = if immutable && response.status().is_success() {
        "public, max-age=31536000, immutable"
    } else if response.headers().get(header::CONTENT_TYPE).is_some_and(|v| v.as_bytes().starts_with(b"text/html")) {
        "no-cache"
    } else {
        "public, max-age=300"
    };
    response.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static(value));
    response
}

/// Serves until SIGINT or SIGTERM, then finishes the requests in flight and returns.
pub async fn serve(router: Router, listener: tokio::net::TcpListener) -> std::io::Result<()> {
    axum::serve(listener, router.into_make_service()).with_graceful_shutdown(shutdown_signal()).await
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    eprintln!("shutting down");
}
