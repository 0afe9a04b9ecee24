import BoardCore
import Foundation
import Git

extension BoardStore {
    /// The board as committed at the end of `day` (the newest commit of the home branch authored
    /// on or before it, in its author's time zone), when the branch has commits after that day;
    /// nil when it has none, so that the current board — hand edits included — is used.
    /// Throws when every commit is after `day`: there was no board then.
    public func committedBoard(endOf day: Day, history: History, scope: BoardScope = .all) throws -> Board? {
        func dayOf(_ c: HistoryCommit) -> Day {
            Day(c.authorDate, timeZone: TimeZone(secondsFromGMT: c.authorOffsetMinutes * 60) ?? clock.timeZone)
        }
        guard let head = history.commits.first, dayOf(head) > day else { return nil }
        guard let kept = history.commits.first(where: { dayOf($0) <= day }), let id = ObjectID(hex: kept.id) else {
            throw StoreError.noBoardYet(day)
        }
        return try loadCommitted(at: id, scope: scope)
    }
}
