import Foundation
import Testing

/// Time spent (`jalon time log|list`): one booking per file, merged from two clones through a
/// real remote, read by the forecast (estimate less time spent), shown by `task show`, exported
/// as CSV a spreadsheet reads, and validated by `jalon check` with file:line.
@Suite("time spent: time log, time list, check, forecast")
struct TimeTests {
    static func at(_ day: String, _ time: String = "10:00") -> [String: String] { ["JALON_NOW": "\(day)T\(time):00+01:00"] }

    /// Mid-term board: T-A1 (alice, 2d = 16 h) in progress since 07/12, T-A2 (bob, 1d) after it.
    static func board() throws -> TestRepository {
        let repo = try TestRepository()
        repo.jalonEnvironment = at("2026-12-01", "09:00")
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquettes", "--assign", "alice", "--estimate", "2d")                         // T-A1
        try repo.jalonOK("task", "add", "Intégration", "--assign", "bob", "--estimate", "1d", "--depends", "T-A1")     // T-A2
        try repo.jalonOK("task", "move", "T-A1", "doing", environment: at("2026-12-07"))
        repo.jalonEnvironment = at("2026-12-09", "18:00")
        return repo
    }

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func planItem(_ repo: TestRepository, _ id: String, _ extra: [String] = []) throws -> [String: Any] {
        let plan = try json(try repo.jalonOK(["plan", "--format", "json"] + extra).stdout)
        let items = try #require(plan["items"] as? [[String: Any]])
        return try #require(items.first { $0["id"] as? String == id })
    }

    @Test func bookingsFromTwoClonesMergeAndEachIsOneFileInOneCommit() throws {
        let repo = try Self.board()
        let remote = repo.sandbox.appendingPathComponent("remote.git")
        try repo.gitOK("init", "-q", "--bare", "-b", "main", remote.path)
        try repo.gitOK("remote", "add", "origin", remote.path)
        try repo.gitOK("push", "-q", "origin", "main")
        let clone = repo.sandbox.appendingPathComponent("bob")
        try repo.gitOK("clone", "-q", remote.path, clone.path)
        try repo.gitOK("config", "user.name", "Bob Durand", in: clone)
        try repo.gitOK("config", "user.email", "bob@example.org", in: clone)

        // Same day, same task, two clones.
        let before = try #require(try repo.revision())
        let logged = try repo.jalonOK("time", "log", "T-A1", "3h", "--note", "maquette accueil")
        #expect(logged.stdout.contains("T-A1") && logged.stdout.contains("time/2026-12-09-alice-"))
        try repo.jalonOK("time", "log", "T-A1", "2h", "--date", "2026-12-08", in: clone)
        try repo.jalonOK("time", "log", "T-A1", "1.5h", in: clone)

        // One commit per booking, holding exactly one new file, authored by the member.
        #expect(try repo.gitOK("rev-list", "--count", "\(before)..HEAD") == "1\n")
        let files = try repo.gitOK("show", "--name-status", "--format=%an|%s", "HEAD")
        let lines = files.split(separator: "\n").filter { !$0.isEmpty }
        #expect(lines.count == 2 && lines[0].hasPrefix("Alice Martin|") && lines[1].hasPrefix("A\ttime/2026-12-09-alice-"), "\(files)")
        #expect(try repo.status().isEmpty)

        try repo.gitOK("push", "-q", "origin", "main", in: clone)
        try repo.gitOK("pull", "-q", "--no-rebase", "--no-edit", "origin", "main")
        #expect(try repo.gitOK("ls-files", "time").split(separator: "\n").count == 3)
        #expect(try repo.gitOK("diff", "--name-only", "--diff-filter=U").isEmpty)
        #expect(try repo.jalon("check").status == 0)

        let list = try Self.json(try repo.jalonOK("time", "list", "--format", "json").stdout)
        #expect(list["schemaVersion"] as? Int == 1)
        let totals = try #require(list["totals"] as? [[String: Any]])
        #expect(totals.map { "\($0["member"]!)=\($0["hours"]!)" } == ["alice=3", "bob=3.5"])
        #expect((list["totalHours"] as? Double) == 6.5)
        let week = try Self.json(try repo.jalonOK("time", "list", "--week", "2026-S50", "--member", "bob", "--format", "json").stdout)
        #expect((week["bookings"] as? [Any])?.count == 2 && week["week"] as? String == "2026-W50")
        let otherWeek = try Self.json(try repo.jalonOK("time", "list", "--week", "2026-W49", "--format", "json").stdout)
        #expect((otherWeek["bookings"] as? [Any])?.isEmpty == true)

        // task show: spent against estimate.
        let shown = try repo.jalonOK("task", "show", "T-A1").stdout
        #expect(shown.contains("Time spent:") && shown.contains("6.5 h of 16 h estimated (41%)"), "\(shown)")
    }

    @Test func theForecastSchedulesTheEstimateLessTimeSpentAsOfTheStatusDate() throws {
        let repo = try Self.board()
        #expect(try Self.planItem(repo, "T-A1")["remainingHours"] as? Double == 16)
        try repo.jalonOK("time", "log", "T-A1", "6h", environment: Self.at("2026-12-07", "17:00"))
        try repo.jalonOK("time", "log", "T-A1", "6h", "--date", "2026-12-08")
        // 16 h − 12 h: half a day left, from the status date (09/12); T-A2 follows on 10/12.
        let a1 = try Self.planItem(repo, "T-A1")
        #expect(a1["remainingHours"] as? Double == 4)
        #expect(a1["start"] as? String == "2026-12-07" && a1["end"] as? String == "2026-12-09", "\(a1)")
        #expect(try Self.planItem(repo, "T-A2")["start"] as? String == "2026-12-10")
        // As of 07/12 (the board committed that evening) only the first booking counts: 10 h left.
        #expect(try Self.planItem(repo, "T-A1", ["--at", "2026-12-07"])["remainingHours"] as? Double == 10)
        // Without time logged, progress gives what is left.
        #expect(try Self.planItem(repo, "T-A2")["remainingHours"] as? Double == 8)
    }

    @Test func timeListCSVReadsBackInASpreadsheetReader() throws {
        let repo = try Self.board()
        try repo.jalonOK("time", "log", "T-A1", "2.5h", "--note", "accueil; menu \"burger\"")
        try repo.jalonOK("time", "log", "T-A1", "1h", "--as", "bob", "--date", "2026-12-08")
        let file = repo.sandbox.appendingPathComponent("temps.csv")
        try repo.jalonOK("time", "list", "--format", "csv", "--lang", "fr", "--out", file.path)
        // The reader LibreOffice's import follows: UTF-8 with BOM, `;`, quotes.
        let script = """
            import csv, sys
            rows = list(csv.reader(open(sys.argv[1], encoding='utf-8-sig', newline=''), delimiter=';'))
            head = rows.index(['Date', 'Membre', 'Tâche', 'Titre', 'Heures', 'Note'])
            for r in rows[head + 1:head + 3]: print('|'.join(r))
            per = rows.index(['Membre', 'Heures'])
            for r in rows[per + 1:per + 3]: print('|'.join(r))
            """
        let result = try repo.run("/usr/bin/env", ["python3", "-c", script, file.path], environment: ["HOME": repo.home.path])
        #expect(result.status == 0, "\(result)")
        #expect(result.stdout == """
            2026-12-08|bob|T-A1|Maquettes|1|
            2026-12-09|alice|T-A1|Maquettes|2,5|accueil; menu "burger"
            alice|2,5
            bob|1

            """)
    }

    @Test func refusedBookingsLeaveTheRepositoryAsItWas() throws {
        let repo = try Self.board()
        try repo.jalonOK("time", "log", "T-A1", "20h", "--date", "2026-12-08")
        let before = try repo.snapshot()
        for (args, words) in [(["time", "log", "T-A1", "5h", "--date", "2026-12-08"], "24 h"),
                              (["time", "log", "T-A1", "2h", "--date", "2026-12-10"], "has not come"),
                              (["time", "log", "T-A9", "2h"], "T-A9"),
                              (["time", "log", "T-A1", "0h"], "positive"),
                              (["time", "log", "T-A1", "2h", "--date", "2026-02-30"], "impossible date")] {
            let r = try repo.jalon(args)
            #expect(r.status == 2 && r.stderr.contains(words), "\(args): \(r)")
            #expect(!r.stderr.looksLikeCrash)
        }
        #expect(try repo.snapshot() == before)
    }

    /// `time log T-A1 -2h` used to print the help page (the parser read `-h` in `-2h`) and exit
    /// 0: a negative amount is refused, saying what, where and what to do, in both languages,
    /// as an argument and after `--` alike, and nothing is written.
    @Test func aNegativeAmountIsRefusedNotTheHelpPage() throws {
        let repo = try Self.board()
        let before = try repo.snapshot()
        let en = try repo.jalon("time", "log", "T-A1", "-2h", "--lang", "en")
        #expect(en.status == 2 && en.stdout.isEmpty, "\(en)")
        #expect(en.stderr.contains("argument 4: `-2h` is negative: time spent, a duration or an estimate is counted as a positive amount")
                && en.stderr.contains("write e.g. 2h; to correct time already logged, edit or delete its time/…md file") && en.stderr.contains("nothing was changed"), "\(en)")
        #expect(!en.stderr.contains("USAGE") && !en.stderr.contains("OVERVIEW"))
        let fr = try repo.jalon("time", "log", "T-A1", "-0.5h", "--note", "oups", "--lang", "fr")
        #expect(fr.status == 2 && fr.stderr.contains("argument 4 : « -0.5h » est négatif") && fr.stderr.contains("rien n’a été modifié"), "\(fr)")
        let dashed = try repo.jalon("time", "log", "--lang", "en", "T-A1", "--", "-2h")
        #expect(dashed.status == 2 && dashed.stderr.contains("`-2h` is negative") && dashed.stderr.contains("time/…md"), "\(dashed)")
        #expect(!dashed.stderr.looksLikeCrash && !en.stderr.looksLikeCrash && !fr.stderr.looksLikeCrash)
        #expect(try repo.snapshot() == before)
    }

    @Test func checkNamesEveryBadBookingWithFileAndLine() throws {
        let repo = try Self.board()
        try repo.write("time/a.md", "---\ntask: T-Z9\nmember: zoe\ndate: 2026-02-30\nspent: -3h\n---\n")
        try repo.write("time/b.md", "---\ntask: T-A1\nmember: alice\ndate: 2026-12-08\nspent: 14h\n---\n")
        try repo.write("time/c.md", "---\ntask: T-A1\nmember: alice\ndate: 2026-12-08\nspent: 11h\n---\n")
        try repo.write("time/d.md", "---\ntask: T-A1\nmember: bob\ndate: 2026-12-08\nspent: 8h\n---\n")
        try repo.gitOK("add", "time")
        try repo.gitOK("commit", "-q", "-m", "Temps saisi à la main")
        let check = try repo.jalon("check")
        #expect(check.status == 1)
        for expected in ["time/a.md:2: unknown task T-Z9", "time/a.md:3: unknown member `zoe`", "time/a.md:4: impossible date `2026-02-30`",
                         "time/a.md:5: negative time spent `-3h`", "time/c.md:5: alice has 25 h of time spent on"] {
            #expect(check.stdout.contains(expected), "\(expected)\n\(check)")
        }
        #expect(!check.stdout.contains("time/b.md") && !check.stdout.contains("time/d.md"), "\(check)")
        // A good booking still counts in the forecast while a bad one is named on stderr.
        let plan = try repo.jalon("plan", "--format", "json")
        #expect(plan.status == 0 && plan.stderr.contains("time/a.md"))
    }

    /// Status, review and contribution report give time per member; the review measures a done
    /// task with time logged by its time spent against its estimate.
    @Test func reportsShowTimePerMemberAndTheReviewMeasuresBySpentTime() throws {
        let repo = try Self.board()
        try repo.jalonOK("time", "log", "T-A1", "2h", "--date", "2026-12-04", environment: Self.at("2026-12-07", "17:00"))  // week 49
        try repo.jalonOK("time", "log", "T-A1", "4h", environment: Self.at("2026-12-07", "17:30"))
        try repo.jalonOK("time", "log", "T-A1", "2h", "--as", "bob", "--date", "2026-12-08")
        try repo.jalonOK("task", "done", "T-A1")

        let status = try Self.json(try repo.jalonOK("report", "status", "--format", "json").stdout)
        let time = try #require(status["timeSpent"] as? [[String: Any]])
        #expect(time.map { "\($0["member"]!):\($0["periodHours"]!)/\($0["totalHours"]!)" } == ["alice:4/6", "bob:2/2"])
        let statusText = try repo.jalonOK("report", "status").stdout
        #expect(statusText.contains("Time spent") && statusText.contains("Week 2026-W50"), "\(statusText)")

        let bilan = try Self.json(try repo.jalonOK("report", "bilan", "--format", "json").stdout)
        let rows = try #require(bilan["tasks"] as? [[String: Any]])
        let a1 = try #require(rows.first { $0["id"] as? String == "T-A1" })
        #expect(a1["spentHours"] as? Double == 8 && a1["estimateHours"] as? Double == 16 && a1["accuracy"] as? Double == 0.5, "\(a1)")
        let overall = try #require(bilan["overall"] as? [String: Any])
        #expect(overall["spentTasks"] as? Int == 1 && overall["ratio"] as? Double == 0.5, "\(overall)")
        #expect((bilan["timeSpent"] as? [Any])?.count == 2)
        // As of 07/12 the review sees only what was logged by then.
        let early = try Self.json(try repo.jalonOK("report", "bilan", "--format", "json", "--at", "2026-12-07").stdout)
        let earlyTime = try #require(early["timeSpent"] as? [[String: Any]])
        #expect(earlyTime.map { "\($0["member"]!):\($0["totalHours"]!)" } == ["alice:6"])

        let contributions = try Self.json(try repo.jalonOK("report", "contributions", "--format", "json").stdout)
        let members = try #require(contributions["members"] as? [[String: Any]])
        #expect(members.map { "\($0["id"]!):\($0["spentHours"]!)" } == ["alice:6", "bob:2"])
        #expect(try repo.jalonOK("report", "contributions").stdout.contains("Time spent"))
    }
}
