import BoardCore
import BoardStore
import Foundation
import Reports

public enum ContributionTotals {
    /// The contribution totals of the whole history at the branch head: from the totals saved
    /// by an earlier run when they still hold (same team, rules and period), brought up to date
    /// with only the commits made since; else from the whole history (its per-commit cache).
    /// The totals are then saved for the next run.
    public static func current(store: BoardStore, board: Board, options: HistoryOptions, from: Day?, to: Day?) throws -> ContributionTally {
        let head = try store.headID()
        func fingerprint(at head: String?) -> String {
            store.historyFingerprint(head: head, options: options) + "\n" + ContributionTally.fingerprint(settings: board.settings, from: from, to: to)
        }
        let atHead = fingerprint(at: head)
        if let head, let saved = store.savedHistoryValue(name, fingerprint: atHead),
           var tally = ContributionTally(decoding: saved, settings: board.settings, from: from, to: to), let tip = tally.head,
           let newer = try store.history(since: tip, head: head, options: options) {
            tally.add(newer)
            // Saving costs more than adding a few commits: the next runs add them again until there are more.
            if newer.commits.count >= savedEvery { store.saveHistoryValue(name, fingerprint: atHead, tally.encoded()) }
            return tally
        }
        let history = try store.history(options: options)
        var tally = ContributionTally(settings: board.settings, from: from, to: to)
        tally.add(history)
        // Saved under the head the history was read at (another process may have moved it since).
        store.saveHistoryValue(name, fingerprint: history.head == head ? atHead : fingerprint(at: history.head), tally.encoded())
        return tally
    }

    static let name = "contributions"
    /// New commits from which the totals are saved again.
    static let savedEvery = 20
}
