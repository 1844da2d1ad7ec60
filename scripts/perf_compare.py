#!/usr/bin/env python3
"""`jiebang find` as a whole process against `sk --filter` over the same names.

Builds the release binary, generates a store of N cases (`jiebang demo --count N`),
exports the names (one line per case: name, issuer, takers, as the bench's anchor sees
them), then runs `jiebang find Q` and `sk --filter Q` RUNS times each per query under
`/usr/bin/time -v` and prints the medians of wall time and peak RSS with their ratios.
skim is installed with `cargo install skim --locked` when `sk` is missing.

    scripts/perf_compare.py [--cases 10000 100000] [--runs 7] [--queries 包头稀土 ...]
"""

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EXE = os.path.join(ROOT, "target", "release", "jiebang")
# Chinese only: skim matches characters, not pinyin, so these are the queries both answer
# (each matches between a few hundred and fifteen thousand of 100 000 generated cases).
QUERIES = ["稀土永磁", "储能电站", "石墨烯", "鄂尔多斯", "碳捕集"]


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_tools():
    run(["cargo", "build", "--release", "--quiet"], cwd=ROOT)
    if shutil.which("sk") is None:
        run(["cargo", "install", "skim", "--locked"])
    if not os.path.exists("/usr/bin/time"):
        sys.exit("perf_compare: /usr/bin/time is needed (apt-get install time)")


def make_store(tmp, n):
    db = os.path.join(tmp, f"s{n}.redb")
    env = dict(os.environ, JIEBANG_DB=db)
    run([EXE, "--db", db, "demo", "--count", str(n)], stdout=subprocess.DEVNULL, env=env)
    out = run(
        [EXE, "--db", db, "export", "--format", "json"],
        stdout=subprocess.PIPE,
        env=env,
    ).stdout
    names = os.path.join(tmp, f"names{n}.txt")
    with open(names, "w", encoding="utf-8") as f:
        for case in json.loads(out):
            parts = [case["achievement"]["name"], case["issuer"]["name"]]
            for t in case.get("takers", []):
                parts.append(t["org"]["name"])
                parts.extend(m["name"] for m in t.get("consortium", []))
            f.write(" ".join(p.replace("\n", " ") for p in parts) + "\n")
    return db, names


def timed(cmd, stdin_path=None):
    """Wall seconds (timed here: `time -v` counts in hundredths) and peak RSS in MiB
    (from `/usr/bin/time -v`) of one run."""
    with open(stdin_path or os.devnull, "rb") as stdin:
        start = time.perf_counter()
        p = subprocess.run(
            ["/usr/bin/time", "-v"] + cmd,
            stdin=stdin,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        secs = time.perf_counter() - start
    err = p.stderr
    # sk exits 1 when nothing matched, which is an answer too.
    if p.returncode not in (0, 1):
        sys.exit(f"perf_compare: {' '.join(cmd)} failed:\n{err}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", err).group(1))
    return secs, rss / 1024.0


def median_of(cmd, runs, stdin_path=None):
    timed(cmd, stdin_path)  # warm the page cache
    samples = [timed(cmd, stdin_path) for _ in range(runs)]
    return (
        statistics.median(s[0] for s in samples),
        statistics.median(s[1] for s in samples),
    )


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, nargs="+", default=[10000, 100000])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--queries", nargs="+", default=QUERIES)
    args = ap.parse_args()
    ensure_tools()
    print("load:", os.getloadavg())
    head = f"{'cases':>7} {'query':<10} {'find s':>8} {'sk s':>8} {'ratio':>6} "
    head += f"{'find MiB':>9} {'sk MiB':>7} {'ratio':>6}"
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.cases:
            db, names = make_store(tmp, n)
            print(head)
            for q in args.queries:
                ft, fm = median_of([EXE, "--db", db, "find", q], args.runs)
                st, sm = median_of(["sk", "--filter", q], args.runs, names)
                print(
                    f"{n:>7} {q:<10} {ft:>8.3f} {st:>8.3f} {ft / st:>6.2f} "
                    f"{fm:>9.1f} {sm:>7.1f} {fm / sm:>6.2f}"
                )
    print("load:", os.getloadavg())


if __name__ == "__main__":
    main()
