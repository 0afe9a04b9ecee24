import CLibGit2

/// A run of lines of a file that the same commit last changed, copied out of libgit2.
public struct BlameHunk: Sendable, Equatable {
    public let lines: Int
    /// The commit that last changed these lines.
    public let commit: ObjectID
}

extension Repository {
    /// Who last changed each line of `path` as it is in commit `at` (`git blame` through
    /// libgit2). Empty for a file that is not there.
    public func blame(path: String, at commit: ObjectID) throws(GitError) -> [BlameHunk] {
        var options = git_blame_options()
        try check(git_blame_options_init(&options, UInt32(GIT_BLAME_OPTIONS_VERSION)), "git_blame_options_init")
        options.newest_commit = commit.raw
        var blame: OpaquePointer?
        try check(git_blame_file(&blame, pointer, path, &options), "git_blame_file")
        defer { git_blame_free(blame) }
        let count = git_blame_get_hunk_count(blame)
        var out: [BlameHunk] = []
        out.reserveCapacity(Int(count))
        for i in 0..<count {
            guard let hunk = git_blame_get_hunk_byindex(blame, i)?.pointee else { continue }
            out.append(BlameHunk(lines: hunk.lines_in_hunk, commit: ObjectID(hunk.final_commit_id)))
        }
        return out
    }
}
