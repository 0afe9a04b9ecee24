// `jalon sync`, `jalon status`, `jalon setup` and the merge driver, end to end: a bare remote
// made by the test and reached over file://, git://, smart HTTP with basic authentication, and
// SSH; clones with their own identities; everything cross-checked with the git CLI.
import Foundation
import Testing

/// A remote and clones of it, each with its member's identity, in one test sandbox.
struct Team {
    let repo: TestRepository
    let bare: URL
    var remoteURL: String

    /// Alice's board pushed to a new bare repository with `jalon sync`.
    init(members: [(String, String, String)] = [("alice", "Alice Martin", "alice@example.org"), ("bob", "Bob Durand", "bob@example.org"),
                                                 ("chloe", "Chloé Petit", "chloe@example.org"), ("dan", "Dan Moreau", "dan@example.org")]) throws {
        repo = try TestRepository()
        try repo.makeBoard(lang: "en", members: members)
        bare = repo.sandbox.appendingPathComponent("remote.git")
        try repo.gitOK("init", "-q", "--bare", "-b", "main", bare.path)
        remoteURL = "file://" + bare.path
        try repo.gitOK("remote", "add", "origin", remoteURL)
        try repo.jalonOK("sync")
    }

    /// A clone of the remote for `name`, set up with `jalon setup`.
    func clone(_ name: String, _ fullName: String, _ email: String) throws -> URL {
        let dir = repo.sandbox.appendingPathComponent(name)
        try repo.gitOK("clone", "-q", remoteURL, dir.path)
        try repo.gitOK("config", "user.name", fullName, in: dir)
        try repo.gitOK("config", "user.email", email, in: dir)
        try repo.jalonOK("setup", in: dir)
        return dir
    }

    func tree(_ dir: URL?, _ rev: String = "main") throws -> String {
        try repo.gitOK("rev-parse", rev + "^{tree}", in: dir).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

@Suite("jalon sync, end to end") struct SyncTests {
    @Test func twoClonesOverFileURLMergeFieldByFieldAndConverge() throws {
        let team = try Team()
        let repo = team.repo
        // The first sync pushed the board; the driver is declared and configured.
        #expect(try repo.gitOK("ls-remote", team.remoteURL).contains("refs/heads/main"))
        #expect(repo.read(".gitattributes")?.contains("tasks/*.md merge=jalon") == true)
        #expect(try repo.gitOK("config", "merge.jalon.driver").contains("merge-driver %O %A %B %P"))
        try repo.jalonOK("task", "add", "Home page", "--due", "2026-12-04")
        // Board work not sent yet: news and remind say so in one line, in English and French.
        let remind = try repo.jalonOK("remind")
        #expect(remind.stdout.contains("1 board commit not sent to the team yet: run jalon sync"), "\(remind)")
        let news = try repo.jalonOK("news", "--peek", "--lang", "fr")
        #expect(news.stdout.contains("1 commit du tableau pas encore envoyé à l’équipe : lancez jalon sync"), "\(news)")
        #expect(!(try repo.jalonOK("remind", "--format", "json").stdout.contains("jalon sync")))
        try repo.jalonOK("sync")
        #expect(!(try repo.jalonOK("remind").stdout.contains("not sent to the team")))
        let bob = try team.clone("bob", "Bob Durand", "bob@example.org")
        // Adjacent fields on both sides, and the same field two ways at different times.
        try repo.jalonOK("task", "move", "T-A1", "doing", environment: ["JALON_NOW": "2026-12-02T10:00:00+01:00"])
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Home page (Alice)", environment: ["JALON_NOW": "2026-12-02T10:00:00+01:00"])
        try repo.jalonOK("task", "edit", "T-A1", "--due", "2026-12-11", "--add-assignee", "bob", in: bob, environment: ["JALON_NOW": "2026-12-02T11:00:00+01:00"])
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Home page (Bob)", in: bob, environment: ["JALON_NOW": "2026-12-02T11:00:00+01:00"])
        let first = try repo.jalonOK("sync")
        #expect(first.stdout.contains("Went out: 2 commits"), "\(first)")
        let second = try repo.jalonOK("sync", in: bob, environment: ["JALON_NOW": "2026-12-02T12:00:00+01:00"])
        #expect(second.stdout.contains("Came in: 2 commits") && second.stdout.contains("Board merged field by field"), "\(second)")
        #expect(second.stdout.contains("tasks/T-A1.md title = Home page (Bob) (bob, later); value dropped: Home page (Alice) (alice)"), "\(second)")
        let third = try repo.jalonOK("sync")
        #expect(third.stdout.contains("Fast-forward"), "\(third)")
        let task = repo.read("tasks/T-A1.md") ?? ""
        #expect(task.contains("status: doing\n") && task.contains("due: 2026-12-11\n") && task.contains("assignees: [bob]\n") && task.contains("title: Home page (Bob)\n"), "\(task)")
        #expect(try team.tree(nil) == team.tree(bob))
        #expect(try repo.status().isEmpty)
        let message = try repo.gitOK("log", "-1", "--format=%B", "--merges")
        #expect(message.contains("Jalon-Lost: tasks/T-A1.md title: kept Home page (Bob) (bob), lost Home page (Alice) (alice)"), "\(message)")
        #expect(try repo.git("fsck", "--strict").succeeded)
        #expect(try repo.git("fsck", "--strict", in: team.bare).succeeded)
        // Nothing more to do.
        #expect(try repo.jalonOK("sync").stdout.contains("Already up to date"))
    }

    @Test func syncWorksOnAnotherBranchAndDryRunChangesNothing() throws {
        let team = try Team()
        let repo = team.repo
        let bob = try team.clone("bob", "Bob Durand", "bob@example.org")
        try repo.gitOK("switch", "-q", "-c", "feature", in: bob)
        try repo.write("../bob/code.txt", "work in progress\n")
        try repo.jalonOK("task", "add", "Login form")
        try repo.jalonOK("sync")
        try repo.jalonOK("task", "add", "Database", in: bob)
        let before = try repo.gitOK("for-each-ref", "--format=%(refname) %(objectname)", in: bob)
        let dry = try repo.jalonOK("sync", "--dry-run", in: bob)
        #expect(dry.stdout.contains("dry run") && dry.stdout.contains("Came in: 1 commit") && dry.stdout.contains("Would go out"), "\(dry)")
        #expect(try repo.gitOK("for-each-ref", "--format=%(refname) %(objectname)", in: bob) == before)
        let status = try repo.jalonOK("status", in: bob)
        #expect(status.stdout.contains("ahead of origin/main by 1 commit") && status.stdout.contains("Board commits not pushed yet: 1"), "\(status)")
        #expect(status.stdout.contains("Checked-out branch: feature"), "\(status)")
        let synced = try repo.jalonOK("sync", in: bob)
        #expect(synced.stdout.contains("Came in: 1 commit"), "\(synced)")
        // The feature branch's work tree is untouched; main has both tasks.
        #expect(try repo.gitOK("status", "--porcelain", in: bob) == "?? code.txt\n")
        let files = try repo.gitOK("ls-tree", "--name-only", "main:tasks", in: bob)
        #expect(files.contains("T-A1.md") && files.contains("T-B1.md"), "\(files)")
        #expect(try team.tree(bob) == repo.gitOK("rev-parse", "main^{tree}", in: team.bare).trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(try repo.jalonOK("status", in: bob).stdout.contains("up to date with origin/main"))
    }

    /// `jalon status` names the Git operation in progress with the command that leaves it: the
    /// same words as the refusal of a mutating command (a bisect has no `--continue`).
    @Test func statusNamesTheGitOperationInProgressAndHowToLeaveIt() throws {
        let team = try Team()
        let repo = team.repo
        try repo.jalonOK("task", "add", "Login form")
        try repo.gitOK("bisect", "start")
        let bisect = try repo.jalonOK("status")
        #expect(bisect.stdout.contains("Repository: a Git bisect is in progress; the board cannot change until then: `git bisect reset` when you are done"), "\(bisect)")
        #expect(!bisect.stdout.contains("--continue"), "\(bisect)")
        let refused = try repo.jalon("task", "add", "Database")
        #expect(!refused.succeeded && refused.stderr.contains("`git bisect reset` when you are done"), "\(refused)")
        try repo.gitOK("bisect", "reset")
        // A merge stopped on a conflict in a code file, in French.
        try repo.write("code.txt", "one\n")
        try repo.gitOK("add", "code.txt")
        try repo.gitOK("commit", "-q", "-m", "code")
        try repo.gitOK("switch", "-q", "-c", "other")
        try repo.write("code.txt", "two\n")
        try repo.gitOK("commit", "-q", "-am", "two")
        try repo.gitOK("switch", "-q", "main")
        try repo.write("code.txt", "three\n")
        try repo.gitOK("commit", "-q", "-am", "three")
        #expect(try !repo.git("merge", "other").succeeded)
        let merge = try repo.jalonOK("status", "--lang", "fr")
        #expect(merge.stdout.contains("Dépôt : une fusion Git est en cours ; le tableau ne change pas d’ici là : terminez-la (« git commit ») ou annulez-la (« git merge --abort »)"), "\(merge)")
        try repo.gitOK("merge", "--abort")
        #expect(try repo.jalonOK("status").stdout.contains("Repository: no Git operation in progress"))
    }

    @Test func plainGitPullGoesThroughTheMergeDriver() throws {
        let team = try Team()
        let repo = team.repo
        try repo.jalonOK("task", "add", "Home page", "--label", "web")
        try repo.jalonOK("sync")
        let bob = try team.clone("bob", "Bob Durand", "bob@example.org")
        try repo.jalonOK("task", "edit", "T-A1", "--progress", "40", "--label", "web", "--label", "client")
        try repo.jalonOK("sync")
        try repo.jalonOK("task", "edit", "T-A1", "--status", "doing", "--label", "web", "--label", "urgent", in: bob)
        let pulled = try repo.git(["-c", "pull.rebase=false", "pull", "-q", "--no-edit"], in: bob)
        #expect(pulled.succeeded, "\(pulled)")
        #expect(!pulled.stdout.contains("jalon merge-driver"))
        let task = try String(contentsOf: bob.appendingPathComponent("tasks/T-A1.md"), encoding: .utf8)
        #expect(task.contains("progress: 40\n") && task.contains("status: doing\n") && task.contains("labels: [web, urgent, client]\n"), "\(task)")
        #expect(!task.contains("<<<<<<<"))
        // git rebase too.
        try repo.jalonOK("task", "edit", "T-A1", "--due", "2027-01-08")
        try repo.jalonOK("sync")
        try repo.jalonOK("task", "edit", "T-A1", "--start", "2026-12-07", in: bob)
        let rebased = try repo.git(["pull", "-q", "--rebase"], in: bob)
        #expect(rebased.succeeded, "\(rebased)")
        let after = try String(contentsOf: bob.appendingPathComponent("tasks/T-A1.md"), encoding: .utf8)
        #expect(after.contains("due: 2027-01-08\n") && after.contains("start: 2026-12-07\n"), "\(after)")
        #expect(try repo.gitOK("status", "--porcelain", in: bob).isEmpty)
        // git pull --rebase on adjacent lines: Alice retitles, Bob moves the task (the title
        // and status lines touch). Git's own line merge stops on a conflict; through the driver
        // the rebase goes through with both changes.
        try repo.gitOK("push", "-q", "origin", "main", in: bob)
        try repo.jalonOK("sync")
        #expect(repo.read("tasks/T-A1.md")?.contains("title: Home page\nstatus: doing\n") == true, "\(repo.read("tasks/T-A1.md") ?? "")")
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Home page v2")
        try repo.jalonOK("sync")
        try repo.jalonOK("task", "move", "T-A1", "done", in: bob)
        let attributes = bob.appendingPathComponent(".git/info/attributes")
        try FileManager.default.createDirectory(at: attributes.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "*.md merge=text\n".write(to: attributes, atomically: true, encoding: .utf8)
        let plain = try repo.git(["pull", "-q", "--rebase"], in: bob)
        #expect(!plain.succeeded && (plain.stdout + plain.stderr).contains("CONFLICT"), "without the driver the adjacent lines should conflict: \(plain)")
        try repo.gitOK("rebase", "--abort", in: bob)
        try FileManager.default.removeItem(at: attributes)
        let bobHead = try repo.gitOK("rev-parse", "HEAD", in: bob)
        let adjacent = try repo.git(["pull", "-q", "--rebase"], in: bob)
        #expect(adjacent.succeeded, "\(adjacent)")
        let both = try String(contentsOf: bob.appendingPathComponent("tasks/T-A1.md"), encoding: .utf8)
        #expect(both.contains("title: Home page v2\nstatus: done\n") && !both.contains("<<<<<<<"), "\(both)")
        // A rebase: one new commit on top of Alice's, no merge commit.
        #expect(try repo.gitOK("rev-list", "--count", "--merges", "origin/main..HEAD", in: bob) == "0\n")
        #expect(try repo.gitOK("rev-list", "--count", "origin/main..HEAD", in: bob) == "1\n")
        #expect(try repo.gitOK("rev-parse", "HEAD", in: bob) != bobHead)
        #expect(try repo.gitOK("status", "--porcelain", in: bob).isEmpty)
        #expect(try repo.git("fsck", "--strict", in: bob).succeeded)
    }

    /// Alice on a laptop and on a lab machine, both unsynced, makes T-A2 twice: the lab's
    /// (local, not yet sent) becomes T-A3 in the merge, with its file, its comments folder, the
    /// `depends` pointing at it, the meeting action and the mention in the minutes' body.
    @Test func sameIDMadeOnTwoMachinesIsRenumberedWithEveryReference() throws {
        let team = try Team()
        let repo = team.repo
        try repo.jalonOK("task", "add", "Shared")
        try repo.jalonOK("sync")
        let lab = try team.clone("lab", "Alice Martin", "alice@example.org")
        try repo.jalonOK("task", "add", "Laptop task")
        try repo.jalonOK("comment", "add", "T-A2", "Written on the laptop")
        try repo.jalonOK("doc", "new", "Charte graphique", "--template", "note")
        try repo.jalonOK("time", "log", "T-A2", "1h", "--note", "laptop work")
        try repo.jalonOK("sync")
        try repo.jalonOK("task", "add", "Lab task", in: lab)
        try repo.jalonOK("time", "log", "T-A2", "2h", "--note", "lab work", in: lab)
        // A document too: its id is in its front matter, its name differs.
        try repo.jalonOK("doc", "new", "Plan de tests", "--template", "note", in: lab)
        try repo.jalonOK("task", "edit", "T-A1", "--depends", "T-A2", in: lab)
        try repo.jalonOK("comment", "add", "T-A2", "Written on the lab machine", in: lab)
        try repo.write("../lab/meetings/R-A1.md", "---\nid: R-A1\ntitle: Weekly\ndate: 2026-12-01\nattendees: [alice]\nactions:\n  - who: alice\n    what: finish the lab task\n    task: T-A2\n---\nSee T-A2, not T-A20.\n")
        try repo.gitOK("add", "meetings/R-A1.md", in: lab)
        try repo.gitOK("commit", "-q", "-m", "Minutes", in: lab)
        let synced = try repo.jalonOK("sync", in: lab)
        #expect(synced.stdout.contains("same id made on both sides: T-A2, the one that arrived later, becomes T-A3"), "\(synced)")
        let tasks = try repo.gitOK("ls-tree", "--name-only", "main:tasks", in: team.bare)
        #expect(tasks == "T-A1.md\nT-A2.md\nT-A3.md\n", "\(tasks)")
        #expect(try repo.gitOK("show", "main:tasks/T-A2.md", in: team.bare).contains("title: Laptop task\n"))
        #expect(try repo.gitOK("show", "main:tasks/T-A3.md", in: team.bare).contains("id: T-A3\ntitle: Lab task\n"))
        #expect(try repo.gitOK("show", "main:tasks/T-A1.md", in: team.bare).contains("depends: [T-A3]\n"))
        let minutes = try repo.gitOK("show", "main:meetings/R-A1.md", in: team.bare)
        #expect(minutes.contains("    task: T-A3\n") && minutes.contains("See T-A3, not T-A20.\n"), "\(minutes)")
        let comments = try repo.gitOK("ls-tree", "-r", "--name-only", "main", "comments", in: team.bare).split(separator: "\n")
        #expect(comments.filter { $0.hasPrefix("comments/T-A2/") }.count == 1 && comments.filter { $0.hasPrefix("comments/T-A3/") }.count == 1, "\(comments)")
        for path in comments where path.hasPrefix("comments/T-A3/") {
            #expect(try repo.gitOK("show", "main:\(path)", in: team.bare).contains("Written on the lab machine"))
        }
        #expect(synced.stdout.contains("same id made on both sides: D-A1, the one that arrived later, becomes D-A2"), "\(synced)")
        let docs = try repo.gitOK("ls-tree", "-r", "--name-only", "main", "docs", in: team.bare).split(separator: "\n").map(String.init)
        let charte = try #require(docs.first { $0.contains("charte") }), plan = try #require(docs.first { $0.contains("plan-de-tests") })
        #expect(try repo.gitOK("show", "main:\(charte)", in: team.bare).hasPrefix("---\nid: D-A1\ntitle: Charte graphique\n"))
        #expect(try repo.gitOK("show", "main:\(plan)", in: team.bare).hasPrefix("---\nid: D-A2\ntitle: Plan de tests\n"))
        // Time booked on the lab's T-A2 follows it to T-A3; the laptop's stays on T-A2.
        let bookings = try repo.gitOK("ls-tree", "-r", "--name-only", "main", "time", in: team.bare).split(separator: "\n")
        #expect(bookings.count == 2, "\(bookings)")
        for path in bookings {
            let text = try repo.gitOK("show", "main:\(path)", in: team.bare)
            if text.contains("lab work") { #expect(text.contains("task: T-A3\n"), "\(text)") } else { #expect(text.contains("task: T-A2\n"), "\(text)") }
        }
        let message = try repo.gitOK("log", "-1", "--format=%B", "main", in: lab)
        #expect(message.contains("Jalon-Renumbered: T-A2 -> T-A3") && message.contains("Jalon-Renumbered: D-A1 -> D-A2"), "\(message)")
        // The lab's work tree followed; both machines end on the same board, which checks clean.
        #expect(try repo.gitOK("status", "--porcelain", in: lab).isEmpty)
        try repo.jalonOK("sync")
        #expect(try team.tree(nil) == team.tree(lab))
        let check = try repo.jalon("check")
        #expect(check.succeeded, "\(check)")
        #expect(try repo.git("fsck", "--strict", in: team.bare).succeeded)
    }

    @Test func tagsTravelAndAMovedRemoteTagIsReportedNotTaken() throws {
        let team = try Team()
        let repo = team.repo
        try repo.gitOK("tag", "-a", "jalon/seal/s1", "-m", "seal")
        let synced = try repo.jalonOK("sync")
        #expect(synced.stdout.contains("Tags that went out: jalon/seal/s1"), "\(synced)")
        let bob = try team.clone("bob", "Bob Durand", "bob@example.org")
        try repo.gitOK("tag", "-a", "jalon/baseline/b1", "-m", "baseline", in: bob)
        #expect(try repo.jalonOK("sync", in: bob).stdout.contains("Tags that went out: jalon/baseline/b1"))
        let got = try repo.jalonOK("sync")
        #expect(got.stdout.contains("Tags that came in: jalon/baseline/b1"), "\(got)")
        let mine = try repo.gitOK("rev-parse", "jalon/seal/s1")
        // Someone moves the seal on the remote: reported, ours kept.
        try repo.gitOK("-c", "user.name=Eve", "-c", "user.email=eve@example.org", "tag", "-f", "-a", "jalon/seal/s1", "-m", "moved", "main", in: team.bare)
        let moved = try repo.jalonOK("sync")
        #expect(moved.stdout.contains("Warning: tag jalon/seal/s1 names another object on the remote; yours is kept"), "\(moved)")
        #expect(try repo.gitOK("rev-parse", "jalon/seal/s1") == mine)
        // Deleted on the remote: `verify --remote` says so (and that the seal moved), exit 1…
        try repo.gitOK("tag", "-d", "jalon/baseline/b1", in: team.bare)
        let verified = try repo.jalon("verify", "--remote")
        #expect(verified.status == 1 && verified.stdout.contains("✗ jalon/seal/s1 points to another object on the remote (moved there)")
                && verified.stdout.contains("✗ jalon/baseline/b1 is gone from the remote"), "\(verified)")
        #expect(try repo.gitOK("rev-parse", "jalon/seal/s1") == mine)
        // …and sync reports it and sends it again.
        let deleted = try repo.jalonOK("sync")
        #expect(deleted.stdout.contains("Warning: tag jalon/baseline/b1 had been deleted from the remote; it was sent again"), "\(deleted)")
        #expect(try repo.gitOK("ls-remote", team.remoteURL).contains("refs/tags/jalon/baseline/b1"))
    }

    @Test func gitDaemonTransport() throws {
        let team = try Team()
        let repo = team.repo
        let (server, url) = try Self.daemon(repo)
        try repo.gitOK("remote", "set-url", "origin", url)
        try repo.jalonOK("task", "add", "Over git://")
        let synced = try repo.jalonOK("sync")
        #expect(synced.stdout.contains("Went out: 1 commit"), "\(synced)")
        #expect(try repo.gitOK("rev-parse", "main", in: team.bare) == repo.gitOK("rev-parse", "main"))
        withExtendedLifetime(server) {}
    }

    @Test func smartHTTPWithCredentialsFromTheURLTheEnvironmentAndAStoreFile() throws {
        let team = try Team()
        let repo = team.repo
        let port = try TestServer.freePort()
        let script = TestTools.packageRoot.appendingPathComponent("Tests/JalonTests/Support/gitserver.py").path
        let plain = "http://127.0.0.1:\(port)/remote.git"
        let server = try TestServer("/usr/bin/python3", [script, repo.sandbox.path, String(port), "alice", "s3cret"], port: port,
                                    environment: repo.baseEnvironment, log: repo.sandbox.appendingPathComponent("http.log"),
                                    ready: { try repo.git("ls-remote", "http://alice:s3cret@127.0.0.1:\(port)/remote.git").succeeded })
        // In the URL.
        try repo.gitOK("remote", "set-url", "origin", "http://alice:s3cret@127.0.0.1:\(port)/remote.git")
        try repo.jalonOK("task", "add", "Over HTTP")
        #expect(try repo.jalonOK("sync").stdout.contains("Went out: 1 commit"))
        // A token from the environment.
        try repo.gitOK("remote", "set-url", "origin", plain)
        try repo.jalonOK("task", "add", "Token")
        #expect(try repo.jalonOK("sync", environment: ["JALON_GIT_TOKEN": "s3cret", "JALON_GIT_USER": "alice"]).stdout.contains("Went out: 1 commit"))
        // A credential store file (~/.git-credentials).
        try "http://alice:s3cret@127.0.0.1:\(port)\n".write(to: repo.home.appendingPathComponent(".git-credentials"), atomically: true, encoding: .utf8)
        try repo.jalonOK("task", "add", "Store")
        #expect(try repo.jalonOK("sync").stdout.contains("Went out: 1 commit"))
        #expect(try repo.gitOK("rev-parse", "main", in: team.bare) == repo.gitOK("rev-parse", "main"))
        // A wrong password: one clear line, nothing changed.
        try FileManager.default.removeItem(at: repo.home.appendingPathComponent(".git-credentials"))
        try repo.gitOK("remote", "set-url", "origin", "http://alice:wrong@127.0.0.1:\(port)/remote.git")
        try repo.jalonOK("task", "add", "Refused")
        let before = try repo.snapshot()
        let refused = try repo.jalon("sync")
        #expect(!refused.succeeded && refused.stderr.contains("authentication refused by origin") && refused.stderr.contains("JALON_GIT_TOKEN"), "\(refused)")
        #expect(refused.stderr.split(separator: "\n").count == 1, "\(refused.stderr)")
        #expect(try repo.snapshot() == before)
        withExtendedLifetime(server) {}
    }

    /// A school server over HTTPS with its own certificate authority: refused in one clear line
    /// naming the setting while Git is not told of the authority, then synced once
    /// `http.sslCAInfo` (the setting `git` itself reads) or `GIT_SSL_CAINFO` names it; `git
    /// ls-remote`, given the same authority, sees the pushed head. A bundle that cannot be read is
    /// refused naming the setting. The certificates are made by `openssl` for this test.
    @Test func httpsWithTheSchoolsOwnCertificateAuthority() throws {
        let team = try Team()
        let repo = team.repo
        let tls = repo.sandbox.appendingPathComponent("tls")
        try FileManager.default.createDirectory(at: tls, withIntermediateDirectories: true)
        func openssl(_ arguments: String...) throws {
            let made = try repo.run("/usr/bin/openssl", arguments, in: tls)
            guard made.succeeded else { throw CommandFailed(command: "openssl " + arguments.joined(separator: " "), result: made) }
        }
        try openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "30", "-subj", "/CN=Lycee test CA")
        try openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=127.0.0.1")
        // The address as an IP name for git (GnuTLS) and as a DNS name for libgit2's mbedTLS 2.28,
        // which compares the host only with DNS names.
        try "subjectAltName=IP:127.0.0.1,DNS:127.0.0.1\nbasicConstraints=CA:FALSE\n".write(to: tls.appendingPathComponent("ext"), atomically: true, encoding: .utf8)
        try openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial", "-out", "server.pem", "-days", "30", "-extfile", "ext")
        let authority = tls.appendingPathComponent("ca.pem").path
        let port = try TestServer.freePort()
        let url = "https://alice:s3cret@127.0.0.1:\(port)/remote.git"
        let script = TestTools.packageRoot.appendingPathComponent("Tests/JalonTests/Support/gitserver.py").path
        let server = try TestServer("/usr/bin/python3", [script, repo.sandbox.path, String(port), "alice", "s3cret",
                                                         tls.appendingPathComponent("server.pem").path, tls.appendingPathComponent("server.key").path],
                                    port: port, environment: repo.baseEnvironment, log: repo.sandbox.appendingPathComponent("https.log"),
                                    ready: { try repo.git("-c", "http.sslCAInfo=" + authority, "ls-remote", url).succeeded })
        try repo.gitOK("remote", "set-url", "origin", url)
        // The authority unknown: nothing goes out, one line says what to set.
        try repo.jalonOK("task", "add", "Over HTTPS")
        let before = try repo.snapshot()
        let unknown = try repo.jalon("sync")
        #expect(unknown.status == 3 && unknown.stderr.hasPrefix("error: server certificate not verified (origin): ") && unknown.stderr.contains("git config http.sslCAInfo"), "\(unknown)")
        #expect(unknown.stderr.split(separator: "\n").count == 1, "\(unknown.stderr)")
        #expect(try repo.snapshot() == before)
        // Git's setting names it: the commit goes out, as git itself sees.
        try repo.gitOK("config", "http.sslCAInfo", authority)
        #expect(try repo.jalonOK("sync").stdout.contains("Went out: 1 commit"))
        let remoteHead = try repo.gitOK("ls-remote", url, "refs/heads/main")
        #expect(remoteHead.hasPrefix(try repo.gitOK("rev-parse", "main").trimmingCharacters(in: .whitespacesAndNewlines) + "\trefs/heads/main"), "\(remoteHead)")
        // Git's environment variable wins over the setting, as it does for git.
        try repo.gitOK("config", "http.sslCAInfo", "/nonexistent/ca.pem")
        try repo.jalonOK("task", "add", "Environment")
        #expect(try repo.jalonOK("sync", environment: ["GIT_SSL_CAINFO": authority]).stdout.contains("Went out: 1 commit"))
        // A bundle that cannot be read: the setting and the file are named, nothing changed.
        try repo.jalonOK("task", "add", "Unreadable")
        let kept = try repo.snapshot()
        let unreadable = try repo.jalon("sync")
        #expect(unreadable.status == 3 && unreadable.stderr.contains("http.sslCAInfo: cannot read the certificate file /nonexistent/ca.pem"), "\(unreadable)")
        #expect(try repo.snapshot() == kept)
        withExtendedLifetime(server) {}
    }

    /// A `git daemon` serving the sandbox (where `remote.git` is), stopped with the value.
    static func daemon(_ repo: TestRepository) throws -> (TestServer, String) {
        let port = try TestServer.freePort()
        let url = "git://127.0.0.1:\(port)/remote.git"
        let server = try TestServer(TestTools.git, ["daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", "--listen=127.0.0.1", "--port=\(port)",
                                                   "--base-path=\(repo.sandbox.path)", repo.sandbox.path],
                                    port: port, environment: repo.baseEnvironment, log: repo.sandbox.appendingPathComponent("daemon-\(port).log"),
                                    ready: { try repo.git("ls-remote", url).succeeded })
        return (server, url)
    }

    static func hook(_ team: Team, _ script: String) throws {
        let hook = team.bare.appendingPathComponent("hooks/pre-receive")
        try script.write(to: hook, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: hook.path)
    }

    @Test func failuresAreOneClearLineAndChangeNothing() throws {
        let team = try Team()
        let repo = team.repo
        try repo.jalonOK("task", "add", "Pending")
        // Unreachable host: nothing listens on this port.
        let port = try TestServer.freePort()
        try repo.gitOK("remote", "set-url", "origin", "git://127.0.0.1:\(port)/remote.git")
        var before = try repo.snapshot()
        let unreachable = try repo.jalon("sync")
        #expect(!unreachable.succeeded && unreachable.stderr.contains("remote unreachable (origin)"), "\(unreachable)")
        #expect(unreachable.stderr.split(separator: "\n").count == 1, "\(unreachable.stderr)")
        #expect(try repo.snapshot() == before)
        // No such remote.
        let none = try repo.jalon("sync", "upstream")
        #expect(none.status == 2 && none.stderr.contains("no remote `upstream`"), "\(none)")
        #expect(try repo.snapshot() == before)
        // Hooks run on a real server (libgit2 pushes to a local path without receive-pack).
        let (server, url) = try Self.daemon(repo)
        try repo.gitOK("remote", "set-url", "origin", url)
        // A protected branch: the server's hook refuses every push to main — here after Bob
        // pushed, so sync first merges: the merge is not kept, nothing moves, not even
        // origin/main.
        let bob = try team.clone("bob", "Bob Durand", "bob@example.org")
        try repo.jalonOK("task", "add", "Bob's first", in: bob)
        try repo.gitOK("push", "-q", "origin", "main", in: bob)
        try Self.hook(team, "#!/bin/sh\necho 'main is protected' >&2\nexit 1\n")
        before = try repo.snapshot()
        let remoteBefore = try repo.gitOK("for-each-ref", "--format=%(refname) %(objectname)", in: team.bare)
        let rejected = try repo.jalon("sync")
        #expect(!rejected.succeeded && rejected.stderr.contains("origin refused refs/heads/main") && rejected.stderr.contains("protected branch")
                && rejected.stderr.contains("nothing was changed"), "\(rejected)")
        #expect(rejected.stderr.split(separator: "\n").count == 1, "\(rejected.stderr)")
        #expect(try repo.snapshot() == before)
        #expect(try repo.gitOK("for-each-ref", "--format=%(refname) %(objectname)", in: team.bare) == remoteBefore)
        // The remote moves while we push: Bob's next commit lands on main from inside the hook,
        // once; the push is refused, sync fetches, merges and pushes again.
        try FileManager.default.removeItem(at: team.bare.appendingPathComponent("hooks/pre-receive"))
        try repo.jalonOK("task", "add", "Bob's race", in: bob)
        try repo.gitOK("push", "-q", team.remoteURL, "main:refs/pending/bob", in: bob)
        try Self.hook(team, """
        #!/bin/sh
        if [ ! -f moved ]; then
          touch moved
          env -u GIT_QUARANTINE_PATH -u GIT_OBJECT_DIRECTORY -u GIT_ALTERNATE_OBJECT_DIRECTORIES git update-ref refs/heads/main refs/pending/bob
        fi
        exit 0

        """)
        let raced = try repo.jalon("sync")
        #expect(raced.succeeded && raced.stdout.contains("The remote moved meanwhile: 1 retry(ies)") && raced.stdout.contains("Came in: 2 commits"), "\(raced)")
        #expect(FileManager.default.fileExists(atPath: team.bare.appendingPathComponent("moved").path))
        #expect(try team.tree(nil) == team.tree(team.bare))
        #expect(try repo.gitOK("ls-tree", "--name-only", "main:tasks", in: team.bare) == "T-A1.md\nT-B1.md\nT-B2.md\n")
        #expect(try repo.gitOK("rev-parse", "origin/main") == repo.gitOK("rev-parse", "main"))
        #expect(try repo.status().isEmpty)
        #expect(try repo.git("fsck", "--strict", in: team.bare).succeeded)
        withExtendedLifetime(server) {}
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/sbin/sshd"), "needs openssh-server (.ci/run installs it)"))
    func sshWithAnAgentAndWithAKeyFile() throws {
        let team = try Team()
        let repo = team.repo
        let ssh = repo.sandbox.appendingPathComponent("ssh")
        try FileManager.default.createDirectory(at: ssh, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for (name, _) in [("host", 0), ("id_ed25519", 1)] {
            try repo.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", ssh.appendingPathComponent(name).path])
        }
        try FileManager.default.copyItem(at: ssh.appendingPathComponent("id_ed25519.pub"), to: ssh.appendingPathComponent("authorized_keys"))
        let user = ProcessInfo.processInfo.environment["USER"] ?? NSUserName()
        let port = try TestServer.freePort()
        let config = """
        Port \(port)
        ListenAddress 127.0.0.1
        HostKey \(ssh.path)/host
        AuthorizedKeysFile \(ssh.path)/authorized_keys
        PidFile \(ssh.path)/sshd.pid
        StrictModes no
        UsePAM no
        PasswordAuthentication no
        KbdInteractiveAuthentication no
        PermitRootLogin prohibit-password

        """
        try config.write(to: ssh.appendingPathComponent("sshd_config"), atomically: true, encoding: .utf8)
        let key = ssh.appendingPathComponent("id_ed25519").path
        let url = "ssh://\(user)@127.0.0.1:\(port)\(team.bare.path)"
        let sshCommand = "ssh -i \(key) -o BatchMode=yes -o ConnectTimeout=10 -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o IdentitiesOnly=yes"
        let server = try TestServer("/usr/sbin/sshd", ["-D", "-e", "-f", ssh.appendingPathComponent("sshd_config").path], port: port,
                                    environment: repo.baseEnvironment, log: repo.sandbox.appendingPathComponent("sshd.log"),
                                    ready: { try repo.run(TestTools.git, ["ls-remote", url], environment: ["GIT_SSH_COMMAND": sshCommand]).succeeded })
        try repo.gitOK("remote", "set-url", "origin", url)
        // An unknown host key is refused in one clear line (libgit2 checks ~/.ssh/known_hosts).
        try repo.jalonOK("task", "add", "Over SSH with a key file")
        let unknown = try repo.jalon(["sync"], environment: ["JALON_SSH_KEY": key])
        #expect(!unknown.succeeded && unknown.stderr.contains("host key") && unknown.stderr.contains("known_hosts"), "\(unknown)")
        let known = repo.home.appendingPathComponent(".ssh")
        try FileManager.default.createDirectory(at: known, withIntermediateDirectories: true)
        let hostKey = try String(contentsOf: ssh.appendingPathComponent("host.pub"), encoding: .utf8).split(separator: " ").prefix(2).joined(separator: " ")
        try "[127.0.0.1]:\(port) \(hostKey)\n".write(to: known.appendingPathComponent("known_hosts"), atomically: true, encoding: .utf8)
        // A key file.
        let withKey = try repo.jalon(["sync"], environment: ["JALON_SSH_KEY": key])
        #expect(withKey.succeeded && withKey.stdout.contains("Went out: 1 commit"), "\(withKey)")
        // ssh-agent.
        let socket = ssh.appendingPathComponent("agent.sock").path
        let agent = try TestServer("/usr/bin/ssh-agent", ["-D", "-a", socket], port: port, environment: repo.baseEnvironment,
                                   log: repo.sandbox.appendingPathComponent("agent.log"), ready: { FileManager.default.fileExists(atPath: socket) })
        let added = try repo.run("/usr/bin/ssh-add", [key], environment: ["SSH_AUTH_SOCK": socket])
        #expect(added.succeeded, "\(added)")
        try repo.jalonOK("task", "add", "Over SSH with the agent")
        let withAgent = try repo.jalon(["sync"], environment: ["SSH_AUTH_SOCK": socket])
        #expect(withAgent.succeeded && withAgent.stdout.contains("Went out: 1 commit"), "\(withAgent)")
        #expect(try repo.gitOK("rev-parse", "main", in: team.bare) == repo.gitOK("rev-parse", "main"))
        // No key at all: refused in one clear line, nothing changed.
        try repo.jalonOK("task", "add", "Refused")
        let before = try repo.snapshot()
        let refused = try repo.jalon("sync")
        #expect(!refused.succeeded && refused.stderr.contains("authentication refused by origin"), "\(refused)")
        #expect(try repo.snapshot() == before)
        withExtendedLifetime((server, agent)) {}
    }
}
