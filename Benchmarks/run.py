#!/usr/bin/env python3
"""Runs every Jalon benchmark (foundation.py, history.py, planning.py) with one binary and
prints one table of ratios against their references.

    python3 Benchmarks/run.py                  # release build (static Swift runtime), full sizes
    python3 Benchmarks/run.py --jalon PATH     # use this binary
    python3 Benchmarks/run.py --quick          # small boards, one or two runs: checks that every
                                               # benchmark still runs; judges no time (CI)
    python3 Benchmarks/run.py --json all.json  # also write every script's results

Each script measures Jalon and its reference interleaved in the same run, so machine noise hits
both sides; the table reports the ratio Jalon / reference (plan: tj3 / Jalon, as its target is
stated) next to the issue's target. Standard library only.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def build(scratch: Path) -> Path:
    log("building jalon (release, Swift runtime linked statically)…")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "jalon",
                    "--scratch-path", str(scratch)], cwd=ROOT, check=True)
    return scratch / "release" / "jalon"


def run_script(name: str, args: list[str], out: Path) -> dict:
    cmd = [sys.executable, str(HERE / name), *args, "--json", str(out)]
    log("$ " + " ".join(cmd))
    t0 = time.perf_counter()
    p = subprocess.run(cmd, cwd=ROOT)
    if p.returncode != 0:
        raise SystemExit(f"{name} failed (exit {p.returncode})")
    log(f"{name}: {time.perf_counter() - t0:.0f} s")
    return json.loads(out.read_text(encoding="utf-8"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jalon", type=Path, help="use this jalon binary instead of building one")
    ap.add_argument("--quick", action="store_true", help="small sizes, few runs: checks the scripts run, judges nothing")
    ap.add_argument("--json", type=Path, help="write all results here")
    ap.add_argument("--history-commits", type=int, help="commits for history.py (default 100000, quick 300)")
    ap.add_argument("--runs", type=int, help="timed runs per side in foundation.py (default 30, quick 2)")
    args = ap.parse_args(argv)

    jalon = args.jalon.resolve() if args.jalon else build(ROOT / ".build-release")
    if not os.access(jalon, os.X_OK):
        raise SystemExit(f"not an executable: {jalon}")
    q = args.quick
    foundation = ["--jalon", str(jalon), "--tasks", "40" if q else "1000", "--commits", "200" if q else "10000",
                  "--runs", str(args.runs or (2 if q else 30)), "--warmup", "1" if q else "3", "--rss-runs", "1" if q else "5"]
    history = ["--jalon", str(jalon), "--commits", str(args.history_commits or (300 if q else 100_000)),
               "--tasks", "40" if q else "1000", "--runs", "1" if q else "3", "--surviving-commits", "100" if q else "2000"]
    planning = ["--jalon", str(jalon), "--runs", "1" if q else "5", "--warmup", "0" if q else "1"]
    if q:
        planning += ["--tasks", "40", "--deps", "60", "--milestones", "3"]

    with tempfile.TemporaryDirectory(prefix="jalon-bench-all-") as tmp:
        t = Path(tmp)
        results = {
            "foundation": run_script("foundation.py", foundation, t / "foundation.json"),
            "history": run_script("history.py", history, t / "history.json"),
            "planning": run_script("planning.py", planning, t / "planning.json"),
        }

    rows: list[tuple[str, str, str, str, str]] = []

    def fmt(x: float | None, digits: int = 2) -> str:
        return "—" if x is None else f"{x:.{digits}f}×"

    names = {"task_add": ("jalon task add", "git add && git commit", 1.0),
             "task_move": ("jalon task move", "edit + git add && git commit", 1.0),
             "task_list": ("jalon task list", "task list (Taskwarrior)", 1.0),
             "board": ("jalon board", "task list (Taskwarrior)", 1.0),
             "check": ("jalon check", "git status", 5.0)}
    for key, r in results["foundation"]["results"].items():
        label, ref, target = names.get(key, (r["jalon_command"], r["reference_command"], None))
        rows.append((label, ref, fmt(r.get("time_ratio_median")), fmt(r.get("rss_ratio")),
                     f"≤ {target:g}×, RSS ≤ 2×" if target else ""))
    h = results["history"]
    rows.append((f"report contributions, cold ({h['commits']} commits)", "git log --numstat --no-renames",
                 fmt(h["ratio_cold_git"]), fmt(h.get("rss_ratio_cold_git")), "≤ 1×"))
    rows.append(("report contributions, warm", "the same, cold", fmt(h["ratio_warm_cold"], 3), "", ""))
    if "incremental_s" in h:
        rows.append(("report contributions, one new commit, warm", "(absolute)",
                     f"{h['incremental_s'] * 1000:.0f} ms", "", "≤ 100 ms"))
    if "bilan_warm_s" in h:
        rows.append(("report bilan, warm cache", "(absolute)", f"{h['bilan_warm_s'] * 1000:.0f} ms", "", ""))
    if h.get("ratio_surviving_blame"):
        rows.append((f"report contributions --surviving ({h['surviving_commits']} commits)", "git blame of each file, added up",
                     fmt(h["ratio_surviving_blame"]), "", "≤ 1×"))
    p = results["planning"]
    if "ratio" in p:
        rows.append((f"plan --level ({p.get('tasks', '?')} tasks)", "tj3 (ratio tj3 / jalon)", fmt(p["ratio"], 1), "",
                     "≥ 40× faster"))
        rows.append(("plan --level (absolute)", "", f"{p['median_ms']['jalon plan --level']:.0f} ms", "", "< 100 ms"))

    print()
    print("Jalon benchmarks" + (" (--quick: small boards; the figures judge nothing)" if q else "")
          + f" — {os.cpu_count()} CPUs, binary {jalon}")
    widths = [max(len(r[i]) for r in rows + [("pair", "reference", "time", "RSS", "target")]) for i in range(5)]
    head = ("pair", "reference", "time", "RSS", "target")
    print("  ".join(h.ljust(w) for h, w in zip(head, widths)))
    print("  ".join("-" * w for w in widths))
    for r in rows:
        print("  ".join(c.ljust(w) for c, w in zip(r, widths)))
    print("time and RSS: Jalon / reference (median of interleaved runs), except where stated")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
