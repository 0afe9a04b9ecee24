import BoardCore
import Foundation
import Planning

/// A period a report covers: an ISO week (`2026-W50`, Monday to Sunday) by default.
public struct ReportPeriod: Sendable, Equatable {
    public let from: Day
    public let to: Day
    /// `2026-W50` for a week.
    public let label: String

    public init(from: Day, to: Day, label: String) {
        self.from = from
        self.to = to
        self.label = label
    }

    /// The ISO week holding `day`.
    public static func week(containing day: Day) -> ReportPeriod {
        let monday = WorkCalendar.monday(of: day)
        let (year, week) = isoWeek(of: day)
        return ReportPeriod(from: monday, to: monday.adding(days: 6), label: String(format: "%04d-W%02d", year, week))
    }

    /// Reads `2026-W50` (also `2026W50`, `2026-w50`); nil for a week that does not exist.
    public static func parse(_ text: String) -> ReportPeriod? {
        let t = text.trimmingCharacters(in: .whitespaces).uppercased()
            .replacingOccurrences(of: "-S", with: "W").replacingOccurrences(of: "S", with: "W").replacingOccurrences(of: "-W", with: "W")
        let parts = t.split(separator: "W")
        guard parts.count == 2, parts[0].count == 4, let year = Int(parts[0]), let week = Int(parts[1]), (1...53).contains(week),
              let jan4 = Day(year: year, month: 1, day: 4) else { return nil }
        let monday = WorkCalendar.monday(of: jan4).adding(days: (week - 1) * 7)
        let period = ReportPeriod.week(containing: monday)
        return isoWeek(of: monday) == (year, week) ? period : nil
    }

    /// ISO 8601 week-numbering year and week of `day`.
    public static func isoWeek(of day: Day) -> (year: Int, week: Int) {
        let thursday = WorkCalendar.monday(of: day).adding(days: 3)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        return (thursday.year, (thursday.ordinal - jan1.ordinal) / 7 + 1)
    }

    /// The period of the same length right after this one.
    public var next: ReportPeriod {
        let length = to.ordinal - from.ordinal + 1
        if length == 7 && from.weekday == 1 { return ReportPeriod.week(containing: to.adding(days: 1)) }
        return ReportPeriod(from: to.adding(days: 1), to: to.adding(days: length), label: "")
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}

/// Everything a status report is computed from; `asOf` is the day it speaks of (today, or the
/// last day of a past period).
public struct StatusInput: Sendable {
    public var board: Board
    public var schedule: Schedule
    public var history: History?
    public var meetings: [MeetingNotes]
    public var risks: [String]
    /// Whether the board has a spec at all (no spec and no risks read differently).
    public var hasSpec: Bool
    public var head: String?
    public var asOf: Day
    public var period: ReportPeriod
    /// The baseline's plan, when there is one: milestones without a date are measured against it.
    public var baseline: Schedule?
    public var baselineName: String?
    /// Remaining effort per working day, for the HTML chart.
    public var burndown: Burndown?

    public init(board: Board, schedule: Schedule, history: History?, meetings: [MeetingNotes], risks: [String], hasSpec: Bool,
                head: String?, asOf: Day, period: ReportPeriod, baseline: Schedule? = nil, baselineName: String? = nil) {
        self.board = board
        self.schedule = schedule
        self.history = history
        self.meetings = meetings
        self.risks = risks
        self.hasSpec = hasSpec
        self.head = head
        self.asOf = asOf
        self.period = period
        self.baseline = baseline
        self.baselineName = baselineName
    }
}

/// The weekly status report of one board (`jalon report status`), format-neutral.
public struct StatusReport: Sendable {
    public struct Progress: Sendable, Equatable {
        /// Work done and planned, in hours of effort: done tasks count whole, others by their
        /// progress; a task without an estimate counts its working days × 8 h.
        public var doneHours: Double
        public var plannedHours: Double
        public var tasksDone: Int
        public var tasksTotal: Int
        public var percent: Int { plannedHours > 0 ? Int((doneHours / plannedHours * 100).rounded()) : 0 }
    }

    public struct MilestoneLine: Sendable, Equatable {
        public var id: String
        public var title: String
        /// The date it was meant for: its own `date`, else the baseline's.
        public var planned: Day?
        public var plannedFrom: String?  // "date" or "baseline"
        /// When it will be reached as things stand (never before `asOf` while work remains), or
        /// the day it was reached.
        public var forecast: Day
        public var done: Bool
        /// Working days from planned to forecast (positive: late).
        public var slip: Int?
        public var light: TrafficLight
    }

    public struct TaskLine: Sendable, Equatable {
        public var id: String
        public var title: String
        public var status: String
        public var assignees: [String]
        public var start: Day
        public var end: Day
        public var due: Day?
        public var progress: Int
        public var doneOn: Day?
        /// Calendar days past the due date (or the planned end without one).
        public var daysLate: Int?
        /// A late task's due date or baseline end, the day it was expected by.
        public var lateReference: Day? = nil
        /// Whether that day is the baseline's end rather than the due date.
        public var lateAgainstBaseline: Bool { lateReference.map { $0 != due } ?? false }
    }

    public struct MemberLoad: Sendable, Equatable {
        public var member: String
        public var name: String
        public var hours: Double
        public var capacity: Double
        public var nextHours: Double
        public var nextCapacity: Double
        public var openTasks: Int
        public var lateTasks: Int
        /// Commits (as author or co-author) in the period, and the last day active.
        public var commits: Int
        public var lastActive: Day?
        public var overloaded: Bool { hours > capacity + 0.001 }
    }

    public struct Decision: Sendable, Equatable {
        public var meeting: String
        public var date: Day?
        public var text: String
    }

    public struct Action: Sendable, Equatable {
        public var meeting: String
        public var date: Day?
        public var who: String?
        public var what: String
        public var due: Day?
    }

    public var boardName: String
    public var period: ReportPeriod
    public var next: ReportPeriod
    public var asOf: Day
    public var head: String?
    public var projectStart: Day
    public var projectEnd: Day
    public var targetEnd: Day?
    public var progress: Progress
    public var milestones: [MilestoneLine]
    public var done: [TaskLine]
    public var inProgress: [TaskLine]
    public var late: [TaskLine]
    public var startingNext: [TaskLine]
    public var workload: [MemberLoad]
    /// Time logged per member, in the period and to date (empty when none was logged).
    public var timeSpent: [MemberTime] = []
    /// Remaining effort per working day (drawn in HTML only).
    public var burndown: Burndown?
    public var meetings: [String]
    public var decisions: [Decision]
    public var actions: [Action]
    public var risks: [String]
    public var hasSpec: Bool
    public var gantt: ReportGantt

    // MARK: Building

    public static func build(_ input: StatusInput, language: Language) -> StatusReport {
        let board = input.board, schedule = input.schedule, asOf = input.asOf
        let calendar = WorkCalendar(settings: board.settings)
        let tasks = Dictionary(board.tasks.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let firstStatus = board.settings.statuses.first ?? "todo"
        let items = schedule.items.filter { !$0.isMilestone }

        // Progress by effort, as the forecast counts it: each estimate once.
        let progress = Progress(doneHours: schedule.effort.doneHours, plannedHours: schedule.effort.totalHours,
                                tasksDone: items.filter(\.done).count, tasksTotal: items.count)

        func line(_ item: ScheduledItem) -> TaskLine {
            let task = tasks[item.id]
            let late = item.late ? item.daysLate : nil
            var line = TaskLine(id: item.id.description, title: item.title, status: task?.status ?? "", assignees: item.assignees, start: item.start, end: item.end,
                                due: item.due, progress: item.done ? 100 : item.progress, doneOn: item.actualEnd, daysLate: late)
            if item.late { line.lateReference = item.lateReference }
            return line
        }
        let byStart: (ScheduledItem, ScheduledItem) -> Bool = { ($0.start, $0.id) < ($1.start, $1.id) }
        let done = items.filter { $0.done && ($0.actualEnd.map(input.period.contains) ?? false) }
            .sorted { ($0.actualEnd!, $0.id) < ($1.actualEnd!, $1.id) }.map(line)
        let started: (ScheduledItem) -> Bool = { item in (tasks[item.id]?.status ?? firstStatus) != firstStatus || item.progress > 0 }
        let inProgress = items.filter { !$0.done && started($0) }.sorted(by: byStart).map(line)
        let late = items.filter(\.late).map(line).sorted { ($0.daysLate ?? 0, $1.id) > ($1.daysLate ?? 0, $0.id) }
        let next = input.period.next
        let startingNext = items.filter { !$0.done && !started($0) && $0.start <= next.to }.sorted(by: byStart).map(line)

        // Milestones.
        let baseline = Dictionary((input.baseline?.items ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var milestones: [MilestoneLine] = []
        for m in schedule.items.filter(\.isMilestone).sorted(by: byStart) {
            var planned = m.targetDate
            var from: String? = planned == nil ? nil : "date"
            if planned == nil, let b = baseline[m.id] { planned = b.start; from = "baseline" }
            let forecast = m.start
            let slip = planned.map { calendar.workingDays(between: $0, and: forecast) }
            let light: TrafficLight
            if let slip {
                if m.done { light = slip > 0 ? .amber : .green } else if let p = planned, p < asOf { light = .red } else if slip > 3 { light = .red } else if slip > 0 { light = .amber } else { light = .green }
            } else {
                light = m.done ? .green : .none
            }
            milestones.append(MilestoneLine(id: m.id.description, title: m.title, planned: planned, plannedFrom: from, forecast: forecast, done: m.done, slip: slip, light: light))
        }

        // Workload and activity per member.
        let activity = TeamActivity.compute(history: input.history, board: board, asOf: asOf)
        let lastActive = Dictionary(activity.members.map { ($0.member, $0.lastActive) }, uniquingKeysWith: { a, _ in a })
        var commitsInPeriod: [String: Int] = [:]
        for c in input.history?.commits ?? [] {
            let day = Day(c.authorDate, timeZone: TimeZone(secondsFromGMT: c.authorOffsetMinutes * 60) ?? .current)
            guard input.period.contains(day) else { continue }
            for id in Set(([c.actor] + c.coActors).compactMap(\.memberID)) { commitsInPeriod[id, default: 0] += 1 }
        }
        var workload: [MemberLoad] = []
        for member in board.settings.members {
            func hours(_ week: Day) -> (Double, Double) {
                let entry = schedule.load.first { $0.member == member.id && $0.week == week }
                return (entry?.hours ?? 0, entry?.capacity ?? calendar.weeklyCapacity(of: member.id, week: week))
            }
            let (h, c) = hours(WorkCalendar.monday(of: input.period.from))
            let (nh, nc) = hours(WorkCalendar.monday(of: next.from))
            let own = items.filter { $0.assignees.contains(member.id) }
            workload.append(MemberLoad(member: member.id, name: member.name, hours: h, capacity: c, nextHours: nh, nextCapacity: nc,
                                       openTasks: own.filter { !$0.done }.count, lateTasks: own.filter(\.late).count,
                                       commits: commitsInPeriod[member.id] ?? 0, lastActive: lastActive[member.id] ?? nil))
        }

        // The period's meetings.
        let meetings = input.meetings.filter { $0.date.map(input.period.contains) ?? false }.sorted { ($0.date!, $0.path) < ($1.date!, $1.path) }
        let decisions = meetings.flatMap { m in m.decisions.map { Decision(meeting: m.title, date: m.date, text: $0) } }
        let actions = meetings.flatMap { m in m.actions.map { Action(meeting: m.title, date: m.date, who: $0.who, what: $0.what, due: $0.due) } }

        let projectEnd = schedule.end
        return StatusReport(
            boardName: board.settings.name, period: input.period, next: next, asOf: asOf, head: input.history?.head ?? input.head,
            projectStart: schedule.start, projectEnd: projectEnd, targetEnd: board.settings.end, progress: progress,
            milestones: milestones, done: done, inProgress: inProgress, late: late, startingNext: startingNext, workload: workload,
            timeSpent: TimeReport.perMember(board, period: input.period, through: asOf), burndown: input.burndown,
            meetings: meetings.map(\.title), decisions: decisions, actions: actions, risks: input.risks, hasSpec: input.hasSpec,
            gantt: ReportGantt.of(schedule, baseline: input.baseline, board: board, today: asOf, language: language))
    }

    /// Hours of effort a task stands for: its estimate, else its working days × 8 h.
    static func effortHours(_ item: ScheduledItem) -> Double {
        item.effortHours ?? Double(max(1, item.workingDays)) * Effort.hoursPerDay
    }
}

/// Who was active when, from the history: commits as author or co-author, per member.
public struct TeamActivity: Sendable, Equatable {
    public struct Member: Sendable, Equatable {
        public var member: String
        public var name: String
        public var commits: Int
        public var lastActive: Day?
        /// Calendar days since the last activity (nil: never active).
        public var idleDays: Int?
        /// No activity in the last 14 days (or none at all).
        public var inactive: Bool
        /// Share of the team's commits, 0–100.
        public var share: Int
    }
    public var members: [Member]
    public var lastActivity: Day?
    public var lastActor: String?
    public var totalCommits: Int

    /// Members with no activity for two weeks are flagged; an outsider's commits (a trainer)
    /// count for the last activity but not for the balance.
    public static let inactivityDays = 14

    public static func compute(history: History?, board: Board, asOf: Day) -> TeamActivity {
        var commits: [String: Int] = [:]
        var last: [String: Day] = [:]
        var lastActivity: Day?
        var lastActor: String?
        for c in history?.commits ?? [] {
            let day = Day(c.authorDate, timeZone: TimeZone(secondsFromGMT: c.authorOffsetMinutes * 60) ?? .current)
            guard day <= asOf else { continue }
            if lastActivity == nil || day > lastActivity! {
                lastActivity = day
                lastActor = c.actor.memberID.flatMap { board.settings.member($0)?.name } ?? {
                    if case .outsider(let name, _) = c.actor { return name }
                    return nil
                }()
            }
            for id in Set(([c.actor] + c.coActors).compactMap(\.memberID)) {
                let key = board.settings.member(id)?.id ?? id
                commits[key, default: 0] += 1
                if last[key].map({ day > $0 }) ?? true { last[key] = day }
            }
        }
        let total = commits.values.reduce(0, +)
        let members = board.settings.members.map { m -> Member in
            let l = last[m.id]
            let idle = l.map { asOf.ordinal - $0.ordinal }
            let n = commits[m.id] ?? 0
            return Member(member: m.id, name: m.name, commits: n, lastActive: l, idleDays: idle,
                          inactive: history == nil ? false : (idle.map { $0 >= inactivityDays } ?? true), share: total > 0 ? Int((Double(n) / Double(total) * 100).rounded()) : 0)
        }
        return TeamActivity(members: members, lastActivity: lastActivity, lastActor: lastActor, totalCommits: total)
    }
}

