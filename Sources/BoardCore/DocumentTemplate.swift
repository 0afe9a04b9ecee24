import Foundation

/// A document template: a Markdown body with `{{placeholders}}`, and an optional front matter
/// that says how documents made from it are named and filed (`title`, `dated`, `folder`, `tags`).
public struct DocumentTemplate: Sendable {
    public let name: String
    public let language: Language?
    /// The default title of a document made from it.
    public let title: String?
    /// True when document names start with the day (`2026-12-02-rapport-hebdomadaire.md`).
    public let dated: Bool
    public let folder: String?
    public let tags: [String]
    public let body: String
    /// Where it came from: `Boards/modeles/…` (shipped) or the board's `templates/…`.
    public let source: String

    public init(name: String, language: Language?, text: String, source: String) {
        self.name = name
        self.language = language
        self.source = source
        var title: String?, dated = false, folder: String?, tags: [String] = []
        var body = text
        if let parts = FrontMatter.split(text), case .success(let mapping) = YAMLMapping.parse(parts.yaml, file: source, firstLine: parts.firstLine) {
            var reader = FieldReader(file: source)
            for field in mapping.fields {
                switch field.key {
                case "title": title = reader.optionalString(field)
                case "dated": dated = ["true", "yes", "oui"].contains((reader.optionalString(field) ?? "").lowercased())
                case "folder": folder = reader.optionalString(field)
                case "tags": tags = reader.stringList(field)
                default: break
                }
            }
            body = parts.body
        }
        self.title = title
        self.dated = dated
        self.folder = folder
        self.tags = tags
        self.body = body
    }

    /// The body with each `{{key}}` replaced by its value; unknown placeholders are left as
    /// they are, for the author to fill in.
    public func render(_ values: [String: String]) -> String {
        var out = body
        // A value with a control character (a title typed with an escape) is written visibly
        // escaped: a board file holds no raw control character (FileText).
        for (key, value) in values { out = out.replacingOccurrences(of: "{{\(key)}}", with: SafeText.visible(value)) }
        return out
    }
}

/// The templates a board can use: its own (`<board>/templates/NAME[.LANG].md`) first, then the
/// ones shipped in `Boards/modeles/documents/`.
public struct TemplateSet: Sendable {
    public static let boardFolder = "templates"

    /// Shipped templates by `NAME.LANG` (`note.fr`).
    public var shipped: [String: String]
    /// The board's templates by file name without `.md` (`note`, `note.fr`).
    public var board: [String: String]

    public init(shipped: [String: String], board: [String: String]) {
        self.shipped = shipped
        self.board = board
    }

    /// Other names people use for the shipped templates, in French and English.
    public static let aliases: [String: String] = [
        "compte-rendu": "reunion-hebdo", "compte-rendu-reunion": "reunion-hebdo", "reunion": "reunion-hebdo", "minutes": "reunion-hebdo",
        "meeting": "reunion-hebdo", "weekly-meeting": "reunion-hebdo",
        "recette": "fiche-recette", "acceptance": "fiche-recette", "acceptance-test": "fiche-recette", "test-sheet": "fiche-recette",
        "rapport": "rapport-hebdo", "rapport-hebdomadaire": "rapport-hebdo", "weekly-report": "rapport-hebdo", "report": "rapport-hebdo",
        "spec": "cahier-des-charges", "cdc": "cahier-des-charges",
    ]

    public func canonical(_ name: String) -> String {
        let n = DocumentNaming.slug(name)
        if board[n] != nil || board.keys.contains(where: { $0.hasPrefix(n + ".") }) { return n }
        return TemplateSet.aliases[n] ?? n
    }

    /// The template `name` in `language`: the board's in that language, the board's in any
    /// language, the shipped one in that language, the shipped one in the other language.
    public func resolve(_ name: String, language: Language) -> DocumentTemplate? {
        let n = canonical(name)
        // The other languages, the fallback first.
        let others = ([Language.fallback] + Language.allCases).filter { $0 != language }
        func inBoard(_ l: Language) -> DocumentTemplate? {
            self.board["\(n).\(l.rawValue)"].map { DocumentTemplate(name: n, language: l, text: $0, source: "\(TemplateSet.boardFolder)/\(n).\(l.rawValue).md") }
        }
        func inShipped(_ l: Language) -> DocumentTemplate? {
            self.shipped["\(n).\(l.rawValue)"].map { DocumentTemplate(name: n, language: l, text: $0, source: "Boards/modeles/documents/\(n).\(l.rawValue).md") }
        }
        if let t = inBoard(language) { return t }
        if let t = board[n] { return DocumentTemplate(name: n, language: nil, text: t, source: "\(TemplateSet.boardFolder)/\(n).md") }
        if let t = others.lazy.compactMap(inBoard).first { return t }
        return inShipped(language) ?? others.lazy.compactMap(inShipped).first
    }

    /// Every template name, sorted.
    public var names: [String] {
        var out = Set<String>()
        for key in Array(shipped.keys) + Array(board.keys) {
            let parts = key.split(separator: ".")
            if parts.count == 2, Language(code: String(parts[1])) != nil, parts[1].count == 2 { out.insert(String(parts[0])) } else { out.insert(key) }
        }
        return out.sorted()
    }

    /// Every text of the spec template (each language, shipped and the board's), to recognise
    /// sections left as the template wrote them.
    public var specTemplateTexts: [String] {
        (shipped.filter { $0.key.hasPrefix("cahier-des-charges") } .map(\.value) + board.filter { $0.key.hasPrefix("cahier-des-charges") }.map(\.value))
            .map { DocumentTemplate(name: "cahier-des-charges", language: nil, text: $0, source: "").body }
    }
}
