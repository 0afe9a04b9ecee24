import BoardCore
import Foundation
import Planning

/// Everything the review (*bilan*) is computed from.
public struct BilanInput: Sendable {
    public var board: Board
    /// The plan as things stand, done tasks ending on their done day.
    public var schedule: Schedule
    /// The current board planned from its estimates alone (no actual dates): how many working
    /// days each task's estimate was meant to take, for tasks added after the baseline.
    public var estimatePlan: Schedule
    public var baseline: Schedule?
    public var baselineName: String?
    public var baselineDay: Day?
    public var history: History?
    public var head: String?
    public var asOf: Day

    public init(board: Board, schedule: Schedule, estimatePlan: Schedule, baseline: Schedule?, baselineName: String?, baselineDay: Day?,
                history: History?, head: String?, asOf: Day) {
        self.board = board
        self.schedule = schedule
        self.estimatePlan = estimatePlan
        self.baseline = baseline
        self.baselineName = baselineName
        self.baselineDay = baselineDay
        self.history = history
        self.head = head
        self.asOf = asOf
    }
}

/// The end-of-project review: plan against actual per task and milestone, estimate accuracy,
/// scope changes, and the facts that open the lessons and corrective measures.
///
/// - **Actual dates** come from the history: a task starts when it first leaves the board's
///   first status (`todo` → `doing`…), and ends on the day it was moved to done.
/// - **Actual effort** is the working days from that start to that end, both included — the
///   only measure of effort the history holds. It is set against the working days the estimate
///   took in the plan (2 days of effort shared by two people plan 1 day), from the baseline for
///   tasks it holds, else from the current estimates. Accuracy = actual ÷ planned (1.0 is
///   exact; 1.5 means it took half as long again).
/// - **Time spent**: a done task with time logged (`jalon time log`) and an estimate is measured
///   by the time spent against its estimate instead (accuracy = spent ÷ estimate); sums add both
///   kinds in hours, a working day counting 8 h.
/// - **Slippage** is in working days, from the baseline's end (or, for a task added since, its
///   due date) to the actual end, or to the forecast end for a task not done.
public struct BilanReport: Sendable {
    public struct TaskRow: Sendable, Equatable {
        public var id: String
        public var title: String
        public var assignees: [String]
        /// `kept`, `added` or `removed` (since the baseline).
        public var change: String
        public var plannedStart: Day?
        public var plannedEnd: Day?
        /// `baseline` or `due`: what the slip is measured from.
        public var reference: String?
        public var actualStart: Day?
        public var actualEnd: Day?
        /// For a task not done: when it is now expected to end.
        public var forecastEnd: Day?
        public var done: Bool
        public var endSlip: Int?
        public var estimate: String?
        public var plannedDays: Int?
        public var actualDays: Int?
        /// The estimate in hours, and the time logged on the task (nil when none was logged).
        public var estimateHours: Double? = nil
        public var spentHours: Double? = nil
        /// True when accuracy is measured by time spent against the estimate.
        public var measuredBySpent: Bool {
            guard let e = estimateHours, let s = spentHours else { return false }
            return e > 0 && s > 0
        }
        public var accuracy: Double? {
            guard done else { return nil }
            if measuredBySpent { return spentHours! / estimateHours! }
            guard let a = actualDays, let p = plannedDays, p > 0 else { return nil }
            return Double(a) / Double(p)
        }
        /// Planned and actual work in hours, for sums: time spent against the estimate when time
        /// was logged, else working days × 8 h.
        var measure: (planned: Double, actual: Double)? {
            guard done else { return nil }
            if measuredBySpent { return (estimateHours!, spentHours!) }
            guard let a = actualDays, let p = plannedDays, p > 0 else { return nil }
            return (Double(p) * Effort.hoursPerDay, Double(a) * Effort.hoursPerDay)
        }
    }

    public struct MilestoneRow: Sendable, Equatable {
        public var id: String
        public var title: String
        public var change: String
        public var planned: Day?
        public var reference: String?
        public var actual: Day?
        public var done: Bool
        public var slip: Int?
    }

    public struct Accuracy: Sendable, Equatable {
        /// A member id, or nil for the whole team.
        public var member: String?
        public var name: String
        public var tasks: Int
        public var plannedDays: Int
        public var actualDays: Int
        /// Tasks measured by time spent (the others by working days), and the planned and actual
        /// work of all in hours (a working day counts 8 h).
        public var spentTasks = 0
        public var plannedHours = 0.0
        public var actualHours = 0.0
        public var ratio: Double? { plannedHours > 0 ? actualHours / plannedHours : nil }
    }

    public struct ScopeItem: Sendable, Equatable {
        public var id: String
        public var title: String
    }

    public struct OverloadedWeek: Sendable, Equatable {
        public var week: Day
        public var label: String
        /// Hours over capacity, summed over the overloaded members.
        public var excess: Double
        public var members: [(member: String, hours: Double, capacity: Double)]
        public static func == (a: OverloadedWeek, b: OverloadedWeek) -> Bool {
            a.week == b.week && a.excess == b.excess && a.members.map(\.member) == b.members.map(\.member)
        }
    }

    public struct Reopened: Sendable, Equatable {
        public var id: String
        public var title: String
        public var date: Day
        public var by: String
        public var to: String
        public var commit: String
    }

    public var boardName: String
    public var baselineName: String?
    public var baselineDay: Day?
    public var asOf: Day
    public var head: String?
    public var tasks: [TaskRow]
    public var milestones: [MilestoneRow]
    public var accuracy: [Accuracy]
    public var overall: Accuracy
    public var added: [ScopeItem]
    public var removed: [ScopeItem]
    public var biggestSlips: [TaskRow]
    public var overloadedWeeks: [OverloadedWeek]
    public var reopened: [Reopened]
    public var gantt: ReportGantt
    /// Time logged per member up to the review's day (empty when none was logged).
    public var timeSpent: [MemberTime] = []

    // MARK: Building

    public static func build(_ input: BilanInput, language: Language) -> BilanReport {
        let board = input.board, asOf = input.asOf
        let calendar = WorkCalendar(settings: board.settings)
        let tasksByID = Dictionary(board.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let current = Dictionary(input.schedule.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let estimates = Dictionary(input.estimatePlan.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let planned = Dictionary((input.baseline?.items ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })

        // Actual dates are the forecast's (from the history engine); the history gives the
        // reopenings, oldest first.
        var reopened: [Reopened] = []
        let commits = input.history?.commits ?? []
        let offsets = Dictionary(commits.map { ($0.id, $0.authorOffsetMinutes) }, uniquingKeysWith: { a, _ in a })
        for e in commits.reversed().flatMap({ $0.events.reversed() }) {
            guard case .taskReopened(let to) = e.kind else { continue }
            // The day as the author's clock showed it.
            let day = Day(e.date, timeZone: TimeZone(secondsFromGMT: (offsets[e.commit] ?? 0) * 60) ?? .current)
            guard day <= asOf else { continue }
            let who: String
            switch e.actor {
            case .member(let id): who = id
            case .outsider(let name, _): who = name
            }
            reopened.append(Reopened(id: e.item, title: tasksByID[ItemID(e.item) ?? ItemID(kind: .task, code: "X", number: 0)]?.title ?? e.item,
                                     date: day, by: who, to: to, commit: e.commit))
        }

        let comparison = input.baseline.map { PlanComparison.compare(baseline: $0, current: input.schedule, calendar: calendar) } ?? []
        var change: [ItemID: String] = [:]
        for s in comparison {
            switch s.change {
            case .kept: change[s.id] = "kept"
            case .added: change[s.id] = "added"
            case .removed: change[s.id] = "removed"
            }
        }

        func forecast(_ item: ScheduledItem) -> Day { item.done ? (item.actualEnd ?? item.end) : item.end }

        let spent = board.spentHours(through: asOf)
        var rows: [TaskRow] = []
        let ids = Set(input.schedule.items.filter { !$0.isMilestone }.map(\.id)).union(planned.values.filter { !$0.isMilestone }.map(\.id)).sorted()
        for id in ids {
            let now = current[id], base = planned[id]
            let key = id.description
            let task = tasksByID[id]
            var row = TaskRow(id: key, title: now?.title ?? base?.title ?? key, assignees: now?.assignees ?? base?.assignees ?? [],
                              change: input.baseline == nil ? "kept" : (change[id] ?? "kept"),
                              plannedStart: base?.start, plannedEnd: base?.end, reference: base == nil ? nil : "baseline",
                              actualStart: now?.actualStart, actualEnd: now?.done == true ? now?.actualEnd : nil,
                              forecastEnd: nil, done: now?.done ?? false, endSlip: nil, estimate: task?.estimate.map { Catalog.effort($0)(language) },
                              plannedDays: estimates[id]?.workingDays ?? base?.workingDays, actualDays: nil)
            row.estimateHours = task?.estimate?.hours
            row.spentHours = spent[id]
            if let now {
                if !now.done { row.forecastEnd = forecast(now) }
                let end = row.actualEnd ?? forecast(now)
                if let pe = base?.end {
                    row.endSlip = calendar.workingDays(between: pe, and: end)
                } else if let due = now.due {
                    row.reference = "due"
                    row.plannedEnd = due
                    row.endSlip = calendar.workingDays(between: calendar.workingDay(onOrBefore: due), and: end)
                }
                if let s = row.actualStart, let e = row.actualEnd { row.actualDays = max(1, calendar.workingDays(from: s, through: e)) }
            }
            rows.append(row)
        }

        var milestoneRows: [MilestoneRow] = []
        let milestoneIDs = Set(input.schedule.items.filter(\.isMilestone).map(\.id)).union(planned.values.filter(\.isMilestone).map(\.id)).sorted()
        for id in milestoneIDs {
            let now = current[id], base = planned[id]
            var row = MilestoneRow(id: id.description, title: now?.title ?? base?.title ?? id.description,
                                   change: input.baseline == nil ? "kept" : (change[id] ?? "kept"),
                                   planned: base?.start, reference: base == nil ? nil : "baseline", actual: nil, done: now?.done ?? false, slip: nil)
            if row.planned == nil, let target = now?.targetDate { row.planned = target; row.reference = "date" }
            if let now {
                row.actual = now.start
                if let p = row.planned, let a = row.actual { row.slip = calendar.workingDays(between: p, and: a) }
            }
            milestoneRows.append(row)
        }

        // Accuracy per member and overall, over done tasks with both measures.
        var perMember: [String: Accuracy] = [:]
        var overall = Accuracy(member: nil, name: "", tasks: 0, plannedDays: 0, actualDays: 0)
        for row in rows where row.done {
            guard let (ph, ah) = row.measure else { continue }
            func count(_ acc: inout Accuracy) {
                acc.tasks += 1; acc.plannedHours += ph; acc.actualHours += ah
                acc.plannedDays += row.plannedDays ?? 0; acc.actualDays += row.actualDays ?? 0
                if row.measuredBySpent { acc.spentTasks += 1 }
            }
            count(&overall)
            for m in row.assignees {
                var acc = perMember[m] ?? Accuracy(member: m, name: board.settings.member(m)?.name ?? m, tasks: 0, plannedDays: 0, actualDays: 0)
                count(&acc)
                perMember[m] = acc
            }
        }
        let memberOrder = board.settings.members.map(\.id)
        let accuracy = perMember.values.sorted { (memberOrder.firstIndex(of: $0.member ?? "") ?? Int.max, $0.member ?? "") < (memberOrder.firstIndex(of: $1.member ?? "") ?? Int.max, $1.member ?? "") }

        let added = comparison.filter { $0.change == .added }.map { ScopeItem(id: $0.id.description, title: $0.title) }
        let removed = comparison.filter { $0.change == .removed }.map { ScopeItem(id: $0.id.description, title: $0.title) }
        let biggest = rows.filter { ($0.endSlip ?? 0) > 0 }.sorted { ($0.endSlip!, $1.id) > ($1.endSlip!, $0.id) }.prefix(3)

        var weeks: [Day: OverloadedWeek] = [:]
        for load in input.schedule.load where load.overloaded {
            var w = weeks[load.week] ?? OverloadedWeek(week: load.week, label: ReportPeriod.week(containing: load.week).label, excess: 0, members: [])
            w.excess += load.hours - load.capacity
            w.members.append((load.member, load.hours, load.capacity))
            weeks[load.week] = w
        }
        let overloaded = weeks.values.sorted { ($0.excess, $1.week) > ($1.excess, $0.week) }.prefix(3)

        var report = BilanReport(boardName: board.settings.name, baselineName: input.baselineName, baselineDay: input.baselineDay, asOf: asOf,
                           head: input.history?.head ?? input.head, tasks: rows, milestones: milestoneRows, accuracy: accuracy, overall: overall,
                           added: added, removed: removed, biggestSlips: Array(biggest), overloadedWeeks: Array(overloaded), reopened: reopened,
                           gantt: ReportGantt.of(input.schedule, baseline: input.baseline, board: board, today: asOf, language: language))
        report.timeSpent = TimeReport.perMember(board, period: nil, through: asOf)
        return report
    }
}
