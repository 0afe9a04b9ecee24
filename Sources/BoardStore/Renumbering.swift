import BoardCore
import Foundation
import Git

/// One item renumbered by a merge: two unsynced clones made different items under the same id
/// (the same member on a laptop and a lab machine draws from one counter in each).
public struct Renumbering: Sendable, Equatable {
    public var old: String
    public var new: String
    public init(old: String, new: String) { (self.old, self.new) = (old, new) }
}

/// Which side of a merge gives up its id when both made an item under it.
public enum RenumberSide: Sendable {
    /// `jalon sync`: the local item, not yet sent; the remote's is already shared and may be
    /// referenced by the rest of the team.
    case ours
    /// `jalon merge REF`: the item arriving with the merged branch.
    case theirs
}

enum IDRewrite {
    /// `text` with every whole occurrence of each old id replaced by its new one: not inside a
    /// longer id (`T-A2` is not in `T-A23`, nor in `XT-A2`).
    static func apply(_ text: String, _ mapping: [String: String]) -> String {
        guard !mapping.isEmpty else { return text }
        var out = ""
        var rest = Substring(text)
        func isWordByte(_ c: Character?) -> Bool { c.map { $0.isLetter || $0.isNumber || $0 == "-" } ?? false }
        while !rest.isEmpty {
            var best: (Range<Substring.Index>, String)?
            for (old, new) in mapping {
                var search = rest.startIndex..<rest.endIndex
                while let r = rest.range(of: old, range: search) {
                    let before = r.lowerBound > rest.startIndex ? rest[rest.index(before: r.lowerBound)] : (out.last)
                    let after = r.upperBound < rest.endIndex ? rest[r.upperBound] : nil
                    if !isWordByte(before) && !(after?.isNumber ?? false) {
                        if best == nil || r.lowerBound < best!.0.lowerBound { best = (r, new) }
                        break
                    }
                    search = r.upperBound..<rest.endIndex
                }
            }
            guard let (range, new) = best else { out += rest; break }
            out += rest[..<range.lowerBound]
            out += new
            rest = rest[range.upperBound...]
        }
        return out
    }

    /// The path `path` takes when `old` becomes `new`: the item's own file, its comments folder.
    static func path(_ path: String, prefix: String, _ mapping: [String: String]) -> String {
        let rest = String(path.dropFirst(prefix.count))
        for (old, new) in mapping {
            for folder in ["tasks/", "milestones/", "meetings/"] where rest == folder + old + ".md" { return prefix + folder + new + ".md" }
            if rest.hasPrefix("comments/\(old)/") { return prefix + "comments/\(new)/" + rest.dropFirst("comments/\(old)/".count) }
        }
        return path
    }
}

extension BoardStore {
    /// The ids of the tasks, milestones and minutes a tree holds (by their file names).
    private func itemIDs(in tree: ObjectID) throws -> Set<ItemID> {
        var out: Set<ItemID> = []
        for folder in ["tasks", "milestones", "meetings"] {
            guard let entry = try repository.entry(in: tree, path: prefix + folder), entry.kind == .tree else { continue }
            for e in try repository.entries(of: entry.id) { if let id = Board.itemID(ofPath: e.name) { out.insert(id) } }
        }
        return out
    }

    /// Items both sides created under the same id since `base` (the same path added on both
    /// sides with different contents under tasks/, milestones/ or meetings/; documents added
    /// at different paths with the same `id:`): the `side` item
    /// takes the next free id of its member code, and every file that side added or changed is
    /// rewritten to match — the item's file, its comments folder, `depends`, milestone links,
    /// meeting actions, the spec's deliverable links, any mention in a body. Returns a commit
    /// standing for that side (its tree rewritten, the side's commit as parent; used only to
    /// compute the merge) and the renumberings; nil when nothing clashes.
    func renumberClashes(ours: ObjectID, theirs: ObjectID, base: ObjectID?, side: RenumberSide) throws -> (commit: ObjectID, renumbered: [Renumbering])? {
        let oursTree = try repository.commit(ours).tree, theirsTree = try repository.commit(theirs).tree
        let baseTree = try base.map { try repository.commit($0).tree }
        let oursChanged = try repository.changedPaths(from: baseTree, to: oursTree)
        let theirsChanged = Set(try repository.changedPaths(from: baseTree, to: theirsTree))
        var clashes: [ItemID] = []
        for path in oursChanged where theirsChanged.contains(path) && path.hasPrefix(prefix) {
            let rest = String(path.dropFirst(prefix.count))
            guard ["tasks/", "milestones/", "meetings/"].contains(where: { rest.hasPrefix($0) }), !rest.dropFirst(rest.hasPrefix("tasks/") ? 6 : rest.hasPrefix("milestones/") ? 11 : 9).contains("/"),
                  let id = Board.itemID(ofPath: rest) else { continue }
            if let baseTree, try repository.entry(in: baseTree, path: path) != nil { continue }
            guard let o = try repository.entry(in: oursTree, path: path), let t = try repository.entry(in: theirsTree, path: path), o.id != t.id else { continue }
            clashes.append(id)
        }
        // A document carries its id in its front matter (or its sidecar), not in its name: two
        // documents added under one id at different paths clash too.
        func addedDocuments(_ tree: ObjectID, _ changed: some Sequence<String>) throws -> [ItemID: String] {
            var out: [ItemID: String] = [:]
            for path in changed where path.hasPrefix(prefix + BoardDocument.folder + "/") && (path.hasSuffix(".md") || BoardDocument.isSidecar(path)) {
                if let baseTree, try repository.entry(in: baseTree, path: path) != nil { continue }
                guard let entry = try repository.entry(in: tree, path: path), entry.kind == .blob,
                      let id = BoardStore.headerID(try repository.blob(entry.id), kind: .document) else { continue }
                out[id] = path
            }
            return out
        }
        let theirsDocuments = try addedDocuments(theirsTree, theirsChanged)
        for (id, path) in try addedDocuments(oursTree, oursChanged) where theirsDocuments[id].map({ $0 != path }) ?? false { clashes.append(id) }
        guard !clashes.isEmpty else { return nil }
        var known = try itemIDs(in: oursTree).union(itemIDs(in: theirsTree))
        var seen: Set<ObjectID> = []
        for tree in [oursTree, theirsTree] { known.formUnion(headerIDs(in: tree, kind: .document, seen: &seen).values) }
        var mapping: [String: String] = [:]
        var renumbered: [Renumbering] = []
        for old in clashes.sorted() {
            let new = ItemID.next(kind: old.kind, code: old.code, after: known)
            known.insert(new)
            mapping[old.description] = new.description
            renumbered.append(Renumbering(old: old.description, new: new.description))
        }
        let sideCommit = side == .ours ? ours : theirs
        let sideTree = side == .ours ? oursTree : theirsTree
        let sideChanged = side == .ours ? Set(oursChanged) : theirsChanged
        var changes: [TreeChange] = []
        for path in sideChanged.sorted() where path.hasPrefix(prefix) {
            guard let entry = try repository.entry(in: sideTree, path: path), entry.kind == .blob else { continue }
            let newPath = IDRewrite.path(path, prefix: prefix, mapping)
            var blob = entry.id
            if isBoardText(path) || path.hasPrefix(prefix + "comments/") || BoardDocument.isSidecar(path), let text = String(validating: try repository.blob(entry.id), as: UTF8.self) {
                let rewritten = IDRewrite.apply(text, mapping)
                if rewritten != text { blob = try repository.writeBlob(Array(rewritten.utf8)) }
            }
            guard newPath != path || blob != entry.id else { continue }
            if newPath != path {
                // The old path keeps the other side's item (or nothing, for a comment).
                changes.append(.remove(path: path))
            }
            changes.append(.upsert(path: newPath, blob: blob, executable: entry.fileMode == 0o100755))
        }
        let tree = try repository.updatedTree(base: sideTree, changes: changes)
        let original = try repository.commit(sideCommit)
        let commit = try repository.createCommit(tree: tree, parents: [sideCommit], author: original.author, committer: original.committer,
                                                 message: "jalon: ids renumbered before merging\n")
        return (commit, renumbered)
    }

    /// The board-aware merge of `theirs` into `ours` with id clashes renumbered first (the
    /// `side` item gets the next free id): the tree, what was settled, the conflicts left.
    public func boardMerge(ours: ObjectID, theirs: ObjectID, renumber side: RenumberSide) throws -> (tree: ObjectID?, report: MergeReport, conflicts: [String]) {
        let base = try repository.mergeBase(ours, theirs)
        guard let renumbering = try renumberClashes(ours: ours, theirs: theirs, base: base, side: side) else {
            return try boardMergeTree(ours: ours, theirs: theirs)
        }
        var merged = side == .ours ? try boardMergeTree(ours: renumbering.commit, theirs: theirs) : try boardMergeTree(ours: ours, theirs: renumbering.commit)
        merged.report.renumbered = renumbering.renumbered
        return merged
    }
}
