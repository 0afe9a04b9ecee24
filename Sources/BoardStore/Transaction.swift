import BoardCore
import Foundation
import Git

/// One move of the home branch: the commit to put it on and the repository paths
/// (prefix included) whose work-tree/index copy must follow.
public struct HomeUpdate: Sendable {
    public var commit: ObjectID
    public var paths: [String]

    public init(commit: ObjectID, paths: [String]) {
        self.commit = commit
        self.paths = paths
    }
}

/// Another writer moved the home branch between our read and our update.
struct LostRace: Error {}

extension BoardStore {
    /// The one transaction every change of the home branch goes through (commands, merge, sync).
    ///
    /// Refuse while Git is in the middle of a merge, rebase, cherry-pick, revert or bisect →
    /// lock (flock `.git/jalon.lock`, when the home branch is checked out here) → finish or undo
    /// the pending update a killed Jalon left (`.git/jalon/pending`) → read the home head →
    /// `prepare(head)` (nil: nothing to do) → refuse paths with uncommitted edits → write the
    /// journal (old, new, paths) → defer SIGINT/SIGTERM/SIGHUP → write the work-tree files and the
    /// index for `paths` → compare-and-swap the branch → clear the journal → restore the signals.
    ///
    /// The index is written *before* the branch moves, so at every instant the index is either as
    /// before or already holds the change: a process killed at any point can never make the
    /// user's next plain `git commit` delete or revert board files (at worst that commit includes
    /// the change). The journal lets the next Jalon command put things back exactly (branch not
    /// moved: undo; branch moved: finish). A lost compare-and-swap puts the files back and calls
    /// `prepare` again with the new head. Returns the commit the branch now points to, nil when
    /// `prepare` had nothing to do.
    @discardableResult
    public func transact(maxAttempts: Int = 200, _ prepare: (ObjectID?) throws -> HomeUpdate?) throws -> ObjectID? {
        try refuseUnfinishedGitOperation()
        let here = homeIsCheckedOut
        if !here, let elsewhere = repository.worktreePath(checkingOut: homeReference) {
            // Moving a branch another work tree has checked out would leave that work tree
            // staging the undo of this change (git refuses the same for the same reason).
            throw StoreError.checkedOutElsewhere(homeBranch, elsewhere)
        }
        let lock = here ? try WorktreeLock(directory: repository.commonDirectory) : nil
        defer { lock?.release() }
        if here { try recoverPendingUpdate(lockHeld: true) }
        removeAbandonedTemporaryObjects()
        var attempt = 0
        while true {
            let head: ObjectID?
            let update: HomeUpdate?
            do {
                head = try repository.resolve(homeReference)
                update = try prepare(head)
            } catch let error as GitError { throw StoreError.git(error) }
            guard let update else { return nil }
            do {
                if here {
                    try placeWithWorktree(update, over: head)
                } else {
                    try beforeReferenceUpdate?()
                    try moveHome(to: update.commit, from: head)
                }
                return update.commit
            } catch is LostRace {
                attempt += 1
                guard attempt < maxAttempts else { throw StoreError.branchKeptMoving(homeBranch, attempt) }
                usleep(UInt32.random(in: 1_000...(5_000 + UInt32(min(attempt, 20)) * 2_000)))
            } catch let error as GitError {
                throw StoreError.git(error)
            }
        }
    }

    /// The critical section when the home branch is checked out: journal, files, index, branch.
    private func placeWithWorktree(_ update: HomeUpdate, over head: ObjectID?) throws {
        let oldTree = try head.map { try repository.commit($0).tree }
        let newTree = try repository.commit(update.commit).tree
        var entries: [PendingUpdate.File] = []
        for path in Set(update.paths).sorted() {
            let old = try oldTree.flatMap { try blobEntry(in: $0, path: path) }
            let new = try blobEntry(in: newTree, path: path)
            if old != new { entries.append(PendingUpdate.File(path: path, old: old, new: new)) }
        }
        try verifyClean(entries.map(\.path), baseTree: oldTree)
        try beforeReferenceUpdate?()
        let pending = PendingUpdate(reference: homeReference, old: head, new: update.commit, files: entries)
        let section = CriticalSection()
        defer { section.end() }
        do { try pending.save(in: journalFolder) } catch { throw StoreError.journalNotWritten(error) }
        Self.faultPoint("journal")
        do {
            try writeWorktreeFiles(entries, side: .new)
            Self.faultPoint("files")
            try stage(entries, side: .new)
            Self.faultPoint("index")
        } catch {
            // The branch has not moved and the index was not written (it is written last):
            // put the files back and say nothing changed.
            do { try writeWorktreeFiles(entries, side: .old) } catch { throw StoreError.worktreeNotRestored(error) }
            pending.remove(from: journalFolder)
            if error is StoreError { throw error }
            throw StoreError.worktreeNotWritten(error)
        }
        do {
            try moveHome(to: update.commit, from: head)
        } catch {
            try putBackAfterFailedMove(pending, error: error)
            throw error
        }
        Self.faultPoint("branch")
        // Saved. Only the journal is left to clear; if that fails the next command clears it.
        pending.remove(from: journalFolder)
    }

    /// After the branch could not be moved: put the work-tree files and index back as they were,
    /// unless another program's commit (a `git commit` that ran meanwhile) already holds exactly
    /// this change, in which case it is saved there and must not be applied again.
    private func putBackAfterFailedMove(_ pending: PendingUpdate, error: Error) throws {
        let current = try? repository.resolve(homeReference)
        if let current, current != pending.old, let tree = try? repository.commit(current).tree,
           !pending.files.isEmpty,
           pending.files.allSatisfy({ (try? blobEntry(in: tree, path: $0.path)) == $0.new }) {
            pending.remove(from: journalFolder)
            throw StoreError.includedInAnotherCommit(current)
        }
        do {
            try writeWorktreeFiles(pending.files, side: .old)
            try stage(pending.files, side: .old)
            pending.remove(from: journalFolder)
        } catch {
            // The journal stays: the next Jalon command puts the files back.
            throw StoreError.worktreeNotRestored(error)
        }
    }

    /// Compare-and-swap of the home branch. A held `refs/heads/X.lock` is waited for, then
    /// removed when it is recognisably a killed Jalon's, else named to the user.
    func moveHome(to new: ObjectID, from old: ObjectID?) throws {
        let message = "jalon: " + ((try? repository.commit(new).summary) ?? "update")
        var waits = 0
        var removedStale = false
        while true {
            do {
                try repository.compareAndSwapReference(homeReference, to: new, expected: old, message: message)
                return
            } catch {
                // The reference may have moved although a later step (the reflog) failed.
                if (try? repository.resolve(homeReference)) == new { return }
                switch error.code {
                case .modified, .exists:
                    throw LostRace()
                case .locked:
                    if waits < Self.lockWaits, !StaleLock.isOld(referenceLockPath) { waits += 1; usleep(Self.lockPause); continue }
                    if !removedStale, removeStaleReferenceLock(parent: old) { removedStale = true; waits = 0; continue }
                    throw StoreError.referenceLocked(referenceLockPath)
                default:
                    throw StoreError.git(error)
                }
            }
        }
    }

    /// Fault injection for the crash tests: `JALON_TEST_KILL_AT=journal|files|index|branch` makes
    /// the process kill itself (SIGKILL) right after that step, `JALON_TEST_INTERRUPT_AT` sends
    /// itself SIGINT there (which must wait for the end of the update). Never set outside tests.
    static let killPoint = ProcessInfo.processInfo.environment["JALON_TEST_KILL_AT"]
    static let interruptPoint = ProcessInfo.processInfo.environment["JALON_TEST_INTERRUPT_AT"]

    /// `JALON_TEST_HOLD_AT=STEP:FILE` makes the process create FILE after that step and wait
    /// (at most 60 s) until the test removes it, so a test can run `git commit` right there.
    static let holdPoint = ProcessInfo.processInfo.environment["JALON_TEST_HOLD_AT"]

    static func faultPoint(_ name: String) {
        if killPoint == name { kill(getpid(), SIGKILL) }
        if interruptPoint == name { kill(getpid(), SIGINT) }
        if let hold = holdPoint, hold.hasPrefix(name + ":") {
            let marker = String(hold.dropFirst(name.count + 1))
            FileManager.default.createFile(atPath: marker, contents: nil)
            for _ in 0..<600 where FileManager.default.fileExists(atPath: marker) { usleep(100_000) }
        }
    }

    /// How long a held Git lock is waited for: 40 × 0.1 s.
    static let lockWaits = 40
    static let lockPause: UInt32 = 100_000

    var referenceLockPath: String { repository.commonDirectory + homeReference + ".lock" }

    /// Refuses to touch a file whose work-tree or staged content differs from the last commit:
    /// the user's own edits are never overwritten nor swept into Jalon's commit.
    func verifyClean(_ repoPaths: [String], baseTree: ObjectID?) throws {
        guard !repoPaths.isEmpty else { return }
        let index = try repository.index()
        var dirty: [String] = []
        for path in repoPaths {
            let committed = try baseTree.flatMap { try repository.entry(in: $0, path: path)?.id }
            let staged = index.stagedID(path)
            let working = try repository.hashWorktreeFile(path)
            if index.hasConflict(path) || staged != committed || working != committed { dirty.append(path) }
        }
        if !dirty.isEmpty { throw StoreError.uncommittedChanges(dirty) }
    }

    /// Refuses while Git is in the middle of an operation that will move the branch itself.
    func refuseUnfinishedGitOperation() throws {
        let state = repository.state
        if state != .none { throw StoreError.unfinishedGitOperation(GitOperation(state)) }
    }

    func blobEntry(in tree: ObjectID, path: String) throws -> PendingUpdate.Blob? {
        guard let entry = try repository.entry(in: tree, path: path), entry.kind == .blob else { return nil }
        return PendingUpdate.Blob(id: entry.id, mode: entry.fileMode)
    }
}
