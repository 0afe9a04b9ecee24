import BoardCore
import Foundation

/// Everything the forecast (`Planner.forecast`) is computed from. Every command that shows
/// dates — plan, gantt, load, the reports and the exports — builds one of these and calls the
/// same function, so they all give the same date for every item.
public struct ForecastInput: Sendable {
    /// The board as it stands on the status date.
    public var board: Board
    /// "Today": the day the forecast is made as of (the real day, `--at` or `JALON_NOW`).
    public var statusDate: Day
    /// Actual start and end of tasks, from history (`ActualDates.from`).
    public var actuals: [ItemID: ActualDates]
    /// Hours logged on each task (time spent), up to the status date.
    public var spentHours: [ItemID: Double]
    /// Each item's end in the baseline plan: an open item forecast after it is late.
    public var baselineEnds: [ItemID: Day]
    public var level: Bool

    public init(board: Board, statusDate: Day, actuals: [ItemID: ActualDates] = [:], spentHours: [ItemID: Double] = [:],
                baselineEnds: [ItemID: Day] = [:], level: Bool = false) {
        self.board = board
        self.statusDate = statusDate
        self.actuals = actuals
        self.spentHours = spentHours
        self.baselineEnds = baselineEnds
        self.level = level
    }
}

extension ForecastInput {
    /// What is left of `hours` of work on an open task: the estimate less the time spent when
    /// time is logged, else the hours times the progress left. The forecast and the burndown
    /// both count what is left this way.
    public static func remaining(_ hours: Double, of task: BoardTask, spent: Double) -> Double {
        if spent > 0, task.estimate != nil { return max(0, hours - spent) }
        return hours * (1 - Double(min(100, max(0, task.progress ?? 0))) / 100)
    }
}

/// When work on a task actually started and ended, as history tells.
public struct ActualDates: Sendable, Equatable {
    /// The first commit that moved the task out of its first status or set its progress (for a
    /// task created past its first status: its creation).
    public var start: Day?
    /// The commit that made it done (nil when it is not done, or was reopened since).
    public var end: Day?

    public init(start: Day? = nil, end: Day? = nil) {
        self.start = start
        self.end = end
    }

    /// Actual dates of the tasks of `board`, from the history engine's events of commits authored
    /// on or before `through` (each commit's day in its author's time zone). Hand edits count like
    /// Jalon commands: the events come from the files, not the messages.
    public static func from(_ history: History, board: Board, through: Day? = nil, timeZone: TimeZone) -> [ItemID: ActualDates] {
        var out: [String: ActualDates] = [:]
        var created: [String: Day] = [:]
        // Commits newest first: walk them oldest first.
        for commit in history.commits.reversed() where !commit.events.isEmpty {
            let day = Day(commit.authorDate, timeZone: TimeZone(secondsFromGMT: commit.authorOffsetMinutes * 60) ?? timeZone)
            if let through, day > through { continue }
            for event in commit.events {
                let id = event.item
                switch event.kind {
                case .taskCreated:
                    created[id] = day
                    out[id] = ActualDates()
                case .taskDeleted:
                    created[id] = nil
                    out[id] = nil
                case .taskMoved:
                    if out[id, default: ActualDates()].start == nil { out[id, default: ActualDates()].start = day }
                case .taskEdited(let fields) where fields.contains("progress"):
                    if out[id, default: ActualDates()].start == nil { out[id, default: ActualDates()].start = day }
                case .taskDone:
                    if out[id, default: ActualDates()].start == nil { out[id, default: ActualDates()].start = day }
                    out[id, default: ActualDates()].end = day
                case .taskReopened:
                    out[id, default: ActualDates()].end = nil
                default:
                    break
                }
            }
        }
        var result: [ItemID: ActualDates] = [:]
        let first = board.settings.statuses.first
        let done = board.settings.doneStatus
        for task in board.tasks {
            var a = out[task.id.description] ?? ActualDates()
            // Created past its first status, never moved: started when created.
            if a.start == nil, task.status != first || (task.progress ?? 0) > 0 { a.start = created[task.id.description] }
            if task.status != done { a.end = nil }
            if a.start != nil || a.end != nil { result[task.id] = a }
        }
        return result
    }
}
