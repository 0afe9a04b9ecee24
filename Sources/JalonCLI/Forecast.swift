import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Planning
import Reports

/// `--at DATE`: the status date of the read commands that show dates (plan, gantt, load, the
/// reports and the exports). Without it: `JALON_NOW`, else today.
struct StatusDateOption: ParsableArguments {
    @Option(name: .customLong("at"), help: help(CLIText.helpAt)) var at: String?
}

/// The one forecast of a board on a status date, and what it was computed from.
struct Forecast {
    /// The board as committed at the end of the status date (or the current board).
    var board: Board
    var statusDate: Day
    var history: History
    /// The first baseline saved on or before the status date, planned as of the day it was saved.
    var baseline: (Baseline, Schedule)?
    var schedule: Schedule
}

extension CommandContext {
    /// This context moved to the status date of `option` (else the clock's day): `today` is that
    /// day and, when it is in the past, the board is the one committed at its end.
    func at(_ option: StatusDateOption) throws -> CommandContext {
        var moved = self
        if let text = option.at { moved.statusDate = try ArgumentReader.day(text) }
        let history = try history()
        moved.readHistory = history
        if let past = try store.committedBoard(endOf: moved.today, history: history) { moved.board = past }
        return moved
    }

    func history() throws -> History { try readHistory ?? store.history() }

    /// Late tasks by the forecast, for the views that mark them (board, task list, task show,
    /// reminders); an empty board needs no history.
    func lateness() throws -> Lateness {
        board.tasks.isEmpty ? Lateness(Planner.schedule(board, today: today)) : Lateness(try forecast().schedule)
    }

    /// The forecast of this context's board as of its `today`.
    func forecast(level: Bool = false) throws -> Forecast {
        try BoardForecast.make(store: store, board: board, statusDate: today, timeZone: environment.clock.timeZone, level: level, history: readHistory)
    }
}

enum BoardForecast {
    /// The one forecast use case: actual dates from the history engine's events up to the
    /// status date, the first baseline saved by then (an item forecast after its baseline end
    /// is late), and `Planner.forecast`.
    static func make(store: BoardStore, board: Board, statusDate: Day, timeZone: TimeZone, level: Bool = false,
                     history known: History? = nil) throws -> Forecast {
        let history = try known ?? store.history()
        let actuals = ActualDates.from(history, board: board, through: statusDate, timeZone: timeZone)
        var baseline: (Baseline, Schedule)?
        if let first = try store.baselines().first(where: { savedDay($0, timeZone) <= statusDate }) {
            baseline = (first, try baselineSchedule(store: store, first, history: history, timeZone: timeZone))
        }
        var ends: [ItemID: Day] = [:]
        for item in baseline?.1.items ?? [] { ends[item.id] = item.end }
        let schedule = Planner.forecast(ForecastInput(board: board, statusDate: statusDate, actuals: actuals, spentHours: board.spentHours(through: statusDate),
                                                      baselineEnds: ends, level: level))
        return Forecast(board: board, statusDate: statusDate, history: history, baseline: baseline, schedule: schedule)
    }

    static func savedDay(_ b: Baseline, _ timeZone: TimeZone) -> Day {
        b.savedAt.map { Day($0, timeZone: timeZone) } ?? Day(Date(timeIntervalSince1970: 0), timeZone: timeZone)
    }

    /// The plan frozen in a baseline: the board at the baseline's commit, forecast as of the
    /// day it was saved.
    static func baselineSchedule(store: BoardStore, _ baseline: Baseline, history: History, timeZone: TimeZone) throws -> Schedule {
        let board = try store.loadCommitted(at: baseline.commit)
        let day = savedDay(baseline, timeZone)
        let actuals = ActualDates.from(history, board: board, through: day, timeZone: timeZone)
        return Planner.forecast(ForecastInput(board: board, statusDate: day, actuals: actuals, spentHours: board.spentHours(through: day)))
    }
}

extension BoardForecast {
    /// The burndown of a forecast: each working day up to the status date measured on the board
    /// as committed at the end of that day (one load per commit), then the forecast itself.
    static func burndown(store: BoardStore, _ forecast: Forecast, baseline chosen: (Baseline, Schedule)? = nil, timeZone: TimeZone) throws -> Burndown {
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
