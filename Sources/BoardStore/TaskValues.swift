import BoardCore
import Foundation
import Git

extension BoardStore {
    /// For each of `commits` (hex ids, as the history gives them), the fields of task `id` that
    /// commit changed, with their old and new values: the task's file at the commit and at its
    /// first parent, read and compared (`BoardTask.changes`). The history engine records which
    /// fields changed; the values are read here, for one task, when `task history` shows them.
    /// A commit where either side is missing or does not read has no entry.
    public func taskValueChanges(_ id: ItemID, commits: [String]) -> [String: [FieldChange]] {
        var out: [String: [FieldChange]] = [:]
        let path = BoardTask.path(for: id)
        func task(at commit: ObjectID) -> BoardTask? {
            guard let text = try? readCommittedText(path, at: commit) else { return nil }
            return TaskCodec.decode(text, path: path, expectedID: id).0
        }
        for hex in commits {
            guard let commitID = ObjectID(hex: hex), let commit = try? repository.commit(commitID),
                  let parent = commit.parents.first, let new = task(at: commitID), let old = task(at: parent) else { continue }
            let changes = BoardTask.changes(from: old, to: new)
            if !changes.isEmpty { out[hex] = changes }
        }
        return out
    }
}
