import BoardCore
import Foundation
@testable import Planning
import Testing

/// Checks the planner against TaskJuggler: each project is written both as a Jalon board and
/// as a `.tjp` file; `tj3` schedules the `.tjp` and its CSV task report (id, start, end) must
/// give the same first and last working day for every task and milestone.
///
/// How the `.tjp` files say what Jalon means:
/// - working hours 0:00–8:00 Monday–Friday (8 h a day, as Jalon's `1d`), time zone UTC;
/// - a Jalon holiday `from…to` is `leaves holiday "name" from - (to + 1 day)` (tj3 intervals
///   end exclusively); an absence is a resource `leaves annual`; `hoursPerDay: 4` is
///   `limits { dailymax 4h }`;
/// - `estimate` with assignees is `effort` with `allocate` of the same members;
/// - a calendar-length task (`duration`, or an estimate without assignees) is an `effort` on a
///   resource of its own (`r_<id>`): the same working days as tj3's `length`, but tj3 reports
///   an effort task's start as its first booked slot, whereas a `length` task reports the
///   instant its dependency released it (often the predecessor's last day, or a Saturday);
/// - `T-A1+2d` is `depends T_A1 { gaplength 2d }`, `ss:T-A1` is `depends T_A1 { onstart }`;
/// - a milestone gets `depends` on its own dependencies and on the tasks that name it.
///
/// tj3 levels resources; Jalon's plan (without `--level`) does not. The projects never give a
/// member two tasks at once, so both schedulers must agree.
@Suite struct TaskJugglerParityTests {
    static let tj3 = "/usr/bin/tj3"
    static let tj3Installed = FileManager.default.isExecutableFile(atPath: tj3)

    struct Project: Sendable, CustomTestStringConvertible {
        let name: String
        let settings: String
        let files: [Board.File]
        let tjp: String
        var testDescription: String { name }
    }

    static func members(_ extra: [String: String] = [:]) -> String {
        ["alice": "A", "bob": "B", "chloe": "C", "david": "D"].sorted { $0.key < $1.key }.map { id, code in
            "  - id: \(id)\n    code: \(code)\n    name: \(id.capitalized)\n    emails: [\(id)@example.org]\n" + (extra[id] ?? "")
        }.joined()
    }

    static func settings(start: String, holidays: String = "", members extra: [String: String] = [:]) -> String {
        """
        jalon: 1
        name: Parity
        lang: fr
        start: \(start)
        branch: main
        statuses: [todo, doing, review, done]
        workdays: [mon, tue, wed, thu, fri]

        """ + holidays + "members:\n" + members(extra)
    }

    static func task(_ id: String, _ fields: String) -> Board.File {
        Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: Tâche \(id)\nstatus: todo\n\(fields)\n---\n")
    }

    static func milestone(_ id: String, _ fields: String = "") -> Board.File {
        Board.File(path: "milestones/\(id).md", text: "---\nid: \(id)\ntitle: Jalon \(id)\n\(fields.isEmpty ? "" : fields + "\n")---\n")
    }

    static func header(start: String) -> String {
        """
        project parity "Parity" \(start) +6m {
          timezone "UTC"
          workinghours mon - fri 0:00 - 8:00
          workinghours sat, sun off
        }

        """
    }

    static let resources = """
        resource alice "Alice"
        resource bob "Bob"
        resource chloe "Chloe"
        resource david "David"

        """

    static let projects: [Project] = [
        // 1. A chain through weekends, a calendar-length task, an estimate without assignee,
        //    a milestone reached by the tasks that name it, a task after the milestone.
        Project(name: "chain", settings: settings(start: "2026-12-02"), files: [
            task("T-A1", "assignees: [alice]\nestimate: 3d"),
            task("T-A2", "assignees: [alice]\nestimate: 2d\ndepends: [T-A1]"),
            task("T-A3", "milestone: M-A1\nduration: 4d\ndepends: [T-A2]"),
            task("T-A4", "milestone: M-A1\nestimate: 1d\ndepends: [T-A3]"),
            task("T-A5", "assignees: [alice]\nestimate: 2d\ndepends: [M-A1]"),
            milestone("M-A1"),
        ], tjp: header(start: "2026-12-02") + resources + """
            resource r_T_A3 "T-A3"
            resource r_T_A4 "T-A4"
            task T_A1 "T-A1" { effort 3d allocate alice }
            task T_A2 "T-A2" { depends T_A1 effort 2d allocate alice }
            task T_A3 "T-A3" { depends T_A2 effort 4d allocate r_T_A3 }
            task T_A4 "T-A4" { depends T_A3 effort 1d allocate r_T_A4 }
            task M_A1 "M-A1" { depends T_A3, T_A4 milestone }
            task T_A5 "T-A5" { depends M_A1 effort 2d allocate alice }

            """),
        // 2. Fan-out from one task, fan-in to another, a milestone on a milestone.
        Project(name: "fan-out and fan-in", settings: settings(start: "2026-12-07"), files: [
            task("T-A1", "assignees: [alice]\nestimate: 2d"),
            task("T-B1", "assignees: [bob]\nestimate: 3d\ndepends: [T-A1]"),
            task("T-C1", "assignees: [chloe]\nestimate: 1d\ndepends: [T-A1]"),
            task("T-D1", "assignees: [david]\nestimate: 5d\ndepends: [T-A1]"),
            task("T-A2", "assignees: [alice]\nmilestone: M-A1\nestimate: 2d\ndepends: [T-B1, T-C1, T-D1]"),
            task("T-C2", "assignees: [chloe]\nmilestone: M-A1\nestimate: 2d\ndepends: [T-C1]"),
            task("T-B2", "assignees: [bob]\nestimate: 1d\ndepends: [T-C2]"),
            task("T-D2", "assignees: [david]\nestimate: 1d\ndepends: [M-A2]"),
            milestone("M-A1"),
            milestone("M-A2", "depends: [M-A1]"),
        ], tjp: header(start: "2026-12-07") + resources + """
            task T_A1 "T-A1" { effort 2d allocate alice }
            task T_B1 "T-B1" { depends T_A1 effort 3d allocate bob }
            task T_C1 "T-C1" { depends T_A1 effort 1d allocate chloe }
            task T_D1 "T-D1" { depends T_A1 effort 5d allocate david }
            task T_A2 "T-A2" { depends T_B1, T_C1, T_D1 effort 2d allocate alice }
            task T_C2 "T-C2" { depends T_C1 effort 2d allocate chloe }
            task T_B2 "T-B2" { depends T_C2 effort 1d allocate bob }
            task M_A1 "M-A1" { depends T_A2, T_C2 milestone }
            task M_A2 "M-A2" { depends M_A1 milestone }
            task T_D2 "T-D2" { depends M_A2 effort 1d allocate david }

            """),
        // 3. Lags (days and a week), start-to-start with and without lag, lagged milestone,
        //    a milestone on a task's start.
        Project(name: "lags and start-to-start", settings: settings(start: "2026-12-07"), files: [
            task("T-A1", "assignees: [alice]\nestimate: 3d"),
            task("T-B1", "assignees: [bob]\nestimate: 2d\ndepends: [T-A1+2d]"),
            task("T-C1", "assignees: [chloe]\nestimate: 2d\ndepends: [\"ss:T-A1\"]"),
            task("T-D1", "assignees: [david]\nestimate: 1d\ndepends: [\"ss:T-A1+1d\"]"),
            task("T-D2", "assignees: [david]\nestimate: 2d\ndepends: [T-C1+1d]"),
            task("T-A2", "assignees: [alice]\nestimate: 1d\ndepends: [M-A1]"),
            task("T-B2", "assignees: [bob]\nestimate: 1d\ndepends: [\"ss:T-B1+1w\"]"),
            task("T-C2", "assignees: [chloe]\nestimate: 1d\ndepends: [M-A2]"),
            milestone("M-A1", "depends: [T-B1+1d]"),
            milestone("M-A2", "depends: [\"ss:T-D2\"]"),
        ], tjp: header(start: "2026-12-07") + resources + """
            task T_A1 "T-A1" { effort 3d allocate alice }
            task T_B1 "T-B1" { depends T_A1 { gaplength 2d } effort 2d allocate bob }
            task T_C1 "T-C1" { depends T_A1 { onstart } effort 2d allocate chloe }
            task T_D1 "T-D1" { depends T_A1 { onstart gaplength 1d } effort 1d allocate david }
            task T_D2 "T-D2" { depends T_C1 { gaplength 1d } effort 2d allocate david }
            task M_A1 "M-A1" { depends T_B1 { gaplength 1d } milestone }
            task M_A2 "M-A2" { depends T_D2 { onstart } milestone }
            task T_A2 "T-A2" { depends M_A1 effort 1d allocate alice }
            task T_B2 "T-B2" { depends T_B1 { onstart gaplength 5d } effort 1d allocate bob }
            task T_C2 "T-C2" { depends M_A2 effort 1d allocate chloe }

            """),
        // 4. Holidays (a day and the Christmas break), an absence, a part-time member, fixed
        //    starts on a Saturday and inside the break, a milestone on its own date.
        Project(name: "holidays, absence, part-time",
                settings: settings(start: "2026-12-14", holidays: """
                    holidays:
                      - from: 2026-12-16
                        to: 2026-12-16
                        name: Journée pédagogique
                      - from: 2026-12-21
                        to: 2027-01-03
                        name: Noël

                    """, members: ["bob": "    away:\n      - from: 2026-12-15\n        to: 2026-12-17\n        reason: PFMP\n",
                                   "chloe": "    hoursPerDay: 4\n"]),
                files: [
                    task("T-A1", "assignees: [alice]\nestimate: 4d"),
                    task("T-A2", "assignees: [alice]\nestimate: 3d\ndepends: [T-A1]"),
                    task("T-B1", "assignees: [bob]\nestimate: 5d"),
                    task("T-C1", "assignees: [chloe]\nestimate: 2d"),
                    task("T-D1", "start: 2026-12-19\nduration: 3d"),
                    task("T-D2", "assignees: [david]\nstart: 2026-12-23\nestimate: 2d\ndepends: [T-A1]"),
                    task("T-A3", "assignees: [alice]\nestimate: 1d\ndepends: [M-A1]"),
                    milestone("M-A1", "date: 2027-01-08"),
                ],
                tjp: header(start: "2026-12-14") + """
                    leaves holiday "Journée pédagogique" 2026-12-16 - 2026-12-17
                    leaves holiday "Noël" 2026-12-21 - 2027-01-04
                    resource alice "Alice"
                    resource bob "Bob" { leaves annual 2026-12-15 - 2026-12-18 }
                    resource chloe "Chloe" { limits { dailymax 4h } }
                    resource david "David"
                    resource r_T_D1 "T-D1"
                    task T_A1 "T-A1" { effort 4d allocate alice }
                    task T_A2 "T-A2" { depends T_A1 effort 3d allocate alice }
                    task T_B1 "T-B1" { effort 5d allocate bob }
                    task T_C1 "T-C1" { effort 2d allocate chloe }
                    task T_D1 "T-D1" { start 2026-12-19 effort 3d allocate r_T_D1 }
                    task T_D2 "T-D2" { start 2026-12-23 depends T_A1 effort 2d allocate david }
                    task M_A1 "M-A1" { start 2027-01-08 milestone }
                    task T_A3 "T-A3" { depends M_A1 effort 1d allocate alice }

                    """),
        // 5. Two or three assignees sharing an effort, with a part-time member and an absence.
        Project(name: "several assignees",
                settings: settings(start: "2027-01-11", members: [
                    "bob": "    away:\n      - from: 2027-01-18\n        to: 2027-01-19\n        reason: PFMP\n",
                    "chloe": "    hoursPerDay: 4\n"]),
                files: [
                    task("T-A1", "assignees: [alice, bob]\nestimate: 4d"),
                    task("T-C1", "assignees: [chloe, david]\nestimate: 3d"),
                    task("T-A2", "assignees: [alice, bob, chloe]\nestimate: 5d\ndepends: [T-A1, T-C1]"),
                    task("T-D1", "assignees: [david, bob]\nmilestone: M-A1\nestimate: 4d\ndepends: [T-A2]"),
                    task("T-A3", "assignees: [alice, chloe]\nmilestone: M-A1\nestimate: 3d\ndepends: [T-A2]"),
                    milestone("M-A1"),
                ],
                tjp: header(start: "2027-01-11") + """
                    resource alice "Alice"
                    resource bob "Bob" { leaves annual 2027-01-18 - 2027-01-20 }
                    resource chloe "Chloe" { limits { dailymax 4h } }
                    resource david "David"
                    task T_A1 "T-A1" { effort 4d allocate alice, bob }
                    task T_C1 "T-C1" { effort 3d allocate chloe, david }
                    task T_A2 "T-A2" { depends T_A1, T_C1 effort 5d allocate alice, bob, chloe }
                    task T_D1 "T-D1" { depends T_A2 effort 4d allocate david, bob }
                    task T_A3 "T-A3" { depends T_A2 effort 3d allocate alice, chloe }
                    task M_A1 "M-A1" { depends T_D1, T_A3 milestone }

                    """),
    ]

    static let report = """
        taskreport parity_report "parity" {
          formats csv
          columns id, start, end
          timeformat "%Y-%m-%d"
        }

        """

    /// Runs tj3 on the project and returns id → (start, end) from its CSV task report.
    static func taskJugglerDates(_ project: Project) throws -> [String: (String, String)] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("jalon-tj3-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("project.tjp")
        try (project.tjp + report).write(to: file, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tj3)
        process.arguments = ["--silent", "--no-color", "--output-dir", dir.path, file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errorText = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ParityError(message: "tj3 failed (\(process.terminationStatus)) on \(project.name):\n\(errorText)")
        }
        let csv = try String(contentsOf: dir.appendingPathComponent("parity.csv"), encoding: .utf8)
        var out: [String: (String, String)] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ";").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\" ")) }
            guard cells.count == 3 else { continue }
            // tj3 ids cannot hold '-': T_A1 stands for T-A1.
            out[cells[0].replacingOccurrences(of: "_", with: "-")] = (cells[1], cells[2])
        }
        return out
    }

    struct ParityError: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }

    @Test(.enabled(if: tj3Installed, "tj3 is not installed (/usr/bin/tj3, Debian package tj3): parity with TaskJuggler not checked"),
          arguments: projects)
    func sameDatesAsTaskJuggler(_ project: Project) throws {
        let board = Board.load(settings: project.settings, files: project.files)
        #expect(board.errors.isEmpty, "\(board.errors)")
        let schedule = Planner.schedule(board, today: Day(year: 2026, month: 11, day: 30)!)
        let expected = try Self.taskJugglerDates(project)
        #expect(expected.count == schedule.items.count, "tj3 reported \(expected.keys.sorted()), Jalon planned \(schedule.items.map(\.id.description))")
        for item in schedule.items {
            guard let (start, end) = expected[item.id.description] else {
                Issue.record("\(project.name): \(item.id) missing from tj3's report")
                continue
            }
            #expect(item.start.iso == start && item.end.iso == end,
                    "\(project.name): \(item.id) Jalon \(item.start)…\(item.end), tj3 \(start)…\(end)")
        }
    }

    // MARK: Remaining work at a status date

    /// A project seen mid-way: on `statusDate`, the tasks in `actuals` have history (start, end;
    /// an end means done). The equivalent tj3 project starts on the status date and holds only
    /// the open work: the remaining effort of each task in progress, the whole effort of the
    /// others, with the same dependencies between open items, calendar, holidays and absences.
    struct RemainingProject: Sendable, CustomTestStringConvertible {
        let name: String
        let settings: String
        let files: [Board.File]
        let statusDate: String
        let actuals: [String: [String]]
        let tjp: String
        var testDescription: String { name }
    }

    static func task(_ id: String, _ fields: String, status: String) -> Board.File {
        Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: Tâche \(id)\nstatus: \(status)\n\(fields)\n---\n")
    }

    static let remainingProjects: [RemainingProject] = [
        // 1. A chain: one task done, the next half done (2 of 4 days left), then the rest.
        RemainingProject(name: "chain, mid-project", settings: settings(start: "2026-11-30"), files: [
            task("T-A1", "assignees: [alice]\nestimate: 2d", status: "done"),
            task("T-A2", "assignees: [alice]\nestimate: 4d\nprogress: 50\ndepends: [T-A1]", status: "doing"),
            task("T-A3", "assignees: [alice]\nestimate: 2d\nmilestone: M-A1\ndepends: [T-A2]"),
            task("T-A4", "duration: 2d\ndepends: [M-A1]"),
            milestone("M-A1"),
        ], statusDate: "2026-12-03", actuals: ["T-A1": ["2026-11-30", "2026-12-01"], "T-A2": ["2026-12-02"]],
           tjp: header(start: "2026-12-03") + resources + """
            resource r_T_A4 "T-A4"
            task T_A2 "T-A2" { effort 2d allocate alice }
            task T_A3 "T-A3" { depends T_A2 effort 2d allocate alice }
            task M_A1 "M-A1" { depends T_A3 milestone }
            task T_A4 "T-A4" { depends M_A1 effort 2d allocate r_T_A4 }

            """),
        // 2. Fan-out from a done task, fan-in with lags and a lagged start-to-start.
        RemainingProject(name: "fan-out and fan-in with lags", settings: settings(start: "2026-11-30"), files: [
            task("T-A1", "assignees: [alice]\nestimate: 2d", status: "done"),
            task("T-B1", "assignees: [bob]\nestimate: 2d\ndepends: [T-A1]"),
            task("T-C1", "assignees: [chloe]\nestimate: 1d\ndepends: [T-A1]"),
            task("T-D1", "assignees: [david]\nestimate: 3d\ndepends: [T-B1+2d, T-C1]"),
            task("T-A2", "assignees: [alice]\nestimate: 1d\ndepends: [\"ss:T-B1+1d\"]"),
            milestone("M-A1", "depends: [T-D1, T-A2]"),
        ], statusDate: "2026-12-02", actuals: ["T-A1": ["2026-11-30", "2026-12-01"]],
           tjp: header(start: "2026-12-02") + resources + """
            task T_B1 "T-B1" { effort 2d allocate bob }
            task T_C1 "T-C1" { effort 1d allocate chloe }
            task T_D1 "T-D1" { depends T_B1 { gaplength 2d }, T_C1 effort 3d allocate david }
            task T_A2 "T-A2" { depends T_B1 { onstart gaplength 1d } effort 1d allocate alice }
            task M_A1 "M-A1" { depends T_D1, T_A2 milestone }

            """),
        // 3. The Christmas break and a PFMP absence ahead of the status date.
        RemainingProject(name: "holidays and a PFMP absence",
                         settings: settings(start: "2026-12-14", holidays: """
                            holidays:
                              - from: 2026-12-21
                                to: 2027-01-03
                                name: Noël

                            """, members: ["bob": "    away:\n      - from: 2027-01-04\n        to: 2027-01-06\n        reason: PFMP\n"]),
                         files: [
                            task("T-A1", "assignees: [alice]\nestimate: 2d", status: "done"),
                            task("T-A2", "assignees: [alice]\nestimate: 4d\ndepends: [T-A1]"),
                            task("T-B1", "assignees: [bob]\nestimate: 3d"),
                            task("T-B2", "assignees: [bob]\nestimate: 1d\ndepends: [T-B1]"),
                            milestone("M-A1", "depends: [T-A2, T-B2]"),
                         ], statusDate: "2026-12-17", actuals: ["T-A1": ["2026-12-14", "2026-12-15"]],
                         tjp: header(start: "2026-12-17") + """
                            leaves holiday "Noël" 2026-12-21 - 2027-01-04
                            resource alice "Alice"
                            resource bob "Bob" { leaves annual 2027-01-04 - 2027-01-07 }
                            task T_A2 "T-A2" { effort 4d allocate alice }
                            task T_B1 "T-B1" { effort 3d allocate bob }
                            task T_B2 "T-B2" { depends T_B1 effort 1d allocate bob }
                            task M_A1 "M-A1" { depends T_A2, T_B2 milestone }

                            """),
        // 4. Shared effort: two assignees on what is left of a task, a part-time pair on another.
        RemainingProject(name: "shared effort",
                         settings: settings(start: "2027-01-11", members: ["chloe": "    hoursPerDay: 4\n"]),
                         files: [
                            task("T-A1", "assignees: [alice, bob]\nestimate: 4d\nprogress: 50", status: "doing"),
                            task("T-C1", "assignees: [chloe, david]\nestimate: 3d"),
                            task("T-A2", "assignees: [alice]\nestimate: 1d\ndepends: [T-A1, T-C1]"),
                         ], statusDate: "2027-01-13", actuals: ["T-A1": ["2027-01-11"]],
                         tjp: header(start: "2027-01-13") + """
                            resource alice "Alice"
                            resource bob "Bob"
                            resource chloe "Chloe" { limits { dailymax 4h } }
                            resource david "David"
                            task T_A1 "T-A1" { effort 2d allocate alice, bob }
                            task T_C1 "T-C1" { effort 3d allocate chloe, david }
                            task T_A2 "T-A2" { depends T_A1, T_C1 effort 1d allocate alice }

                            """),
        // 5. Items in progress (an effort and a calendar length), a fixed start ahead.
        RemainingProject(name: "items in progress", settings: settings(start: "2026-11-30"), files: [
            task("T-A1", "assignees: [alice]\nestimate: 5d\nprogress: 40", status: "doing"),
            task("T-B1", "duration: 4d\nprogress: 25", status: "review"),
            task("T-C1", "assignees: [chloe]\nestimate: 2d\nstart: 2026-12-14"),
            task("T-D1", "assignees: [david]\nestimate: 1d\ndepends: [T-A1]"),
            milestone("M-A1", "depends: [T-D1, T-C1]"),
        ], statusDate: "2026-12-09", actuals: ["T-A1": ["2026-12-01"], "T-B1": ["2026-12-03"]],
           tjp: header(start: "2026-12-09") + resources + """
            resource r_T_B1 "T-B1"
            task T_A1 "T-A1" { effort 3d allocate alice }
            task T_B1 "T-B1" { effort 3d allocate r_T_B1 }
            task T_C1 "T-C1" { start 2026-12-14 effort 2d allocate chloe }
            task T_D1 "T-D1" { depends T_A1 effort 1d allocate david }
            task M_A1 "M-A1" { depends T_D1, T_C1 milestone }

            """),
    ]

    @Test(.enabled(if: tj3Installed, "tj3 is not installed (/usr/bin/tj3, Debian package tj3): parity with TaskJuggler not checked"),
          arguments: remainingProjects)
    func remainingWorkAsTaskJuggler(_ project: RemainingProject) throws {
        let board = Board.load(settings: project.settings, files: project.files)
        #expect(board.errors.isEmpty, "\(board.errors)")
        var actuals: [ItemID: ActualDates] = [:]
        for (id, days) in project.actuals {
            actuals[ItemID(id)!] = ActualDates(start: Day.parse(days[0]), end: days.count > 1 ? Day.parse(days[1]) : nil)
        }
        let schedule = Planner.forecast(ForecastInput(board: board, statusDate: Day.parse(project.statusDate)!, actuals: actuals))
        let expected = try Self.taskJugglerDates(Project(name: project.name, settings: project.settings, files: project.files, tjp: project.tjp))
        let open = schedule.items.filter { !$0.done }
        #expect(expected.count == open.count, "tj3 reported \(expected.keys.sorted()), Jalon has open \(open.map(\.id.description))")
        for item in open {
            guard let (start, end) = expected[item.id.description] else {
                Issue.record("\(project.name): \(item.id) missing from tj3's report")
                continue
            }
            // A task in progress: its remaining work starts on the status date; its bar on its actual start.
            let remaining = item.remainingStart ?? item.start
            #expect(remaining.iso == start && item.end.iso == end,
                    "\(project.name): \(item.id) Jalon \(remaining)…\(item.end), tj3 \(start)…\(end)")
            if let days = project.actuals[item.id.description] { #expect(item.start.iso == days[0], "\(project.name): \(item.id) keeps its actual start") }
        }
        // Done tasks stay where history put them.
        for item in schedule.items where item.done && !item.isMilestone {
            let days = try #require(project.actuals[item.id.description])
            #expect(item.start.iso == days[0] && item.end.iso == days[1], "\(project.name): \(item.id) done \(item.start)…\(item.end)")
        }
    }
}
