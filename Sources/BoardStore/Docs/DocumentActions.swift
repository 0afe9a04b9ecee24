import BoardCore
import Foundation
import Git

/// A new document, as given on the command line.
public struct DocumentDraft: Sendable {
    public var title: String
    /// The folder under `docs/` ("" for the top), as typed: each part is made compliant.
    public var folder: String = ""
    public var template: DocumentTemplate?
    /// A file name chosen by the user; it must follow the naming rule.
    public var fileName: String?
    public var tags: [String] = []
    /// A binary file to store in the documentation tree (its original name and bytes).
    public var attachmentName: String?
    public var attachment: [UInt8]?
    /// More values for the template's placeholders.
    public var values: [String: String] = [:]

    public init(title: String) { self.title = title }
}

extension BoardStore {
    /// The folder under `docs/` a user typed, refused when it leaves the board, each part made
    /// compliant with the naming rule ("Conception graphique" → `conception-graphique`).
    public func documentFolder(_ typed: String) throws -> String {
        var folder = typed.trimmingCharacters(in: .whitespaces)
        if folder.hasPrefix("/") || folder.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) {
            throw StoreError.pathOutsideBoard(typed)
        }
        if folder.hasPrefix(BoardDocument.folder + "/") { folder = String(folder.dropFirst(BoardDocument.folder.count + 1)) }
        if folder == BoardDocument.folder { folder = "" }
        let parts = folder.split(separator: "/").map { DocumentNaming.slug(String($0), keepUnderscore: true) }.filter { !$0.isEmpty }
        let result = parts.joined(separator: "/")
        try confine(BoardDocument.folder + (result.isEmpty ? "" : "/" + result), forWriting: true)
        return result
    }

    /// Creates a document (from a template, or a binary file with its sidecar) in one commit.
    public func newDocument(_ draft: DocumentDraft, actor: Identity) throws -> (BoardDocument, CommitOutcome) {
        let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw ActionError.emptyTitle }
        let folder = try documentFolder(draft.folder.isEmpty ? (draft.template?.folder ?? "") : draft.folder)
        var created: BoardDocument?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            let L = settings.language
            let today = clock.today
            var name: String
            if let chosen = draft.fileName {
                guard DocumentNaming.problems(inName: chosen).isEmpty, !chosen.contains("/") else {
                    throw DocsError.badFileName(chosen, DocumentNaming.compliantName(chosen))
                }
                name = chosen
            } else {
                let ext: String
                if let original = draft.attachmentName, let dot = original.lastIndex(of: "."), dot != original.startIndex {
                    ext = "." + DocumentNaming.slug(String(original[original.index(after: dot)...]))
                } else {
                    ext = draft.attachment == nil ? ".md" : ""
                }
                let stem = DocumentNaming.slug(title)
                name = ((draft.template?.dated ?? false) ? today.iso + "-" : "") + (stem.isEmpty ? "document" : stem) + ext
            }
            let path = BoardDocument.folder + "/" + (folder.isEmpty ? "" : folder + "/") + name
            try confine(path, forWriting: true)
            if try readCommittedBytes(path, at: head) != nil || (homeIsCheckedOut && FileManager.default.fileExists(atPath: (self.folder ?? "") + path)) {
                throw DocsError.documentExists(path)
            }
            let id = ItemID.next(kind: .document, code: docsCode(of: actor, in: settings), after: try knownIDs(of: .document, base: head))
            var meta = DocumentMeta(id: id, title: title, author: authorName(actor))
            var tags: [String] = []
            for t in (draft.template?.tags ?? []) + draft.tags where !tags.contains(t) { tags.append(t) }
            meta.tags = tags
            var writes: [String: FileContent?] = [:]
            if let bytes = draft.attachment {
                writes[path] = .bytes(bytes)
                writes[path + BoardDocument.sidecarSuffix] = .text(DocumentCodec.encodeSidecar(meta))
                created = BoardDocument(path: path, meta: meta, body: nil)
            } else {
                var values = draft.values
                values["title"] = title
                values["date"] = today.formatted(L)
                values["author"] = actor.memberID.flatMap { settings.member($0)?.name } ?? actor.name
                values["name"] = settings.name
                values["id"] = id.description
                var body = draft.template.map { $0.render(values) } ?? "# \(title)\n"
                body = BoardStore.fillRemainingPlaceholders(body)
                writes[path] = .text(DocumentCodec.encodeMarkdown(meta, body: body))
                created = BoardDocument(path: path, meta: meta, body: body)
            }
            return (writes, CommitMessage(subject: DocsActionText.documentAdded(id.description, title)(L), action: "doc-new", items: [id.description, path]))
        }
        return (created!, try required(outcome))
    }

    /// Placeholders no value was given for become `…`, for the author to fill in.
    static func fillRemainingPlaceholders(_ text: String) -> String {
        var out = text
        while let open = out.range(of: "{{"), let close = out.range(of: "}}", range: open.upperBound..<out.endIndex),
              !out[open.upperBound..<close.lowerBound].contains("\n") {
            out.replaceSubrange(open.lowerBound..<close.upperBound, with: "…")
        }
        return out
    }

    /// Moves a document along draft → review → validated (or back); validating records who
    /// validated it and when.
    public func setDocumentStatus(_ key: String, to status: DocumentStatus, version: String?, actor: Identity) throws -> (BoardDocument, String, CommitOutcome?) {
        var result: BoardDocument?
        var previous = ""
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            let library = try documentationFiles(at: head).documents
            guard var doc = library.document(key) else { throw DocsError.unknownDocument(key) }
            guard doc.meta.id != nil || !doc.meta.status.isEmpty else { throw DocsError.documentWithoutID(doc.metadataPath) }
            previous = doc.meta.status
            doc.meta.status = status.rawValue
            if let version { doc.meta.version = version }
            if status == .validated {
                if previous != status.rawValue || doc.meta.validatedBy == nil {
                    doc.meta.validatedBy = authorName(actor)
                    doc.meta.validatedAt = nowText
                }
            } else {
                doc.meta.validatedBy = nil
                doc.meta.validatedAt = nil
            }
            result = doc
            let text = doc.isMarkdown ? DocumentCodec.encodeMarkdown(doc.meta, body: doc.body ?? "") : DocumentCodec.encodeSidecar(doc.meta)
            let label = doc.meta.id?.description ?? doc.path
            return ([doc.metadataPath: .text(text)],
                    CommitMessage(subject: DocsActionText.documentStatus(label, doc.meta.title, previous.isEmpty ? "?" : StatusWords.document(previous, settings.language), StatusWords.document(status.rawValue, settings.language))(settings.language),
                                  action: "doc-status", items: [label, doc.path]))
        }
        return (result!, previous, outcome)
    }

    /// Renames a document to `newName` (default: the compliant form of its name), its sidecar
    /// with it. Comments follow, since they hang on the document's id.
    public func renameDocument(_ key: String, to newName: String?, actor: Identity) throws -> (from: String, to: String, outcome: CommitOutcome) {
        var from = "", to = ""
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            let files = try documentationFiles(at: head)
            let path = key.hasPrefix(BoardDocument.folder + "/") ? key : BoardDocument.folder + "/" + key
            try confine(path)
            let existing: String
            if let doc = files.documents.document(key) { existing = doc.path } else if files.paths.contains(path) { existing = path } else { throw DocsError.unknownDocument(key) }
            let parts = existing.split(separator: "/").map(String.init)
            var target: String
            if let newName {
                if newName.contains("/") {
                    target = newName.hasPrefix(BoardDocument.folder + "/") ? newName : BoardDocument.folder + "/" + newName
                } else {
                    target = (parts.dropLast() + [newName]).joined(separator: "/")
                }
                for part in target.split(separator: "/").dropFirst() where !DocumentNaming.problems(inName: String(part)).isEmpty {
                    throw DocsError.badFileName(String(part), DocumentNaming.compliantName(String(part)))
                }
            } else {
                target = (parts.dropLast() + [DocumentNaming.compliantName(parts.last ?? "")]).joined(separator: "/")
            }
            try confine(target, forWriting: true)
            if target == existing { throw ActionError.nothingToDo }
            if files.paths.contains(target) { throw DocsError.documentExists(target) }
            guard let bytes = try readCommittedBytes(existing, at: head) else { throw DocsError.unknownDocument(key) }
            var writes: [String: FileContent?] = [existing: nil, target: .bytes(bytes)]
            let sidecar = existing + BoardDocument.sidecarSuffix
            if let meta = try readCommittedText(sidecar, at: head) {
                writes[sidecar] = .some(nil)
                writes[target + BoardDocument.sidecarSuffix] = .text(meta)
            }
            from = existing
            to = target
            return (writes, CommitMessage(subject: DocsActionText.documentRenamed(existing, target)(settings.language), action: "doc-rename", items: [existing, target]))
        }
        return (from, to, try required(outcome))
    }
}
