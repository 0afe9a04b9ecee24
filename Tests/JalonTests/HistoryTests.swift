// The history engine and the commands built on it, end to end on repositories made with the
// `git` CLI (fixed dates, hermetic configuration): hand edits, merges, renames, co-authors, a
// .mailmap, identities outside the team, a rewrite after a seal. Expected figures are computed
// from `git log --numstat` and `git shortlog -sne` in the test, never hard-coded.
import BoardCore
@testable import BoardStore
import Foundation
import Git
@testable import Reports
import Testing

/// A small team history with everything the engine must understand.
final class HistoryFixture {
    let repo: TestRepository
    static let bobAlt = "bob.durand@lycee.fr"
    static let eve = (name: "Eve Intruse", email: "eve@example.com")

    init() throws {
        repo = try TestRepository()
        try repo.makeBoard()
        // Jalon commands: Alice creates a task for Bob, and one with a title to escape.
        try repo.jalonOK("task", "add", "Maquette accueil", "--assign", "bob", "--estimate", "2d")
        try repo.jalonOK("task", "add", "<script>alert(1)</script> & co", "--assign", "alice")
        try repo.jalonOK("task", "move", "T-A2", "review")
        // Bob moves T-A1 to done by editing the file by hand and committing with plain git.
        let path = "tasks/T-A1.md"
        let text = repo.read(path)!.replacingOccurrences(of: "status: todo", with: "status: done")
        try repo.write(path, text)
        try commit(as: ("Bob Durand", "bob@example.org"), "Maquette finie", files: [path], date: "2026-12-02T14:00:00+01:00")
        // Website work, pair-programmed: Alice authors, Bob co-authors.
        try repo.write("site/index.html", (1...12).map { "<p>ligne \($0)</p>" }.joined(separator: "\n") + "\n")
        try repo.write("site/style.css", "body { color: #333; }\nh1 { margin: 0; }\n")
        try commit(as: ("Alice Martin", "alice@example.org"), "Page d'accueil\n\nCo-authored-by: Bob Durand <bob@example.org>",
                   files: ["site/index.html", "site/style.css"], date: "2026-12-03T10:00:00+01:00")
        // Bob from his school address, mapped by .mailmap.
        try repo.write(".mailmap", "Bob Durand <bob@example.org> <\(HistoryFixture.bobAlt)>\n")
        try repo.write("site/contact.html", "<form>\n<input>\n</form>\n")
        try commit(as: ("B. Durand", HistoryFixture.bobAlt), "Formulaire de contact", files: [".mailmap", "site/contact.html"], date: "2026-12-07T09:30:00+01:00")
        // A lock file (excluded by default) and a binary image.
        try repo.write("package-lock.json", (1...300).map { "  \"dep\($0)\": \"1.0.\($0)\"," }.joined(separator: "\n") + "\n")
        try Data([0x89, 0x50, 0x4E, 0x47, 0, 1, 2, 3, 0, 0]).write(to: repo.file("site/logo.png"))
        try commit(as: ("Alice Martin", "alice@example.org"), "Dépendances et logo", files: ["package-lock.json", "site/logo.png"], date: "2026-12-08T11:00:00+01:00")
        // Someone outside the team.
        try repo.write("site/index.html", repo.read("site/index.html")! + "<footer>Eve</footer>\n")
        try commit(as: HistoryFixture.eve, "Pied de page", files: ["site/index.html"], date: "2026-12-09T16:00:00+01:00")
        // The spec, documents (Markdown with a status, a PDF with its sidecar), minutes and a
        // comment, all by hand; then Alice validates the guide by changing its status.
        try repo.write("spec.md", "# Cahier des charges\n\n## Objectifs\n")
        try repo.write("docs/guide.md", "---\ntitle: Guide\nstatus: draft\n---\n# Guide\n")
        try Data([0x25, 0x50, 0x44, 0x46, 0, 1, 2]).write(to: repo.file("docs/plan.pdf"))
        try repo.write("docs/plan.pdf.meta.yml", "title: Plan\nstatus: draft\n")
        try repo.write("meetings/2026-12-08-reunion.md", "---\ndate: 2026-12-08\n---\n# Réunion\n")
        try repo.write("comments/T-A1/20261208T100000-bob-ab12.md", "---\nauthor: bob\ndate: 2026-12-08T10:00:00+01:00\nmentions: [alice]\n---\nVu.\n")
        try commit(as: ("Bob Durand", "bob@example.org"), "Documents", files: ["spec.md", "docs", "meetings", "comments"], date: "2026-12-08T15:00:00+01:00")
        try repo.write("docs/guide.md", "---\ntitle: Guide\nstatus: validated\n---\n# Guide\n")
        try commit(as: ("Alice Martin", "alice@example.org"), "Guide validé", files: ["docs/guide.md"], date: "2026-12-08T16:00:00+01:00")
        // A side branch merged with --no-ff.
        try repo.gitOK("checkout", "-q", "-b", "feature")
        try repo.write("site/gallery.html", "<div>galerie</div>\n<img>\n")
        try commit(as: ("Bob Durand", "bob@example.org"), "Galerie", files: ["site/gallery.html"], date: "2026-12-10T10:00:00+01:00")
        try repo.gitOK("checkout", "-q", "main")
        try repo.write("site/style.css", repo.read("site/style.css")! + "footer { font-size: small; }\n")
        try commit(as: ("Alice Martin", "alice@example.org"), "Style du pied de page", files: ["site/style.css"], date: "2026-12-10T11:00:00+01:00")
        try run(["merge", "-q", "--no-ff", "-m", "Fusion de feature", "feature"], as: ("Alice Martin", "alice@example.org"), date: "2026-12-10T12:00:00+01:00")
        // A rename (counted as a deletion and an addition, as `git log --no-renames`).
        try repo.gitOK("mv", "site/contact.html", "site/contact-us.html")
        try commit(as: ("Bob Durand", "bob@example.org"), "Renommage", files: [], date: "2026-12-11T09:00:00+01:00")
        // Authored as Bob, committed by Alice: on his behalf.
        try run(["-c", "user.name=Alice Martin", "-c", "user.email=alice@example.org", "commit", "-q", "--allow-empty", "--author=Bob Durand <bob@example.org>", "-m", "Pour Bob"],
                as: nil, date: "2026-12-11T10:00:00+01:00")
    }

    func commit(as who: (String, String), _ message: String, files: [String], date: String) throws {
        if !files.isEmpty {
            let added = try repo.git(["add", "--"] + files)
            guard added.succeeded else { throw CommandFailed(command: "git add", result: added) }
        }
        try run(["commit", "-q", "-m", message], as: who, date: date)
    }

    func run(_ args: [String], as who: (String, String)?, date: String) throws {
        var env = ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date]
        if let who {
            env["GIT_AUTHOR_NAME"] = who.0
            env["GIT_AUTHOR_EMAIL"] = who.1
            env["GIT_COMMITTER_NAME"] = who.0
            env["GIT_COMMITTER_EMAIL"] = who.1
        }
        let result = try repo.run(TestTools.git, args, environment: env)
        guard result.succeeded else { throw CommandFailed(command: "git " + args.joined(separator: " "), result: result) }
    }

    func contributionsJSON(_ extra: [String] = []) throws -> [String: Any] {
        let out = try repo.jalonOK(["report", "contributions", "--format", "json"] + extra)
        return try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
    }

    static func member(_ json: [String: Any], _ id: String) -> [String: Any]? {
        (json["members"] as? [[String: Any]])?.first { $0["id"] as? String == id }
    }
}

extension TestRepository {
    @discardableResult
    func jalonOK(_ arguments: [String]) throws -> ProcessResult {
        let result = try jalon(arguments)
        guard result.succeeded else { throw CommandFailed(command: "jalon " + arguments.joined(separator: " "), result: result) }
        return result
    }
}

@Suite("History: engine, reports, cache, integrity")
struct HistoryTests {
    /// Credits per member email computed from the git CLI: author (through .mailmap: `%aE`) and
    /// each co-author, with `--numstat` lines minus the excluded lock file and binaries.
    struct GitFigures {
        var commits: [String: Int] = [:]
        var added: [String: Int] = [:]
        var removed: [String: Int] = [:]
    }

    static func gitFigures(_ repo: TestRepository) throws -> GitFigures {
        let out = try repo.gitOK("log", "--numstat", "--no-renames", "--format=@@%aE%x09%(trailers:key=Co-authored-by,valueonly,separator=%x2C)")
        var figures = GitFigures()
        var credited: [String] = []
        for line in out.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("@@") {
                let parts = line.dropFirst(2).split(separator: "\t", omittingEmptySubsequences: false)
                credited = [String(parts[0]).lowercased()]
                if parts.count > 1 {
                    for trailer in parts[1].split(separator: ",") {
                        if let open = trailer.firstIndex(of: "<"), let close = trailer.firstIndex(of: ">") {
                            let email = String(trailer[trailer.index(after: open)..<close]).lowercased()
                            if !credited.contains(email) { credited.append(email) }
                        }
                    }
                }
                for who in credited { figures.commits[who, default: 0] += 1 }
                continue
            }
            let cols = line.split(separator: "\t")
            guard cols.count == 3, let a = Int(cols[0]), let r = Int(cols[1]), cols[2] != "package-lock.json" else { continue }
            for who in credited {
                figures.added[who, default: 0] += a
                figures.removed[who, default: 0] += r
            }
        }
        return figures
    }

    @Test("counts match git log --numstat and git shortlog -sne; hand edits, co-authors, mailmap, outsiders")
    func countsMatchGit() throws {
        let f = try HistoryFixture()
        let json = try f.contributionsJSON()
        let figures = try Self.gitFigures(f.repo)
        for (id, email) in [("alice", "alice@example.org"), ("bob", "bob@example.org")] {
            let m = try #require(HistoryFixture.member(json, id))
            #expect(m["commits"] as? Int == figures.commits[email], "\(id) commits")
            #expect(m["linesAdded"] as? Int == figures.added[email] ?? 0, "\(id) lines added")
            #expect(m["linesRemoved"] as? Int == figures.removed[email] ?? 0, "\(id) lines removed")
        }
        // git shortlog applies .mailmap too; co-author credits come on top of it.
        let shortlog = try f.repo.gitOK("shortlog", "-sne", "HEAD")
        var authored: [String: Int] = [:]
        for line in shortlog.split(separator: "\n") {
            let parts = line.trimmingCharacters(in: .whitespaces).split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, let n = Int(parts[0]), let open = parts[1].firstIndex(of: "<"), let close = parts[1].firstIndex(of: ">") else { continue }
            authored[String(parts[1][parts[1].index(after: open)..<close]).lowercased(), default: 0] += n
        }
        let coAuthoredByBob = try f.repo.gitOK("log", "--format=%(trailers:key=Co-authored-by,valueonly)").components(separatedBy: "bob@example.org").count - 1
        #expect(HistoryFixture.member(json, "bob")?["commits"] as? Int == (authored["bob@example.org"] ?? 0) + coAuthoredByBob)
        #expect(HistoryFixture.member(json, "alice")?["commits"] as? Int == authored["alice@example.org"])
        #expect(authored[HistoryFixture.bobAlt] == nil, "git applied the mailmap too")

        // The hand edit counts: Bob closed T-A1 and was its assignee.
        let bob = try #require(HistoryFixture.member(json, "bob"))
        #expect(bob["tasksDone"] as? Int == 1)
        #expect(bob["tasksClosed"] as? Int == 1)
        let alice = try #require(HistoryFixture.member(json, "alice"))
        #expect(alice["tasksCreated"] as? Int == 2)
        #expect(alice["reviews"] as? Int == 1, "the guide (Bob's) validated; moving her own T-A2 into review is not a review")
        #expect(alice["documents"] as? Int == 0, "a status change alone is not writing")
        #expect(bob["documents"] as? Int == 3, "spec, guide, plan")
        #expect(bob["minutes"] as? Int == 1)
        #expect(bob["comments"] as? Int == 1)
        // Eve is listed apart, never merged into a member.
        let unmatched = try #require(json["unmatched"] as? [[String: Any]])
        #expect(unmatched.count == 1)
        #expect(unmatched.first?["email"] as? String == HistoryFixture.eve.email)
        #expect(unmatched.first?["commits"] as? Int == 1)
        #expect(json["head"] as? String == (try f.repo.revision()))
    }

    @Test("events of documents, minutes, comments and the spec, from files committed by hand")
    func documentEvents() throws {
        let f = try HistoryFixture()
        let store = try BoardStore.locate(from: f.repo.path, board: nil, clock: Clock(now: Date()))
        let history = try store.history()
        #expect(history.events(of: "spec.md").map(\.kind) == [.specCreated])
        #expect(history.events(of: "docs/guide.md").map(\.kind) == [.documentCreated, .documentStatus(from: "draft", to: "validated")])
        #expect(history.events(of: "docs/plan.pdf").map(\.kind) == [.documentCreated])
        #expect(history.events(of: "meetings/2026-12-08-reunion.md").map(\.kind) == [.minutesCreated])
        #expect(history.events(of: "T-A1").map(\.kind) == [.taskCreated, .taskAssigned(member: "bob"), .taskMoved(from: "todo", to: "done"), .taskDone, .commentAdded(mentions: ["alice"])])
        #expect(history.events(of: "docs/guide.md").last?.actor == .member("alice"))
        // Each commit once, merges included, as `git rev-list` counts them.
        #expect(history.commits.count == Int(try f.repo.gitOK("rev-list", "--count", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(history.commits.filter(\.isMerge).count == 1)
        #expect(history.commits.first?.id == (try f.repo.revision()))
        // The merge brings no files of its own; the rename is a deletion and an addition.
        #expect(history.commits.first { $0.isMerge }?.files.isEmpty == true)
        let rename = try #require(history.commits.first { $0.summary == "Renommage" })
        #expect(Set(rename.files.map(\.status)) == [.added, .deleted])
        let onBehalf = try #require(history.commits.first { $0.summary == "Pour Bob" })
        #expect(onBehalf.actor == .member("bob") && onBehalf.committer == .member("alice"))
        let lock = try #require(history.commits.flatMap(\.files).first { $0.path == "package-lock.json" })
        #expect(lock.excluded)
        #expect(history.commits.flatMap(\.files).first { $0.path == "site/logo.png" }?.isBinary == true)
    }

    @Test("task history: every event with date, actor and commit, hand edits included")
    func taskHistory() throws {
        let f = try HistoryFixture()
        let out = try f.repo.jalonOK("task", "history", "T-A1", "--format", "json")
        let json = try JSONSerialization.jsonObject(with: Data(out.stdout.utf8)) as! [String: Any]
        let events = try #require(json["events"] as? [[String: Any]])
        let kinds = events.map { $0["kind"] as! String }
        #expect(kinds == ["taskCreated", "taskAssigned", "taskMoved", "taskDone", "commentAdded"])
        let handEdit = try f.repo.gitOK("log", "--format=%H", "--grep=Maquette finie").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(events[3]["commit"] as? String == handEdit)
        #expect(events[3]["actor"] as? String == "bob")
        #expect(events[2]["detail"] as? [String] == ["todo", "done"])

        let text = try f.repo.jalonOK("task", "history", "T-A1", "--lang", "en").stdout
        let created = try f.repo.gitOK("log", "--format=%h", "--abbrev=8", "--reverse", "--", "tasks/T-A1.md").split(separator: "\n").map(String.init)
        let head = String(try f.repo.revision()!.prefix(8))
        let comment = try f.repo.gitOK("log", "-1", "--format=%h", "--abbrev=8", "--", "comments/T-A1").trimmingCharacters(in: .whitespacesAndNewlines)
        let golden = """
            History of T-A1 "Maquette accueil"
            Computed at commit \(head) (head of the board's branch); check with `git show \(head)`.
            Dec 1, 2026 10:00  \(created[0])  Alice Martin
                created; assigned to bob
            Dec 2, 2026 14:00  \(created[1])  Bob Durand
                done
                status: todo → done
            Dec 8, 2026 15:00  \(comment)  Bob Durand
                comment (mentions alice)

            """
        #expect(text.contains("created; assigned to bob"))
        // The status move is said by its old → new values, read from the file at both commits.
        #expect(text.contains("    done\n    status: todo → done"))
        #expect(text.contains(created[0]) && text.contains(created[1]))
        #expect(text == golden)
        #expect(try f.repo.jalon("task", "history", "T-Z9").status == 2)
    }

    @Test("the cache: second run identical; deleted or corrupt cache gives identical output")
    func cache() throws {
        let f = try HistoryFixture()
        let first = try f.repo.contributionsFromHistory()
        let gitDir = f.repo.file(".git/jalon/cache")
        let files = try FileManager.default.contentsOfDirectory(atPath: gitDir.path).filter { $0.hasSuffix(".bin") && $0.hasPrefix("history-") }
        #expect(files.count == 1)
        let cacheFile = gitDir.appendingPathComponent(files[0])
        #expect(try f.repo.contributionsFromHistory() == first)
        // Corrupt a byte in the middle: the checksum catches it, the engine recomputes.
        var bytes = [UInt8](try Data(contentsOf: cacheFile))
        bytes[bytes.count / 2] ^= 0xFF
        try Data(bytes).write(to: cacheFile)
        #expect(try f.repo.contributionsFromHistory() == first)
        // Garbage, truncation and deletion.
        try Data("not a cache".utf8).write(to: cacheFile)
        #expect(try f.repo.contributionsFromHistory() == first)
        try Data(bytes.prefix(40)).write(to: cacheFile)
        #expect(try f.repo.contributionsFromHistory() == first)
        try FileManager.default.removeItem(at: gitDir)
        #expect(try f.repo.contributionsFromHistory() == first)
        #expect(FileManager.default.fileExists(atPath: cacheFile.path))
        // New commits are added to the cache and counted.
        try f.repo.jalonOK("task", "add", "Encore une", "--assign", "bob")
        let after = try f.contributionsJSON()
        #expect(HistoryFixture.member(after, "alice")?["tasksCreated"] as? Int == 3)
    }

    @Test("seal and verify: a rewrite breaks the seal, anomalies are listed as facts")
    func sealAndVerify() throws {
        let f = try HistoryFixture()
        let sealed = try f.repo.jalonOK("seal", "--lang", "en").stdout
        #expect(sealed.contains("jalon/seal/2026-12-01"))
        #expect(try f.repo.gitOK("cat-file", "-t", "jalon/seal/2026-12-01").hasPrefix("tag"))
        // Sealing the same commit again adds no tag (issue 14.7).
        let second = try f.repo.jalonOK("seal", "--lang", "en").stdout
        #expect(second.contains("Already sealed: tag jalon/seal/2026-12-01"), "\(second)")
        #expect(try f.repo.gitOK("tag", "--list", "jalon/seal/*") == "jalon/seal/2026-12-01\n")
        let ok = try f.repo.jalon("verify", "--format", "json")
        #expect(ok.status == 0, "\(ok)")
        let json = try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as! [String: Any]
        let kinds = Set((json["anomalies"] as! [[String: Any]]).map { $0["kind"] as! String })
        #expect(kinds.contains("onBehalf"))
        #expect(kinds.contains("unknownIdentity"))
        // A force-pushed rewrite: reset to an older commit and commit something else.
        try f.repo.gitOK("reset", "-q", "--hard", "HEAD~3")
        try f.repo.write("site/other.html", "<p>autre</p>\n")
        try f.commit(as: ("Alice Martin", "alice@example.org"), "Autre histoire", files: ["site/other.html"], date: "2026-12-12T09:00:00+01:00")
        let broken = try f.repo.jalon("verify", "--lang", "en")
        #expect(broken.status == 1)
        #expect(broken.stdout.contains("history rewritten since seal jalon/seal/2026-12-01"))
        #expect(!broken.stdout.looksLikeCrash)
    }

    @Test("formats: text, markdown, CSV with BOM, self-contained HTML with escaped titles, French")
    func formats() throws {
        let f = try HistoryFixture()
        let text = try f.repo.jalonOK("report", "contributions", "--lang", "en").stdout
        #expect(text.contains("Contributions — Projet test"))
        #expect(text.contains("Alice Martin (alice)"))
        #expect(text.contains("Activity by week"))
        #expect(text.contains("Eve Intruse"))
        let head = String(try f.repo.revision()!.prefix(8))
        #expect(text.contains("Computed at commit \(head)"))
        let fr = try f.repo.jalonOK("report", "contributions", "--lang", "fr").stdout
        #expect(fr.contains("Calculé au commit \(head)"))
        #expect(fr.contains("Identités hors équipe"))
        let md = try f.repo.jalonOK("report", "contributions", "--format", "markdown").stdout
        #expect(md.hasPrefix("# Contributions"))
        #expect(md.contains("| Commits |"))
        let csv = try f.repo.jalonOK("report", "contributions", "--format", "csv").stdout
        #expect(csv.replacingOccurrences(of: "\u{FEFF}", with: "").hasPrefix("kind;id;name;email;commits"))
        let bom = try f.repo.run("/bin/sh", ["-c", "\"$0\" report contributions --format csv | od -An -tx1 -N3", TestTools.jalon], environment: f.repo.jalonEnvironment)
        #expect(bom.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "ef bb bf")
        #expect(csv.contains("member;alice;Alice Martin;"))
        #expect(csv.contains("unmatched;;Eve Intruse;eve@example.com"))
        let html = try f.repo.jalonOK("report", "contributions", "--format", "html").stdout
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script>"))
        #expect(!html.contains("src=\"http"))
        let evidence = try f.repo.jalonOK("report", "contributions", "--member", "alice", "--format", "html").stdout
        #expect(evidence.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(!evidence.contains("<script>"))
        let one = try f.contributionsJSON(["--member", "bob"])
        #expect((one["members"] as? [[String: Any]])?.map { $0["id"] as! String } == ["bob"])
        #expect(try f.repo.jalon("report", "contributions", "--member", "zoe").status == 2)
        // Period filter: nothing before the project started.
        let none = try f.contributionsJSON(["--to", "2026-11-01"])
        #expect(HistoryFixture.member(none, "alice")?["commits"] as? Int == 0)
        // Lock files count when the default exclusions are off.
        let all = try f.contributionsJSON(["--no-default-excludes"])
        #expect((HistoryFixture.member(all, "alice")?["linesAdded"] as! Int) == (HistoryFixture.member(try f.contributionsJSON(), "alice")?["linesAdded"] as! Int) + 300)
        let activity = try f.repo.jalonOK("activity", "--weeks", "3", "--lang", "en").stdout
        #expect(activity.contains("Activity over the last 3 weeks"))
        #expect(activity.contains("Alice Martin"))
        let surviving = try f.contributionsJSON(["--surviving"])
        let blamed = try f.repo.gitOK("blame", "--line-porcelain", "HEAD", "--", "site/style.css").components(separatedBy: "\nauthor-mail <alice@example.org>").count - 1
        #expect((HistoryFixture.member(surviving, "alice")?["survivingLines"] as? Int ?? 0) >= blamed)
    }
}

@Suite("History: units")
struct HistoryUnitTests {
    @Test("globs: file names anywhere, folders anywhere, anchored paths")
    func globs() {
        #expect(PathGlob("package-lock.json").matches("site/package-lock.json"))
        #expect(PathGlob("*.min.js").matches("site/js/app.min.js"))
        #expect(!PathGlob("*.min.js").matches("site/js/app.js"))
        #expect(PathGlob("vendor/**").matches("vendor/lib/a.php"))
        #expect(PathGlob("node_modules/**").matches("site/node_modules/x/index.js"))
        #expect(!PathGlob("dist/**").matches("distance.txt"))
        #expect(PathGlob("assets/**/*.png").matches("assets/img/a/b.png"))
        #expect(!PathGlob("assets/**/*.png").matches("site/assets/b.png"))
    }

    @Test("co-author trailers, any case, deduplicated")
    func trailers() {
        let found = CommitRecord.coAuthorTrailers("Titre\n\nCo-authored-by: Bob Durand <bob@example.org>\nco-authored-by: Bob Durand <bob@example.org>\nCO-AUTHORED-BY: Chloé <chloe@example.org>\n")
        #expect(found == [RawIdentity(name: "Bob Durand", email: "bob@example.org"), RawIdentity(name: "Chloé", email: "chloe@example.org")])
        // The one trailer reader `jalon log` uses too: any case, indented lines, values trimmed.
        let message = "Titre\n\nJalon-Action: task.move\n  jalon-items:  T-A1, T-A2 \nCo-authored-by: Zoé\n"
        #expect(Trailers.values("Jalon-Action", in: message) == ["task.move"])
        #expect(Trailers.values("Jalon-Items", in: message) == ["T-A1, T-A2"])
        #expect(Trailers.values("Jalon-Baseline", in: message).isEmpty)
        #expect(CommitRecord.coAuthorTrailers(message) == [RawIdentity(name: "Zoé", email: "")])
        #expect(Trailers.identity("<bob@example.org>").map { [$0.name, $0.email] } == ["bob@example.org", "bob@example.org"])
    }

    @Test("cache records round-trip; a changed byte fails decoding or the checksum")
    func cacheRoundTrip() throws {
        let id = ObjectID(hex: String(repeating: "ab", count: 20))!
        let record = CommitRecord(id: id, tree: id, parents: [id, id], authorName: "Zoé", authorEmail: "z@example.org", authorTime: 1_796_108_400,
                                  authorOffset: 60, committerName: "Zoé", committerEmail: "z@example.org", committerTime: -5, committerOffset: -300,
                                  summary: "Résumé", coAuthors: [RawIdentity(name: "Bob", email: "b@example.org")],
                                  files: [RawFile(path: "a/b.txt", status: .modified, added: 3, removed: 1_000_000, isBinary: false),
                                          RawFile(path: "c.bin", status: .added, added: 0, removed: 0, isBinary: true, unreadable: true)],
                                  events: [RawEvent(kind: .taskMoved(from: "todo", to: "done"), item: "T-A1"), RawEvent(kind: .documentStatus(from: nil, to: "validated"), item: "docs/x.md")],
                                  signature: .ssh, boundary: true)
        let payload = HistoryCache.encode([record])
        let back = try #require(HistoryCache.decode(payload)?.first)
        #expect(back.id == id && back.parents.count == 2 && back.authorName == "Zoé" && back.committerTime == -5 && back.committerOffset == -300)
        #expect(back.files.first?.removed == 1_000_000)
        #expect(back.files.map(\.unreadable) == [false, true] && back.files.map(\.isBinary) == [false, true])
        #expect(back.signature == .ssh && back.boundary && back.incomplete)
        #expect(back.events == record.events)
        #expect(HistoryCache.decode(Array(payload.dropLast())) == nil, "a truncated payload is refused")
        // Through the real file: every single changed byte of the cache file (header, length,
        // checksum or payload) makes the reader drop the damaged part, never read another record.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-cache-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = HistoryCache(commonDirectory: folder.path, prefix: "")
        cache.save(previous: HistoryCache.Contents(), newRecords: [record])
        let good = try Data(contentsOf: cache.url)
        let loaded = cache.load()
        #expect(loaded.records.count == 1 && loaded.records.first?.id == id && !loaded.damaged)
        var misread: [Int] = []
        for i in 0..<good.count {
            var damaged = good
            damaged[i] ^= 0x5A
            try damaged.write(to: cache.url)
            let contents = cache.load()
            if !contents.records.isEmpty || !contents.damaged { misread.append(i) }
        }
        #expect(misread.isEmpty, "\(good.count) bytes: changed bytes not refused at offsets \(misread)")
    }

    @Test("front matter values of documents and comments")
    func frontMatter() {
        let v = FrontMatterValue.topLevel("status: validated\nauthor: \"bob\"\nmentions: [alice, 'chloe']\ntags:\n  - a\n  - b\n")
        #expect(v["status"]?.scalar == "validated")
        #expect(v["author"]?.scalar == "bob")
        #expect(v["mentions"]?.list == ["alice", "chloe"])
        #expect(v["tags"]?.list == ["a", "b"])
    }

    @Test("review statuses")
    func reviews() {
        #expect(ContributionReport.reviewStatuses(["todo", "doing", "review", "done"]) == ["review"])
        #expect(ContributionReport.reviewStatuses(["à faire", "en cours", "relecture", "fait"]) == ["relecture"])
        #expect(ContributionReport.reviewStatuses(["a", "b", "c", "d"]) == ["c"])
        #expect(ContributionReport.reviewStatuses(["todo", "done"]).isEmpty)
    }
}
