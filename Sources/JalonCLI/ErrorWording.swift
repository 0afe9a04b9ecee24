import ArgumentParser
import BoardCore
import BoardStore

/// An error a command can print: the board store's typed errors and the command line's own
/// `JalonError`s, each worded here once — message, hint and exit code in the user's language.
protocol PresentedError: Error {
    var presented: JalonError { get }
}

extension JalonError: PresentedError {
    var presented: JalonError { self }
}

extension ActionError: PresentedError {
    var presented: JalonError {
        switch self {
        case let .unknownMember(id, known):
            return JalonError(.invalidInput, Text("action.unknownMember3", ["id": id]),
                              hint: known.isEmpty
                                  ? Text("action.unknownMember", ["id": id])
                                  : Text("action.unknownMember2", ["known": known.joined(separator: ", ")]))
        case .noIdentity:
            return JalonError(.invalidInput, Text("action.noIdentity"), hint: Text("action.noIdentityHint"))
        case let .noIdentityForAs(member):
            return JalonError(.invalidInput, Text("action.noIdentityForAs", ["member": member]),
                              hint: Text("action.noIdentityForAsHint", ["member": member]))
        case let .unknownItem(id):
            return JalonError(.invalidInput, Text("action.unknownItem", ["id": id]), hint: Text("action.unknownItemHint"))
        case let .badID(text):
            return JalonError(.invalidInput, Text("action.badID", ["text": text]), hint: Catalog.idHint)
        case let .notAnItemPath(text):
            return JalonError(.invalidInput, Text("action.notAnItemPath", ["text": text]), hint: Text("action.notAnItemPathHint"))
        case let .unknownStatus(status, statuses):
            return JalonError(.invalidInput, Text("action.unknownStatus", ["status": status]),
                              hint: Text("action.unknownStatusHint", ["statuses": Localized { l in statuses.map { StatusWords.task($0, l) }.joined(separator: ", ") }]))
        case .emptyTitle:
            return JalonError(.invalidInput, Text("action.emptyTitle"), hint: Text("action.emptyTitleHint"))
        case let .cycle(cycle):
            return JalonError(.invalidInput, Text("action.cycle", ["cycle": cycle]), hint: Text("action.cycleHint"))
        case let .brokenFile(path, details):
            return JalonError(.refused, Text("action.brokenFile", ["path": path]), hint: Text("action.brokenFileHint"), details: details)
        case let .badMemberID(id):
            return JalonError(.invalidInput, Text("action.badMemberID", ["id": id]), hint: Text("action.badMemberIDHint"))
        case let .memberExists(id):
            return JalonError(.invalidInput, Text("action.memberExists", ["id": id]), hint: nil)
        case let .emailTaken(email, owner):
            return JalonError(.invalidInput, Text("action.emailTaken", ["email": email, "owner": owner]), hint: nil)
        case let .codeTaken(code):
            return JalonError(.invalidInput, Text("action.codeTaken", ["code": code]), hint: Text("action.codeTakenHint"))
        case let .badBaselineName(name):
            return JalonError(.invalidInput, Text("action.badBaselineName", ["name": name]), hint: Text("action.badBaselineNameHint"))
        case let .baselineExists(name):
            return JalonError(.invalidInput, Text("action.baselineExists", ["name": name]), hint: Text("action.baselineExistsHint"))
        case let .unknownBaseline(name, known):
            return JalonError(.invalidInput, Text("action.unknownBaseline3", ["name": name]),
                              hint: known.isEmpty
                                  ? Text("action.unknownBaseline")
                                  : Text("action.unknownBaseline2", ["known": known.joined(separator: ", ")]))
        case .emptyBoard:
            return JalonError(.invalidInput, Text("action.emptyBoard"), hint: Text("action.emptyBoardHint"))
        case let .taskReferenced(id, references):
            return JalonError(.refused, Text("action.taskReferenced", ["id": id]),
                              hint: Text("action.taskReferencedHint", ["id": id]), details: references)
        case let .notInList(id, value, field, current):
            return JalonError(.invalidInput, Text("action.notInList3", ["id": id, "value": value, "field": field.name]),
                              hint: current.isEmpty ? Text("action.notInList")
                                                    : Text("action.notInList2", ["current": current.joined(separator: ", ")]))
        case .nothingToDo:
            return JalonError(.invalidInput, Text("action.nothingToDo"), hint: nil)
        case let .unknownTemplate(name, known):
            return JalonError(.invalidInput, Text("action.unknownTemplate", ["name": name]),
                              hint: Text("action.unknownTemplateHint", ["known": known.joined(separator: ", ")]))
        }
    }
}

extension TaskListField {
    /// The list's name in an error message ("… among its labels").
    var name: Text {
        switch self {
        case .assignees: return Text("store.editTask")
        case .labels: return Text("store.editTask2")
        case .dependencies: return Text("store.editTask3")
        }
    }
}

extension StoreError: PresentedError {
    var presented: JalonError {
        switch self {
        case let .git(error):
            return JalonError(.repository, Text("store.git", ["message": error.message]),
                              hint: Text("store.gitHint", ["function": error.function, "code": error.code, "errorClass": error.errorClass]))
        case let .uncommittedChanges(paths):
            return JalonError(.refused, Text("store.uncommittedChanges", ["paths": paths.joined(separator: ", ")]),
                              hint: Text("store.uncommittedChangesHint"))
        case let .unfinishedGitOperation(operation):
            return JalonError(.refused, Text("store.unfinishedGitOperation", ["operation": operation.what]),
                              hint: Text("store.unfinishedGitOperationHint", ["hint": operation.hint]))
        case let .branchKeptMoving(branch, attempts):
            return JalonError(.repository, Text("store.branchKeptMoving", ["branch": branch, "attempts": attempts]),
                              hint: Text("store.branchKeptMovingHint"))
        case let .journalNotWritten(error):
            return JalonError(.repository, Text("store.journalNotWritten", ["error": error]), hint: Text("store.journalNotWrittenHint"))
        case let .worktreeNotWritten(error):
            return JalonError(.repository, Text("store.worktreeNotWritten", ["error": error]), hint: Text("store.worktreeNotWrittenHint"))
        case let .worktreeNotRestored(error):
            return JalonError(.repository, Text("store.worktreeNotRestored", ["error": error]), hint: Text("store.worktreeNotRestoredHint"))
        case let .includedInAnotherCommit(commit):
            return JalonError(.saved, Text("store.includedInAnotherCommit", ["short": commit.short]),
                              hint: Text("store.includedInAnotherCommitHint"))
        case let .referenceLocked(path):
            return JalonError(.repository, Text("store.referenceLocked", ["path": path]), hint: Text("store.referenceLockedHint", ["path": path]))
        case let .indexLocked(path):
            return JalonError(.repository, Text("store.indexLocked", ["path": path]), hint: Text("store.indexLockedHint", ["path": path]))
        case let .checkedOutElsewhere(branch, path):
            return JalonError(.refused, Text("store.checkedOutElsewhere", ["branch": branch, "path": path]),
                              hint: Text("store.checkedOutElsewhereHint", ["path": path]))
        case let .unreadableFile(problem):
            return JalonError(.refused, Text("store.unreadableFile", ["rendered": Localized { l in problem.rendered(l) }]),
                              hint: Text("store.unreadableFileHint"))
        case let .unreadableSettings(problem, prefix):
            return JalonError(.refused, Text("store.unreadableSettings", ["prefix": Localized { l in problem.rendered(l, pathPrefix: prefix) }]),
                              hint: Text("store.unreadableSettingsHint"))
        case let .pathOutsideBoard(path):
            return JalonError(.invalidInput, Text("store.pathOutsideBoard", ["path": path]), hint: Text("store.pathOutsideBoardHint"))
        case let .lockFailed(path):
            return JalonError(.repository, Text("store.lockFailed", ["path": path]), hint: Text("store.lockFailedHint"))
        case let .notARepository(path):
            return JalonError(.repository, Text("store.notARepository", ["path": path]), hint: Text("store.notARepositoryHint"))
        case let .noBoard(path):
            return JalonError(.repository, Text("store.noBoard", ["path": path]), hint: Text("store.noBoardHint"))
        case let .severalBoards(path, folders):
            let list = folders.map { $0.isEmpty ? "." : String($0.dropLast()) }.joined(separator: ", ")
            return JalonError(.repository, Text("store.severalBoards", ["path": path, "list": list]), hint: Text("store.severalBoardsHint"))
        case let .boardExists(path):
            return JalonError(.refused, Text("store.boardExists", ["path": path]), hint: Text("store.boardExistsHint"))
        case .detachedHead:
            return JalonError(.refused, Text("store.detachedHead"), hint: Text("store.detachedHeadHint"))
        case .bareRepository:
            return JalonError(.repository, Text("store.bareRepository"), hint: Text("store.bareRepositoryHint"))
        }
    }
}

extension GitOperation {
    /// What Git is in the middle of and how to leave it: one table for the refusal of every
    /// mutating command and for `jalon status`.
    var what: Text {
        switch self {
        case .merge: return Text("store.gitOperation.merge")
        case .rebase: return Text("store.gitOperation.rebase")
        case .cherryPick: return Text("store.gitOperation.cherryPick")
        case .revert: return Text("store.gitOperation.revert")
        case .bisect: return Text("store.gitOperation.bisect")
        case .applyMailbox: return Text("store.gitOperation.applyMailbox")
        }
    }
    var hint: Text {
        switch self {
        case .merge: return Text("store.gitOperationHint.merge")
        case .rebase: return Text("store.gitOperationHint.rebase")
        case .cherryPick: return Text("store.gitOperationHint.cherryPick")
        case .revert: return Text("store.gitOperationHint.revert")
        case .bisect: return Text("store.gitOperationHint.bisect")
        case .applyMailbox: return Text("store.gitOperationHint.applyMailbox")
        }
    }
}

extension StoreNotice {
    /// The notice's line on standard error (after the warning prefix).
    var text: Text {
        switch self {
        case let .staleLockRemoved(path): return Text("store.staleLockRemoved", ["path": path])
        case let .pendingFinished(commit, paths): return Text("store.pendingFinished", ["short": commit.short, "paths": paths.joined(separator: ", ")])
        case let .pendingUndone(paths): return Text("store.pendingUndone", ["paths": paths.joined(separator: ", ")])
        case let .pendingLeftAlone(paths): return Text("store.pendingLeftAlone", ["paths": paths.joined(separator: ", ")])
        case let .pendingDropped(reference): return Text("store.pendingDropped", ["reference": reference])
        }
    }
}

/// Prints an error on standard error in `language` — one line that says what and what to do,
/// then its file:line details — and gives the exit code that tells scripts its kind.
func report(_ error: any PresentedError, language: Language, environment: RunEnvironment) -> ExitCode {
    let error = error.presented
    var text = CLIText.errorPrefix(language) + error.message(language)
    if let hint = error.hint { text += " (" + hint(language) + ")" }
    for line in error.details { text += "\n  " + line(language) }
    environment.printError(text)
    return ExitCode(error.exitCode)
}
