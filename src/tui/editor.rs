//! Ctrl-E: the current text field in `$EDITOR` (else `vi`), on a private temporary file,
//! with the terminal handed over and taken back.

use std::io::{self, Write};
use std::process::Command;

use super::term::{self, Term};

/// The editor command: `$VISUAL`, then `$EDITOR`, then `vi`. May carry arguments
/// (`code --wait`).
pub fn editor_command() -> Vec<String> {
    let spec = ["VISUAL", "EDITOR"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|s| !s.trim().is_empty()))
        .unwrap_or_else(|| "vi".to_string());
    spec.split_whitespace().map(str::to_string).collect()
}

/// Runs the editor on `text` and returns what was saved (Err: why not, for the status line).
pub fn run_editor(text: &str) -> Result<String, String> {
    let mut file = tempfile::Builder::new()
        .prefix("jiebang-")
        .suffix(".txt")
        .tempfile()
        .map_err(|e| e.to_string())?;
    file.write_all(text.as_bytes()).map_err(|e| e.to_string())?;
    file.flush().map_err(|e| e.to_string())?;
    let cmd = editor_command();
    let (prog, args) = cmd.split_first().ok_or_else(|| "no editor".to_string())?;
    let status = Command::new(prog)
        .args(args)
        .arg(file.path())
        .status()
        .map_err(|e| format!("{prog}: {e}"))?;
    if !status.success() {
        return Err(format!("{prog}: {status}"));
    }
    std::fs::read_to_string(file.path()).map_err(|e| e.to_string())
}

/// Leaves the screen, edits, takes the screen back and redraws in full.
pub fn edit(terminal: &mut Term, text: &str) -> io::Result<Result<String, String>> {
    term::leave();
    let out = run_editor(text);
    term::enter()?;
    term::redraw_all(terminal)?;
    Ok(out)
}
