#!/usr/bin/env python3
"""Jalon foundation benchmark.

One run of this script:

1. builds `jalon` in release mode (unless --jalon PATH or --skip-jalon is given);
2. generates, in a temporary directory, a Git repository holding a Jalon board with
   1,000 tasks and 10,000 commits, written in one pass with `git fast-import`;
3. times, interleaving the two sides of each pair so machine noise hits both alike:
     a. `jalon task add`            vs  plain `git add` + `git commit` of the same file
     b. `jalon task list`           vs  Taskwarrior `task list` on 1,000 pending tasks
     c. `jalon check`               vs  `git status` on the same work tree
   and reports median / p90 wall time, median CPU time (user + system), peak RSS and the
   jalon/reference ratios; with `--before OTHER_JALON`, that binary is a third side of every
   pair (its own copies of the repositories it writes to), interleaved with the other two, and
   the jalon/before ratios are printed too (a change measured before and after in one run);
4. removes its temporary directory (unless --keep).

Standard library only. Every subprocess runs with a hermetic Git environment (private
HOME, no system or global Git config, fixed author and committer).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
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
STATUSES = ["todo", "doing", "review", "done"]
LABELS = ["bench", "backend", "frontend", "docs", "ops", "design"]
PROJECT_START = dt.date(2026, 11, 30)
PROJECT_END = dt.date(2027, 6, 30)
# First commit: Monday 30 November 2026, 08:00 +01:00.
HISTORY_START = int(dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))).timestamp())

BOARD_YML = """jalon: 1
name: Benchmark
lang: en
start: 2026-11-30
end: 2027-06-30
branch: main
statuses: [todo, doing, review, done]
workdays: [mon, tue, wed, thu, fri]
members:
  - id: alice
    code: A
    name: Alice Martin
    emails: [alice@example.org]
  - id: bob
    code: B
    name: Bob Durand
    emails: [bob@example.org]
  - id: chloe
    code: C
    name: Chloé Petit
    emails: [chloe@example.org]
  - id: david
    code: D
    name: David Moreau
    emails: [david@example.org]
"""


# --------------------------------------------------------------------------------------
# Environment and process helpers
# --------------------------------------------------------------------------------------

def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def hermetic_env(home: Path, member=MEMBERS[0], extra: dict | None = None) -> dict:
    """A minimal environment: private HOME, no system/global Git config, fixed identity."""
    _, _, name, email = member
    env = {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "Europe/Paris",
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_AUTHOR_NAME": name,
        "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name,
        "GIT_COMMITTER_EMAIL": email,
        "GIT_TERMINAL_PROMPT": "0",
    }
    if extra:
        env.update(extra)
    return env


def run(argv, *, cwd=None, env=None, input: bytes | None = None, check=True, capture=True) -> subprocess.CompletedProcess:
    p = subprocess.run(argv, cwd=cwd, env=env, input=input,
                       stdout=subprocess.PIPE if capture else None,
                       stderr=subprocess.PIPE if capture else None)
    if check and p.returncode != 0:
        err = (p.stderr or b"").decode(errors="replace")
        out = (p.stdout or b"").decode(errors="replace")
        raise SystemExit(f"command failed ({p.returncode}): {' '.join(map(str, argv))}\n{out}{err}")
    return p


@dataclass
class Sample:
    wall_ms: float
    maxrss_kb: int | None
    cpu_ms: float | None = None


GNU_TIME = "/usr/bin/time"


def timed(argv, *, cwd, env, before=None, rss=False) -> Sample:
    """Runs argv once and returns its wall time, or (rss=True) its peak RSS.

    Wall time: perf_counter around spawn + os.wait4 of the child. `before` (optional) runs
    inside the timed window, e.g. to write the file that a plain-git commit then adds.

    Peak RSS: os.wait4's ru_maxrss is useless here, because Linux carries the parent's
    high-water mark into a forked (or vforked) child across exec: every child of this
    Python process would report at least Python's own ~30 MB. So RSS runs go through GNU
    time (`/usr/bin/time -f %M`), a small process whose child starts from a tiny address
    space; it reports the child's ru_maxrss, which on Linux is the maximum over the child
    and every descendant it waited for (so `sh -c 'a && b'` reports the larger of a and b).
    RSS runs are separate from timed runs so GNU time's own exec never pollutes timings.
    """
    err = tempfile.TemporaryFile()
    rss_file = None
    if rss:
        fd, rss_file = tempfile.mkstemp(prefix="rss-")
        os.close(fd)
        argv = [GNU_TIME, "-f", "%M", "-o", rss_file, *argv]
    t0 = time.perf_counter_ns()
    if before is not None:
        before()
    p = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                         stdout=subprocess.DEVNULL, stderr=err)
    _, status, ru = os.wait4(p.pid, 0)
    t1 = time.perf_counter_ns()
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        err.seek(0)
        raise SystemExit(f"timed command failed ({p.returncode}): {' '.join(map(str, argv))}\n"
                         + err.read().decode(errors="replace"))
    err.close()
    maxrss = None
    if rss_file:
        with open(rss_file) as f:
            maxrss = int(f.read().split()[-1])
        os.unlink(rss_file)
    # CPU of the child and of every descendant it waited for (`sh -c 'git add && git commit'`).
    return Sample((t1 - t0) / 1e6, maxrss, None if rss else (ru.ru_utime + ru.ru_stime) * 1000)


# --------------------------------------------------------------------------------------
# Board generation
# --------------------------------------------------------------------------------------

def yaml_list(values) -> str:
    return "[" + ", ".join(values) + "]"


@dataclass
class Task:
    index: int            # creation order, 0-based
    member: int           # index into MEMBERS (the creator; its code is in the id)
    number: int           # per-member counter
    title: str
    assignees: list
    start: dt.date | None
    due: dt.date | None
    estimate: str | None
    depends: list
    labels: list
    body: str
    status: str = "todo"
    progress: int | None = None
    frozen: bool = False  # a backlog task that the history never touches

    @property
    def id(self) -> str:
        return f"T-{MEMBERS[self.member][1]}{self.number}"

    @property
    def path(self) -> str:
        return f"tasks/{self.id}.md"

    def encode(self) -> str:
        """Jalon's canonical task file (TaskCodec.encode): fixed key order, empty keys omitted."""
        out = ["---", f"id: {self.id}", f"title: {self.title}", f"status: {self.status}"]
        if self.assignees:
            out.append(f"assignees: {yaml_list(self.assignees)}")
        if self.start:
            out.append(f"start: {self.start.isoformat()}")
        if self.due:
            out.append(f"due: {self.due.isoformat()}")
        if self.estimate:
            out.append(f"estimate: {self.estimate}")
        if self.depends:
            out.append(f"depends: {yaml_list(self.depends)}")
        if self.progress is not None:
            out.append(f"progress: {self.progress}")
        if self.labels:
            out.append(f"labels: {yaml_list(self.labels)}")
        out.append("---")
        return "\n".join(out) + "\n" + self.body


def bench_task_file(task_id: str, title: str) -> str:
    """The file `jalon task add TITLE` writes with no other option."""
    return f"---\nid: {task_id}\ntitle: {title}\nstatus: todo\n---\n"


def jalon_message(subject: str, action: str, items: list | None = None) -> str:
    out = subject + "\n\nJalon-Action: " + action + "\n"
    if items:
        out += "Jalon-Items: " + ", ".join(items) + "\n"
    return out


def make_tasks(n_tasks: int, rng: random.Random) -> list:
    span = (PROJECT_END - PROJECT_START).days
    counters = [0] * len(MEMBERS)
    tasks = []
    for i in range(n_tasks):
        m = i % len(MEMBERS)
        counters[m] += 1
        assignees = [MEMBERS[m][0]]
        if rng.random() < 0.2:
            other = rng.choice([x for x in range(len(MEMBERS)) if x != m])
            assignees.append(MEMBERS[other][0])
        due = start = None
        if rng.random() < 0.85:
            due = PROJECT_START + dt.timedelta(days=rng.randint(7, span))
            if rng.random() < 0.4:
                start = due - dt.timedelta(days=rng.randint(0, 20))
                start = max(start, PROJECT_START)
        estimate = None
        if rng.random() < 0.7:
            estimate = rng.choice(["1d", "2d", "3d", "5d", "0.5d", "4h", "6h"])
        depends = []
        if i > 0 and rng.random() < 0.3:
            # Only earlier tasks: the dependency graph stays acyclic.
            k = min(i, rng.choice([1, 1, 2, 3]))
            depends = sorted({tasks[j].id for j in rng.sample(range(max(0, i - 200), i), k)})
        labels = []
        if rng.random() < 0.6:
            labels = ["bench"] + sorted(rng.sample(LABELS[1:], rng.randint(0, 2)))
        body = ""
        if rng.random() < 0.5:
            body = f"Optional Markdown body line for **task {i + 1}**.\n"
        tasks.append(Task(i, m, counters[m], f"Task number {i + 1} of the benchmark", assignees,
                          start, due, estimate, depends, labels, body,
                          frozen=rng.random() < 0.12))
    return tasks


class FastImport:
    """Builds a git fast-import stream in memory."""

    def __init__(self) -> None:
        self.chunks: list[bytes] = [b"feature done\n"]
        self.count = 0

    def commit(self, member: int, when: int, message: str, files: dict) -> None:
        _, _, name, email = MEMBERS[member]
        ident = f"{name} <{email}> {when} +0100".encode()
        msg = message.encode()
        parts = [b"commit refs/heads/main\n",
                 b"author " + ident + b"\n",
                 b"committer " + ident + b"\n",
                 b"data %d\n" % len(msg), msg, b"\n"]
        for path, text in files.items():
            data = text.encode()
            parts += [b"M 100644 inline " + path.encode() + b"\n", b"data %d\n" % len(data), data, b"\n"]
        self.chunks.append(b"".join(parts))
        self.count += 1

    def finish(self) -> bytes:
        self.chunks.append(b"done\n")
        return b"".join(self.chunks)


def advance(task: Task, rng: random.Random):
    """One step of a task's life. Returns (subject-kind, action) and mutates the task."""
    if task.status == "todo":
        task.status, task.progress = "doing", rng.choice([0, 5, 10])
        return "move", "task-move", "todo"
    if task.status == "doing":
        if task.progress is not None and task.progress >= 80 and rng.random() < 0.5:
            task.status = "review"
            return "move", "task-move", "doing"
        task.progress = min(95, (task.progress or 0) + rng.randint(3, 10))
        return "progress", "task-edit", None
    if task.status == "review":
        r = rng.random()
        if r < 0.15:
            task.status = "doing"
            return "move", "task-move", "review"
        if r < 0.6 and (task.progress or 0) < 99:
            task.progress = min(99, (task.progress or 0) + rng.randint(1, 4))
            return "progress", "task-edit", None
        task.status, task.progress = "done", 100
        return "done", "task-done", "review"
    raise AssertionError("done tasks are not edited")


def generate(repo: Path, env: dict, n_tasks: int, n_commits: int, seed: int) -> dict:
    """Writes the benchmark board's whole history with git fast-import."""
    if n_commits < n_tasks + 1:
        raise SystemExit(f"--commits must be at least --tasks + 1 ({n_tasks + 1})")
    rng = random.Random(seed)
    timings = {}
    t0 = time.perf_counter()
    tasks = make_tasks(n_tasks, rng)
    stream = FastImport()
    when = HISTORY_START

    def tick() -> int:
        nonlocal when
        when += rng.randint(600, 2400)
        return when

    stream.commit(0, tick(), jalon_message("Create board “Benchmark”", "init"), {"jalon.yml": BOARD_YML})
    for t in tasks:
        stream.commit(t.member, tick(), jalon_message(f"Add task {t.id} “{t.title}”", "task-add", [t.id]),
                      {t.path: t.encode()})

    by_member = [[t for t in tasks if t.member == m and not t.frozen] for m in range(len(MEMBERS))]
    n_edits = n_commits - 1 - n_tasks
    for e in range(n_edits):
        m = e % len(MEMBERS)                      # authors rotate
        open_tasks = [t for t in by_member[m] if t.status != "done"] or \
                     [t for ts in by_member for t in ts if t.status != "done"]
        if not open_tasks:
            raise SystemExit("history exhausted: every task is done; use fewer --commits")
        # Members mostly work on their older tasks first, with some randomness.
        t = open_tasks[min(len(open_tasks) - 1, int(rng.expovariate(1 / 40)))]
        kind, action, before = advance(t, rng)
        if kind == "move":
            subject = f"Move task {t.id} “{t.title}”: {before} → {t.status}"
        elif kind == "done":
            subject = f"Complete task {t.id} “{t.title}”"
        else:
            subject = f"Edit task {t.id} “{t.title}” (progress)"
        stream.commit(m, tick(), jalon_message(subject, action, [t.id]), {t.path: t.encode()})
    data = stream.finish()
    timings["build_stream_s"] = time.perf_counter() - t0

    t1 = time.perf_counter()
    run(["git", "init", "-q", "-b", "main", str(repo)], env=env)
    run(["git", "fast-import", "--quiet"], cwd=repo, env=env, input=data)
    timings["fast_import_s"] = time.perf_counter() - t1

    t2 = time.perf_counter()
    count = int(run(["git", "rev-list", "--count", "main"], cwd=repo, env=env).stdout)
    if count != n_commits:
        raise SystemExit(f"expected {n_commits} commits on main, found {count}")
    run(["git", "fsck", "--no-progress"], cwd=repo, env=env)
    timings["verify_s"] = time.perf_counter() - t2

    t3 = time.perf_counter()
    run(["git", "checkout", "-q", "-f", "main"], cwd=repo, env=env)
    files = list((repo / "tasks").glob("*.md"))
    if len(files) != n_tasks or not (repo / "jalon.yml").is_file():
        raise SystemExit(f"checkout incomplete: {len(files)} task files")
    status = run(["git", "status", "--porcelain"], cwd=repo, env=env).stdout
    if status.strip():
        raise SystemExit("work tree not clean after checkout:\n" + status.decode())
    timings["checkout_s"] = time.perf_counter() - t3
    timings["total_s"] = time.perf_counter() - t0

    dist = {s: sum(1 for t in tasks if t.status == s) for s in STATUSES}
    pack_bytes = sum(p.stat().st_size for p in (repo / ".git" / "objects" / "pack").glob("*.pack"))
    return {"tasks": tasks, "commits": count, "status_distribution": dist, "timings": timings,
            "stream_bytes": len(data), "pack_bytes": pack_bytes,
            "with_depends": sum(1 for t in tasks if t.depends)}


# --------------------------------------------------------------------------------------
# Taskwarrior reference
# --------------------------------------------------------------------------------------

def setup_taskwarrior(tmp: Path, tasks: list, env: dict) -> dict:
    data = tmp / "taskdata"
    data.mkdir()
    rc = tmp / "taskrc"
    rc.write_text("\n".join([
        f"data.location={data}",
        "confirmation=off",
        "verbose=nothing",
        "color=off",
        "hooks=off",
        "defaultwidth=120",
        "news.version=99.0.0",
        "",
    ]))
    # Entry dates in the recent past, so Taskwarrior's age column and urgency look normal.
    entry0 = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) - dt.timedelta(minutes=30 * (len(tasks) + 1))
    records = []
    for t in tasks:
        rec = {
            "description": t.title,
            "status": "pending",
            "project": "benchmark." + MEMBERS[t.member][0],
            "entry": (entry0 + dt.timedelta(minutes=30 * t.index)).strftime("%Y%m%dT%H%M%SZ"),
        }
        if t.due:
            rec["due"] = t.due.strftime("%Y%m%dT000000Z")
        if t.labels:
            rec["tags"] = list(t.labels)
        records.append(rec)
    (tmp / "tasks.json").write_text(json.dumps(records))
    tenv = dict(env, TASKRC=str(rc), TASKDATA=str(data))
    t0 = time.perf_counter()
    run(["task", "import", str(tmp / "tasks.json")], cwd=tmp, env=tenv)
    import_s = time.perf_counter() - t0
    # Let Taskwarrior settle (first run may rewrite its data files), and check the count.
    run(["task", "list"], cwd=tmp, env=tenv)
    n = int(run(["task", "status:pending", "count"], cwd=tmp, env=tenv).stdout.decode().strip())
    if n != len(tasks):
        raise SystemExit(f"Taskwarrior holds {n} pending tasks, expected {len(tasks)}")
    return {"env": tenv, "rc": rc, "import_s": import_s}


# --------------------------------------------------------------------------------------
# Statistics and reporting
# --------------------------------------------------------------------------------------

def percentile(values, q: float) -> float:
    """Linear-interpolated percentile, q in [0, 1]."""
    xs = sorted(values)
    if len(xs) == 1:
        return xs[0]
    pos = q * (len(xs) - 1)
    lo = int(pos)
    hi = min(lo + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo)


def summarize(samples: list, rss_samples: list) -> dict:
    wall = [s.wall_ms for s in samples]
    cpu = [s.cpu_ms for s in samples if s.cpu_ms is not None]
    rss = [s.maxrss_kb for s in rss_samples if s.maxrss_kb is not None]
    return {
        "runs": len(samples),
        "median_ms": statistics.median(wall),
        "cpu_median_ms": statistics.median(cpu) if cpu else None,
        "p90_ms": percentile(wall, 0.9),
        "min_ms": min(wall),
        "max_ms": max(wall),
        "rss_runs": len(rss),
        "peak_rss_kb_median": statistics.median(rss) if rss else None,
        "peak_rss_kb_max": max(rss) if rss else None,
        "wall_ms": [round(w, 3) for w in wall],
    }


@dataclass
class Pair:
    key: str
    label_a: str
    label_b: str
    a: list = field(default_factory=list)       # jalon side, timed runs
    b: list = field(default_factory=list)       # reference side, timed runs
    a_rss: list = field(default_factory=list)   # jalon side, GNU time runs
    b_rss: list = field(default_factory=list)   # reference side, GNU time runs
    c: list = field(default_factory=list)       # --before binary, timed runs
    c_rss: list = field(default_factory=list)   # --before binary, GNU time runs

    def result(self) -> dict:
        out = {"jalon_command": self.label_a, "reference_command": self.label_b}
        out["jalon"] = summarize(self.a, self.a_rss) if self.a else None
        out["reference"] = summarize(self.b, self.b_rss) if self.b else None
        out["before"] = summarize(self.c, self.c_rss) if self.c else None
        if self.a and self.b:
            ja, rb = out["jalon"], out["reference"]
            out["time_ratio_median"] = ja["median_ms"] / rb["median_ms"]
            out["time_ratio_p90"] = ja["p90_ms"] / rb["p90_ms"]
            if ja["cpu_median_ms"] and rb["cpu_median_ms"]:
                out["cpu_ratio_median"] = ja["cpu_median_ms"] / rb["cpu_median_ms"]
            if ja["peak_rss_kb_median"] and rb["peak_rss_kb_median"]:
                out["rss_ratio"] = ja["peak_rss_kb_median"] / rb["peak_rss_kb_median"]
        if self.a and self.c:
            ja, cb = out["jalon"], out["before"]
            out["before_time_ratio_median"] = ja["median_ms"] / cb["median_ms"]
            if ja["cpu_median_ms"] and cb["cpu_median_ms"]:
                out["before_cpu_ratio_median"] = ja["cpu_median_ms"] / cb["cpu_median_ms"]
            if self.b:
                out["before_time_ratio_reference"] = cb["median_ms"] / out["reference"]["median_ms"]
                if cb["cpu_median_ms"] and out["reference"]["cpu_median_ms"]:
                    out["before_cpu_ratio_reference"] = cb["cpu_median_ms"] / out["reference"]["cpu_median_ms"]
            if cb["peak_rss_kb_median"] and out["reference"] and out["reference"]["peak_rss_kb_median"]:
                out["before_rss_ratio"] = cb["peak_rss_kb_median"] / out["reference"]["peak_rss_kb_median"]
        return out


def print_table(results: dict) -> None:
    head = f"{'benchmark':<44} {'median ms':>10} {'p90 ms':>10} {'CPU ms':>8} {'peak RSS':>10} {'time ×':>8} {'CPU ×':>7} {'RSS ×':>7}"
    print(head)
    print("-" * len(head))
    for key, r in results.items():
        rows = [(r["jalon_command"], r["jalon"], ""), (r["reference_command"], r["reference"], "")]
        if r.get("before"):
            rows.append(("before: " + r["jalon_command"], r["before"], "before_"))
        for i, (label, s, kind) in enumerate(rows):
            if s is None:
                print(f"{label:<44} {'—':>10} {'—':>10}")
                continue
            rss = "—" if s["peak_rss_kb_median"] is None else f"{s['peak_rss_kb_median'] / 1024:.1f} MiB"
            cpu = "—" if s.get("cpu_median_ms") is None else f"{s['cpu_median_ms']:.1f}"
            ratio = ""
            if i == 0 and "time_ratio_median" in r:
                rr = f"{r['rss_ratio']:.2f}" if "rss_ratio" in r else "—"
                cr = f"{r['cpu_ratio_median']:.2f}" if "cpu_ratio_median" in r else "—"
                ratio = f"{r['time_ratio_median']:>8.2f} {cr:>7} {rr:>7}"
            if kind and "before_time_ratio_reference" in r:
                rr = f"{r['before_rss_ratio']:.2f}" if "before_rss_ratio" in r else "—"
                cr = f"{r['before_cpu_ratio_reference']:.2f}" if "before_cpu_ratio_reference" in r else "—"
                ratio = f"{r['before_time_ratio_reference']:>8.2f} {cr:>7} {rr:>7}"
            print(f"{label:<44} {s['median_ms']:>10.1f} {s['p90_ms']:>10.1f} {cpu:>8} {rss:>10} {ratio}")
        if "before_time_ratio_median" in r:
            cpu = f", CPU {r['before_cpu_ratio_median']:.2f}×" if "before_cpu_ratio_median" in r else ""
            print(f"{'  jalon / before':<44} wall {r['before_time_ratio_median']:.2f}×{cpu}")
        print()
    print("time × = jalon median / reference median (on the before line: before / reference);  CPU × = the same for CPU "
          "time (user + system);  RSS × = median peak RSS / reference's")


# --------------------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------------------

def build_jalon() -> Path:
    log(f"building jalon (release, static Swift runtime, scratch path {SCRATCH}) …")
    t0 = time.perf_counter()
    p = subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", SCRATCH, "--product", "jalon"],
                       cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    if p.returncode != 0:
        sys.stderr.write(p.stdout.decode(errors="replace")[-6000:])
        raise SystemExit("swift build failed; use --jalon PATH or --skip-jalon")
    binary = REPO_ROOT / SCRATCH / "release" / "jalon"
    log(f"built {binary} in {time.perf_counter() - t0:.1f} s")
    return binary


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jalon", type=Path, help="use this jalon binary instead of building one")
    ap.add_argument("--skip-jalon", action="store_true", help="only generate and time the reference tools")
    ap.add_argument("--before", type=Path, help="also time this other jalon binary (before a change) as a third side of every pair, "
                    "interleaved, on its own copies of the repositories it writes to")
    ap.add_argument("--runs", type=int, default=30, help="timed runs per command (default 30)")
    ap.add_argument("--warmup", type=int, default=3, help="untimed runs per command first (default 3)")
    ap.add_argument("--rss-runs", type=int, default=5,
                    help="extra runs per command under GNU time for peak RSS (default 5, 0 = skip)")
    ap.add_argument("--tasks", type=int, default=1000, help="tasks on the board (default 1000)")
    ap.add_argument("--commits", type=int, default=10000, help="commits on main (default 10000)")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--only", action="append", choices=["add", "move", "list", "board", "check"],
                    help="run only these pairs (repeatable)")
    ap.add_argument("--json", type=Path, help="write the results as JSON here")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    args = ap.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        ap.error("--runs must be >= 1 and --warmup >= 0")
    if args.tasks < 1 or args.tasks % len(MEMBERS):
        ap.error(f"--tasks must be a positive multiple of {len(MEMBERS)}")
    pairs_wanted = args.only or ["add", "move", "list", "board", "check"]
    rss_runs = args.rss_runs
    if rss_runs and not os.access(GNU_TIME, os.X_OK):
        log(f"warning: {GNU_TIME} (GNU time) not found: peak RSS is not measured")
        rss_runs = 0
    for tool in ("git", "task"):
        if shutil.which(tool) is None:
            raise SystemExit(f"`{tool}` not found on PATH")

    jalon = None
    if not args.skip_jalon:
        jalon = args.jalon.resolve() if args.jalon else build_jalon()
        if not os.access(jalon, os.X_OK):
            raise SystemExit(f"not an executable: {jalon}")
    before_bin = args.before.resolve() if args.before and jalon is not None else None
    if before_bin is not None and not os.access(before_bin, os.X_OK):
        raise SystemExit(f"not an executable: {before_bin}")

    tmp = Path(tempfile.mkdtemp(prefix="jalon-bench-"))
    home = tmp / "home"
    home.mkdir()
    env = hermetic_env(home)
    results: dict = {}
    try:
        log(f"generating {args.tasks} tasks / {args.commits} commits in {tmp} …")
        gen_repo = tmp / "board"
        gen = generate(gen_repo, env, args.tasks, args.commits, args.seed)
        g = gen["timings"]
        log(f"generated in {g['total_s']:.2f} s (stream {g['build_stream_s']:.2f} s, fast-import "
            f"{g['fast_import_s']:.2f} s, rev-list+fsck {g['verify_s']:.2f} s, checkout {g['checkout_s']:.2f} s); "
            f"statuses {gen['status_distribution']}")

        # Separate copies so each side works on the same state and they never disturb each other.
        t0 = time.perf_counter()
        repo_jalon, repo_git, repo_read = tmp / "repo-jalon", tmp / "repo-git", tmp / "repo-read"
        move_jalon, move_git = tmp / "move-jalon", tmp / "move-git"
        repo_before, move_before = tmp / "repo-before", tmp / "move-before"
        for dst in (repo_jalon, repo_git, repo_read, move_jalon, move_git) + ((repo_before, move_before) if before_bin else ()):
            run(["cp", "-a", str(gen_repo), str(dst)])
        copy_s = time.perf_counter() - t0

        tw = setup_taskwarrior(tmp, gen["tasks"], env)
        log(f"Taskwarrior: imported {len(gen['tasks'])} tasks in {tw['import_s']:.2f} s")

        jenv = hermetic_env(home, MEMBERS[0], {"NO_COLOR": "1", "COLUMNS": "120"})
        if jalon is not None:
            # Fail early, and with the real message, if the binary cannot read the board.
            p = run([str(jalon), "check"], cwd=repo_read, env=jenv, check=False)
            if p.returncode != 0:
                raise SystemExit("`jalon check` failed on the generated board:\n"
                                 + (p.stdout + p.stderr).decode(errors="replace")[-4000:])
            log("jalon check: " + p.stdout.decode(errors="replace").strip().splitlines()[-1])

        pairs = []
        # ---- a. task add vs git add + commit ------------------------------------------
        if "add" in pairs_wanted:
            pair = Pair("task_add", 'jalon task add "Bench task N" --as alice',
                        "write file; git add F && git commit -q -m MSG")
            next_a = args.tasks // len(MEMBERS) + 1     # the id jalon will allocate next
            state = {"jalon": 0, "git": next_a, "before": 0}

            def jalon_add(rss=False, binary=jalon, repo=repo_jalon, side="jalon"):
                state[side] += 1
                n = state[side]
                return timed([str(binary), "task", "add", f"Bench task {n}", "--as", "alice"],
                             cwd=repo, env=jenv, rss=rss)

            def before_add(rss=False):
                return jalon_add(rss, before_bin, repo_before, "before")

            def git_add(rss=False):
                num = state["git"]
                state["git"] += 1
                tid = f"T-A{num}"
                title = f"Bench task {num - next_a + 1}"
                rel = f"tasks/{tid}.md"

                def write():
                    with open(repo_git / rel, "w", encoding="utf-8", newline="\n") as f:
                        f.write(bench_task_file(tid, title))
                msg = jalon_message(f"Add task {tid} “{title}”", "task-add", [tid])
                return timed(["sh", "-c", 'git add -- "$1" && git commit -q -m "$2"', "sh", rel, msg],
                             cwd=repo_git, env=env, before=write, rss=rss)
            pairs.append((pair, jalon_add, git_add, before_add))

        # ---- a'. task move vs the same status edit + git add + commit ---------------------
        if "move" in pairs_wanted:
            pair = Pair("task_move", "jalon task move T-Bn STATUS --as alice",
                        "edit status; git add F && git commit -q -m MSG")
            by_id = {t.id: t for t in gen["tasks"]}
            move_order = [t.id for t in gen["tasks"]]
            mstate = {"jalon": 0, "git": 0, "before": 0}

            def next_move(side: str):
                k = mstate[side]
                mstate[side] += 1
                tid = move_order[k % len(move_order)]
                rounds = k // len(move_order)
                cur = STATUSES[(STATUSES.index(by_id[tid].status) + rounds) % len(STATUSES)]
                return tid, cur, STATUSES[(STATUSES.index(cur) + 1) % len(STATUSES)]

            def jalon_move(rss=False, binary=jalon, repo=move_jalon, side="jalon"):
                tid, _, new = next_move(side)
                return timed([str(binary), "task", "move", tid, new, "--as", "alice"], cwd=repo, env=jenv, rss=rss)

            def before_move(rss=False):
                return jalon_move(rss, before_bin, move_before, "before")

            def git_move(rss=False):
                tid, old, new = next_move("git")
                rel = f"tasks/{tid}.md"

                def write():
                    text = (move_git / rel).read_text(encoding="utf-8")
                    (move_git / rel).write_text(text.replace(f"status: {old}\n", f"status: {new}\n", 1), encoding="utf-8")
                msg = jalon_message(f"Move task {tid} “{by_id[tid].title}”: {old} → {new}", "task-move", [tid])
                return timed(["sh", "-c", 'git add -- "$1" && git commit -q -m "$2"', "sh", rel, msg],
                             cwd=move_git, env=env, before=write, rss=rss)
            pairs.append((pair, jalon_move, git_move, before_move))

        # ---- b. task list vs Taskwarrior list -------------------------------------------
        if "list" in pairs_wanted:
            pair = Pair("task_list", "jalon task list", "task list (Taskwarrior)")
            pairs.append((pair,
                          lambda rss=False: timed([str(jalon), "task", "list"], cwd=repo_read, env=jenv, rss=rss),
                          lambda rss=False: timed(["task", "list"], cwd=tmp, env=tw["env"], rss=rss),
                          lambda rss=False: timed([str(before_bin), "task", "list"], cwd=repo_read, env=jenv, rss=rss)))

        # ---- b'. board (kanban) vs Taskwarrior list -------------------------------------------
        if "board" in pairs_wanted:
            pair = Pair("board", "jalon board", "task list (Taskwarrior)")
            pairs.append((pair,
                          lambda rss=False: timed([str(jalon), "board"], cwd=repo_read, env=jenv, rss=rss),
                          lambda rss=False: timed(["task", "list"], cwd=tmp, env=tw["env"], rss=rss),
                          lambda rss=False: timed([str(before_bin), "board"], cwd=repo_read, env=jenv, rss=rss)))

        # ---- c. check vs git status ------------------------------------------------------
        if "check" in pairs_wanted:
            pair = Pair("check", "jalon check", "git status")
            pairs.append((pair,
                          lambda rss=False: timed([str(jalon), "check"], cwd=repo_read, env=jenv, rss=rss),
                          lambda rss=False: timed(["git", "status"], cwd=repo_read, env=env, rss=rss),
                          lambda rss=False: timed([str(before_bin), "check"], cwd=repo_read, env=jenv, rss=rss)))

        checks = {}
        if before_bin is not None:
            # The before binary must print what jalon prints (the history cache is built here too).
            for cmd in (["task", "list"], ["board"], ["check"]):
                if cmd[-1] not in pairs_wanted and cmd != ["task", "list"]:
                    continue
                outs = [run([str(b), *cmd], cwd=repo_read, env=jenv, check=False).stdout for b in (jalon, before_bin)]
                checks["before_same_output_" + "_".join(cmd)] = outs[0] == outs[1]
                log(f"--before prints {'the same' if outs[0] == outs[1] else 'A DIFFERENT'} `{' '.join(cmd)}` ({len(outs[0])} bytes)")

        for pair, fa, fb, fc in pairs:
            log(f"timing {pair.key}: {args.warmup} warm-up + {args.runs} timed + {rss_runs} RSS runs per side …")
            sides = [("a", fa), ("b", fb)] if jalon is not None else [("b", fb)]
            if before_bin is not None:
                sides.append(("c", fc))
            for _ in range(args.warmup):
                for _, f in sides:
                    f()
            for i in range(args.runs):
                # ABBA interleaving: alternate which side goes first.
                order = sides if i % 2 == 0 else list(reversed(sides))
                for side, f in order:
                    getattr(pair, side).append(f())
            for i in range(rss_runs):
                order = sides if i % 2 == 0 else list(reversed(sides))
                for side, f in order:
                    getattr(pair, side + "_rss").append(f(rss=True))
            results[pair.key] = pair.result()

        # ---- sanity checks after timing ---------------------------------------------------
        if "add" in pairs_wanted:
            n_added = args.warmup + args.runs + rss_runs
            git_count = int(run(["git", "rev-list", "--count", "main"], cwd=repo_git, env=env).stdout)
            checks["git_commits_after"] = git_count
            if git_count != args.commits + n_added:
                raise SystemExit(f"plain-git side: {git_count} commits, expected {args.commits + n_added}")
            if jalon is not None:
                jal_count = int(run(["git", "rev-list", "--count", "main"], cwd=repo_jalon, env=env).stdout)
                checks["jalon_commits_after"] = jal_count
                if jal_count != args.commits + n_added:
                    raise SystemExit(f"jalon side: {jal_count} commits, expected {args.commits + n_added}")
                first = args.tasks // len(MEMBERS) + 1
                rel = f"tasks/T-A{first}.md"
                a = (repo_jalon / rel).read_bytes() if (repo_jalon / rel).exists() else None
                b = (repo_git / rel).read_bytes()
                checks["same_task_file"] = a == b
                if before_bin is not None:
                    checks["before_same_task_file"] = (repo_before / rel).read_bytes() == b if (repo_before / rel).exists() else False
                if a != b:
                    log(f"warning: {rel} differs between jalon and plain git:\n{a!r}\n{b!r}")
                st = run(["git", "status", "--porcelain"], cwd=repo_jalon, env=env).stdout.decode()
                checks["jalon_worktree_clean"] = not st.strip()
                if st.strip():
                    log("warning: jalon clone not clean after task add:\n" + st[:2000])

        # ---- report ----------------------------------------------------------------------
        print()
        print(f"Jalon foundation benchmark — {args.tasks} tasks, {gen['commits']} commits, "
              f"{args.runs} timed runs per side (+{args.warmup} warm-up, +{rss_runs} under GNU time for RSS), interleaved")
        print(f"generation: {g['total_s']:.2f} s total (fast-import stream {gen['stream_bytes'] / 1e6:.1f} MB "
              f"→ pack {gen['pack_bytes'] / 1e6:.1f} MB); statuses {gen['status_distribution']}; "
              f"{gen['with_depends']} tasks with depends")
        print(f"Taskwarrior import of {args.tasks} tasks: {tw['import_s']:.2f} s")
        print()
        print_table(results)

        if args.json:
            payload = {
                "benchmark": "jalon-foundation",
                "date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                "machine": {"platform": platform.platform(), "python": platform.python_version(),
                            "cpus": os.cpu_count()},
                "versions": {
                    "git": run(["git", "--version"], env=env).stdout.decode().strip(),
                    "task": run(["task", "--version"], env=env).stdout.decode().strip(),
                    "jalon": str(jalon) if jalon else None,
                },
                "parameters": {"tasks": args.tasks, "commits": args.commits, "runs": args.runs,
                               "warmup": args.warmup, "rss_runs": rss_runs, "seed": args.seed},
                "generation": {**{k: round(v, 4) for k, v in g.items()},
                               "copies_s": round(copy_s, 4),
                               "taskwarrior_import_s": round(tw["import_s"], 4),
                               "stream_bytes": gen["stream_bytes"], "pack_bytes": gen["pack_bytes"],
                               "status_distribution": gen["status_distribution"],
                               "tasks_with_depends": gen["with_depends"]},
                "checks": checks,
                "results": results,
            }
            args.json.parent.mkdir(parents=True, exist_ok=True)
            args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False) + "\n")
            log(f"wrote {args.json}")
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
