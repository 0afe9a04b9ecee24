import BoardCore
import Foundation
@testable import Planning
import Testing

/// Tests of the `Planning` module on boards built from literal file texts. The project starts
/// on Monday 30 November 2026 unless said otherwise.
@Suite struct PlanningTests {
    static let today = day("2026-11-30")

    static func day(_ text: String) -> Day { Day.parse(text)! }

    static func settings(start: String = "2026-11-30", holidays: String = "", members extra: [String: String] = [:]) -> String {
        var text = """
            jalon: 1
            name: Projet
            lang: fr
            start: \(start)
            branch: main
            statuses: [todo, doing, review, done]
            workdays: [mon, tue, wed, thu, fri]

            """
        text += holidays + "members:\n"
        for (id, code) in [("alice", "A"), ("bob", "B"), ("chloe", "C")] {
            text += "  - id: \(id)\n    code: \(code)\n    name: \(id.capitalized)\n    emails: [\(id)@example.org]\n" + (extra[id] ?? "")
        }
        return text
    }

    static func task(_ id: String, _ fields: String = "", status: String = "todo") -> Board.File {
        Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: Tâche \(id)\nstatus: \(status)\n\(fields.isEmpty ? "" : fields + "\n")---\n")
    }

    static func milestone(_ id: String, _ fields: String = "") -> Board.File {
        Board.File(path: "milestones/\(id).md", text: "---\nid: \(id)\ntitle: Jalon \(id)\n\(fields.isEmpty ? "" : fields + "\n")---\n")
    }

    static func plan(_ files: [Board.File], settings: String = settings(), today: Day = today,
                     actualFinish: [ItemID: Day] = [:], level: Bool = false) -> Schedule {
        let board = Board.load(settings: settings, files: files)
        return Planner.forecast(ForecastInput(board: board, statusDate: today, actuals: actualFinish.mapValues { ActualDates(end: $0) }, level: level))
    }

    static func id(_ text: String) -> ItemID { ItemID(text)! }

    /// "start…end" of an item, for compact expectations.
    static func span(_ s: Schedule, _ item: String) -> String {
        guard let i = s.item(id(item)) else { return "missing" }
        return "\(i.start)…\(i.end)"
    }

    // MARK: Calendar

    @Test func calendarSkipsWeekendsHolidaysAndAbsences() {
        let board = Board.load(settings: Self.settings(holidays: """
            holidays:
              - from: 2026-12-21
                to: 2027-01-03
                name: Noël

            """, members: ["bob": "    hoursPerDay: 4\n    away:\n      - from: 2026-12-01\n        to: 2026-12-02\n        reason: PFMP\n"]), files: [])
        let cal = WorkCalendar(settings: board.settings)
        #expect(cal.isWorkingDay(Self.day("2026-12-04")))
        #expect(!cal.isWorkingDay(Self.day("2026-12-05")))
        #expect(cal.holiday(on: Self.day("2026-12-24"))?.name == "Noël")
        #expect(cal.nextWorkingDay(after: Self.day("2026-12-18")) == Self.day("2027-01-04"))
        #expect(cal.workingDay(onOrAfter: Self.day("2026-12-05")) == Self.day("2026-12-07"))
        #expect(cal.adding(workingDays: 3, to: Self.day("2026-12-17")) == Self.day("2027-01-05"))
        #expect(cal.adding(workingDays: -1, to: Self.day("2026-12-07")) == Self.day("2026-12-04"))
        #expect(cal.workingDays(from: Self.day("2026-11-30"), through: Self.day("2026-12-06")) == 5)
        #expect(cal.workingDays(between: Self.day("2026-12-04"), and: Self.day("2026-12-07")) == 1)
        #expect(cal.workingDays(between: Self.day("2026-12-07"), and: Self.day("2026-12-04")) == -1)
        #expect(cal.hours(on: Self.day("2026-11-30"), for: "bob") == 4)
        #expect(cal.hours(on: Self.day("2026-12-01"), for: "bob") == 0)
        #expect(cal.absence(of: "BOB", on: Self.day("2026-12-02"))?.name == "PFMP")
        #expect(cal.hours(on: Self.day("2026-12-01"), for: "alice") == 8)
        #expect(cal.hours(on: Self.day("2026-12-05"), for: "alice") == 0)
        #expect(cal.weeklyCapacity(of: "bob", week: Self.day("2026-11-30")) == 12)
    }

    // MARK: Forward and backward passes

    @Test func chainIsCriticalEndToEnd() {
        let s = Self.plan([
            Self.task("T-A1", "estimate: 2d"),
            Self.task("T-A2", "duration: 3d\ndepends: [T-A1]"),
            Self.task("T-A3", "depends: [T-A2]"),
        ])
        #expect(Self.span(s, "T-A1") == "2026-11-30…2026-12-01")
        #expect(Self.span(s, "T-A2") == "2026-12-02…2026-12-04")
        #expect(Self.span(s, "T-A3") == "2026-12-07…2026-12-07")
        #expect(s.items.allSatisfy { $0.critical && $0.slack == 0 })
        #expect(s.criticalPath == [Self.id("T-A1"), Self.id("T-A2"), Self.id("T-A3")])
        #expect(s.start == Self.day("2026-11-30") && s.end == Self.day("2026-12-07"))
        #expect(s.item(Self.id("T-A2"))?.workingDays == 3)
        #expect(s.conflicts.isEmpty)
    }

    @Test func fanOutFanInGivesSlackToTheShortBranch() {
        let s = Self.plan([
            Self.task("T-A1"),
            Self.task("T-B1", "duration: 3d\ndepends: [T-A1]"),
            Self.task("T-C1", "depends: [T-A1]"),
            Self.task("T-D1", "depends: [T-B1, T-C1]"),
        ])
        #expect(Self.span(s, "T-B1") == "2026-12-01…2026-12-03")
        #expect(Self.span(s, "T-C1") == "2026-12-01…2026-12-01")
        #expect(Self.span(s, "T-D1") == "2026-12-04…2026-12-04")
        let c1 = s.item(Self.id("T-C1"))!
        #expect(c1.slack == 2 && !c1.critical)
        #expect(c1.lateStart == Self.day("2026-12-03") && c1.lateEnd == Self.day("2026-12-03"))
        #expect(s.criticalPath == [Self.id("T-A1"), Self.id("T-B1"), Self.id("T-D1")])
    }

    @Test func finishToStartLagCountsWorkingDays() {
        let s = Self.plan([
            Self.task("T-A1", "duration: 4d"),
            Self.task("T-A2", "depends: [T-A1+2d]"),
            Self.task("T-A3", "depends: [T-A1+4h]"),
        ])
        // T-A1 ends Thursday; 2 lag days Friday and Monday.
        #expect(Self.span(s, "T-A2") == "2026-12-08…2026-12-08")
        // A part-day lag is rounded up to a whole day.
        #expect(Self.span(s, "T-A3") == "2026-12-07…2026-12-07")
    }

    @Test func startToStart() {
        let s = Self.plan([
            Self.task("T-A1", "duration: 3d\nstart: 2026-12-01"),
            Self.task("T-A2", "depends: [\"ss:T-A1\"]"),
            Self.task("T-A3", "duration: 2d\ndepends: [\"ss:T-A1+1d\"]"),
        ])
        #expect(Self.span(s, "T-A2") == "2026-12-01…2026-12-01")
        #expect(Self.span(s, "T-A3") == "2026-12-02…2026-12-03")
        // T-A2 can wait until T-A1's last day; T-A1 itself is critical.
        #expect(s.item(Self.id("T-A2"))?.slack == 2)
        #expect(s.item(Self.id("T-A1"))?.critical == true)
    }

    @Test func fixedStartIsANotBeforeDate() {
        let s = Self.plan([
            Self.task("T-A1", "duration: 5d"),
            Self.task("T-A2", "start: 2026-12-05"),             // a Saturday: the Monday after
            Self.task("T-A3", "start: 2026-11-30\ndepends: [T-A1]"), // dependencies win
        ])
        #expect(Self.span(s, "T-A2") == "2026-12-07…2026-12-07")
        #expect(Self.span(s, "T-A3") == "2026-12-07…2026-12-07")
    }

    @Test func startAndDueWithoutEstimateSpanTheirWorkingDays() {
        let s = Self.plan([Self.task("T-A1", "start: 2026-12-02\ndue: 2026-12-08")])
        #expect(Self.span(s, "T-A1") == "2026-12-02…2026-12-08")
        #expect(s.item(Self.id("T-A1"))?.workingDays == 5)
    }

    @Test func holidaysAreSkipped() {
        let s = Self.plan([
            Self.task("T-A1", "assignees: [alice]\nestimate: 3d"),
            Self.task("T-A2", "duration: 2d\ndepends: [T-A1]"),
        ], settings: Self.settings(holidays: "holidays:\n  - from: 2026-12-02\n    to: 2026-12-03\n    name: Pont\n"))
        #expect(Self.span(s, "T-A1") == "2026-11-30…2026-12-04")
        #expect(Self.span(s, "T-A2") == "2026-12-07…2026-12-08")
        #expect(s.load.first { $0.member == "alice" }?.capacity == 24)
    }

    @Test func twoAssigneesHalveTheTime() {
        let s = Self.plan([Self.task("T-A1", "assignees: [alice, bob]\nestimate: 4d")])
        #expect(Self.span(s, "T-A1") == "2026-11-30…2026-12-01")
        let week = Self.day("2026-11-30")
        #expect(s.load.contains(WeeklyLoad(member: "alice", week: week, hours: 16, capacity: 40)))
        #expect(s.load.contains(WeeklyLoad(member: "bob", week: week, hours: 16, capacity: 40)))
        #expect(s.load.contains(WeeklyLoad(member: "chloe", week: week, hours: 0, capacity: 40)))
    }

    @Test func partTimeMemberTakesLonger() {
        let settings = Self.settings(members: ["chloe": "    hoursPerDay: 4\n"])
        let s = Self.plan([
            Self.task("T-C1", "assignees: [chloe]\nestimate: 2d"),
            Self.task("T-C2", "assignees: [chloe, alice]\nestimate: 3d\nstart: 2026-12-07"),
        ], settings: settings)
        #expect(Self.span(s, "T-C1") == "2026-11-30…2026-12-03")
        // 24 h at 12 h a day.
        #expect(Self.span(s, "T-C2") == "2026-12-07…2026-12-08")
        #expect(s.load.contains(WeeklyLoad(member: "chloe", week: Self.day("2026-11-30"), hours: 16, capacity: 20)))
        #expect(s.load.contains(WeeklyLoad(member: "chloe", week: Self.day("2026-12-07"), hours: 8, capacity: 20)))
        #expect(s.load.contains(WeeklyLoad(member: "alice", week: Self.day("2026-12-07"), hours: 16, capacity: 40)))
    }

    @Test func absenceDelaysEffortAndFlagsFixedLengthWork() {
        let settings = Self.settings(members: ["bob": "    away:\n      - from: 2026-12-01\n        to: 2026-12-02\n        reason: PFMP\n"])
        let s = Self.plan([
            Self.task("T-B1", "assignees: [bob]\nestimate: 2d"),
            Self.task("T-B2", "assignees: [bob]\nduration: 3d"),
            Self.task("T-B3", "assignees: [bob, alice]\nduration: 3d"),
        ], settings: settings)
        #expect(Self.span(s, "T-B1") == "2026-11-30…2026-12-03")
        #expect(Self.span(s, "T-B2") == "2026-11-30…2026-12-02")
        let absences = s.conflicts.filter { if case .workDuringAbsence = $0 { true } else { false } }
        #expect(absences == [.workDuringAbsence(task: Self.id("T-B2"), member: "bob", day: Self.day("2026-12-01"), reason: "PFMP")])
        // bob's capacity that week: 3 days.
        #expect(s.load.first { $0.member == "bob" }?.capacity == 24)
    }

    @Test func milestones() {
        let s = Self.plan([
            Self.task("T-A1", "milestone: M-A2\nduration: 2d"),
            Self.task("T-A2", "depends: [M-A1]"),
            Self.task("T-A3", "depends: [M-A2]"),
            Self.task("T-A4", "milestone: M-A3\nduration: 3d"),
            Self.milestone("M-A1", "date: 2026-12-10"),
            Self.milestone("M-A2"),
            Self.milestone("M-A3", "date: 2026-12-01"),
            Self.milestone("M-A4", "depends: [M-A2]"),
        ])
        // A milestone with no predecessor sits on its date; its dependents may start that day.
        #expect(Self.span(s, "M-A1") == "2026-12-10…2026-12-10")
        #expect(Self.span(s, "T-A2") == "2026-12-10…2026-12-10")
        // A milestone reached by its tasks is on their last day; dependents start the day after.
        #expect(Self.span(s, "M-A2") == "2026-12-01…2026-12-01")
        #expect(Self.span(s, "M-A4") == "2026-12-01…2026-12-01")
        #expect(Self.span(s, "T-A3") == "2026-12-02…2026-12-02")
        // A task's milestone does not hold the task back.
        #expect(Self.span(s, "T-A4") == "2026-11-30…2026-12-02")
        #expect(s.item(Self.id("M-A1"))?.isMilestone == true && s.item(Self.id("M-A1"))?.workingDays == 0)
        #expect(s.item(Self.id("M-A3"))?.targetDate == Self.day("2026-12-01"))
        #expect(s.conflicts == [.milestoneMissed(milestone: Self.id("M-A3"), date: Self.day("2026-12-01"), forecast: Self.day("2026-12-02"))])
        // Milestones first, then tasks, by id.
        #expect(s.items.map(\.id.description) == ["M-A1", "M-A2", "M-A3", "M-A4", "T-A1", "T-A2", "T-A3", "T-A4"])
    }

    @Test func cyclesAreReportedAndDoNotHang() {
        let s = Self.plan([
            Self.task("T-A1", "depends: [T-A2]"),
            Self.task("T-A2", "depends: [T-A1]"),
            Self.task("T-A3", "depends: [T-A1]"),
            Self.task("T-A4", "milestone: M-A1\ndepends: [M-A1]"),
            Self.milestone("M-A1"),
        ])
        #expect(s.conflicts.contains(.cycle([Self.id("T-A1"), Self.id("T-A2")])))
        #expect(s.conflicts.contains(.cycle([Self.id("M-A1"), Self.id("T-A4")])))
        #expect(s.items.count == 5)
        let a1 = s.item(Self.id("T-A1"))!, a2 = s.item(Self.id("T-A2"))!, a3 = s.item(Self.id("T-A3"))!
        #expect(a3.start > a1.end)
        #expect(a1.end < a2.start || a2.end < a1.start)
    }

    @Test func dueBeforeEarliestEndAndLateness() {
        let s = Self.plan([
            Self.task("T-A1", "duration: 5d\ndue: 2026-12-02"),
            Self.task("T-A2", "due: 2026-12-20"),
            Self.task("T-A3", "duration: 2d"),
        ], today: Self.day("2026-12-03"))
        // Open work starts on the status date (03/12): five days end on 09/12.
        #expect(s.conflicts == [.dueBeforeEarliestEnd(task: Self.id("T-A1"), due: Self.day("2026-12-02"), earliestEnd: Self.day("2026-12-09"))])
        #expect(s.item(Self.id("T-A1"))?.late == true && s.item(Self.id("T-A1"))?.daysLate == 7)   // forecast end after its due date
        #expect(s.item(Self.id("T-A2"))?.late == false)  // due ahead
        // No due date, no baseline: never late, though the project started before the status date.
        #expect(s.item(Self.id("T-A3"))?.late == false && Self.span(s, "T-A3") == "2026-12-03…2026-12-04")
    }

    @Test func workOnAHoliday() {
        let s = Self.plan([
            Self.task("T-A1", "start: 2026-12-24"),
            Self.task("T-A2", "due: 2026-12-25"),
            Self.task("T-A3", "start: 2026-12-05"),
        ], settings: Self.settings(holidays: "holidays:\n  - from: 2026-12-21\n    to: 2027-01-03\n    name: Noël\n"))
        #expect(s.conflicts == [
            .workOnHoliday(task: Self.id("T-A1"), day: Self.day("2026-12-24"), holiday: "Noël"),
            .workOnHoliday(task: Self.id("T-A2"), day: Self.day("2026-12-25"), holiday: "Noël"),
        ])
        #expect(Self.span(s, "T-A1") == "2027-01-04…2027-01-04")
    }

    @Test func doneTasksEndOnTheirActualFinish() {
        let s = Self.plan([
            Self.task("T-A1", "duration: 5d", status: "done"),
            Self.task("T-A2", "depends: [T-A1]\nprogress: 30"),
            Self.task("T-A3", "milestone: M-A1\nduration: 2d", status: "done"),
            Self.milestone("M-A1"),
        ], actualFinish: [Self.id("T-A1"): Self.day("2026-12-01")])
        let a1 = s.item(Self.id("T-A1"))!
        #expect(a1.done && a1.progress == 100 && !a1.critical && a1.actualEnd == Self.day("2026-12-01"))
        #expect(Self.span(s, "T-A1") == "2026-11-30…2026-12-01")
        #expect(Self.span(s, "T-A2") == "2026-12-02…2026-12-02")
        #expect(s.item(Self.id("T-A2"))?.progress == 30)
        // Unknown actual finish: the computed end. A milestone whose tasks are all done is done.
        #expect(Self.span(s, "T-A3") == "2026-11-30…2026-12-01")
        #expect(s.item(Self.id("M-A1"))?.done == true)
    }

    @Test func oddInputsNeitherHangNorCrash() {
        let settings = Self.settings(members: ["bob": "    away:\n      - from: 2026-11-01\n        to: 2029-12-31\n        reason: Erasmus\n"])
            .replacingOccurrences(of: "workdays: [mon, tue, wed, thu, fri]", with: "workdays: []")
        let s = Self.plan([
            Self.task("T-A1", "start: 9999-12-31"),
            Self.task("T-A2", "due: 1900-01-01\nestimate: 0d"),
            Self.task("T-B1", "assignees: [bob]\nestimate: 1d"),
            Self.task("T-B2", "assignees: [ghost]\nestimate: 2d\ndepends: [T-X9, T-B2]"),
        ], settings: settings, level: true)
        #expect(s.items.count == 4)
        // An empty working week is read as Monday–Friday; bob works once he is back.
        #expect(Self.span(s, "T-B1") == "2030-01-01…2030-01-01")
        // An unknown assignee works full time; unknown and self dependencies are ignored.
        #expect(Self.span(s, "T-B2") == "2026-11-30…2026-12-01")
        #expect(s.conflicts.contains(.dueBeforeEarliestEnd(task: Self.id("T-A2"), due: Self.day("1900-01-01"), earliestEnd: Self.day("2026-11-30"))))
    }

    // MARK: Load and levelling

    static let overloaded = [
        task("T-A1", "assignees: [alice]\nestimate: 5d"),
        task("T-A2", "assignees: [alice]\nestimate: 2d"),
        task("T-B1", "assignees: [bob]\nestimate: 10d"),
    ]

    @Test func weeklyOverloadIsReported() {
        let s = Self.plan(Self.overloaded)
        let week = Self.day("2026-11-30")
        #expect(s.conflicts == [.overload(member: "alice", week: week, hours: 56, capacity: 40)])
        // One entry per member and week of the plan.
        #expect(s.load.count == 3 * 2)
        #expect(s.load.contains(WeeklyLoad(member: "bob", week: Self.day("2026-12-07"), hours: 40, capacity: 40)))
        #expect(s.moves.isEmpty)
    }

    @Test func levellingMovesANonCriticalTaskWithinItsSlack() {
        let s = Self.plan(Self.overloaded, level: true)
        #expect(s.moves == [LevelingMove(task: Self.id("T-A2"), fromStart: Self.day("2026-11-30"), toStart: Self.day("2026-12-07"), withinSlack: true)])
        #expect(Self.span(s, "T-A2") == "2026-12-07…2026-12-08")
        #expect(Self.span(s, "T-A1") == "2026-11-30…2026-12-04")
        #expect(s.end == Self.day("2026-12-11"))
        #expect(!s.conflicts.contains { if case .overload = $0 { true } else { false } })
    }

    @Test func levellingDelaysTheEndOnlyWhenItMust() {
        let s = Self.plan([
            Self.task("T-A1", "assignees: [alice]\nestimate: 5d"),
            Self.task("T-A2", "assignees: [alice]\nestimate: 5d"),
            Self.task("T-A3", "depends: [T-A2]"),
        ], level: true)
        // T-A2 drives T-A3, so its latest start is earlier: it keeps its place and T-A1, which
        // has only 1 day of slack, moves beyond it.
        #expect(s.moves.count == 1)
        #expect(s.moves.first?.task == Self.id("T-A1"))
        #expect(s.moves.first?.withinSlack == false)
        #expect(Self.span(s, "T-A1") == "2026-12-07…2026-12-11")
        #expect(s.end == Self.day("2026-12-11"))
        #expect(!s.conflicts.contains { if case .overload = $0 { true } else { false } })
        // After levelling, the critical path follows the moved task.
        #expect(s.criticalPath == [Self.id("T-A1")])
    }

    @Test func levellingWaitsOverFullWeeksForTheFirstWeekWithRoom() {
        // alice works every day: her sixth week-long task jumps over five full weeks. bob is away
        // in the second week: his tasks wait day by day, through his absence, for room.
        let away = "    away:\n      - from: 2026-12-07\n        to: 2026-12-11\n        reason: PFMP\n"
        let s = Self.plan((1...6).map { Self.task("T-A\($0)", "assignees: [alice]\nestimate: 5d") } + [
            Self.task("T-B1", "assignees: [bob]\nestimate: 5d"),
            Self.task("T-B2", "assignees: [bob]\nestimate: 5d"),
            Self.task("T-B3", "assignees: [bob]\nestimate: 2d"),
        ], settings: Self.settings(members: ["bob": away]), level: true)
        let alice = ["2026-11-30…2026-12-04", "2026-12-07…2026-12-11", "2026-12-14…2026-12-18",
                     "2026-12-21…2026-12-25", "2026-12-28…2027-01-01", "2027-01-04…2027-01-08"]
        #expect((1...6).map { Self.span(s, "T-A\($0)") } == alice)
        #expect(Self.span(s, "T-B1") == "2026-11-30…2026-12-04")
        #expect(Self.span(s, "T-B2") == "2026-12-14…2026-12-18")
        #expect(Self.span(s, "T-B3") == "2026-12-21…2026-12-22")
        #expect(!s.conflicts.contains { if case .overload = $0 { true } else { false } })
    }

    // MARK: Comparison

    @Test func comparisonCountsSlippageInWorkingDays() {
        let baseline = Self.plan([
            Self.task("T-A1", "duration: 3d"),
            Self.task("T-A2", "depends: [T-A1]"),
            Self.task("T-A3"),
        ])
        let current = Self.plan([
            Self.task("T-A1", "duration: 5d"),
            Self.task("T-A2", "depends: [T-A1]"),
            Self.task("T-A4"),
        ])
        let cal = WorkCalendar(settings: Board.load(settings: Self.settings(), files: []).settings)
        let slips = PlanComparison.compare(baseline: baseline, current: current, calendar: cal)
        #expect(slips.map(\.id.description) == ["T-A1", "T-A2", "T-A3", "T-A4"])
        #expect(slips[0].change == .kept && slips[0].endSlip == 2 && slips[0].startSlip == 0)
        // Thursday → Monday: 2 working days.
        #expect(slips[1].plannedStart == Self.day("2026-12-03") && slips[1].currentStart == Self.day("2026-12-07"))
        #expect(slips[1].startSlip == 2 && slips[1].endSlip == 2)
        #expect(slips[2].change == .removed && slips[2].currentEnd == nil && slips[2].endSlip == nil)
        #expect(slips[3].change == .added && slips[3].plannedStart == nil && slips[3].currentEnd == Self.day("2026-11-30"))
    }

    // MARK: Size

    /// 1,000 tasks and 2,000 dependencies on earlier tasks, 3 members: every dependency holds,
    /// with and without levelling. Timing is measured by Benchmarks/planning.py, not here.
    @Test func thousandTasksRespectEveryDependency() {
        var rng = PlanningRandom(seed: 42)
        let members = ["alice", "bob", "chloe"]
        var files: [Board.File] = []
        var deps: [Int: [Int]] = [:]
        var count = 0
        while count < 2000 {
            let to = Int(rng.next() % 999) + 2
            let from = Int(rng.next() % UInt64(to - 1)) + 1
            if deps[to, default: []].contains(from) { continue }
            deps[to, default: []].append(from)
            count += 1
        }
        for n in 1...1000 {
            var fields = "assignees: [\(members[n % 3])]\nestimate: \(n % 4 + 1)d"
            if let d = deps[n] { fields += "\ndepends: [\(d.sorted().map { "T-A\($0)" }.joined(separator: ", "))]" }
            files.append(Self.task("T-A\(n)", fields))
        }
        for level in [false, true] {
            let s = Self.plan(files, level: level)
            #expect(s.items.count == 1000)
            #expect(!s.conflicts.contains { if case .cycle = $0 { true } else { false } })
            var byID: [ItemID: ScheduledItem] = [:]
            for i in s.items { byID[i.id] = i }
            var broken = 0
            for (to, froms) in deps {
                for from in froms where byID[Self.id("T-A\(from)")]!.end >= byID[Self.id("T-A\(to)")]!.start { broken += 1 }
            }
            #expect(broken == 0)
            #expect(!s.criticalPath.isEmpty)
            #expect(s.items.allSatisfy { $0.slack >= 0 && $0.start <= $0.end })
            if level {
                #expect(!s.conflicts.contains { if case .overload = $0 { true } else { false } })
                #expect(!s.moves.isEmpty)
            }
        }
    }
}

/// A small deterministic random generator (SplitMix64) for test data.
private struct PlanningRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
