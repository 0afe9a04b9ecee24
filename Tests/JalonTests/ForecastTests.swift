import Foundation
import Testing

/// The one forecast, end to end: a board with a scripted dated history (each command run with
/// its own `JALON_NOW`), read back at three status dates with `--at`. Every command that shows
/// dates must give the same start and end for every item, and the same project end.
@Suite("forecast: one status date, one forecast, every command")
struct ForecastTests {
    static func at(_ day: String, _ time: String = "10:00") -> [String: String] { ["JALON_NOW": "\(day)T\(time):00+01:00"] }

    /// 30/11: four tasks and a milestone, baseline saved. T-A1 started 01/12, done 03/12
    /// (due 02/12); T-A2 started 04/12, half done 07/12, done 09/12; T-A5 added 04/12; T-A3
    /// started 09/12.
    static func scriptedBoard() throws -> TestRepository {
        let repo = try TestRepository()
        repo.jalonEnvironment = at("2026-11-30", "09:00")
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Besoins", "--assign", "alice", "--estimate", "2d", "--due", "2026-12-02")          // T-A1
        try repo.jalonOK("task", "add", "Maquettes", "--assign", "bob", "--estimate", "3d", "--depends", "T-A1", "--due", "2026-12-07") // T-A2
        try repo.jalonOK("milestone", "add", "Livraison", "--date", "2026-12-11")                                           // M-A1
        try repo.jalonOK("task", "add", "Site", "--assign", "alice", "--estimate", "2d", "--depends", "T-A2", "--milestone", "M-A1") // T-A3
        try repo.jalonOK("task", "add", "Hébergement", "--assign", "bob", "--estimate", "1d")                               // T-A4
        try repo.jalonOK("baseline", "save", "initial")
        try repo.jalonOK("task", "move", "T-A1", "doing", environment: at("2026-12-01"))
        try repo.jalonOK("task", "move", "T-A1", "done", environment: at("2026-12-03", "16:00"))
        try repo.jalonOK("task", "move", "T-A2", "doing", environment: at("2026-12-04", "09:00"))
        // Added after the baseline, no due date: never late.
        try repo.jalonOK("task", "add", "Affiche", "--assign", "alice", "--estimate", "1d", environment: at("2026-12-04", "09:30")) // T-A5
        try repo.jalonOK("task", "edit", "T-A2", "--progress", "50", environment: at("2026-12-07", "17:00"))
        try repo.jalonOK("task", "move", "T-A2", "done", environment: at("2026-12-09", "11:00"))
        try repo.jalonOK("task", "move", "T-A3", "doing", environment: at("2026-12-09", "11:30"))
        repo.jalonEnvironment = at("2026-12-10", "18:00")
        return repo
    }

    typealias Dates = [String: String] // id → "start…end"

    static func json(_ text: String) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    static func dates(_ items: Any?) throws -> Dates {
        let list = try #require(items as? [[String: Any]])
        var out: Dates = [:]
        for i in list { out[try #require(i["id"] as? String)] = "\(i["start"] as? String ?? "?")…\(i["end"] as? String ?? "?")" }
        return out
    }

    static func iso(_ compact: String) -> String {
        let c = Array(compact)
        return String(c[0..<4]) + "-" + String(c[4..<6]) + "-" + String(c[6..<8])
    }

    /// Mermaid: `    T-A1 … :done, T-A1, 2026-12-01, 2026-12-04` (end exclusive) or `…, 0d` for a milestone.
    static func mermaidDates(_ text: String) throws -> Dates {
        var out: Dates = [:]
        for line in text.split(separator: "\n") where line.hasPrefix("    ") && line.contains(" :") {
            let fields = line[line.range(of: " :", options: .backwards)!.upperBound...].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            let id = fields[fields.count - 3], start = fields[fields.count - 2], last = fields[fields.count - 1]
            if last == "0d" {
                out[id] = "\(start)…\(start)"
            } else {
                // Exclusive end: the day before, skipping back over nothing (the forecast ends on a working day).
                let f = DateFormatter()
                f.dateFormat = "yyyy-MM-dd"
                f.timeZone = TimeZone(identifier: "UTC")
                let d = try #require(f.date(from: last)).addingTimeInterval(-86_400)
                out[id] = "\(start)…\(f.string(from: d))"
            }
        }
        return out
    }

    /// The `data-item`/`data-start`/`data-end` of the Gantt bars of an HTML page.
    static func htmlDates(_ html: String) throws -> Dates {
        let regex = try NSRegularExpression(pattern: #"data-item="([^"]+)" data-start="([0-9-]+)" data-end="([0-9-]+)""#)
        var out: Dates = [:]
        for m in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            let g = { (i: Int) in String(html[Range(m.range(at: i), in: html)!]) }
            out[g(1)] = "\(g(2))…\(g(3))"
        }
        return out
    }

    /// The iCalendar export read by the PyPI `icalendar` parser: the forecast dates of each event.
    static func icsDates(_ repo: TestRepository, _ file: URL) throws -> Dates {
        let script = """
        import sys, json, icalendar
        cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
        out = {}
        for e in cal.walk('VEVENT'):
            uid = str(e['UID']).split('-milestone@')[0].split('-due@')[0].upper()
            out[uid] = str(e['X-JALON-FORECAST-START'].to_ical().decode()) + '…' + str(e['X-JALON-FORECAST-END'].to_ical().decode())
        print(json.dumps(out))
        """
        let result = try repo.run("/usr/bin/env", ["python3", "-c", script, file.path], environment: ["HOME": NSHomeDirectory()])
        #expect(result.succeeded, "the icalendar parser (pip install icalendar) must read the export: \(result)")
        let raw = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String])
        return raw.mapValues { v in v.split(separator: "…").map { iso(String($0)) }.joined(separator: "…") }
    }

    /// Every command's dates at status date `day`, checked against `plan --format json`.
    func checkConsistency(_ repo: TestRepository, at day: String) throws -> (plan: [String: Any], dates: Dates) {
        let plan = try Self.json(repo.jalonOK("plan", "--format", "json", "--at", day).stdout)
        #expect(plan["statusDate"] as? String == day)
        let reference = try Self.dates(plan["items"])
        let end = try #require(plan["end"] as? String)
        #expect(reference.count == (day < "2026-12-04" ? 5 : 6))

        let gantt = try Self.json(repo.jalonOK("gantt", "--format", "json", "--at", day).stdout)
        #expect(try Self.dates(gantt["items"]) == reference, "gantt --format json at \(day)")
        #expect(gantt["end"] as? String == end)

        let status = try Self.json(repo.jalonOK("report", "status", "--format", "json", "--at", day).stdout)
        #expect(try Self.dates(status["items"]) == reference, "report status at \(day)")
        #expect(status["projectEnd"] as? String == end, "report status project end at \(day)")
        #expect(status["asOf"] as? String == day)

        let bilan = try Self.json(repo.jalonOK("report", "bilan", "--format", "json", "--at", day).stdout)
        #expect(try Self.dates(bilan["items"]) == reference, "report bilan at \(day)")
        #expect(bilan["projectEnd"] as? String == end, "report bilan project end at \(day)")
        // The review's own columns agree: actual ends of done tasks, forecast ends of open ones.
        for row in try #require(bilan["tasks"] as? [[String: Any]]) {
            let id = try #require(row["id"] as? String)
            let shown = (row["actualEnd"] as? String) ?? (row["forecastEnd"] as? String)
            #expect(shown == reference[id]?.split(separator: "…").last.map(String.init), "bilan row \(id) at \(day)")
        }

        let mermaid = try repo.jalonOK("export", "mermaid", "--at", day).stdout
        #expect(try Self.mermaidDates(mermaid) == reference, "export mermaid at \(day)")
        #expect(try Self.mermaidDates(mermaid).values.map { String($0.split(separator: "…")[1]) }.max() == end)

        let ics = repo.sandbox.appendingPathComponent("plan-\(day).ics")
        try repo.jalonOK("export", "ics", "--out", ics.path, "--at", day)
        let fromICS = try Self.icsDates(repo, ics)
        // Events exist for items with a date (due dates, milestones): T-A1, T-A2, M-A1.
        #expect(Set(fromICS.keys) == ["T-A1", "T-A2", "M-A1"])
        for (id, d) in fromICS { #expect(reference[id] == d, "export ics \(id) at \(day)") }

        let site = repo.sandbox.appendingPathComponent("site-\(day)")
        try repo.jalonOK("export", "html", "--out", site.path, "--at", day)
        for page in ["gantt.html", "status.html", "bilan.html"] {
            let html = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
            #expect(try Self.htmlDates(html) == reference, "\(page) at \(day)")
        }
        return (plan, reference)
    }

    @Test func everyCommandGivesTheSameDatesAtThreeStatusDates() throws {
        let repo = try Self.scriptedBoard()

        // 02/12: T-A1 in progress since 01/12, its 2 days scheduled from 02/12 → late (due 02/12).
        let (p1, d1) = try checkConsistency(repo, at: "2026-12-02")
        #expect(d1["T-A1"] == "2026-12-01…2026-12-03")
        #expect(d1["T-A2"] == "2026-12-04…2026-12-08" && d1["T-A3"] == "2026-12-09…2026-12-10" && d1["M-A1"] == "2026-12-10…2026-12-10")
        // Not started, no due date: scheduled from the status date, not from the board's start.
        #expect(d1["T-A4"] == "2026-12-02…2026-12-02")
        let late1 = Set(try #require(p1["items"] as? [[String: Any]]).filter { $0["late"] as? Bool == true }.compactMap { $0["id"] as? String })
        // T-A1 late against its due date; the rest against their baseline ends (T-A1's two
        // days pushed everything back; T-A4, planned 30/11, is now forecast 02/12).
        #expect(late1 == ["T-A1", "T-A2", "T-A3", "T-A4", "M-A1"])
        #expect(d1["T-A5"] == nil)
        #expect(p1["end"] as? String == "2026-12-10")

        // 07/12 (read back from the later board): T-A1 done 01→03/12; T-A2 half done by the end
        // of 07/12, 1.5 days left from 07/12.
        let (p2, d2) = try checkConsistency(repo, at: "2026-12-07")
        #expect(d2["T-A1"] == "2026-12-01…2026-12-03")
        #expect(d2["T-A2"] == "2026-12-04…2026-12-08")
        #expect(d2["T-A3"] == "2026-12-09…2026-12-10")
        let items2 = try #require(p2["items"] as? [[String: Any]])
        let a2 = try #require(items2.first { $0["id"] as? String == "T-A2" })
        #expect(a2["actualStart"] as? String == "2026-12-04" && a2["remainingStart"] as? String == "2026-12-07")
        // Baseline end of T-A2 was 04/12: late by 4 days against it (and 1 against its due date).
        #expect(a2["late"] as? Bool == true && a2["daysLate"] as? Int == 4)
        // Progress by effort: T-A1 (16 h) done, half of T-A2 (12 h) over 16 + 24 + 16 + 8 + 8 = 72 h.
        #expect(p2["effortDoneHours"] as? Double == 28 && p2["effortTotalHours"] as? Double == 72)
        let a5 = try #require(items2.first { $0["id"] as? String == "T-A5" })
        #expect(d2["T-A5"] == "2026-12-07…2026-12-07" && a5["late"] as? Bool == false)
        // The Gantt draws the done part at the actual dates: T-A1 whole (01–03/12), T-A2 from
        // its start 04/12 to the day before the status date (06/12), not half of its bar.
        let gantt2 = try String(contentsOf: repo.sandbox.appendingPathComponent("site-2026-12-07/gantt.html"), encoding: .utf8)
        for (id, through) in [("T-A1", "2026-12-03"), ("T-A2", "2026-12-06")] {
            let line = try #require(gantt2.split(separator: "\n").first { $0.contains("data-item=\"\(id)\"") }, "no \(id) bar")
            #expect(line.contains("data-done-through=\"\(through)\""), "\(id): \(line)")
        }
        let text2 = try repo.jalonOK("gantt", "--at", "2026-12-07", "--scale", "day", "--from", "2026-12-01", "--to", "2026-12-31", "--width", "60", "--lang", "fr").stdout
        let row = try #require(text2.split(separator: "\n").first { $0.contains("T-A2") }.map(String.init))
        // Columns from 01/12: T-A2's bar starts on 04/12 (the fourth column), done through
        // 06/12 (three columns), the rest from 07/12.
        let bar = String(row[row.index(after: try #require(row.firstIndex(of: "│")))...])
        #expect(bar.hasPrefix("   ███▒"), "\(row)")

        // 10/12: T-A2 done 04→09/12; T-A3 started 09/12, its 2 days from 10/12.
        let (p3, d3) = try checkConsistency(repo, at: "2026-12-10")
        #expect(d3["T-A2"] == "2026-12-04…2026-12-09")
        #expect(d3["T-A3"] == "2026-12-09…2026-12-11" && d3["M-A1"] == "2026-12-11…2026-12-11")
        #expect(p3["end"] as? String == "2026-12-11")

        // JALON_NOW alone is the same status date as --at.
        let byClock = try Self.json(repo.jalonOK("plan", "--format", "json", environment: Self.at("2026-12-07", "23:00")).stdout)
        #expect(try Self.dates(byClock["items"]) == d2)
        #expect(try repo.status().isEmpty)
    }

    /// The milestone list says reached and late as the forecast does: a milestone with no task
    /// of its own that comes after a done task is reached; one the forecast reaches after its
    /// date is late by the plan's days, not "past".
    @Test func milestoneListTellsReachedAndLateAsTheForecastDoes() throws {
        let repo = try Self.scriptedBoard()
        try repo.jalonOK("milestone", "add", "Besoins validés", "--date", "2026-12-04", "--depends", "T-A1") // M-A2, T-A1 done 03/12
        try repo.jalonOK("milestone", "add", "Recette", "--date", "2026-12-09", "--depends", "T-A3")         // M-A3, T-A3 ends 11/12
        let plan = try Self.json(repo.jalonOK("plan", "--format", "json").stdout)
        let items = try #require(plan["items"] as? [[String: Any]])
        func item(_ id: String) throws -> [String: Any] { try #require(items.first { $0["id"] as? String == id }) }
        #expect(try item("M-A2")["done"] as? Bool == true)
        let m3 = try item("M-A3")
        #expect(m3["late"] as? Bool == true && m3["daysLate"] as? Int == 2, "\(m3)")
        let list = try repo.jalonOK("milestone", "list", "--width", "120").stdout
        func row(_ id: String) throws -> String { try #require(list.split(separator: "\n").first { $0.contains(id) }.map(String.init), "\(list)") }
        #expect(try row("M-A2").contains("atteint") && !(try row("M-A2").contains("passé")), "\(list)")
        // Its count is of the tasks before it, the one it depends on included.
        #expect(try row("M-A2").contains(" 1/1 "), "\(list)")
        #expect(try row("M-A3").contains("! en retard de 2 j"), "\(list)")
        #expect(list.contains("! = en retard"))
    }

    @Test func aStatusDateBeforeTheFirstCommitIsAClearError() throws {
        let repo = try Self.scriptedBoard()
        let result = try repo.jalon("plan", "--at", "2026-11-01", "--lang", "en")
        #expect(result.status != 0 && result.stderr.contains("no commit on or before 2026-11-01"), "\(result)")
        let bad = try repo.jalon("plan", "--at", "2026-13-01", "--lang", "en")
        #expect(bad.status != 0 && bad.stderr.contains("2026-13-01"), "\(bad)")
    }
}
