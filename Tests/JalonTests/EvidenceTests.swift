// Evidence a jury can trust (issue 12): `--as` keeps the real committer, the counting rules
// (reviews by someone else only, template items nobody's, notable = own work), every figure
// traceable to commits, and real-world repositories built with the `git` CLI — a deleted blob,
// a shallow clone — cross-checked with `git rev-list`, `git shortlog` and `git log --numstat`.
import BoardCore
@testable import BoardStore
import Foundation
import Git
@testable import Reports
import Testing

@Suite("Evidence: --as, counting rules, traceability, damaged and shallow clones")
struct EvidenceTests {
    static func json(_ result: ProcessResult) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    }

    static func count(_ text: String) -> Int { Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 }

    // MARK: --as

    @Test("--as: the member is the author, the real identity the committer; verify and the evidence file list it")
    func actingAs() throws {
        let repo = try TestRepository()
        try repo.makeBoard(members: [("alice", "Alice Martin", "alice@example.org"), ("bob", "Bob Durand", "bob@example.org"), ("chloe", "Chloé Petit", "chloe@example.org")])
        try repo.jalonOK("task", "add", "Maquette", "--assign", "chloe", "--as", "chloe")
        try repo.jalonOK("task", "move", "T-C1", "review", "--as", "chloe")
        #expect(try repo.gitOK("log", "-2", "--format=%an <%ae>|%cn <%ce>") ==
                "Chloé Petit <chloe@example.org>|Alice Martin <alice@example.org>\nChloé Petit <chloe@example.org>|Alice Martin <alice@example.org>\n")
        let ids = try repo.gitOK("log", "-2", "--format=%H").split(separator: "\n").map(String.init)
        // Acting as oneself changes nothing.
        try repo.jalonOK("task", "add", "Besoins", "--as", "alice")
        #expect(try repo.gitOK("log", "-1", "--format=%ae|%ce") == "alice@example.org|alice@example.org\n")

        let verify = try Self.json(try repo.jalonOK("verify", "--format", "json"))
        let onBehalf = (verify["anomalies"] as! [[String: Any]]).filter { $0["kind"] as? String == "onBehalf" }
        #expect(Set(onBehalf.compactMap { $0["commit"] as? String }) == Set(ids))
        #expect(onBehalf.allSatisfy { ($0["detail"] as? [String: String])?["committer"] == "alice" })
        let text = try repo.jalonOK("verify", "--lang", "en").stdout
        #expect(text.contains("authored as Chloé Petit, committed by Alice Martin"))

        let evidence = try Self.json(try repo.jalonOK("report", "contributions", "--member", "chloe", "--format", "json"))
        let chloe = try #require((evidence["members"] as? [[String: Any]])?.first)
        #expect(Set(((chloe["onBehalf"] as? [[String: String]]) ?? []).compactMap { $0["commit"] }) == Set(ids))
        let md = try repo.jalonOK("report", "contributions", "--member", "chloe", "--format", "markdown", "--lang", "fr").stdout
        #expect(md.contains("Commits écrits à son nom par quelqu’un d’autre"))
        #expect(md.contains("- \(ids[0].prefix(8)) — committé par Alice Martin"))

        // No identity at all: --as is refused and nothing is committed.
        try repo.gitOK("config", "--unset", "user.name")
        try repo.gitOK("config", "--unset", "user.email")
        let before = try repo.revision()
        let refused = try repo.jalon("task", "add", "Anonyme", "--as", "bob", "--lang", "en")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("--as bob") && refused.stderr.contains("git config user.name"), "\(refused)")
        #expect(try repo.revision() == before)
        #expect(try repo.status().isEmpty)
    }

    @Test("signed commits are marked (SSH signature read, not verified)")
    func signedCommits() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let key = repo.sandbox.appendingPathComponent("key").path
        let made = try repo.run("/usr/bin/ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-C", "alice", "-f", key])
        #expect(made.succeeded, "\(made)")
        try repo.write("site/index.html", "<p>signé</p>\n")
        try repo.gitOK("add", "site/index.html")
        try repo.gitOK("-c", "gpg.format=ssh", "-c", "user.signingkey=\(key)", "commit", "-q", "-S", "-m", "Signé")
        let signed = try repo.gitOK("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try repo.gitOK("cat-file", "commit", "HEAD").contains("BEGIN SSH SIGNATURE"))
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Clock(now: Date()))
        let history = try store.history()
        #expect(history.commits.filter { $0.signature != nil }.map(\.id) == [signed])
        #expect(history.commits.first?.signature == "ssh")
        let verify = try Self.json(try repo.jalonOK("verify", "--format", "json"))
        let mark = (verify["anomalies"] as! [[String: Any]]).first { $0["kind"] as? String == "signed" }
        #expect((mark?["detail"] as? [String: String])?["ssh"] == "1")
        let alice = try #require((try Self.json(try repo.jalonOK("report", "contributions", "--member", "alice", "--format", "json"))["members"] as? [[String: Any]])?.first)
        #expect(alice["signed"] as? [String] == [signed])
    }

    // MARK: Counting rules

    @Test("reviews only by someone else; self-reviews apart; notable = own work, '… and N more'")
    func countingRules() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        // Alice's own task: she sends it to review and closes it herself — a self-review.
        try repo.jalonOK("task", "add", "Ma tâche", "--assign", "alice")
        try repo.jalonOK("task", "move", "T-A1", "review")
        try repo.jalonOK("task", "move", "T-A1", "done")
        // Bob's task, reviewed and closed by Alice — a real review; the work is Bob's.
        try repo.jalonOK("task", "add", "Tâche de Bob", "--assign", "bob", "--as", "bob")
        try repo.jalonOK("task", "move", "T-B1", "review", "--as", "bob")
        try repo.jalonOK("task", "move", "T-B1", "done")
        let review = try repo.gitOK("log", "-1", "--format=%H").trimmingCharacters(in: .whitespacesAndNewlines)
        let json = try Self.json(try repo.jalonOK("report", "contributions", "--format", "json"))
        let members = try #require(json["members"] as? [[String: Any]])
        let alice = try #require(members.first { $0["id"] as? String == "alice" })
        let bob = try #require(members.first { $0["id"] as? String == "bob" })
        #expect(alice["reviews"] as? Int == 1)
        #expect(alice["selfReviews"] as? Int == 1)
        #expect(bob["reviews"] as? Int == 0, "moving one's own task into review is not a review")
        #expect((alice["evidence"] as? [String: [String]])?["reviews"] == [review])
        // Alice clicked done on T-B1, but the task is Bob's work.
        let aliceNotable = (alice["notable"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "taskDone" }.compactMap { $0["item"] as? String }
        let bobNotable = (bob["notable"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "taskDone" }.compactMap { $0["item"] as? String }
        #expect(aliceNotable == ["T-A1"])
        #expect(bobNotable == ["T-B1"])
        #expect(bob["tasksDone"] as? Int == 1 && alice["tasksClosed"] as? Int == 2)
        // Every count names its commits, and they are real commits of the branch.
        let all = Set(try repo.gitOK("rev-list", "HEAD").split(separator: "\n").map(String.init))
        for m in members {
            let evidence = try #require(m["evidence"] as? [String: [String]])
            #expect(evidence["commits"]?.count == m["commits"] as? Int)
            #expect(evidence.values.allSatisfy { Set($0).isSubset(of: all) })
        }
        // --explain prints the commits behind one figure.
        let explained = try repo.jalonOK("report", "contributions", "--member", "alice", "--explain", "reviews", "--lang", "en").stdout
        #expect(explained.contains(String(review.prefix(8))) && explained.contains("T-B1"))
        #expect(try repo.jalon("report", "contributions", "--member", "alice", "--explain", "nonsense").status != 0)
        // The evidence file ends with an appendix of every counted event.
        let md = try repo.jalonOK("report", "contributions", "--member", "alice", "--format", "markdown", "--lang", "en").stdout
        let appendix = try #require(md.components(separatedBy: "## Appendix: every counted event").last)
        #expect(appendix.contains("| \(review.prefix(8)) | Reviews (others' work) | T-B1"), "\(appendix)")
        let html = try repo.jalonOK("report", "contributions", "--member", "alice", "--format", "html", "--lang", "fr").stdout
        #expect(html.contains("Annexe\u{00A0}: chaque événement compté"), "the one HTML escaper keeps the colon with its word")

        // Many notable contributions: the team report cuts at 12 and says how many more; --all lists them.
        for i in 1...14 { try repo.jalonOK("task", "add", "Tâche \(i)") }
        let cut = try Self.json(try repo.jalonOK("report", "contributions", "--format", "json"))
        let aliceCut = try #require((cut["members"] as? [[String: Any]])?.first { $0["id"] as? String == "alice" })
        let shown = (aliceCut["notable"] as? [Any])?.count ?? 0
        let omitted = aliceCut["notableOmitted"] as? Int ?? 0
        #expect(shown == 12 && omitted > 0)
        let text = try repo.jalonOK("report", "contributions", "--lang", "en").stdout
        #expect(text.contains("… and \(omitted) more (--all lists them all)"))
        let every = try Self.json(try repo.jalonOK("report", "contributions", "--format", "json", "--all"))
        let aliceAll = try #require((every["members"] as? [[String: Any]])?.first { $0["id"] as? String == "alice" })
        #expect((aliceAll["notable"] as? [Any])?.count == shown + omitted)
        #expect(aliceAll["notableOmitted"] as? Int == 0)
    }

    @Test("items a template creates are nobody's; board lines are not content lines")
    func templateAndContent() throws {
        let repo = try TestRepository()
        try repo.jalonOK("init", "--name", "Projet", "--lang", "en", "--start", "2026-11-30", "--end", "2027-02-12", "--template", "site-web")
        try repo.jalonOK("member", "add", "alice", "--name", "Alice Martin", "--email", "alice@example.org")
        let templated = try repo.gitOK("ls-tree", "-r", "--name-only", "HEAD", "tasks", "milestones").split(separator: "\n").count
        #expect(templated > 0)
        try repo.write("site/index.html", (1...10).map { "<p>\($0)</p>" }.joined(separator: "\n") + "\n")
        try repo.gitOK("add", "site/index.html")
        try repo.gitOK("commit", "-q", "-m", "Accueil")
        let json = try Self.json(try repo.jalonOK("report", "contributions", "--format", "json"))
        let alice = try #require((json["members"] as? [[String: Any]])?.first)
        #expect(alice["tasksCreated"] as? Int == 0)
        #expect((json["history"] as? [String: Any])?["templateItems"] as? Int == templated)
        #expect(alice["contentLines"] as? Int == 10)
        #expect((alice["linesAdded"] as? Int ?? 0) > 10, "board files are counted in lines added, not in content lines")
    }

    // MARK: Real-world repositories

    /// A small history made with the git CLI: a site file never changed again, a task moved twice.
    static func plainHistory() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--assign", "bob")
        try repo.write("site/once.html", "<p>une</p>\n<p>deux</p>\n")
        try repo.gitOK("add", "site/once.html")
        try repo.gitOK("commit", "-q", "-m", "Une page")
        try repo.jalonOK("task", "move", "T-A1", "doing")
        try repo.jalonOK("task", "move", "T-A1", "review")
        try repo.write("site/other.html", "<p>a</p>\n<p>b</p>\n<p>c</p>\n")
        try repo.gitOK("add", "site/other.html")
        try repo.gitOK("commit", "-q", "-m", "Autre page")
        return repo
    }

    @Test("a deleted blob: exact commit counts, unreadable files reported with a warning, nothing fails")
    func missingBlob() throws {
        let repo = try Self.plainHistory()
        // Delete the blob of site/once.html and of T-A1 as it was while "doing" (not at head).
        let blobs = [try repo.gitOK("rev-parse", "HEAD:site/once.html"), try repo.gitOK("rev-parse", "HEAD~2:tasks/T-A1.md")]
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for blob in blobs {
            let loose = repo.file(".git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))")
            try FileManager.default.removeItem(at: loose)
            #expect(try repo.git("cat-file", "-e", blob).status != 0, "the blob is really gone")
        }
        let result = try repo.jalon("report", "contributions", "--format", "json", "--lang", "en")
        #expect(result.succeeded, "\(result)")
        #expect(result.stderr.contains("3 unreadable files in 3 commits"), "\(result.stderr)")
        let json = try Self.json(result)
        let history = try #require(json["history"] as? [String: Any])
        #expect(history["unreadableFiles"] as? Int == 3, "once.html when added; T-A1 moved into and out of its missing version")
        #expect((history["unreadableCommits"] as? [String])?.count == 3)
        // Commit counts are exact: git shortlog reads commits only.
        var shortlog: [String: Int] = [:]
        for line in try repo.gitOK("shortlog", "-sne", "HEAD").split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: "\t", maxSplits: 1)
            if parts.count == 2, let n = Int(parts[0]) { shortlog[String(parts[1]), default: 0] += n }
        }
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.first { $0["id"] as? String == "alice" }?["commits"] as? Int == shortlog["Alice Martin <alice@example.org>"])
        #expect(json["team"].flatMap { ($0 as? [String: Int])?["commits"] } == Self.count(try repo.gitOK("rev-list", "--count", "HEAD")))
        // The readable commit still counts its lines, as git log --numstat does.
        let other = try repo.gitOK("log", "-1", "--numstat", "--format=", "HEAD").split(separator: "\t").first.map(String.init)
        #expect(other == "3")
        #expect((members.first { $0["id"] as? String == "alice" }?["contentLines"] as? Int) == 3, "once.html's lines are unknown, other.html's 3 count")
        // Every text format and verify work too; a second run (cache) gives the same.
        #expect(try repo.jalon("report", "contributions", "--format", "html").succeeded)
        #expect(try repo.jalon("verify").status == 0)
        #expect(try repo.jalon("report", "contributions", "--format", "json", "--lang", "en").stdout == result.stdout)
    }

    @Test("--surviving with a blob missing at head and one missing from a file's history: those lines unknown with a warning, the rest as git blame")
    func survivingMissingBlob() throws {
        let repo = try Self.plainHistory()
        // Bob rewrites a line of other.html and adds his own file.
        try repo.write("site/other.html", "<p>a</p>\n<p>B</p>\n<p>c</p>\n<p>d</p>\n")
        try repo.write("site/bob.css", "p { color: red; }\nh1 { margin: 0; }\n")
        try repo.gitOK("add", "site/other.html", "site/bob.css")
        try repo.gitOK("-c", "user.name=Bob Durand", "-c", "user.email=bob@example.org", "commit", "-q", "-m", "Style")
        let complete = try SurvivingLinesTests.blameAtHead(repo)
        #expect(complete.failed.isEmpty)
        // Missing at head: once.html's only version. Missing from history: other.html before Bob's change.
        let blobs = [try repo.gitOK("rev-parse", "HEAD:site/once.html"), try repo.gitOK("rev-parse", "HEAD~1:site/other.html")]
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        for blob in blobs {
            try FileManager.default.removeItem(at: repo.file(".git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))"))
            #expect(try repo.git("cat-file", "-e", blob).status != 0, "the blob is really gone")
        }
        let blamed = try SurvivingLinesTests.blameAtHead(repo)
        #expect(blamed.failed == ["site/once.html", "site/other.html"], "git blame cannot blame them either")

        let result = try repo.jalon("report", "contributions", "--surviving", "--format", "json", "--lang", "en")
        #expect(result.succeeded, "\(result)")
        #expect(result.stderr.contains("Lines surviving at head: 2 files at head unreadable"), "\(result.stderr)")
        #expect(result.stderr.contains("(4 readable lines with no known author"), "\(result.stderr)")
        let json = try Self.json(result)
        let history = try #require(json["history"] as? [String: Any])
        #expect(history["survivingUnreadableFiles"] as? [String] == ["site/once.html", "site/other.html"])
        #expect(history["survivingUnattributedLines"] as? Int == 4, "other.html's 4 lines at head")
        // Every other figure is git blame's, file by file added up, and the team total too.
        let members = try #require(json["members"] as? [[String: Any]])
        for (id, email) in [("alice", "alice@example.org"), ("bob", "bob@example.org")] {
            #expect(members.first { $0["id"] as? String == id }?["survivingLines"] as? Int == blamed.byEmail[email, default: 0], "\(id)")
        }
        #expect(blamed.byEmail["bob@example.org"] == 2 && blamed.total < complete.total)
        #expect((json["team"] as? [String: Int])?["survivingLines"] == blamed.total)
        // Commit counts stay exact.
        #expect((json["team"] as? [String: Int])?["commits"] == Self.count(try repo.gitOK("rev-list", "--count", "HEAD")))
        #expect(members.first { $0["id"] as? String == "bob" }?["commits"] as? Int == Self.count(try repo.gitOK("rev-list", "--count", "--author=bob@example.org", "HEAD")))
        // Said in French too, and in the text report; without --surviving there is no such warning.
        let fr = try repo.jalon("report", "contributions", "--surviving", "--lang", "fr")
        #expect(fr.succeeded && fr.stdout.contains("Lignes présentes à la tête : 2 fichiers de la tête illisibles"), "\(fr)")
        let plain = try repo.jalon("report", "contributions", "--format", "json", "--lang", "en")
        #expect(plain.succeeded && !plain.stderr.contains("Lines surviving"))
        #expect((try Self.json(plain)["history"] as? [String: Any])?["survivingUnreadableFiles"] is NSNull)
    }

    @Test("a shallow clone: the cut is named, the boundary commit is credited with nothing")
    func shallowClone() throws {
        let origin = try Self.plainHistory()
        let clone = origin.sandbox.appendingPathComponent("clone")
        _ = try origin.gitOK("clone", "-q", "--depth", "3", "file://" + origin.path, clone.path)
        let boundary = try origin.gitOK("rev-parse", "HEAD~2").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try origin.gitOK("-C", clone.path, "rev-parse", "--is-shallow-repository") == "true\n")
        let result = try origin.jalon(["report", "contributions", "--format", "json", "--lang", "en"], in: clone)
        #expect(result.succeeded, "\(result)")
        #expect(result.stderr.contains("History cut at commit \(boundary.prefix(8))"), "\(result.stderr)")
        let json = try Self.json(result)
        #expect((json["history"] as? [String: Any])?["shallowBoundaries"] as? [String] == [boundary])
        // Commits: as git rev-list counts them in the clone (the boundary included).
        let inClone = Self.count(try origin.gitOK("-C", clone.path, "rev-list", "--count", "HEAD"))
        #expect(inClone == 3)
        #expect((json["team"] as? [String: Int])?["commits"] == inClone)
        // Lines: only the two commits above the boundary, as git log --numstat shows them.
        var added = 0
        for line in try origin.gitOK("-C", clone.path, "log", "--numstat", "--format=", "HEAD~2..HEAD").split(separator: "\n") {
            if let n = Int(line.split(separator: "\t").first ?? "") { added += n }
        }
        let alice = try #require((json["members"] as? [[String: Any]])?.first { $0["id"] as? String == "alice" })
        #expect(alice["linesAdded"] as? Int == added)
        #expect(alice["tasksCreated"] as? Int == 0, "the boundary commit does not create the board")
        let text = try origin.jalon(["report", "contributions", "--lang", "fr"], in: clone).stdout
        #expect(text.contains("Historique coupé au commit \(boundary.prefix(8))"))
    }

    @Test("submodule, symlink, large and binary files, rename, merge of unrelated histories: lines as git log --numstat")
    func repositoryShapes() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        // A submodule (a gitlink: no lines), a symlink, a large file and a binary file.
        let fake = try repo.gitOK("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.gitOK("update-index", "--add", "--cacheinfo", "160000,\(fake),lib/sub")
        try FileManager.default.createSymbolicLink(atPath: repo.file("site-link").path, withDestinationPath: "site/index.html")
        try repo.write("site/index.html", "<h1>Accueil</h1>\n")
        try repo.write("data/big.txt", (1...5_000).map { "ligne \($0)" }.joined(separator: "\n") + "\n")
        try Data((0..<4096).map { UInt8($0 % 251) }).write(to: repo.file("site/photo.jpg"))
        try repo.gitOK("add", "site-link", "site/index.html", "data/big.txt", "site/photo.jpg")
        try repo.gitOK("commit", "-q", "-m", "Formes variées")
        // A rename with an edit.
        try repo.gitOK("mv", "data/big.txt", "data/grand.txt")
        try repo.write("data/grand.txt", repo.read("data/grand.txt")! + "fin\n")
        try repo.gitOK("add", "data/grand.txt")
        try repo.gitOK("commit", "-q", "-m", "Renommage")
        // Another history, merged although unrelated.
        try repo.gitOK("checkout", "-q", "--orphan", "autre")
        try repo.gitOK("rm", "-rq", "--cached", ".")
        try repo.write("autre/readme.md", "# Autre\nprojet\n")
        try repo.gitOK("add", "autre/readme.md")
        try repo.gitOK("commit", "-q", "-m", "Autre racine")
        try repo.gitOK("checkout", "-q", "-f", "main")
        try repo.gitOK("merge", "-q", "--allow-unrelated-histories", "--no-edit", "autre")

        let json = try Self.json(try repo.jalonOK("report", "contributions", "--format", "json"))
        var added = 0, removed = 0
        for line in try repo.gitOK("log", "--numstat", "--no-renames", "--format=", "HEAD").split(separator: "\n") {
            let cols = line.split(separator: "\t")
            guard cols.count == 3, let a = Int(cols[0]), let r = Int(cols[1]), cols[2] != "lib/sub" else { continue }
            added += a
            removed += r
        }
        let alice = try #require((json["members"] as? [[String: Any]])?.first { $0["id"] as? String == "alice" })
        #expect(alice["linesAdded"] as? Int == added)
        #expect(alice["linesRemoved"] as? Int == removed)
        #expect(alice["commits"] as? Int == Self.count(try repo.gitOK("rev-list", "--count", "HEAD")))
        let lines = try #require(alice["lines"] as? [String: [String: Int]])
        #expect(lines["binary"]?["files"] == 1, "the photo counts as a file")
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Clock(now: Date()))
        let files = try store.history().commits.flatMap(\.files)
        #expect(!files.contains { $0.path == "lib/sub" }, "a submodule has no lines")
        #expect(files.first { $0.path == "site-link" }?.added == 1, "a symlink is its target, one line")
        #expect(Set(files.filter { $0.path.hasPrefix("data/") }.map(\.path)) == ["data/big.txt", "data/grand.txt"])
        #expect(files.contains { $0.path == "autre/readme.md" && $0.added == 2 }, "the unrelated root creates its file")
    }

    @Test("verify --remote: seals deleted or moved upstream, branch rewritten upstream")
    func verifyRemote() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let remote = repo.sandbox.appendingPathComponent("remote.git").path
        try repo.gitOK("init", "-q", "--bare", remote)
        try repo.gitOK("remote", "add", "origin", remote)
        try repo.jalonOK("task", "add", "Une tâche")
        let early = try repo.gitOK("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.jalonOK("task", "add", "Une autre")
        try repo.jalonOK("seal")
        // A second seal needs a new commit: sealing the same commit twice adds no tag (issue 14.7).
        try repo.jalonOK("task", "add", "Encore une")
        try repo.jalonOK("seal")
        let tags = ["jalon/seal/2026-12-01", "jalon/seal/2026-12-01-2"]
        try repo.gitOK("push", "-q", "origin", "main", "--tags")
        let fine = try repo.jalon("verify", "--remote", "--format", "json")
        #expect(fine.status == 0, "\(fine)")
        let ok = try #require(try Self.json(fine)["remote"] as? [String: Any])
        #expect(ok["same"] as? Int == 2 && (ok["missing"] as? [String])?.isEmpty == true && ok["rewritten"] as? [String] == [])
        // Upstream: one seal deleted, the other moved, the branch forced back to an older commit.
        try repo.gitOK("push", "-q", "origin", ":refs/tags/" + tags[0])
        try repo.gitOK("-C", remote, "-c", "user.name=Quelqu'un", "-c", "user.email=q@example.org", "tag", "-f", "-a", "-m", "autre", tags[1], early)
        try repo.gitOK("-C", remote, "update-ref", "refs/heads/main", early)
        let local = try repo.jalon("verify", "--format", "json")
        #expect(local.status == 0, "locally everything still looks intact")
        let bad = try repo.jalon("verify", "--remote", "origin", "--format", "json")
        #expect(bad.status == 1, "\(bad)")
        let found = try #require(try Self.json(bad)["remote"] as? [String: Any])
        #expect(found["missing"] as? [String] == [tags[0]])
        #expect(found["moved"] as? [String] == [tags[1]])
        #expect(found["rewritten"] as? [String] == tags)
        let text = try repo.jalon("verify", "--remote", "--lang", "fr").stdout
        #expect(text.contains("\(tags[0]) n’existe plus sur le dépôt distant"))
        #expect(text.contains("\(tags[1]) désigne un autre objet sur le dépôt distant"))
        // A URL works as well as a name; a name without --remote is refused.
        #expect(try repo.jalon("verify", "--remote", "file://" + remote).status == 1)
        #expect(try repo.jalon("verify", "origin").status != 0)
    }

    // MARK: The C1.3 grid

    @Test("report grille: the seven criteria in the official words, facts with real commits, never a grade")
    func grille() throws {
        let demo = try TrainerCommandTests.demo.get()
        let out = try demo.jalon("report", "grille", "--format", "json")
        #expect(out.succeeded, "\(out)")
        let json = try Self.json(out)
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.count == 4)
        let reference = try String(contentsOfFile: "/work/shared/reference/referentiel-C1.3.txt", encoding: .utf8)
            .replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "  ", with: " ")
        let all = Set(try demo.sandbox.gitOK("-C", demo.folder.path, "rev-list", "HEAD").split(separator: "\n").map(String.init))
        for m in members {
            let criteria = try #require(m["criteria"] as? [[String: Any]])
            #expect(criteria.count == 7)
            // The first six are the official criteria, word for word.
            for c in criteria.prefix(6) {
                let fr = try #require(c["fr"] as? String)
                #expect(reference.replacingOccurrences(of: " ", with: "").contains(fr.replacingOccurrences(of: " ", with: "")), "\(fr)")
            }
            for c in criteria {
                for f in (c["facts"] as? [[String: Any]]) ?? [] {
                    let commits = try #require(f["commits"] as? [String])
                    #expect(f["count"] as? Int == commits.count && !commits.isEmpty)
                    #expect(Set(commits).isSubset(of: all))
                }
            }
        }
        // Alice wrote in the spec: each of those commits changes spec.md (git says so).
        let alice = try #require(members.first { $0["id"] as? String == "alice" })
        let spec = ((alice["criteria"] as? [[String: Any]])?.first?["facts"] as? [[String: Any]])?.first { $0["kind"] as? String == "specWritten" }
        let specCommits = try #require(spec?["commits"] as? [String])
        for c in specCommits {
            #expect(try demo.sandbox.gitOK("-C", demo.folder.path, "show", "--name-only", "--format=", c).contains("spec.md"))
        }
        let text = try demo.jalon("report", "grille", "--member", "alice", "--lang", "en")
        #expect(text.stdout.contains("1. Relevance of the participation in defining the project specification"))
        #expect(!text.stdout.lowercased().contains("grade:") && !text.stdout.contains("/20"))
        let html = try demo.jalon("report", "grille", "--format", "html", "--lang", "fr")
        #expect(html.stdout.hasPrefix("<!DOCTYPE html>") && html.stdout.contains("Fiabilité du suivi de la planification du projet"))
        // One document in every format: each member's seven criteria, the text view with the
        // first six commits of a fact, Markdown and HTML with all of them.
        let markdown = try demo.jalon("report", "grille", "--format", "markdown").stdout
        #expect(markdown.contains("- **7. ") && markdown.contains("### Alice Martin (alice)"), "\(markdown)")
        #expect(html.stdout.contains("<h3>Alice Martin (alice)</h3>") && html.stdout.components(separatedBy: "<strong>7. ").count == 5, "\(html.stdout)")
        let full = try #require(json["members"] as? [[String: Any]]).flatMap { ($0["criteria"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["facts"] as? [[String: Any]]) ?? [] }.compactMap { $0["commits"] as? [String] }.max { $0.count < $1.count } ?? []
        #expect(full.count > 6)
        #expect(markdown.contains(full.map { String($0.prefix(8)) }.joined(separator: ", ")))
        #expect(!text.stdout.contains(full.map { String($0.prefix(8)) }.joined(separator: ", ")))

    }

    // MARK: The portfolio

    @Test("report dossier: a self-contained folder whose links open the files as they were at their commit")
    func dossier() throws {
        let demo = try TrainerCommandTests.demo.get()
        let out = demo.sandbox.sandbox.appendingPathComponent("dossier-chloe")
        let made = try demo.jalon("report", "dossier", "--member", "chloe", "--out", out.path, "--lang", "fr")
        #expect(made.succeeded, "\(made)")
        let html = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        let md = try String(contentsOf: out.appendingPathComponent("dossier.md"), encoding: .utf8)
        #expect(html.contains("Dossier numérique personnel\u{00A0}— Chloé Petit") && md.hasPrefix("# Dossier numérique personnel — Chloé Petit"))
        #expect(!html.contains("<script") && !html.contains("http://") && !html.contains("https://"), "self-contained")
        // Every link is a copy of the file at the commit it names, byte for byte.
        let links = html.components(separatedBy: "href=\"").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
        #expect(!links.isEmpty)
        for link in links {
            let relative = try #require(link.removingPercentEncoding)
            let parts = relative.split(separator: "/", maxSplits: 2).map(String.init)
            #expect(parts.count == 3 && parts[0] == "fichiers")
            let copy = try Data(contentsOf: out.appendingPathComponent(relative))
            let shown = try demo.sandbox.run(TestTools.git, ["-C", demo.folder.path, "show", "\(parts[1]):\(parts[2])"])
            #expect(shown.succeeded && Data(shown.stdout.utf8) == copy, "\(relative)")
        }
        // Her tasks are listed with the commit that finished them.
        let tasks = try Self.json(try demo.jalon("task", "list", "--assignee", "chloe", "--format", "json"))
        for t in (tasks["tasks"] as? [[String: Any]]) ?? [] {
            #expect(html.contains(">\(t["id"] as! String)<"), "\(t["id"] ?? "")")
        }
        // One document for both files: statuses in the reader's words, commits in code type,
        // each copy linked in Markdown too; in English the labels take no space before the colon.
        #expect(md.contains("(terminé)") && !md.contains("(done)") && md.contains("— `"), "\(md)")
        #expect(md.contains("](fichiers/") && html.contains("<code>"), "\(md)")
        let en = demo.sandbox.sandbox.appendingPathComponent("dossier-chloe-en")
        #expect(try demo.jalon("report", "dossier", "--member", "chloe", "--out", en.path, "--lang", "en").succeeded)
        let mdEn = try String(contentsOf: en.appendingPathComponent("dossier.md"), encoding: .utf8)
        #expect(mdEn.contains("- Commits: **") && !mdEn.contains(" : ") && mdEn.contains("(done)"), "\(mdEn)")
        #expect(try demo.jalon("report", "dossier", "--member", "zoe", "--out", out.path).status != 0)
    }
}
