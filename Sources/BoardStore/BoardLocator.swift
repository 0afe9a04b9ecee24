import BoardCore
import Foundation
import Git

extension BoardStore {
    /// Finds the board for a command run in `directory`: the nearest folder up to the
    /// repository root that holds `jalon.yml` (in the work tree or on the current branch), else
    /// the single board one or two folders below the root. `explicit` (`--board`, a class
    /// file's `path:`) is searched the same way in place of `directory` — the board folder, the
    /// repository root, a folder or file inside the board (every path Jalon prints) all work —
    /// and a given folder with no board in, above or below it is refused.
    /// `environment` is the one Git would see: `GIT_DIR`, `GIT_WORK_TREE`, `GIT_INDEX_FILE` and
    /// `GIT_CEILING_DIRECTORIES` are honoured as Git honours them (the command line passes the
    /// process's; an empty one searches up from `directory`). A pending update a killed Jalon
    /// left is finished or undone before the board is read (see `recoverPendingUpdate`).
    public static func locate(from directory: String, board explicit: String?, clock: Clock, environment: [String: String] = [:]) throws -> BoardStore {
        var start = explicit.map { absolute($0, from: directory) } ?? directory
        // A file Jalon printed (`planning/tasks/T-A1.md`, `…/jalon.yml`) names its board too.
        var isFolder: ObjCBool = false
        if explicit != nil, FileManager.default.fileExists(atPath: start, isDirectory: &isFolder), !isFolder.boolValue {
            start = (start as NSString).deletingLastPathComponent
        }
        let repository: Repository
        do { repository = try Repository.discover(from: existingAncestor(of: start), environment: environment) } catch { throw StoreError.notARepository(start) }
        guard let workdir = repository.workdir else { throw StoreError.bareRepository }
        let root = normalize(workdir)
        var relativeStart = relative(normalize(start), to: root)
        if relativeStart == nil, explicit == nil, environment["GIT_DIR"] != nil || environment["GIT_WORK_TREE"] != nil {
            // Git runs from anywhere on the work tree the variables name; so does Jalon.
            relativeStart = ""
        }
        guard let relativeStart else { throw StoreError.pathOutsideBoard(start) }

        // The trees that might hold the board's settings: the checked-out branch, then the others.
        var trees: [ObjectID] = []
        if let headName = try? repository.headReferenceName(), let id = try? repository.resolve(headName), let c = try? repository.commit(id) { trees.append(c.tree) }
        if let heads = try? repository.references(matching: "refs/heads/*") {
            for (_, target) in heads { if let c = try? repository.commit(target), !trees.contains(c.tree) { trees.append(c.tree) } }
        }

        // The settings file found there, readable or not: a jalon.yml with invalid UTF-8 (or a
        // link) is still the board's, reported when loaded, never "no board found".
        func settingsText(at prefix: String) -> Board.File? {
            if let file = BoardStore.worktreeFile(root + "/" + prefix, BoardSettings.fileName) { return file }
            for tree in trees {
                if let entry = try? repository.entry(in: tree, path: prefix + BoardSettings.fileName), entry.kind == .blob {
                    if entry.isSymbolicLink { return .symbolicLink(BoardSettings.fileName) }
                    if let data = try? repository.blob(entry.id) { return Board.File(path: BoardSettings.fileName, bytes: data) }
                }
            }
            return nil
        }

        var candidates: [String] = []
        var parts = relativeStart.split(separator: "/").map(String.init)
        while true {
            candidates.append(parts.isEmpty ? "" : parts.joined(separator: "/") + "/")
            if parts.isEmpty { break }
            parts.removeLast()
        }
        var found: (prefix: String, text: Board.File)?
        for prefix in candidates {
            if let text = settingsText(at: prefix) { found = (prefix, text); break }
        }
        if found == nil {
            var below: [String] = []
            // From the current folder, any single board of the repository; given, one below it.
            let given = explicit == nil || relativeStart.isEmpty ? "" : relativeStart + "/"
            for prefix in boardFoldersBelowRoot(root: root, repository: repository, trees: trees) where !below.contains(prefix) && prefix.hasPrefix(given) {
                below.append(prefix)
            }
            if below.count == 1, let text = settingsText(at: below[0]) { found = (below[0], text) }
            if below.count > 1 { throw StoreError.severalBoards(start, below) }
        }
        guard let found else { throw StoreError.noBoard(start) }
        let (settings, _) = found.text.problem == nil ? SettingsCodec.decode(found.text.text) : (nil, [])
        let branch = settings?.branch ?? (try? repository.headReferenceName())?.replacingOccurrences(of: "refs/heads/", with: "") ?? "main"
        let store = BoardStore(repository: repository, prefix: found.prefix, homeBranch: branch, clock: clock)
        // A read goes on even when the repair must wait (the index held by a running Git): the
        // next write repairs first or refuses.
        if store.homeIsCheckedOut { try? store.recoverPendingUpdate() }
        return store
    }

    /// Makes an empty repository at `folder` whose first branch is `initialBranch` (the demo
    /// replays a team's project into one).
    public static func createRepository(at folder: String, initialBranch: String) throws {
        do { _ = try Repository.create(at: folder, initialBranch: initialBranch) } catch { throw StoreError.git(error) }
    }

    /// Opens the board store for a new board at `folder` (created if needed), in the repository
    /// there or, when there is none, in a new one.
    public static func prepareNew(at folder: String, clock: Clock, environment: [String: String] = [:]) throws -> (store: BoardStore, createdRepository: Bool) {
        let fm = FileManager.default
        var created = false
        let repository: Repository
        if let found = try? Repository.discover(from: existingAncestor(of: folder), environment: environment) {
            repository = found
        } else {
            do {
                try fm.createDirectory(atPath: folder, withIntermediateDirectories: true)
                repository = try Repository.create(at: folder)
                created = true
            } catch let error as GitError { throw StoreError.git(error) }
        }
        guard let workdir = repository.workdir else { throw StoreError.bareRepository }
        let root = normalize(workdir)
        guard let rel = relative(normalize(folder), to: root) else { throw StoreError.pathOutsideBoard(folder) }
        guard let headName = try? repository.headReferenceName() else { throw StoreError.detachedHead }
        let prefix = rel.isEmpty ? "" : rel + "/"
        let store = BoardStore(repository: repository, prefix: prefix, homeBranch: String(headName.dropFirst("refs/heads/".count)), clock: clock)
        if fm.fileExists(atPath: root + "/" + prefix + BoardSettings.fileName) { throw StoreError.boardExists(folder) }
        if let head = try store.head(), let c = try? repository.commit(head), (try? repository.entry(in: c.tree, path: prefix + BoardSettings.fileName)) != nil {
            throw StoreError.boardExists(folder)
        }
        return (store, created)
    }

    static func boardFoldersBelowRoot(root: String, repository: Repository, trees: [ObjectID]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for level1 in ((try? fm.contentsOfDirectory(atPath: root)) ?? []).sorted() where !level1.hasPrefix(".") {
            if fm.fileExists(atPath: "\(root)/\(level1)/\(BoardSettings.fileName)") { out.append(level1 + "/") }
            for level2 in ((try? fm.contentsOfDirectory(atPath: "\(root)/\(level1)")) ?? []).sorted() where !level2.hasPrefix(".") {
                if fm.fileExists(atPath: "\(root)/\(level1)/\(level2)/\(BoardSettings.fileName)") { out.append("\(level1)/\(level2)/") }
            }
        }
        for tree in trees {
            for entry in (try? repository.entries(of: tree)) ?? [] where entry.kind == .tree && !entry.name.hasPrefix(".") {
                if (try? repository.entry(in: tree, path: entry.name + "/" + BoardSettings.fileName)) ?? nil != nil { out.append(entry.name + "/") }
            }
        }
        return out
    }

    static func absolute(_ path: String, from directory: String) -> String {
        path.hasPrefix("/") ? path : (directory as NSString).appendingPathComponent(path)
    }

    public static func normalize(_ path: String) -> String {
        var p = (path as NSString).standardizingPath
        p = URL(fileURLWithPath: p).resolvingSymlinksInPath().path
        while p.count > 1 && p.hasSuffix("/") { p.removeLast() }
        return p
    }

    /// `path` relative to `root` ("" when equal), or nil when it is outside.
    public static func relative(_ path: String, to root: String) -> String? {
        if path == root { return "" }
        let prefix = root == "/" ? "/" : root + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    static func existingAncestor(of path: String) -> String {
        var p = path
        while !FileManager.default.fileExists(atPath: p), p != "/" { p = (p as NSString).deletingLastPathComponent }
        return p
    }
}
