import BoardCore
import Foundation
import Git

/// Reading any file of the board (documents, meetings, comments, the spec), from the same
/// source `load()` uses: the work tree when the home branch is checked out, else the branch.
extension BoardStore {
    /// The text of a board-relative file (LF line ends, see `FileText`), or nil when there is
    /// none. A file that exists but cannot be read (a symbolic link, invalid UTF-8…) throws.
    public func readText(_ path: String) throws -> String? {
        try readTextOrProblem(path).map { try $0.text() }
    }

    /// The text of a board-relative file as committed at `commit` (LF line ends).
    public func readCommittedText(_ path: String, at commit: ObjectID?) throws -> String? {
        try committedTextOrProblem(path, at: commit).map { try $0.text() }
    }

    /// Like `readText`, but a file that exists and cannot be read is returned as its problem
    /// (board-relative file:line), for the readers that leave such a file out and say so.
    public func readTextOrProblem(_ path: String) throws -> Result<String, UnreadableFile>? {
        try BoardPath.validate(path)
        if homeIsCheckedOut, let folder {
            guard let file = BoardStore.worktreeFile(folder, path) else { return nil }
            if let problem = file.problem { return .failure(UnreadableFile(problem: problem, prefix: prefix)) }
            return .success(file.text)
        }
        return try committedTextOrProblem(path, at: head())
    }

    /// `readCommittedText`, with an unreadable file returned as its problem.
    public func committedTextOrProblem(_ path: String, at commit: ObjectID?) throws -> Result<String, UnreadableFile>? {
        try BoardPath.validate(path)
        if let entry = try committedEntry(path, at: commit), entry.isSymbolicLink {
            return .failure(UnreadableFile(problem: Board.File.symbolicLink(path).problem!, prefix: prefix))
        }
        guard let bytes = try readCommittedBytes(path, at: commit) else { return nil }
        switch FileText.decode(bytes, path: path) {
        case .success(let text): return .success(text)
        case .failure(let problem): return .failure(UnreadableFile(problem: problem, prefix: prefix))
        }
    }

    private func committedEntry(_ path: String, at commit: ObjectID?) throws -> TreeEntry? {
        guard let commit else { return nil }
        do {
            let tree = try repository.commit(commit).tree
            return try repository.entry(in: tree, path: prefix + path)
        } catch { throw StoreError.git(error) }
    }

    /// The bytes of a board-relative file as committed at `commit`. A committed symbolic link
    /// is refused: its target is never followed.
    public func readCommittedBytes(_ path: String, at commit: ObjectID?) throws -> [UInt8]? {
        try BoardPath.validate(path)
        guard let entry = try committedEntry(path, at: commit), entry.kind == .blob else { return nil }
        if entry.isSymbolicLink { throw StoreError.unreadableFile(Board.File.symbolicLink(prefix + path).problem!) }
        do { return try repository.blob(entry.id) } catch { throw StoreError.git(error) }
    }

    /// The bytes of a repository-relative file (any file, not only the board's) at the commit
    /// `commit` (hex); nil when the commit, the file or its content is not in this clone.
    public func repositoryFileBytes(_ path: String, at commit: String) -> [UInt8]? {
        guard let id = ObjectID(hex: commit), let tree = try? repository.commit(id).tree,
              let entry = try? repository.entry(in: tree, path: path), entry.kind == .blob else { return nil }
        return try? repository.blob(entry.id)
    }

    /// Board-relative paths of every file under `folder` (recursively), sorted; `""` lists the
    /// whole board.
    public func listFiles(under folder: String) throws -> [String] {
        if !folder.isEmpty { try BoardPath.validate(folder) }
        let base = folder.isEmpty ? "" : (folder.hasSuffix("/") ? folder : folder + "/")
        if homeIsCheckedOut, let root = self.folder {
            var out: [String] = []
            let fm = FileManager.default
            guard let walker = fm.enumerator(atPath: root + base) else { return [] }
            while let item = walker.nextObject() as? String {
                if item.hasPrefix(".git") || item.contains("/.git/") { continue }
                // Links are listed (so they are reported) but never followed into.
                let type = walker.fileAttributes?[.type] as? FileAttributeType
                if type == .typeSymbolicLink || type == .typeRegular { out.append(base + item) }
            }
            return out.sorted()
        }
        guard let head = try head() else { return [] }
        do { return try committedFiles(at: head, base: base) } catch { throw StoreError.git(error) }
    }

    private func committedFiles(at head: ObjectID, base: String) throws(GitError) -> [String] {
        let tree = try repository.commit(head).tree
        let start = prefix + base
        if start.isEmpty { return try walkTree(tree, base: "") }
        guard let dir = try repository.entry(in: tree, path: String(start.dropLast())), dir.kind == .tree else { return [] }
        return try walkTree(dir.id, base: base)
    }

    private func walkTree(_ tree: ObjectID, base: String) throws(GitError) -> [String] {
        var out: [String] = []
        for entry in try repository.entries(of: tree) {
            switch entry.kind {
            case .blob: out.append(base + entry.name)
            case .tree: out += try walkTree(entry.id, base: base + entry.name + "/")
            case .other: continue
            }
        }
        return out.sorted()
    }
}

extension BoardStore {
    /// Conflict markers in the board's files as they are on disk (`jalon.yml`, tasks, milestones,
    /// documents, minutes, comments), whichever branch is checked out: during a stopped rebase
    /// the conflicted board files are in the work tree, not on any branch.
    public func conflictMarkerProblems() -> [Diagnostic] {
        guard let root = folder else { return [] }
        let fm = FileManager.default
        var paths = [BoardSettings.fileName, SpecDocument.path]
        for sub in Self.itemFolders + [BoardDocument.folder, MeetingMinutes.folder, Comment.folder, TimeBooking.folder] {
            for item in Self.namesBelow(root + sub) where item.hasSuffix(".md") || item.hasSuffix(".yml") || item.hasSuffix(".yaml") {
                paths.append(sub + "/" + item)
            }
        }
        var problems: [Diagnostic] = []
        let known = markersLock.withLock { markersRead }
        for path in paths.sorted() {
            if let found = known[path] { problems += found; continue }
            guard let data = fm.contents(atPath: root + path) else { continue }
            problems += Self.conflictMarkers(path, Array(data))
        }
        return problems
    }

    /// The conflict markers of a file's bytes; none looked for in a file of 4 MiB or more.
    static func conflictMarkers(_ path: String, _ bytes: [UInt8]) -> [Diagnostic] {
        bytes.count < 4 << 20 ? ConflictMarkers.diagnostics(path: path, text: String(decoding: bytes, as: UTF8.self)) : []
    }

    /// What `load` found reading `path`, for `conflictMarkerProblems`.
    func recordMarkers(_ path: String, _ bytes: [UInt8]) {
        let found = Self.conflictMarkers(path, bytes)
        markersLock.withLock { markersRead[path] = found }
    }

    /// The names in `directory` (not below it), hidden ones included, without `.` and `..`;
    /// nil when it cannot be listed. One `readdir` pass: Foundation's `contentsOfDirectory` made
    /// a path and a lookup per entry, listing a 1,000-task folder twice per `task add`.
    static func names(in directory: String) -> [String]? {
        var out: [String] = []
        return forEachEntry(in: directory) { name, _ in out.append(name) } ? out : nil
    }

    /// The paths below `directory`, relative to it, of every entry whose name does not start with
    /// a dot (nor any folder's above it), folders included; symbolic links are listed, never
    /// followed. One `readdir` pass per folder, where Foundation's directory enumerator spent a
    /// tenth of `check` on path strings.
    static func namesBelow(_ directory: String) -> [String] {
        var out: [String] = []
        func walk(_ dir: String, _ base: String) {
            forEachEntry(in: dir) { name, type in
                if name.hasPrefix(".") { return }
                var isFolder = type == UInt8(DT_DIR)
                if type == UInt8(DT_UNKNOWN) {
                    var info = stat()
                    isFolder = lstat(dir + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                out.append(base + name)
                if isFolder { walk(dir + "/" + name, base + name + "/") }
            }
        }
        walk(directory, "")
        return out
    }

    /// Each entry of `directory` but `.` and `..`, with its `d_type`, in `readdir`'s order; false
    /// when the folder cannot be opened.
    @discardableResult
    private static func forEachEntry(in directory: String, _ body: (String, UInt8) -> Void) -> Bool {
        guard let handle = opendir(directory) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { body(name, entry.pointee.d_type) }
        }
        return true
    }
}

/// A board file that exists but cannot be read: its problem (board-relative file:line), thrown
/// as the user-facing error by the readers that need the file, or listed by those that leave it
/// out (documentation, minutes, the spec) so `check` and every command name it.
public struct UnreadableFile: Error, Sendable {
    public let problem: Diagnostic
    let prefix: String

    init(problem: Diagnostic, prefix: String) {
        self.problem = problem
        self.prefix = prefix
    }
}

extension Result where Success == String, Failure == UnreadableFile {
    /// The text, or the user-facing error naming the file (repository-relative) and its problem.
    func text() throws -> String {
        switch self {
        case .success(let text): return text
        case .failure(let unreadable): throw StoreError.unreadableFile(unreadable.problem.prefixed(unreadable.prefix))
        }
    }
}
