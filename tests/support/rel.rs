//! Helpers of the reliability suites: running the binary as another user or with limits,
//! raw access to the store's tables for tampering, and the checks every suite repeats
//! (no panic, no escape byte, the audit trail replays to the stored cases).
#![allow(dead_code)]

use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Command, Output};

use redb::TableDefinition;
use serde_json::Value;

use super::common::{Env, TODAY};

/// The tables as `src/store/tables.rs` defines them (redb matches them by name and type).
pub const AUDIT: TableDefinition<u64, &[u8]> = TableDefinition::new("audit");
pub const META: TableDefinition<&str, &str> = TableDefinition::new("meta");
pub const CASES: TableDefinition<&str, &[u8]> = TableDefinition::new("cases");

/// The uid tests drop to when they run as root, so permission checks really apply.
pub const NOBODY: u32 = 65534;

pub fn is_root() -> bool {
    // SAFETY: getuid has no preconditions.
    unsafe { libc::getuid() == 0 }
}

/// A plain `std::process::Command` for the binary, with the same isolation as `Env::cmd`.
pub fn raw_cmd(env: &Env) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_jiebang"));
    c.env("JIEBANG_TODAY", TODAY)
        .env("XDG_CONFIG_HOME", env.dir.path().join("config"))
        .env("XDG_DATA_HOME", env.dir.path().join("data"))
        .env_remove("JIEBANG_DB")
        .arg("--db")
        .arg(&env.db);
    c
}

pub struct Run {
    pub code: i32,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

impl Run {
    pub fn out(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
    pub fn err(&self) -> String {
        String::from_utf8_lossy(&self.stderr).into_owned()
    }
}

pub fn finish(out: Output) -> Run {
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: out.stdout,
        stderr: out.stderr,
    }
}

/// Runs `jiebang --db <env.db> ARGS` as the unprivileged user `NOBODY`.
pub fn run_as_nobody(env: &Env, args: &[&str]) -> Run {
    let mut c = raw_cmd(env);
    c.args(args).uid(NOBODY).gid(NOBODY);
    finish(c.output().expect("spawn jiebang"))
}

/// Runs `jiebang ARGS` with the file size limited to `max_bytes` (a full disk for this
/// process: writes past the limit fail with EFBIG instead of killing it).
pub fn run_with_fsize_limit(env: &Env, args: &[&str], max_bytes: u64) -> Run {
    let mut c = raw_cmd(env);
    c.args(args);
    // SAFETY: only async-signal-safe calls (signal, setrlimit) between fork and exec.
    unsafe {
        c.pre_exec(move || {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let lim = libc::rlimit {
                rlim_cur: max_bytes as libc::rlim_t,
                rlim_max: max_bytes as libc::rlim_t,
            };
            if libc::setrlimit(libc::RLIMIT_FSIZE, &lim) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    finish(c.output().expect("spawn jiebang"))
}

/// A panic never reaches the officer, whatever the input.
pub fn assert_no_panic(what: &str, stderr: &str) {
    assert!(
        !stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"),
        "{what}: panic in stderr:\n{stderr}"
    );
}

/// Bytes a terminal would act on: C0 controls other than \n and \t, DEL, C1 controls,
/// bidi overrides and isolates. Returns the first one found with its offset.
pub fn first_terminal_control(bytes: &[u8]) -> Option<(usize, String)> {
    let text = String::from_utf8_lossy(bytes);
    let mut offset = 0;
    for c in text.chars() {
        let bad = match c {
            '\n' | '\t' => false,
            c if (c as u32) < 0x20 || c as u32 == 0x7f => true,
            '\u{80}'..='\u{9f}' => true,
            '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' => true,
            '\u{2066}'..='\u{2069}' => true,
            _ => false,
        };
        if bad {
            return Some((offset, format!("U+{:04X}", c as u32)));
        }
        offset += c.len_utf8();
    }
    None
}

pub fn assert_inert(what: &str, bytes: &[u8]) {
    if let Some((at, c)) = first_terminal_control(bytes) {
        let s = String::from_utf8_lossy(bytes);
        let around: String = s[at..].chars().take(40).collect();
        panic!("{what}: {c} reaches the terminal at byte {at}: {around:?}");
    }
}

/// The stored cases as JSON values, keyed by id (`export --format json`).
pub fn exported(env: &Env) -> std::collections::BTreeMap<String, Value> {
    let (code, out, err) = env.run(&["export", "--format", "json"]);
    assert_eq!(code, 0, "export: {err}");
    let cases: Vec<Value> = serde_json::from_str(&out).expect("export is JSON");
    cases
        .into_iter()
        .map(|c| (c["id"].as_str().unwrap_or_default().to_string(), c))
        .collect()
}

/// The whole trail as the CLI prints it.
pub fn audit_log(env: &Env) -> Vec<jiebang::store::AuditEvent> {
    let (code, out, err) = env.run(&["audit", "log", "--format", "json"]);
    assert_eq!(code, 0, "audit log: {err}");
    serde_json::from_str(&out).expect("audit log is JSON")
}

/// `audit verify` passes and replaying `audit log` gives exactly the exported cases.
pub fn assert_trail_replays(env: &Env) {
    let (code, out, err) = env.run(&["audit", "verify"]);
    assert_eq!(code, 0, "audit verify: {out}{err}");
    let replayed = jiebang::store::replay(&audit_log(env));
    let stored = exported(env);
    assert_eq!(
        replayed.keys().collect::<Vec<_>>(),
        stored.keys().collect::<Vec<_>>(),
        "the trail names the stored cases"
    );
    for (id, value) in &stored {
        assert_eq!(
            &replayed[id], value,
            "replay of {id} differs from the store"
        );
    }
}

/// Opens the store file with redb itself, the way jiebang does (multi-writer), for tests
/// that play an attacker with write access to the file.
pub fn raw_db(path: &Path) -> redb::Database {
    let mut b = redb::Builder::new();
    b.set_concurrency_mode(redb::ConcurrencyMode::MultiWriter);
    b.open(path).expect("open the store with redb")
}

/// Makes `path` and its parents traversable and the file writable for `NOBODY`.
pub fn share_with_nobody(dir: &Path, files: &[&Path]) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o777)).unwrap();
    for f in files {
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(0o666)).unwrap();
    }
}

/// A small deterministic generator (xorshift), so failures reproduce from the printed seed.
pub struct Rng(pub u64);

impl Rng {
    pub fn from_env(var: &str) -> Rng {
        let seed = std::env::var(var)
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or_else(|| {
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos() as u64)
                    .unwrap_or(1)
            });
        eprintln!("{var}={seed}");
        Rng(seed.max(1))
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

/// The JSON inside a stored case, summary or note row (schema 2: a tag byte and a CRC-32
/// come first; see `store::rows`).
pub fn row_json(raw: &[u8]) -> &[u8] {
    assert_eq!(raw.first(), Some(&0xA2), "a sealed row");
    &raw[5..]
}

/// A row as the store seals it, with a checksum that matches: what a deliberate edit
/// behind the trail would write.
pub fn sealed_row(key: &str, json: &[u8]) -> Vec<u8> {
    let mut h = crc32fast::Hasher::new();
    h.update(key.as_bytes());
    h.update(&[0]);
    h.update(json);
    let mut out = vec![0xA2];
    out.extend_from_slice(&h.finalize().to_le_bytes());
    out.extend_from_slice(json);
    out
}
