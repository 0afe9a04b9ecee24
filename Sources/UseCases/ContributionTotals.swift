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
        try SavedAtHead.current(store: store, name: "contributions", options: options,
                                fingerprint: ContributionTally.fingerprint(settings: board.settings, from: from, to: to),
                                decode: { bytes in
                                    ContributionTally(decoding: bytes, settings: board.settings, from: from, to: to).flatMap { t in t.head.map { ($0, t) } }
                                },
                                encode: { _, tally in tally.encoded() },
                                empty: { ContributionTally(settings: board.settings, from: from, to: to) },
                                add: { tally, history in tally.add(history) })
    }
}
