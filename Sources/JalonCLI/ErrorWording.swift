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
            return JalonError(.invalidInput, Text("action.unknownMember", ["id": id]),
                              hint: known.isEmpty
                                  ? Text("action.unknownMemberAddHint", ["id": id])
                                  : Text("action.unknownMemberKnownHint", ["known": known.joined(separator: ", ")]))
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
        case let .brokenFile(path, problems, prefix):
            return JalonError(.refused, Text("action.brokenFile", ["path": path]), hint: Text("action.brokenFileHint"),
                              details: problems.map { $0.text(pathPrefix: prefix) })
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
            return JalonError(.invalidInput, Text("action.unknownBaseline", ["name": name]),
                              hint: known.isEmpty
                                  ? Text("action.unknownBaselineSaveHint")
                                  : Text("action.unknownBaselineKnownHint", ["known": known.joined(separator: ", ")]))
        case .emptyBoard:
            return JalonError(.invalidInput, Text("action.emptyBoard"), hint: Text("action.emptyBoardHint"))
        case let .taskReferenced(id, references, prefix):
            return JalonError(.refused, Text("action.taskReferenced", ["id": id]),
                              hint: Text("action.taskReferencedHint", ["id": id]), details: references.map { $0.text(pathPrefix: prefix) })
        case let .notInList(id, value, field, current):
            return JalonError(.invalidInput, Text("action.notInList", ["id": id, "value": value, "field": field.name]),
                              hint: current.isEmpty ? Text("action.notInListEmptyHint")
                                                    : Text("action.notInListCurrentHint", ["current": current.joined(separator: ", ")]))
        case .nothingToDo:
            return JalonError(.invalidInput, Text("action.nothingToDo"), hint: nil)
        case let .unknownTemplate(name, known):
            return JalonError(.invalidInput, Text("action.unknownTemplate", ["name": name]),
                              hint: Text("action.unknownTemplateHint", ["known": known.joined(separator: ", ")]))
        }
    }
}

extension DocsError: PresentedError {
    var presented: JalonError {
        switch self {
        case let .linkOutsideBoard(path, target):
            return JalonError(.invalidInput, Text("docsError.linkOutsideBoard", ["path": path, "target": target]),
                              hint: Text("docsError.linkOutsideBoardHint"))
        case let .writeThroughLink(path):
            return JalonError(.invalidInput, Text("docsError.writeThroughLink", ["path": path]),
                              hint: Text("docsError.writeThroughLinkHint"))
        case .noSpec:
            return JalonError(.invalidInput, Text("docsError.noSpec"), hint: Text("docsError.noSpecHint"))
        case .specExists:
            return JalonError(.refused, Text("docsError.specExists"), hint: Text("docsError.specExistsHint"))
        case let .unknownTemplate(name, known):
            return JalonError(.invalidInput, Text("docsError.unknownTemplate", ["name": name]),
                              hint: Text("docsError.unknownTemplateHint", ["known": known.joined(separator: ", "), "name": name]))
        case let .unknownDocument(key):
            return JalonError(.invalidInput, Text("docsError.unknownDocument", ["key": key]),
                              hint: Text("docsError.unknownDocumentHint"))
        case let .documentExists(path):
            return JalonError(.refused, Text("docsError.documentExists", ["path": path]),
                              hint: Text("docsError.documentExistsHint"))
        case let .badDocumentStatus(status):
            return JalonError(.invalidInput, Text("docsError.badDocumentStatus", ["status": status]), hint: Catalog.documentStatusHint)
        case let .documentWithoutID(path):
            return JalonError(.refused, Text("docsError.documentWithoutID", ["path": path]),
                              hint: Text("docsError.documentWithoutIDHint"))
        case let .badFileName(name, suggested):
            return JalonError(.invalidInput, Text("docsError.badFileName", ["name": name]),
                              hint: Text("docsError.badFileNameHint", ["suggested": suggested]))
        case let .unreadableAttachment(path):
            return JalonError(.invalidInput, Text("docsError.unreadableAttachment", ["path": path]),
                              hint: Text("docsError.unreadableAttachmentHint"))
        case let .unknownMeeting(key):
            return JalonError(.invalidInput, Text("docsError.unknownMeeting", ["key": key]),
                              hint: Text("docsError.unknownMeetingHint"))
        case let .brokenMeeting(path, problems, prefix):
            return JalonError(.refused, Text("docsError.brokenMeeting", ["path": path]), hint: Text("docsError.brokenMeetingHint"),
                              details: problems.map { $0.text(pathPrefix: prefix) })
        case .noActions:
            return JalonError(.invalidInput, Text("docsError.noActions"), hint: Text("docsError.noActionsHint"))
        case .noActionOwner:
            return JalonError(.invalidInput, Text("docsError.noActionOwner"), hint: Text("docsError.noActionOwnerHint"))
        case let .unknownActionOwner(who, members, guests):
            let known = (members + guests).joined(separator: ", ")
            return JalonError(.invalidInput, Text("docsError.unknownActionOwner", ["who": who]),
                              hint: Text("docsError.unknownActionOwnerHint", ["known": known]))
        case .emptyComment:
            return JalonError(.invalidInput, Text("docsError.emptyComment"), hint: Text("docsError.emptyCommentHint"))
        case let .unknownCommentTarget(id):
            return JalonError(.invalidInput, Text("docsError.unknownCommentTarget", ["id": id]),
                              hint: Text("docsError.unknownCommentTargetHint"))
        case let .unknownMention(name, members):
            return JalonError(.invalidInput, Text("docsError.unknownMention", ["name": name]),
                              hint: Text("docsError.unknownMentionHint", ["members": members.joined(separator: ", ")]))
        case let .badDeliverable(id):
            return JalonError(.invalidInput, Text("docsError.badDeliverable", ["id": id]),
                              hint: Text("docsError.badDeliverableHint"))
        case let .uncommittedDeliverable(id, path):
            return JalonError(.refused, Text("docsError.uncommittedDeliverable", ["id": id, "path": path]),
                              hint: Text("docsError.uncommittedDeliverableHint", ["path": path]))
        case let .unknownRevision(ref):
            return JalonError(.invalidInput, Text("docsError.unknownRevision", ["ref": ref]),
                              hint: Text("docsError.unknownRevisionHint"))
        case let .mergeConflicts(ref, paths, home):
            return JalonError(.refused, Text("docsError.mergeConflicts", ["ref": ref, "pathsCount": paths.count, "paths": paths.joined(separator: ", ")]),
                              hint: Text("docsError.mergeConflictsHint", ["home": home, "ref": ref]))
        case .noCommonHistory:
            return JalonError(.refused, Text("docsError.noCommonHistory"), hint: Text("docsError.noCommonHistoryHint"))
        }
    }
}

extension SyncError: PresentedError {
    var presented: JalonError {
        switch self {
        case let .noRemote(name):
            return JalonError(.invalidInput, Text("sync.noRemote", ["name": name]),
                              hint: Text("sync.noRemoteHint"))
        case let .authentication(remote):
            return JalonError(.repository, Text("sync.authentication", ["remote": remote]),
                              hint: Text("sync.authenticationHint"))
        case let .unreachable(remote, why):
            return JalonError(.repository, Text("sync.unreachable", ["remote": remote, "why": why]),
                              hint: Text("sync.unreachableHint"))
        case let .certificate(remote, why):
            return JalonError(.repository, Text("sync.certificate", ["remote": remote, "why": why]),
                              hint: Text("sync.certificateHint"))
        case let .rejected(remote, reference, why):
            return JalonError(.refused, Text("sync.rejected", ["remote": remote, "reference": reference, "why": why]),
                              hint: Text("sync.rejectedHint"))
        case let .unknownHostKey(remote):
            return JalonError(.repository, Text("sync.unknownHostKey", ["remote": remote]),
                              hint: Text("sync.unknownHostKeyHint"))
        case .remoteKeepsMoving:
            return JalonError(.repository, Text("sync.remoteKeepsMoving"), hint: Text("sync.remoteKeepsMovingHint"))
        case let .failed(remote, error):
            return JalonError(.repository, Text("sync.failed", ["remote": remote, "message": error.message]),
                              hint: Text("sync.failedHint"))
        }
    }
}

extension TimeError: PresentedError {
    var presented: JalonError {
        switch self {
        case let .notAMember(name):
            return JalonError(.invalidInput, Text("store.notAMember", ["name": name]),
                              hint: Text("store.notAMemberHint"))
        case .notPositive:
            return JalonError(.invalidInput, Text("store.notPositive"), hint: Text("store.notPositiveHint"))
        case let .future(day):
            return JalonError(.invalidInput, Text("store.future", ["day": day]),
                              hint: Text("store.futureHint"))
        case let .overDay(member, day, already):
            return JalonError(.invalidInput, Text("store.overDay", ["member": member, "already": Effort.number(already), "day": day]),
                              hint: Text("store.overDayHint"))
        }
    }
}
extension ClassFileError: PresentedError {
    var presented: JalonError {
        switch self {
        case let .badLine(file, line):
            return JalonError(.invalidInput, Text("classFile.badLine", ["file": file, "line": line]), hint: Text("classFile.badLineHint"))
        case let .noTeams(file):
            return JalonError(.invalidInput, Text("classFile.noTeams", ["file": file]), hint: Text("classFile.noTeamsHint"))
        case let .teamWithoutName(line):
            return JalonError(.invalidInput, Text("classFile.teamWithoutName", ["line": line]))
        case let .teamWithoutSource(line):
            return JalonError(.invalidInput, Text("classFile.teamWithoutSource", ["line": line]))
        case let .badTeamLine(line):
            return JalonError(.invalidInput, Text("classFile.badTeamLine", ["line": line]))
        case let .cannotRead(file):
            return JalonError(.invalidInput, Text("classFile.cannotRead", ["file": file]), hint: Text("classFile.cannotReadHint"))
        case let .fetchFailed(url, message):
            return JalonError(.repository, Text("classFile.fetchFailed", ["url": url, "message": message]), hint: Text("classFile.fetchFailedHint"))
        case let .noBoardInRemote(url):
            return JalonError(.repository, Text("classFile.noBoardInRemote", ["url": url]), hint: Text("classFile.noBoardInRemoteHint"))
        case let .brokenSettings(details):
            return JalonError(.refused, Text("classFile.brokenSettings"), hint: Text("classFile.brokenSettingsHint"), details: details)
        }
    }
}

extension TaskReference {
    /// One line that names the reference and its file, for the refusal and for the report of
    /// what `--force` changed.
    func text(pathPrefix: String) -> Text {
        let file = pathPrefix + path
        switch kind {
        case .dependency(let id) where id.kind == .milestone:
            return Text("store.text.milestoneDependency", ["id": id, "file": file])
        case .dependency(let id):
            return Text("store.text.taskDependency", ["id": id, "file": file])
        case .meetingAction(let meeting, let what):
            return Text("store.text.meetingAction", ["what": what, "meeting": meeting, "file": file])
        case .deliverable(let d):
            return Text("store.text.deliverable", ["d": d, "path": pathPrefix + SpecDocument.path])
        case .comments(let n):
            return Text("store.text.comments", ["n": n, "file": file])
        }
    }

    /// What `--force` did about it, in the same commit.
    func removal(pathPrefix: String) -> Text {
        let file = pathPrefix + path
        switch kind {
        case .dependency(let id):
            return Text("store.removal.dependency", ["id": id, "file": file])
        case .meetingAction(let meeting, let what):
            return Text("store.removal.meetingAction", ["what": what, "meeting": meeting, "file": file])
        case .deliverable(let d):
            return Text("store.removal.deliverable", ["d": d])
        case .comments(let n):
            return Text("store.removal.comments", ["n": n, "file": file])
        }
    }
}

extension TaskListField {
    /// The list's name in an error message ("… among its labels").
    var name: Text {
        switch self {
        case .assignees: return Text("action.listField.assignees")
        case .labels: return Text("action.listField.labels")
        case .dependencies: return Text("action.listField.dependencies")
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
        case let .noBoardYet(day):
            return JalonError(.invalidInput, Text("store.noBoardYet", ["iso": day.iso]), hint: Text("store.noBoardYetHint"))
        case let .newsMarkerNotSaved(path):
            return JalonError(.repository, Text("store.saveNewsMarker", ["path": path]), hint: Text("store.saveNewsMarkerHint"))
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
