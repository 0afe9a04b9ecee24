import CLibGit2
import Foundation

/// An open Git repository. Owns its `git_repository` handle.
public final class Repository: @unchecked Sendable {
    let pointer: OpaquePointer
    /// `attributeFilesExist`, once known (a handle is used by one thread at a time).
    var attributeFilesMemo: Bool?
    /// `changes` keeps the blob or tree it read as a path's old side, loaded (`keepOldSide`).
    var keptOldSides: [String: (id: ObjectID, object: OpaquePointer)] = [:]

    init(pointer: OpaquePointer) { self.pointer = pointer }
    deinit {
        for kept in keptOldSides.values { git_object_free(kept.object) }
        git_repository_free(pointer)
    }

    /// Opens the repository that contains `path`, searching parent folders as `git` does.
    public static func discover(from path: String) throws(GitError) -> Repository {
        _ = libgit2Initialised
        var repo: OpaquePointer?
        try check(git_repository_open_ext(&repo, path, 0, nil))
        return Repository(pointer: repo!)
    }

    /// Opens exactly the repository at `path` (a work tree or a `.git` folder).
    public static func open(at path: String) throws(GitError) -> Repository {
        _ = libgit2Initialised
        var repo: OpaquePointer?
        try check(git_repository_open_ext(&repo, path, UInt32(GIT_REPOSITORY_OPEN_NO_SEARCH.rawValue), nil))
        return Repository(pointer: repo!)
    }

    /// Creates a new repository with a work tree at `path`.
    public static func create(at path: String, initialBranch: String = "main") throws(GitError) -> Repository {
        _ = libgit2Initialised
        var options = git_repository_init_options()
        try check(git_repository_init_options_init(&options, UInt32(GIT_REPOSITORY_INIT_OPTIONS_VERSION)))
        options.flags = UInt32(GIT_REPOSITORY_INIT_MKPATH.rawValue)
        var repo: OpaquePointer?
        let status = initialBranch.withCString { branch in
            options.initial_head = branch
            return git_repository_init_ext(&repo, path, &options)
        }
        try check(status, "git_repository_init_ext")
        return Repository(pointer: repo!)
    }

    /// The work tree folder, with a trailing slash; nil for a bare repository.
    public var workdir: String? {
        git_repository_workdir(pointer).map { String(cString: $0) }
    }

    /// The `.git` folder of this work tree.
    public var gitDirectory: String { String(cString: git_repository_path(pointer)) }

    /// The folder shared by all work trees (where refs and objects live).
    public var commonDirectory: String { String(cString: git_repository_commondir(pointer)) }

    // MARK: References

    /// The branch HEAD points to (`refs/heads/NAME`), also when it is unborn; nil when detached.
    public func headReferenceName() throws(GitError) -> String? {
        var ref: OpaquePointer?
        try check(git_reference_lookup(&ref, pointer, "HEAD"))
        defer { git_reference_free(ref) }
        guard git_reference_type(ref) == GIT_REFERENCE_SYMBOLIC else { return nil }
        return String(cString: git_reference_symbolic_target(ref))
    }

    /// The commit a reference resolves to, or nil if it does not exist (an unborn branch).
    public func resolve(_ name: String) throws(GitError) -> ObjectID? {
        var oid = git_oid()
        let result = git_reference_name_to_id(&oid, pointer, name)
        if result == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(result)
        return ObjectID(oid)
    }

    /// Moves `name` to `target` only if it still points to `expected` (nil: only if it does not
    /// exist yet). Throws `.modified` (or `.exists`) when another writer got there first.
    public func compareAndSwapReference(_ name: String, to target: ObjectID, expected: ObjectID?, message: String) throws(GitError) {
        var out: OpaquePointer?
        var newID = target.raw
        if let expected {
            var oldID = expected.raw
            let result = git_reference_create_matching(&out, pointer, name, &newID, 1, &oldID, message)
            // libgit2 reports a missing reference as not found; to the caller it is a lost race.
            if result == GIT_ENOTFOUND.rawValue {
                git_error_clear()
                throw GitError(code: .modified, errorClass: 0, message: "reference \(name) vanished", function: "git_reference_create_matching")
            }
            try check(result, "git_reference_create_matching")
        } else {
            try check(git_reference_create(&out, pointer, name, &newID, 0, message), "git_reference_create")
        }
        git_reference_free(out)
    }

    /// Creates or moves a reference unconditionally.
    public func setReference(_ name: String, to target: ObjectID, message: String) throws(GitError) {
        var out: OpaquePointer?
        var newID = target.raw
        try check(git_reference_create(&out, pointer, name, &newID, 1, message))
        git_reference_free(out)
    }

    /// All references whose names match a glob such as `refs/remotes/*`, with the object they point to.
    public func references(matching glob: String) throws(GitError) -> [(name: String, target: ObjectID)] {
        var iterator: OpaquePointer?
        try check(git_reference_iterator_glob_new(&iterator, pointer, glob))
        defer { git_reference_iterator_free(iterator) }
        var result: [(String, ObjectID)] = []
        while true {
            var ref: OpaquePointer?
            let status = git_reference_next(&ref, iterator)
            if status == GIT_ITEROVER.rawValue { git_error_clear(); break }
            try check(status)
            defer { git_reference_free(ref) }
            var resolved: OpaquePointer?
            guard git_reference_resolve(&resolved, ref) == 0, let target = git_reference_target(resolved) else {
                git_error_clear()
                continue
            }
            result.append((String(cString: git_reference_name(ref)), ObjectID(target)))
            git_reference_free(resolved)
        }
        return result
    }

    // MARK: Objects

    /// Reads a commit's fields into a value and frees the libgit2 object at once.
    public func commit(_ id: ObjectID) throws(GitError) -> Commit {
        var raw = id.raw
        var commit: OpaquePointer?
        try check(git_commit_lookup(&commit, pointer, &raw))
        defer { git_commit_free(commit) }
        var parents: [ObjectID] = []
        let count = git_commit_parentcount(commit)
        for i in 0..<count {
            parents.append(ObjectID(git_commit_parent_id(commit, i)))
        }
        return Commit(
            id: id,
            tree: ObjectID(git_commit_tree_id(commit)),
            parents: parents,
            author: Signature(git_commit_author(commit)),
            committer: Signature(git_commit_committer(commit)),
            message: git_commit_message(commit).map { String(cString: $0) } ?? "",
            signature: Repository.signatureFormat(commit)
        )
    }

    /// The format of the signature a commit carries in its `gpgsig` header (GPG, SSH or X.509),
    /// nil when it is not signed. Read from the parsed commit (`git_commit_header_field`, the
    /// same header `git_commit_extract_signature` returns); the signature is not verified.
    private static func signatureFormat(_ commit: OpaquePointer?) -> SignatureFormat? {
        var buffer = git_buf()
        defer { git_buf_dispose(&buffer) }
        guard git_commit_header_field(&buffer, commit, "gpgsig") == 0, let text = buffer.ptr else {
            git_error_clear()
            return nil
        }
        let head = String(cString: text).prefix(64)
        if head.contains("BEGIN PGP SIGNATURE") { return .gpg }
        if head.contains("BEGIN SSH SIGNATURE") { return .ssh }
        if head.contains("BEGIN SIGNED MESSAGE") || head.contains("BEGIN CERTIFICATE") { return .x509 }
        return .other
    }

    /// The entry at `path` (slash-separated) in a tree, or nil when there is none.
    public func entry(in tree: ObjectID, path: String) throws(GitError) -> TreeEntry? {
        if path.isEmpty { return TreeEntry(name: "", id: tree, kind: .tree, fileMode: 0o040000) }
        return try withTree(tree) { (treePointer) throws(GitError) -> TreeEntry? in
            var entry: OpaquePointer?
            let result = git_tree_entry_bypath(&entry, treePointer, path)
            if result == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
            try check(result, "git_tree_entry_bypath")
            defer { git_tree_entry_free(entry) }
            return TreeEntry(entry!)
        }
    }

    /// The entries directly inside the tree `tree` (not recursive).
    public func entries(of tree: ObjectID) throws(GitError) -> [TreeEntry] {
        try withTree(tree) { treePointer in
            let count = git_tree_entrycount(treePointer)
            var result: [TreeEntry] = []
            result.reserveCapacity(count)
            for i in 0..<count {
                result.append(TreeEntry(git_tree_entry_byindex(treePointer, i)!))
            }
            return result
        }
    }

    private func withTree<T>(_ id: ObjectID, _ body: (OpaquePointer) throws(GitError) -> T) throws(GitError) -> T {
        var raw = id.raw
        var tree: OpaquePointer?
        try check(git_tree_lookup(&tree, pointer, &raw), "git_tree_lookup")
        defer { git_tree_free(tree) }
        return try body(tree!)
    }

    /// The bytes of a blob.
    public func blob(_ id: ObjectID) throws(GitError) -> [UInt8] {
        var raw = id.raw
        var blob: OpaquePointer?
        try check(git_blob_lookup(&blob, pointer, &raw))
        defer { git_blob_free(blob) }
        return Repository.bytes(blob!)
    }

    /// Stores bytes as a blob and returns its id.
    public func writeBlob(_ data: [UInt8]) throws(GitError) -> ObjectID {
        var oid = git_oid()
        let status = data.withUnsafeBytes { buffer in
            git_blob_create_from_buffer(&oid, pointer, buffer.baseAddress, buffer.count)
        }
        try check(status, "git_blob_create_from_buffer")
        return ObjectID(oid)
    }

    /// The id the work-tree file at `path` (relative to the work tree) would have as a blob,
    /// with Git's filters applied; nil when there is no such file.
    public func hashWorktreeFile(_ path: String) throws(GitError) -> ObjectID? {
        guard let workdir else { return nil }
        let full = workdir + path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue else { return nil }
        var oid = git_oid()
        try check(git_repository_hashfile(&oid, pointer, full, GIT_OBJECT_BLOB, path))
        return ObjectID(oid)
    }

    /// A new tree: `base` (or the empty tree) with `changes` applied. Only the changed paths'
    /// subtrees are rewritten.
    public func updatedTree(base: ObjectID?, changes: [TreeChange]) throws(GitError) -> ObjectID {
        guard let baseID = base else { return try treeFromScratch(changes) }
        guard !changes.isEmpty else { return baseID }
        return try withTree(baseID) { (treePointer) throws(GitError) -> ObjectID in
            // Keep the path strings alive for the duration of the call.
            let paths: [UnsafeMutablePointer<CChar>] = changes.map { strdup($0.path)! }
            defer { paths.forEach { free($0) } }
            var updates = [git_tree_update]()
            for (i, change) in changes.enumerated() {
                var update = git_tree_update()
                update.path = UnsafePointer(paths[i])
                switch change {
                case .upsert(_, let id, let executable):
                    update.action = GIT_TREE_UPDATE_UPSERT
                    update.id = id.raw
                    update.filemode = executable ? GIT_FILEMODE_BLOB_EXECUTABLE : GIT_FILEMODE_BLOB
                case .remove:
                    update.action = GIT_TREE_UPDATE_REMOVE
                }
                updates.append(update)
            }
            var oid = git_oid()
            try check(git_tree_create_updated(&oid, pointer, treePointer, updates.count, &updates), "git_tree_create_updated")
            return ObjectID(oid)
        }
    }

    /// A tree holding only the upserted files of `changes`, built in an in-memory index so no
    /// empty tree is left dangling in the object database.
    private func treeFromScratch(_ changes: [TreeChange]) throws(GitError) -> ObjectID {
        var index: OpaquePointer?
        try check(git_index_new(&index), "git_index_new")
        defer { git_index_free(index) }
        for case let .upsert(path, blob, executable) in changes {
            var entry = git_index_entry()
            entry.mode = executable ? GIT_FILEMODE_BLOB_EXECUTABLE.rawValue : GIT_FILEMODE_BLOB.rawValue
            entry.id = blob.raw
            let status = path.withCString { p in
                entry.path = p
                return git_index_add(index, &entry)
            }
            try check(status, "git_index_add")
        }
        var oid = git_oid()
        try check(git_index_write_tree_to(&oid, index, pointer), "git_index_write_tree_to")
        return ObjectID(oid)
    }

    /// Writes a commit object without moving any reference.
    public func createCommit(tree: ObjectID, parents: [ObjectID], author: Signature, committer: Signature, message: String) throws(GitError) -> ObjectID {
        var treeRaw = tree.raw
        var treeObject: OpaquePointer?
        try check(git_tree_lookup(&treeObject, pointer, &treeRaw))
        defer { git_tree_free(treeObject) }
        var parentObjects: [OpaquePointer?] = []
        defer { parentObjects.forEach { git_commit_free($0) } }
        for parent in parents {
            var raw = parent.raw
            var object: OpaquePointer?
            try check(git_commit_lookup(&object, pointer, &raw))
            parentObjects.append(object)
        }
        var oid = git_oid()
        try author.withRaw { (authorRaw) throws(GitError) in
            try committer.withRaw { (committerRaw) throws(GitError) in
                let status = parentObjects.withUnsafeMutableBufferPointer { buffer in
                    git_commit_create(&oid, pointer, nil, authorRaw, committerRaw, "UTF-8", message, treeObject, buffer.count, buffer.baseAddress)
                }
                try check(status, "git_commit_create")
            }
        }
        return ObjectID(oid)
    }

    /// Creates an annotated tag object named `name` on `target` and the reference `refs/tags/NAME`.
    /// Fails with `.exists` when the tag exists already.
    public func createAnnotatedTag(name: String, target: ObjectID, tagger: Signature, message: String) throws(GitError) -> ObjectID {
        var raw = target.raw
        var object: OpaquePointer?
        try check(git_object_lookup(&object, pointer, &raw, GIT_OBJECT_COMMIT))
        defer { git_object_free(object) }
        var oid = git_oid()
        try tagger.withRaw { (sig) throws(GitError) -> Void in
            try check(git_tag_create(&oid, pointer, name, object, sig, message, 0), "git_tag_create")
        }
        return ObjectID(oid)
    }

    /// An annotated tag's fields, or nil when `id` is not a tag object.
    public func tag(_ id: ObjectID) -> Tag? {
        var raw = id.raw
        var tag: OpaquePointer?
        guard git_tag_lookup(&tag, pointer, &raw) == 0 else {
            git_error_clear()
            return nil
        }
        defer { git_tag_free(tag) }
        return Tag(
            id: id,
            name: String(cString: git_tag_name(tag)),
            target: ObjectID(git_tag_target_id(tag)),
            tagger: git_tag_tagger(tag).map { Signature($0) },
            message: git_tag_message(tag).map { String(cString: $0) } ?? "")
    }

    /// The commit a reference finally points to, peeling annotated tags.
    public func peelToCommit(_ name: String) throws(GitError) -> ObjectID? {
        var ref: OpaquePointer?
        let found = git_reference_lookup(&ref, pointer, name)
        if found == GIT_ENOTFOUND.rawValue { git_error_clear(); return nil }
        try check(found, "git_reference_lookup")
        defer { git_reference_free(ref) }
        var object: OpaquePointer?
        try check(git_reference_peel(&object, ref, GIT_OBJECT_COMMIT), "git_reference_peel")
        defer { git_object_free(object) }
        return ObjectID(git_object_id(object))
    }

    /// The work tree (of this repository or one of its linked work trees) that has `reference`
    /// checked out, or nil when none has.
    public func worktreePath(checkingOut reference: String) -> String? {
        var ref: OpaquePointer?
        guard git_reference_lookup(&ref, pointer, reference) == 0 else { git_error_clear(); return nil }
        defer { git_reference_free(ref) }
        guard git_branch_is_checked_out(ref) == 1 else { git_error_clear(); return nil }
        func headOf(_ repo: OpaquePointer) -> String? {
            var head: OpaquePointer?
            guard git_reference_lookup(&head, repo, "HEAD") == 0 else { git_error_clear(); return nil }
            defer { git_reference_free(head) }
            guard git_reference_type(head) == GIT_REFERENCE_SYMBOLIC else { return nil }
            return String(cString: git_reference_symbolic_target(head))
        }
        // The main work tree.
        var main: OpaquePointer?
        if git_repository_open(&main, commonDirectory) == 0, let main {
            defer { git_repository_free(main) }
            if git_repository_is_bare(main) == 0, headOf(main) == reference, let dir = git_repository_workdir(main) {
                return String(cString: dir)
            }
        } else {
            git_error_clear()
        }
        // Linked work trees.
        var names = git_strarray()
        guard git_worktree_list(&names, pointer) == 0 else { git_error_clear(); return "?" }
        defer { git_strarray_dispose(&names) }
        for i in 0..<names.count {
            guard let name = names.strings[i] else { continue }
            var worktree: OpaquePointer?
            guard git_worktree_lookup(&worktree, pointer, name) == 0 else { git_error_clear(); continue }
            defer { git_worktree_free(worktree) }
            var repo: OpaquePointer?
            guard git_repository_open_from_worktree(&repo, worktree) == 0, let repo else { git_error_clear(); continue }
            defer { git_repository_free(repo) }
            if headOf(repo) == reference { return String(cString: git_worktree_path(worktree)) }
        }
        return "?"
    }

    /// The user's identity from Git's configuration (`user.name`, `user.email`), or nil.
    public func configuredIdentity() -> (name: String, email: String)? {
        var sig: UnsafeMutablePointer<git_signature>?
        guard git_signature_default(&sig, pointer) == 0, let sig else {
            git_error_clear()
            return nil
        }
        defer { git_signature_free(sig) }
        return (String(cString: sig.pointee.name), String(cString: sig.pointee.email))
    }

    /// The repository's index (staging area).
    public func index() throws(GitError) -> Index {
        var index: OpaquePointer?
        try check(git_repository_index(&index, pointer))
        return Index(pointer: index!, repository: self)
    }

    /// Commits reachable from `tips`, newest first (topological, then by time), each once.
    public func walk(from tips: [ObjectID], hiding: [ObjectID] = []) throws(GitError) -> RevisionWalk {
        try RevisionWalk(repository: self, tips: tips, hiding: hiding)
    }

    /// True when `ancestor` is reachable from `descendant` (or equal to it).
    public func isAncestor(_ ancestor: ObjectID, of descendant: ObjectID) throws(GitError) -> Bool {
        if ancestor == descendant { return true }
        var a = descendant.raw
        var b = ancestor.raw
        let result = git_graph_descendant_of(pointer, &a, &b)
        try check(result)
        return result == 1
    }
}

/// A commit, copied out of libgit2.
public struct Commit: Sendable {
    public let id: ObjectID
    public let tree: ObjectID
    public let parents: [ObjectID]
    public let author: Signature
    public let committer: Signature
    public let message: String
    /// How the commit is signed, nil when it is not (the signature itself is not verified).
    public var signature: SignatureFormat? = nil

    /// The first line of the message.
    public var summary: String {
        String(message.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).first ?? "")
    }
}

/// The kind of signature a commit carries.
public enum SignatureFormat: UInt8, Sendable {
    case gpg = 1, ssh = 2, x509 = 3, other = 4
}

/// An annotated tag, copied out of libgit2.
public struct Tag: Sendable {
    public let id: ObjectID
    public let name: String
    public let target: ObjectID
    public let tagger: Signature?
    public let message: String
}

/// One entry of a tree.
public struct TreeEntry: Sendable, Equatable {
    public enum Kind: Sendable { case blob, tree, other }
    public let name: String
    public let id: ObjectID
    public let kind: Kind
    public let fileMode: UInt32

    /// A symbolic link (mode 120000): its blob is the link's target path, never a file to read.
    public var isSymbolicLink: Bool { fileMode & 0o170000 == 0o120000 }

    init(name: String, id: ObjectID, kind: Kind, fileMode: UInt32) {
        self.name = name
        self.id = id
        self.kind = kind
        self.fileMode = fileMode
    }

    init(_ entry: OpaquePointer) {
        name = String(cString: git_tree_entry_name(entry))
        id = ObjectID(git_tree_entry_id(entry))
        switch git_tree_entry_type(entry) {
        case GIT_OBJECT_BLOB: kind = .blob
        case GIT_OBJECT_TREE: kind = .tree
        default: kind = .other
        }
        fileMode = git_tree_entry_filemode(entry).rawValue
    }
}

/// A change to apply to a tree: put a blob at a path, or remove the path.
public enum TreeChange: Sendable, Equatable {
    case upsert(path: String, blob: ObjectID, executable: Bool = false)
    case remove(path: String)

    public var path: String {
        switch self {
        case .upsert(let path, _, _), .remove(let path): return path
        }
    }
}
