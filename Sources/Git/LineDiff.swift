import CLibGit2

/// One hunk of a line diff between two versions of a file, 1-based as in a unified diff: an
/// insertion has `oldLines == 0` and goes after old line `oldStart`; a deletion has
/// `newLines == 0`.
public struct LineHunk: Sendable, Equatable {
    public let oldStart: Int
    public let oldLines: Int
    public let newStart: Int
    public let newLines: Int
}

/// How one version of a file follows from another, line by line.
public struct LineDiff: Sendable, Equatable {
    public let hunks: [LineHunk]
    /// Lines of the new version (a last line without a line feed counts).
    public let newLineCount: Int
}

extension Repository {
    /// The hunks that turn blob `old` into blob `new` (nil: no file), without context lines and
    /// with Git's default indent heuristic, as `git blame` diffs a file against its parent's
    /// version; nil when either side is binary or missing from the object database.
    public func lineDiff(from old: ObjectID?, to new: ObjectID?) throws(GitError) -> LineDiff? {
        var oldBlob: OpaquePointer?
        var newBlob: OpaquePointer?
        defer {
            git_blob_free(oldBlob)
            git_blob_free(newBlob)
        }
        if var raw = old?.raw, try !Repository.lookupBlob(&oldBlob, pointer, &raw) { return nil }
        if var raw = new?.raw, try !Repository.lookupBlob(&newBlob, pointer, &raw) { return nil }
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.context_lines = 0
        options.interhunk_lines = 0
        options.flags |= GIT_DIFF_INDENT_HEURISTIC.rawValue
        let patch = try Repository.patch(oldBlob, newBlob, path: nil, &options)
        let newLineCount = newBlob.map(Repository.lineCount) ?? 0
        guard let patch else { return LineDiff(hunks: [], newLineCount: newLineCount) }
        defer { git_patch_free(patch) }
        if let delta = git_patch_get_delta(patch), (delta.pointee.flags & GIT_DIFF_FLAG_BINARY.rawValue) != 0 { return nil }
        let count = git_patch_num_hunks(patch)
        var out: [LineHunk] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            var hunk: UnsafePointer<git_diff_hunk>?
            var lines = 0
            try check(git_patch_get_hunk(&hunk, &lines, patch, i), "git_patch_get_hunk")
            guard let h = hunk?.pointee else { continue }
            out.append(LineHunk(oldStart: Int(h.old_start), oldLines: Int(h.old_lines), newStart: Int(h.new_start), newLines: Int(h.new_lines)))
        }
        return LineDiff(hunks: out, newLineCount: newLineCount)
    }

    static func lineCount(_ blob: OpaquePointer) -> Int {
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return 0 }
        return lineCount(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// Lines of a file's bytes, as `git blame` numbers them (a last line without a line feed counts).
    public static func lineCount(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard let last = bytes.last else { return 0 }
        var lines = 0
        for b in bytes where b == 0x0A { lines += 1 }
        return last == 0x0A ? lines : lines + 1
    }
}
