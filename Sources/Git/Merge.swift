import CLibGit2

/// What merging another commit into ours comes to, computed in memory (no work tree, no index
/// of the repository is touched).
public enum MergeOutcome: Sendable, Equatable {
    /// The merged tree, ready to commit with two parents.
    case clean(tree: ObjectID)
    /// Paths both sides changed in ways Git cannot combine.
    case conflicts([String])
}

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

    /// Merges `theirs` into `ours` in memory (`git_merge_commits`, Git's own three-way merge
    /// with rename detection): the merged tree, or the paths in conflict.
    public func mergeCommits(ours: ObjectID, theirs: ObjectID) throws(GitError) -> MergeOutcome {
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
        defer { git_index_free(index) }
        if git_index_has_conflicts(index) != 0 {
            var iterator: OpaquePointer?
            try check(git_index_conflict_iterator_new(&iterator, index), "git_index_conflict_iterator_new")
            defer { git_index_conflict_iterator_free(iterator) }
            var paths: [String] = []
            while true {
                var ancestor: UnsafePointer<git_index_entry>?, our: UnsafePointer<git_index_entry>?, their: UnsafePointer<git_index_entry>?
                let status = git_index_conflict_next(&ancestor, &our, &their, iterator)
                if status == GIT_ITEROVER.rawValue { git_error_clear(); break }
                try check(status, "git_index_conflict_next")
                for entry in [our, their, ancestor] {
                    if let entry, let p = entry.pointee.path {
                        let path = String(cString: p)
                        if !paths.contains(path) { paths.append(path) }
                        break
                    }
                }
            }
            return .conflicts(paths.sorted())
        }
        var tree = git_oid()
        try check(git_index_write_tree_to(&tree, index, pointer), "git_index_write_tree_to")
        return .clean(tree: ObjectID(tree))
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
