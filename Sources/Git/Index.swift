import CLibGit2

/// A repository's index (staging area). Owns its `git_index` handle and keeps its repository alive.
public final class Index {
    let pointer: OpaquePointer
    let repository: Repository

    init(pointer: OpaquePointer, repository: Repository) {
        self.pointer = pointer
        self.repository = repository
    }
    deinit { git_index_free(pointer) }

    /// Re-reads the index file from disk, dropping any in-memory changes.
    public func reload() throws(GitError) {
        try check(git_index_read(pointer, 1))
    }

    /// The blob id staged at `path` (stage 0), or nil when the path is not in the index.
    public func stagedID(_ path: String) -> ObjectID? {
        guard let entry = git_index_get_bypath(pointer, path, 0) else { return nil }
        return ObjectID(entry.pointee.id)
    }

    /// True when `path` has merge-conflict entries.
    public func hasConflict(_ path: String) -> Bool {
        for stage: Int32 in 1...3 where git_index_get_bypath(pointer, path, stage) != nil {
            return true
        }
        return false
    }

    /// Stages the work-tree file at `path` (also refreshing its stat data).
    public func addFromWorktree(_ path: String) throws(GitError) {
        try check(git_index_add_bypath(pointer, path))
    }

    /// Removes `path` from the index.
    public func remove(_ path: String) throws(GitError) {
        try check(git_index_remove_bypath(pointer, path))
    }

    /// Writes the index back to disk (atomically, through `index.lock`).
    public func write() throws(GitError) {
        try check(git_index_write(pointer))
    }
}

/// The commits reachable from some tips, newest first; each commit once, merges included.
/// `next()` throws when libgit2 cannot go on (a missing or damaged object): a walk never ends
/// early without saying so.
public final class RevisionWalk {
    let pointer: OpaquePointer
    let repository: Repository

    init(repository: Repository, tips: [ObjectID], hiding: [ObjectID]) throws(GitError) {
        var walk: OpaquePointer?
        try check(git_revwalk_new(&walk, repository.pointer))
        pointer = walk!
        self.repository = repository
        // Both sort modes in one call: two calls would keep only the last.
        try check(git_revwalk_sorting(pointer, GIT_SORT_TOPOLOGICAL.rawValue | GIT_SORT_TIME.rawValue))
        for tip in tips {
            var raw = tip.raw
            try check(git_revwalk_push(pointer, &raw))
        }
        for hidden in hiding {
            var raw = hidden.raw
            try check(git_revwalk_hide(pointer, &raw))
        }
    }
    deinit { git_revwalk_free(pointer) }

    /// The next commit, or nil once every commit was listed.
    public func next() throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let result = git_revwalk_next(&oid, pointer)
        if result == GIT_ITEROVER.rawValue {
            git_error_clear()
            return nil
        }
        try check(result, "git_revwalk_next")
        return ObjectID(oid)
    }

    /// Every remaining commit, in walk order; throws like `next()`.
    public func all() throws(GitError) -> [ObjectID] {
        var ids: [ObjectID] = []
        while let id = try next() { ids.append(id) }
        return ids
    }
}
