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
        var tally = Tally()
        tally.add(history.commits, through: through, timeZone: timeZone)
        return tally.dates(of: board)
    }

    /// What `from` gathers from the history, walking it oldest first: kept so that a later run
    /// can add only the commits made since (UseCases' `SavedActualDates`).
    public struct Tally: Sendable {
        var dates: [String: ActualDates] = [:]
        var created: [String: Day] = [:]
        /// The latest day of a commit counted, and the earliest of one left out (after `through`):
        /// the tally is the same for every `through` from the one to the day before the other.
        public private(set) var latestCounted: Day?
        public private(set) var earliestLeftOut: Day?

        public init() {}

        /// True when adding the same commits up to `through` would have given this tally.
        public func holds(through: Day) -> Bool {
            (latestCounted.map { $0 <= through } ?? true) && (earliestLeftOut.map { $0 > through } ?? true)
        }

        /// Adds `commits`, given newest first (as `History.commits`) and made after those already
        /// counted.
        public mutating func add(_ commits: [HistoryCommit], through: Day?, timeZone: TimeZone) {
            for commit in commits.reversed() where !commit.events.isEmpty {
                let day = Day(commit.authorDate, timeZone: TimeZone(secondsFromGMT: commit.authorOffsetMinutes * 60) ?? timeZone)
                if let through, day > through {
                    earliestLeftOut = min(earliestLeftOut ?? day, day)
                    continue
                }
                latestCounted = max(latestCounted ?? day, day)
                for event in commit.events {
                    let id = event.item
                    switch event.kind {
                    case .taskCreated:
                        created[id] = day
                        dates[id] = ActualDates()
                    case .taskDeleted:
                        created[id] = nil
                        dates[id] = nil
                    case .taskMoved:
                        if dates[id, default: ActualDates()].start == nil { dates[id, default: ActualDates()].start = day }
                    case .taskEdited(let fields) where fields.contains("progress"):
                        if dates[id, default: ActualDates()].start == nil { dates[id, default: ActualDates()].start = day }
                    case .taskDone:
                        if dates[id, default: ActualDates()].start == nil { dates[id, default: ActualDates()].start = day }
                        dates[id, default: ActualDates()].end = day
                    case .taskReopened:
                        dates[id, default: ActualDates()].end = nil
                    default:
                        break
                    }
                }
            }
        }

        /// The actual dates of the tasks of `board` from what was counted.
        public func dates(of board: Board) -> [ItemID: ActualDates] {
            var result: [ItemID: ActualDates] = [:]
            let first = board.settings.statuses.first
            let done = board.settings.doneStatus
            for task in board.tasks {
                var a = dates[task.id.description] ?? ActualDates()
                // Created past its first status, never moved: started when created.
                if a.start == nil, task.status != first || (task.progress ?? 0) > 0 { a.start = created[task.id.description] }
                if task.status != done { a.end = nil }
                if a.start != nil || a.end != nil { result[task.id] = a }
            }
            return result
        }

        /// The tally as bytes, for `init(decoding:)`.
        public func encoded() -> [UInt8] {
            var w = ByteWriter()
            func day(_ d: Day?) {
                w.byte(d == nil ? 0 : 1)
                if let d { w.zigzag(Int64(d.ordinal)) }
            }
            day(latestCounted)
            day(earliestLeftOut)
            let ids = Set(dates.keys).union(created.keys).sorted()
            w.varint(UInt64(ids.count))
            for id in ids {
                let utf8 = Array(id.utf8)
                w.varint(UInt64(utf8.count))
                w.raw(utf8)
                w.byte(dates[id] == nil ? 0 : 1)
                day(dates[id]?.start)
                day(dates[id]?.end)
                day(created[id])
            }
            return w.bytes
        }

        /// What `encoded()` wrote; nil when the bytes cannot be a tally.
        public init?(decoding bytes: [UInt8]) {
            var r = ByteReader(bytes)
            func day() -> Day?? {
                switch r.byte() {
                case 0: return .some(nil)
                case 1: return r.zigzag().map { .some(Day(ordinal: Int($0))) } ?? nil
                default: return nil
                }
            }
            guard let latest = day(), let earliest = day(), let count = r.varint(), count <= UInt64(bytes.count) else { return nil }
            latestCounted = latest
            earliestLeftOut = earliest
            for _ in 0..<count {
                guard let n = r.varint(), n <= UInt64(bytes.count), let id = r.string(Int(n)), let known = r.byte(), known <= 1,
                      let start = day(), let end = day(), let made = day() else { return nil }
                if known == 1 { dates[id] = ActualDates(start: start, end: end) }
                if let made { created[id] = made }
            }
            guard r.atEnd else { return nil }
        }
    }
}
