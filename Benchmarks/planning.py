#!/usr/bin/env python3
"""Jalon planning benchmark: `jalon plan --level` against TaskJuggler (`tj3`).

One run of this script:

1. builds `jalon` in release mode (unless --jalon PATH or --skip-jalon is given);
2. generates, in a temporary directory,
   - a Git repository holding a Jalon board: 4 members, 1,000 tasks with estimates and one
     assignee each, 2,000 finish-to-start dependencies on earlier tasks (so acyclic, some with
     a lag), 10 milestones reached by the tasks that name them, one commit;
   - the equivalent TaskJuggler project (`project.tjp`): the same resources, tasks
     (`effort` + `allocate`), dependencies (`gaplength` lags), milestones, and a CSV task
     report (id, start, end), as Jalon prints its plan;
   with the status date in the middle of the project (`--status middle`, the default): the
   plan made on the first day (`jalon plan --level`) gives each task's dates; a second commit,
   dated the day before the middle day, marks the tasks planned to end before it done and those
   planned across it in progress (50 %); `JALON_NOW` is the middle day. The TaskJuggler project
   is then the equivalent of the remaining work: it starts on the status date, done tasks and
   the dependencies on them left out, tasks in progress with half their effort;
3. times, interleaved so machine noise hits both alike (median of --runs):
     a. `jalon plan --level` in the board folder (schedule, critical path, load, levelling)
     b. `tj3 project.tjp` (parse, schedule with its resource levelling, write the report)
   and reports both medians and the ratio tj3 / jalon against the targets of issue 11
   (jalon at least 40 times faster, under 100 ms at 1,000 tasks and under 500 ms at 10,000),
   with each side's CPU time (user + system) besides its wall time;
   with `--before OTHER_JALON`, a third side: that binary on the same board, interleaved with
   the others, its plan checked byte for byte against the first binary's, and the ratio of the
   two (to report a change before and after in one run);
4. removes its temporary directory (unless --keep).

Standard library only. Git runs with a hermetic environment (private HOME, no system or
global Git config, fixed author and committer).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import resource
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRATCH = ".build-bench"

MEMBERS = [
    # id, code, name, email
    ("alice", "A", "Alice Martin", "alice@example.org"),
    ("bob", "B", "Bob Durand", "bob@example.org"),
    ("chloe", "C", "Chloé Petit", "chloe@example.org"),
    ("david", "D", "David Moreau", "david@example.org"),
]
PROJECT_START = dt.date(2026, 11, 30)
TARGET_RATIO = 40.0
TARGET_MS = 100.0


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def hermetic_env(home: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update({
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_AUTHOR_NAME": "Alice Martin",
        "GIT_AUTHOR_EMAIL": "alice@example.org",
        "GIT_COMMITTER_NAME": "Alice Martin",
        "GIT_COMMITTER_EMAIL": "alice@example.org",
        "GIT_AUTHOR_DATE": "2026-11-30T08:00:00+01:00",
        "GIT_COMMITTER_DATE": "2026-11-30T08:00:00+01:00",
        "LC_ALL": "C.UTF-8",
        "NO_COLOR": "1",
        "COLUMNS": "120",
    })
    return env


def run(argv, *, cwd=None, env=None, check=True) -> subprocess.CompletedProcess:
    p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and p.returncode != 0:
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(map(str, argv))}\n"
                         f"{p.stderr.decode(errors='replace')[-2000:]}")
    return p


# ---------------------------------------------------------------------------------------------
# Generation


class Project:
    """The generated plan, in a neutral form both writers read."""

    def __init__(self, tasks: int, deps: int, milestones: int, seed: int):
        rng = random.Random(seed)
        per = tasks // len(MEMBERS)
        # Ids: each member creates a quarter of the tasks (T-A1…T-A250, T-B1…), interleaved in
        # creation order so that dependencies cross members.
        self.tasks = []  # dicts: id, member, estimate (days), milestone, depends [(id, lag)]
        for n in range(tasks):
            code_index = n % len(MEMBERS)
            number = n // len(MEMBERS) + 1
            member = MEMBERS[rng.randrange(len(MEMBERS))][0]
            self.tasks.append({
                "id": f"T-{MEMBERS[code_index][1]}{number}",
                "member": member,
                "estimate": rng.choice([1, 1, 2, 2, 3, 4, 5]),
                "milestone": None,
                "depends": [],
            })
        assert per * len(MEMBERS) == tasks
        # Dependencies on one of the 60 tasks created just before (keeps chains realistic and
        # the project a few years long rather than a 1,000-task single chain).
        pairs = set()
        while len(pairs) < deps:
            to = rng.randrange(1, tasks)
            frm = rng.randrange(max(0, to - 60), to)
            pairs.add((frm, to))
        for frm, to in sorted(pairs):
            lag = 2 if rng.random() < 0.05 else 0
            self.tasks[to]["depends"].append((self.tasks[frm]["id"], lag))
        self.milestones = [f"M-A{k + 1}" for k in range(milestones)]
        for n, t in enumerate(self.tasks):
            if rng.random() < 0.2:
                t["milestone"] = self.milestones[n * milestones // tasks]

    @property
    def dependency_count(self) -> int:
        return sum(len(t["depends"]) for t in self.tasks)


def board_files(p: Project) -> dict[str, str]:
    files = {}
    yml = [
        "jalon: 1", "name: Benchmark planning", "lang: en", f"start: {PROJECT_START.isoformat()}",
        "branch: main", "statuses: [todo, doing, review, done]", "workdays: [mon, tue, wed, thu, fri]",
        "members:",
    ]
    for mid, code, name, email in MEMBERS:
        yml += [f"  - id: {mid}", f"    code: {code}", f"    name: {name}", f"    emails: [{email}]"]
    files["jalon.yml"] = "\n".join(yml) + "\n"
    for t in p.tasks:
        lines = ["---", f"id: {t['id']}", f"title: Task {t['id']}", "status: todo", f"assignees: [{t['member']}]"]
        if t["milestone"]:
            lines.append(f"milestone: {t['milestone']}")
        lines.append(f"estimate: {t['estimate']}d")
        if t["depends"]:
            deps = ", ".join(d + (f"+{lag}d" if lag else "") for d, lag in t["depends"])
            lines.append(f"depends: [{deps}]")
        lines.append("---")
        files[f"tasks/{t['id']}.md"] = "\n".join(lines) + "\n"
    for m in p.milestones:
        files[f"milestones/{m}.md"] = f"---\nid: {m}\ntitle: Milestone {m}\n---\n"
    return files


def tj_id(item: str) -> str:
    return item.replace("-", "_")


def tjp_text(p: Project, start: dt.date = PROJECT_START, done: frozenset = frozenset(), doing: frozenset = frozenset()) -> str:
    """The TaskJuggler project of the work left on `start`: done tasks and the dependencies on
    them left out, tasks in progress with half their effort."""
    out = [
        f'project bench "Benchmark planning" {start.isoformat()} +8y {{',
        '  timezone "UTC"',
        "  workinghours mon - fri 0:00 - 8:00",
        "  workinghours sat, sun off",
        "}",
    ]
    for mid, _code, name, _email in MEMBERS:
        out.append(f'resource {mid} "{name}"')
    for t in p.tasks:
        if t["id"] in done:
            continue
        effort = f"effort {t['estimate'] * 4}h" if t["id"] in doing else f"effort {t['estimate']}d"
        attrs = [effort, f"allocate {t['member']}"]
        open_deps = [(d, lag) for d, lag in t["depends"] if d not in done]
        if open_deps:
            deps = ", ".join(tj_id(d) + (f" {{ gaplength {lag}d }}" if lag else "") for d, lag in open_deps)
            attrs.insert(0, f"depends {deps}")
        out.append(f'task {tj_id(t["id"])} "Task {t["id"]}" {{ {" ".join(attrs)} }}')
    for m in p.milestones:
        reached = [tj_id(t["id"]) for t in p.tasks if t["milestone"] == m and t["id"] not in done]
        if not reached and any(t["milestone"] == m for t in p.tasks):
            continue  # reached already: every task of it is done
        dep = f"depends {', '.join(reached)} " if reached else ""
        out.append(f'task {tj_id(m)} "Milestone {m}" {{ {dep}milestone }}')
    out += [
        'taskreport plan "plan" {',
        "  formats csv",
        "  columns id, start, end",
        '  timeformat "%Y-%m-%d"',
        "}",
    ]
    return "\n".join(out) + "\n"


def weekday_on_or_after(d: dt.date) -> dt.date:
    while d.weekday() >= 5:
        d += dt.timedelta(days=1)
    return d


def mark_progress(repo: Path, p: Project, jalon: Path, env: dict) -> tuple[dt.date, frozenset, frozenset]:
    """The status date in the middle of the project: the levelled plan of the first day gives
    each task's dates; one commit, dated the working day before the middle, moves the tasks
    planned to end before the middle to done and those planned across it to doing at 50 %."""
    first = run([str(jalon), "plan", "--level", "--format", "json"], cwd=repo, env=env, check=False)
    plan = json.loads(first.stdout)
    end = dt.date.fromisoformat(plan["end"])
    middle = weekday_on_or_after(PROJECT_START + (end - PROJECT_START) / 2)
    done, doing = set(), set()
    for item in plan["items"]:
        if item["isMilestone"]:
            continue
        s, e = dt.date.fromisoformat(item["start"]), dt.date.fromisoformat(item["end"])
        if e < middle:
            done.add(item["id"])
        elif s < middle:
            doing.add(item["id"])
    for t in p.tasks:
        if t["id"] in done or t["id"] in doing:
            path = repo / "tasks" / f"{t['id']}.md"
            text = path.read_text(encoding="utf-8")
            new = "status: done\nprogress: 100" if t["id"] in done else "status: doing\nprogress: 50"
            path.write_text(text.replace("status: todo", new), encoding="utf-8")
    day_before = middle - dt.timedelta(days=3 if middle.weekday() == 0 else 1)
    stamp = f"{day_before.isoformat()}T17:00:00+01:00"
    run(["git", "commit", "-q", "-am", "Progress up to the middle of the project"], cwd=repo,
        env={**env, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})
    return middle, frozenset(done), frozenset(doing)


def make_board(repo: Path, p: Project, env: dict) -> None:
    repo.mkdir(parents=True)
    run(["git", "init", "-q", "-b", "main"], cwd=repo, env=env)
    for rel, text in board_files(p).items():
        path = repo / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    run(["git", "add", "-A"], cwd=repo, env=env)
    run(["git", "commit", "-q", "-m", "Benchmark board"], cwd=repo, env=env)


# ---------------------------------------------------------------------------------------------
# Measurement


def children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(argv, *, cwd, env) -> tuple[float, subprocess.CompletedProcess]:
    t0 = time.perf_counter()
    p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    return time.perf_counter() - t0, p


def timed_cpu(argv, *, cwd, env) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU (user + system) time of one run: runs are one after the other, so the
    growth of the children's CPU time is this run's."""
    c0 = children_cpu()
    t, p = timed(argv, cwd=cwd, env=env)
    return t, children_cpu() - c0, p


def build_jalon() -> Path:
    log(f"building jalon (release, --scratch-path {SCRATCH})…")
    p = subprocess.run(["swift", "build", "-c", "release", "--scratch-path", SCRATCH, "--product", "jalon"],
                       cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        raise SystemExit("swift build failed:\n" + p.stdout.decode(errors="replace")[-3000:])
    return REPO_ROOT / SCRATCH / "release" / "jalon"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--jalon", type=Path, help="use this jalon binary instead of building one")
    ap.add_argument("--before", type=Path, help="also time this other jalon binary (before a change) on the same board, "
                                                "interleaved, and check that it prints the same plan")
    ap.add_argument("--skip-jalon", action="store_true", help="time only tj3 (to test the generator)")
    ap.add_argument("--tj3", default=shutil.which("tj3") or "/usr/bin/tj3", help="tj3 executable")
    ap.add_argument("--runs", type=int, default=5, help="timed runs per side (median reported)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed runs per side first")
    ap.add_argument("--tasks", type=int, default=1000, help="tasks (a multiple of 4)")
    ap.add_argument("--deps", type=int, default=2000, help="dependencies")
    ap.add_argument("--milestones", type=int, default=10)
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--status", choices=["middle", "start"], default="middle",
                    help="status date: the middle of the project (default) or its first day")
    ap.add_argument("--skip-tj3", action="store_true", help="time only jalon (for boards tj3 takes minutes on)")
    ap.add_argument("--json", type=Path, help="write the results as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args()
    if args.tasks % len(MEMBERS):
        ap.error("--tasks must be a multiple of 4")

    jalon = None
    if not args.skip_jalon:
        jalon = args.jalon.resolve() if args.jalon else build_jalon()
        if not jalon.exists():
            raise SystemExit(f"no jalon binary at {jalon}")
    have_tj3 = Path(args.tj3).exists() and not args.skip_tj3

    tmp = Path(tempfile.mkdtemp(prefix="jalon-plan-bench-"))
    results: dict = {"tasks": args.tasks, "runs": args.runs, "seed": args.seed}
    try:
        home = tmp / "home"
        home.mkdir()
        env = hermetic_env(home)
        log(f"generating {args.tasks} tasks, {args.deps} dependencies in {tmp}…")
        project = Project(args.tasks, args.deps, args.milestones, args.seed)
        results["dependencies"] = project.dependency_count
        repo = tmp / "board"
        make_board(repo, project, env)
        status, done, doing = PROJECT_START, frozenset(), frozenset()
        if args.status == "middle" and jalon:
            status, done, doing = mark_progress(repo, project, jalon, env)
            env["JALON_NOW"] = f"{status.isoformat()}T10:00:00+01:00"
            log(f"status date {status}: {len(done)} tasks done, {len(doing)} in progress")
        results["status_date"] = status.isoformat()
        results["done"], results["in_progress"] = len(done), len(doing)
        tjdir = tmp / "tj3"
        tjdir.mkdir()
        tjp = tjdir / "project.tjp"
        tjp.write_text(tjp_text(project, status, done, doing), encoding="utf-8")

        jalon_cmd = [str(jalon), "plan", "--level"] if jalon else None
        before_cmd = [str(args.before.resolve()), "plan", "--level"] if args.before and jalon else None
        tj3_cmd = [args.tj3, "--silent", "--no-color", "--output-dir", str(tjdir), str(tjp)]

        if jalon_cmd:
            _, p = timed(jalon_cmd, cwd=repo, env=env)
            if p.returncode not in (0, 1):  # 1: the plan has conflicts (still a full run)
                log(f"`jalon plan --level` is not available or failed ({p.returncode}): "
                    f"{p.stderr.decode(errors='replace').strip()[:300]}")
                jalon_cmd = None
                results["jalon_error"] = p.stderr.decode(errors="replace")[:2000]
        if jalon_cmd and before_cmd:
            _, p = timed(jalon_cmd, cwd=repo, env=env)
            _, q = timed(before_cmd, cwd=repo, env=env)
            same = p.stdout == q.stdout and p.returncode == q.returncode
            results["before_same_output"] = same
            log(f"--before prints {'the same plan' if same else 'A DIFFERENT PLAN'} ({len(p.stdout)} bytes)")
        if have_tj3:
            _, p = timed(tj3_cmd, cwd=tjdir, env=env)
            if p.returncode != 0:
                raise SystemExit("tj3 failed on the generated project:\n" + p.stderr.decode(errors="replace")[-2000:])
        else:
            log(f"tj3 not found at {args.tj3}: only jalon is timed")

        sides = []
        if jalon_cmd:
            sides.append(("jalon plan --level", jalon_cmd, repo))
        if before_cmd:
            sides.append(("before: plan --level", before_cmd, repo))
        if have_tj3:
            sides.append(("tj3", tj3_cmd, tjdir))
        times: dict[str, list[float]] = {name: [] for name, _, _ in sides}
        cpus: dict[str, list[float]] = {name: [] for name, _, _ in sides}
        for _ in range(args.warmup):
            for name, cmd, cwd in sides:
                timed(cmd, cwd=cwd, env=env)
        for r in range(args.runs):
            order = sides if r % 2 == 0 else list(reversed(sides))
            for name, cmd, cwd in order:
                t, c, _ = timed_cpu(cmd, cwd=cwd, env=env)
                times[name].append(t)
                cpus[name].append(c)
                log(f"  run {r + 1}/{args.runs} {name}: {t * 1000:.1f} ms (CPU {c * 1000:.1f} ms)")
        results["times_s"] = times
        results["cpu_s"] = cpus
        load = os.getloadavg()
        results["load_average"] = load

        print(f"\nPlanning benchmark: {args.tasks} tasks, {project.dependency_count} dependencies, "
              f"{len(MEMBERS)} members, {args.milestones} milestones, median of {args.runs} runs")
        print(f"  status date {status} ({len(done)} tasks done, {len(doing)} in progress; "
              f"tj3 plans the work left from that day); load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}")
        medians = {name: statistics.median(ts) for name, ts in times.items() if ts}
        cpu_medians = {name: statistics.median(cs) for name, cs in cpus.items() if cs}
        for name, m in medians.items():
            print(f"  {name:<22} {m * 1000:10.1f} ms   (min {min(times[name]) * 1000:.1f}, max {max(times[name]) * 1000:.1f}; "
                  f"CPU median {cpu_medians[name] * 1000:.1f} ms)")
        results["median_ms"] = {k: v * 1000 for k, v in medians.items()}
        results["cpu_median_ms"] = {k: v * 1000 for k, v in cpu_medians.items()}
        if "before: plan --level" in medians and "jalon plan --level" in medians:
            wall = medians["jalon plan --level"] / medians["before: plan --level"]
            cpu = cpu_medians["jalon plan --level"] / cpu_medians["before: plan --level"]
            print(f"  jalon / before: wall {wall:.2f}x, CPU {cpu:.2f}x "
                  f"(same plan printed: {'yes' if results.get('before_same_output') else 'NO'})")
            results["ratio_before"] = {"wall": wall, "cpu": cpu}
        if "jalon plan --level" in medians:
            jm = medians["jalon plan --level"] * 1000
            # Issue 11: under 100 ms at 1,000 tasks, under 500 ms at 10,000.
            target = TARGET_MS if args.tasks <= 1000 else 500.0
            ok = jm < target
            print(f"  jalon under {target:.0f} ms: {'yes' if ok else 'NO'}")
            results["jalon_under_target"] = ok
        if "tj3" in medians and "jalon plan --level" in medians:
            ratio = medians["tj3"] / medians["jalon plan --level"]
            print(f"  tj3 / jalon: {ratio:.1f}x (target ≥ {TARGET_RATIO:.0f}x: {'yes' if ratio >= TARGET_RATIO else 'NO'})")
            results["ratio"] = ratio
        if args.json:
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        return 0
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
