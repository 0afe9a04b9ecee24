import CLibGit2

extension Repository {
    /// Work-tree and index paths that differ from HEAD (untracked files included), under
    /// `prefix`.
    public func changedWorktreePaths(under prefix: String) throws(GitError) -> [String] {
        var options = git_status_options()
        try check(git_status_options_init(&options, UInt32(GIT_STATUS_OPTIONS_VERSION)))
        options.show = GIT_STATUS_SHOW_INDEX_AND_WORKDIR
        options.flags = GIT_STATUS_OPT_INCLUDE_UNTRACKED.rawValue | GIT_STATUS_OPT_RECURSE_UNTRACKED_DIRS.rawValue
        var list: OpaquePointer?
        try check(git_status_list_new(&list, pointer, &options), "git_status_list_new")
        defer { git_status_list_free(list) }
        var out: [String] = []
        for i in 0..<git_status_list_entrycount(list) {
            guard let entry = git_status_byindex(list, i) else { continue }
            let delta = entry.pointee.index_to_workdir ?? entry.pointee.head_to_index
            guard let delta, let p = delta.pointee.new_file.path ?? delta.pointee.old_file.path else { continue }
            let path = String(cString: p)
            if path.hasPrefix(prefix) { out.append(path) }
        }
        return out.sorted()
    }
}
