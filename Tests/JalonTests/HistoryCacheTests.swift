// The history cache's mechanics on a real repository: several cold reports at once (the
// parallel engine path, processes appending to one file), append-only growth, repair of a torn
// tail, attribute files that make a file binary, and a revision walk that reports a missing
// commit instead of ending early.
import BoardCore
@testable import BoardStore
@testable import Reports
import Foundation
import Git
import Testing

@Suite("History cache: concurrent writers, append-only, walk errors", .serialized)
struct HistoryCacheTests {
    /// Commits added by `git fast-import` on top of the board: over the engine's threshold for
    /// diffing on several threads (400), so each cold run also exercises the parallel path.
    static let importedCommits = 480

    /// A board with three tasks, then `importedCommits` commits by two authors editing site pages
    /// and, every tenth commit, moving a task between `todo` and `doing`.
    static func makeRepository() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.makeBoard()
        for title in ["Maquette", "Formulaire", "Recette"] { try repo.jalonOK("task", "add", title, "--assign", "bob") }
        let tasks = (1...3).map { repo.read("tasks/T-A\($0).md")! }
        var stream = ""
        func data(_ text: String) -> String { "data \(text.utf8.count)\n\(text)\n" }
        var time = 1_796_108_400
        for i in 1...importedCommits {
            time += 3_600
            let who = i % 2 == 0 ? "Alice Martin <alice@example.org>" : "Bob Durand <bob@example.org>"
            stream += "commit refs/heads/main\nauthor \(who) \(time) +0100\ncommitter \(who) \(time) +0100\n"
            stream += data("Travail \(i)")
            if i == 1 { stream += "from refs/heads/main^0\n" }
            let page = (1...(i % 7 + 1)).map { "<p>page \(i % 10) ligne \($0) version \(i)</p>" }.joined(separator: "\n") + "\n"
            stream += "M 100644 inline site/page\(i % 10).html\n" + data(page)
            if i % 10 == 0 {
                let t = (i / 10) % 3
                let status = (i / 30) % 2 == 0 ? "doing" : "todo"
                stream += "M 100644 inline tasks/T-A\(t + 1).md\n" + data(tasks[t].replacingOccurrences(of: "status: todo", with: "status: \(status)"))
            }
        }
        try repo.write("../stream.fi", stream)
        let imported = try repo.run("/bin/sh", ["-c", "git fast-import --quiet < ../stream.fi && git reset -q --hard main"])
        guard imported.succeeded else { throw CommandFailed(command: "git fast-import", result: imported) }
        return repo
    }

    static func cache(_ repo: TestRepository) -> HistoryCache {
        HistoryCache(commonDirectory: repo.file(".git").path, prefix: "")
    }

    /// Starts `count` `jalon report contributions --format json` at once and waits for them all.
    static func concurrentReports(_ repo: TestRepository, count: Int) throws -> [ProcessResult] {
        var running: [(Process, URL, URL)] = []
        for n in 0..<count {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: TestTools.jalon)
            process.arguments = ["report", "contributions", "--format", "json"]
            process.currentDirectoryURL = repo.url
            process.environment = repo.baseEnvironment.merging(repo.jalonEnvironment) { _, new in new }
            let out = repo.sandbox.appendingPathComponent("report-\(n).out"), err = repo.sandbox.appendingPathComponent("report-\(n).err")
            _ = FileManager.default.createFile(atPath: out.path, contents: nil)
            _ = FileManager.default.createFile(atPath: err.path, contents: nil)
            process.standardOutput = try FileHandle(forWritingTo: out)
            process.standardError = try FileHandle(forWritingTo: err)
            process.standardInput = FileHandle.nullDevice
            running.append((process, out, err))
        }
        for (process, _, _) in running { try process.run() }
        return running.map { process, out, err in
            process.waitUntilExit()
            return ProcessResult(status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                                 stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
        }
    }

    @Test("several cold reports at once: none fails, same output, each commit cached once")
    func concurrentColdReports() throws {
        let repo = try Self.makeRepository()
        let commits = Int(try repo.gitOK("rev-list", "--count", "main").trimmingCharacters(in: .whitespacesAndNewlines))!
        for round in 1...2 {
            try? FileManager.default.removeItem(at: repo.file(".git/jalon/cache"))
            let results = try Self.concurrentReports(repo, count: 4)
            for r in results {
                #expect(r.succeeded, "round \(round): \(r.stderr)")
                #expect(!r.stderr.looksLikeCrash, "round \(round): \(r.stderr)")
            }
            let first = try #require(results.first).stdout
            #expect(first.contains("\"commits\""))
            #expect(results.allSatisfy { $0.stdout == first }, "round \(round): the racing runs disagree")
            let contents = Self.cache(repo).load()
            #expect(!contents.damaged)
            #expect(contents.records.count == commits, "round \(round): every commit cached")
            #expect(Set(contents.records.map(\.id)).count == contents.records.count)
            // A warm run reads the same figures, from the history cache and from the saved totals.
            #expect(try repo.contributionsFromHistory() == first)
            #expect(try repo.jalonOK("report", "contributions", "--format", "json").stdout == first)
        }
    }

    @Test("a new commit appends to the cache; a torn tail is cut and recomputed")
    func appendOnlyAndTornTail() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette")
        let cold = try repo.contributionsFromHistory()
        let cache = Self.cache(repo)
        let before = try [UInt8](Data(contentsOf: cache.url))
        try repo.jalonOK("task", "add", "Recette")
        let grown = try repo.contributionsFromHistory()
        #expect(grown != cold)
        let after = try [UInt8](Data(contentsOf: cache.url))
        #expect(after.count > before.count)
        #expect(Array(after.prefix(before.count)) == before, "the bytes already written stay as they were")
        #expect(cache.load().records.count == 5)

        // A writer killed in the middle of a segment: readers skip it, the next save cuts it.
        let handle = try FileHandle(forWritingTo: cache.url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data([0x40, 0, 0, 0, 1, 2, 3]))
        try handle.close()
        #expect(cache.load().damaged)
        #expect(try repo.contributionsFromHistory() == grown)
        #expect(try [UInt8](Data(contentsOf: cache.url)) == after)
        #expect(!cache.load().damaged)
    }

    @Test("saved contribution totals: new commits are added on top, and the report is the one of the whole history")
    func contributionTotalsFollowNewCommits() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--assign", "bob")
        try repo.jalonOK("task", "add", "Recette")
        func report(_ format: String = "json") throws -> String { try repo.jalonOK("report", "contributions", "--format", format).stdout }
        func totalsFile() throws -> URL {
            let folder = repo.file(".git/jalon/cache")
            let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("contributions-") && $0.hasSuffix(".bin") })
            return folder.appendingPathComponent(name)
        }
        _ = try report()
        #expect(FileManager.default.fileExists(atPath: try totalsFile().path))
        // A Jalon commit, then plain Git commits, one of them by someone who is no member.
        try repo.jalonOK("task", "move", "T-A1", "doing", "--as", "alice")
        try repo.write("site/index.html", "<p>accueil</p>\n")
        try repo.gitOK("add", "site/index.html")
        try repo.gitOK("commit", "-q", "-m", "Accueil")
        try repo.write("site/contact.html", "<p>contact</p>\n")
        try repo.gitOK("add", "site/contact.html")
        try repo.gitOK("-c", "user.name=Zoé Extérieure", "-c", "user.email=zoe@example.net", "commit", "-q", "-m", "Contact")
        // Only the new commits are read: the per-commit cache, removed, is not even rebuilt.
        try FileManager.default.removeItem(at: Self.cache(repo).url)
        let incremental = try report()
        #expect(!FileManager.default.fileExists(atPath: Self.cache(repo).url.path))
        #expect(incremental == (try repo.contributionsFromHistory()))
        #expect(incremental.contains("zoe@example.net"))
        for format in ["text", "markdown", "csv", "html"] {
            let warm = try report(format)
            repo.dropContributionTotals()
            #expect(warm == (try report(format)), "\(format)")
        }
        // A branch forked before the saved head, merged after it: its commits come among the older
        // ones, so the report is read from the whole history.
        _ = try report()
        try repo.gitOK("checkout", "-q", "-b", "side", "HEAD~2")
        try repo.write("site/side.html", "<p>side</p>\n")
        try repo.gitOK("add", "site/side.html")
        try repo.gitOK("commit", "-q", "-m", "Side page")
        try repo.gitOK("checkout", "-q", "main")
        try repo.write("site/main.html", "<p>main</p>\n")
        try repo.gitOK("add", "site/main.html")
        try repo.gitOK("commit", "-q", "-m", "Main page")
        try repo.gitOK("merge", "-q", "--no-edit", "side")
        let merged = try report()
        #expect(merged == (try repo.contributionsFromHistory()))
        // A rewritten branch: the saved head is no longer reached.
        _ = try report()
        try repo.gitOK("reset", "-q", "--hard", "HEAD~3")
        try repo.write("site/other.html", "<p>autre</p>\n")
        try repo.gitOK("add", "site/other.html")
        try repo.gitOK("commit", "-q", "-m", "Autre page")
        let rewritten = try report()
        #expect(rewritten == (try repo.contributionsFromHistory()))
        // Another team: the saved totals are not taken up.
        _ = try report()
        try repo.jalonOK("member", "add", "carol", "--name", "Carol Petit", "--email", "carol@example.org")
        let team = try report()
        #expect(team.contains("carol"))
        #expect(team == (try repo.contributionsFromHistory()))
        // Another period: its own totals.
        let period = try repo.jalonOK("report", "contributions", "--format", "json", "--from", "2020-01-01").stdout
        repo.dropContributionTotals()
        #expect(period == (try repo.jalonOK("report", "contributions", "--format", "json", "--from", "2020-01-01").stdout))
    }

    @Test("saved totals brought up to date across several new commits: one dated long before the saved head, a merge of work the saved head has")
    func contributionTotalsAcrossSkewAndOldMerges() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--assign", "bob")
        try repo.jalonOK("task", "add", "Recette")
        func report() throws -> String { try repo.jalonOK("report", "contributions", "--format", "json").stdout }
        func commit(_ path: String, _ message: String, date: String? = nil) throws {
            try repo.write(path, "<p>\(message)</p>\n")
            try repo.gitOK("add", path)
            let env = date.map { ["GIT_AUTHOR_DATE": $0, "GIT_COMMITTER_DATE": $0] } ?? ["GIT_AUTHOR_DATE": TestRepository.gitDate, "GIT_COMMITTER_DATE": TestRepository.gitDate]
            let done = try repo.run(TestTools.git, ["commit", "-q", "-m", message], environment: env)
            guard done.succeeded else { throw CommandFailed(command: "git commit", result: done) }
        }
        _ = try report()
        let saved = try #require(try repo.revision())
        // Several new commits, the second dated years before everything the saved head has (a
        // walk that stops by dates must not lose it or count older commits as new).
        try commit("site/a.html", "Page A")
        try commit("site/b.html", "Page B", date: "2001-01-01T12:00:00+0100")
        try commit("site/c.html", "Page C")
        let incremental = try report()
        #expect(incremental.contains(try #require(try repo.revision("HEAD~1"))), "the commit dated 2001 is counted")
        #expect(incremental == (try repo.contributionsFromHistory()))
        // A merge whose other parent is a commit the saved head already has: nothing older is new.
        _ = try report()
        let older = try #require(try repo.revision("\(saved)~1"))
        let tree = try repo.gitOK("rev-parse", "HEAD^{tree}").trimmingCharacters(in: .whitespacesAndNewlines)
        let merge = try repo.gitOK("commit-tree", tree, "-p", "HEAD", "-p", older, "-m", "Fusion de l'ancien travail").trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.gitOK("reset", "-q", "--hard", merge)
        try commit("site/d.html", "Page D")
        let merged = try report()
        #expect(merged.contains(merge))
        #expect(merged == (try repo.contributionsFromHistory()))
        // The saved head no longer in the repository's history (amended): the whole history is read.
        _ = try report()
        try repo.write("site/d.html", "<p>Page D, corrigée</p>\n")
        try repo.gitOK("add", "site/d.html")
        try repo.gitOK("commit", "-q", "--amend", "-m", "Page D corrigée")
        let amended = try report()
        #expect(amended == (try repo.contributionsFromHistory()))
    }

    @Test("evidence lists: each commit once, oldest first, as a set of every commit gave them")
    func evidenceListsEachCommitOnce() {
        typealias R = ContributionReport
        var row = R.MemberRow(id: "bob", name: "Bob", role: nil, contributor: .member("bob"))
        let date = Date(timeIntervalSince1970: 1_800_000_000)
        func fact(_ m: R.Metric, _ commit: String, _ item: String = "x") -> R.CountedEvent {
            R.CountedEvent(metric: m, commit: commit, date: date, dayOffsetMinutes: 60, item: item, title: nil, amount: nil)
        }
        // One commit creating two tasks and reviewing one, then commits with lines only.
        row.counted = [fact(.commits, "c1"), fact(.linesAdded, "c1"), fact(.tasksCreated, "c1", "T-A1"), fact(.tasksCreated, "c1", "T-A2"),
                       fact(.reviews, "c1", "T-A3"), fact(.commits, "c2"), fact(.contentLines, "c2"), fact(.commits, "c3"),
                       fact(.linesAdded, "c3"), fact(.tasksCreated, "c3", "T-A4"), fact(.tasksCreated, "c3", "T-A5")]
        let metrics = R.Metric.allCases.filter { $0 != .survivingLines }
        let lists = row.evidence(of: metrics)
        for m in metrics { #expect(lists[m] == row.evidence(m), "\(m)") }
        #expect(lists[.tasksCreated] == ["c1", "c3"])
        #expect(lists[.activeDays] == ["c1", "c2", "c3"])
        #expect(lists[.comments] == [])
        for (i, m) in R.Metric.allCases.enumerated() { #expect(m.ordinal == i) }
    }

    @Test("damaged, truncated or foreign saved totals are never trusted")
    func damagedContributionTotals() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--assign", "bob")
        try repo.jalonOK("task", "move", "T-A1", "done", "--as", "alice")
        let expected = try repo.jalonOK("report", "contributions", "--format", "json").stdout
        let folder = repo.file(".git/jalon/cache")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasPrefix("contributions-") })
        let file = folder.appendingPathComponent(name)
        let good = try [UInt8](Data(contentsOf: file))
        var flipped = good
        for i in stride(from: 9, to: good.count, by: max(1, good.count / 40)) {
            flipped = good
            flipped[i] ^= 0xFF
            try Data(flipped).write(to: file)
            #expect(try repo.jalonOK("report", "contributions", "--format", "json").stdout == expected, "byte \(i) flipped")
        }
        for bad in [Array(good.prefix(good.count / 2)), Array("not a cache".utf8), []] {
            try Data(bad).write(to: file)
            #expect(try repo.jalonOK("report", "contributions", "--format", "json").stdout == expected)
        }
    }

    @Test("a binary rule in .git/info/attributes counts the file as git log --numstat does; without it, lines")
    func attributesFileHonoured() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.write("data/table.csv", (1...40).map { "ligne;\($0)" }.joined(separator: "\n") + "\n")
        try repo.gitOK("add", "data/table.csv")
        try repo.gitOK("commit", "-q", "-m", "Tableau")
        func fileInReport() throws -> FileChange {
            try? FileManager.default.removeItem(at: repo.file(".git/jalon/cache"))
            let store = try BoardStore.locate(from: repo.path, board: nil, clock: Clock(now: Date()))
            return try #require(try store.history().commits.flatMap(\.files).first { $0.path == "data/table.csv" })
        }
        func numstat() throws -> String {
            try repo.gitOK("log", "-1", "--numstat", "--no-renames", "--format=").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let text = try fileInReport()
        #expect(try numstat() == "\(text.added)\t\(text.removed)\tdata/table.csv")
        #expect(!text.isBinary && text.added == 40)
        try repo.write(".git/info/attributes", "*.csv binary\n")
        let binary = try fileInReport()
        #expect(try numstat() == "-\t-\tdata/table.csv")
        #expect(binary.isBinary && binary.added == 0)
    }

    @Test("a revision walk throws on a missing commit instead of ending early")
    func walkReportsMissingCommit() throws {
        let repo = try TestRepository(firstCommit: true)
        for n in 1...3 {
            try repo.write("f.txt", "version \(n)\n")
            try repo.gitOK("add", "f.txt")
            try repo.gitOK("commit", "-q", "-m", "Version \(n)")
        }
        let middle = try repo.gitOK("rev-parse", "HEAD~2").trimmingCharacters(in: .whitespacesAndNewlines)
        let head = try #require(ObjectID(hex: try repo.gitOK("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)))
        let object = repo.file(".git/objects/\(middle.prefix(2))/\(middle.dropFirst(2))")
        try FileManager.default.removeItem(at: object)
        let repository = try Repository.open(at: repo.path)
        let walk = try repository.walk(from: [head])
        var listed = 0
        let failure = #expect(throws: GitError.self) {
            while try walk.next() != nil { listed += 1 }
        }
        // A topological walk may read the whole graph before listing anything: never all 4.
        #expect(listed < 4)
        #expect(failure?.code == .notFound)
    }
}

extension TestRepository {
    /// Removes the contribution totals a report saved, so that the next report reads the history.
    func dropContributionTotals() {
        let folder = file(".git/jalon/cache")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [] where name.hasPrefix("contributions-") {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    /// `jalon report contributions --format json` computed from the history (its cache), not from saved totals.
    func contributionsFromHistory() throws -> String {
        dropContributionTotals()
        return try jalonOK("report", "contributions", "--format", "json").stdout
    }
}
