#!/usr/bin/env python3
"""Convert old-style texts (`("area.key", "text")` rows in src/i18n/zh.rs + en.rs, looked up
at run time by `tr(lang, "area.key")`) into compile-checked messages (issue 12 item 5).

A message is one definition holding both languages, in src/i18n/msg/<module>.rs:

    messages! {
        pub(crate) LIST_EMPTY {
            zh: "没有案件",
            en: "No cases",
        }
    }

and is used as `tr(lang, msg::tui::LIST_EMPTY)`. An entry missing a language does not match
the macro (compile error at that entry), an unused message is a dead-code error
(`deny(dead_code)` in msg/mod.rs), and there is no key left to mistype.
Also written each run: src/i18n/vocab.rs (`msg()`, `label()`, `options()` of every `vocab!`
enum of src/domain, so the domain names no message) and src/i18n/families.rs (one
`fn(id) -> Option<Msg>` per family of keys built at run time, e.g. `rules.cat.<id>`).

PROCEDURE (for the lead, after merging every other branch; safe to re-run any number of times)
  0. The script needs the machinery it writes for: src/i18n/mod.rs (`Msg`, `tr`, `trf`) and
     src/i18n/msg/mod.rs (the `messages!` macro and the module list it keeps), both from the
     commit after the script's on branch wt-msgs. Run from the repository root.
  1. Merge. If git reports a modify/delete conflict on src/i18n/zh.rs or en.rs, keep THEIR
     version (`git checkout --theirs src/i18n/zh.rs src/i18n/en.rs && git add ...`): the
     script reads whatever rows are still there and skips the ones already converted.
  2. python3 scripts/msgs_convert.py            (--dry-run to preview)
     It (a) moves every row of zh.rs/en.rs that is not yet in src/i18n/msg/ into its area
     file (creating the file and registering it in msg/mod.rs), then deletes zh.rs/en.rs;
     (b) rewrites every string literal equal to a known key, in src/ and tests/, to its
     constant (`"tui.list.empty"` -> `msg::tui::LIST_EMPTY`; one used in tests/ becomes
     `pub` so the test crate can see it) and adds `use crate::i18n::msg;` (in tests/
     `use jiebang::i18n::msg;`) where needed;
     (c) prints what it could not convert, with file:line: `tr`/`trf` calls whose message is
     not a constant (a key held in a variable, field or built with `format!`), rows present
     in only one language, keys whose constant name is taken by a different text, and rows
     nothing refers to (dropped: an unused message would fail the build).
  3. cargo check --all-targets, and fix what it reports by hand. Typical fixes: a field or
     function that carried a key as `&'static str` now carries a `Msg` (change its type);
     a key built with `format!("rules.cat.{}", id)` becomes `families::rules_cat(id)`
     (an Option: say what an unknown id shows); a test that looked keys up in `Lang::table()`
     is redundant now (the compiler checks it) and goes; a message used only by
     `#[cfg(test)]` code needs `#[cfg(test)]` on its definition. After merging wt-purity:
     delete `label` in src/text/vocab.rs and `key`/`options` in the domain's `vocab!` macro
     (src/i18n/vocab.rs defines them), and `self.key()` becomes `self.msg()`.
  4. cargo fmt --all && cargo clippy --all-targets -- -D warnings && cargo test.

Naming: key `area.rest.of_key` -> module MODULE_OF[area] (default: the area itself), constant
REST_OF_KEY ('.' -> '_', upper case). Areas merged into a shared module (MERGED) keep the
area in the constant name: `stage.collecting` -> `msg::vocab::STAGE_COLLECTING`. When two
keys map to the same name, the one with more dots uses '__' for its dots.
"""

import argparse
import os
import re
import sys

# Area (first key segment) -> module file. Unlisted areas get a module of their own name.
RENAMED = {"w": "words", "f": "fields", "col": "columns", "rform": "review_form"}
MERGED = {
    "vocab": ["kind", "field", "org_type", "achievement_type", "ip_type", "stage",
              "tranche_kind", "taker_status", "verdict"],
    "app": ["assign", "officers", "audit", "facts", "shared", "show", "group"],
    "office": ["xlsx"],
    "io": ["outfile"],
}
MODULE_OF = dict(RENAMED)
for _mod, _areas in MERGED.items():
    for _a in _areas:
        MODULE_OF[_a] = _mod
PREFIXED = {a for areas in MERGED.values() for a in areas}

RUST_KEYWORDS = {"as", "break", "const", "continue", "crate", "else", "enum", "extern", "false",
                 "fn", "for", "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut",
                 "pub", "ref", "return", "self", "static", "struct", "super", "trait", "true",
                 "type", "unsafe", "use", "where", "while", "async", "await", "dyn"}

STR = r'(?:"(?:[^"\\]|\\.)*"|r(?P<h>#*)".*?"(?P=h))'
ROW = re.compile(r'\(\s*"([^"]+)"\s*,\s*(' + STR + r')\s*,?\s*\)\s*,?', re.S)
ENTRY = re.compile(r'(?P<vis>pub(?:\(crate\))?\s+)?(?P<name>[A-Z][A-Z0-9_]*)\s*\{\s*'
                   r'(?P<body>(?:[a-z]+\s*:\s*' + STR.replace('(?P<h>', '(?:').replace(
                       '(?P=h)', '') + r'\s*,?\s*)*)\}', re.S)
LANG_TEXT = re.compile(r'([a-z]+)\s*:\s*("(?:[^"\\]|\\.)*"|r#*".*?"#*)', re.S)
KEYLIT = re.compile(r'"([a-z0-9_]+(?:\.[a-z0-9_]+)+)"')
AREAS_BEGIN = "// -- areas (kept by scripts/msgs_convert.py) --"
AREAS_END = "// -- end of areas --"
ALL_BEGIN = "// -- every area's list (kept by scripts/msgs_convert.py) --"
ALL_END = "// -- end of lists --"


def parse_table(path):
    """Ordered {key: literal source} of an old table, or {} when the file is gone."""
    if not os.path.exists(path):
        return {}
    text = open(path, encoding="utf-8").read()
    start = text.find("= &[")
    body = text[start + 4: text.rfind("];")] if start >= 0 else text
    return {m.group(1): m.group(2) for m in ROW.finditer(body)}


def name_parts(key):
    area, _, rest = key.partition(".")
    module = MODULE_OF.get(area, area)
    if module in RUST_KEYWORDS:
        module += "_"
    stem = f"{area}.{rest}" if area in PREFIXED else rest
    return module, stem


def const_names(keys):
    """{key: (module, CONST)}; collisions resolved by '__' for the dottier key."""
    simple = {}
    for k in keys:
        module, stem = name_parts(k)
        simple.setdefault((module, re.sub(r"[^A-Za-z0-9]", "_", stem).upper()), []).append(k)
    out = {}
    for (module, name), ks in simple.items():
        ks.sort(key=lambda k: k.count("."))
        out[ks[0]] = (module, name)
        for k in ks[1:]:
            stem = name_parts(k)[1]
            out[k] = (module, re.sub(r"[^A-Za-z0-9_]", "__", stem).upper())
    for k, (module, name) in out.items():
        if name[0].isdigit():
            out[k] = (module, "N" + name)
    return out


def parse_defined(msg_dir):
    """{(module, CONST): {'vis': str, 'zh': lit, 'en': lit}} of the messages already defined."""
    out = {}
    if not os.path.isdir(msg_dir):
        return out
    for f in sorted(os.listdir(msg_dir)):
        if not f.endswith(".rs") or f == "mod.rs":
            continue
        text = open(os.path.join(msg_dir, f), encoding="utf-8").read()
        for m in ENTRY.finditer(text):
            langs = dict(LANG_TEXT.findall(m.group("body")))
            out[(f[:-3], m.group("name"))] = {"vis": (m.group("vis") or "").strip(), **langs}
    return out


def entry_source(name, vis, zh, en):
    lines = [f"    {vis} {name} {{"]
    if zh is not None:
        lines.append(f"        zh: {zh},")
    if en is not None:
        lines.append(f"        en: {en},")
    lines.append("    }")
    return "\n".join(lines) + "\n"


def write_module(msg_dir, module, entries, dry):
    """Append entries (list of source blocks) to msg/<module>.rs, creating it if needed."""
    path = os.path.join(msg_dir, module + ".rs")
    if os.path.exists(path):
        text = open(path, encoding="utf-8").read()
        cut = text.rstrip().rfind("}")
        text = text[:cut] + "".join(entries) + text[cut:]
    else:
        areas = sorted(a for a, m in MODULE_OF.items() if m == module) or [module]
        head = ", ".join(f"`{a}.*`" for a in areas)
        text = (f"//! Messages of the `{module}` area (once the keys {head}).\n\n"
                "messages! {\n" + "".join(entries) + "}\n")
    if not dry:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)


def register_modules(msg_dir, dry):
    """Keep the `mod` lines and the test list of msg/mod.rs in step with the files."""
    path = os.path.join(msg_dir, "mod.rs")
    text = open(path, encoding="utf-8").read()
    mods = sorted(f[:-3] for f in os.listdir(msg_dir) if f.endswith(".rs") and f != "mod.rs")
    decl = "\n".join(f"pub mod {m};" for m in mods)
    lists = "\n".join(f"    {m}::ALL," for m in mods)
    text = re.sub(re.escape(AREAS_BEGIN) + r".*?" + re.escape(AREAS_END),
                  f"{AREAS_BEGIN}\n{decl}\n{AREAS_END}", text, flags=re.S)
    text = re.sub(r"( *)" + re.escape(ALL_BEGIN) + r".*?" + re.escape(ALL_END),
                  lambda m: f"{m.group(1)}{ALL_BEGIN}\n{lists}\n{m.group(1)}{ALL_END}",
                  text, flags=re.S)
    if not dry:
        with open(path, "w", encoding="utf-8") as fh:
            fh.write(text)


def rust_files(*dirs):
    for d in dirs:
        for root, _, files in os.walk(d):
            if os.path.normpath(root).startswith(os.path.normpath("src/i18n")):
                continue
            for f in sorted(files):
                if f.endswith(".rs"):
                    yield os.path.join(root, f)


def add_import(text, line):
    if re.search(r"^\s*" + re.escape(line), text, re.M):
        return text
    lines = text.split("\n")
    at = next((i for i, l in enumerate(lines) if l.startswith("use ")), None)
    if at is None:
        at = 0
        while at < len(lines) and (lines[at].startswith("//!") or lines[at].startswith("#!")):
            at += 1
        lines.insert(at, "")
        at += 1
    lines.insert(at, line)
    return "\n".join(lines)


TABLE = re.compile(r"((?:const|static) [A-Z_0-9]+: &(?:'static )?\[)&(?:'static )?str(\] = &\[)"
                   r"([^\]]*)(\];)", re.S)
MSG_PATH = re.compile(r"(?:crate::i18n::|jiebang::i18n::)?msg::\w+::\w+")


def retype_tables(text):
    """`const X: &[&str] = &[msg::a::B, ...]` (a list of former keys) becomes `&[Msg]`."""
    def fix(m):
        items = [i.strip() for i in m.group(3).split(",") if i.strip()]
        if items and all(MSG_PATH.fullmatch(i) for i in items):
            return m.group(1) + "Msg" + m.group(2) + m.group(3) + m.group(4)
        return m.group(0)
    return TABLE.sub(fix, text)


def rewrite_sites(names, defined, dry):
    """Replace literal keys by constants; returns the set of (module, CONST) used by tests/."""
    from_tests = set()
    changed = 0
    for path in rust_files("src", "tests"):
        text = open(path, encoding="utf-8").read()
        in_tests = path.startswith("tests")
        hits = 0

        def repl(m):
            nonlocal hits
            key = m.group(1)
            module, name = names.get(key) or const_names([key])[key]
            if (module, name) not in defined:
                return m.group(0)
            hits += 1
            if in_tests:
                from_tests.add((module, name))
            return f"msg::{module}::{name}"

        out = []
        for line in text.split("\n"):
            # Keys quoted in comments stay as they are.
            out.append(KEYLIT.sub(lambda m: repl(m) if "//" not in line[:m.start()]
                                  else m.group(0), line))
        new = retype_tables("\n".join(out))
        if hits:
            new = add_import(new, "use jiebang::i18n::msg;" if in_tests else "use crate::i18n::msg;")
        if re.search(r"\bMsg\b", new) and not re.search(r"^use .*\bMsg\b", new, re.M):
            new = add_import(new, "use crate::i18n::Msg;" if not in_tests
                             else "use jiebang::i18n::Msg;")
        if new != text:
            changed += 1
            if not dry:
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(new)
    print(f"rewrote literal keys in {changed} files")
    return from_tests


def make_public(msg_dir, wanted, dry):
    """Messages compared against by tests/ must be `pub` (a test crate sees nothing else)."""
    for module in sorted({m for m, _ in wanted}):
        path = os.path.join(msg_dir, module + ".rs")
        text = open(path, encoding="utf-8").read()
        for _, name in sorted(n for n in wanted if n[0] == module):
            text = re.sub(r"pub\(crate\)(\s+" + name + r"\s*\{)", r"pub\1", text)
        if not dry:
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(text)


VOCAB = re.compile(r'vocab!\(\s*(?:///[^\n]*\s*|#\[[^\]]*\]\s*)*(\w+),\s*"([a-z_.]+)"\s*\{([^}]*)\}')
VOCAB_FILE = "src/i18n/vocab.rs"


def write_vocab(names, defined, dry):
    """Each `vocab!(Name, "group" { Variant = "id", ... })` of src/domain gets its messages
    at the edge, in src/i18n/vocab.rs (rewritten each run): `msg()`, `label()` and
    `options()` (what a picker offers), so the domain names no message."""
    impls = []
    for path in sorted(rust_files("src/domain")):
        text = open(path, encoding="utf-8").read()
        module = "crate::" + path[len("src/"):-len(".rs")].replace("/", "::")
        module = re.sub(r"::mod$", "", module)
        for m in VOCAB.finditer(text):
            name, group, body = m.groups()
            arms = []
            for variant, vid in re.findall(r'(\w+)\s*=\s*"([^"]+)"', body):
                key = f"{group}.{vid}"
                mod_, const = names.get(key) or const_names([key])[key]
                arms.append(f"            Self::{variant} => msg::{mod_}::{const},")
            impls.append(VOCAB_IMPL.format(path=module, name=name, arms="\n".join(arms)))
    if not impls:
        return
    text = VOCAB_HEAD + "".join(impls)
    if not dry:
        with open(VOCAB_FILE, "w", encoding="utf-8") as fh:
            fh.write(text)


VOCAB_HEAD = """//! The messages of the closed vocabularies the domain declares with `vocab!`: the domain
//! knows ids only, the words are made here. Written by scripts/msgs_convert.py from the
//! `vocab!` blocks of src/domain; edit those, not this file.

use super::{Lang, Msg, msg, tr};
"""

VOCAB_IMPL = """
impl {path}::{name} {{
    pub fn msg(self) -> Msg {{
        match self {{
{arms}
        }}
    }}

    pub fn label(self, lang: Lang) -> &'static str {{
        tr(lang, self.msg())
    }}

    /// `(id, label)` of every value, in order: what a form's picker offers.
    pub fn options() -> Vec<(&'static str, Msg)> {{
        Self::ALL.iter().map(|v| (v.id(), v.msg())).collect()
    }}
}}
"""


FAMILY_FILE = "src/i18n/families.rs"
FAMILY_SITE = re.compile(r'format!\(\s*"([a-z_]+(?:\.[a-z_]+)*)\.\{')


def family_prefixes():
    """Prefixes of keys built at run time: from `format!` sites, and from an earlier run."""
    prefixes = set()
    for path in rust_files("src"):
        prefixes |= set(FAMILY_SITE.findall(open(path, encoding="utf-8").read()))
    if os.path.exists(FAMILY_FILE):
        prefixes |= set(re.findall(r"once keyed `([a-z_.]+)\.<id>`",
                                   open(FAMILY_FILE, encoding="utf-8").read()))
    return prefixes


def used_keys(keys):
    """The keys something refers to: a literal in src/ or tests/, a `vocab!` value, or a
    member of a family. The rest are dead rows: dropped (an unused message fails the build)."""
    literal = set()
    for path in rust_files("src", "tests"):
        literal |= set(KEYLIT.findall(open(path, encoding="utf-8").read()))
    for path in rust_files("src/domain"):
        for m in VOCAB.finditer(open(path, encoding="utf-8").read()):
            literal |= {f"{m.group(2)}.{v}" for v in re.findall(r'=\s*"([^"]+)"', m.group(3))}
    prefixes = tuple(p + "." for p in family_prefixes())
    return {k for k in keys if k in literal or k.startswith(prefixes)}


def write_families(defined, dry):
    """A key built at run time (`format!("rules.cat.{}", r.id)`) picks one of a family of
    messages by a data id. Each family found in src/ gets `families::rules_cat(id) ->
    Option<Msg>` (rewritten each run), so the caller must say what to show for an unknown
    id; the call site itself is left for hand fixing."""
    prefixes = family_prefixes()
    funcs = []
    for prefix in sorted(prefixes):
        module, head, members = family_members(prefix, defined)
        if len(members) < 2:
            continue
        arms = "\n".join(f'        "{n[len(head):].lower()}" => msg::{module}::{n},'
                         for n in members)
        fname = prefix.replace(".", "_")
        funcs.append(f"""
/// The message once keyed `{prefix}.<id>`, if `id` has one.
pub fn {fname}(id: &str) -> Option<Msg> {{
    Some(match id {{
{arms}
        _ => return None,
    }})
}}
""")
    if funcs and not dry:
        with open(FAMILY_FILE, "w", encoding="utf-8") as fh:
            fh.write("//! Messages picked by an id known only at run time (a rule's id, a table's "
                     "name).\n//! Written by scripts/msgs_convert.py; do not edit.\n\n"
                     "use super::{Msg, msg};\n" + "".join(funcs))


CALL = re.compile(r"(?<![A-Za-z0-9_])(trf?)\(")


def family_members(prefix, defined):
    module, stem = name_parts(prefix + ".x")
    head = re.sub(r"[^A-Za-z0-9]", "_", stem[:-1]).upper()
    return module, head, sorted(n for (m, n) in defined if m == module and n.startswith(head))


def leftovers(defined):
    """tr/trf calls whose message is not a constant, and keys built with format!."""
    report = []
    for path in rust_files("src", "tests"):
        text = open(path, encoding="utf-8").read()
        for m in CALL.finditer(text):
            i, depth = m.end(), 0
            while i < len(text) and not (depth == 0 and text[i] in ",)"):
                depth += text[i] in "([{"
                depth -= text[i] in ")]}"
                i += 1
            if i >= len(text) or text[i] != ",":
                continue
            arg = text[i + 1:].lstrip()
            if re.match(r"(crate::i18n::|jiebang::i18n::)?msg::", arg):
                continue
            line = text.count("\n", 0, m.start()) + 1
            # `let key = if c { msg::a::B } else { msg::a::C };` a few lines up is fine.
            ident = re.match(r"\*?(\w+)\s*[,)]", arg)
            above = "\n".join(text.split("\n")[max(0, line - 14):line - 1])
            if "msg::" in arg.split("\n")[0] or (ident and "msg::" in above
                                                  and re.search(rf"\b{ident.group(1)}\b", above)):
                continue
            report.append(f"{path}:{line}: {m.group(1)}(_, {arg.split(chr(10))[0][:60]}")
        for m in FAMILY_SITE.finditer(text):
            if len(family_members(m.group(1), defined)[2]) >= 2:
                line = text.count("\n", 0, m.start()) + 1
                fam = m.group(1).replace(".", "_")
                report.append(f"{path}:{line}: key built at run time: {m.group(0)} "
                              f"(use i18n::families::{fam})")
        for m in re.finditer(r"\.table\(\)", text):
            line = text.count("\n", 0, m.start()) + 1
            report.append(f"{path}:{line}: uses the old table: Lang::table()")
    return report


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    dry = ap.parse_args().dry_run
    if not os.path.isdir("src/i18n"):
        sys.exit("run me from the repository root")
    msg_dir = "src/i18n/msg"
    zh = parse_table("src/i18n/zh.rs")
    en = parse_table("src/i18n/en.rs")
    defined = parse_defined(msg_dir)
    names = const_names(list(dict.fromkeys([*zh, *en])))
    problems = []
    used = used_keys(names)

    new = {}
    for key, (module, name) in names.items():
        z, e = zh.get(key), en.get(key)
        if key not in used and (module, name) not in defined:
            problems.append(f"{key}: used nowhere, dropped")
            continue
        if (module, name) in defined:
            old = defined[(module, name)]
            if (z is not None and old.get("zh") != z) or (e is not None and old.get("en") != e):
                problems.append(f"{key}: msg::{module}::{name} exists with another text; "
                                "rename the key in zh.rs/en.rs and re-run")
            continue
        if z is None or e is None:
            problems.append(f"{key}: only in {'zh' if e is None else 'en'}.rs; written with one "
                            f"language, so msg::{module}::{name} fails to compile until completed")
        new.setdefault(module, []).append(entry_source(name, "pub(crate)", z, e))
        defined[(module, name)] = {"vis": "pub(crate)", "zh": z, "en": e}

    for module, entries in sorted(new.items()):
        write_module(msg_dir, module, entries, dry)
    print(f"moved {sum(map(len, new.values()))} messages into {len(new)} area files")
    if not dry:
        register_modules(msg_dir, dry)
        for f in ("src/i18n/zh.rs", "src/i18n/en.rs"):
            if os.path.exists(f):
                os.remove(f)
        mod_rs = "src/i18n/mod.rs"
        text = open(mod_rs, encoding="utf-8").read()
        text = re.sub(r"^mod (zh|en);\n", "", text, flags=re.M)
        with open(mod_rs, "w", encoding="utf-8") as fh:
            fh.write(text)

    write_vocab(names, defined, dry)
    write_families(defined, dry)
    from_tests = rewrite_sites(names, defined, dry)
    if not dry:
        make_public(msg_dir, from_tests, dry)

    left = leftovers(defined) if os.path.isdir(msg_dir) else []
    for p in problems:
        print("TABLE  " + p)
    for p in left:
        print("HAND   " + p)
    print(f"{len(problems)} table problems, {len(left)} sites to fix by hand "
          "(then: cargo check --all-targets)")


if __name__ == "__main__":
    main()
