import Foundation

/// Where a document is in its life: written, being reviewed, validated by a member.
public enum DocumentStatus: String, Sendable, CaseIterable {
    case draft, review, validated

    /// The status a person typed: the key or its word in either language (`validé`, `DRAFT`).
    public init?(word: String) {
        guard let key = StatusWords.resolve(word, among: Self.allCases.map(\.rawValue)) else { return nil }
        self.init(rawValue: key)
    }
}

/// The metadata of a document: the front matter of a Markdown document, or the sidecar
/// `<file>.meta.yml` of a binary one (PDF, image, office file). Keys are written in this order,
/// absent ones omitted; unknown keys are kept after them.
public struct DocumentMeta: Sendable, Equatable {
    public var id: ItemID?
    public var title: String
    public var author: String?
    /// Kept as written so an unknown status is reported, never lost.
    public var status: String
    public var version: String?
    public var tags: [String] = []
    public var validatedBy: String?
    /// ISO 8601 date and time of the validation.
    public var validatedAt: String?
    public var extra: [ExtraField] = []
    /// The line each key was read from.
    public var lines: [String: Int] = [:]

    public init(id: ItemID?, title: String, author: String?, status: String = DocumentStatus.draft.rawValue, version: String? = "0.1") {
        self.id = id
        self.title = title
        self.author = author
        self.status = status
        self.version = version
    }

    public static func == (a: DocumentMeta, b: DocumentMeta) -> Bool {
        a.id == b.id && a.title == b.title && a.author == b.author && a.status == b.status && a.version == b.version
            && a.tags == b.tags && a.validatedBy == b.validatedBy && a.validatedAt == b.validatedAt && a.extra == b.extra
    }
}

/// A document of the board's documentation tree (`docs/…`).
public struct BoardDocument: Sendable {
    public static let folder = "docs"
    public static let sidecarSuffix = ".meta.yml"

    /// Board-relative path of the document itself (`docs/conception/charte-graphique.md`).
    public var path: String
    public var meta: DocumentMeta
    /// The Markdown after the front matter; nil for a binary document.
    public var body: String?

    public init(path: String, meta: DocumentMeta, body: String?) {
        self.path = path
        self.meta = meta
        self.body = body
    }

    /// True for Markdown documents, whose metadata is their front matter.
    public var isMarkdown: Bool { BoardDocument.isMarkdown(path) }
    /// The file holding the metadata: the document, or its sidecar.
    public var metadataPath: String { isMarkdown ? path : path + BoardDocument.sidecarSuffix }
    /// The folder under `docs/` ("" at the top).
    public var folder: String {
        let parts = path.split(separator: "/").dropFirst().dropLast()
        return parts.joined(separator: "/")
    }
    public var fileName: String { String(path.split(separator: "/").last ?? "") }

    public static func isMarkdown(_ path: String) -> Bool { path.lowercased().hasSuffix(".md") }
    public static func isSidecar(_ path: String) -> Bool { path.hasSuffix(sidecarSuffix) }
    public static func isDocumentPath(_ path: String) -> Bool { path.hasPrefix(folder + "/") }
}

/// Reads and writes document metadata, deterministically (fixed key order, one key per line).
public enum DocumentCodec {
    /// A Markdown document: front matter then body. Without a front matter the whole text is the
    /// body and the metadata is nil (reported by the check).
    public static func decodeMarkdown(_ text: String, path: String) -> (DocumentMeta?, String, [Diagnostic]) {
        guard let parts = FrontMatter.split(text) else {
            return (nil, text, [Diagnostic(file: path, line: 1, severity: .warning, message: Catalog.documentWithoutMetadata, hint: Catalog.documentMetadataHint)])
        }
        let (meta, problems) = decodeFields(parts.yaml, path: path, firstLine: parts.firstLine)
        return (meta, parts.body, problems)
    }

    /// A sidecar `<file>.meta.yml`: the same keys as a front matter, without the `---` lines.
    public static func decodeSidecar(_ text: String, path: String) -> (DocumentMeta?, [Diagnostic]) {
        decodeFields(text, path: path, firstLine: 1)
    }

    static func decodeFields(_ yaml: String, path: String, firstLine: Int) -> (DocumentMeta?, [Diagnostic]) {
        let mapping: YAMLMapping
        switch YAMLMapping.parse(yaml, file: path, firstLine: firstLine) {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let m): mapping = m
        }
        var reader = FieldReader(file: path)
        var meta = DocumentMeta(id: nil, title: "", author: nil, status: "", version: nil)
        for field in mapping.fields {
            meta.lines[field.key] = field.line
            switch field.key {
            case "id":
                if let text = reader.optionalString(field) { meta.id = reader.itemID(field, text, kind: .document) }
            case "title": meta.title = reader.string(field) ?? ""
            case "author": meta.author = reader.optionalString(field)
            case "status": meta.status = reader.optionalString(field) ?? ""
            case "version": meta.version = reader.optionalString(field)
            case "tags": meta.tags = reader.stringList(field)
            case "validatedBy": meta.validatedBy = reader.optionalString(field)
            case "validatedAt": meta.validatedAt = reader.optionalString(field)
            default: meta.extra.append(YAMLMapping.extra(field))
            }
        }
        let first = firstLine
        if meta.id == nil && meta.lines["id"] == nil {
            reader.diagnostics.append(Diagnostic(file: path, line: first, severity: .warning, message: Catalog.missingKey("id"), hint: Catalog.documentMetadataHint))
        }
        if meta.title.isEmpty {
            reader.diagnostics.append(Diagnostic(file: path, line: meta.lines["title"] ?? first, severity: .warning, message: Catalog.missingKey("title"), hint: Catalog.missingTitleHint))
        }
        if meta.status.isEmpty {
            reader.diagnostics.append(Diagnostic(file: path, line: meta.lines["status"] ?? first, severity: .warning, message: Catalog.missingKey("status"), hint: Catalog.documentStatusHint))
        } else if DocumentStatus(rawValue: meta.status) == nil {
            reader.diagnostics.append(Diagnostic(file: path, line: meta.lines["status"], message: Catalog.unknownDocumentStatus(meta.status), hint: Catalog.documentStatusHint))
        }
        return (meta, reader.diagnostics)
    }

    static func encodeFields(_ meta: DocumentMeta) -> String {
        var out = ""
        if let id = meta.id { out += "id: \(id)\n" }
        out += "title: \(YAMLText.scalar(meta.title))\n"
        if let a = meta.author { out += "author: \(YAMLText.scalar(a))\n" }
        out += "status: \(YAMLText.scalar(meta.status))\n"
        if let v = meta.version { out += "version: \(YAMLText.scalar(v))\n" }
        if !meta.tags.isEmpty { out += "tags: \(YAMLText.list(meta.tags))\n" }
        if let v = meta.validatedBy { out += "validatedBy: \(YAMLText.scalar(v))\n" }
        if let v = meta.validatedAt { out += "validatedAt: \(YAMLText.scalar(v))\n" }
        for field in meta.extra { out += field.yaml }
        return out
    }

    public static func encodeMarkdown(_ meta: DocumentMeta, body: String) -> String {
        "---\n" + encodeFields(meta) + "---\n" + body
    }

    public static func encodeSidecar(_ meta: DocumentMeta) -> String {
        encodeFields(meta)
    }
}

/// The documents of a board, read from their files.
public struct DocumentLibrary: Sendable {
    public var documents: [BoardDocument]
    public var diagnostics: [Diagnostic]

    /// Reads `files` (every path under `docs/`, with the text of Markdown files and sidecars;
    /// binary files need no text). Never fails: problems become diagnostics.
    public static func load(paths: [String], text: (String) -> String?) -> DocumentLibrary {
        var documents: [BoardDocument] = []
        var diagnostics: [Diagnostic] = []
        let all = Set(paths)
        for path in paths.sorted() where BoardDocument.isDocumentPath(path) {
            if BoardDocument.isSidecar(path) {
                let target = String(path.dropLast(BoardDocument.sidecarSuffix.count))
                if !all.contains(target) {
                    diagnostics.append(Diagnostic(file: path, line: nil, severity: .warning, message: Catalog.orphanSidecar(target), hint: Catalog.orphanSidecarHint))
                }
                continue
            }
            let name = String(path.split(separator: "/").last ?? "")
            if name.hasPrefix(".") { continue } // .gitkeep and other hidden files
            if BoardDocument.isMarkdown(path) {
                guard let content = text(path) else { continue }
                let (meta, body, problems) = DocumentCodec.decodeMarkdown(content, path: path)
                diagnostics += problems
                let fallback = DocumentMeta(id: nil, title: name, author: nil, status: "", version: nil)
                documents.append(BoardDocument(path: path, meta: meta ?? fallback, body: body))
            } else {
                let sidecar = path + BoardDocument.sidecarSuffix
                if all.contains(sidecar), let content = text(sidecar) {
                    let (meta, problems) = DocumentCodec.decodeSidecar(content, path: sidecar)
                    diagnostics += problems
                    documents.append(BoardDocument(path: path, meta: meta ?? DocumentMeta(id: nil, title: name, author: nil, status: "", version: nil), body: nil))
                } else {
                    diagnostics.append(Diagnostic(file: path, line: nil, severity: .warning, message: Catalog.binaryWithoutSidecar(sidecar), hint: Catalog.binarySidecarHint))
                    documents.append(BoardDocument(path: path, meta: DocumentMeta(id: nil, title: name, author: nil, status: "", version: nil), body: nil))
                }
            }
        }
        // Two documents with one id: made by hand, or the same member on two unsynchronised machines.
        var seen: [ItemID: String] = [:]
        for d in documents {
            guard let id = d.meta.id else { continue }
            if let other = seen[id] {
                diagnostics.append(Diagnostic(file: d.metadataPath, line: d.meta.lines["id"], message: Catalog.duplicateDocumentID(id.description, other), hint: Catalog.duplicateIDHint))
            } else {
                seen[id] = d.path
            }
        }
        return DocumentLibrary(documents: documents, diagnostics: diagnostics)
    }

    /// Naming-rule problems of every file and folder under `docs/`, each once.
    public static func namingProblems(paths: [String]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var reportedFolders: Set<String> = []
        for path in paths.sorted() where BoardDocument.isDocumentPath(path) && !BoardDocument.isSidecar(path) {
            let parts = path.split(separator: "/").map(String.init)
            for (i, part) in parts.enumerated().dropFirst() {
                let isFile = i == parts.count - 1
                let prefix = parts[0...i].joined(separator: "/")
                if !isFile, !reportedFolders.insert(prefix).inserted { continue }
                let problems = DocumentNaming.problems(inName: part)
                guard !problems.isEmpty else { continue }
                let suggested = (parts[0..<i] + [DocumentNaming.compliantName(part)]).joined(separator: "/")
                out.append(Diagnostic(file: prefix, line: nil, severity: .warning, message: Catalog.badDocumentName(part, problems),
                                      hint: isFile ? Catalog.renameDocumentHint(prefix, suggested) : Catalog.renameFolderHint(suggested)))
            }
        }
        return out
    }

    public func document(_ key: String) -> BoardDocument? {
        if let id = ItemID(key), id.kind == .document { return documents.first { $0.meta.id == id } }
        let path = key.hasPrefix(BoardDocument.folder + "/") ? key : BoardDocument.folder + "/" + key
        return documents.first { $0.path == path || $0.path == key }
    }
}
