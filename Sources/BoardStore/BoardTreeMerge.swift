import BoardCore
import Foundation
import Git

/// What the board-aware merge of two commits did, for the command output and the merge commit's
/// trailers.
public struct MergeReport: Sendable, Equatable {
    /// Files changed on both sides and merged field by field, with the keys taken from theirs.
    public var mergedFields: [(file: String, keys: [String])] = []
    /// Same-field decisions: the value kept and the one that lost.
    public var decisions: [BoardMerge.Decision] = []
    /// Board files whose body kept conflict markers (repository paths).
    public var bodyConflicts: [String] = []
    /// Items renumbered because both sides made one under the same id.
    public var renumbered: [Renumbering] = []

    public init() {}

    public static func == (a: MergeReport, b: MergeReport) -> Bool {
        a.decisions == b.decisions && a.bodyConflicts == b.bodyConflicts && a.renumbered == b.renumbered
            && a.mergedFields.map { "\($0.file):\($0.keys)" } == b.mergedFields.map { "\($0.file):\($0.keys)" }
    }

    /// Trailers for the merge commit: every merged file and every same-field decision.
    public var trailers: String {
        var out = ""
        for m in mergedFields { out += "Jalon-Merged: \(m.file)" + (m.keys.isEmpty ? "" : " (\(m.keys.joined(separator: ", ")))") + "\n" }
        for d in decisions { out += "Jalon-Lost: \(d.file) \(d.key): kept \(d.kept) (\(d.winner)), lost \(d.lost) (\(d.loser))\n" }
        for f in bodyConflicts { out += "Jalon-Conflict: \(f)\n" }
        for r in renumbered { out += "Jalon-Renumbered: \(r.old) -> \(r.new)\n" }
        return out
    }
}

extension BoardStore {
    /// The side of a merge for the same-field rule: its commit's author date and member id.
    func mergeSide(_ commit: Commit, settings: BoardSettings?) -> BoardMerge.Side {
        let member = settings?.member(email: commit.author.email)?.id ?? commit.author.email.lowercased()
        return BoardMerge.Side(date: Int64(commit.author.date.timeIntervalSince1970), member: member)
    }

    /// True for the files the board merge reads: the board's own files and its documents'
    /// Markdown; each must also have a front matter (or be YAML) on every side to be merged.
    func isBoardText(_ repoPath: String) -> Bool {
        if FileClassifier.isBoardFile(repoPath, prefix: prefix) { return true }
        return repoPath.hasPrefix(prefix + "docs/") && repoPath.hasSuffix(".md")
    }

    static func mergeable(_ path: String, _ texts: [String?]) -> Bool {
        if path.hasSuffix(".yml") || path.hasSuffix(".yaml") { return true }
        return texts.allSatisfy { $0 == nil || FrontMatter.split($0!) != nil }
    }

    /// Merges `theirs` into `ours` in memory: Git's tree merge (adds, deletions, renames), then
    /// every board file changed on both sides merged field by field (the same merge the merge
    /// driver does). Files outside the board that Git cannot merge are returned as conflicts.
    public func boardMergeTree(ours: ObjectID, theirs: ObjectID) throws -> (tree: ObjectID?, report: MergeReport, conflicts: [String]) {
        let oursCommit = try repository.commit(ours), theirsCommit = try repository.commit(theirs)
        let baseTree = try repository.mergeBase(ours, theirs).map { try repository.commit($0).tree }
        let settings = (try? loadTree(oursCommit.tree, scope: .settings))?.settings ?? (try? loadTree(theirsCommit.tree, scope: .settings))?.settings
        let oursSide = mergeSide(oursCommit, settings: settings), theirsSide = mergeSide(theirsCommit, settings: settings)
        let index = try repository.mergeIndex(ours: ours, theirs: theirs)
        var report = MergeReport()
        var unresolved: [String] = []
        func text(_ id: ObjectID?) throws -> String? {
            guard let id else { return nil }
            let bytes = try repository.blob(id)
            return String(validating: bytes, as: UTF8.self)
        }
        func settle(_ path: String, base: ObjectID?, oursID: ObjectID?, theirsID: ObjectID?, mode: UInt32) throws -> Bool {
            guard isBoardText(path) else { return false }
            let b = try text(base), o = try text(oursID), t = try text(theirsID)
            if (base != nil && b == nil) || (oursID != nil && o == nil) || (theirsID != nil && t == nil) { return false }
            guard Self.mergeable(path, [b, o, t]) else { return false }
            let result = BoardMerge.mergeFile(path: String(path.dropFirst(prefix.count)), base: b, ours: o, theirs: t,
                                              oursSide: oursSide, theirsSide: theirsSide,
                                              textMerge: { TextMerge.merge(base: $0, ours: $1, theirs: $2) })
            let blob = try result.text.map { try repository.writeBlob(Array($0.utf8)) }
            try index.settle(path, blob: blob, mode: mode)
            report.mergedFields.append((path, result.mergedKeys))
            report.decisions += result.decisions.map { var d = $0; d.file = path; return d }
            if result.conflicted { report.bodyConflicts.append(path) }
            return true
        }
        var handled: Set<String> = []
        for conflict in try index.conflicts {
            let path = conflict.path
            handled.insert(path)
            for other in [conflict.ancestor?.path, conflict.theirs?.path].compactMap({ $0 }) where other != path { handled.insert(other) }
            let mode = conflict.ours?.mode ?? conflict.theirs?.mode ?? 0o100644
            if try !settle(path, base: conflict.ancestor?.id, oursID: conflict.ours?.id, theirsID: conflict.theirs?.id, mode: mode) {
                unresolved.append(path)
            } else {
                // A rename on one side leaves the other names' entries: the settled path stands for all.
                for other in [conflict.ancestor?.path, conflict.theirs?.path].compactMap({ $0 }) where other != path {
                    try index.settle(other, blob: nil)
                }
            }
        }
        // Files both sides changed that Git merged line by line: merged field by field instead,
        // so the result does not depend on line positions (and equals the merge driver's).
        if let baseTree {
            let mine = Set(try repository.changedPaths(from: baseTree, to: oursCommit.tree))
            let yours = try repository.changedPaths(from: baseTree, to: theirsCommit.tree)
            for path in yours where mine.contains(path) && !handled.contains(path) && isBoardText(path) {
                let b = try repository.entry(in: baseTree, path: path), o = try repository.entry(in: oursCommit.tree, path: path)
                let t = try repository.entry(in: theirsCommit.tree, path: path)
                guard let o, let t, o.id != t.id else { continue }
                _ = try settle(path, base: b?.id, oursID: o.id, theirsID: t.id, mode: o.fileMode)
            }
        }
        report.mergedFields.sort { $0.file < $1.file }
        if !unresolved.isEmpty { return (nil, report, unresolved.sorted()) }
        return (try index.writeTree(), report, [])
    }
}
