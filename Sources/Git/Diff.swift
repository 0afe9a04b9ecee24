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
}

/// How to compare two trees.
public struct DiffScope: Sendable {
    /// Only paths under these prefixes (`planning/`), or every path when empty.
    public var pathPrefixes: [String]
    /// Count added and removed lines (loads both blobs of each file); false lists files only.
    public var countLines: Bool

    public init(pathPrefixes: [String] = [], countLines: Bool = true) {
        self.pathPrefixes = pathPrefixes
        self.countLines = countLines
    }
}

extension Repository {
    /// The files that differ from tree `old` (nil: the empty tree) to tree `new`, in path order.
    /// No rename detection (a rename is a deletion and an addition, as `git log --no-renames`
    /// shows it); submodules are skipped. Line counts ignore context, like `--numstat`.
    public func diff(from old: ObjectID?, to new: ObjectID, scope: DiffScope = DiffScope()) throws(GitError) -> [DiffFile] {
        var oldTree: OpaquePointer?
        var newTree: OpaquePointer?
        defer {
            git_tree_free(oldTree)
            git_tree_free(newTree)
        }
        if let old {
            var raw = old.raw
            try check(git_tree_lookup(&oldTree, pointer, &raw), "git_tree_lookup")
        }
        var newRaw = new.raw
        try check(git_tree_lookup(&newTree, pointer, &newRaw), "git_tree_lookup")

        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.flags = GIT_DIFF_IGNORE_SUBMODULES.rawValue | GIT_DIFF_DISABLE_PATHSPEC_MATCH.rawValue
        options.context_lines = 0
        options.interhunk_lines = 0
        options.ignore_submodules = GIT_SUBMODULE_IGNORE_ALL

        // Keep the pathspec strings alive for the duration of the call.
        let specs: [UnsafeMutablePointer<CChar>?] = scope.pathPrefixes.map { strdup($0) }
        defer { specs.forEach { free($0) } }
        var diff: OpaquePointer?
        let status = specs.withUnsafeBufferPointer { buffer -> Int32 in
            if !specs.isEmpty {
                options.pathspec = git_strarray(strings: UnsafeMutablePointer(mutating: buffer.baseAddress), count: buffer.count)
            }
            return git_diff_tree_to_tree(&diff, pointer, oldTree, newTree, &options)
        }
        try check(status, "git_diff_tree_to_tree")
        defer { git_diff_free(diff) }

        let count = git_diff_num_deltas(diff)
        var out: [DiffFile] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            guard let delta = git_diff_get_delta(diff, i)?.pointee else { continue }
            if delta.old_file.mode == UInt16(GIT_FILEMODE_COMMIT.rawValue) || delta.new_file.mode == UInt16(GIT_FILEMODE_COMMIT.rawValue) { continue }
            let kind: DiffFile.Status
            switch delta.status {
            case GIT_DELTA_ADDED: kind = .added
            case GIT_DELTA_DELETED: kind = .deleted
            case GIT_DELTA_TYPECHANGE: kind = .typeChanged
            default: kind = .modified
            }
            let oldID: ObjectID? = kind == .added ? nil : ObjectID(delta.old_file.id)
            let newID: ObjectID? = kind == .deleted ? nil : ObjectID(delta.new_file.id)
            let pathPointer = kind == .deleted ? delta.old_file.path : delta.new_file.path
            let path = pathPointer.map { String(cString: $0) } ?? ""
            var added = 0, removed = 0
            var binary = (delta.flags & GIT_DIFF_FLAG_BINARY.rawValue) != 0
            if scope.countLines {
                var patch: OpaquePointer?
                try check(git_patch_from_diff(&patch, diff, i), "git_patch_from_diff")
                if let patch {
                    defer { git_patch_free(patch) }
                    if let patched = git_patch_get_delta(patch), (patched.pointee.flags & GIT_DIFF_FLAG_BINARY.rawValue) != 0 {
                        binary = true
                    } else {
                        var adds = 0, dels = 0
                        try check(git_patch_line_stats(nil, &adds, &dels, patch), "git_patch_line_stats")
                        added = adds
                        removed = dels
                    }
                } else {
                    binary = true
                }
            }
            out.append(DiffFile(path: path, status: kind, oldBlob: oldID, newBlob: newID, added: added, removed: removed, isBinary: binary))
        }
        return out
    }
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
