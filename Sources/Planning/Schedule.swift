import BoardCore

/// One scheduled task or milestone.
public struct ScheduledItem: Sendable, Equatable {
    public let id: ItemID
    public let title: String
    public var isMilestone: Bool { id.kind == .milestone }
    /// First working day of the work (for a milestone: its day).
    public var start: Day
    /// Last working day of the work, as tj3's task report prints it (for a milestone: its day).
    public var end: Day
    /// Latest start and end that do not delay the project end.
    public var lateStart: Day
    public var lateEnd: Day
    /// Total slack in working days (0 on the critical path).
    public var slack: Int
    public var critical: Bool
    /// Percent complete, 0–100 (100 when done).
    public var progress: Int
    public var done: Bool
    /// The day the task was moved to done, from history; nil when not done or unknown.
    public var actualEnd: Day?
    /// Past its due date (or its end, when it has none) and not done.
    public var late: Bool
    public var assignees: [String]
    public var milestone: ItemID?
    public var due: Day?
    /// A milestone's own target date, when it has one.
    public var targetDate: Day?
    /// Working days the work lasts (0 for a milestone).
    public var workingDays: Int
    /// Effort in hours, when the task has an estimate.
    public var effortHours: Double?
    /// Calendar days the forecast end is after the due date or baseline end (0 when not late).
    public var daysLate: Int = 0
    /// The day a late item was expected by: its due date (a milestone's date) or its baseline
    /// end, the earlier of the two; nil when not late.
    public var lateReference: Day?
    /// The day work started, from history (done or started tasks).
    public var actualStart: Day?
    /// Open tasks: the first day of the work left (after the status date).
    public var remainingStart: Day?
    /// Open effort tasks: hours of work left.
    public var remainingHours: Double?
    /// The last day of the work already behind: a done task's actual end; for a task in
    /// progress with an actual start, the day before its remaining work starts (never the
    /// status date or later). Nil when nothing is behind. Charts draw the done part of a bar
    /// from `start` through this day, so it sits at the actual dates.
    public var doneThrough: Day?

    public init(id: ItemID, title: String, start: Day, end: Day, lateStart: Day, lateEnd: Day, slack: Int, critical: Bool,
                progress: Int, done: Bool, actualEnd: Day?, late: Bool, assignees: [String], milestone: ItemID?, due: Day?,
                targetDate: Day?, workingDays: Int, effortHours: Double?) {
        self.id = id
        self.title = title
        self.start = start
        self.end = end
        self.lateStart = lateStart
        self.lateEnd = lateEnd
        self.slack = slack
        self.critical = critical
        self.progress = progress
        self.done = done
        self.actualEnd = actualEnd
        self.late = late
        self.assignees = assignees
        self.milestone = milestone
        self.due = due
        self.targetDate = targetDate
        self.workingDays = workingDays
        self.effortHours = effortHours
    }
}

/// Hours of work a member has in one ISO week against what they can do that week.
public struct WeeklyLoad: Sendable, Equatable {
    public let member: String
    /// The Monday of the week.
    public let week: Day
    public let hours: Double
    public let capacity: Double
    public var overloaded: Bool { hours > capacity + 0.001 }

    public init(member: String, week: Day, hours: Double, capacity: Double) {
        self.member = member
        self.week = week
        self.hours = hours
        self.capacity = capacity
    }
}

/// A problem in the plan. Never fatal: the schedule is still computed around it.
public enum PlanConflict: Sendable, Equatable {
    /// The cycle, first id repeated at the end is not included.
    case cycle([ItemID])
    case dueBeforeEarliestEnd(task: ItemID, due: Day, earliestEnd: Day)
    case milestoneMissed(milestone: ItemID, date: Day, forecast: Day)
    case workOnHoliday(task: ItemID, day: Day, holiday: String?)
    case workDuringAbsence(task: ItemID, member: String, day: Day, reason: String?)
    case overload(member: String, week: Day, hours: Double, capacity: Double)
}

/// A task levelling moved to remove an overload.
public struct LevelingMove: Sendable, Equatable {
    public let task: ItemID
    public let fromStart: Day
    public let toStart: Day
    /// True when the move stayed within the task's slack (the project end did not move).
    public let withinSlack: Bool

    public init(task: ItemID, fromStart: Day, toStart: Day, withinSlack: Bool) {
        self.task = task
        self.fromStart = fromStart
        self.toStart = toStart
        self.withinSlack = withinSlack
    }
}

/// The computed plan of a board.
public struct Schedule: Sendable {
    /// Tasks and milestones in board order (milestones first, then tasks, by id).
    public var items: [ScheduledItem]
    /// First and last working day of the whole plan.
    public var start: Day
    public var end: Day
    /// The chain of zero-slack items to the project end, in time order.
    public var criticalPath: [ItemID]
    public var conflicts: [PlanConflict]
    public var load: [WeeklyLoad]
    public var moves: [LevelingMove]
    /// The day the forecast was made as of.
    public var statusDate: Day?
    /// Progress by effort: each task's estimate counted once.
    public var effort = EffortProgress()

    public init(items: [ScheduledItem], start: Day, end: Day, criticalPath: [ItemID], conflicts: [PlanConflict], load: [WeeklyLoad], moves: [LevelingMove]) {
        self.items = items
        self.start = start
        self.end = end
        self.criticalPath = criticalPath
        self.conflicts = conflicts
        self.load = load
        self.moves = moves
    }

    public func item(_ id: ItemID) -> ScheduledItem? {
        if let i = Board.sortedIndex(of: id, in: items, id: \.id) { return items[i] }
        return items.first { $0.id == id }
    }
}

/// How one item moved between a baseline and the current plan.
public struct Slippage: Sendable, Equatable {
    public enum Change: Sendable, Equatable { case kept, added, removed }
    public let id: ItemID
    public let title: String
    public let change: Change
    public let plannedStart: Day?
    public let plannedEnd: Day?
    public let currentStart: Day?
    public let currentEnd: Day?
    /// Working days the end moved (positive: later). Nil for added or removed items.
    public let endSlip: Int?
    public let startSlip: Int?

    public init(id: ItemID, title: String, change: Change, plannedStart: Day?, plannedEnd: Day?, currentStart: Day?, currentEnd: Day?, endSlip: Int?, startSlip: Int?) {
        self.id = id
        self.title = title
        self.change = change
        self.plannedStart = plannedStart
        self.plannedEnd = plannedEnd
        self.currentStart = currentStart
        self.currentEnd = currentEnd
        self.endSlip = endSlip
        self.startSlip = startSlip
    }
}

/// Done effort over total effort, in hours.
public struct EffortProgress: Sendable, Equatable {
    public var doneHours: Double = 0
    public var totalHours: Double = 0
    public init(doneHours: Double = 0, totalHours: Double = 0) {
        self.doneHours = doneHours
        self.totalHours = totalHours
    }
    /// Percent, 0–100.
    public var percent: Int { totalHours > 0 ? Int((doneHours / totalHours * 100).rounded()) : 0 }
}
