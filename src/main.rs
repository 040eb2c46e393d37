//! The server binary: reads the configuration, loads and checks the data, and serves.

use leptos::config::get_configuration;
use mali_timeline::core::load::load_dir;
use mali_timeline::server::{self, Config, PublicUrl};
use std::process::ExitCode;
use std::sync::Arc;

#[tokio::main]
async fn main() -> ExitCode {
    let config = match Config::from_args(std::env::args().skip(1), |k| std::env::var(k).ok()) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    let catalog = match load_dir(&config.data_dir) {
        Ok(catalog) => catalog,
        Err(errors) => {
            eprintln!("The data in {} has {} problem(s):", config.data_dir.display(), errors.len());
            for error in &errors {
                eprintln!("  {error}");
            }
            eprintln!("Fix them and start again; data/README.md describes the format.");
            return ExitCode::FAILURE;
        }
    };
    if config.check_only {
        println!("{}: {} events, {} sources: all checks pass", config.data_dir.display(), catalog.events.len(), catalog.sources.len());
        return ExitCode::SUCCESS;
    }
    // Cargo.toml holds the Leptos settings; cargo-leptos's environment variables override them.
    let manifest = std::path::Path::new("Cargo.toml").exists().then_some("Cargo.toml");
    let leptos = match get_configuration(manifest) {
        Ok(conf) => conf.leptos_options,
        Err(e) => {
            eprintln!("cannot read the Leptos configuration: {e}");
            return ExitCode::FAILURE;
        }
    };
    let addr = config.addr.unwrap_or(leptos.site_addr);
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let public = config.public_url.unwrap_or_else(|| PublicUrl::local(addr));
    println!("Mali Conflict Timeline: {} events, serving on http://{addr} (public address {})", catalog.events.len(), public.origin());
    match server::serve(server::app(Arc::new(catalog), leptos, public), listener).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("server error: {e}");
            ExitCode::FAILURE
        }
    }
}
