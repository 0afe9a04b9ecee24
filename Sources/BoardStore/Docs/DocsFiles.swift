import BoardCore
import Foundation
import Git

/// Reading the board's documentation (spec, documents, minutes, comments), with paths confined
/// to the board folder.
extension BoardStore {
    static let documentationFolders = [BoardDocument.folder, MeetingMinutes.folder, Comment.folder]

    /// Refuses a board-relative path that leaves the board: `..`, absolute paths, and (in the
    /// work tree) symbolic links pointing outside the board. `forWriting` also refuses any link
    /// on the way, since writing through a link would land somewhere Git does not track.
    public func confine(_ path: String, forWriting: Bool = false) throws {
        try BoardPath.validate(path)
        guard let folder else { return }
        let root = BoardStore.normalize(folder)
        let fm = FileManager.default
        var current = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        for part in path.split(separator: "/") {
            current += "/" + part
            guard let attributes = try? fm.attributesOfItem(atPath: current) else { return } // the rest does not exist yet
            guard attributes[.type] as? FileAttributeType == .typeSymbolicLink else { continue }
            let target = BoardStore.normalize(current)
            if BoardStore.relative(target, to: root) == nil { throw DocsError.linkOutsideBoard(path, target) }
            if forWriting { throw DocsError.writeThroughLink(path) }
        }
    }

    /// Every file of the board's documentation, with the texts Jalon reads (Markdown and
    /// sidecars), from where `load()` reads: the work tree when the home branch is checked out,
    /// else the home branch.
    public func documentationFiles() throws -> DocumentationFiles {
        var paths: [String] = []
        for folder in BoardStore.documentationFolders {
            paths += try listFiles(under: folder).filter { p in (try? confine(p)) != nil && !isLinkInWorktree(p) }
        }
        var texts: [String: String] = [:]
        var unreadable: [Diagnostic] = []
        for path in paths where DocumentationFiles.needsText(path) {
            switch try readTextOrProblem(path) {
            case .success(let text)?: texts[path] = text
            case .failure(let file)?: unreadable.append(file.problem)
            case nil: break
            }
        }
        var spec: String?
        switch try readTextOrProblem(SpecDocument.path) {
        case .success(let text)?: spec = text
        case .failure(let file)?: unreadable.append(file.problem)
        case nil: break
        }
        noteLeftOut(unreadable)
        return DocumentationFiles(spec: spec, paths: paths, texts: texts, unreadable: unreadable)
    }

    /// The board's own templates (`templates/NAME.md`), by file name without `.md`.
    public func boardTemplates() throws -> [String: String] {
        var out: [String: String] = [:]
        for path in try listFiles(under: TemplateSet.boardFolder) where path.hasSuffix(".md") {
            guard (try? confine(path)) != nil, !isLinkInWorktree(path), let text = try readText(path) else { continue }
            let name = String(path.dropFirst(TemplateSet.boardFolder.count + 1).dropLast(3))
            guard !name.contains("/") else { continue }
            out[name] = text
        }
        return out
    }

    /// Problems of the spec, documents (metadata and naming rule), minutes and comments, each
    /// with file:line relative to the board — for `jalon check`.
    public func documentationProblems(board: Board, shippedTemplates: [String: String]) throws -> [Diagnostic] {
        let templates = TemplateSet(shipped: shippedTemplates, board: try boardTemplates())
        return DocumentationCheck.problems(board: board, files: try documentationFiles(), specTemplates: templates.specTemplateTexts)
    }

    /// The id in the first bytes of every Markdown file and sidecar under the folder of `kind`
    /// (minutes or documents) in `tree`, by repository path; trees and blobs in `seen` are
    /// skipped (already read from another tree).
    func headerIDs(in tree: ObjectID, kind: ItemID.Kind, seen: inout Set<ObjectID>) -> [String: ItemID] {
        let folderName = kind == .meeting ? MeetingMinutes.folder : BoardDocument.folder
        var ids: [String: ItemID] = [:]
        func scan(_ tree: ObjectID, _ path: String) {
            guard seen.insert(tree).inserted, let entries = try? repository.entries(of: tree) else { return }
            for entry in entries {
                switch entry.kind {
                case .tree: scan(entry.id, path + entry.name + "/")
                case .blob:
                    guard entry.name.hasSuffix(".md") || entry.name.hasSuffix(BoardDocument.sidecarSuffix), seen.insert(entry.id).inserted,
                          let bytes = try? repository.blob(entry.id) else { continue }
                    if let id = BoardStore.headerID(bytes, kind: kind) { ids[path + entry.name] = id }
                case .other: continue
                }
            }
        }
        if let dir = try? repository.entry(in: tree, path: prefix + folderName), dir.kind == .tree { scan(dir.id, prefix + folderName + "/") }
        return ids
    }

    /// Every document or meeting id this clone knows of (home branch, work tree, every local and
    /// remote-tracking branch), so a new one is numbered past all of them.
    func knownIDs(of kind: ItemID.Kind, base: ObjectID?) throws -> Set<ItemID> {
        let folderName = kind == .meeting ? MeetingMinutes.folder : BoardDocument.folder
        var ids: Set<ItemID> = []
        var seen: Set<ObjectID> = []
        for tree in try knownTrees(base: base) { ids.formUnion(headerIDs(in: tree, kind: kind, seen: &seen).values) }
        if homeIsCheckedOut {
            for path in (try? listFiles(under: folderName)) ?? [] where path.hasSuffix(".md") || path.hasSuffix(BoardDocument.sidecarSuffix) {
                guard let folder, !isLinkInWorktree(path), let data = FileManager.default.contents(atPath: folder + path) else { continue }
                if let id = BoardStore.headerID([UInt8](data), kind: kind) { ids.insert(id) }
            }
        }
        return ids
    }

    /// True when the home branch is checked out and `path` is, or lies under, a symbolic link.
    func isLinkInWorktree(_ path: String) -> Bool {
        guard homeIsCheckedOut, let folder else { return false }
        return BoardStore.crossesLink(folder, path)
    }

    /// The `id:` in the first bytes of a file, even one that cannot be read as a whole (invalid
    /// UTF-8 further down, too long): its id stays taken, so no new item reuses it.
    static func headerID(_ bytes: [UInt8], kind: ItemID.Kind) -> ItemID? {
        headerID(String(decoding: bytes.prefix(4096), as: UTF8.self), kind: kind)
    }

    /// The `id:` of a header, read without parsing the whole file.
    static func headerID(_ text: String, kind: ItemID.Kind) -> ItemID? {
        for line in text.split(separator: "\n").prefix(20) where line.hasPrefix("id:") {
            let value = line.dropFirst(3).trimmingCharacters(in: CharacterSet(charactersIn: " \"'\r"))
            if let id = ItemID(value), id.kind == kind { return id }
        }
        return nil
    }

    /// The member code of the actor, `X` for someone who is not a member.
    func docsCode(of actor: Identity, in settings: BoardSettings) -> String {
        actor.memberID.flatMap { settings.member($0)?.code } ?? MemberCode.outsider
    }

    /// The name written as author: the member id, else the person's name.
    func authorName(_ actor: Identity) -> String { actor.memberID ?? actor.name }

    /// ISO 8601 date and time of now, with the clock's offset.
    var nowText: String { Comment.dateText(clock.now, timeZone: clock.timeZone) }
}

extension BoardStore {
    /// The documentation files as committed at `commit` (what a change is planned against).
    public func documentationFiles(at commit: ObjectID?) throws -> DocumentationFiles {
        guard let commit else { return DocumentationFiles(spec: nil, paths: [], texts: [:]) }
        var paths: [String] = []
        var texts: [String: String] = [:]
        var unreadable: [Diagnostic] = []
        do {
            let tree = try repository.commit(commit).tree
            func walk(_ id: ObjectID, _ base: String) throws {
                for entry in try repository.entries(of: id) {
                    switch entry.kind {
                    case .tree: try walk(entry.id, base + entry.name + "/")
                    case .blob:
                        if entry.isSymbolicLink { continue } // never followed
                        let path = base + entry.name
                        paths.append(path)
                        if DocumentationFiles.needsText(path) {
                            switch FileText.decode(try repository.blob(entry.id), path: path) {
                            case .success(let text): texts[path] = text
                            case .failure(let problem): unreadable.append(problem)
                            }
                        }
                    case .other: continue
                    }
                }
            }
            for folder in BoardStore.documentationFolders {
                if let dir = try repository.entry(in: tree, path: prefix + folder), dir.kind == .tree { try walk(dir.id, folder + "/") }
            }
        } catch let error as GitError { throw StoreError.git(error) }
        var spec: String?
        switch try committedTextOrProblem(SpecDocument.path, at: commit) {
        case .success(let text)?: spec = text
        case .failure(let file)?: unreadable.append(file.problem)
        case nil: break
        }
        noteLeftOut(unreadable)
        return DocumentationFiles(spec: spec, paths: paths.sorted(), texts: texts, unreadable: unreadable)
    }

    /// Remembers the documentation files a reader left out, once each, for the command line to
    /// name on stderr (as it names the board files `load()` flagged).
    func noteLeftOut(_ problems: [Diagnostic]) {
        for p in problems where !leftOutFiles.contains(where: { $0.file == p.file }) { leftOutFiles.append(p) }
    }
}
