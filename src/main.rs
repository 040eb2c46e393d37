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
    if let Err(message) = check_hash_file(&leptos) {
        eprintln!("{message}");
        return ExitCode::FAILURE;
    }
    let addr = config.addr.unwrap_or(leptos.site_addr);
    let shutdown = match server::shutdown_signal() {
        Ok(shutdown) => shutdown,
        Err(e) => {
            eprintln!("cannot listen for SIGTERM and SIGINT: {e}");
            return ExitCode::FAILURE;
        }
    };
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("cannot listen on {addr}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let public = config.public_url.unwrap_or_else(|| PublicUrl::local(addr));
    println!("Mali Conflict Timeline: {} events, serving on http://{addr} (public address {})", catalog.events.len(), public.origin());
    let cache = server::cache::ResponseCache::new(config.cache_bytes);
    match server::serve(server::app_with_cache(Arc::new(catalog), leptos, public, cache), listener, shutdown).await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("server error: {e}");
            ExitCode::FAILURE
        }
    }
}

/// With hashed asset names, pages name their files from `hash.txt` beside this binary (written
/// by `cargo leptos build`); without it no page with an island could be drawn, so the server
/// refuses to start and says why instead of failing on the first such request.
fn check_hash_file(leptos: &leptos::config::LeptosOptions) -> Result<(), String> {
    if !leptos.hash_files {
        return Ok(());
    }
    let beside = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.join(leptos.hash_file.as_ref())));
    match beside {
        Some(path) if path.is_file() => Ok(()),
        Some(path) => Err(format!(
            "{} is missing: hashed asset names need it (cargo leptos build --release writes it), \
             or set LEPTOS_HASH_FILES=false to serve unhashed names",
            path.display()
        )),
        None => Err("cannot find the folder of this program to read hash.txt".to_string()),
    }
}
