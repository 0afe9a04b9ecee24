import BoardCore
import Foundation

/// What `BoardStore.history(options:)` counts and how it reports progress.
public struct HistoryOptions: Sendable {
    /// Files left out of line counts (lock files, vendored, minified and generated files): they
    /// inflate counts without saying who did the work. See `PathGlob` for the syntax.
    public var excludedGlobs: [String]
    /// Called now and then with (commits done, commits to do) while uncached commits are read.
    public var progress: (@Sendable (Int, Int) -> Void)?

    public static let defaultExcludedGlobs = [
        "package-lock.json", "yarn.lock", "pnpm-lock.yaml", "composer.lock", "Gemfile.lock", "Cargo.lock", "Package.resolved",
        "*.min.js", "*.min.css", "vendor/**", "node_modules/**", "dist/**", "build/**", ".build/**",
    ]

    public init(excludedGlobs: [String] = HistoryOptions.defaultExcludedGlobs, progress: (@Sendable (Int, Int) -> Void)? = nil) {
        self.excludedGlobs = excludedGlobs
        self.progress = progress
    }
}

/// A path pattern, as in `.gitignore`: without a slash it matches a file name anywhere
/// (`*.min.js`, `package-lock.json`); `NAME/**` matches everything under any folder named NAME
/// (`vendor/**`, also `site/vendor/…`); any other pattern matches the whole repository path,
/// `*` and `?` within one path component, `**` across components.
public struct PathGlob: Sendable, Equatable {
    public let pattern: String
    private let components: [String]
    private let patternBytes: [UInt8]
    private enum Mode: Sendable, Equatable { case name, folderAnywhere(String), path }
    private let mode: Mode

    public init(_ pattern: String) {
        var p = pattern.trimmingCharacters(in: .whitespaces)
        if p.hasPrefix("/") { p.removeFirst() }
        self.pattern = p
        components = p.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        patternBytes = Array((p.split(separator: "/").first.map(String.init) ?? p).utf8)
        if !p.contains("/") {
            mode = .name
        } else if components.count == 2, components[1] == "**", !components[0].contains("*") {
            mode = .folderAnywhere(components[0])
        } else {
            mode = .path
        }
    }

    public func matches(_ path: String) -> Bool {
        // The two common modes read the path's bytes in place: the history asks for each
        // path it meets against every pattern (a board of 10,000 tasks: 140,000 asks).
        switch mode {
        case .name:
            var path = path
            return path.withUTF8 { bytes in
                let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
                return patternBytes.withUnsafeBufferPointer { PathGlob.matchComponent($0, UnsafeBufferPointer(rebasing: bytes[start...])) }
            }
        case .folderAnywhere:
            // Any non-empty component but the last.
            var path = path
            return path.withUTF8 { bytes in
                patternBytes.withUnsafeBufferPointer { pattern in
                    var previous: Range<Int>?
                    var i = 0
                    while i < bytes.count {
                        if bytes[i] == UInt8(ascii: "/") { i += 1; continue }
                        var j = i
                        while j < bytes.count && bytes[j] != UInt8(ascii: "/") { j += 1 }
                        if let p = previous, PathGlob.matchComponent(pattern, UnsafeBufferPointer(rebasing: bytes[p])) { return true }
                        previous = i..<j
                        i = j
                    }
                    return false
                }
            }
        case .path:
            let parts = path.split(separator: "/").map(String.init)
            return PathGlob.matchPath(components[...], parts[...])
        }
    }

    private static func matchPath(_ pattern: ArraySlice<String>, _ parts: ArraySlice<String>) -> Bool {
        guard let first = pattern.first else { return parts.isEmpty }
        if first == "**" {
            let rest = pattern.dropFirst()
            var tail = parts
            while true {
                if matchPath(rest, tail) { return true }
                guard !tail.isEmpty else { return false }
                tail = tail.dropFirst()
            }
        }
        guard let part = parts.first, matchComponent(Array(first.utf8), Array(part.utf8)) else { return false }
        return matchPath(pattern.dropFirst(), parts.dropFirst())
    }

    /// `*` and `?` wildcards within one component (iterative, with backtracking on the last star).
    static func matchComponent(_ p: [UInt8], _ s: [UInt8]) -> Bool {
        p.withUnsafeBufferPointer { p in s.withUnsafeBufferPointer { s in matchComponent(p, s) } }
    }

    static func matchComponent(_ p: UnsafeBufferPointer<UInt8>, _ s: UnsafeBufferPointer<UInt8>) -> Bool {
        var pi = 0, si = 0, star = -1, mark = 0
        while si < s.count {
            if pi < p.count, p[pi] == UInt8(ascii: "?") || p[pi] == s[si] {
                pi += 1; si += 1
            } else if pi < p.count, p[pi] == UInt8(ascii: "*") {
                star = pi; mark = si; pi += 1
            } else if star >= 0 {
                pi = star + 1; mark += 1; si = mark
            } else {
                return false
            }
        }
        while pi < p.count, p[pi] == UInt8(ascii: "*") { pi += 1 }
        return pi == p.count
    }
}

/// Which kind of file a path is, for counting lines by kind. Board files are the board folder's
/// own files; the rest goes by extension.
enum FileClassifier {
    static let code: Set<String> = [
        "swift", "js", "mjs", "cjs", "ts", "tsx", "jsx", "php", "html", "htm", "css", "scss", "sass", "less", "py", "rb", "java",
        "kt", "c", "h", "cpp", "hpp", "cc", "cs", "go", "rs", "sh", "bash", "sql", "vue", "svelte", "twig", "xml", "xsl", "pl",
        "lua", "dart", "m", "mm", "ps1", "bat", "gradle", "makefile", "dockerfile", "json5", "graphql",
    ]
    static let content: Set<String> = ["md", "markdown", "txt", "rst", "adoc", "yml", "yaml", "json", "toml", "csv", "ini", "cfg", "conf", "po", "tex", "svg", "env", "gitignore", "gitattributes", "mailmap", "editorconfig", "htaccess", ""]
    static let document: Set<String> = ["pdf", "odt", "ods", "odp", "odg", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "epub", "pages", "numbers", "key"]

    static func kind(of path: String, boardPrefix: String, isBinary: Bool) -> FileKind {
        // The spec, minutes and comments are prose people write: content, not board clicks.
        if isBoardFile(path, prefix: boardPrefix) && !isWrittenBoardFile(path, prefix: boardPrefix) { return .board }
        let name = path.split(separator: "/").last.map { $0.lowercased() } ?? path.lowercased()
        let ext: String
        if let dot = name.lastIndex(of: "."), dot != name.startIndex { ext = String(name[name.index(after: dot)...]) } else if name.hasPrefix(".") { ext = String(name.dropFirst()) } else { ext = name == "makefile" || name == "dockerfile" ? name : "" }
        if document.contains(ext) { return .document }
        if isBinary { return .binary }
        if code.contains(ext) { return .code }
        // Any other text (LICENSE, templates…) is written content.
        return .content
    }

    /// Board files that hold written prose: the spec, meeting minutes, comments.
    static func isWrittenBoardFile(_ path: String, prefix: String) -> Bool {
        guard path.hasPrefix(prefix) else { return false }
        let rest = path.dropFirst(prefix.count)
        return rest == "spec.md" || rest.hasPrefix("meetings/") || rest.hasPrefix("comments/")
    }

    /// The board's own files: settings, tasks, milestones, spec, documents, meetings, comments,
    /// time bookings.
    static func isBoardFile(_ path: String, prefix: String) -> Bool {
        guard path.hasPrefix(prefix) else { return false }
        let rest = path.dropFirst(prefix.count)
        // The board's `.gitattributes` routes its files through Jalon's merge driver: set up by
        // `jalon init`/`setup`, a board click, not written content.
        if rest == "jalon.yml" || rest == "spec.md" || rest == ".gitattributes" { return true }
        for folder in ["tasks/", "milestones/", "meetings/", "comments/", TimeBooking.folder + "/"] where rest.hasPrefix(folder) { return true }
        // Documents are the team's deliverables: counted by their own kind, not as board files,
        // except the sidecar metadata Jalon keeps next to them.
        if rest.hasPrefix("docs/") && rest.hasSuffix(".meta.yml") { return true }
        return false
    }
}
