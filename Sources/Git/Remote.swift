import CLibGit2
import Foundation

/// Read-only copies of other repositories: a bare repository used as a cache, filled by
/// fetching from a URL (`https://…`, `ssh://…`, `file://…` or a plain path). Nothing is ever
/// pushed, and the fetch goes through an anonymous remote, so the cache's configuration is not
/// touched either.
extension Repository {
    /// Opens the bare repository at `path`, or creates it (folders included) when there is none.
    public static func openOrCreateBare(at path: String) throws(GitError) -> Repository {
        _ = libgit2Initialised
        var repo: OpaquePointer?
        if FileManager.default.fileExists(atPath: path + "/HEAD") || FileManager.default.fileExists(atPath: path + "/objects") {
            try check(git_repository_open_ext(&repo, path, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue) | UInt32(GIT_REPOSITORY_OPEN_BARE.rawValue), nil), "git_repository_open_ext")
            return Repository(pointer: repo!)
        }
        var options = git_repository_init_options()
        try check(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)))
        options.flags = UInt32(GIT_REPOSITORY_INIT_MKPATH.rawValue) | UInt32(GIT_REPOSITORY_INIT_BARE.rawValue)
        try check(git_repository_init_ext(&repo, path, &options), "git_repository_init_ext")
        return Repository(pointer: repo!)
    }

    /// Fetches `refspecs` (for example `+refs/heads/*:refs/heads/*`) and every tag from `url`
    /// into this repository, pruning references the remote no longer has.
    public func fetch(from url: String, refspecs: [String]) throws(GitError) {
        try Certificates.load(for: self)
        var remote: OpaquePointer?
        try check(git_remote_create_anonymous(&remote, pointer, url), "git_remote_create_anonymous")
        defer { git_remote_free(remote) }
        var options = git_fetch_options()
        try check(git_fetch_options_init(&options, UInt32(GIT_FETCH_OPTIONS_VERSION)))
        options.download_tags = GIT_REMOTE_DOWNLOAD_TAGS_ALL
        options.prune = GIT_FETCH_PRUNE
        // The C strings live until the call returns.
        let copies: [UnsafeMutablePointer<CChar>?] = refspecs.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        var pointers = copies
        let status = pointers.withUnsafeMutableBufferPointer { buffer -> Int32 in
            var specs = git_strarray(strings: buffer.baseAddress, count: buffer.count)
            return git_remote_fetch(remote, &specs, &options, "jalon: fetch")
        }
        try check(status, "git_remote_fetch")
    }

    /// The branch HEAD of a bare repository names (`refs/heads/main`), even when unborn.
    public func setHead(_ reference: String) throws(GitError) {
        try check(git_repository_set_head(pointer, reference), "git_repository_set_head")
    }
}
