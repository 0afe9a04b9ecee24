import BoardCore
import Foundation
import Git

/// The errors of this module, as `JalonError`s the CLI can print in either language.
public enum StoreError {
    public static func git(_ error: GitError) -> JalonError {
        JalonError(.repository, Text("store.git", ["message": error.message]),
                   hint: Text("store.gitHint", ["function": error.function, "code": error.code, "errorClass": error.errorClass]))
    }

    static func uncommittedChanges(_ paths: [String]) -> JalonError {
        JalonError(.refused,
                   Text("store.uncommittedChanges", ["paths": paths.joined(separator: ", ")]),
                   hint: Text("store.uncommittedChangesHint"))
    }

    /// What Git is in the middle of and how to leave it: one table for the refusal of every
    /// mutating command and for `jalon status`.
    static func gitOperation(_ state: RepositoryState) -> (what: Text, hint: Text) {
        switch state {
        case .merge: return (Text("store.gitOperation.merge"), Text("store.gitOperationHint.merge"))
        case .rebase: return (Text("store.gitOperation.rebase"), Text("store.gitOperationHint.rebase"))
        case .cherryPick: return (Text("store.gitOperation.cherryPick"), Text("store.gitOperationHint.cherryPick"))
        case .revert: return (Text("store.gitOperation.revert"), Text("store.gitOperationHint.revert"))
        case .bisect: return (Text("store.gitOperation.bisect"), Text("store.gitOperationHint.bisect"))
        case .applyMailbox, .none: return (Text("store.gitOperation.applyMailbox"), Text("store.gitOperationHint.applyMailbox"))
        }
    }

    static func unfinishedGitOperation(_ state: RepositoryState) -> JalonError {
        let (what, hint) = gitOperation(state)
        return JalonError(.refused, Text("store.unfinishedGitOperation", ["operation": what]),
                          hint: Text("store.unfinishedGitOperationHint", ["hint": hint]))
    }

    static func branchKeptMoving(_ branch: String, _ attempts: Int) -> JalonError {
        JalonError(.repository, Text("store.branchKeptMoving", ["branch": branch, "attempts": attempts]),
                   hint: Text("store.branchKeptMovingHint"))
    }

    static func journalNotWritten(_ error: Error) -> JalonError {
        JalonError(.repository, Text("store.journalNotWritten", ["error": error]),
                   hint: Text("store.journalNotWrittenHint"))
    }

    static func worktreeNotWritten(_ error: Error) -> JalonError {
        JalonError(.repository, Text("store.worktreeNotWritten", ["error": error]),
                   hint: Text("store.worktreeNotWrittenHint"))
    }

    static func worktreeNotRestored(_ error: Error) -> JalonError {
        JalonError(.repository, Text("store.worktreeNotRestored", ["error": error]),
                   hint: Text("store.worktreeNotRestoredHint"))
    }

    static func includedInAnotherCommit(_ commit: ObjectID) -> JalonError {
        JalonError(.saved, Text("store.includedInAnotherCommit", ["short": commit.short]),
                   hint: Text("store.includedInAnotherCommitHint"))
    }

    static func referenceLocked(_ path: String) -> JalonError {
        JalonError(.repository, Text("store.referenceLocked", ["path": path]),
                   hint: Text("store.referenceLockedHint", ["path": path]))
    }

    static func indexLocked(_ path: String) -> JalonError {
        JalonError(.repository, Text("store.indexLocked", ["path": path]),
                   hint: Text("store.indexLockedHint", ["path": path]))
    }

    static func staleLockRemoved(_ path: String) -> Text {
        Text("store.staleLockRemoved", ["path": path])
    }

    static func pendingFinished(_ commit: ObjectID, _ paths: [String]) -> Text {
        Text("store.pendingFinished", ["short": commit.short, "paths": paths.joined(separator: ", ")])
    }

    static func pendingUndone(_ paths: [String]) -> Text {
        Text("store.pendingUndone", ["paths": paths.joined(separator: ", ")])
    }

    static func pendingLeftAlone(_ paths: [String]) -> Text {
        Text("store.pendingLeftAlone", ["paths": paths.joined(separator: ", ")])
    }

    static func pendingDropped(_ reference: String) -> Text {
        Text("store.pendingDropped", ["reference": reference])
    }

    static func checkedOutElsewhere(_ branch: String, _ path: String) -> JalonError {
        JalonError(.refused,
                   Text("store.checkedOutElsewhere", ["branch": branch, "path": path]),
                   hint: Text("store.checkedOutElsewhereHint", ["path": path]))
    }

    /// A board file that exists but cannot be read (invalid UTF-8, too large, a symbolic link…).
    static func unreadableFile(_ problem: Diagnostic) -> JalonError {
        JalonError(.refused, Text("store.unreadableFile", ["rendered": Localized { l in problem.rendered(l) }]),
                   hint: Text("store.unreadableFileHint"))
    }

    /// `jalon.yml` exists but cannot be read: the board is not memberless, and nothing is written.
    static func unreadableSettings(_ problem: Diagnostic, prefix: String) -> JalonError {
        JalonError(.refused, Text("store.unreadableSettings", ["prefix": Localized { l in problem.rendered(l, pathPrefix: prefix) }]),
                   hint: Text("store.unreadableSettingsHint"))
    }

    static func pathOutsideBoard(_ path: String) -> JalonError {
        JalonError(.invalidInput, Text("store.pathOutsideBoard", ["path": path]),
                   hint: Text("store.pathOutsideBoardHint"))
    }

    static func lockFailed(_ path: String) -> JalonError {
        JalonError(.repository, Text("store.lockFailed", ["path": path]),
                   hint: Text("store.lockFailedHint"))
    }

    static func notARepository(_ path: String) -> JalonError {
        JalonError(.repository, Text("store.notARepository", ["path": path]),
                   hint: Text("store.notARepositoryHint"))
    }

    static func noBoard(_ path: String) -> JalonError {
        JalonError(.repository, Text("store.noBoard", ["path": path]),
                   hint: Text("store.noBoardHint"))
    }

    static func severalBoards(_ path: String, _ folders: [String]) -> JalonError {
        let list = folders.map { $0.isEmpty ? "." : String($0.dropLast()) }.joined(separator: ", ")
        return JalonError(.repository, Text("store.severalBoards", ["path": path, "list": list]),
                          hint: Text("store.severalBoardsHint"))
    }

    static func boardExists(_ path: String) -> JalonError {
        JalonError(.refused, Text("store.boardExists", ["path": path]),
                   hint: Text("store.boardExistsHint"))
    }

    static let detachedHead = JalonError(.refused, Text("store.detachedHead"),
                                         hint: Text("store.detachedHeadHint"))

    static let bareRepository = JalonError(.repository, Text("store.bareRepository"),
                                           hint: Text("store.bareRepositoryHint"))
}
