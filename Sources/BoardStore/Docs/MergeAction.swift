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
    public func merge(_ revision: String, label: String? = nil, actor: Identity, maxAttempts: Int = 50) throws -> MergeResult {
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
                guard try repository.mergeBase(ours, theirs) != nil else { throw DocsError.noCommonHistory }
                let merge = try boardMergeTree(ours: ours, theirs: theirs)
                guard let tree = merge.tree else { throw DocsError.mergeConflicts(revision, merge.conflicts, home: homeBranch) }
                newTree = tree
                let settings = (try? loadTree(oursTree, scope: .settings))?.settings
                let language = settings?.language ?? .en
                let message = CommitMessage(subject: DocsActionText.merged(label ?? revision, homeBranch)(language), action: "merge", items: [label ?? revision])
                newHead = try repository.createCommit(tree: newTree, parents: [ours, theirs], author: clock.signature(for: actor),
                                                      committer: clock.committerSignature(for: actor), message: message.text + merge.report.trailers)
                report = merge.report
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
