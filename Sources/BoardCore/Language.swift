import Foundation

/// The languages every user-facing string exists in. Each has one table of texts
/// (`Languages/<code>.swift`); adding a language is one case here and one new table.
public enum Language: String, Sendable, CaseIterable, Codable {
    case fr, en

    /// The language a text missing from a table is shown in: the one place it is chosen.
    public static let fallback = Language.en

    /// Reads a language name such as `fr`, `fr_FR.UTF-8`, `English`; nil when unknown.
    public init?(code: String) {
        let lower = code.lowercased()
        guard let language = Language.allCases.first(where: { lower.hasPrefix($0.rawValue) }) else { return nil }
        self = language
    }

    /// The language of the environment: `JALON_LANG`, then `LC_ALL`, `LC_MESSAGES`, `LANG`; English otherwise.
    public static func fromEnvironment(_ env: [String: String] = ProcessInfo.processInfo.environment) -> Language? {
        for key in ["JALON_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = env[key], !value.isEmpty, value != "C", value != "POSIX" {
                return Language(code: value)
            }
        }
        return nil
    }

    /// This language's table, read from its source the first time a text is shown in it.
    public var table: LanguageTable {
        switch self {
        case .fr: return LanguageTable.fr
        case .en: return LanguageTable.en
        }
    }

    /// Which form of a counted word `n` takes: 0 for the first (singular), 1 for the second.
    /// The rule is the table's `language.plural`: `n<2` (French: 0 and 1 are singular) or `n=1`.
    public func pluralForm(_ n: Int) -> Int {
        switch table.pluralRule {
        case "n<2": return abs(n) < 2 ? 0 : 1
        default: return abs(n) == 1 ? 0 : 1
        }
    }

    /// A number written with a point (`7.5`) with this language's decimal mark (`7,5` in French):
    /// the one number formatter, its mark given by the table's `language.decimal`.
    public func decimal(_ pointed: String) -> String {
        let mark = table.decimalMark
        return mark == "." ? pointed : pointed.replacingOccurrences(of: ".", with: mark)
    }
}

/// A table of texts: one per language, `key = template` lines, each after a comment line giving
/// its context. In a template `{name}` is an argument, `{n|one|other}` the forms of the count
/// `n` (chosen by the language's plural rule), `\n` a line break, `\u{A0}` a character by code,
/// `\{`, `\}` and `\\` the characters themselves. Written by hand because Foundation's string
/// catalogs need a bundle and the Apple toolchain, and nothing else reads a plain table.
public struct LanguageTable: Sendable {
    /// Where each template is in the source, found by one pass over its bytes.
    private let index: TemplateIndex
    /// Each template read into its pieces the first time it is shown: a plan prints the same
    /// few sentences thousands of times.
    private let parsed = ParsedTemplates()

    /// Every template by key (for the catalog's checks and tests; a command looks up
    /// `template(_:)`, which reads only the templates it shows).
    public var templates: [String: String] { index.all }

    /// The template of `key`, nil when the table has none.
    public func template(_ key: String) -> String? { index.template(key) }

    /// Lines `key = template`; empty lines and lines starting with `#` are skipped. Every command
    /// reads a table before its first text: the lines are cut on their bytes and only where each
    /// template starts and ends is kept (making a string of each of the 1,500 keys and templates
    /// was a tenth of `jalon --version`); a table with carriage returns or a key with non-ASCII
    /// bytes is read by characters, as before.
    public init(source: String) {
        index = TemplateIndex(source)
    }

    static func readByCharacters(_ source: String) -> [String: String] {
        var templates: [String: String] = [:]
        for line in source.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            guard let equals = line.firstIndex(of: "=") else { continue }
            let key = line[..<equals].trimmingCharacters(in: .whitespaces)
            var value = line[line.index(after: equals)...]
            if value.first == " " { value = value.dropFirst() }
            templates[key] = String(value)
        }
        return templates
    }

    /// Where a template is in the source bytes.
    struct Entry {
        let keyStart: Int32, keyEnd: Int32, valueStart: Int32, valueEnd: Int32
        /// The value starts with a space followed by a non-ASCII byte: they may be one
        /// character, so the space is dropped as a character, when it is one.
        let spaceFirst: Bool
    }

    /// The entries of the table read from its bytes, in source order; nil when it must be read
    /// by characters.
    static func entries(_ bytes: UnsafeBufferPointer<UInt8>) -> [Entry]? {
        let newline = UInt8(ascii: "\n"), equals = UInt8(ascii: "="), space = UInt8(ascii: " "), tab = UInt8(ascii: "\t")
        if bytes.contains(UInt8(ascii: "\r")) { return nil }
        var entries: [Entry] = []
        entries.reserveCapacity(bytes.count / 64)
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && bytes[end] != newline { end += 1 }
            defer { start = end + 1 }
            guard end > start, bytes[start] != UInt8(ascii: "#") else { continue }
            var mark = start
            while mark < end && bytes[mark] != equals { mark += 1 }
            guard mark < end else { continue }
            var keyStart = start, keyEnd = mark
            while keyStart < keyEnd && (bytes[keyStart] == space || bytes[keyStart] == tab) { keyStart += 1 }
            while keyEnd > keyStart && (bytes[keyEnd - 1] == space || bytes[keyEnd - 1] == tab) { keyEnd -= 1 }
            // Where a byte could join the character before it, the characters decide.
            if start + 1 < end && bytes[start + 1] >= 0x80 || mark + 1 < end && bytes[mark + 1] >= 0x80 { return nil }
            for i in start..<mark where bytes[i] >= 0x80 || (bytes[i] < 0x20 && bytes[i] != tab) { return nil }
            var valueStart = mark + 1
            var spaceFirst = false
            if valueStart < end && bytes[valueStart] == space {
                if valueStart + 1 < end && bytes[valueStart + 1] >= 0x80 { spaceFirst = true } else { valueStart += 1 }
            }
            entries.append(Entry(keyStart: Int32(keyStart), keyEnd: Int32(keyEnd), valueStart: Int32(valueStart), valueEnd: Int32(end), spaceFirst: spaceFirst))
        }
        return entries
    }

    /// One piece of a template: literal text (escapes already read), or an argument with, for
    /// a counted word, its forms.
    enum Piece {
        case literal(String)
        case argument(name: String, forms: [String])
    }

    /// The one reader of the template syntax, for showing a text and for the placeholder check.
    static func pieces(_ template: String) -> [Piece] {
        var pieces: [Piece] = []
        var text = ""
        var chars = template.makeIterator()
        while let c = chars.next() {
            switch c {
            case "\\":
                switch chars.next() {
                case "n": text.append("\n")
                case "t": text.append("\t")
                case "u":
                    _ = chars.next()
                    var hex = ""
                    while let d = chars.next(), d != "}" { hex.append(d) }
                    if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { text.unicodeScalars.append(scalar) }
                case let other?: text.append(other)
                case nil: break
                }
            case "{":
                var inside = ""
                while let d = chars.next(), d != "}" { inside.append(d) }
                let parts = inside.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                if !text.isEmpty { pieces.append(.literal(text)); text = "" }
                pieces.append(.argument(name: parts[0], forms: Array(parts.dropFirst())))
            default: text.append(c)
            }
        }
        if !text.isEmpty { pieces.append(.literal(text)) }
        return pieces
    }

    /// The table's `language.plural` and `language.decimal`, read once.
    var pluralRule: String? { index.pluralRule }
    var decimalMark: String { index.decimalMark }

    /// The pieces of the template of `key` (`template`), read once per table.
    /// The pieces of the template of `key`, nil when the table has none.
    func pieces(of key: String) -> [Piece]? {
        parsed.pieces(of: key) { template(key).map(LanguageTable.pieces) }
    }

    /// The names of the arguments a template uses.
    public static func placeholders(_ template: String) -> Set<String> {
        Set(pieces(template).compactMap { if case .argument(let name, _) = $0 { return name } else { return nil } })
    }
}

/// A table's source and where each template is in it: an open-addressing hash table of the
/// keys' bytes (FNV-1a), so that finding a template makes no string until it is found.
private final class TemplateIndex: @unchecked Sendable {
    private let bytes: [UInt8]
    private let entries: [LanguageTable.Entry]
    /// Entry number + 1 by hash slot, 0 for none.
    private let slots: [Int32]
    /// The table read by characters, when its bytes could not be (see `LanguageTable.init`).
    private let byCharacters: [String: String]?
    private(set) var pluralRule: String?
    private(set) var decimalMark = "."
    private let allLock = NSLock()
    private var allTemplates: [String: String]?

    init(_ source: String) {
        bytes = Array(source.utf8)
        guard let found = bytes.withUnsafeBufferPointer(LanguageTable.entries) else {
            entries = []
            slots = []
            byCharacters = LanguageTable.readByCharacters(source)
            pluralRule = byCharacters?["language.plural"]
            decimalMark = byCharacters?["language.decimal"] ?? "."
            return
        }
        entries = found
        byCharacters = nil
        var size = 16
        while size < found.count * 2 { size *= 2 }
        var slots = [Int32](repeating: 0, count: size)
        bytes.withUnsafeBufferPointer { b in
            for (n, e) in found.enumerated() {
                var slot = Self.hash(UnsafeBufferPointer(rebasing: b[Int(e.keyStart)..<Int(e.keyEnd)])) & (size - 1)
                while slots[slot] != 0 {
                    let other = found[Int(slots[slot]) - 1]
                    // A key written twice: the later line wins, as it did in a dictionary.
                    if Self.same(b, other, b, e) { break }
                    slot = (slot + 1) & (size - 1)
                }
                slots[slot] = Int32(n + 1)
            }
        }
        self.slots = slots
        pluralRule = template("language.plural")
        decimalMark = template("language.decimal") ?? "."
    }

    private static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in key { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func same(_ a: UnsafeBufferPointer<UInt8>, _ x: LanguageTable.Entry, _ b: UnsafeBufferPointer<UInt8>, _ y: LanguageTable.Entry) -> Bool {
        let n = Int(x.keyEnd - x.keyStart)
        guard n == Int(y.keyEnd - y.keyStart) else { return false }
        return memcmp(a.baseAddress! + Int(x.keyStart), b.baseAddress! + Int(y.keyStart), n) == 0
    }

    private func value(_ e: LanguageTable.Entry, _ b: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: UnsafeBufferPointer(rebasing: b[Int(e.valueStart)..<Int(e.valueEnd)]), as: UTF8.self)
        guard e.spaceFirst else { return text }
        var value = Substring(text)
        if value.first == " " { value = value.dropFirst() }
        return String(value)
    }

    func template(_ key: String) -> String? {
        if let byCharacters { return byCharacters[key] }
        guard !slots.isEmpty else { return nil }
        var key = key
        return key.withUTF8 { k in
            bytes.withUnsafeBufferPointer { b in
                var slot = Self.hash(k) & (slots.count - 1)
                while slots[slot] != 0 {
                    let e = entries[Int(slots[slot]) - 1]
                    if Int(e.keyEnd - e.keyStart) == k.count,
                       k.isEmpty || memcmp(k.baseAddress!, b.baseAddress! + Int(e.keyStart), k.count) == 0 {
                        return value(e, b)
                    }
                    slot = (slot + 1) & (slots.count - 1)
                }
                return nil
            }
        }
    }

    var all: [String: String] {
        if let byCharacters { return byCharacters }
        return allLock.withLock {
            if let allTemplates { return allTemplates }
            var out: [String: String] = Dictionary(minimumCapacity: entries.count)
            bytes.withUnsafeBufferPointer { b in
                for e in entries {
                    out[String(decoding: UnsafeBufferPointer(rebasing: b[Int(e.keyStart)..<Int(e.keyEnd)]), as: UTF8.self)] = value(e, b)
                }
            }
            allTemplates = out
            return out
        }
    }
}

/// The templates of one table already read into pieces, by key. A lock, not `Mutex`: the
/// package still builds for macOS 13.
private final class ParsedTemplates: @unchecked Sendable {
    private let lock = NSLock()
    private var byKey: [String: [LanguageTable.Piece]] = [:]

    func pieces(of key: String, _ read: () -> [LanguageTable.Piece]?) -> [LanguageTable.Piece]? {
        if let known = lock.withLock({ byKey[key] }) { return known }
        guard let pieces = read() else { return nil }
        lock.withLock { byKey[key] = pieces }
        return pieces
    }
}

/// A number written with a point (`7.5`), an argument of a `Text` shown with the decimal mark of
/// the text's language (`7,5` in French).
public struct DecimalNumber: Sendable {
    public let pointed: String
    public init(_ pointed: String) { self.pointed = pointed }
}

/// An argument of a `Text` that each language writes its own way (a date, a list of words),
/// shown in the text's language.
public struct Localized: Sendable {
    public let render: @Sendable (Language) -> String
    public init(_ render: @escaping @Sendable (Language) -> String) { self.render = render }
}

/// A user-facing text: a key of the language tables and its arguments, shown in a language by
/// `text(language)` (or `text.callAsFunction(language)`). An argument is a language-neutral
/// string or number, or another `Text`, shown in the same language.
public struct Text: Sendable, Equatable, CustomStringConvertible {
    public enum Argument: Sendable {
        case string(String)
        case count(Int)
        case text(Text)
        /// A number written with a point, shown with the language's decimal mark.
        case decimal(String)
        /// A value the language formats itself, such as a date.
        case localized(Localized)
    }

    public let key: String
    public let arguments: [String: Argument]
    /// A text written at its site in every language: only tests make one (`@testable`), the
    /// product's texts are all in the tables.
    private let literal: [Language: String]?

    /// The text of `key`; each argument is a `Text`, an `Int` (a count, which may choose a
    /// plural form), a `Day`, a `DecimalNumber`, a `Localized` value, or anything else, shown as
    /// it interpolates in a Swift string.
    public init(_ key: String, _ arguments: [String: Any] = [:]) {
        self.key = key
        self.arguments = arguments.mapValues { value in
            switch value {
            // Strings first: most arguments are, and each failed cast before this one cost a
            // dynamic cast (a plan prints thousands of texts). A string is none of the others.
            case let s as String: return .string(s)
            case let t as Text: return .text(t)
            case let n as Int: return .count(n)
            case let d as DecimalNumber: return .decimal(d.pointed)
            case let l as Localized: return .localized(l)
            case let d as Day: return .localized(Localized { d.formatted($0) })
            default: return .string("\(value)")
            }
        }
        self.literal = nil
    }

    init(fr: String, en: String) {
        self.key = ""
        self.arguments = [:]
        self.literal = [.fr: fr, .en: en]
    }

    public func callAsFunction(_ language: Language) -> String { rendered(language, tables: \.table) }

    /// The text in `language`, from the `tables` given (the languages' own, or a test's). The one
    /// place a key missing from a table falls back: the whole text is then shown in
    /// `Language.fallback`, and a key no table has is shown as itself.
    func rendered(_ language: Language, tables: (Language) -> LanguageTable) -> String {
        if let literal { return literal[language] ?? literal[Language.fallback] ?? "" }
        let table = tables(language)
        if let pieces = table.pieces(of: key) { return render(pieces, language) }
        let fallback = tables(Language.fallback)
        if language != Language.fallback, let pieces = fallback.pieces(of: key) {
            return render(pieces, Language.fallback)
        }
        return key
    }

    /// Two texts are equal when they read the same in every language.
    public static func == (a: Text, b: Text) -> Bool {
        Language.allCases.allSatisfy { a($0) == b($0) }
    }

    /// Shorthands for tests and tools that look at one language.
    public var fr: String { self(.fr) }
    public var en: String { self(.en) }
    public var description: String { en }

    private func render(_ pieces: [LanguageTable.Piece], _ language: Language) -> String {
        var out = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): out += text
            case .argument(let name, let forms) where !forms.isEmpty:
                let n: Int
                if case .count(let c)? = arguments[name] { n = c } else { n = 0 }
                out += forms[min(language.pluralForm(n), forms.count - 1)]
            case .argument(let name, _):
                switch arguments[name] {
                case .string(let s)?: out += s
                case .count(let n)?: out += String(n)
                case .text(let t)?: out += t(language)
                case .decimal(let d)?: out += language.decimal(d)
                case .localized(let l)?: out += l.render(language)
                case nil: out += "{\(name)}"
                }
            }
        }
        return out
    }
}
