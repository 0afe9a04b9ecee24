import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Planning
import Reports
import UseCases

/// `--at DATE`: the status date of the read commands that show dates (plan, gantt, load, the
/// reports and the exports). Without it: `JALON_NOW`, else today.
struct StatusDateOption: ParsableArguments {
    @Option(name: .customLong("at"), help: help(CLIText.helpAt)) var at: String?
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
        if board.tasks.isEmpty { return Lateness(Planner.schedule(board, today: today)) }
        return Lateness(try BoardForecast.schedule(store: store, board: board, statusDate: today, timeZone: environment.clock.timeZone, history: readHistory))
    }

    /// The forecast of this context's board as of its `today`.
    func forecast(level: Bool = false) throws -> Forecast {
        try BoardForecast.make(store: store, board: board, statusDate: today, timeZone: environment.clock.timeZone, level: level, history: readHistory)
    }
}
