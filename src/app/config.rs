//! Settings and where things live: the store path (`--db`, `$JIEBANG_DB`, XDG data dir),
//! the user's config dir (`$XDG_CONFIG_HOME/jiebang/`), and `config.toml` in it.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::rules::RuleSettings;

/// `config.toml` in the user's config dir. Every key is optional.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Config {
    /// Disable every change in the TUI and the CLI.
    pub read_only: bool,
    /// `zh` or `en`.
    pub lang: Option<String>,
    /// A shipped keymap name (`default`, `vim`, `emacs`) or a path.
    pub keymap: Option<String>,
    /// Draw borders with ASCII characters.
    pub ascii: bool,
    /// The configurable parts of the measures (publicity days, durations, caps).
    pub rules: RuleSettings,
    /// The user names `assign` accepts; empty: any user account of this system.
    pub officers: Vec<String>,
    /// Show the morning digest at the TUI's first start of the day (default: on).
    pub digest_on_start: Option<bool>,
    /// Mouse in the TUI: wheel, click, double click (default: on; off leaves the
    /// terminal's own text selection working).
    pub mouse: Option<bool>,
    /// The TUI list's columns, in order (`C` in the list writes it), e.g.
    /// `["id", "name", "stage", "due"]`.
    pub columns: Option<Vec<String>>,
}

impl Config {
    /// Reads `config.toml` from the config dir; a missing file is the default config.
    pub fn load() -> anyhow::Result<Config> {
        let path = config_dir().join("config.toml");
        match std::fs::read_to_string(&path) {
            Ok(text) => toml::from_str(&text)
                .map_err(|e| anyhow::anyhow!("{}: {}", path.display(), e.to_string().trim())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(anyhow::anyhow!("{}: {e}", path.display())),
        }
    }
}

pub fn config_dir() -> PathBuf {
    xdg("XDG_CONFIG_HOME", ".config").join("jiebang")
}

pub fn data_dir() -> PathBuf {
    xdg("XDG_DATA_HOME", ".local/share").join("jiebang")
}

fn xdg(var: &str, fallback: &str) -> PathBuf {
    match std::env::var_os(var) {
        Some(v) if !v.is_empty() && Path::new(&v).is_absolute() => PathBuf::from(v),
        _ => std::env::var_os("HOME")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("."))
            .join(fallback),
    }
}

/// `--db PATH`, else `$JIEBANG_DB`, else `$XDG_DATA_HOME/jiebang/jiebang.redb`.
pub fn store_path(flag: Option<&Path>) -> PathBuf {
    if let Some(p) = flag {
        return p.to_path_buf();
    }
    match std::env::var_os("JIEBANG_DB") {
        Some(v) if !v.is_empty() => PathBuf::from(v),
        _ => data_dir().join("jiebang.redb"),
    }
}

/// A file in the config dir that overrides a bundled one (holidays, keymap), if present.
pub fn user_file(name: &str) -> Option<PathBuf> {
    let p = config_dir().join(name);
    p.is_file().then_some(p)
}

/// Saves the TUI list's columns (`columns = [...]`) in the user's config.toml, leaving every
/// other line as the officer wrote it. The result must still read as a config, else
/// nothing is written. Returns the file's path.
pub fn save_columns(ids: &[String]) -> anyhow::Result<PathBuf> {
    let dir = config_dir();
    std::fs::create_dir_all(&dir)?;
    let path = dir.join("config.toml");
    let old = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(e) => anyhow::bail!("{}: {e}", path.display()),
    };
    let text = with_columns(&old, ids);
    toml::from_str::<Config>(&text).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    let tmp = dir.join(format!(".config.toml.{}.tmp", std::process::id()));
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, &path).inspect_err(|_| {
        let _ = std::fs::remove_file(&tmp);
    })?;
    Ok(path)
}

/// `old` with its top-level `columns` setting replaced (or added before the first table).
fn with_columns(old: &str, ids: &[String]) -> String {
    let quoted: Vec<String> = ids.iter().map(|i| format!("\"{i}\"")).collect();
    let line = format!("columns = [{}]", quoted.join(", "));
    let mut out: Vec<String> = Vec::new();
    let (mut done, mut in_table, mut skipping) = (false, false, false);
    for l in old.lines() {
        let t = l.trim_start();
        if skipping {
            // The rest of an old setting written over several lines.
            skipping = !t.contains(']');
            continue;
        }
        if !in_table && t.starts_with('[') {
            in_table = true;
            if !done {
                out.push(line.clone());
                done = true;
            }
        }
        let key = t.split('=').next().unwrap_or("").trim();
        if !in_table && key == "columns" && t.contains('=') {
            skipping = !t.contains(']');
            if !done {
                out.push(line.clone());
                done = true;
            }
            continue;
        }
        out.push(l.to_string());
    }
    if !done {
        out.push(line);
    }
    out.join("\n") + "\n"
}

#[cfg(test)]
mod columns_tests {
    use super::*;

    #[test]
    fn columns_replace_their_line_and_keep_the_rest() {
        let ids = vec!["id".to_string(), "name".to_string()];
        let old = "# mine\nlang = \"zh\"\ncolumns = [\n  \"id\",\n]\n[rules]\n";
        let new = with_columns(old, &ids);
        assert_eq!(
            new,
            "# mine\nlang = \"zh\"\ncolumns = [\"id\", \"name\"]\n[rules]\n"
        );
        let cfg: Config = toml::from_str(&new).unwrap();
        assert_eq!(cfg.columns, Some(ids.clone()));
        assert_eq!(with_columns("", &ids), "columns = [\"id\", \"name\"]\n");
        assert!(with_columns("[rules]\n", &ids).starts_with("columns = "));
    }
}
