import CLibGit2
import Foundation

/// One file that differs between two trees, with its line counts, copied out of libgit2.
public struct DiffFile: Sendable, Equatable {
    public enum Status: Sendable, Equatable { case added, deleted, modified, typeChanged }

    /// The path in the new tree (the old one for a deletion), slash-separated.
    public let path: String
    public let status: Status
    /// The blob on each side; nil when the file is absent on that side.
    public let oldBlob: ObjectID?
    public let newBlob: ObjectID?
    public let added: Int
    public let removed: Int
    /// True when libgit2 found binary content (a NUL byte near the start), as `git diff` does.
    public let isBinary: Bool
    /// A blob on one side is missing from the object database (a partial clone, a damaged
    /// pack): the line counts are unknown (0 here).
    public var unreadable = false
    /// The bytes of each side, when the caller of `changes(from:to:keepingContentOf:)` asked
    /// for this path's (the blobs are read once for the line counts; nil otherwise).
    public var oldContent: [UInt8]? = nil
    public var newContent: [UInt8]? = nil
}

extension Repository {
    /// Opens the object database and references of the repository whose Git folder (or common
    /// folder) is `path`, as a bare repository: no work tree, so reading history never looks at
    /// work-tree files (`.gitattributes` in every folder, file stats), which is much faster for
    /// diffs of many commits. For readers only.
    public static func openForReading(gitDirectory path: String) throws(GitError) -> Repository {
        _ = libgit2Initialised
        var repo: OpaquePointer?
        try check(git_repository_open_bare(&repo, path), "git_repository_open_bare")
        return Repository(pointer: repo!)
    }
}
