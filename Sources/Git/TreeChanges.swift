import CLibGit2
import Foundation

extension Repository {
    /// The files that differ from tree `old` (nil: the empty tree) to tree `new`, found by
    /// comparing the trees' sorted entries directly and descending only
    /// into subtrees whose ids differ — no path is built for an unchanged entry, which makes it
    /// several times faster on folders of thousands of files (a board's `tasks/`). Paths under
    /// `prefixes` only, when given. Line counts through `git_patch_from_blobs`, like `--numstat`;
    /// the files whose path `keepingContentOf` accepts also carry both sides' bytes, read once.
    public func changes(from old: ObjectID?, to new: ObjectID, countLines: Bool = true, prefixes: [String] = [],
                        keepingContentOf keep: ((String) -> Bool)? = nil) throws(GitError) -> [DiffFile] {
        var pending: [(path: String, old: ObjectID?, new: ObjectID?)] = []
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
        try compareTrees(oldTree, newTree, base: "", prefixes: prefixes, into: &pending)

        var out: [DiffFile] = []
        out.reserveCapacity(pending.count)
        var options = git_diff_options()
        try check(git_diff_options_init(&options, UInt32(GIT_DIFF_OPTIONS_VERSION)), "git_diff_options_init")
        options.context_lines = 0
        options.interhunk_lines = 0
        // Without an attributes file that could apply, libgit2's attribute lookup for every file
        // only costs two file-system calls: the patch is then made from the bytes alone.
        let withPaths = attributeFilesExist
        for change in pending {
            let status: DiffFile.Status = change.old == nil ? .added : change.new == nil ? .deleted : .modified
            guard countLines else {
                out.append(DiffFile(path: change.path, status: status, oldBlob: change.old, newBlob: change.new, added: 0, removed: 0, isBinary: false))
                continue
            }
            var oldBlob: OpaquePointer?
            var newBlob: OpaquePointer?
            defer {
                git_blob_free(newBlob)
                if let oldBlob, let id = change.old { keepOldSide(oldBlob, id, path: change.path) }
            }
            // A missing blob (partial clone, damaged pack) leaves this file's lines unknown; it
            // never makes the whole comparison fail.
            var missing = false
            if let id = change.old { missing = try loadBlob(&oldBlob, id, path: change.path) == false }
            if let id = change.new, !missing { missing = try loadBlob(&newBlob, id, path: change.path) == false }
            if missing {
                var file = DiffFile(path: change.path, status: status, oldBlob: change.old, newBlob: change.new, added: 0, removed: 0, isBinary: false)
                file.unreadable = true
                out.append(file)
                continue
            }
            let patch = try Repository.patch(oldBlob, newBlob, path: withPaths ? change.path : nil, &options)
            var added = 0, removed = 0, binary = false
            if let patch {
                defer { git_patch_free(patch) }
                if let delta = git_patch_get_delta(patch), (delta.pointee.flags & GIT_DIFF_FLAG_BINARY.rawValue) != 0 {
                    binary = true
                } else {
                    try check(git_patch_line_stats(nil, &added, &removed, patch), "git_patch_line_stats")
                }
            }
            var file = DiffFile(path: change.path, status: status, oldBlob: change.old, newBlob: change.new, added: added, removed: removed, isBinary: binary)
            if let keep, keep(change.path) {
                file.oldContent = oldBlob.map(Repository.bytes)
                file.newContent = newBlob.map(Repository.bytes)
            }
            out.append(file)
        }
        return out
    }

    /// True when a file outside the trees could give a path diff attributes (`binary`, `-diff`,
    /// `diff=driver`): `info/attributes`, the system `gitattributes`, `core.attributesFile` or the
    /// user's XDG `git/attributes`. (A work tree's `.gitattributes` does not count: the history
    /// readers open the repository bare.) Checked once for each handle.
    var attributeFilesExist: Bool {
        if let known = attributeFilesMemo { return known }
        let found = lookForAttributeFiles()
        attributeFilesMemo = found
        return found
    }

    private func lookForAttributeFiles() -> Bool {
        let fm = FileManager.default
        if fm.fileExists(atPath: (commonDirectory as NSString).appendingPathComponent("info/attributes"))
            || fm.fileExists(atPath: (gitDirectory as NSString).appendingPathComponent("info/attributes"))
            || fm.fileExists(atPath: "/etc/gitattributes") {
            return true
        }
        let env = ProcessInfo.processInfo.environment
        let xdg = env["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? env["HOME"].map { ($0 as NSString).appendingPathComponent(".config") }
        if let xdg, fm.fileExists(atPath: (xdg as NSString).appendingPathComponent("git/attributes")) { return true }
        var config: OpaquePointer?
        guard git_repository_config_snapshot(&config, pointer) == 0 else { git_error_clear(); return true }
        defer { git_config_free(config) }
        var value: UnsafePointer<CChar>?
        if git_config_get_string(&value, config, "core.attributesFile") == 0 { return true }
        git_error_clear()
        return false
    }

    /// A loaded blob's bytes, copied out of libgit2.
    static func bytes(_ blob: OpaquePointer) -> [UInt8] {
        let size = Int(git_blob_rawsize(blob))
        guard size > 0, let content = git_blob_rawcontent(blob) else { return [] }
        return Array(UnsafeRawBufferPointer(start: content, count: size))
    }

    /// The patch between two loaded blobs (nil: no file on that side). With `path`, libgit2 looks
    /// the path's diff attributes up (`binary`, `-diff`); without, the patch is made from the
    /// bytes alone: an empty path makes libgit2 take its default driver without looking for any
    /// attribute file (a nil one would be looked up as "file"), and blobs, unlike buffers
    /// (`git_patch_from_buffers`), are not hashed again to name each side (SHA-1 of every
    /// version diffed: a tenth of a cold history report). Binary detection by content is the
    /// same either way.
    static func patch(_ old: OpaquePointer?, _ new: OpaquePointer?, path: String?, _ options: inout git_diff_options) throws(GitError) -> OpaquePointer? {
        var patch: OpaquePointer?
        let name = path ?? ""
        try check(git_patch_from_blobs(&patch, old, name, new, name, &options), "git_patch_from_blobs")
        return patch
    }

    /// Blobs up to this size are kept by `keepOldSide`.
    static let keptBlobBytes = 256 * 1024

    /// Keeps `object` (a blob, or a folder's tree), just read as the old side of `path`, in
    /// place of the one kept before: history read newest first diffs that same version again
    /// as the new side of the next older commit that changed the path, which then takes it
    /// instead of reading and inflating it again (libgit2 caches no blob, and no tree over
    /// 4 KiB: a board's `tasks/`). One object a path, freed with the handle.
    private func keepOldSide(_ object: OpaquePointer, _ id: ObjectID, path: String) {
        if git_object_type(object) == GIT_OBJECT_BLOB && git_blob_rawsize(object) > Repository.keptBlobBytes {
            git_object_free(object)
            return
        }
        if let before = keptOldSides.updateValue((id, object), forKey: path) { git_object_free(before.object) }
    }

    /// The object kept for `path` when it is version `id` (the caller then owns it), else nil.
    private func takeKept(_ id: ObjectID, path: String) -> OpaquePointer? {
        guard let kept = keptOldSides[path], kept.id == id else { return nil }
        keptOldSides[path] = nil
        return kept.object
    }

    /// The blob `id` of `path`, kept or looked up; false when it is not in the object database.
    private func loadBlob(_ blob: inout OpaquePointer?, _ id: ObjectID, path: String) throws(GitError) -> Bool {
        if let kept = takeKept(id, path: path) {
            blob = kept
            return true
        }
        var raw = id.raw
        return try Repository.lookupBlob(&blob, pointer, &raw)
    }

    /// The tree `id` of the folder `path` (ending with `/`), kept or looked up.
    private func loadTree(_ id: UnsafePointer<git_oid>, path: String) throws(GitError) -> OpaquePointer? {
        if let kept = takeKept(ObjectID(id), path: path) { return kept }
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, pointer, id), "git_tree_lookup")
        return tree
    }

    /// Looks a blob up; false when it is not in the object database.
    static func lookupBlob(_ blob: inout OpaquePointer?, _ repo: OpaquePointer, _ raw: inout git_oid) throws(GitError) -> Bool {
        let result = git_blob_lookup(&blob, repo, &raw)
        if result == GIT_ENOTFOUND.rawValue { git_error_clear(); return false }
        try check(result, "git_blob_lookup")
        return true
    }

    private static let treeMode = UInt32(GIT_FILEMODE_TREE.rawValue)
    private static let commitMode = UInt32(GIT_FILEMODE_COMMIT.rawValue)

    /// Walks two sorted entry lists side by side, in Git's tree order (a folder sorts as its
    /// name followed by `/`).
    private func compareTrees(_ a: OpaquePointer?, _ b: OpaquePointer?, base: String, prefixes: [String],
                              into out: inout [(path: String, old: ObjectID?, new: ObjectID?)]) throws(GitError) {
        let countA = a.map { git_tree_entrycount($0) } ?? 0
        let countB = b.map { git_tree_entrycount($0) } ?? 0
        var i = 0, j = 0
        while i < countA || j < countB {
            let ea = i < countA ? git_tree_entry_byindex(a, i) : nil
            let eb = j < countB ? git_tree_entry_byindex(b, j) : nil
            let order: Int32
            if let ea, let eb {
                order = Repository.compareEntries(ea, eb)
            } else {
                order = ea != nil ? -1 : 1
            }
            if order < 0 {
                try side(ea!, base: base, prefixes: prefixes, removed: true, into: &out)
                i += 1
            } else if order > 0 {
                try side(eb!, base: base, prefixes: prefixes, removed: false, into: &out)
                j += 1
            } else {
                let ma = git_tree_entry_filemode(ea!).rawValue, mb = git_tree_entry_filemode(eb!).rawValue
                let same = git_oid_equal(git_tree_entry_id(ea!), git_tree_entry_id(eb!)) == 1 && ma == mb
                if !same {
                    let treeA = ma == Repository.treeMode, treeB = mb == Repository.treeMode
                    if treeA && treeB {
                        let name = base + String(cString: git_tree_entry_name(ea!)) + "/"
                        if Repository.wanted(name, prefixes) {
                            try withSubtrees(ea!, eb!, path: name) { (sa, sb) throws(GitError) in try compareTrees(sa, sb, base: name, prefixes: prefixes, into: &out) }
                        }
                    } else if !treeA && !treeB {
                        if ma != Repository.commitMode && mb != Repository.commitMode {
                            let path = base + String(cString: git_tree_entry_name(ea!))
                            if Repository.wanted(path, prefixes) {
                                out.append((path, ObjectID(git_tree_entry_id(ea!)), ObjectID(git_tree_entry_id(eb!))))
                            }
                        }
                    } else {
                        try side(ea!, base: base, prefixes: prefixes, removed: true, into: &out)
                        try side(eb!, base: base, prefixes: prefixes, removed: false, into: &out)
                    }
                }
                i += 1
                j += 1
            }
        }
    }

    /// An entry present on one side only: a file added or removed, or every file of a folder.
    private func side(_ entry: OpaquePointer, base: String, prefixes: [String], removed: Bool,
                      into out: inout [(path: String, old: ObjectID?, new: ObjectID?)]) throws(GitError) {
        let mode = git_tree_entry_filemode(entry).rawValue
        if mode == Repository.commitMode { return }
        let name = base + String(cString: git_tree_entry_name(entry))
        if mode == Repository.treeMode {
            guard Repository.wanted(name + "/", prefixes) else { return }
            var sub: OpaquePointer?
            try check(git_tree_lookup(&sub, pointer, git_tree_entry_id(entry)), "git_tree_lookup")
            defer { git_tree_free(sub) }
            try compareTrees(removed ? sub : nil, removed ? nil : sub, base: name + "/", prefixes: prefixes, into: &out)
        } else if Repository.wanted(name, prefixes) {
            let id = ObjectID(git_tree_entry_id(entry))
            out.append((name, removed ? id : nil, removed ? nil : id))
        }
    }

    /// The trees of folder `path` on both sides; the old one is kept afterwards (`keepOldSide`).
    private func withSubtrees(_ a: OpaquePointer, _ b: OpaquePointer, path: String, _ body: (OpaquePointer?, OpaquePointer?) throws(GitError) -> Void) throws(GitError) {
        var sa: OpaquePointer?
        var sb: OpaquePointer?
        defer {
            git_tree_free(sb)
            if let sa { keepOldSide(sa, ObjectID(git_tree_entry_id(a)), path: path) }
        }
        sa = try loadTree(git_tree_entry_id(a), path: path)
        sb = try loadTree(git_tree_entry_id(b), path: path)
        try body(sa, sb)
    }

    /// True when `path` (a file, or a folder ending with `/`) is under one of `prefixes`, or a
    /// folder that leads to one of them.
    private static func wanted(_ path: String, _ prefixes: [String]) -> Bool {
        prefixes.isEmpty || prefixes.contains { path.hasPrefix($0) || (path.hasSuffix("/") && $0.hasPrefix(path)) }
    }

    /// Git's tree order: byte order of the names, a folder's name followed by `/`.
    private static func compareEntries(_ a: OpaquePointer, _ b: OpaquePointer) -> Int32 {
        let na = git_tree_entry_name(a)!, nb = git_tree_entry_name(b)!
        let la = strlen(na), lb = strlen(nb)
        let common = min(la, lb)
        let c = memcmp(na, nb, common)
        if c != 0 { return c }
        let ca: UInt8 = la > common ? UInt8(bitPattern: na[common]) : (git_tree_entry_filemode(a).rawValue == treeMode ? UInt8(ascii: "/") : 0)
        let cb: UInt8 = lb > common ? UInt8(bitPattern: nb[common]) : (git_tree_entry_filemode(b).rawValue == treeMode ? UInt8(ascii: "/") : 0)
        if ca == cb {
            // Same name, one a folder and the other a file: the same path, compared as such.
            return la == lb ? 0 : (la < lb ? -1 : 1)
        }
        return ca < cb ? -1 : 1
    }
}
