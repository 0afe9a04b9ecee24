import CLibGit2

extension Repository {
    /// The commit a revision such as `origin/main`, `main`, `refs/remotes/origin/main`, a tag or
    /// a commit id names; nil when it names nothing.
    public func resolveRevision(_ spec: String) throws(GitError) -> ObjectID? {
        var object: OpaquePointer?
        let found = git_revparse_single(&object, pointer, spec)
        if found == GIT_ENOTFOUND.rawValue || found == GIT_EINVALIDSPEC.rawValue || found == GIT_EAMBIGUOUS.rawValue {
            git_error_clear()
            return nil
        }
        try check(found, "git_revparse_single")
        defer { git_object_free(object) }
        var commit: OpaquePointer?
        let peeled = git_object_peel(&commit, object, GIT_OBJECT_COMMIT)
        if peeled == GIT_EPEEL.rawValue || peeled == GIT_ENOTFOUND.rawValue || peeled == GIT_EINVALIDSPEC.rawValue {
            git_error_clear()
            return nil
        }
        try check(peeled, "git_object_peel")
        defer { git_object_free(commit) }
        return ObjectID(git_object_id(commit))
    }

    /// The best common ancestor of two commits, nil when they share no history.
    public func mergeBase(_ a: ObjectID, _ b: ObjectID) throws(GitError) -> ObjectID? {
        var out = git_oid()
        var ra = a.raw, rb = b.raw
        let result = git_merge_base(&out, pointer, &ra, &rb)
        if result == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(result, "git_merge_base")
        return ObjectID(out)
    }

    /// Paths (repository-relative) whose content differs between two trees; `from` nil is the
    /// empty tree. Renames are a deletion and an addition.
    public func changedPaths(from old: ObjectID?, to new: ObjectID) throws(GitError) -> [String] {
        var oldTree: OpaquePointer?, newTree: OpaquePointer?
        if let old {
            var raw = old.raw
            try check(git_tree_lookup(&oldTree, pointer, &raw), "git_tree_lookup")
        }
        defer { if oldTree != nil { git_tree_free(oldTree) } }
        var newRaw = new.raw
        try check(git_tree_lookup(&newTree, pointer, &newRaw), "git_tree_lookup")
        defer { git_tree_free(newTree) }
        var diff: OpaquePointer?
        try check(git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, nil), "git_diff_tree_to_tree")
        defer { git_diff_free(diff) }
        var out: Set<String> = []
        for i in 0..<git_diff_num_deltas(diff) {
            guard let delta = git_diff_get_delta(diff, i) else { continue }
            if let p = delta.pointee.old_file.path { out.insert(String(cString: p)) }
            if let p = delta.pointee.new_file.path { out.insert(String(cString: p)) }
        }
        return out.sorted()
    }
}

/// Git's own line-by-line three-way merge of texts (`git_merge_file`), markers labelled
/// `ours`/`theirs` where both sides changed the same lines.
public enum TextMerge {
    /// The merged text and whether it came out without conflict markers.
    public static func merge(base: String, ours: String, theirs: String, oursLabel: String = "ours", theirsLabel: String = "theirs") -> (text: String, clean: Bool) {
        _ = libgit2Initialised
        let b = Array(base.utf8), o = Array(ours.utf8), t = Array(theirs.utf8)
        var result = git_merge_file_result()
        let status: Int32 = b.withUnsafeBufferPointer { bp in
            o.withUnsafeBufferPointer { op in
                t.withUnsafeBufferPointer { tp in
                    var bi = git_merge_file_input(), oi = git_merge_file_input(), ti = git_merge_file_input()
                    git_merge_file_input_init(&bi, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                    git_merge_file_input_init(&oi, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                    git_merge_file_input_init(&ti, UInt32(GIT_MERGE_FILE_INPUT_VERSION))
                    bi.ptr = bp.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }; bi.size = bp.count
                    oi.ptr = op.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }; oi.size = op.count
                    ti.ptr = tp.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }; ti.size = tp.count
                    var options = git_merge_file_options()
                    git_merge_file_options_init(&options, UInt32(GIT_MERGE_FILE_OPTIONS_VERSION))
                    return oursLabel.withCString { ol in
                        theirsLabel.withCString { tl in
                            options.our_label = ol
                            options.their_label = tl
                            return git_merge_file(&result, &bi, &oi, &ti, &options)
                        }
                    }
                }
            }
        }
        defer { git_merge_file_result_free(&result) }
        guard status == 0 else {
            git_error_clear()
            return (ours, false)
        }
        let text = result.ptr.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: result.len), as: UTF8.self) } ?? ""
        return (text, result.automergeable != 0)
    }
}

/// One side of a path in conflict after an in-memory merge.
public struct ConflictSide: Sendable, Equatable {
    public let path: String
    public let id: ObjectID
    public let mode: UInt32
}

/// A path Git's own merge could not settle: what the merge base, ours and theirs hold (nil:
/// absent on that side, as in add/add or modify/delete).
public struct MergeConflict: Sendable, Equatable {
    public let ancestor: ConflictSide?
    public let ours: ConflictSide?
    public let theirs: ConflictSide?
    public var path: String { (ours ?? theirs ?? ancestor)!.path }
}

/// The in-memory index of a merge of two commits (`git_merge_commits`), which the caller settles
/// path by path before writing it as a tree. Nothing of the repository's own index or work tree
/// is touched.
public final class MergeIndex {
    let pointer: OpaquePointer
    let repository: Repository

    init(pointer: OpaquePointer, repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }
    deinit { git_index_free(pointer) }

    public var conflicts: [MergeConflict] {
        get throws(GitError) {
            var iterator: OpaquePointer?
            try check(git_index_conflict_iterator_new(&iterator, pointer), "git_index_conflict_iterator_new")
            defer { git_index_conflict_iterator_free(iterator) }
            var out: [MergeConflict] = []
            func side(_ e: UnsafePointer<git_index_entry>?) -> ConflictSide? {
                guard let e, let p = e.pointee.path else { return nil }
                return ConflictSide(path: String(cString: p), id: ObjectID(e.pointee.id), mode: e.pointee.mode)
            }
            while true {
                var ancestor: UnsafePointer<git_index_entry>?, our: UnsafePointer<git_index_entry>?, their: UnsafePointer<git_index_entry>?
                let status = git_index_conflict_next(&ancestor, &our, &their, iterator)
                if status == GIT_ITEROVER.rawValue { git_error_clear(); break }
                try check(status, "git_index_conflict_next")
                out.append(MergeConflict(ancestor: side(ancestor), ours: side(our), theirs: side(their)))
            }
            return out
        }
    }

    /// Settles `path`: the blob to keep (regular file mode unless told), or nil to delete it.
    /// Conflict entries at other paths of the same conflict (renames) are removed by the caller.
    public func settle(_ path: String, blob: ObjectID?, mode: UInt32 = 0o100644) throws(GitError) {
        if hasConflict(path) {
            try check(git_index_conflict_remove(pointer, path), "git_index_conflict_remove")
        }
        if git_index_get_bypath(pointer, path, 0) != nil {
            try check(git_index_remove(pointer, path, 0), "git_index_remove")
        }
        guard let blob else { return }
        var entry = git_index_entry()
        entry.id = blob.raw
        entry.mode = mode
        let status = path.withCString { p -> Int32 in
            entry.path = p
            return git_index_add(pointer, &entry)
        }
        try check(status, "git_index_add")
    }

    func hasConflict(_ path: String) -> Bool {
        for stage: Int32 in 1...3 where git_index_get_bypath(pointer, path, stage) != nil { return true }
        return false
    }

    public var hasConflicts: Bool { git_index_has_conflicts(pointer) != 0 }

    /// Writes the settled index as a tree of the repository.
    public func writeTree() throws(GitError) -> ObjectID {
        var tree = git_oid()
        try check(git_index_write_tree_to(&tree, pointer, repository.pointer), "git_index_write_tree_to")
        return ObjectID(tree)
    }
}

extension Repository {
    /// Git's three-way merge of two commits in memory, with rename detection, left for the
    /// caller to settle.
    public func mergeIndex(ours: ObjectID, theirs: ObjectID) throws(GitError) -> MergeIndex {
        var ourRaw = ours.raw, theirRaw = theirs.raw
        var ourCommit: OpaquePointer?, theirCommit: OpaquePointer?
        try check(git_commit_lookup(&ourCommit, pointer, &ourRaw), "git_commit_lookup")
        defer { git_commit_free(ourCommit) }
        try check(git_commit_lookup(&theirCommit, pointer, &theirRaw), "git_commit_lookup")
        defer { git_commit_free(theirCommit) }
        var options = git_merge_options()
        try check(git_merge_options_init(&options, UInt32(GIT_MERGE_OPTIONS_VERSION)), "git_merge_options_init")
        options.flags = GIT_MERGE_FIND_RENAMES.rawValue
        var index: OpaquePointer?
        try check(git_merge_commits(&index, pointer, ourCommit, theirCommit, &options), "git_merge_commits")
        return MergeIndex(pointer: index!, repository: self)
    }
}
