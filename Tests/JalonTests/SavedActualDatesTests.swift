// The tasks' actual dates saved at the branch head (what the late marks of `task list` and
// `board` are forecast from), on a real repository: after Jalon and plain Git commits, commits
// dated after the status date, a rewrite, a merge of older work and another time zone, they are
// always the dates counted from the whole history.
import BoardCore
import BoardStore
import Foundation
import Planning
import Testing
@testable import UseCases

@Suite("Saved actual dates follow the history", .serialized)
struct SavedActualDatesTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    /// A commit made with the `git` CLI, authored and committed at `date` (ISO 8601).
    static func gitCommit(_ repo: TestRepository, _ path: String, _ text: String, _ message: String, date: String) throws {
        try repo.write(path, text)
        try repo.gitOK("add", path)
        let made = try repo.run(TestTools.git, ["commit", "-q", "-m", message], environment: ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date])
        guard made.succeeded else { throw CommandFailed(command: "git commit", result: made) }
    }

    /// The saved dates (bringing the saved ones up to date) and the dates of the whole history,
    /// read by a fresh store as a command would.
    static func both(_ repo: TestRepository, through: Day, timeZone: TimeZone = paris) throws -> ([ItemID: ActualDates], [ItemID: ActualDates]) {
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Clock(now: Date()))
        let board = try store.load()
        let saved = try SavedActualDates.current(store: store, board: board, through: through, timeZone: timeZone)
        let whole = ActualDates.from(try store.history(), board: board, through: through, timeZone: timeZone)
        return (saved, whole)
    }

    static func savedFile(_ repo: TestRepository) -> URL? {
        let folder = repo.file(".git/jalon/cache")
        let name = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.first { $0.hasPrefix("actual-dates-") && $0.hasSuffix(".bin") }
        return name.map { folder.appendingPathComponent($0) }
    }

    @Test("new commits, later commits, a rewrite, a merge of older work, another time zone: the dates of the whole history")
    func followsTheHistory() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        for title in ["Maquette", "Formulaire", "Recette"] { try repo.jalonOK("task", "add", title, "--assign", "bob", "--estimate", "3d") }
        try repo.jalonOK("task", "move", "T-A1", "doing", "--as", "alice")
        try repo.jalonOK("task", "move", "T-A2", "done", "--as", "alice")
        let day = try #require(Day.parse("2026-12-01"))
        var (saved, whole) = try Self.both(repo, through: day)
        #expect(saved == whole)
        #expect(saved[try #require(ItemID("T-A2"))]?.end == day)
        #expect(Self.savedFile(repo) != nil, "saved beside the history cache")

        // A hand edit with plain Git two days later: left out on 1 December, counted on the 3rd.
        let task3 = try #require(repo.read("tasks/T-A3.md"))
        try Self.gitCommit(repo, "tasks/T-A3.md", task3.replacingOccurrences(of: "status: todo", with: "status: doing"), "Start T-A3",
                           date: "2026-12-03T09:00:00+01:00")
        (saved, whole) = try Self.both(repo, through: day)
        #expect(saved == whole)
        // Not moved by then: doing now, so started when it was created.
        #expect(saved[try #require(ItemID("T-A3"))]?.start == day)
        let later = try #require(Day.parse("2026-12-03"))
        (saved, whole) = try Self.both(repo, through: later)
        #expect(saved == whole)
        #expect(saved[try #require(ItemID("T-A3"))]?.start == later)
        // Back to 1 December once the 3rd was saved: the commit of the 3rd is left out again.
        (saved, whole) = try Self.both(repo, through: day)
        #expect(saved == whole)

        // More new commits than are added without saving again, some of them Jalon's.
        for n in 1...22 {
            try Self.gitCommit(repo, "site/page\(n % 4).html", "<p>version \(n)</p>\n", "Page \(n)", date: "2026-12-04T1\(n % 10):00:00+01:00")
        }
        try repo.jalonOK("task", "move", "T-A1", "done", "--as", "bob")
        let december10 = try #require(Day.parse("2026-12-10"))
        (saved, whole) = try Self.both(repo, through: december10)
        #expect(saved == whole)
        #expect(saved[try #require(ItemID("T-A1"))]?.end != nil)

        // A rewritten branch: the saved head is no longer reached.
        try repo.gitOK("reset", "-q", "--hard", "HEAD~1")
        let task2 = try #require(repo.read("tasks/T-A2.md"))
        try Self.gitCommit(repo, "tasks/T-A2.md", task2.replacingOccurrences(of: "status: done", with: "status: doing"), "Reopen T-A2",
                           date: "2026-12-05T09:00:00+01:00")
        (saved, whole) = try Self.both(repo, through: december10)
        #expect(saved == whole)
        #expect(saved[try #require(ItemID("T-A2"))]?.end == nil, "reopened")

        // A branch forked before the saved head and merged after it.
        _ = try Self.both(repo, through: december10)
        try repo.gitOK("checkout", "-q", "-b", "side", "HEAD~3")
        try Self.gitCommit(repo, "tasks/T-A1.md", try #require(repo.read("tasks/T-A1.md")).replacingOccurrences(of: "status: doing", with: "status: done"),
                           "Finish T-A1 on the side", date: "2026-12-06T09:00:00+01:00")
        try repo.gitOK("checkout", "-q", "main")
        try repo.gitOK("merge", "-q", "--no-edit", "side")
        (saved, whole) = try Self.both(repo, through: december10)
        #expect(saved == whole)

        // Another time zone, then the one before: each counted as the whole history counts it.
        let tokyo = try #require(TimeZone(identifier: "Asia/Tokyo"))
        (saved, whole) = try Self.both(repo, through: december10, timeZone: tokyo)
        #expect(saved == whole)
        (saved, whole) = try Self.both(repo, through: december10)
        #expect(saved == whole)
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Clock(now: Date()))
        #expect(try repo.gitOK("rev-list", "--count", "main").trimmingCharacters(in: .whitespacesAndNewlines) == "\(try store.history().commits.count)")
    }

    @Test("task list and board print the same late marks from saved dates as from the whole history; damaged saved dates are not trusted")
    func sameOutput() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--assign", "bob", "--estimate", "10d", "--due", "2026-12-02")
        try repo.jalonOK("task", "add", "Recette", "--assign", "alice", "--estimate", "2d", "--due", "2027-01-15")
        try repo.jalonOK("task", "move", "T-A1", "doing", "--as", "bob")
        let views = [["task", "list"], ["board"], ["task", "show", "T-A1"]]
        let first = try views.map { try repo.jalonOK($0).stdout }
        #expect(first[0].contains("T-A1"))
        let file = try #require(Self.savedFile(repo))
        for (view, expected) in zip(views, first) {
            #expect(try repo.jalonOK(view).stdout == expected, "\(view) from the saved dates")
            try FileManager.default.removeItem(at: file)
            #expect(try repo.jalonOK(view).stdout == expected, "\(view) from the whole history")
        }
        let good = try [UInt8](Data(contentsOf: file))
        for bad in [Array(good.prefix(good.count / 2)), Array("not saved dates".utf8), []] {
            try Data(bad).write(to: file)
            #expect(try repo.jalonOK("task", "list").stdout == first[0])
        }
    }
}
