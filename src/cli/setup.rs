//! `jiebang init [--group NAME]` and `jiebang demo [--count N --seed S]`: the commands that
//! start a store.

use crate::i18n::msg;
use clap::Args;

use super::store_place::with_new_store;
use crate::app::{Config, SessionOptions};
use crate::i18n::trf;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Share it with the officers of this group: the folder is made setgid and
    /// group-writable, the store 0660
    #[arg(long, value_name = "NAME")]
    pub group: Option<String>,
}

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Generate N synthetic cases instead of the shipped demo set
    #[arg(long, value_name = "N")]
    pub count: Option<usize>,
    /// Seed for --count (the same seed gives the same cases)
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
}

pub fn init(a: InitArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let lang = opts.lang;
    let mut o = opts.clone();
    if let Some(g) = &a.group {
        let path = crate::app::config::store_path(o.db.as_deref());
        super::shared::prepare_group_dir(lang, &path, g)?;
        o.group_shared = true;
    }
    let path = with_new_store(&o, cfg, |s| Ok(s.path().to_path_buf()))?;
    outln!(
        "{}",
        trf(lang, msg::cli::INIT_DONE, &[("path", &path.display())])
    );
    Ok(())
}

pub fn demo(a: DemoArgs, opts: &SessionOptions, cfg: &Config) -> anyhow::Result<()> {
    let (n, path) = with_new_store(opts, cfg, |s| {
        let n = match a.count {
            Some(n) => s.load_generated(n, a.seed)?,
            None => s.load_demo()?,
        };
        Ok((n, s.path().to_path_buf()))
    })?;
    outln!(
        "{}",
        trf(
            opts.lang,
            msg::cli::DEMO_DONE,
            &[("n", &n), ("path", &path.display())]
        )
    );
    Ok(())
}
