@testable import BoardCore
import Foundation
import Planning
@testable import Reports
import Testing

/// The trainer reports as pure functions: built from hand-made boards and `History` values,
/// rendered to every format.
@Suite("trainer reports, pure")
struct TrainerReportTests {
    static let paris = TimeZone(identifier: "Europe/Paris")!

    static func date(_ text: String) -> Date {
        let f = ISO8601DateFormatter()
        return f.date(from: text)!
    }

    /// A board of two members and four tasks: one done, one in progress and late, one to start, one reopened.
    static func board() -> Board {
        var settings = BoardSettings(name: "Projet <script>alert(1)</script>", language: .fr, start: Day.parse("2026-11-30"), end: Day.parse("2026-12-18"), branch: "main")
        settings.members = [Member(id: "alice", code: "A", name: "Alice Martin", emails: ["alice@example.org"]),
                            Member(id: "bob", code: "B", name: "Bob Durand", emails: ["bob@example.org"])]
        var t1 = BoardTask(id: ItemID("T-A1")!, title: "Recueillir les besoins", status: "done")
        t1.assignees = ["alice"]; t1.estimate = Effort.parse("2d"); t1.due = Day.parse("2026-12-02")
        var t2 = BoardTask(id: ItemID("T-A2")!, title: "<script>alert('x')</script> maquette; \"v2\"", status: "doing")
        t2.assignees = ["bob"]; t2.estimate = Effort.parse("3d"); t2.due = Day.parse("2026-12-03"); t2.progress = 50; t2.depends = [Dependency("T-A1")!]
        var t3 = BoardTask(id: ItemID("T-A3")!, title: "Recette", status: "todo")
        t3.assignees = ["alice"]; t3.estimate = Effort.parse("1d"); t3.depends = [Dependency("T-A2")!]; t3.milestone = ItemID("M-A1")
        var t4 = BoardTask(id: ItemID("T-B1")!, title: "Hébergement", status: "review")
        t4.assignees = ["bob"]; t4.estimate = Effort.parse("1d")
        let m1 = Milestone(id: ItemID("M-A1")!, title: "Site validé", date: Day.parse("2026-12-09"))
        return Board(settings: settings, settingsReadable: true, tasks: [t1, t2, t3, t4], milestones: [m1], diagnostics: [], skippedFiles: [])
    }

    static func commit(_ id: String, _ when: String, _ actor: Contributor, _ events: [(BoardEventKind, String)], co: [Contributor] = []) -> HistoryCommit {
        let d = date(when)
        return HistoryCommit(id: id, parents: [], authorName: "x", authorEmail: "x@example.org", authorDate: d, authorOffsetMinutes: 60,
                             committerName: "x", committerEmail: "x@example.org", committerDate: d, summary: "s", actor: actor, coActors: co, files: [],
                             events: events.map { BoardEvent(kind: $0.0, item: $0.1, commit: id, date: d, actor: actor, coActors: co) })
    }

    /// Newest first, as the history engine gives it.
    static func history() -> History {
        History(head: "c6", commits: [
            commit("c6", "2026-12-04T10:00:00+01:00", .member("bob"), [(.taskMoved(from: "todo", to: "review"), "T-B1")]),
            commit("c5", "2026-12-03T10:00:00+01:00", .member("bob"), [(.taskMoved(from: "done", to: "doing"), "T-A2"), (.taskReopened(to: "doing"), "T-A2")]),
            commit("c4", "2026-12-02T16:00:00+01:00", .member("bob"), [(.taskMoved(from: "doing", to: "done"), "T-A2"), (.taskDone, "T-A2")]),
            commit("c3", "2026-12-02T11:00:00+01:00", .member("alice"), [(.taskMoved(from: "doing", to: "done"), "T-A1"), (.taskDone, "T-A1")], co: [.member("bob")]),
            commit("c2", "2026-11-30T14:00:00+01:00", .member("alice"), [(.taskMoved(from: "todo", to: "doing"), "T-A1")]),
            commit("c1", "2026-11-30T09:00:00+01:00", .member("alice"), [(.taskCreated, "T-A1"), (.taskCreated, "T-A2"), (.taskCreated, "T-A3"), (.taskCreated, "T-B1")]),
        ])
    }

    static func statusInput(asOf: String = "2026-12-04") -> StatusInput {
        let board = board()
        let today = Day.parse(asOf)!
        let schedule = Planner.forecast(ForecastInput(board: board, statusDate: today, actuals: ActualDates.from(history(), board: board, through: today, timeZone: TimeZone(identifier: "Europe/Paris")!)))
        let minutes = """
        ---
        id: R-A1
        title: Réunion du lundi
        date: 2026-11-30
        actions:
          - who: bob
            what: Comparer trois hébergeurs
            due: 2026-12-04
        ---
        # Réunion du lundi

        ## Décisions
        - Le site utilisera WordPress.
        - Réunion chaque lundi à 9 h.
        """
        let spec = "# Cahier des charges\n\n## 8. Risques\n\n| Risque | Mesure |\n|---|---|\n| Retard du client | relancer |\n\n- Absence en PFMP\n\n## 9. Budget\n- 60 €\n"
        return StatusInput(board: board, schedule: schedule, history: history(), meetings: [MeetingNotes.parse(minutes, path: "meetings/2026-11-30-reunion.md")],
                           risks: SpecDocument.readable(spec).risks, hasSpec: true, head: "c6", asOf: today, period: ReportPeriod.parse("2026-W49")!)
    }

    @Test func isoWeeks() {
        #expect(ReportPeriod.parse("2026-W50")?.from.iso == "2026-12-07")
        #expect(ReportPeriod.parse("2026-W50")?.to.iso == "2026-12-13")
        #expect(ReportPeriod.parse("2026w53")?.from.iso == "2026-12-28")
        #expect(ReportPeriod.parse("2027-W53") == nil)
        #expect(ReportPeriod.parse("semaine 3") == nil)
        #expect(ReportPeriod.week(containing: Day.parse("2027-01-01")!).label == "2026-W53")
        #expect(ReportPeriod.parse("2026-W50")!.next.label == "2026-W51")
    }

    @Test func minutesAndRisksAreReadTolerantly() {
        let input = Self.statusInput()
        let m = input.meetings[0]
        #expect(m.date?.iso == "2026-11-30" && m.title == "Réunion du lundi")
        #expect(m.decisions == ["Le site utilisera WordPress.", "Réunion chaque lundi à 9 h."])
        #expect(m.actions == [MeetingNotes.Action(who: "bob", what: "Comparer trois hébergeurs", due: Day.parse("2026-12-04"))])
        #expect(input.risks == ["Retard du client — relancer", "Absence en PFMP"])
        // Body-only minutes: an actions list in the text, the date from the file name.
        let loose = MeetingNotes.parse("# Point\n\n## Relevé d'actions\n- @chloe : maquettes (11/12/2026)\n", path: "meetings/2026-12-07-point.md")
        #expect(loose.date?.iso == "2026-12-07")
        #expect(loose.actions.first?.who == "chloe" && loose.actions.first?.due?.iso == "2026-12-11")
    }

    /// The report reads minutes with their one codec, as `check` and `meeting show` do: YAML
    /// quoting is YAML's (the report's own line reader kept `''` and `\"`), and the template's
    /// placeholder decision (`- …`, left by `meeting new`) is no decision. A file the codec
    /// refuses (no id, a header that is not YAML) still gives what can be read.
    @Test func minutesAreReadByTheirCodec() {
        let quoted = MeetingNotes.parse("""
            ---
            id: R-A2
            title: 'Point d''étape'
            date: 2026-12-07
            actions:
              - who: bob
                what: "Relire le \\"devis\\""
            ---
            # Point

            ## Décisions

            <!-- Une décision par ligne. -->

            - …
            - Le devis est accepté.
            """, path: "meetings/2026-12-07-point.md")
        #expect(quoted.title == "Point d'étape")
        #expect(quoted.actions == [MeetingNotes.Action(who: "bob", what: "Relire le \"devis\"", due: nil)])
        #expect(quoted.decisions == ["Le devis est accepté."])
        let noID = MeetingNotes.parse("---\ntitle: Sans identifiant\n---\n## Decisions\n- Go\n", path: "meetings/2026-12-08-x.md")
        #expect(noID.title == "Sans identifiant" && noID.date?.iso == "2026-12-08" && noID.decisions == ["Go"])
        let notYAML = MeetingNotes.parse("---\ntitle: [oops\n---\n# Réunion cassée\n## Actions\n- alice : relancer (2026-12-10)\n", path: "meetings/2026-12-09-y.md")
        #expect(notYAML.title == "Réunion cassée" && notYAML.actions == [MeetingNotes.Action(who: "alice", what: "relancer (2026-12-10)", due: Day.parse("2026-12-10"))])
        // The spec's risks through its codec, a broken header too; placeholders left out.
        #expect(SpecDocument.readable("---\ntitle: [oops\n---\n## Risques\n\n| Risque | Mesure |\n|---|---|\n| … | … |\n| Panne | sauvegarde |\n").risks == ["Panne — sauvegarde"])
    }

    @Test func statusReportFacts() {
        let report = StatusReport.build(Self.statusInput(), language: .fr)
        #expect(report.period.label == "2026-W49")
        #expect(report.head == "c6")
        // 2d done + half of 3d + 0 + 0 over 2+3+1+1 days of effort.
        #expect(report.progress.percent == Int((3.5 / 7 * 100).rounded()))
        #expect(report.done.map(\.id) == ["T-A1"])
        #expect(Set(report.inProgress.map(\.id)) == ["T-A2", "T-B1"])
        // Half of 3 days left from Friday 04/12 (8 h, then 4 h on Monday): forecast 07/12, due 03/12.
        #expect(report.late.map(\.id) == ["T-A2"] && report.late.first?.daysLate == 4)
        #expect(report.inProgress.first { $0.id == "T-A2" }?.end.iso == "2026-12-07")
        #expect(report.startingNext.map(\.id) == ["T-A3"])
        #expect(report.milestones.first?.id == "M-A1" && report.milestones.first?.planned?.iso == "2026-12-09")
        #expect(report.decisions.count == 2 && report.actions.first?.who == "bob")
        #expect(report.risks.count == 2)
        let bob = report.workload.first { $0.member == "bob" }
        #expect(bob?.lateTasks == 1 && bob?.commits == 4)
        let text = report.document(language: .fr).text(style: TerminalStyle(unicode: true, color: false, width: 100))
        #expect(text.contains("Réunions de la période") && text.contains("Le site utilisera WordPress."))
        #expect(text.contains("Retard du client"))
        let english = report.document(language: .en).text(style: TerminalStyle(unicode: false, color: false, width: 80))
        #expect(english.contains("Status report") && english.contains("Dec 4, 2026"))
        #expect(english.split(separator: "\n").allSatisfy { $0.count <= 80 || !$0.hasPrefix("|") })
    }

    @Test func reviewMeasuresAccuracyScopeAndReopenedTasks() {
        let input = Self.statusInput()
        let board = input.board
        // Baseline: the board without T-B1, planned on the first day.
        var old = board
        old.tasks.removeAll { $0.id.description == "T-B1" }
        var extra = BoardTask(id: ItemID("T-A9")!, title: "Abandonnée", status: "todo"); extra.estimate = Effort.parse("1d")
        old.tasks.append(extra)
        let baseline = Planner.schedule(old, today: Day.parse("2026-11-30")!)
        let bilan = BilanReport.build(BilanInput(board: board, schedule: input.schedule, estimatePlan: Planner.schedule(board, today: input.asOf),
                                                 baseline: baseline, baselineName: "initial", baselineDay: Day.parse("2026-11-30"),
                                                 history: input.history, head: "c6", asOf: input.asOf), language: .fr)
        let a1 = bilan.tasks.first { $0.id == "T-A1" }!
        #expect(a1.actualStart?.iso == "2026-11-30" && a1.actualEnd?.iso == "2026-12-02" && a1.actualDays == 3 && a1.plannedDays == 2)
        #expect(a1.accuracy == 1.5)
        #expect(bilan.added.map(\.id) == ["T-B1"] && bilan.removed.map(\.id) == ["T-A9"])
        #expect(bilan.reopened.map(\.id) == ["T-A2"] && bilan.reopened.first?.by == "bob")
        #expect(bilan.overall.tasks == 1)
        #expect(bilan.accuracy.map(\.member) == ["alice"])
        let md = bilan.document(language: .fr).markdown()
        #expect(md.contains("## Leçons et mesures correctives") && md.contains("### Mesures correctives"))
        #expect(md.contains("T-A2") && md.contains("rouverte le 03/12/2026 par bob"))
        let saved = bilan.savedDocument(id: "D-A1", author: "alice", language: .fr)
        #expect(saved.hasPrefix("---\nid: D-A1\ntitle: Bilan du projet\nauthor: alice\nstatus: draft\n"))
        let json = try? JSONSerialization.jsonObject(with: Data(bilan.json().utf8)) as? [String: Any]
        #expect((json?["lessons"] as? [String: Any])?["reopened"] as? [[String: Any]] != nil)
    }

    @Test func inactiveMembersAreFlaggedAfterTwoWeeks() {
        let input = Self.statusInput()
        let activity = TeamActivity.compute(history: input.history, board: input.board, asOf: Day.parse("2026-12-17")!)
        let alice = activity.members.first { $0.member == "alice" }!
        let bob = activity.members.first { $0.member == "bob" }!
        #expect(alice.lastActive?.iso == "2026-12-02" && alice.idleDays == 15 && alice.inactive)
        #expect(bob.lastActive?.iso == "2026-12-04" && !bob.inactive)
        #expect(alice.commits == 3 && bob.commits == 4)
        #expect(activity.lastActivity?.iso == "2026-12-04" && activity.lastActor == "Bob Durand")
        let overview = ClassOverview.build(title: "MC SNO", teams: [
            ClassTeam(name: "Équipe A", source: "../a", outcome: .board(input)),
            ClassTeam(name: "Équipe B", source: "https://example.org/b.git", outcome: .failed(Text(fr: "jalon.yml illisible", en: "jalon.yml is unreadable"))),
        ], asOf: input.asOf, period: input.period, language: .en)
        let text = overview.document(language: .en).text(style: TerminalStyle(unicode: true, color: false, width: 160))
        #expect(text.contains("Équipe A") && text.contains("unreadable") && text.contains("jalon.yml is unreadable"))
        let json = try? JSONSerialization.jsonObject(with: Data(overview.json().utf8)) as? [String: Any]
        #expect((json?["teams"] as? [[String: Any]])?.count == 2)
    }

    @Test func htmlEscapesEveryBoardText() {
        let report = StatusReport.build(Self.statusInput(), language: .fr)
        let html = HTML.render(report.document(language: .fr))
        #expect(!html.contains("<script"))
        #expect(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(html.contains("<svg") && html.contains("@media print") && html.contains("size: A4"))
        // Self-contained: nothing loaded from elsewhere.
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("url("))
        let md = report.document(language: .fr).markdown()
        #expect(!md.contains("<script>"))
    }

    @Test func csvOpensInACalc() {
        let csv = StatusReport.build(Self.statusInput(), language: .fr).document(language: .fr).csv()
        #expect(csv.hasPrefix("\u{FEFF}"))
        #expect(csv.contains("\r\n") && !csv.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(csv.contains("T-A1;Recueillir les besoins;alice;2026-12-02"))
        // A field with the separator or quotes is quoted, quotes doubled.
        #expect(csv.contains("\"<script>alert('x')</script> maquette; \"\"v2\"\"\""))
        #expect(ReportDocument.csvField("=HYPERLINK(1)") == "'=HYPERLINK(1)" && ReportDocument.csvField("-3") == "-3")
    }

    @Test func icalendarLinesAreFoldedAndEscaped() {
        var board = Self.board()
        board.tasks[1].body = String(repeating: "Texte accentué, très long; ", count: 8)
        let schedule = Planner.schedule(board, today: Day.parse("2026-12-01")!)
        let ics = ICalExport.render(board: board, schedule: schedule, now: Self.date("2026-12-01T09:00:00Z"), namespace: "projet", language: .fr)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") && ics.hasSuffix("END:VCALENDAR\r\n"))
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "\(line)") }
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.contains("UID:t-a2-due@projet.jalon") && ics.contains("DTSTART;VALUE=DATE:20261203") && ics.contains("DTEND;VALUE=DATE:20261204"))
        #expect(ics.contains("DTSTAMP:20261201T090000Z"))
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("très long\\; Texte"))
        #expect(unfolded.contains("SUMMARY:T-A2 <script>alert('x')</script> maquette\\; \"v2\""))
        #expect(unfolded.contains("SUMMARY:◆ M-A1 Site validé"))
    }
}
