import BoardCore
import Foundation
import Git

/// Why the store could not read or change the repository: one case per reason, with its data.
/// Callers and tests match on the case; the layer that presents it words it (in JalonCLI,
/// `ErrorWording.swift`: message, hint and exit code, in the user's language).
public enum StoreError: Error, Sendable {
    /// libgit2 failed.
    case git(_ error: GitError)
    /// Files the command must change have edits not committed.
    case uncommittedChanges(_ paths: [String])
    /// Git is in the middle of a merge, rebase… that must be finished first.
    case unfinishedGitOperation(_ operation: GitOperation)
    /// Other writers moved the home branch at every one of `attempts` tries.
    case branchKeptMoving(_ branch: String, _ attempts: Int)
    case journalNotWritten(_ error: Error)
    case worktreeNotWritten(_ error: Error)
    case worktreeNotRestored(_ error: Error)
    /// The change was saved, by another program's commit that already holds it.
    case includedInAnotherCommit(_ commit: ObjectID)
    case referenceLocked(_ path: String)
    case indexLocked(_ path: String)
    /// The home branch is checked out in another worktree, at `path`.
    case checkedOutElsewhere(_ branch: String, _ path: String)
    /// A board file that exists but cannot be read (invalid UTF-8, too large, a symbolic link…).
    case unreadableFile(_ problem: Diagnostic)
    /// `jalon.yml` exists but cannot be read: the board is not memberless, and nothing is written.
    case unreadableSettings(_ problem: Diagnostic, prefix: String)
    case pathOutsideBoard(_ path: String)
    case lockFailed(_ path: String)
    case notARepository(_ path: String)
    case noBoard(_ path: String)
    /// Several boards below `path`, in `folders` (each ending in `/`, the root empty).
    case severalBoards(_ path: String, _ folders: [String])
    case boardExists(_ path: String)
    case detachedHead
    case bareRepository
    /// The board did not exist yet on `day` (a report asked for a date before its first commit).
    case noBoardYet(_ day: Day)
    /// The news marker (what `news` last showed) could not be written at `path`.
    case newsMarkerNotSaved(_ path: String)
}

/// What Git is in the middle of, when a command finds the repository mid-operation.
public enum GitOperation: Sendable {
    case merge, rebase, cherryPick, revert, bisect, applyMailbox

    init(_ state: RepositoryState) {
        switch state {
        case .merge: self = .merge
        case .rebase: self = .rebase
        case .cherryPick: self = .cherryPick
        case .revert: self = .revert
        case .bisect: self = .bisect
        case .applyMailbox, .none: self = .applyMailbox
        }
    }
}

/// What the store did on its own while opening the repository (an interrupted update repaired,
/// a stale lock removed), for the presenting layer to say.
public enum StoreNotice: Sendable {
    case staleLockRemoved(_ path: String)
    /// An interrupted update was finished: `commit` holds `paths`.
    case pendingFinished(_ commit: ObjectID, _ paths: [String])
    case pendingUndone(_ paths: [String])
    /// Files of an interrupted update edited since, left as they are.
    case pendingLeftAlone(_ paths: [String])
    /// A journal for another branch, dropped.
    case pendingDropped(_ reference: String)
}
