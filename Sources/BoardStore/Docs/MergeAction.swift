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
    public func merge(_ revision: String, label: String? = nil, actor: Identity, renumber: RenumberSide = .theirs, maxAttempts: Int = 50) throws -> MergeResult {
        var result = MergeResult.upToDate
        try transact(maxAttempts: maxAttempts) { ours in
            guard let theirs = try repository.resolveRevision(revision) else { throw DocsError.unknownRevision(revision) }
            guard let ours else { throw ActionError.emptyBoard }
            if try repository.isAncestor(theirs, of: ours) { result = .upToDate; return nil }
            let oursTree = try repository.commit(ours).tree
            let newTree: ObjectID
            let newHead: ObjectID
            var report: MergeReport?
            if try repository.isAncestor(ours, of: theirs) {
                newHead = theirs
                newTree = try repository.commit(theirs).tree
            } else {
                let made = try mergeCommit(ours: ours, theirs: theirs, revision: revision, label: label ?? revision, actor: actor, renumber: renumber)
                newHead = made.commit
                newTree = try repository.commit(newHead).tree
                report = made.report
            }
            let changed = try repository.changedPaths(from: oursTree, to: newTree)
            if let report {
                result = .merged(commit: newHead, files: changed, report: report)
            } else {
                result = .fastForward(to: theirs, files: changed)
            }
            return HomeUpdate(commit: newHead, paths: changed)
        }
        return result
    }
}

extension BoardStore {
    /// The merge commit of `theirs` into `ours` (neither an ancestor of the other): the board
    /// merge in memory, ids that clash renumbered on the `renumber` side, two parents, authored
    /// by the actor, trailers listing every merged file, same-field decision and renumbering.
    /// Only writes objects; no reference moves. Conflicts outside board files throw, naming
    /// the files (`revision` in the hint).
    func mergeCommit(ours: ObjectID, theirs: ObjectID, revision: String, label: String, actor: Identity, renumber: RenumberSide) throws -> (commit: ObjectID, report: MergeReport) {
        guard try repository.mergeBase(ours, theirs) != nil else { throw DocsError.noCommonHistory }
        let merge = try boardMerge(ours: ours, theirs: theirs, renumber: renumber)
        guard let tree = merge.tree else { throw DocsError.mergeConflicts(revision, merge.conflicts, home: homeBranch) }
        let settings = (try? loadTree(try repository.commit(ours).tree, scope: .settings))?.settings
        let language = settings?.language ?? .en
        let message = CommitMessage(subject: DocsActionText.merged(label, homeBranch)(language), action: "merge", items: [label])
        let commit = try repository.createCommit(tree: tree, parents: [ours, theirs], author: clock.signature(for: actor),
                                                 committer: clock.committerSignature(for: actor), message: message.text + merge.report.trailers)
        return (commit, merge.report)
    }
}
