#!/usr/bin/env python3
"""Counts import circles among the files of src/app/ui (issue 12).

A file depends on another when it names it in a `use` line or a `super::x::`/
`crate::app::ui::x::` path. Circles are elementary cycles of that file graph;
strongly connected components are printed too."""
import os, re, sys

ROOT = sys.argv[1] if len(sys.argv) > 1 else "src/app/ui"

def modname(path):
    rel = os.path.relpath(path, ROOT)[:-3]
    parts = rel.split(os.sep)
    if parts[-1] == "mod":
        parts = parts[:-1]
    return "::".join(parts)

files = {}
for d, _, fs in os.walk(ROOT):
    for f in fs:
        if f.endswith(".rs"):
            p = os.path.join(d, f)
            files[modname(p)] = open(p, encoding="utf-8").read()
mods = set(files)

def resolve(cur, path):
    """The module of ours a path names, longest match first."""
    segs = path.split("::")
    base = cur.split("::") if cur else []
    # `super` is relative to the module, and a non-mod file is a child of its dir module
    is_dir = os.path.isdir(os.path.join(ROOT, *base)) if base else True
    here = base if is_dir else base
    out = []
    if segs[0] == "crate":
        if segs[1:4] != ["app", "ui"][:len(segs[1:3])] or segs[1:3] != ["app", "ui"]:
            return None
        rest = segs[3:]
        here = []
    elif segs[0] in ("super", "self"):
        rest = segs
        here = list(base)
        while rest and rest[0] in ("super", "self"):
            if rest[0] == "super":
                here = here[:-1]
            rest = rest[1:]
    else:
        return None
    cand = here + rest
    for n in range(len(cand), len(here) - 1 if here else -1, -1):
        m = "::".join(cand[:n])
        if m in mods and m != cur:
            return m
        if n == 0:
            break
    return None

PATH = re.compile(r"\b((?:crate|super|self)(?:::[A-Za-z_][A-Za-z0-9_]*)+)")
USE_GROUP = re.compile(r"use\s+((?:crate|super|self)(?:::\w+)*)::\{([^;]*)\};", re.S)
edges = {m: set() for m in mods}
for m, src in files.items():
    src_nt = re.split(r"#\[cfg\(test\)\]\s*mod \w+ \{", src)[0]  # inline tests are not the house
    src_nt = re.sub(r"//[^\n]*", "", src_nt)  # nor are comments
    for g in USE_GROUP.finditer(src_nt):
        prefix = g.group(1)
        for item in re.split(r",", g.group(2)):
            item = item.strip().split(" as ")[0].split("::{")[0]
            if item:
                t = resolve(m, prefix + "::" + item.replace("{", "").strip())
                if t:
                    edges[m].add(t)
    for p in PATH.finditer(src_nt):
        t = resolve(m, p.group(1))
        if t:
            edges[m].add(t)

def cycles(graph):
    """Elementary cycles (Johnson-style simple DFS; the graph is small)."""
    nodes = sorted(graph)
    found = []
    for i, s in enumerate(nodes):
        allowed = set(nodes[i:])
        stack = [(s, [s])]
        while stack:
            v, path = stack.pop()
            for w in graph[v]:
                if w == s and len(path) > 1:
                    found.append(path)
                elif w in allowed and w not in path and w > s:
                    stack.append((w, path + [w]))
    return found

cs = cycles(edges)
print(f"files: {len(mods)}  edges: {sum(len(v) for v in edges.values())}  circles: {len(cs)}")
for c in sorted(cs, key=len):
    if len(cs) < 200:
        print("  " + " -> ".join(c + [c[0]]))
