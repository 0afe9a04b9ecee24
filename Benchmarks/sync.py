#!/usr/bin/env python3
"""Jalon sync benchmark (issue 10): `jalon sync` against `git pull --no-rebase && git push`.

One run of this script:

1. builds `jalon` in release mode (unless --jalon PATH is given);
2. makes, in a temporary directory, a board of --tasks tasks (default 1,000) pushed to a bare
   remote, and two clones of it; each clone then makes --changes commits (default 100), one
   field edit each (status, progress, due, title, labels), about a third of them on tasks the
   other side also edits (same or adjacent fields), and the first clone pushes;
3. copies the second clone and the remote, then measures, interleaved over --runs fresh copies:
     jalon  `jalon sync` in one copy
     git    `git pull --no-rebase --no-edit && git push` in the other (no merge driver)
   and prints the medians, the ratio jalon/git, and how many files each left in conflict
   (Git's plain merge leaves some and pushes nothing; Jalon's must leave none);
4. removes its temporary directory (unless --keep).

Standard library only; every subprocess runs with a hermetic Git environment.
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
STATUSES = ["todo", "doing", "review", "done"]


def env_for(home: Path, name: str, email: str, date: str) -> dict:
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"), "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": "/dev/null", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8",
        "TZ": "Europe/Paris", "NO_COLOR": "1", "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email,
        "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date,
        "JALON_NOW": date,
    }


def run(cmd, cwd, env, check=True):
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"failed: {' '.join(map(str, cmd))}\n{p.stdout}\n{p.stderr}")
    return p


def task_text(n: int, status: str, progress: int, due: str, title: str, labels: list[str]) -> str:
    out = f"---\nid: T-A{n}\ntitle: {title}\nstatus: {status}\n"
    out += f"due: {due}\nprogress: {progress}\n"
    if labels:
        out += "labels: [" + ", ".join(labels) + "]\n"
    return out + "---\nDescription of task %d.\n" % n


def parse(text: str) -> dict:
    fields = {}
    head = text.split("---\n")[1]
    for line in head.splitlines():
        k, _, v = line.partition(": ")
        fields[k] = v
    return fields


def render(n: int, f: dict) -> str:
    labels = [x.strip() for x in f.get("labels", "[]").strip("[]").split(",") if x.strip()]
    return task_text(n, f["status"], int(f["progress"]), f["due"], f["title"], labels)


def edit(rng: random.Random, clone: Path, n: int, kind: str, side: str) -> None:
    """One field edit of task n that changes its file (a label already there, or a value drawn
    again, is drawn anew)."""
    path = clone / "tasks" / f"T-A{n}.md"
    before = path.read_text()
    for _ in range(20):
        edit_once(rng, path, n, kind, side)
        if path.read_text() != before:
            return
        kind = rng.choice(["status", "progress", "due", "title", "labels"])
    sys.exit(f"could not change {path}")


def edit_once(rng: random.Random, path: Path, n: int, kind: str, side: str) -> None:
    f = parse(path.read_text())
    if kind == "status":
        f["status"] = rng.choice([s for s in STATUSES if s != f["status"]])
    elif kind == "progress":
        f["progress"] = str(rng.randrange(0, 101))
    elif kind == "due":
        f["due"] = f"2027-01-{rng.randrange(10, 29):02d}"
    elif kind == "title":
        f["title"] = f"Task {n} ({side} {rng.randrange(1000)})"
    else:
        labels = [x.strip() for x in f.get("labels", "[]").strip("[]").split(",") if x.strip()]
        labels.append(f"{side}{rng.randrange(3)}")
        f["labels"] = "[" + ", ".join(dict.fromkeys(labels)) + "]"
    path.write_text(render(n, f))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jalon", help="jalon executable (default: build release)")
    ap.add_argument("--tasks", type=int, default=1000)
    ap.add_argument("--changes", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("--keep", action="store_true")
    args = ap.parse_args()
    jalon = args.jalon
    if not jalon:
        subprocess.run(["swift", "build", "-c", "release", "--scratch-path", str(REPO_ROOT / ".build-bench"), "--product", "jalon"], cwd=REPO_ROOT, check=True)
        jalon = str(REPO_ROOT / ".build-bench/release/jalon")
    rng = random.Random(args.seed)
    tmp = Path(tempfile.mkdtemp(prefix="jalon-sync-bench-"))
    home = tmp / "home"
    home.mkdir()
    alice = lambda d: env_for(home, "Alice Martin", "alice@example.org", d)
    bob = lambda d: env_for(home, "Bob Durand", "bob@example.org", d)
    try:
        remote = tmp / "remote.git"
        run(["git", "init", "-q", "--bare", "-b", "main", str(remote)], tmp, alice("2026-12-01T09:00:00+01:00"))
        a = tmp / "a"
        a.mkdir()
        e = alice("2026-12-01T09:00:00+01:00")
        run(["git", "init", "-q", "-b", "main"], a, e)
        run([jalon, "init", "--name", "Bench", "--lang", "en", "--start", "2026-11-30", "--end", "2027-02-12"], a, e)
        run([jalon, "member", "add", "alice", "--name", "Alice Martin", "--email", "alice@example.org", "--code", "A"], a, e)
        run([jalon, "member", "add", "bob", "--name", "Bob Durand", "--email", "bob@example.org", "--code", "B"], a, e)
        for n in range(1, args.tasks + 1):
            (a / "tasks").mkdir(exist_ok=True)
            (a / "tasks" / f"T-A{n}.md").write_text(task_text(n, "todo", 0, "2027-01-08", f"Task {n}", []))
        run(["git", "add", "tasks"], a, e)
        run(["git", "commit", "-q", "-m", f"{args.tasks} tasks"], a, e)
        run(["git", "remote", "add", "origin", str(remote)], a, e)
        run(["git", "push", "-q", "origin", "main"], a, e)
        b = tmp / "b"
        run(["git", "clone", "-q", str(remote), str(b)], tmp, bob("2026-12-01T09:00:00+01:00"))
        kinds = ["status", "progress", "due", "title", "labels"]
        shared = rng.sample(range(1, args.tasks + 1), args.changes // 3)
        for side, clone, who in (("a", a, alice), ("b", b, bob)):
            others = rng.sample(range(1, args.tasks + 1), args.changes - len(shared))
            for i, n in enumerate(shared + others):
                d = f"2026-12-{2 + i // 10:02d}T{10 + (0 if side == 'a' else 1)}:{i % 60:02d}:00+01:00"
                edit(rng, clone, n, rng.choice(kinds), side)
                run(["git", "commit", "-q", "-am", f"{side} edits T-A{n}"], clone, who(d))
        run(["git", "push", "-q", "origin", "main"], a, alice("2026-12-20T10:00:00+01:00"))
        template = tmp / "template"
        template.mkdir()
        shutil.copytree(remote, template / "remote.git", symlinks=True)
        shutil.copytree(b, template / "b", symlinks=True)
        times = {"jalon": [], "git": []}
        conflicts = {"jalon": [], "git": []}
        for r in range(args.runs):
            order = ["jalon", "git"] if r % 2 == 0 else ["git", "jalon"]
            for which in order:
                work = tmp / f"run-{r}-{which}"
                shutil.copytree(template, work, symlinks=True)
                clone = work / "b"
                e = bob("2026-12-20T11:00:00+01:00")
                run(["git", "remote", "set-url", "origin", str(work / "remote.git")], clone, e)
                if which == "jalon":
                    t = time.perf_counter()
                    p = run([jalon, "sync"], clone, e, check=False)
                    times["jalon"].append(time.perf_counter() - t)
                    if p.returncode != 0:
                        sys.exit(f"jalon sync failed:\n{p.stdout}\n{p.stderr}")
                    left = run(["git", "grep", "-l", "-E", "^<<<<<<< ", "main"], clone, e, check=False).stdout.split()
                else:
                    t = time.perf_counter()
                    p = run(["sh", "-c", "git pull -q --no-rebase --no-edit origin main && git push -q origin main"], clone, e, check=False)
                    times["git"].append(time.perf_counter() - t)
                    left = run(["git", "diff", "--name-only", "--diff-filter=U"], clone, e, check=False).stdout.split()
                conflicts[which].append(len(left))
                shutil.rmtree(work)
        mj, mg = statistics.median(times["jalon"]), statistics.median(times["git"])
        print(f"board: {args.tasks} tasks, {args.changes} changes on each side ({len(shared)} tasks edited on both), {args.runs} runs")
        print(f"jalon sync                              median {mj * 1000:8.1f} ms   files left in conflict: {max(conflicts['jalon'])}")
        print(f"git pull --no-rebase && git push        median {mg * 1000:8.1f} ms   files left in conflict: {max(conflicts['git'])}"
              + ("  (pull stopped, nothing pushed)" if max(conflicts['git']) else ""))
        print(f"ratio jalon/git: {mj / mg:.2f}")
    finally:
        if args.keep:
            print(f"kept {tmp}", file=sys.stderr)
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
