import Foundation
import Testing

/// `jalon plan`, `gantt`, `load`, `calendar`, `member away`, `baseline` end to end, on real
/// repositories, cross-checked with the `git` CLI.
@Suite("planning commands, end to end")
struct PlanCommandTests {
    private func json(_ result: ProcessResult) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
        return try #require(object as? [String: Any], "\(result)")
    }

    private func item(_ plan: [String: Any], _ id: String) throws -> [String: Any] {
        let items = try #require(plan["items"] as? [[String: Any]])
        return try #require(items.first { $0["id"] as? String == id }, "no \(id) in the plan")
    }

    @Test func scheduleFollowsDependenciesAssigneesAndHolidays() throws {
        let repo = try TestRepository()
        // Planned on the project's first day: open work starts on the status date.
        repo.jalonEnvironment = ["JALON_NOW": "2026-11-30T10:00:00+01:00"]
        try repo.makeBoard()
        try repo.jalonOK("calendar", "add-holiday", "2026-12-21", "2027-01-03", "--name", "Vacances de Noël")
        try repo.jalonOK("task", "add", "Besoins", "--assign", "alice", "--estimate", "2d")               // T-A1
        try repo.jalonOK("task", "add", "Maquettes", "--assign", "alice,bob", "--estimate", "4d", "--depends", "T-A1") // T-A2
        try repo.jalonOK("task", "add", "Recette", "--duration", "5d", "--start", "2026-12-17")          // T-A3
        try repo.jalonOK("milestone", "add", "Maquettes validées", "--depends", "T-A2")                  // M-A1
        let plan = try json(repo.jalonOK("plan", "--format", "json"))
        let a1 = try item(plan, "T-A1"), a2 = try item(plan, "T-A2"), a3 = try item(plan, "T-A3"), m1 = try item(plan, "M-A1")
        #expect(a1["start"] as? String == "2026-11-30" && a1["end"] as? String == "2026-12-01")
        // Two assignees halve four days of effort; it starts the working day after T-A1.
        #expect(a2["start"] as? String == "2026-12-02" && a2["end"] as? String == "2026-12-03")
        #expect(m1["start"] as? String == "2026-12-03")
        // Five working days from Thursday 17/12, the holidays skipped.
        #expect(a3["start"] as? String == "2026-12-17" && a3["end"] as? String == "2027-01-06")
        #expect(a3["critical"] as? Bool == true && a3["slack"] as? Int == 0)
        #expect((a1["slack"] as? Int ?? 0) > 0)
        let text = try repo.jalonOK("plan", "--lang", "fr").stdout
        #expect(text.contains("Chemin critique") && text.contains("T-A3"))
        #expect(try repo.status().isEmpty)
    }

    @Test func absenceDelaysTheMembersWorkAndShowsInTheCalendar() throws {
        let repo = try TestRepository()
        // Planned on the project's first day: open work starts on the status date.
        repo.jalonEnvironment = ["JALON_NOW": "2026-11-30T10:00:00+01:00"]
        try repo.makeBoard()
        try repo.jalonOK("member", "away", "bob", "2026-11-30", "2026-12-04", "--reason", "PFMP")
        try repo.jalonOK("member", "edit", "alice", "--hours-per-day", "4")
        try repo.jalonOK("task", "add", "Hébergement", "--assign", "bob", "--estimate", "1d")
        try repo.jalonOK("task", "add", "Contenus", "--assign", "alice", "--estimate", "1d")
        let plan = try json(repo.jalonOK("plan", "--format", "json"))
        #expect(try item(plan, "T-A1")["start"] as? String == "2026-12-07")
        // Four hours a day: one day of effort takes two working days.
        #expect(try item(plan, "T-A2")["end"] as? String == "2026-12-01")
        let calendar = try json(repo.jalonOK("calendar", "list", "--format", "json"))
        let absences = try #require(calendar["absences"] as? [[String: Any]])
        #expect(absences.first?["member"] as? String == "bob" && absences.first?["name"] as? String == "PFMP")
        #expect((calendar["hoursPerDay"] as? [String: Double])?["alice"] == 4)
        #expect(try repo.gitOK("log", "--format=%(trailers:key=Jalon-Action,valueonly)").contains("member-away"))
        // The text: hours with the language's decimal mark, an absence without a reason shown
        // with the style's dash (ASCII too), every line within the width.
        try repo.jalonOK("member", "edit", "alice", "--hours-per-day", "7.5")
        try repo.jalonOK("member", "away", "alice", "2026-12-21", "2026-12-23")
        let fr = try repo.jalonOK("calendar", "list", "--lang", "fr", "--ascii", "--no-color", "--width", "60").stdout
        #expect(fr.contains("7,5 h par jour ouvre") && fr.contains("| bob ") && fr.contains("| PFMP"), "\(fr)")
        let alice = try #require(fr.split(separator: "\n").first { $0.contains("| alice ") })
        #expect(alice.contains("| -") && !fr.contains("—"), "\(fr)")
        #expect(fr.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(fr)")
        let en = try repo.jalonOK("calendar", "list", "--lang", "en", "--no-color").stdout
        #expect(en.contains("7.5 h per working day") && en.contains("│ —"), "\(en)")
        // Baselines: a sentence when there is none, then the table.
        #expect(try repo.jalonOK("baseline", "list", "--lang", "en").stdout.contains("No baselines yet"))
        try repo.jalonOK("baseline", "save", "Départ")
        let baselines = try repo.jalonOK("baseline", "list", "--lang", "fr", "--no-color", "--ascii").stdout
        #expect(baselines.contains("| Depart ") && baselines.contains("| Enregistree le"), "\(baselines)")
    }

    @Test func cyclesAreReportedNotFatal() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Un")
        try repo.jalonOK("task", "add", "Deux", "--depends", "T-A1")
        // A hand edit closes the cycle; plain git commits it.
        let path = "tasks/T-A1.md"
        let text = try #require(repo.read(path))
        try repo.write(path, text.replacingOccurrences(of: "status: todo\n", with: "status: todo\ndepends: [T-A2]\n"))
        try repo.gitOK("commit", "-q", "-am", "Cycle à la main")
        let plan = try repo.jalon("plan", "--lang", "en")
        #expect(plan.succeeded && !plan.stderr.looksLikeCrash, "\(plan)")
        #expect(plan.stdout.contains("T-A1 → T-A2 → T-A1") || plan.stdout.contains("T-A2 → T-A1 → T-A2"), "\(plan.stdout)")
        let check = try repo.jalon("check")
        #expect(check.status == 1 && check.stdout.contains("tasks/T-A1.md:"))
    }

    @Test func baselineIsAnAnnotatedTagAndSlippageIsMeasured() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Besoins", "--assign", "alice", "--estimate", "2d")
        try repo.jalonOK("task", "add", "Maquettes", "--assign", "bob", "--estimate", "2d", "--depends", "T-A1")
        let head = try repo.revision()
        let saved = try repo.jalonOK("baseline", "save", "planning initial")
        #expect(saved.stdout.contains("jalon/baseline/planning-initial"))
        #expect(try repo.gitOK("cat-file", "-t", "jalon/baseline/planning-initial") == "tag\n")
        #expect(try repo.gitOK("rev-parse", "jalon/baseline/planning-initial^{commit}").trimmingCharacters(in: .whitespacesAndNewlines) == head)
        #expect(try repo.revision() == head, "saving a baseline makes no commit")
        let again = try repo.jalon("baseline", "save", "Planning initial")
        #expect(again.status == 2)
        try repo.jalonOK("task", "edit", "T-A1", "--estimate", "5d")
        try repo.jalonOK("task", "add", "Recette", "--depends", "T-A2")
        let comparison = try json(repo.jalonOK("plan", "--against", "planning initial", "--format", "json"))
        let items = try #require(comparison["items"] as? [[String: Any]])
        let a1 = try #require(items.first { $0["id"] as? String == "T-A1" })
        let a2 = try #require(items.first { $0["id"] as? String == "T-A2" })
        let a3 = try #require(items.first { $0["id"] as? String == "T-A3" })
        #expect(a1["endSlip"] as? Int == 3 && a2["endSlip"] as? Int == 3 && a2["startSlip"] as? Int == 3)
        #expect(a3["change"] as? String == "added")
        let listed = try json(repo.jalonOK("baseline", "list", "--format", "json"))
        #expect((listed["baselines"] as? [[String: Any]])?.first?["name"] as? String == "planning initial")
        let gantt = try repo.jalonOK("gantt", "--baseline", "planning initial", "--width", "100").stdout
        #expect(gantt.contains("planning initial"))
        let unknown = try repo.jalon("plan", "--against", "nope")
        #expect(unknown.status == 2 && unknown.stderr.contains("planning initial"))
    }

    @Test func doneDateComesFromHistoryIncludingHandEdits() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Par Jalon", "--estimate", "1d")
        try repo.jalonOK("task", "add", "À la main", "--estimate", "1d")
        try repo.jalonOK("task", "done", "T-A1", environment: ["JALON_NOW": "2026-12-09T16:00:00+01:00"])
        let path = "tasks/T-A2.md"
        try repo.write(path, try #require(repo.read(path)).replacingOccurrences(of: "status: todo", with: "status: done"))
        try repo.gitOK("add", path)
        _ = try repo.run("/usr/bin/git", ["commit", "-q", "-m", "fini"], environment: ["GIT_AUTHOR_DATE": "2026-12-11T11:00:00+01:00", "GIT_COMMITTER_DATE": "2026-12-11T11:00:00+01:00"])
        let plan = try json(repo.jalonOK("plan", "--format", "json", environment: ["JALON_NOW": "2026-12-14T10:00:00+01:00"]))
        #expect(try item(plan, "T-A1")["actualEnd"] as? String == "2026-12-09")
        #expect(try item(plan, "T-A2")["actualEnd"] as? String == "2026-12-11")
        #expect(try item(plan, "T-A2")["done"] as? Bool == true)
    }

    @Test func overloadIsFlaggedAndLevellingRemovesIt() throws {
        let repo = try TestRepository()
        // Planned on the project's first day: open work starts on the status date.
        repo.jalonEnvironment = ["JALON_NOW": "2026-11-30T10:00:00+01:00"]
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Pages", "--assign", "alice", "--duration", "5d")
        try repo.jalonOK("task", "add", "Textes", "--assign", "alice", "--duration", "5d")
        let load = try json(repo.jalonOK("load", "--format", "json"))
        let weeks = try #require(load["load"] as? [[String: Any]])
        #expect(weeks.contains { $0["member"] as? String == "alice" && $0["overloaded"] as? Bool == true })
        let loadText = try repo.jalonOK("load", "--lang", "fr", "--width", "100").stdout
        #expect(loadText.contains("80/40"))
        let levelled = try json(repo.jalonOK("plan", "--level", "--format", "json"))
        #expect(!((levelled["moves"] as? [Any]) ?? []).isEmpty)
        #expect(!((levelled["load"] as? [[String: Any]]) ?? []).contains { $0["overloaded"] as? Bool == true })
        #expect(!((levelled["conflicts"] as? [[String: Any]]) ?? []).contains { $0["kind"] as? String == "overload" })
    }

    @Test func ganttFitsTheWidthInUnicodeAsciiAndMermaid() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("milestone", "add", "Cahier des charges validé", "--date", "2026-12-11")
        try repo.jalonOK("task", "add", "Recueillir les besoins de l’association 🌱", "--assign", "alice", "--estimate", "3d", "--milestone", "M-A1")
        try repo.jalonOK("task", "add", "Maquettes", "--assign", "bob", "--estimate", "4d", "--depends", "T-A1", "--progress", "50")
        for width in ["60", "100"] {
            let text = try repo.jalonOK("gantt", "--width", width).stdout
            #expect(text.contains("◆") && text.contains("déc."))
            let ascii = try repo.jalonOK("gantt", "--width", width, "--ascii", "--by", "member").stdout
            #expect(ascii.utf8.allSatisfy { $0 < 0x80 }, "\(ascii)")
            #expect(ascii.split(separator: "\n").allSatisfy { $0.count <= Int(width)! })
        }
        let mermaid = try repo.jalonOK("gantt", "--format", "mermaid").stdout
        #expect(mermaid.hasPrefix("```mermaid\ngantt") && mermaid.contains(":milestone"))
        let bad = try repo.jalon("gantt", "--from", "2027-01-10", "--to", "2026-12-01")
        #expect(bad.status == 2)
    }

    /// By member: a member's absence is shaded on their rows only; no "Unassigned" group when
    /// every task has someone.
    @Test func ganttShadesEachMembersAbsenceOnTheirRowsOnly() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("member", "away", "bob", "2026-12-07", "2026-12-18", "--reason", "PFMP")
        try repo.jalonOK("task", "add", "Besoins", "--assign", "alice", "--estimate", "3w")      // T-A1
        try repo.jalonOK("task", "add", "Maquettes", "--assign", "bob", "--estimate", "2d")      // T-A2
        let text = try repo.jalonOK("gantt", "--by", "member", "--scale", "day", "--from", "2026-11-30", "--to", "2026-12-31", "--width", "60").stdout
        let lines = text.split(separator: "\n").map(String.init)
        #expect(!lines.contains { $0.hasPrefix("Unassigned") }, "\(text)")
        let alice = try #require(lines.first { $0.contains("T-A1 ") }), bob = try #require(lines.first { $0.contains("T-A2 ") })
        func cells(_ line: String) -> [Character] { Array(line[line.index(after: line.firstIndex(of: "│")!)...]) }
        // One column a day at 60 columns, from 30/11: 07/12 is column 7, 18/12 column 18
        // (weekends are shaded anyway).
        let b = cells(bob), a = cells(alice)
        for c in [7, 8, 9, 10, 11, 14, 15, 16, 17, 18] {
            #expect(b.count > c && b[c] == "░", "bob away, column \(c): \(bob)")
            #expect(a.count > c && a[c] != "░", "alice works, column \(c): \(alice)")
        }
        #expect(b.count > 21 && b[21] != "░", "bob back on 21/12: \(bob)")
        #expect(text.contains("member away"))
    }
}
