//! Where the data comes from and where the server listens.
//!
//! - data folder: `--data DIR`, else `TIMELINE_DATA_DIR`, else `./data`;
//! - address: `--addr HOST:PORT`, else `LEPTOS_SITE_ADDR`, else `127.0.0.1:3000`;
//! - `--check` loads and checks the data, prints the result, and exits;
//! - public address (for absolute links: citations, `og:url`, iCalendar): `--public-url URL`,
//!   else `TIMELINE_PUBLIC_URL`, else `http://` and the listening address. Checked at start.
//!   Request headers (`Host`, `X-Forwarded-Host`, `X-Forwarded-Proto`) are never used for it.

use axum::http::Uri;
use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub data_dir: PathBuf,
    pub addr: Option<SocketAddr>,
    pub check_only: bool,
    /// The public address readers reach the site at; `None`: derived from the listening address.
    pub public_url: Option<PublicUrl>,
}

/// The origin (`https://timeline.example.org`) of the site as readers reach it, for every
/// absolute link the site writes. It can only be built valid: http or https, a host, an
/// optional port, no user, path, query or fragment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicUrl(String);

impl PublicUrl {
    /// Reads `https://host[:port]` (a trailing `/` is allowed). Errors say what is wrong.
    pub fn parse(text: &str) -> Result<PublicUrl, String> {
        let problem = |why: &str| format!("TIMELINE_PUBLIC_URL / --public-url \"{text}\": {why} (expected e.g. https://timeline.example.org)");
        let uri: Uri = text.trim().parse().map_err(|_| problem("not an address"))?;
        let scheme = match uri.scheme_str().map(str::to_ascii_lowercase).as_deref() {
            Some("http") => "http",
            Some("https") => "https",
            _ => return Err(problem("must start with http:// or https://")),
        };
        let authority = uri.authority().ok_or_else(|| problem("has no host"))?;
        if authority.as_str().contains('@') {
            return Err(problem("must not hold a user name"));
        }
        if authority.host().is_empty() {
            return Err(problem("has no host"));
        }
        if !matches!(uri.path(), "" | "/") || uri.query().is_some() || text.contains('#') {
            return Err(problem("must be an origin only, without a path, query or fragment"));
        }
        Ok(PublicUrl(format!("{scheme}://{}", authority.as_str().to_ascii_lowercase())))
    }

    /// `http://` and the listening address, for local use; an address that listens on every
    /// interface (0.0.0.0, ::) is written as the loopback one.
    pub fn local(addr: SocketAddr) -> PublicUrl {
        let host = if addr.ip().is_unspecified() { std::net::IpAddr::from([127, 0, 0, 1]) } else { addr.ip() };
        PublicUrl(format!("http://{}", SocketAddr::new(host, addr.port())))
    }

    /// The origin, without a trailing slash: append a path that starts with `/`.
    pub fn origin(&self) -> &str {
        &self.0
    }
}

pub const USAGE: &str = "usage: mali-timeline [--data DIR] [--addr HOST:PORT] [--public-url URL] [--check]\n\
  --data DIR        the data folder to serve (default: $TIMELINE_DATA_DIR, else ./data)\n\
  --addr HOST:PORT  where to listen (default: $LEPTOS_SITE_ADDR, else 127.0.0.1:3000)\n\
  --public-url URL  the address readers use, for links in citations and exports\n\
                    (default: $TIMELINE_PUBLIC_URL, else http:// and the listening address)\n\
  --check           check the data folder, print every problem, and exit";

impl Config {
    pub fn from_args(args: impl IntoIterator<Item = String>, env: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let mut config = Config {
            data_dir: env("TIMELINE_DATA_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("data")),
            addr: None,
            check_only: false,
            public_url: env("TIMELINE_PUBLIC_URL").filter(|v| !v.trim().is_empty()).map(|v| PublicUrl::parse(&v)).transpose()?,
        };
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data" => config.data_dir = args.next().ok_or("--data needs a folder")?.into(),
                "--addr" => {
                    let addr = args.next().ok_or("--addr needs HOST:PORT")?;
                    config.addr = Some(addr.parse().map_err(|_| format!("--addr: \"{addr}\" is not HOST:PORT"))?);
                }
                "--public-url" => config.public_url = Some(PublicUrl::parse(&args.next().ok_or("--public-url needs an address")?)?),
                "--check" => config.check_only = true,
                "-h" | "--help" => return Err(USAGE.to_string()),
                other => return Err(format!("unknown argument \"{other}\"\n{USAGE}")),
            }
        }
        Ok(config)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_folder_comes_from_the_option_then_the_environment() {
        let env = |k: &str| (k == "TIMELINE_DATA_DIR").then(|| "/srv/data".to_string());
        assert_eq!(Config::from_args(vec![], env).unwrap().data_dir, PathBuf::from("/srv/data"));
        let args = vec!["--data".to_string(), "other".to_string()];
        assert_eq!(Config::from_args(args, env).unwrap().data_dir, PathBuf::from("other"));
        assert_eq!(Config::from_args(vec![], |_| None).unwrap().data_dir, PathBuf::from("data"));
    }

    #[test]
    fn the_public_address_is_an_origin_checked_at_start() {
        assert_eq!(PublicUrl::parse("https://Timeline.Example.org/").unwrap().origin(), "https://timeline.example.org");
        assert_eq!(PublicUrl::parse("http://127.0.0.1:8080").unwrap().origin(), "http://127.0.0.1:8080");
        for bad in ["javascript://x", "timeline.example.org", "ftp://x.org", "https://", "https://a.org/sub", "https://a.org/?q=1", "https://u:p@a.org", "https://a.org/#x", ""] {
            assert!(PublicUrl::parse(bad).is_err(), "{bad:?} should be refused");
        }
        let env = |k: &str| (k == "TIMELINE_PUBLIC_URL").then(|| "javascript:alert(1)".to_string());
        assert!(Config::from_args(vec![], env).unwrap_err().contains("TIMELINE_PUBLIC_URL"));
        let env = |k: &str| (k == "TIMELINE_PUBLIC_URL").then(|| "https://timeline.example.org".to_string());
        assert_eq!(Config::from_args(vec![], env).unwrap().public_url.unwrap().origin(), "https://timeline.example.org");
    }

    #[test]
    fn without_a_public_address_links_use_the_listening_address() {
        assert_eq!(PublicUrl::local("0.0.0.0:3000".parse().unwrap()).origin(), "http://127.0.0.1:3000");
        assert_eq!(PublicUrl::local("127.0.0.1:3030".parse().unwrap()).origin(), "http://127.0.0.1:3030");
    }

    #[test]
    fn unknown_arguments_are_refused_with_the_usage() {
        let err = Config::from_args(vec!["--dta".to_string()], |_| None).unwrap_err();
        assert!(err.contains("--dta") && err.contains("usage"));
    }
}
