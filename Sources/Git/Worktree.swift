import CLibGit2
import Foundation

/// An operation Git has started and not finished in a work tree (libgit2's repository state).
public enum RepositoryState: Sendable, Equatable {
    case none, merge, revert, cherryPick, bisect, rebase, applyMailbox
}

extension Repository {
    /// Opens the repository a `git` command run in `directory` with `environment` would use:
    /// `GIT_DIR` (the work tree is then `GIT_WORK_TREE`, `core.worktree`, or the current folder, as
    /// Git does), `GIT_WORK_TREE`, `GIT_INDEX_FILE`, `GIT_CEILING_DIRECTORIES`; otherwise the
    /// repository found by searching up from `directory`.
    /// libgit2 1.5 refuses `GIT_WORK_TREE` in its own environment mode ("unimplemented"), so the
    /// variables are applied here with `git_repository_set_workdir` and `git_repository_set_index`.
    public static func discover(from directory: String, environment: [String: String]) throws(GitError) -> Repository {
        _ = libgit2Initialised
        func absolute(_ path: String) -> String {
            path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
        }
        let repository: Repository
        if let dir = environment["GIT_DIR"], !dir.isEmpty {
            repository = try open(at: absolute(dir))
            if environment["GIT_WORK_TREE"] == nil, !repository.isBare, !repository.hasConfiguredWorktree {
                // Git: with GIT_DIR and no work tree named, the current folder is the work tree.
                try repository.setWorkdir(directory)
            }
        } else {
            var repo: OpaquePointer?
            let ceilings = environment["GIT_CEILING_DIRECTORIES"]
            try check(git_repository_open_ext(&repo, directory, 0, ceilings), "git_repository_open_ext")
            repository = Repository(pointer: repo!)
        }
        if let workTree = environment["GIT_WORK_TREE"], !workTree.isEmpty { try repository.setWorkdir(absolute(workTree)) }
        if let indexFile = environment["GIT_INDEX_FILE"], !indexFile.isEmpty {
            var index: OpaquePointer?
            try check(git_index_open(&index, absolute(indexFile)), "git_index_open")
            defer { git_index_free(index) }
            try check(git_repository_set_index(repository.pointer, index), "git_repository_set_index")
        }
        return repository
    }

    var isBare: Bool { git_repository_is_bare(pointer) == 1 }

    private var hasConfiguredWorktree: Bool {
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, pointer) == 0 else { git_error_clear(); return false }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        guard git_config_get_string(&value, config, "core.worktree") == 0 else { git_error_clear(); return false }
        return true
    }

    private func setWorkdir(_ path: String) throws(GitError) {
        try check(git_repository_set_workdir(pointer, path, 0), "git_repository_set_workdir")
    }

    /// The operation in progress in this work tree, if any.
    public var state: RepositoryState {
        switch git_repository_state(pointer) {
        case Int32(GIT_REPOSITORY_STATE_NONE.rawValue): return .none
        case Int32(GIT_REPOSITORY_STATE_MERGE.rawValue): return .merge
        case Int32(GIT_REPOSITORY_STATE_REVERT.rawValue), Int32(GIT_REPOSITORY_STATE_REVERT_SEQUENCE.rawValue): return .revert
        case Int32(GIT_REPOSITORY_STATE_CHERRYPICK.rawValue), Int32(GIT_REPOSITORY_STATE_CHERRYPICK_SEQUENCE.rawValue): return .cherryPick
        case Int32(GIT_REPOSITORY_STATE_BISECT.rawValue): return .bisect
        case Int32(GIT_REPOSITORY_STATE_APPLY_MAILBOX.rawValue): return .applyMailbox
        default: return .rebase
        }
    }

    /// A blob's content as a checkout writes it to the work tree at `path`: Git's filters applied
    /// (`core.autocrlf`, `.gitattributes` `eol`/`text`, `ident`), binary content left alone.
    public func worktreeContent(ofBlob id: ObjectID, path: String) throws(GitError) -> [UInt8] {
        var raw = id.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, pointer, &raw), "git_blob_lookup")
        defer { git_blob_free(blob) }
        if git_blob_is_binary(blob) == 1 {
            // libgit2 leaves the output empty for binary content rather than copying it.
            let size = Int(git_blob_rawsize(blob))
            guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
            return Array(UnsafeRawBufferPointer(start: content, count: size))
        }
        var options = git_blob_filter_options()
        try check(git_blob_filter_options_init(&options, UInt32(GIT_BLOB_FILTER_OPTIONS_VERSION)), "git_blob_filter_options_init")
        options.flags = GIT_BLOB_FILTER_CHECK_FOR_BINARY.rawValue
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        try check(git_blob_filter(&buffer, blob, path, &options), "git_blob_filter")
        guard buffer.size > 0, let bytes = buffer.ptr else { return [] }
        return Array(UnsafeRawBufferPointer(start: bytes, count: buffer.size))
    }
}

extension Index {
    /// The index file this index reads and writes (`GIT_INDEX_FILE` when set).
    public var path: String? { git_index_path(pointer).map { String(cString: $0) } }

    /// The blob id and file mode staged at `path` (stage 0), or nil.
    public func stagedEntry(_ path: String) -> (id: ObjectID, mode: UInt32)? {
        guard let entry = git_index_get_bypath(pointer, path, 0) else { return nil }
        return (ObjectID(entry.pointee.id), entry.pointee.mode)
    }
}

extension Index {
    /// Stages `id` with `mode` at `path`, with the stat data of the work-tree file there, as a
    /// checkout does: the entry names exactly the committed blob (whatever filters the file went
    /// through on its way out), and `git status` sees the file as unchanged.
    public func stage(path: String, id: ObjectID, mode: UInt32) throws(GitError) {
        guard let workdir = repository.workdir else { return }
        var info = stat()
        guard lstat(workdir + path, &info) == 0 else {
            throw GitError(code: .notFound, errorClass: 0, message: "\(path): no such file in the work tree", function: "lstat")
        }
        var entry = git_index_entry()
        entry.ctime = git_index_time(seconds: Int32(truncatingIfNeeded: info.st_ctim.tv_sec), nanoseconds: UInt32(truncatingIfNeeded: info.st_ctim.tv_nsec))
        entry.mtime = git_index_time(seconds: Int32(truncatingIfNeeded: info.st_mtim.tv_sec), nanoseconds: UInt32(truncatingIfNeeded: info.st_mtim.tv_nsec))
        entry.dev = UInt32(truncatingIfNeeded: info.st_dev)
        entry.ino = UInt32(truncatingIfNeeded: info.st_ino)
        entry.mode = mode
        entry.uid = info.st_uid
        entry.gid = info.st_gid
        entry.file_size = UInt32(truncatingIfNeeded: info.st_size)
        entry.id = id.raw
        let status = path.withCString { p in
            entry.path = p
            return git_index_add(pointer, &entry)
        }
        try check(status, "git_index_add")
    }
}
