import BoardCore
import Foundation
import Git

/// What `jalon merge` did.
public enum MergeResult: Sendable, Equatable {
    /// Nothing to bring: the home branch already has every commit of the other one.
    case upToDate
    /// The home branch had nothing the other lacked: it moved forward to it (no merge commit).
    case fastForward(to: ObjectID, files: [String])
    /// A merge commit with two parents, and what the board-aware merge settled.
    case merged(commit: ObjectID, files: [String], report: MergeReport)
}

extension BoardStore {
    /// Merges another branch (a teammate's fetched `origin/main`, say) into the home branch
    /// through libgit2: the board-aware merge in memory (`boardMergeTree`: board files field by
    /// field), then one commit with two parents, authored by the actor, its trailers listing every
    /// merged file and same-field decision, placed by compare-and-swap. Only conflicts outside
    /// board files refuse the merge and name the files; nothing is changed then. The work tree follows for the files the merge changed,
    /// which must not hold uncommitted edits.
    public func merge(_ revision: String, actor: Identity, maxAttempts: Int = 50) throws -> MergeResult {
        let here = homeIsCheckedOut
        if !here, let elsewhere = repository.worktreePath(checkingOut: homeReference) { throw StoreError.checkedOutElsewhere(homeBranch, elsewhere) }
        let lock = here ? try WorktreeLock(directory: repository.commonDirectory) : nil
        defer { lock?.release() }
        var attempt = 0
        while true {
            do {
                guard let theirs = try repository.resolveRevision(revision) else { throw DocsError.unknownRevision(revision) }
                guard let ours = try repository.resolve(homeReference) else { throw ActionError.emptyBoard }
                if try repository.isAncestor(theirs, of: ours) { return .upToDate }
                let oursTree = try repository.commit(ours).tree
                let result: MergeResult
                let newTree: ObjectID
                var newHead: ObjectID
                if try repository.isAncestor(ours, of: theirs) {
                    newHead = theirs
                    newTree = try repository.commit(theirs).tree
                    result = .fastForward(to: theirs, files: [])
                } else {
                    guard try repository.mergeBase(ours, theirs) != nil else { throw DocsError.noCommonHistory }
                    let merge = try boardMergeTree(ours: ours, theirs: theirs)
                    guard let tree = merge.tree else { throw DocsError.mergeConflicts(revision, merge.conflicts, home: homeBranch) }
                    newTree = tree
                    let settings = (try? loadTree(oursTree, scope: .settings))?.settings
                    let language = settings?.language ?? .en
                    let message = CommitMessage(subject: DocsActionText.merged(revision, homeBranch)(language), action: "merge", items: [revision])
                    newHead = try repository.createCommit(tree: newTree, parents: [ours, theirs], author: clock.signature(for: actor),
                                                          committer: clock.committerSignature(for: actor), message: message.text + merge.report.trailers)
                    result = .merged(commit: newHead, files: [], report: merge.report)
                }
                let changed = try repository.changedPaths(from: oursTree, to: newTree)
                if lock != nil { try verifyClean(changed, baseTree: oursTree) }
                try beforeReferenceUpdate?()
                try repository.compareAndSwapReference(homeReference, to: newHead, expected: ours, message: "jalon: merge \(revision)")
                if lock != nil {
                    do { try syncWorktree(changed) } catch { throw StoreError.worktreeNotUpdated(error) }
                }
                switch result {
                case .fastForward(let to, _): return .fastForward(to: to, files: changed)
                case .merged(let c, _, let report): return .merged(commit: c, files: changed, report: report)
                case .upToDate: return .upToDate
                }
            } catch let error as GitError where [.modified, .exists, .locked].contains(error.code) && attempt + 1 < maxAttempts {
                attempt += 1
                usleep(UInt32.random(in: 1_000...20_000))
            } catch let error as GitError {
                throw StoreError.git(error)
            }
        }
    }
}
