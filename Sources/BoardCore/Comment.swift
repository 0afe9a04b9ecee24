import Foundation

/// A comment on a task, milestone, document or meeting. Comments are append-only and stored
/// one file per comment, `comments/<ITEM-ID>/<UTC timestamp>-<member>-<random>.md`, so two
/// members commenting in two clones add two different files: plain `git merge` and `jalon merge`
/// keep both with no conflict, and the file names sort in time order.
public struct Comment: Sendable, Equatable {
    public static let folder = "comments"

    /// Board-relative path of the comment's file.
    public var path: String
    /// The commented item (`T-A1`, `M-A1`, `D-B2`, `R-A1`).
    public var item: String
    /// The author's member id, or their name when they are not a member.
    public var author: String
    /// When it was written, as stored (ISO 8601 with time and offset).
    public var dateText: String
    public var mentions: [String]
    /// The comment's Markdown text.
    public var body: String
    public var extra: [ExtraField] = []

    public init(path: String, item: String, author: String, dateText: String, mentions: [String], body: String) {
        self.path = path
        self.item = item
        self.author = author
        self.dateText = dateText
        self.mentions = mentions
        self.body = body
    }

    public var date: Date? { Comment.parseDate(dateText) }

    /// The folder of an item's comments.
    public static func folder(of item: String) -> String { "\(folder)/\(item)" }

    /// The file name of a new comment: `20261201T090000Z-alice-3f9a2c.md` (UTC, so names sort in
    /// time order whatever the writers' time zones).
    public static func fileName(date: Date, author: String, random: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        let who = DocumentNaming.slug(author)
        return "\(f.string(from: date))-\(who.isEmpty ? "x" : who)-\(random).md"
    }

    /// ISO 8601 with the writer's offset: `2026-12-01T10:00:00+01:00`.
    public static func dateText(_ date: Date, timeZone: TimeZone) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = timeZone
        f.formatOptions = [.withInternetDateTime]
        return f.string(from: date)
    }

    public static func parseDate(_ text: String) -> Date? {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime]
        if let d = f.date(from: text) { return d }
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.date(from: text)
    }

    /// The member a mention names: its id in any case, accents ignored (`@Chloé` is `chloe`).
    public static func member(mentioned token: String, in settings: BoardSettings) -> Member? {
        if let m = settings.member(token) { return m }
        let folded = token.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return settings.members.first { $0.id.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil) == folded }
    }

    /// The `@member` mentions of a text, as written (without the `@`), each once, in order.
    /// An `@` inside a word (an email address) is not a mention.
    public static func mentionTokens(in text: String) -> [String] {
        var out: [String] = []
        let chars = Array(text)
        var i = 0
        while i < chars.count {
            if chars[i] == "@", i == 0 || !(chars[i - 1].isLetter || chars[i - 1].isNumber || chars[i - 1] == "." || chars[i - 1] == "_") {
                var j = i + 1
                var token = ""
                // Any letter, accented ones included: `@chloé` is one token, never `@chlo`.
                while j < chars.count, chars[j].isLetter || chars[j].isNumber || chars[j] == "-" || chars[j] == "_" || chars[j] == "." {
                    token.append(chars[j])
                    j += 1
                }
                while token.hasSuffix(".") || token.hasSuffix("-") { token.removeLast() }
                if !token.isEmpty, !out.contains(token) { out.append(token) }
                i = j
            } else {
                i += 1
            }
        }
        return out
    }

    /// Words that mention the whole team.
    public static let everyone: Set<String> = ["all", "tous", "equipe", "team"]
}

public enum CommentCodec {
    public static func decode(_ text: String, path: String) -> (Comment?, [Diagnostic]) {
        let parts = path.split(separator: "/")
        let item = parts.count >= 3 ? String(parts[parts.count - 2]) : ""
        guard let fm = FrontMatter.split(text) else {
            return (nil, [Diagnostic(file: path, line: 1, message: Catalog.noFrontMatter, hint: Catalog.noFrontMatterHint)])
        }
        let mapping: YAMLMapping
        switch YAMLMapping.parse(fm.yaml, file: path, firstLine: fm.firstLine) {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let m): mapping = m
        }
        var reader = FieldReader(file: path)
        var comment = Comment(path: path, item: item, author: "", dateText: "", mentions: [], body: fm.body)
        var lines: [String: Int] = [:]
        for field in mapping.fields {
            lines[field.key] = field.line
            switch field.key {
            case "author": comment.author = reader.optionalString(field) ?? ""
            case "date": comment.dateText = reader.optionalString(field) ?? ""
            case "mentions": comment.mentions = reader.stringList(field)
            default: comment.extra.append(YAMLMapping.extra(field))
            }
        }
        if comment.author.isEmpty {
            reader.diagnostics.append(Diagnostic(file: path, line: lines["author"] ?? fm.firstLine, message: Catalog.missingKey("author"), hint: Catalog.commentFormatHint))
        }
        if comment.date == nil {
            reader.diagnostics.append(Diagnostic(file: path, line: lines["date"] ?? fm.firstLine, message: Catalog.badCommentDate(comment.dateText), hint: Catalog.commentFormatHint))
        }
        return (comment, reader.diagnostics)
    }

    public static func encode(_ c: Comment) -> String {
        var out = "---\n"
        out += "author: \(YAMLText.scalar(c.author))\n"
        out += "date: \(YAMLText.scalar(c.dateText))\n"
        out += "mentions: \(YAMLText.list(c.mentions))\n"
        for field in c.extra { out += field.yaml }
        out += "---\n"
        out += c.body.hasSuffix("\n") ? c.body : c.body + "\n"
        return out
    }
}

/// Every comment of a board, by item, in time order.
public struct CommentThreads: Sendable {
    public var comments: [Comment]
    public var diagnostics: [Diagnostic]

    /// Reads the files under `comments/` (paths with their texts).
    public static func load(_ files: [Board.File]) -> CommentThreads {
        var comments: [Comment] = []
        var diagnostics: [Diagnostic] = []
        for file in files where file.path.hasPrefix(Comment.folder + "/") && file.path.hasSuffix(".md") {
            let parts = file.path.split(separator: "/")
            guard parts.count == 3 else {
                diagnostics.append(Diagnostic(file: file.path, line: nil, severity: .warning, message: Catalog.misplacedComment, hint: Catalog.commentFormatHint))
                continue
            }
            let (comment, problems) = CommentCodec.decode(file.text, path: file.path)
            diagnostics += problems
            if let comment { comments.append(comment) }
        }
        comments.sort(by: CommentThreads.inTimeOrder)
        return CommentThreads(comments: comments, diagnostics: diagnostics)
    }

    /// By date, then by file name (which starts with the UTC time): the order is the same in
    /// every clone.
    public static func inTimeOrder(_ a: Comment, _ b: Comment) -> Bool {
        let da = a.date ?? .distantPast, db = b.date ?? .distantPast
        if da != db { return da < db }
        return a.path < b.path
    }

    public func thread(_ item: String) -> [Comment] { comments.filter { $0.item == item } }
}
