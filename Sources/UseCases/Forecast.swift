import BoardCore
import BoardStore
import Foundation
import Planning

/// The one forecast of a board on a status date, and what it was computed from.
public struct Forecast: Sendable {
    /// The board as committed at the end of the status date (or the current board).
    public var board: Board
    public var statusDate: Day
    public var history: History
    /// The first baseline saved on or before the status date, planned as of the day it was saved.
    public var baseline: (Baseline, Schedule)?
    public var schedule: Schedule
}

public enum BoardForecast {
    /// The one forecast use case: actual dates from the history engine's events up to the
    /// status date, the first baseline saved by then (an item forecast after its baseline end
    /// is late), and `Planner.forecast`.
    public static func make(store: BoardStore, board: Board, statusDate: Day, timeZone: TimeZone, level: Bool = false,
                     history known: History? = nil) throws -> Forecast {
        let history = try known ?? store.history()
        let actuals = ActualDates.from(history, board: board, through: statusDate, timeZone: timeZone)
        let (baseline, schedule) = try plan(store: store, board: board, statusDate: statusDate, actuals: actuals, timeZone: timeZone, level: level) { history }
        return Forecast(board: board, statusDate: statusDate, history: history, baseline: baseline, schedule: schedule)
    }

    /// The schedule `make` gives, for the views that only mark late tasks (board, task list, task
    /// show, reminders): the actual dates come from the ones saved at the branch head when they
    /// still hold (`SavedActualDates`), so the whole history is read only for a baseline.
    public static func schedule(store: BoardStore, board: Board, statusDate: Day, timeZone: TimeZone, history known: History? = nil) throws -> Schedule {
        if let known { return try make(store: store, board: board, statusDate: statusDate, timeZone: timeZone, history: known).schedule }
        let actuals = try SavedActualDates.current(store: store, board: board, through: statusDate, timeZone: timeZone)
        return try plan(store: store, board: board, statusDate: statusDate, actuals: actuals, timeZone: timeZone, level: false) { try store.history() }.1
    }

    /// The first baseline saved by the status date, planned as of that day, and the forecast:
    /// an item forecast after its baseline end is late.
    private static func plan(store: BoardStore, board: Board, statusDate: Day, actuals: [ItemID: ActualDates], timeZone: TimeZone, level: Bool,
                             history: () throws -> History) throws -> ((Baseline, Schedule)?, Schedule) {
        var baseline: (Baseline, Schedule)?
        if let first = try store.baselines().first(where: { savedDay($0, timeZone) <= statusDate }) {
            baseline = (first, try baselineSchedule(store: store, first, history: try history(), timeZone: timeZone))
        }
        var ends: [ItemID: Day] = [:]
        for item in baseline?.1.items ?? [] { ends[item.id] = item.end }
        let schedule = Planner.forecast(ForecastInput(board: board, statusDate: statusDate, actuals: actuals, spentHours: board.spentHours(through: statusDate),
                                                      baselineEnds: ends, level: level))
        return (baseline, schedule)
    }

    public static func savedDay(_ b: Baseline, _ timeZone: TimeZone) -> Day {
        b.savedAt.map { Day($0, timeZone: timeZone) } ?? Day(Date(timeIntervalSince1970: 0), timeZone: timeZone)
    }

    /// The baseline named `name` and the plan frozen in it.
    public static func baselineSchedule(store: BoardStore, named name: String, history: History, timeZone: TimeZone) throws -> (Baseline, Schedule) {
        let baseline = try store.baseline(named: name)
        return (baseline, try baselineSchedule(store: store, baseline, history: history, timeZone: timeZone))
    }

    /// The plan frozen in a baseline: the board at the baseline's commit, forecast as of the
    /// day it was saved.
    public static func baselineSchedule(store: BoardStore, _ baseline: Baseline, history: History, timeZone: TimeZone) throws -> Schedule {
        let board = try store.loadCommitted(at: baseline.commit)
        let day = savedDay(baseline, timeZone)
        let actuals = ActualDates.from(history, board: board, through: day, timeZone: timeZone)
        return Planner.forecast(ForecastInput(board: board, statusDate: day, actuals: actuals, spentHours: board.spentHours(through: day)))
    }
}

extension BoardForecast {
    /// The burndown of a forecast: each working day up to the status date measured on the board
    /// as committed at the end of that day (one load per commit), then the forecast itself.
    public static func burndown(store: BoardStore, _ forecast: Forecast, baseline chosen: (Baseline, Schedule)? = nil, timeZone: TimeZone) throws -> Burndown {
        let commits = forecast.history.commits.map { c in
            (day: Day(c.authorDate, timeZone: TimeZone(secondsFromGMT: c.authorOffsetMinutes * 60) ?? timeZone), id: c.id)
        }
        // Newest first: the commit of a day is the first one on or before it.
        var loaded: String?
        var failure: Error?
        let past: (Day) -> Board? = { day in
            guard failure == nil, let head = commits.first else { return nil }
            if head.day <= day {
                if loaded == head.id { return nil }
                loaded = head.id
                return forecast.board
            }
            guard let kept = commits.first(where: { $0.day <= day }) else {
                if loaded == "" { return nil }
                loaded = ""
                return Board.load(settings: nil, files: [])
            }
            if loaded == kept.id { return nil }
            loaded = kept.id
            do { return try store.loadCommitted(id: kept.id) } catch { failure = error; return nil }
        }
        let baseline = chosen ?? forecast.baseline
        let start = forecast.board.settings.start ?? commits.last?.day ?? forecast.statusDate
        let b = Burndown.build(settings: forecast.board.settings, start: min(start, forecast.statusDate), statusDate: forecast.statusDate, past: past,
                               current: forecast.board, schedule: forecast.schedule, baseline: baseline?.1, baselineName: baseline?.0.name)
        if let failure { throw failure }
        return b
    }
}

/// The tasks' actual dates (`ActualDates.Tally`) saved beside the history cache at the head they
/// were counted at (`SavedAtHead`, as the contribution totals are): a later run adds only
/// the commits made since, and counts the whole history again after a rewrite, a merge of older
/// work, another team or time zone, or a status date that would count other commits.
enum SavedActualDates {
    static func current(store: BoardStore, board: Board, through: Day, timeZone: TimeZone) throws -> [ItemID: ActualDates] {
        guard try store.headID() != nil else { return [:] }
        return try SavedAtHead.current(store: store, name: "actual-dates", fingerprint: "time zone " + timeZone.identifier,
                                       decode: { bytes in decode(bytes).flatMap { $0.1.holds(through: through) ? (tip: $0.0, value: $0.1) : nil } },
                                       encode: { head, tally in encode(head ?? "", tally) },
                                       empty: { ActualDates.Tally() },
                                       add: { tally, history in tally.add(history.commits, through: through, timeZone: timeZone) }).dates(of: board)
    }

    private static func encode(_ tip: String, _ tally: ActualDates.Tally) -> [UInt8] {
        var w = ByteWriter()
        let hex = Array(tip.utf8)
        w.varint(UInt64(hex.count))
        w.raw(hex)
        w.raw(tally.encoded())
        return w.bytes
    }

    private static func decode(_ bytes: [UInt8]) -> (String, ActualDates.Tally)? {
        var r = ByteReader(bytes)
        guard let n = r.varint(), n <= 64, let tip = r.string(Int(n)), let tally = ActualDates.Tally(decoding: Array(bytes[r.offset...])) else { return nil }
        return (tip, tally)
    }
}
