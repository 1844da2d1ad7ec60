#!/usr/bin/env python3
"""The longest functions under a directory (issue 12): lines from `fn` to its closing brace,
found by indentation (rustfmt puts the closing brace at the `fn` line's indent). Test code
(after `#[cfg(test)]`, `*_tests.rs`, a `tests/` folder) is left out.

    scripts/longest_fn.py [ROOT=src] [TOP=10] [OVER=80]

prints the TOP longest, then how many are over OVER lines."""
import os, re, sys

root = sys.argv[1] if len(sys.argv) > 1 else "src"
top = int(sys.argv[2]) if len(sys.argv) > 2 else 10
over = int(sys.argv[3]) if len(sys.argv) > 3 else 80
FN = re.compile(r"^(\s*)(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")
out = []
for d, dirs, fs in os.walk(root):
    dirs[:] = [x for x in dirs if x != "tests"]
    for f in fs:
        if not f.endswith(".rs") or f.endswith("_tests.rs"):
            continue
        p = os.path.join(d, f)
        lines = open(p, encoding="utf-8").read().split("\n")
        cut = [i for i, l in enumerate(lines[:-1])
               if l.startswith("#[cfg(test)]") and lines[i + 1].startswith("mod ") and lines[i + 1].endswith("{")]
        if cut:
            lines = lines[: cut[0]]
        for i, l in enumerate(lines):
            m = FN.match(l)
            if not m or l.rstrip().endswith(";"):
                continue
            ind = m.group(1)
            for j in range(i + 1, len(lines)):
                if lines[j] == ind + "}":
                    out.append((j - i + 1, f"{p}:{i+1}", m.group(7)))
                    break
for n, where, name in sorted(out, reverse=True)[:top]:
    print(f"{n:5} {name:30} {where}")
long = [o for o in out if o[0] > over]
print(f"{len(long)} functions over {over} lines under {root}")
