import Foundation
import Testing

/// The trainer reports and exports end to end, on the example board replayed by `jalon demo`:
/// golden files (regenerate with `JALON_UPDATE_GOLDEN=1 swift test --filter Trainer`), the
/// class overview over a local, a broken and a remote board, the review saved as one commit,
/// the iCalendar file checked by a parser from PyPI and the Mermaid block by a validator.
@Suite("trainer reports, end to end")
struct TrainerCommandTests {
    /// The day the demo stops: Wednesday 03/02/2027 in the evening.
    static let demoNow = "2027-02-03T18:00:00+01:00"

    /// The example board, built once for the whole suite.
    final class Demo: @unchecked Sendable {
        let sandbox: TestRepository
        let folder: URL
        init() throws {
            sandbox = try TestRepository(initialize: false)
            folder = sandbox.sandbox.appendingPathComponent("demo")
            // The whole project (--to-end): the goldens are its state on its last day.
            let result = try sandbox.run(TestTools.jalon, ["demo", folder.path, "--to-end", "--no-color"], in: sandbox.sandbox, environment: [:])
            guard result.succeeded else { throw CommandFailed(command: "jalon demo", result: result) }
            // No warm-up: the tests below read the board in parallel with a cold history cache,
            // which is safe for concurrent writers (HistoryCacheTests tests it directly).
        }

        func jalon(_ arguments: String..., environment: [String: String] = [:]) throws -> ProcessResult {
            try jalon(arguments, environment: environment)
        }

        func jalon(_ arguments: [String], environment: [String: String] = [:]) throws -> ProcessResult {
            try sandbox.run(TestTools.jalon, arguments, in: folder, environment: ["JALON_NOW": TrainerCommandTests.demoNow].merging(environment) { _, b in b })
        }
    }
    static let demo = Result { try Demo() }

    static let goldenFolder = TestTools.packageRoot.appendingPathComponent("Tests/JalonTests/Golden")

    /// Compares `actual` with the golden file `name`, or rewrites it with JALON_UPDATE_GOLDEN=1.
    func golden(_ name: String, _ actual: String) throws {
        let url = Self.goldenFolder.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["JALON_UPDATE_GOLDEN"] == "1" {
            try FileManager.default.createDirectory(at: Self.goldenFolder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            return
        }
        let expected = try #require(try? String(contentsOf: url, encoding: .utf8), "missing golden file \(name): run JALON_UPDATE_GOLDEN=1 swift test --filter Trainer")
        if expected != actual {
            let e = expected.components(separatedBy: "\n"), a = actual.components(separatedBy: "\n")
            let i = (0..<min(e.count, a.count)).first { e[$0] != a[$0] } ?? min(e.count, a.count)
            Issue.record("\(name) differs from its golden file at line \(i + 1):\n- \(i < e.count ? e[i] : "<end>")\n+ \(i < a.count ? a[i] : "<end>")\n(JALON_UPDATE_GOLDEN=1 rewrites it)")
        }
    }

    func ok(_ result: ProcessResult, _ what: String) throws -> String {
        guard result.succeeded else { throw CommandFailed(command: what, result: result) }
        #expect(!result.stderr.looksLikeCrash)
        return result.stdout
    }

    @Test func goldenReportsOfTheExampleBoard() throws {
        let demo = try Self.demo.get()
        let cases: [(String, [String])] = [
            ("status-fr.txt", ["report", "status"]),
            ("status-fr.md", ["report", "status", "--format", "markdown"]),
            ("status-fr.csv", ["report", "status", "--format", "csv"]),
            ("status-fr.json", ["report", "status", "--format", "json"]),
            ("status-fr.html", ["report", "status", "--format", "html"]),
            ("status-en.txt", ["report", "status", "--lang", "en", "--ascii"]),
            ("status-2026-W50-fr.txt", ["report", "status", "--week", "2026-W50"]),
            ("bilan-fr.txt", ["report", "bilan", "--width", "160"]),
            ("bilan-fr.md", ["report", "bilan", "--format", "markdown"]),
            ("bilan-en.json", ["report", "bilan", "--format", "json", "--lang", "en"]),
            ("bilan-en.csv", ["report", "bilan", "--format", "csv", "--lang", "en"]),
            ("export.ics", ["export", "ics"]),
            ("export-mermaid.md", ["export", "mermaid"]),
        ]
        for (name, arguments) in cases {
            let result = try demo.sandbox.run(TestTools.jalon, arguments, in: demo.folder, environment: ["JALON_NOW": Self.demoNow])
            try golden(name, try ok(result, arguments.joined(separator: " ")))
        }
    }

    @Test func statusJSONIsStable() throws {
        let demo = try Self.demo.get()
        let json = try JSONSerialization.jsonObject(with: Data(try ok(demo.jalon("report", "status", "--format", "json"), "status json").utf8)) as? [String: Any]
        let report = try #require(json)
        #expect((report["period"] as? [String: Any])?["label"] as? String == "2027-W05")
        // Late by the forecast: T-A5 ends after its baseline end (09/12/2026), T-B6 after its due date.
        #expect((report["late"] as? [[String: Any]])?.map { $0["id"] as? String } == ["T-A5", "T-B6"])
        #expect((report["progress"] as? [String: Any])?["percent"] as? Int ?? 0 > 50)
        #expect((report["head"] as? String)?.count == 40)
        let milestones = try #require(report["milestones"] as? [[String: Any]])
        #expect(milestones.first { $0["id"] as? String == "M-A4" }?["light"] as? String == "red")
        // A past week is read as the board was at its end.
        let past = try JSONSerialization.jsonObject(with: Data(try ok(demo.jalon("report", "status", "--week", "2026-W50", "--format", "json"), "status W50").utf8)) as? [String: Any]
        #expect(past?["asOf"] as? String == "2026-12-13")
        #expect(Set((past?["done"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }) == ["T-A4", "T-B1", "T-B2", "T-C1"])
        let bad = try demo.jalon("report", "status", "--week", "2026-W60")
        #expect(bad.status == 2 && bad.stderr.contains("2026-W60"))
    }

    /// The week of the example's kick-off meeting: its minutes are `meeting new`'s template with
    /// no decision written yet, so the report names the meeting and lists no decision (it gave
    /// the template's `…` as one); `meeting show` reads the same minutes.
    @Test func statusReadsTheKickOffMinutesWithoutTheirPlaceholder() throws {
        let demo = try Self.demo.get()
        let json = try JSONSerialization.jsonObject(with: Data(try ok(demo.jalon("report", "status", "--week", "2026-W49", "--format", "json"), "status W49").utf8)) as? [String: Any]
        let report = try #require(json)
        #expect(report["meetings"] as? [String] == ["Réunion de lancement"])
        #expect((report["decisions"] as? [Any])?.isEmpty == true, "\(report["decisions"] ?? "none")")
        #expect(try ok(demo.jalon("meeting", "show", "R-A1"), "meeting show").hasPrefix("R-A1 — Réunion de lancement\n"))
        let text = try ok(demo.jalon("report", "status", "--week", "2026-W49"), "status W49 text")
        #expect(text.contains("Décisions\n") && !text.contains("30/11 — …"), "\(text)")
    }

    @Test func icalendarParsesWithThePyPIParser() throws {
        let demo = try Self.demo.get()
        let ics = try ok(demo.jalon("export", "ics"), "export ics")
        let file = demo.sandbox.sandbox.appendingPathComponent("projet-\(UUID().uuidString).ics")
        try Data(ics.utf8).write(to: file)
        let python = ["HOME": NSHomeDirectory()]
        let probe = try demo.sandbox.run("/usr/bin/env", ["python3", "-c", "import icalendar"], environment: python)
        // `.ci/run` installs it; a machine without it fails here rather than passing untested.
        try #require(probe.succeeded, "the iCalendar parser is missing: pip install icalendar (\(probe))")
        let script = """
        import sys, icalendar, datetime
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        events = list(cal.walk('VEVENT'))
        uids = [str(e['UID']) for e in events]
        assert len(uids) == len(set(uids)), 'duplicate UID'
        for e in events:
            start = e.decoded('DTSTART'); end = e.decoded('DTEND')
            assert type(start) is datetime.date and type(end) is datetime.date, 'not all-day'
            assert (end - start).days == 1
            assert e.decoded('DTSTAMP').tzinfo is not None
        print(len(events), sorted(str(e['SUMMARY']) for e in events if str(e['SUMMARY']).startswith('◆'))[0])
        """
        let result = try demo.sandbox.run("/usr/bin/env", ["python3", "-c", script, file.path], environment: python)
        #expect(result.succeeded, "\(result)")
        // 27 tasks all have a due date; 5 milestones.
        #expect(result.stdout.hasPrefix("32 ◆ M-A1 Cahier des charges validé"), "\(result)")
    }

    /// Statuses in the contribution report are the reader's words, not the files' keys.
    @Test func contributionsNameStatusesInTheReadersLanguage() throws {
        let demo = try Self.demo.get()
        let fr = try ok(demo.jalon("report", "contributions", "--member", "alice", "--all"), "contributions fr")
        #expect(fr.contains("passé à « validé »"), "\(fr)")
        #expect(!fr.contains("passé à « validated »"))
        let en = try ok(demo.jalon("report", "contributions", "--member", "alice", "--all", "--lang", "en"), "contributions en")
        #expect(en.contains("set to `validated`"), "\(en)")
    }

    /// A task late against its baseline's end, with a due date still to come, says which day it
    /// is late against: never "due 05/02/2027, 56 days late" on 03/02/2027.
    @Test func taskShowSaysWhatALateTaskIsLateAgainst() throws {
        let demo = try Self.demo.get()
        let fr = try ok(demo.jalon("task", "show", "T-A5", "--lang", "fr"), "task show fr")
        #expect(fr.contains("Échéance :     05/02/2027\n"), "\(fr)")
        #expect(fr.contains("Retard :       ! 56 j après la fin prévue au planning de référence (09/12/2026)"), "\(fr)")
        let en = try ok(demo.jalon("task", "show", "T-A5", "--lang", "en"), "task show en")
        #expect(en.contains("56 d after the baseline's planned end (Dec 9, 2026)"), "\(en)")
    }

    @Test func mermaidExportIsAValidGantt() throws {
        let demo = try Self.demo.get()
        let text = try ok(demo.jalon("export", "mermaid"), "export mermaid")
        let problems = MermaidGanttValidator.problems(text)
        #expect(problems.isEmpty, "\(problems)")
        #expect(text.contains("M-A5") && text.contains("section"))
    }

    @Test func htmlSiteIsSelfContained() throws {
        let demo = try Self.demo.get()
        let out = demo.sandbox.sandbox.appendingPathComponent("site-\(UUID().uuidString)")
        _ = try ok(demo.jalon("export", "html", "--out", out.path), "export html")
        for page in ["index.html", "board.html", "status.html", "gantt.html", "bilan.html"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("</html>"))
            #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("href=\"http") && !html.contains("<script"))
            #expect(html.contains("@media print"))
        }
        let gantt = try String(contentsOf: out.appendingPathComponent("gantt.html"), encoding: .utf8)
        #expect(gantt.contains("<svg") && gantt.contains("T-B6"))
        let missing = try demo.jalon("export", "html")
        #expect(missing.status == 2)
    }

    @Test func boardTextStaysTextInHTML() throws {
        let repo = try TestRepository()
        try repo.makeBoard(name: "Projet <b>gras</b>")
        try repo.jalonOK("task", "add", "<script>alert(1)</script>", "--assign", "alice", "--estimate", "1d", "--due", "2026-11-30")
        let html = try ok(try repo.jalon("report", "status", "--format", "html"), "status html")
        #expect(!html.contains("<script>") && html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(!html.contains("<b>gras") && html.contains("&lt;b&gt;gras"))
        let md = try ok(try repo.jalon("report", "status", "--format", "markdown"), "status md")
        #expect(!md.contains("<script>"))
    }

    @Test func reviewIsSavedAsOneCommit() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Besoins", "--assign", "alice", "--estimate", "1d")
        try repo.jalonOK("baseline", "save", "initial")
        try repo.jalonOK("task", "move", "T-A1", "doing")
        try repo.jalonOK("task", "done", "T-A1", environment: ["JALON_NOW": "2026-12-03T10:00:00+01:00"])
        let before = try repo.gitOK("rev-list", "--count", "HEAD")
        let saved = try repo.jalonOK("report", "bilan", "--save", environment: ["JALON_NOW": "2026-12-03T11:00:00+01:00"])
        #expect(saved.stdout.contains("docs/bilan/2026-12-03-project-review.md"))
        #expect(Int(try repo.gitOK("rev-list", "--count", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)) == Int(before.trimmingCharacters(in: .whitespacesAndNewlines))! + 1)
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines) == "docs/bilan/2026-12-03-project-review.md")
        let text = try #require(repo.read("docs/bilan/2026-12-03-project-review.md"))
        #expect(text.hasPrefix("---\nid: D-A1\ntitle: Project review\n") && text.contains("## Lessons and corrective measures"))
        #expect(try repo.status().isEmpty)
        let again = try repo.jalon(["report", "bilan", "--save"], environment: ["JALON_NOW": "2026-12-03T12:00:00+01:00"])
        #expect(again.status == 1 && again.stderr.contains("--force"))
        try repo.jalonOK("report", "bilan", "--save", "--force", environment: ["JALON_NOW": "2026-12-03T12:00:00+01:00"])
        let fsck = try repo.git("fsck", "--strict", "--no-progress")
        #expect(fsck.succeeded && fsck.stdout.isEmpty, "\(fsck)")
    }

    @Test func classOverviewOverLocalBrokenAndRemoteBoards() throws {
        let demo = try Self.demo.get()
        let repo = try TestRepository()
        // A broken board: its jalon.yml is not YAML any more.
        let broken = try repo.makeFolder("cassee")
        try repo.gitOK("init", "-q", "-b", "main", in: broken)
        try repo.gitOK("config", "user.name", "Bob", in: broken)
        try repo.gitOK("config", "user.email", "bob@example.org", in: broken)
        try Data("jalon: 1\nname: [pas fermé\nmembers: {\n".utf8).write(to: broken.appendingPathComponent("jalon.yml"))
        try repo.gitOK("add", "jalon.yml", in: broken)
        try repo.gitOK("commit", "-q", "-m", "Tableau cassé", in: broken)
        // A remote: a bare clone of the example reached by a file URL.
        let remote = repo.sandbox.appendingPathComponent("distant.git")
        try repo.gitOK("clone", "-q", "--bare", demo.folder.path, remote.path)
        let classFile = """
        # Classe de démonstration
        class: "MC SNO 2026-2027"
        teams:
          - name: Les Tilleuls
            path: \(demo.folder.path)
          - name: Équipe cassée
            path: cassee
          - name: Les Tilleuls (distant)
            url: file://\(remote.path)
          - name: Sans source
        """
        try repo.write("classe.yml", classFile)
        let env = ["JALON_NOW": Self.demoNow]
        let result = try repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--width", "200", "--lang", "fr"], environment: env)
        #expect(result.succeeded, "\(result)")
        #expect(result.stdout.contains("Suivi de la classe — MC SNO 2026-2027"))
        #expect(result.stdout.contains("Les Tilleuls (distant)") && result.stdout.contains("Équipe cassée") && result.stdout.contains("illisible"))
        #expect(result.stderr.contains("Équipe cassée") && result.stderr.contains("Sans source"))
        let json = try JSONSerialization.jsonObject(with: Data(try ok(repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--format", "json"], environment: env), "class json").utf8)) as? [String: Any]
        let teams = try #require(json?["teams"] as? [[String: Any]])
        #expect(teams.count == 4)
        let head = try repo.gitOK("rev-parse", "HEAD", in: demo.folder).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(teams[0]["head"] as? String == head && teams[2]["head"] as? String == head)
        #expect(teams[0]["progress"] as? Int == teams[2]["progress"] as? Int)
        #expect(teams[1]["error"] as? String != nil && teams[3]["error"] as? String != nil)
        #expect((teams[0]["late"] as? [String]) == ["T-A5", "T-B6"])
        // Fetched into the cache under HOME, never pushed: the remote is unchanged.
        let cache = repo.home.appendingPathComponent(".cache/jalon/class")
        #expect((try? FileManager.default.contentsOfDirectory(atPath: cache.path))?.count == 1)
        #expect(try repo.gitOK("rev-parse", "HEAD", in: remote).trimmingCharacters(in: .whitespacesAndNewlines) == head)
        // Every format renders, a second run fetches into the existing cache.
        for format in ["markdown", "csv", "html"] {
            _ = try ok(repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--format", format, "--lang", "en"], environment: env), "class \(format)")
        }
        let html = try ok(repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--format", "html"], environment: env), "class html")
        #expect(html.components(separatedBy: "<section class=\"page\">").count == 5)
        let missing = try repo.run(TestTools.jalon, ["report", "class", "absent.yml", "--lang", "fr"], environment: env)
        #expect(missing.status == 2)
    }

    @Test("report class keeps what the trainer's fetches saw: late-arriving commits, a force-push, a seal deleted upstream")
    func classReportKeepsWhatTheFetchesSaw() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--assign", "alice")
        try repo.jalonOK("seal")
        let seal = try #require(try repo.gitOK("tag", "-l", "jalon/seal/*").split(separator: "\n").first.map(String.init))
        let remote = repo.sandbox.appendingPathComponent("equipe.git")
        try repo.gitOK("init", "-q", "--bare", remote.path)
        try repo.gitOK("push", "-q", remote.path, "main", "--tags")
        try repo.write("classe.yml", "class: BTS\nteams:\n  - name: Équipe 1\n    url: file://\(remote.path)\n")
        let trainer = repo.sandbox.appendingPathComponent("cache-formateur").path
        func fetchLog(at now: String) throws -> [String: Any] {
            let r = try repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--cache", trainer, "--format", "json"], environment: ["JALON_NOW": now])
            #expect(r.succeeded, "\(r)")
            let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
            let team = try #require((json?["teams"] as? [[String: Any]])?.first)
            return try #require(team["fetchLog"] as? [String: Any], "\(team)")
        }
        /// A student's plain git commit with the given date, pushed.
        func commit(_ file: String, dated: String, amend: Bool = false, push: [String] = []) throws -> String {
            try repo.write(file, dated + "\n")
            _ = try repo.gitOK("add", file)
            let r = try repo.run(TestTools.git, ["commit", "-q", "-m", "Site : \(file)"] + (amend ? ["--amend"] : []),
                                 environment: ["GIT_AUTHOR_DATE": dated, "GIT_COMMITTER_DATE": dated])
            #expect(r.succeeded, "\(r)")
            let pushed = try repo.git(["push", "-q", remote.path] + push + ["main"]); #expect(pushed.succeeded, "\(pushed)")
            return try #require(try repo.revision())
        }

        let first = try fetchLog(at: "2026-12-10T10:00:00+01:00")
        #expect(first["fetches"] as? Int == 1 && (first["lateCommits"] as? [Any])?.isEmpty == true, "\(first)")

        let onTime = try commit("index.html", dated: "2026-12-10T14:00:00+01:00")
        let backdated = try commit("style.css", dated: "2026-12-08T12:00:00+01:00")
        let second = try fetchLog(at: "2026-12-11T10:00:00+01:00")
        let late = (second["lateCommits"] as? [[String: Any]]) ?? []
        #expect(late.map { $0["commit"] as? String } == [backdated], "only the commit dated before the first fetch: \(late)")
        #expect(!late.contains { $0["commit"] as? String == onTime })
        #expect((second["rewrittenBranches"] as? [Any])?.isEmpty == true && (second["tagsChanged"] as? [Any])?.isEmpty == true)

        // The team rewrites main (amend + force-push) and deletes the seal on the remote.
        let amended = try commit("style.css", dated: "2026-12-11T12:00:00+01:00", amend: true, push: ["--force"])
        try repo.gitOK("push", "-q", remote.path, ":refs/tags/" + seal)
        let third = try fetchLog(at: "2026-12-12T10:00:00+01:00")
        let rewrites = (third["rewrittenBranches"] as? [[String: Any]]) ?? []
        #expect(rewrites.count == 1 && rewrites.first?["branch"] as? String == "main" && rewrites.first?["old"] as? String == backdated
                && rewrites.first?["new"] as? String == amended, "\(rewrites)")
        let tags = (third["tagsChanged"] as? [[String: Any]]) ?? []
        #expect(tags.count == 1 && tags.first?["tag"] as? String == seal && tags.first?["new"] is NSNull, "\(tags)")
        #expect(third["fetches"] as? Int == 3 && ((third["lateCommits"] as? [Any])?.count == 1), "the fact stays: \(third)")
        // The cache keeps the facts although the remote no longer has them.
        #expect(try repo.gitOK("ls-remote", remote.path).contains(seal) == false)
        let text = try repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--cache", trainer, "--width", "200", "--lang", "fr"], environment: ["JALON_NOW": "2026-12-12T11:00:00+01:00"])
        #expect(text.stdout.contains("Ce qu’ont vu les récupérations du formateur") && text.stdout.contains("Branche « main » réécrite")
                && text.stdout.contains(String(backdated.prefix(10))) && text.stdout.contains("supprimée sur le dépôt distant"), "\(text)")
        let english = try repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--cache", trainer, "--lang", "en", "--format", "markdown"], environment: ["JALON_NOW": "2026-12-12T11:00:00+01:00"])
        #expect(english.stdout.contains("What the trainer's fetches saw") && english.stdout.contains("deleted on the remote"), "\(english)")
    }
}

/// A structural validator of Mermaid `gantt` blocks (npm, hence Mermaid's own parser, is not
/// available to the tests): fences, header keywords, sections, and each task line's
/// `title :tags, id, start, end|duration` with valid dates, unique ids and ends after starts.
enum MermaidGanttValidator {
    static func problems(_ text: String) -> [String] {
        var out: [String] = []
        let lines = text.trimmingCharacters(in: .newlines).components(separatedBy: "\n")
        guard lines.first == "```mermaid" else { return ["does not open with ```mermaid"] }
        guard lines.last == "```" else { return ["does not close with ```"] }
        guard lines.count > 3, lines[1] == "gantt" else { return ["second line is not `gantt`"] }
        var ids: Set<String> = []
        var sawDateFormat = false, sections = 0, tasks = 0
        let known = ["title ", "dateFormat ", "axisFormat ", "excludes ", "todayMarker ", "tickInterval "]
        let taskPattern = try! NSRegularExpression(pattern: #"^    ([^:#;]+?) :((?:(?:crit|done|active|milestone), )*)([A-Za-z0-9_-]+), (\d{4}-\d{2}-\d{2}), (\d{4}-\d{2}-\d{2}|\d+d)$"#)
        for (n, line) in lines.enumerated().dropFirst(2).dropLast() {
            let body = line.trimmingCharacters(in: .whitespaces)
            if body.isEmpty { continue }
            if known.contains(where: body.hasPrefix) {
                if body == "dateFormat YYYY-MM-DD" { sawDateFormat = true }
                continue
            }
            if body.hasPrefix("section ") { sections += 1; continue }
            let range = NSRange(line.startIndex..., in: line)
            guard let m = taskPattern.firstMatch(in: line, range: range) else { out.append("line \(n + 1) is not a task: \(line)"); continue }
            tasks += 1
            func group(_ i: Int) -> String { String(line[Range(m.range(at: i), in: line)!]) }
            if !ids.insert(group(3)).inserted { out.append("line \(n + 1): duplicate id \(group(3))") }
            let f = DateFormatter()
            f.locale = Locale(identifier: "en_US_POSIX")
            f.timeZone = TimeZone(identifier: "UTC")
            f.dateFormat = "yyyy-MM-dd"
            guard let start = f.date(from: group(4)) else { out.append("line \(n + 1): bad date"); continue }
            if group(5).hasSuffix("d") {
                if !group(2).contains("milestone") && group(5) == "0d" { out.append("line \(n + 1): zero-length task") }
            } else if let end = f.date(from: group(5)) {
                if end <= start { out.append("line \(n + 1): ends before it starts") }
            } else {
                out.append("line \(n + 1): bad end date")
            }
        }
        if !sawDateFormat { out.append("no `dateFormat YYYY-MM-DD`") }
        if sections == 0 { out.append("no section") }
        if tasks == 0 { out.append("no task") }
        return out
    }
}

extension TrainerCommandTests {
    /// The README's table of JSON documents is what the commands print: for every row whose
    /// command runs on the example board as written (no ID, FILE or NAME to fill in), each
    /// top-level key the row names is in the document, and the document has no top-level key
    /// the row leaves out (but `schemaVersion`, which the text above the table gives).
    @Test func readmeJSONTableNamesTheKeysTheCommandsPrint() throws {
        let demo = try Self.demo.get()
        let readme = try String(contentsOf: TestTools.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let table = try #require(readme.firstRange(of: "| command | document |").map { readme[$0.lowerBound...] }, "the README has no table of JSON documents")
        let rows = table.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("|") }.dropFirst(2)
        #expect(rows.count >= 30, "the table stops after \(rows.count) rows: a blank line or a stray row cuts it")
        // `news` is for whoever runs it: the demo's clone has no Git identity, so it is given one
        // and a member to read for, and `--peek` keeps it from recording the read.
        let members = try #require(try JSONSerialization.jsonObject(with: Data(ok(try demo.jalon("member", "list", "--format", "json"), "member list").utf8)) as? [String: Any])
        let someone = try #require(((members["members"] as? [[String: Any]])?.first?["id"]) as? String)
        var checked = 0
        for row in rows {
            let cells = row.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(cells.count >= 3, "row with too few cells: \(row)")
            guard cells.count >= 3, cells[2].hasPrefix("`{") else { continue }
            let named = Self.topLevelKeys(cells[2])
            for command in cells[1].split(separator: ",") {
                let words = command.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "`")).split(separator: " ").map(String.init)
                guard !words.isEmpty, !words.contains(where: { $0.allSatisfy(\.isUppercase) || $0.hasPrefix("--") }) else { continue }
                let reader = words == ["news"] ? ["--as", someone, "--peek"] : []
                let identity = ["GIT_COMMITTER_NAME": "Jury", "GIT_COMMITTER_EMAIL": "jury@example.org"]
                let output = try ok(try demo.jalon(words + ["--format", "json"] + reader, environment: identity), words.joined(separator: " "))
                let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], "\(words): not a JSON object")
                let printed = Set(document.keys).subtracting(["schemaVersion"])
                #expect(named.subtracting(printed).isEmpty, "README names \(named.subtracting(printed).sorted()) for `\(words.joined(separator: " "))`, which does not print them")
                #expect(printed.subtracting(named).isEmpty, "`\(words.joined(separator: " "))` prints \(printed.subtracting(named).sorted()), which the README's row leaves out")
                checked += 1
            }
        }
        #expect(checked >= 20, "only \(checked) rows checked")
    }

    /// The quoted names at the first level of braces and brackets in a README cell such as
    /// `{"statuses": [{"status", "tasks": [TASK…]}…], "skippedFiles": […]}`.
    static func topLevelKeys(_ cell: String) -> Set<String> {
        var depth = 0, keys: Set<String> = [], current: String?
        for character in cell {
            if var name = current {
                if character == "\"" { if depth == 1 { keys.insert(name) }; current = nil } else { name.append(character); current = name }
                continue
            }
            switch character {
            case "{", "[": depth += 1
            case "}", "]": depth -= 1
            case "\"": current = ""
            default: break
            }
        }
        return keys
    }
}
