//! Where the data comes from and where the server listens.
//!
//! - data folder: `--data DIR`, else `TIMELINE_DATA_DIR`, else `./data`;
//! - address: `--addr HOST:PORT`, else `LEPTOS_SITE_ADDR`, else `127.0.0.1:3000`;
//! - response cache: `--cache-mb N`, else `TIMELINE_CACHE_MB`, else 128 (megabytes);
//! - `--check` loads and checks the data, prints the result, and exits.

use std::net::SocketAddr;
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    pub data_dir: PathBuf,
    pub addr: Option<SocketAddr>,
    /// The response cache's budget in bytes.
    pub cache_bytes: u64,
    pub check_only: bool,
}

pub const USAGE: &str = "usage: mali-timeline [--data DIR] [--addr HOST:PORT] [--cache-mb N] [--check]\n\
  --data DIR        the data folder to serve (default: $TIMELINE_DATA_DIR, else ./data)\n\
  --addr HOST:PORT  where to listen (default: $LEPTOS_SITE_ADDR, else 127.0.0.1:3000)\n\
  --cache-mb N      memory for rendered pages, in MB (default: $TIMELINE_CACHE_MB, else 128)\n\
  --check           check the data folder, print every problem, and exit";

impl Config {
    pub fn from_args(args: impl IntoIterator<Item = String>, env: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let mut config = Config {
            data_dir: env("TIMELINE_DATA_DIR").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("data")),
            addr: None,
            cache_bytes: 0,
            check_only: false,
        };
        let mut cache_mb = env("TIMELINE_CACHE_MB").unwrap_or_else(|| "128".to_string());
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--data" => config.data_dir = args.next().ok_or("--data needs a folder")?.into(),
                "--addr" => {
                    let addr = args.next().ok_or("--addr needs HOST:PORT")?;
                    config.addr = Some(addr.parse().map_err(|_| format!("--addr: \"{addr}\" is not HOST:PORT"))?);
                }
                "--cache-mb" => cache_mb = args.next().ok_or("--cache-mb needs a number of megabytes")?,
                "--check" => config.check_only = true,
                "-h" | "--help" => return Err(USAGE.to_string()),
                other => return Err(format!("unknown argument \"{other}\"\n{USAGE}")),
            }
        }
        config.cache_bytes = match cache_mb.trim().parse::<u64>() {
            Ok(mb) if (1..=65_536).contains(&mb) => mb * 1024 * 1024,
            _ => return Err(format!("--cache-mb: \"{cache_mb}\" is not a number of megabytes from 1 to 65536")),
        };
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
    fn the_cache_budget_is_in_megabytes_and_must_be_a_number() {
        assert_eq!(Config::from_args(vec![], |_| None).unwrap().cache_bytes, 128 * 1024 * 1024);
        let args = vec!["--cache-mb".to_string(), "16".to_string()];
        assert_eq!(Config::from_args(args, |_| None).unwrap().cache_bytes, 16 * 1024 * 1024);
        let env = |k: &str| (k == "TIMELINE_CACHE_MB").then(|| "lots".to_string());
        assert!(Config::from_args(vec![], env).unwrap_err().contains("lots"));
    }

    #[test]
    fn unknown_arguments_are_refused_with_the_usage() {
        let err = Config::from_args(vec!["--dta".to_string()], |_| None).unwrap_err();
        assert!(err.contains("--dta") && err.contains("usage"));
    }
}
