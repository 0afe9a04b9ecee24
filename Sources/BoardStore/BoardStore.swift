// BoardStore: a board <-> its Git repository. Finds the board, reads it from the work tree or
// from its home branch, turns each change into exactly one commit through one transaction
// (Transaction.swift), merges and syncs with teammates, and reads the history (History/). It
// knows the domain (BoardCore) and Git, and never prints.
import BoardCore
import Foundation
import Git

/// What a command wants to change: file contents by board-relative path (nil deletes the file),
/// and the commit message that says why.
public struct Change: Sendable {
    public var files: [String: FileContent?]
    public var message: CommitMessage

    public init(writes: [String: String?], message: CommitMessage) {
        self.files = writes.mapValues { $0.map(FileContent.text) }
        self.message = message
    }

    public init(files: [String: FileContent?], message: CommitMessage) {
        self.files = files
        self.message = message
    }
}

/// The content of a file a change writes: text, or bytes for binary documents (PDF, images,
/// office files).
public enum FileContent: Sendable, Equatable {
    case text(String)
    case bytes([UInt8])

    var bytes: [UInt8] {
        switch self {
        case .text(let s): return Array(s.utf8)
        case .bytes(let b): return b
        }
    }
}

/// A commit message: a human sentence, then trailers naming the action and the things touched,
/// so history can be read by machines without guessing.
public struct CommitMessage: Sendable {
    public var subject: String
    public var action: String
    public var items: [String]
    public var coAuthors: [Identity]

    public init(subject: String, action: String, items: [String] = [], coAuthors: [Identity] = []) {
        self.subject = subject
        self.action = action
        self.items = items
        self.coAuthors = coAuthors
    }

    public var text: String {
        var out = subject + "\n\n"
        out += "Jalon-Action: \(action)\n"
        if !items.isEmpty { out += "Jalon-Items: \(items.joined(separator: ", "))\n" }
        for c in coAuthors { out += "Co-authored-by: \(c.trailerValue)\n" }
        return out
    }
}

/// The result of a committed change.
public struct CommitOutcome: Sendable {
    public let commit: ObjectID
    /// How many times the change was re-applied because another writer moved the branch first.
    public let retries: Int
}

/// A board in a Git repository: where it is, which branch it lives on, how to read and change it.
public final class BoardStore: @unchecked Sendable {
    public let repository: Repository
    /// The board folder inside the repository, "" for the root or "planning/" (with a slash).
    public let prefix: String
    /// The board's home branch name, without `refs/heads/`.
    public let homeBranch: String
    public let clock: Clock
    /// Called after the new commit is written and before the branch is moved (tests use it to
    /// make another writer win the race).
    public var beforeReferenceUpdate: (() throws -> Void)?
    /// What the store did on its own that the user should hear about (an interrupted update it
    /// finished or undid, a stale lock it removed), for the command line to print.
    public var notices: [StoreNotice] = []
    /// Documentation files (documents, minutes, comments, the spec) a reader left out because
    /// they cannot be read, each with its problem; the command line names them on stderr.
    public var leftOutFiles: [Diagnostic] = []
    /// Set before `load` by `check`: the work-tree files it reads are looked at for conflict
    /// markers then, so that `conflictMarkerProblems` reads only the other files.
    public var findsConflictMarkers = false
    /// The conflict markers of the files `load` read, by board-relative path (written from the
    /// reading threads, under `markersLock`).
    var markersRead: [String: [Diagnostic]] = [:]
    let markersLock = NSLock()
    /// The team as committed at one commit (`membersCommitted(at:)`): the history and the values
    /// saved at its head ask for it up to three times a command.
    var committedMembers: (commit: ObjectID, members: [Member])?
    let committedMembersLock = NSLock()
    /// For a board the trainer fetched into a cache: what the trainer's fetches saw.
    public var fetchLog: FetchLog?

    public var homeReference: String { "refs/heads/" + homeBranch }

    init(repository: Repository, prefix: String, homeBranch: String, clock: Clock) {
        self.repository = repository
        self.prefix = prefix
        self.homeBranch = homeBranch
        self.clock = clock
    }

    /// True when the home branch is the one checked out in this work tree, so the work tree and
    /// index follow each change.
    public var homeIsCheckedOut: Bool {
        repository.workdir != nil && (try? repository.headReferenceName()) == homeReference
    }

    /// The board folder on disk, when there is a work tree.
    public var folder: String? { repository.workdir.map { $0 + prefix } }

    // MARK: Reading

    /// The commit the home branch points to, nil while it is unborn.
    public func head() throws -> ObjectID? {
        do { return try repository.resolve(homeReference) } catch { throw StoreError.git(error) }
    }

    /// The board as the user sees it: the work tree when the home branch is checked out (hand
    /// edits included), the home branch's last commit otherwise. `scope` limits what is parsed.
    public func load(scope: BoardScope = .all) throws -> Board {
        if homeIsCheckedOut, let folder { return loadWorktree(folder, scope: scope) }
        return try loadCommitted(at: head(), scope: scope)
    }

    /// The board as committed at `commit` (nil: an empty board).
    public func loadCommitted(at commit: ObjectID?, scope: BoardScope = .all) throws -> Board {
        guard let commit else { return Board.load(settings: nil, files: []) }
        do {
            let tree = try repository.commit(commit).tree
            return try loadTree(tree, scope: scope)
        } catch let error as GitError { throw StoreError.git(error) }
    }

    /// The board as committed at the commit whose id is `hex` (as history records name it);
    /// nil when `hex` is not a commit id.
    public func loadCommitted(id hex: String, scope: BoardScope = .all) throws -> Board? {
        guard let id = ObjectID(hex: hex) else { return nil }
        return try loadCommitted(at: id, scope: scope)
    }

    func loadTree(_ tree: ObjectID, scope: BoardScope) throws -> Board {
        do {
            var settingsFile: Board.File?
            if let entry = try repository.entry(in: tree, path: prefix + BoardSettings.fileName), entry.kind == .blob {
                settingsFile = entry.isSymbolicLink ? .symbolicLink(BoardSettings.fileName)
                    : Board.File(path: BoardSettings.fileName, bytes: try repository.blob(entry.id))
            }
            var files: [Board.File] = []
            var onFile: Set<ItemID> = []
            for folderName in BoardStore.itemFolders {
                guard let dir = try repository.entry(in: tree, path: prefix + folderName), dir.kind == .tree else { continue }
                for entry in try repository.entries(of: dir.id) where entry.kind == .blob {
                    let path = folderName + "/" + entry.name
                    let id = Board.itemID(ofPath: path)
                    if let id { onFile.insert(id) }
                    guard scope.includes(path: path, id: id) else { continue }
                    files.append(entry.isSymbolicLink ? .symbolicLink(path) : Board.File(path: path, bytes: try repository.blob(entry.id)))
                }
            }
            if scope.isAll, let dir = try repository.entry(in: tree, path: prefix + TimeBooking.folder), dir.kind == .tree {
                for entry in try repository.entries(of: dir.id) where entry.kind == .blob && entry.name.hasSuffix(".md") {
                    let path = TimeBooking.folder + "/" + entry.name
                    files.append(entry.isSymbolicLink ? .symbolicLink(path) : Board.File(path: path, bytes: try repository.blob(entry.id)))
                }
            }
            return Board.load(settingsFile: settingsFile, files: files, checkAcrossFiles: scope.isAll, itemIDsOnFile: onFile)
        } catch { throw StoreError.git(error) }
    }

    static let itemFolders = ["tasks", "milestones"]

    func loadWorktree(_ folder: String, scope: BoardScope) -> Board {
        // `check` then finds conflict markers in the bytes read here (`conflictMarkerProblems`).
        let markers = findsConflictMarkers
        @Sendable func found(_ path: String) -> ([UInt8]) -> Void {
            { bytes in if markers { self.recordMarkers(path, bytes) } }
        }
        let settingsFile = BoardStore.worktreeFile(folder, BoardSettings.fileName, read: found(BoardSettings.fileName))
        var paths: [String] = []
        var onFile: Set<ItemID> = []
        for folderName in BoardStore.itemFolders {
            let dir = folder + folderName
            guard let names = BoardStore.names(in: dir) else { continue }
            for name in names where name.hasSuffix(".md") {
                let path = folderName + "/" + name
                let id = Board.itemID(ofPath: path)
                if let id { onFile.insert(id) }
                guard scope.includes(path: path, id: id) else { continue }
                paths.append(path)
            }
        }
        if scope.isAll, let names = BoardStore.names(in: folder + TimeBooking.folder) {
            for name in names.sorted() where name.hasSuffix(".md") { paths.append(TimeBooking.folder + "/" + name) }
        }
        // A linked folder refuses every file in it: looked at once per folder, not per file.
        let linkedFolders = Set((BoardStore.itemFolders + [TimeBooking.folder]).filter { BoardStore.crossesLink(folder, $0) })
        // Read on every core: a board of thousands of tasks is thousands of small files.
        let files = Concurrent.map(paths) { path -> Board.File? in
            if let slash = path.firstIndex(of: "/"), linkedFolders.contains(String(path[..<slash])) { return .symbolicLink(path) }
            return BoardStore.worktreeFile(folder, path, foldersChecked: true, read: found(path))
        }.compactMap { $0 }
        return Board.load(settingsFile: settingsFile, files: files, checkAcrossFiles: scope.isAll, itemIDsOnFile: onFile)
    }

    /// A board file of the work tree, read without following a symbolic link (a link, or a
    /// file under a linked folder, is refused with a reason); nil when there is no such file.
    /// `foldersChecked`: the caller already knows no folder above the file is a link. `read` is
    /// given the bytes of a file read.
    static func worktreeFile(_ folder: String, _ path: String, foldersChecked: Bool = false, read seen: ([UInt8]) -> Void = { _ in }) -> Board.File? {
        if !foldersChecked, let slash = path.lastIndex(of: "/"), BoardStore.crossesLink(folder, String(path[..<slash])) {
            return .symbolicLink(path)
        }
        // The file itself is opened without following a link (O_NOFOLLOW fails with ELOOP on
        // one) and read whole: one open and a read or two, where Foundation's
        // contents(atPath:) after an lstat of each path component cost a third of reading a
        // 10,000-task board.
        func cannotOpen() -> Board.File {
            Board.File(path: path, refused: Diagnostic(file: path, line: nil, message: Catalog.cannotOpen, hint: Catalog.cannotOpenHint))
        }
        let fd = open(folder + path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        if fd < 0 {
            switch errno {
            case ELOOP: return .symbolicLink(path)
            case ENOENT, ENOTDIR: return nil
            // Present but unreadable (permissions): say so rather than "not found".
            default: return cannotOpen()
            }
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return cannotOpen() }
        // One byte more than the size, so that the end of the file is seen in the first read.
        var bytes = [UInt8](repeating: 0, count: max(0, Int(info.st_size)) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += repeatElement(0, count: max(4096, bytes.count)) }
            let n = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress! + count, $0.count - count) }
            if n < 0 {
                if errno == EINTR { continue }
                return cannotOpen()
            }
            if n == 0 { break }
            count += n
        }
        bytes.removeLast(bytes.count - count)
        seen(bytes)
        return Board.File(path: path, bytes: bytes)
    }

    /// True when `path` (board-relative) or one of its folders is a symbolic link.
    static func crossesLink(_ folder: String, _ path: String) -> Bool {
        var current = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for part in path.split(separator: "/") {
            current += "/" + part
            var info = stat()
            guard lstat(current, &info) == 0 else { return false }
            if info.st_mode & S_IFMT == S_IFLNK { return true }
        }
        return false
    }

    /// The root trees of every local and remote-tracking branch and of `base`: where the ids
    /// this clone knows of are looked for, so a new id is numbered past all of them.
    func knownTrees(base: ObjectID?) throws -> Set<ObjectID> {
        var tips: [ObjectID] = []
        do {
            tips = try repository.references(matching: "refs/heads/*").map(\.target)
            tips += try repository.references(matching: "refs/remotes/*").map(\.target)
        } catch { throw StoreError.git(error) }
        if let base { tips.append(base) }
        return Set(Set(tips).compactMap { try? repository.commit($0).tree })
    }

    /// Every task and milestone id this clone knows of: on the home branch, in the work tree, on
    /// every local branch and every remote-tracking branch, and deleted ones (`deleted/`). New
    /// ids are numbered past all of them, so a member working in two clones that fetch each
    /// other does not reuse a number, and a deleted task's number is never given again.
    public func knownIDs(base: ObjectID?) throws -> Set<ItemID> {
        var ids: Set<ItemID> = []
        for tree in try knownTrees(base: base) {
            collectIDs(in: tree, into: &ids)
            ids.formUnion(deletedIDs(in: tree))
        }
        if let folder {
            for folderName in BoardStore.itemFolders + [DeletedItems.folder] {
                let names = BoardStore.names(in: folder + folderName) ?? []
                for name in names where name.hasSuffix(".md") {
                    if let id = ItemID(String(name.dropLast(3))) { ids.insert(id) }
                }
            }
        }
        return ids
    }

    private func collectIDs(in tree: ObjectID, into ids: inout Set<ItemID>) {
        for folderName in BoardStore.itemFolders {
            guard let dir = try? repository.entry(in: tree, path: prefix + folderName), dir.kind == .tree,
                  let entries = try? repository.entries(of: dir.id) else { continue }
            for entry in entries where entry.name.hasSuffix(".md") {
                if let id = ItemID(String(entry.name.dropLast(3))) { ids.insert(id) }
            }
        }
    }

    // MARK: Writing

    /// Applies one change as exactly one commit on the home branch, through `transact`. `plan`
    /// receives the board as last committed and returns the change; if another writer moves the
    /// branch first, the board is read again and `plan` called again. Returns nil when there was
    /// nothing to change.
    @discardableResult
    public func commit(as actor: Identity, scope: BoardScope = .all, maxAttempts: Int = 200, _ plan: (Board, ObjectID?) throws -> Change) throws -> CommitOutcome? {
        var calls = 0
        let committed = try transact(maxAttempts: maxAttempts) { head in
            calls += 1
            let base = try head.map { try repository.commit($0) }
            let board = try base.map { try loadTree($0.tree, scope: scope) } ?? Board.load(settings: nil, files: [])
            let change = try plan(board, head)
            let paths = change.files.keys.sorted()
            for path in paths { try BoardPath.validate(path) }
            var treeChanges: [TreeChange] = []
            for path in paths {
                if let content = change.files[path]! {
                    treeChanges.append(.upsert(path: prefix + path, blob: try repository.writeBlob(content.bytes)))
                } else if let tree = base?.tree, try repository.entry(in: tree, path: prefix + path) != nil {
                    treeChanges.append(.remove(path: prefix + path))
                }
            }
            let newTree = try repository.updatedTree(base: base?.tree, changes: treeChanges)
            if let base, newTree == base.tree { return nil }
            let commit = try repository.createCommit(tree: newTree, parents: head.map { [$0] } ?? [], author: clock.signature(for: actor),
                                                     committer: clock.committerSignature(for: actor), message: change.message.text)
            return HomeUpdate(commit: commit, paths: paths.map { prefix + $0 })
        }
        return committed.map { CommitOutcome(commit: $0, retries: calls - 1) }
    }
}

/// How much of a board a command needs parsed: changing one task need not read a thousand.
public enum BoardScope: Sendable {
    /// `jalon.yml` only (plus which items exist).
    case settings
    /// `jalon.yml` and these items.
    case items([ItemID])
    case all

    var isAll: Bool { if case .all = self { return true } else { return false } }

    func includes(path: String, id: ItemID?) -> Bool {
        switch self {
        case .all: return true
        case .settings: return false
        case .items(let ids): return id.map(ids.contains) ?? false
        }
    }
}

/// Board-relative paths that commands may write: inside the board folder, never `..`, never absolute.
public enum BoardPath {
    public static func validate(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        if path.isEmpty || path.hasPrefix("/") || parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty || $0 == ".git" }) {
            throw StoreError.pathOutsideBoard(path)
        }
    }
}
