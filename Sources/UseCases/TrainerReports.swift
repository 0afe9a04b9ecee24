import BoardCore
import BoardStore
import Foundation
import Planning
import Reports

extension StatusInput {
    /// Everything `report status` (and a class row) is computed from, as of `period`: for a past
    /// week, the board as committed at the end of that week.
    public static func read(store: BoardStore, board current: Board, period: ReportPeriod, today: Day, timeZone: TimeZone) throws -> StatusInput {
        let fullHistory = try store.history()
        var asOf = today
        var board = current
        var history = fullHistory
        if period.to < today {
            asOf = period.to
            // The board as it was at the end of the period.
            if let past = try store.committedBoard(endOf: asOf, history: fullHistory) { board = past }
            let kept = fullHistory.commits.filter { Day($0.authorDate, timeZone: TimeZone(secondsFromGMT: $0.authorOffsetMinutes * 60) ?? timeZone) <= asOf }
            history = History(head: kept.first?.id, commits: kept)
        }
        let forecast = try BoardForecast.make(store: store, board: board, statusDate: asOf, timeZone: timeZone, history: fullHistory)
        let schedule = forecast.schedule
        let baseline = forecast.baseline?.1
        let baselineName = forecast.baseline?.0.name
        let meetings = try store.meetingTexts().map { MeetingNotes.parse($0.text, path: $0.path) }
        let spec = try store.specText()
        var input = StatusInput(board: board, schedule: schedule, history: history, meetings: meetings, risks: spec.map { SpecDocument.readable($0).risks } ?? [],
                                hasSpec: spec != nil, head: history.head, asOf: asOf, period: period, baseline: baseline, baselineName: baselineName)
        input.burndown = try BoardForecast.burndown(store: store, forecast, timeZone: timeZone)
        return input
    }
}

/// The project review (bilan) use case.
public enum ProjectReview {
    /// The review of `board` against a baseline (default: the first saved): done tasks at their
    /// actual dates, open ones forecast from the status date on (`forecast`), and what each
    /// estimate was meant to take (the board planned from its start, nothing done).
    public static func build(store: BoardStore, board: Board, forecast: Forecast, statusDate: Day, timeZone: TimeZone,
                             baselineName: String?, language: Language) throws -> BilanReport {
        // One assignment of the whole list: `Board.tasks` is observed (it forgets the cycles
        // found while reading), and an observed array changed element by element may be copied
        // at each change.
        var fresh = board
        fresh.tasks = board.tasks.map { task in
            var t = task
            t.status = board.settings.statuses.first ?? task.status
            t.progress = nil
            return t
        }
        let estimatePlan = Planner.schedule(fresh, today: fresh.settings.start ?? statusDate)
        var planned: (Baseline, Schedule)?
        if let name = try baselineName ?? store.baselines().first?.name {
            planned = try BoardForecast.baselineSchedule(store: store, named: name, history: forecast.history, timeZone: timeZone)
        }
        let history = forecast.history
        let input = BilanInput(board: board, schedule: forecast.schedule, estimatePlan: estimatePlan, baseline: planned?.1, baselineName: planned?.0.name,
                               baselineDay: planned?.0.savedAt.map { Day($0, timeZone: timeZone) }, history: history,
                               head: history.head, asOf: statusDate)
        return BilanReport.build(input, language: language)
    }
}
