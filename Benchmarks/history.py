#!/usr/bin/env python3
"""Jalon history benchmark (issue 4, point 7).

One run of this script:

1. builds `jalon` in release mode (unless --jalon PATH is given);
2. generates, in a temporary directory, a Git repository with --commits commits (default
   100,000) by 4 authors, written in one pass with `git fast-import`: a Jalon board at the
   root (jalon.yml, --tasks task files, milestones, a spec, meeting minutes, documents,
   comments) and the website the team builds (site/*.html, css, js, images, a
   package-lock.json that the report excludes by default), about one commit in ten with a
   Co-authored-by trailer, and merges of short side branches;
3. measures, interleaved so machine noise hits both sides alike:
     cold  `jalon report contributions --format json` with the history cache deleted
     git   `git log --numstat --no-renames` on the same repository (output discarded)
     warm  the same jalon report with the cache in place
   and prints medians and the ratios cold/git (target <= 2) and warm/cold (target <= 0.1);
4. removes its temporary directory (unless --keep).

Standard library only; every subprocess runs with a hermetic Git environment.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
MEMBERS = [
    ("alice", "A", "Alice Martin", "alice@example.org"),
    ("bob", "B", "Bob Durand", "bob@example.org"),
    ("chloe", "C", "Chloé Petit", "chloe@example.org"),
    ("david", "D", "David Moreau", "david@example.org"),
]
STATUSES = ["todo", "doing", "review", "done"]
START = 1796108400  # 2026-11-30 08:00 +01:00


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def hermetic_env(home: Path) -> dict:
    return {
        "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "TZ": "Europe/Paris",
        "NO_COLOR": "1",
        "GIT_AUTHOR_NAME": "Alice Martin",
        "GIT_AUTHOR_EMAIL": "alice@example.org",
        "GIT_COMMITTER_NAME": "Alice Martin",
        "GIT_COMMITTER_EMAIL": "alice@example.org",
    }


def board_yml() -> str:
    out = "jalon: 1\nname: Benchmark\nlang: en\nstart: 2026-11-30\nend: 2027-06-30\nbranch: main\n"
    out += "statuses: [todo, doing, review, done]\nworkdays: [mon, tue, wed, thu, fri]\nmembers:\n"
    for mid, code, name, email in MEMBERS:
        out += f"  - id: {mid}\n    code: {code}\n    name: {name}\n    emails: [{email}]\n"
    return out


def task_text(tid: str, title: str, status: str, assignee: str, progress: int) -> str:
    return (f"---\nid: {tid}\ntitle: {title}\nstatus: {status}\nassignees: [{assignee}]\n"
            f"estimate: 2d\nprogress: {progress}\nlabels: [bench]\n---\nTask {tid} of the benchmark.\n")


class Generator:
    """Writes the fast-import stream: file contents are kept in memory and rewritten whole."""

    def __init__(self, commits: int, tasks: int, seed: int):
        self.rng = random.Random(seed)
        self.commits = commits
        self.tasks = tasks
        self.mark = 0
        self.time = START
        self.files: dict[str, list[str]] = {}
        self.task_state: dict[str, list] = {}
        self.out: list[bytes] = []

    def data(self, payload: bytes) -> None:
        self.out.append(b"data %d\n" % len(payload))
        self.out.append(payload)
        self.out.append(b"\n")

    def commit(self, branch: str, author: int, message: str, changes: list[tuple[str, bytes | None]],
               parents: list[int] | None = None, co_author: int | None = None) -> int:
        self.mark += 1
        self.time += self.rng.randint(30, 900)
        _, _, name, email = MEMBERS[author]
        if co_author is not None:
            message += f"\n\nCo-authored-by: {MEMBERS[co_author][2]} <{MEMBERS[co_author][3]}>\n"
        self.out.append(f"commit refs/heads/{branch}\nmark :{self.mark}\n".encode())
        self.out.append(f"author {name} <{email}> {self.time} +0100\ncommitter {name} <{email}> {self.time} +0100\n".encode())
        self.data(message.encode())
        if parents:
            self.out.append(f"from :{parents[0]}\n".encode())
            for p in parents[1:]:
                self.out.append(f"merge :{p}\n".encode())
        for path, content in changes:
            if content is None:
                self.out.append(f"D {path}\n".encode())
            else:
                self.out.append(f"M 100644 inline {path}\n".encode())
                self.data(content)
        return self.mark

    def text(self, path: str) -> bytes:
        return ("\n".join(self.files[path]) + "\n").encode()

    def edit_site_file(self, path: str, who: int) -> bytes:
        lines = self.files[path]
        r = self.rng.random()
        if r < 0.5 or len(lines) < 10:
            at = self.rng.randrange(len(lines) + 1)
            for k in range(self.rng.randint(1, 6)):
                lines.insert(at + k, f"  <!-- {MEMBERS[who][0]} {self.mark} {k} --> <p>Line {self.rng.randint(0, 10**6)}</p>")
        elif r < 0.8:
            at = self.rng.randrange(len(lines))
            lines[at] = f"  <p>Edited by {MEMBERS[who][0]} at {self.mark}</p>"
        else:
            at = self.rng.randrange(len(lines))
            del lines[at:at + self.rng.randint(1, 3)]
        # Keep files a realistic size: trim the oldest additions.
        if len(lines) > 160:
            del lines[40:60]
        return self.text(path)

    def generate(self) -> bytes:
        rng = self.rng
        site = [f"site/page{i}.html" for i in range(12)] + [f"site/css/style{i}.css" for i in range(4)] \
            + [f"site/js/app{i}.js" for i in range(6)] + [f"docs/guide{i}.md" for i in range(4)]
        for path in site:
            self.files[path] = [f"<!-- {path} -->"] + [f"  <p>Initial line {i} of {path}</p>" for i in range(60)]
        changes: list[tuple[str, bytes | None]] = [("jalon.yml", board_yml().encode()),
                                                   ("spec.md", b"# Cahier des charges\n\n## Objectifs\n"),
                                                   ("package-lock.json", b'{\n  "lockfileVersion": 3\n}\n')]
        changes += [(p, self.text(p)) for p in site]
        changes.append(("site/img/logo.png", bytes([137, 80, 78, 71, 13, 10, 26, 10, 0, 0]) + bytes(rng.randrange(256) for _ in range(400))))
        head = self.commit("main", 0, "Initial board and website", changes)
        made = 1
        next_task = [0, 0, 0, 0]
        task_ids: list[str] = []
        lock_lines = 2
        while made < self.commits:
            who = made % 4 if rng.random() < 0.7 else rng.randrange(4)
            co = rng.choice([m for m in range(4) if m != who]) if rng.random() < 0.1 else None
            r = rng.random()
            if r < 0.02 and made + 3 < self.commits:
                # A short side branch merged back: two commits on it, one on main, then a merge.
                side_changes = []
                p = rng.choice(site)
                side1 = self.commit("side", who, "Side work", [(p, self.edit_site_file(p, who))], parents=[head])
                q = rng.choice(site)
                while q == p:
                    q = rng.choice(site)
                main1 = self.commit("main", (who + 1) % 4, "Main work", [(q, self.edit_site_file(q, (who + 1) % 4))], parents=[head])
                head = self.commit("main", who, "Merge branch 'side'", side_changes, parents=[main1, side1])
                made += 3
                continue
            if r < 0.05 and len(task_ids) < self.tasks:
                code = MEMBERS[who][1]
                next_task[who] += 1
                tid = f"T-{code}{next_task[who]}"
                task_ids.append(tid)
                state = [f"Benchmark task {tid}", "todo", MEMBERS[rng.randrange(4)][0], 0]
                self.task_state[tid] = state
                head = self.commit("main", who, f"Add task {tid}", [(f"tasks/{tid}.md", task_text(tid, *state).encode())], parents=[head], co_author=co)
            elif r < 0.35 and task_ids:
                tid = rng.choice(task_ids)
                state = self.task_state[tid]
                if rng.random() < 0.5:
                    state[1] = STATUSES[(STATUSES.index(state[1]) + 1) % 4]
                else:
                    state[3] = min(100, state[3] + 10)
                head = self.commit("main", who, f"Update {tid}", [(f"tasks/{tid}.md", task_text(tid, *state).encode())], parents=[head], co_author=co)
            elif r < 0.37:
                path = f"meetings/{made:06d}.md"
                head = self.commit("main", who, "Minutes", [(path, f"---\ndate: 2027-01-01\n---\n# Minutes {made}\n".encode())], parents=[head], co_author=co)
            elif r < 0.39 and task_ids:
                tid = rng.choice(task_ids)
                path = f"comments/{tid}/{made:08d}-{MEMBERS[who][0]}-x.md"
                head = self.commit("main", who, "Comment", [(path, f"---\nauthor: {MEMBERS[who][0]}\nmentions: [{MEMBERS[(who + 1) % 4][0]}]\n---\nOK\n".encode())], parents=[head])
            elif r < 0.40:
                lock_lines += 1
                lock = "{\n" + "".join(f'  "dep{i}": "1.0.{i}",\n' for i in range(lock_lines)) + '  "lockfileVersion": 3\n}\n'
                p = rng.choice(site)
                head = self.commit("main", who, "Update dependencies", [("package-lock.json", lock.encode()), (p, self.edit_site_file(p, who))], parents=[head])
            else:
                count = 1 if rng.random() < 0.7 else 2
                paths = rng.sample(site, count)
                head = self.commit("main", who, "Website work", [(p, self.edit_site_file(p, who)) for p in paths], parents=[head], co_author=co)
            made += 1
        self.out.append(b"reset refs/heads/side\nfrom 0000000000000000000000000000000000000000\n\n")
        return b"".join(self.out)


def generate(repo: Path, env: dict, commits: int, tasks: int, seed: int) -> None:
    """The repository of `commits` commits in `repo` (kept as it is when it is already there)."""
    if (repo / ".git").is_dir():
        return
    t0 = time.perf_counter()
    stream = Generator(commits, tasks, seed).generate()
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], env=env, check=True)
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, env=env, input=stream, check=True)
    subprocess.run(["git", "checkout", "-q", "main"], cwd=repo, env=env, check=True)
    log(f"generated {commits} commits ({len(stream) / 1e6:.0f} MB stream) in {time.perf_counter() - t0:.1f} s")


def blamed_files(repo: Path, env: dict) -> list[str]:
    """The files `--surviving` blames: text files at HEAD, without the default exclusions the
    generated history has (package-lock.json)."""
    out = []
    for path in subprocess.run(["git", "ls-files", "-z"], cwd=repo, env=env, check=True, capture_output=True).stdout.split(b"\0"):
        if not path or path.endswith(b"package-lock.json"):
            continue
        data = (repo / path.decode()).read_bytes()
        if data and b"\0" not in data[:8000]:
            out.append(path.decode())
    return out


def blame_all(repo: Path, env: dict, files: list[str]) -> tuple[float, dict[str, int]]:
    """`git blame` of every file, one after the other: the time added up, and the lines each
    author e-mail has at head, each line credited to its commit's author and co-authors
    (`Co-authored-by:` trailers) as Jalon credits them, to check `--surviving`'s figures."""
    per_commit: dict[bytes, int] = {}
    author: dict[bytes, str] = {}
    elapsed = 0.0
    for f in files:
        start = time.perf_counter()
        out = subprocess.run(["git", "blame", "--line-porcelain", "HEAD", "--", f], cwd=repo, env=env, stdout=subprocess.PIPE, check=True).stdout
        elapsed += time.perf_counter() - start
        commit = b""
        for line in out.split(b"\n"):
            if len(line) > 41 and line[40:41] == b" " and all(c in b"0123456789abcdef" for c in line[:40]):
                commit = line[:40]
                per_commit[commit] = per_commit.get(commit, 0) + 1
            elif line.startswith(b"author-mail <"):
                author[commit] = line[len(b"author-mail <"):-1].decode()
    trailers = subprocess.run(["git", "log", "--format=%H%x09%(trailers:key=Co-authored-by,valueonly,separator=%x09)", "HEAD"],
                              cwd=repo, env=env, stdout=subprocess.PIPE, check=True).stdout.decode()
    co: dict[bytes, set[str]] = {}
    for line in trailers.splitlines():
        sha, *values = line.split("\t")
        co[sha.encode()] = {v.split("<", 1)[1].rstrip(">").strip() for v in values if "<" in v}
    lines: dict[str, int] = {}
    for commit, n in per_commit.items():
        for email in {author[commit]} | co.get(commit, set()):
            lines[email] = lines.get(email, 0) + n
    return elapsed, lines


def build_jalon() -> Path:
    log("building jalon (release, Swift runtime linked statically, as make install builds it)…")
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", ".build-history", "--product", "jalon"], cwd=REPO_ROOT, check=True)
    return REPO_ROOT / ".build-history" / "release" / "jalon"


def new_commit(repo: Path, env: dict, n: int) -> None:
    """One more commit on main, as a team member would make it with plain Git."""
    path = repo / "site" / f"bench-{n}.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<p>nouvelle page {n}</p>\n", encoding="utf-8")
    subprocess.run(["git", "add", str(path)], cwd=repo, env=env, check=True)
    subprocess.run(["git", "commit", "-q", "-m", f"Nouvelle page {n}"], cwd=repo, env=env, check=True)


GNU_TIME = "/usr/bin/time"


def peak_rss(argv, cwd: Path, env: dict, before=None) -> int | None:
    """Peak RSS in KiB of one run under GNU time (a fresh small process, so the figure is the
    command's own), or None without GNU time."""
    if not os.access(GNU_TIME, os.X_OK):
        return None
    if before:
        before()
    p = subprocess.run([GNU_TIME, "-f", "%M", *map(str, argv)], cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, argv))} failed: {p.stderr.decode()}")
    return int(p.stderr.decode().strip().splitlines()[-1])


# CPU time (user + system) of each timed run, by the list its wall time went to: on a shared
# machine the CPU time says more than the wall time.
CPU: dict[int, list[float]] = {}


def timed(argv, cwd: Path, env: dict, before=None, keep: list | None = None, into: list | None = None) -> float:
    """Wall time of one run (output discarded, or appended to `keep`); its CPU time goes to
    CPU[id(into)] when `into` is given."""
    if before:
        before()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    p = subprocess.run(argv, cwd=cwd, env=env, stdout=subprocess.PIPE if keep is not None else subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if into is not None:
        CPU.setdefault(id(into), []).append(after.ru_utime - usage.ru_utime + after.ru_stime - usage.ru_stime)
    if p.returncode != 0:
        raise SystemExit(f"{' '.join(map(str, argv))} failed: {p.stderr.decode()}")
    if keep is not None:
        keep.append(p.stdout)
    return elapsed


def surviving_runs(jalon: Path, small: Path, env: dict, args) -> tuple[list[float], list[float], int, bool]:
    """--surviving against git blame of the same files, on a smaller history of the same kind
    (blaming every file of 100,000 commits with git takes far too long), the history cache warm
    on both sides so that the measure is the blame. Also checks that the figures are git
    blame's: each member's surviving lines equal the lines git blame gives their e-mail."""
    generate(small, env, args.surviving_commits, args.tasks, args.seed)
    files = blamed_files(small, env)
    report = [str(jalon), "report", "contributions", "--format", "json"]
    with_surviving = report + ["--surviving"]
    timed(report, small, env)
    surviving, blame, by_email, outputs = [], [], {}, []
    for i in range(args.runs):
        took, by_email = blame_all(small, env, files)
        blame.append(took)
        surviving.append(timed(with_surviving, small, env, keep=outputs))
        log(f"run {i + 1}/{args.runs}: git blame of {len(files)} files {blame[-1]:.2f} s, --surviving {surviving[-1]:.2f} s")
    out = json.loads(outputs[-1])
    emails = {mid: email for mid, _, _, email in MEMBERS}
    same = True
    for m in out["members"]:
        if m["survivingLines"] != by_email.get(emails[m["id"]], 0):
            same = False
            log(f"DIFFERENT: {m['id']} --surviving {m['survivingLines']}, git blame {by_email.get(emails[m['id']], 0)}")
    return surviving, blame, len(files), same


def print_surviving(surviving: list[float], blame: list[float], blamed: int, same: bool, commits: int) -> None:
    ms, mbl = statistics.median(surviving), statistics.median(blame)
    print(f"{'--surviving, ' + str(commits) + ' commits (warm cache)':<44}{ms:>9.2f}s")
    print(f"{'git blame of the same ' + str(blamed) + ' files, added up':<44}{mbl:>9.2f}s")
    print(f"{'ratio --surviving / git blame (target <= 1)':<44}{ms / mbl:>10.2f}  {'OK' if ms <= mbl else 'MISSED'}")
    print(f"{'--surviving figures equal to git blame':<44}{'yes' if same else 'NO':>10}")


def surviving_bench(jalon: Path, small: Path, env: dict, args) -> None:
    surviving, blame, blamed, same = surviving_runs(jalon, small, env, args)
    print(f"\nJalon --surviving benchmark — {args.surviving_commits} commits, 4 authors, {os.cpu_count()} CPUs")
    print_surviving(surviving, blame, blamed, same, args.surviving_commits)
    if args.json:
        args.json.write_text(json.dumps({"surviving_commits": args.surviving_commits, "surviving": surviving, "blame": blame,
                                         "surviving_equals_blame": same,
                                         "ratio_surviving_blame": statistics.median(surviving) / statistics.median(blame)}, indent=2))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jalon", type=Path, help="use this binary instead of building")
    ap.add_argument("--before", type=Path, help="an older jalon binary measured in the same runs, interleaved (cold, warm, "
                                                "one new commit, bilan), to compare a change before and after")
    ap.add_argument("--commits", type=int, default=100_000)
    ap.add_argument("--tasks", type=int, default=1_000)
    ap.add_argument("--runs", type=int, default=3, help="timed runs per side")
    ap.add_argument("--seed", type=int, default=20261130)
    ap.add_argument("--json", type=Path, help="write the results as JSON")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory")
    ap.add_argument("--surviving-commits", type=int, default=2_000,
                    help="commits of the history --surviving is measured on against git blame (0: skip)")
    ap.add_argument("--surviving-only", action="store_true",
                    help="measure only --surviving against git blame (on --surviving-commits commits)")
    ap.add_argument("--repo", type=Path, help="generate the repository here and keep it, or reuse the one already there "
                                              "(it gets one commit per run: the measures after one new commit)")
    args = ap.parse_args()

    jalon = args.jalon.resolve() if args.jalon else build_jalon()
    tmp = Path(tempfile.mkdtemp(prefix="jalon-history-bench-"))
    home = tmp / "home"
    home.mkdir()
    repo = args.repo.resolve() if args.repo else tmp / "repo"
    env = hermetic_env(home)
    try:
        if args.surviving_only:
            surviving_bench(jalon, repo if args.repo else tmp / "surviving", env, args)
            return
        generate(repo, env, args.commits, args.tasks, args.seed)
        count = int(subprocess.run(["git", "rev-list", "--count", "main"], cwd=repo, env=env, check=True, capture_output=True).stdout)
        log(f"{count} commits in {repo}")

        cache = repo / ".git" / "jalon" / "cache"
        report = [str(jalon), "report", "contributions", "--format", "json"]
        gitlog = ["git", "log", "--numstat", "--no-renames"]
        load_start = os.getloadavg()
        # Untimed warm-up of the page cache for both, then the measurements, interleaved.
        timed(gitlog, repo, env)
        bilan = [str(jalon), "report", "bilan", "--format", "json"]
        cold, ref, warm, incremental, bilan_warm = [], [], [], [], []
        old = {name: [] for name in ("cold", "warm", "one new commit", "bilan (warm cache)")}

        def side(binary: Path, cold, warm, incremental, bilan_warm, n: str) -> None:
            rep = [str(binary), *report[1:]]
            cold.append(timed(rep, repo, env, before=lambda: shutil.rmtree(cache, ignore_errors=True), into=cold))
            warm.append(timed(rep, repo, env, into=warm))
            # One new commit on top of the warm cache (made with git, untimed), then the report.
            incremental.append(timed(rep, repo, env, before=lambda: new_commit(repo, env, n), into=incremental))
            bilan_warm.append(timed([str(binary), *bilan[1:]], repo, env, into=bilan_warm))

        for i in range(args.runs):
            # With --before, the two binaries take turns going first.
            sides = [(jalon, cold, warm, incremental, bilan_warm, f"{count}-{i}")]
            if args.before:
                sides.append((args.before.resolve(), *old.values(), f"{count}-{i}-before"))
                if i % 2:
                    sides.reverse()
            ref.append(timed(gitlog, repo, env, into=ref))
            for s in sides:
                side(*s)
            log(f"run {i + 1}/{args.runs}: git log {ref[-1]:.2f} s, cold {cold[-1]:.2f} s, warm {warm[-1]:.3f} s, "
                f"one new commit {incremental[-1]:.3f} s, bilan (warm cache) {bilan_warm[-1]:.3f} s"
                + (f"; before: cold {old['cold'][-1]:.2f} s, warm {old['warm'][-1]:.3f} s, one new commit {old['one new commit'][-1]:.3f} s, "
                   f"bilan {old['bilan (warm cache)'][-1]:.3f} s" if args.before else ""))
        surviving, blame, blamed, same = [], [], 0, None
        if args.surviving_commits > 0:
            small = Path(str(repo) + f"-surviving-{args.surviving_commits}") if args.repo else tmp / "surviving"
            surviving, blame, blamed, same = surviving_runs(jalon, small, env, args)
        rss_cold = peak_rss(report, repo, env, before=lambda: shutil.rmtree(cache, ignore_errors=True))
        rss_git = peak_rss(gitlog, repo, env)
        out = json.loads(subprocess.run(report, cwd=repo, env=env, check=True, capture_output=True).stdout)
        commits_seen = sum(m["commits"] for m in out["members"])
        mc, mr, mw, mi = statistics.median(cold), statistics.median(ref), statistics.median(warm), statistics.median(incremental)
        mb = statistics.median(bilan_warm)
        cache_size = sum(f.stat().st_size for f in cache.glob("*")) if cache.exists() else 0
        print(f"\nJalon history benchmark — {count} commits, 4 authors, {os.cpu_count()} CPUs, "
              f"load average {load_start[0]:.1f} at the start, {os.getloadavg()[0]:.1f} at the end")
        print(f"{'measure':<44}{'median':>10}")
        print(f"{'git log --numstat --no-renames':<44}{mr:>9.2f}s")
        print(f"{'jalon report contributions (cold, no cache)':<44}{mc:>9.2f}s")
        print(f"{'jalon report contributions (warm, cached)':<44}{mw:>9.3f}s")
        print(f"{'jalon report contributions (one new commit)':<44}{mi:>9.3f}s  {'OK' if mi <= 0.1 else 'MISSED'} (target <= 100 ms)")
        print(f"{'jalon report bilan (warm cache)':<44}{mb:>9.3f}s")
        cpu = {name: statistics.median(CPU[id(runs)]) for name, runs in
               [("git log", ref), ("cold", cold), ("warm", warm), ("one new commit", incremental), ("bilan (warm cache)", bilan_warm)]}
        print("CPU time (user + system), medians: " + ", ".join(f"{name} {t:.3f} s" for name, t in cpu.items()))
        print(f"{'ratio cold / git log (target <= 1)':<44}{mc / mr:>10.2f}  {'OK' if mc / mr <= 1 else 'MISSED'}")
        print(f"{'ratio cold / git log in CPU time':<44}{cpu['cold'] / cpu['git log']:>10.2f}")
        if args.before:
            print(f"\nbefore: {args.before}")
            print(f"{'measure':<44}{'before':>10}{'after':>10}{'after/before':>14}   CPU before / after")
            for name, mine in (("cold", cold), ("warm", warm), ("one new commit", incremental), ("bilan (warm cache)", bilan_warm)):
                b, a = statistics.median(old[name]), statistics.median(mine)
                cb, ca = statistics.median(CPU[id(old[name])]), statistics.median(CPU[id(mine)])
                print(f"{name:<44}{b:>9.3f}s{a:>9.3f}s{a / b:>14.2f}   {cb:.3f} s / {ca:.3f} s ({ca / cb:.2f})")
            mb_cold = statistics.median(old["cold"])
            print(f"{'before: ratio cold / git log (CPU)':<44}{mb_cold / mr:>10.2f}  ({statistics.median(CPU[id(old['cold'])]) / cpu['git log']:.2f})")
        print(f"{'ratio warm / cold (target <= 0.1)':<44}{mw / mc:>10.3f}  {'OK' if mw / mc <= 0.1 else 'MISSED'}")
        if rss_cold and rss_git:
            print(f"{'peak RSS cold / git log':<44}{rss_cold / rss_git:>10.2f}  ({rss_cold / 1024:.0f} MiB vs {rss_git / 1024:.0f} MiB)")
        print(f"{'cache size':<44}{cache_size / 1e6:>9.1f}MB")
        print(f"{'member commit credits in the report':<44}{commits_seen:>10}")
        if surviving:
            print_surviving(surviving, blame, blamed, same, args.surviving_commits)
        if args.json:
            args.json.write_text(json.dumps({"commits": count, "git_log": ref, "cold": cold, "warm": warm, "incremental": incremental,
                                             "incremental_s": mi, "cpu_medians_s": cpu, "before": {name: {"wall": runs, "cpu": CPU[id(runs)]} for name, runs in old.items()} if args.before else None, "bilan_warm": bilan_warm, "bilan_warm_s": mb, "ratio_cold_git": mc / mr, "ratio_warm_cold": mw / mc,
                                             "rss_kb_cold": rss_cold, "rss_kb_git": rss_git,
                                             "rss_ratio_cold_git": rss_cold / rss_git if rss_cold and rss_git else None,
                                             "cache_bytes": cache_size, "surviving_commits": args.surviving_commits if surviving else 0,
                                             "surviving": surviving, "blame": blame, "surviving_equals_blame": same,
                                             "ratio_surviving_blame": statistics.median(surviving) / statistics.median(blame) if surviving else None},
                                            indent=2))
    finally:
        if args.keep:
            log(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
