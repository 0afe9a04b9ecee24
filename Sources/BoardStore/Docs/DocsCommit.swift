import BoardCore
import Foundation
import Git

extension BoardStore {
    /// Exactly one commit of files that may be binary, through `commit`: the same guarantees
    /// (compare-and-swap, dirty files refused, work tree synced), plus the documents' stricter
    /// path rule (no write through a symbolic link).
    @discardableResult
    public func commitFiles(as actor: Identity, maxAttempts: Int = 200,
                            _ plan: (Board, ObjectID?) throws -> (writes: [String: FileContent?], message: CommitMessage)) throws -> CommitOutcome? {
        try commit(as: actor, scope: .all, maxAttempts: maxAttempts) { board, head in
            let (writes, message) = try plan(board, head)
            for path in writes.keys { try confine(path, forWriting: true) }
            return Change(files: writes, message: message)
        }
    }
}
