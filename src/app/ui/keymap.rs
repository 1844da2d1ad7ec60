//! Keymaps are data: `keymaps/*.toml` map keys to command names per context. The shipped
//! files are compiled in; a flavour (`vim`, `emacs`) and the user's file are layered over
//! `default`, entry by entry. Errors name the file and line.

use std::collections::BTreeMap;
use std::fmt;

use super::commands::{Cmd, bindable};
use super::keys::KeyChord;

pub const DEFAULT: &str = include_str!("../../../keymaps/default.toml");
pub const VIM: &str = include_str!("../../../keymaps/vim.toml");
pub const EMACS: &str = include_str!("../../../keymaps/emacs.toml");

/// Where a key is looked up. Overlays (inputs, dialogs) are tried before the screen, the
/// screen before `global`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Detail,
    Dashboard,
    Help,
    Input,
    Search,
    Filter,
    Command,
    Dialog,
    Form,
    /// The list-columns dialog: choose and order the columns.
    Columns,
}

impl Context {
    pub const ALL: &'static [Context] = &[
        Context::Global,
        Context::List,
        Context::Detail,
        Context::Dashboard,
        Context::Help,
        Context::Input,
        Context::Search,
        Context::Filter,
        Context::Command,
        Context::Dialog,
        Context::Form,
        Context::Columns,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Detail => "detail",
            Context::Dashboard => "dashboard",
            Context::Help => "help",
            Context::Input => "input",
            Context::Search => "search",
            Context::Filter => "filter",
            Context::Command => "command",
            Context::Dialog => "dialog",
            Context::Form => "form",
            Context::Columns => "columns",
        }
    }

    fn parse(s: &str) -> Option<Context> {
        Context::ALL.iter().copied().find(|c| c.name() == s)
    }

    /// Contexts that edit text: unbound printable keys type themselves there.
    pub fn is_text(self) -> bool {
        matches!(
            self,
            Context::Input | Context::Search | Context::Filter | Context::Command
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeymapError {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

impl std::error::Error for KeymapError {}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Keymap {
    /// The flavour or file the map was built from, for the help screen.
    pub name: String,
    /// Per context, bindings in file order (later layers replace in place or append), so
    /// hints show the key the file lists first.
    maps: BTreeMap<Context, Vec<(KeyChord, Cmd)>>,
}

/// One parsed entry with the line it came from (`None` cmd unbinds the key).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub context: Context,
    pub key: KeyChord,
    pub cmd: Option<Cmd>,
    pub line: usize,
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].matches('\n').count() + 1
}

/// Parses a keymap file into entries, checking every context, key and command name, and
/// refusing two spellings of one key in a context (`C-s` and `Ctrl-s`).
pub fn parse(file: &str, text: &str) -> Result<Vec<Entry>, KeymapError> {
    let err = |offset: usize, message: String| KeymapError {
        file: file.to_string(),
        line: line_of(text, offset),
        message,
    };
    let doc = toml::de::DeTable::parse(text)
        .map_err(|e| err(e.span().map_or(0, |s| s.start), e.message().to_string()))?;
    let mut out: Vec<Entry> = Vec::new();
    for (ctx_name, table) in doc.get_ref() {
        let context = Context::parse(ctx_name.get_ref()).ok_or_else(|| {
            let names: Vec<_> = Context::ALL.iter().map(|c| c.name()).collect();
            err(
                ctx_name.span().start,
                format!(
                    "unknown section [{}]; expected one of {}",
                    ctx_name.get_ref(),
                    names.join(", ")
                ),
            )
        })?;
        let toml::de::DeValue::Table(table) = table.get_ref() else {
            return Err(err(
                ctx_name.span().start,
                format!(
                    "[{}] must be a table of key = \"command\"",
                    ctx_name.get_ref()
                ),
            ));
        };
        for (k, v) in table {
            let key = KeyChord::parse(k.get_ref()).map_err(|m| err(k.span().start, m))?;
            let toml::de::DeValue::String(name) = v.get_ref() else {
                return Err(err(v.span().start, "command name must be a string".into()));
            };
            let cmd = if name.is_empty() || name.as_ref() == "none" {
                None
            } else {
                Some(bindable(name).ok_or_else(|| {
                    err(
                        v.span().start,
                        format!("unknown command {:?} for key {:?}", name, k.get_ref()),
                    )
                })?)
            };
            let line = line_of(text, k.span().start);
            if let Some(prev) = out.iter().find(|e| e.context == context && e.key == key) {
                return Err(err(
                    k.span().start,
                    format!(
                        "key {:?} is bound twice in [{}] (first on line {})",
                        k.get_ref(),
                        context.name(),
                        prev.line
                    ),
                ));
            }
            out.push(Entry {
                context,
                key,
                cmd,
                line,
            });
        }
    }
    // The TOML map is sorted by key; keep the file's order, which hints and help follow.
    out.sort_by_key(|e| e.line);
    Ok(out)
}

impl Keymap {
    /// Layers a file's entries over this map.
    pub fn apply(&mut self, entries: Vec<Entry>) {
        for e in entries {
            let map = self.maps.entry(e.context).or_default();
            let at = map.iter().position(|(k, _)| *k == e.key);
            match (e.cmd, at) {
                (Some(c), Some(i)) => map[i].1 = c,
                (Some(c), None) => map.push((e.key, c)),
                (None, Some(i)) => {
                    map.remove(i);
                }
                (None, None) => {}
            }
        }
    }

    /// The shipped map for a flavour name (`default`, `vim`, `emacs`).
    pub fn shipped(name: &str) -> Option<Result<Keymap, KeymapError>> {
        let overlay = match name {
            "default" => None,
            "vim" => Some(("keymaps/vim.toml", VIM)),
            "emacs" => Some(("keymaps/emacs.toml", EMACS)),
            _ => return None,
        };
        Some((|| {
            let mut map = Keymap {
                name: name.to_string(),
                ..Keymap::default()
            };
            map.apply(parse("keymaps/default.toml", DEFAULT)?);
            if let Some((file, text)) = overlay {
                map.apply(parse(file, text)?);
            }
            Ok(map)
        })())
    }

    pub fn default_map() -> Keymap {
        // The shipped default is checked by tests; an error here is a build defect.
        Keymap::shipped("default")
            .and_then(Result::ok)
            .unwrap_or_default()
    }

    pub fn lookup(&self, context: Context, key: &KeyChord) -> Option<Cmd> {
        self.maps
            .get(&context)
            .and_then(|m| m.iter().find(|(k, _)| k == key))
            .map(|(_, c)| *c)
    }

    /// Resolves a key through the given layers (most specific first), then `global`. In
    /// text contexts plain printable keys are never taken by `global`, so typing `q` in a
    /// search types a q.
    pub fn resolve(&self, layers: &[Context], key: &KeyChord) -> Option<Cmd> {
        for c in layers {
            if let Some(cmd) = self.lookup(*c, key) {
                return Some(cmd);
            }
        }
        let typing = layers.iter().any(|c| c.is_text()) && key.text().is_some();
        let dialog = layers.contains(&Context::Dialog);
        if typing || dialog {
            return None;
        }
        self.lookup(Context::Global, key)
    }

    /// Keys bound to a command in a context, in file order.
    pub fn keys_for(&self, context: Context, cmd: Cmd) -> Vec<KeyChord> {
        self.maps
            .get(&context)
            .map(|m| {
                m.iter()
                    .filter(|(_, c)| *c == cmd)
                    .map(|(k, _)| *k)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The key to mention in a message for `cmd` in `context` (else `global`), or the
    /// command's `:name` when no key is bound, so texts follow rebinding.
    pub fn key_label(&self, context: Context, cmd: Cmd) -> String {
        self.keys_for(context, cmd)
            .first()
            .copied()
            .or_else(|| self.keys_for(Context::Global, cmd).first().copied())
            .map(|k| k.to_string())
            .unwrap_or_else(|| format!(":{}", super::commands::spec_of(cmd).name))
    }

    /// Every binding of a context, grouped by command, in registry order.
    pub fn bindings(&self, context: Context) -> Vec<(Cmd, Vec<KeyChord>)> {
        let Some(map) = self.maps.get(&context) else {
            return Vec::new();
        };
        let mut cmds: Vec<Cmd> = Vec::new();
        for (_, c) in map {
            if !cmds.contains(c) {
                cmds.push(*c);
            }
        }
        cmds.into_iter()
            .map(|c| (c, self.keys_for(context, c)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_keymaps_load() {
        for name in ["default", "vim", "emacs"] {
            let map = Keymap::shipped(name).unwrap().unwrap();
            assert_eq!(
                map.lookup(Context::List, &KeyChord::ch('/')),
                Some(Cmd::Search),
                "{name}"
            );
        }
    }

    #[test]
    fn errors_name_file_and_line() {
        let text = "[list]\n\"j\" = \"move_down\"\n\"k\" = \"fly_away\"\n";
        let e = parse("mine.toml", text).unwrap_err();
        assert_eq!((e.file.as_str(), e.line), ("mine.toml", 3));
        assert!(e.message.contains("fly_away"), "{e}");

        let e = parse("mine.toml", "[list]\n\"Hyper-j\" = \"move_down\"\n").unwrap_err();
        assert_eq!(e.line, 2);
        let e = parse("mine.toml", "[lists]\n").unwrap_err();
        assert!(e.message.contains("lists"), "{e}");
    }

    #[test]
    fn two_spellings_of_one_key_are_a_duplicate() {
        let text = "[list]\n\"C-s\" = \"refresh\"\n\"Ctrl-s\" = \"help\"\n";
        let e = parse("x.toml", text).unwrap_err();
        assert_eq!(e.line, 3);
        assert!(e.message.contains("line 2"), "{e}");
    }

    #[test]
    fn text_contexts_keep_printable_keys() {
        let map = Keymap::default_map();
        let q = KeyChord::ch('q');
        assert_eq!(map.resolve(&[Context::List], &q), Some(Cmd::Quit));
        assert_eq!(map.resolve(&[Context::Search, Context::Input], &q), None);
    }
}
