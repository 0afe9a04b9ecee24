import BoardCore
import BoardStore

/// A value folded over the whole history and saved beside the history cache at the branch head
/// (`BoardStore.saveHistoryValue`): a later run takes the saved value, adds only the commits made
/// since its head, and saves it again once there are a few of them; it folds the whole history
/// again when the saved value is missing, damaged, made under another fingerprint, or cannot be
/// brought up to date from the new commits alone (`BoardStore.history(since:head:)`). The
/// contribution totals and the tasks' actual dates are kept this way.
enum SavedAtHead {
    /// New commits from which the value is saved again: saving costs more than adding a few
    /// commits, so the next runs add them again until there are more.
    static let savedEvery = 20

    /// `fingerprint`: what the value depends on besides the history's own fingerprint.
    /// `decode` gives the head a saved value was counted at and the value, or nil when it
    /// cannot be used; `encode` writes the value counted at a head.
    static func current<Value>(store: BoardStore, name: String, options: HistoryOptions = HistoryOptions(), fingerprint extra: String,
                               decode: ([UInt8]) -> (tip: String, value: Value)?, encode: (String?, Value) -> [UInt8],
                               empty: () -> Value, add: (inout Value, History) -> Void) throws -> Value {
        let head = try store.headID()
        func fingerprint(at head: String?) -> String { store.historyFingerprint(head: head, options: options) + "\n" + extra }
        let atHead = fingerprint(at: head)
        if let head, let saved = store.savedHistoryValue(name, fingerprint: atHead), let (tip, kept) = decode(saved),
           let newer = try store.history(since: tip, head: head, options: options) {
            var value = kept
            add(&value, newer)
            if newer.commits.count >= savedEvery { store.saveHistoryValue(name, fingerprint: atHead, encode(head, value)) }
            return value
        }
        let history = try store.history(options: options)
        var value = empty()
        add(&value, history)
        // Saved under the head the history was read at (another process may have moved it since).
        store.saveHistoryValue(name, fingerprint: history.head == head ? atHead : fingerprint(at: history.head), encode(history.head, value))
        return value
    }
}
