import Yams

/// Splits and reads the YAML front matter of a Markdown file, keeping line numbers for errors.
public enum FrontMatter {
    /// A file cut into its YAML part and its Markdown body (kept byte for byte).
    public struct Parts: Sendable {
        public let yaml: String
        public let body: String
        /// The file line the YAML starts on.
        public let firstLine: Int
    }

    /// Splits a file and parses its header, or says why it cannot (file:line).
    static func header(_ text: String, path: String) -> Result<(Parts, YAMLMapping), DiagnosticBox> {
        guard let parts = split(text) else {
            return .failure(DiagnosticBox(Diagnostic(file: path, line: 1, message: Catalog.noFrontMatter, hint: Catalog.noFrontMatterHint)))
        }
        return YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.firstLine).map { (parts, $0) }
    }

    /// Nil when the file does not start with a `---` line or the front matter is not closed.
    public static func split(_ text: String) -> Parts? {
        // Fast path, on the bytes, for text without CR (every board file: `FileText` reads
        // CRLF as LF): a line feed is then always a line end, as it is for `Character`s. On the
        // contiguous UTF-8, where the string's views cost a few instructions a byte.
        var contiguous = text
        let fast = contiguous.withUTF8 { bytes -> (parts: Parts?, hasCR: Bool) in
            if bytes.contains(0x0D) { return (nil, true) }
            let n = bytes.count
            guard n >= 4, bytes[0] == 0x2D, bytes[1] == 0x2D, bytes[2] == 0x2D, bytes[3] == 0x0A else { return (nil, false) }
            var lineStart = 4
            while lineStart < n {
                var lineEnd = lineStart
                while lineEnd < n && bytes[lineEnd] != 0x0A { lineEnd += 1 }
                if lineEnd - lineStart == 3, bytes[lineStart] == 0x2D, bytes[lineStart + 1] == 0x2D, bytes[lineStart + 2] == 0x2D {
                    let yaml = String(decoding: UnsafeBufferPointer(rebasing: bytes[4..<lineStart]), as: UTF8.self)
                    let body = String(decoding: UnsafeBufferPointer(rebasing: bytes[min(lineEnd + 1, n)...]), as: UTF8.self)
                    return (Parts(yaml: yaml, body: body, firstLine: 2), false)
                }
                lineStart = lineEnd + 1
            }
            return (nil, false)
        }
        if !fast.hasCR { return fast.parts }
        guard text.hasPrefix("---\n") || text.hasPrefix("---\r\n") else { return nil }
        let afterOpen = text.index(text.startIndex, offsetBy: text.hasPrefix("---\r\n") ? 5 : 4)
        var lineStart = afterOpen
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            var line = text[lineStart..<lineEnd]
            if line.hasSuffix("\r") { line = line.dropLast() }
            if line == "---" {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : text.endIndex
                return Parts(yaml: String(text[afterOpen..<lineStart]), body: String(text[bodyStart...]), firstLine: 2)
            }
            guard lineEnd < text.endIndex else { break }
            lineStart = text.index(after: lineEnd)
        }
        return nil
    }
}

/// The top-level keys of a YAML mapping in file order, with their line numbers.
struct YAMLMapping {
    struct Field {
        let key: String
        let value: Value
        let line: Int

        init(key: String, node: Node, line: Int) {
            self.key = key
            value = .node(node)
            self.line = line
        }

        init(key: String, value: Value, line: Int) {
            self.key = key
            self.value = value
            self.line = line
        }

        /// The value as a Yams node: the full parser's own, or built from what the flat reader
        /// read (for unknown keys kept as they are, and for merging).
        var node: Node {
            switch value {
            case .node(let node): return node
            case .scalar(let s): return FlatYAML.node(s)
            case .list(let items): return .sequence(.init(items.map(FlatYAML.node)))
            case .mappings(let items): return .sequence(.init(items.map { .mapping(.init($0.fields.map { (Node($0.key), $0.node) })) }))
            }
        }
    }

    /// A scalar the flat reader read: its text, and whether it was double-quoted.
    struct FlatScalar {
        let string: String
        let quoted: Bool

        /// As `YAMLMapping.isNull` says of the same scalar as a Yams node.
        var isNull: Bool { !quoted && ["", "~", "null", "Null", "NULL"].contains(string) }
    }

    /// A field's value: read by the flat reader (a scalar or a flow list of scalars, no Yams
    /// node built, which was most of the time spent reading a large board), or a node from the
    /// full parser.
    enum Value {
        case scalar(FlatScalar)
        case list([FlatScalar])
        /// A block list of flat mappings (`jalon.yml`'s members), each item with its fields' lines.
        case mappings([YAMLMapping])
        case node(Node)
    }

    let fields: [Field]

    static func isNull(_ s: Node.Scalar) -> Bool {
        s.style == .plain && ["", "~", "null", "Null", "NULL"].contains(s.string)
    }

    /// Parses `yaml`; on failure returns a diagnostic naming the file line. `blocks`: the flat
    /// reader also takes block lists of flat mappings (see `FlatYAML`).
    static func parse(_ yaml: String, file: String, firstLine: Int, blocks: Bool = false) -> Result<YAMLMapping, DiagnosticBox> {
        if let flat = FlatYAML.parse(yaml, firstLine: firstLine, blocks: blocks) { return .success(flat) }
        return parseFull(yaml, file: file, firstLine: firstLine)
    }

    /// The full YAML parser, for anything the flat reader does not take.
    static func parseFull(_ yaml: String, file: String, firstLine: Int) -> Result<YAMLMapping, DiagnosticBox> {
        if let refused = YAMLGuard.check(yaml, file: file, firstLine: firstLine) { return .failure(DiagnosticBox(refused)) }
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            let (line, problem) = YAMLMapping.describe(error)
            return .failure(DiagnosticBox(Diagnostic(
                file: file, line: line.map { $0 + firstLine - 1 },
                message: Catalog.brokenYAML(problem),
                hint: Catalog.brokenYAMLHint)))
        } catch {
            return .failure(DiagnosticBox(Diagnostic(file: file, line: firstLine, message: Catalog.brokenYAML("\(error)"), hint: Catalog.brokenYAMLHint)))
        }
        guard let node else { return .success(YAMLMapping(fields: [])) }
        guard case .mapping(let mapping) = node else {
            return .failure(DiagnosticBox(Diagnostic(file: file, line: firstLine, message: Catalog.notAMapping, hint: Catalog.brokenYAMLHint)))
        }
        var fields: [Field] = []
        var seen: Set<String> = []
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = (keyNode.mark?.line ?? 1) + firstLine - 1
            if seen.contains(key) {
                return .failure(DiagnosticBox(Diagnostic(file: file, line: line, message: Catalog.duplicateKey(key), hint: Catalog.duplicateKeyHint)))
            }
            seen.insert(key)
            fields.append(Field(key: key, node: value, line: line))
        }
        return .success(YAMLMapping(fields: fields))
    }

    static func describe(_ error: YamlError) -> (Int?, String) {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let full = [context.map { $0.text }, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
            // "while scanning a quoted scalar … end of stream": the line where the scalar began
            // is the one to fix, not the end of the file.
            return (context?.mark.line ?? mark.line, full)
        case let .reader(problem, _, _, _):
            return (nil, problem)
        case let .duplicatedKeysInMapping(duplicates, context):
            return (context.mark.line, "duplicated keys \(duplicates.joined(separator: ", "))")
        default:
            return (nil, "\(error)")
        }
    }

    /// A field Jalon does not know, serialized so it can be written back unchanged.
    static func extra(_ field: Field) -> ExtraField {
        let text = (try? Yams.serialize(node: Node.mapping(Node.Mapping([(Node(field.key), field.node)])), width: -1, allowUnicode: true, sortKeys: false)) ?? "\(field.key): null\n"
        return ExtraField(key: field.key, yaml: text.hasSuffix("\n") ? text : text + "\n")
    }
}

/// Boxes a diagnostic so it can travel in a `Result`.
struct DiagnosticBox: Error {
    let diagnostic: Diagnostic
    init(_ diagnostic: Diagnostic) { self.diagnostic = diagnostic }
}

/// Typed reads of YAML values that report what was expected, at the value's line.
struct FieldReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func string(_ f: YAMLMapping.Field) -> String? {
        switch f.value {
        case .scalar(let s): return s.string
        case .list, .mappings:
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.wrongType(f.key, Catalog.typeText), hint: Catalog.wrongTypeHint))
            return nil
        case .node: break
        }
        switch f.node {
        case .scalar(let s):
            return s.string
        default:
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.wrongType(f.key, Catalog.typeText), hint: Catalog.wrongTypeHint))
            return nil
        }
    }

    mutating func optionalString(_ f: YAMLMapping.Field) -> String? {
        if case .scalar(let s) = f.value {
            return s.isNull || (s.string.isEmpty && !s.quoted) ? nil : s.string
        }
        if case .scalar(let s) = f.node, YAMLMapping.isNull(s) || (s.string.isEmpty && s.style == .plain) { return nil }
        return string(f)
    }

    /// A list of scalars; a single scalar counts as a one-item list; null or empty is [].
    mutating func stringList(_ f: YAMLMapping.Field) -> [String] {
        switch f.value {
        case .scalar(let s):
            if s.string.isEmpty || s.isNull || s.string == "~" || s.string.lowercased() == "null" { return [] }
            return [s.string]
        case .list(let items): return items.map(\.string)
        case .mappings(let items):
            // As for the same list read by Yams: each item is not a scalar.
            for _ in items {
                diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.wrongType(f.key, Catalog.typeList), hint: Catalog.wrongTypeHint))
            }
            return []
        case .node: break
        }
        switch f.node {
        case .scalar(let s):
            if s.string.isEmpty || YAMLMapping.isNull(s) || s.string == "~" || s.string.lowercased() == "null" { return [] }
            return [s.string]
        case .sequence(let seq):
            var out: [String] = []
            for item in seq {
                if case .scalar(let s) = item { out.append(s.string) } else {
                    diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.wrongType(f.key, Catalog.typeList), hint: Catalog.wrongTypeHint))
                }
            }
            return out
        case .mapping, .alias:
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.wrongType(f.key, Catalog.typeList), hint: Catalog.wrongTypeHint))
            return []
        }
    }

    mutating func day(_ f: YAMLMapping.Field) -> Day? {
        guard let text = optionalString(f) else { return nil }
        if let day = Day.parse(text) {
            if Limits.years.contains(day.year) { return day }
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.dateOutOfRange(text), hint: Catalog.dateHint))
            return nil
        }
        let message = Day.looksLikeDate(text) ? Catalog.impossibleDate(text) : Catalog.notADate(text)
        diagnostics.append(Diagnostic(file: file, line: f.line, message: message, hint: Catalog.dateHint))
        return nil
    }

    mutating func effort(_ f: YAMLMapping.Field) -> Effort? {
        guard let text = optionalString(f) else { return nil }
        switch Effort.read(text) {
        case .value(let effort): return effort
        case .tooLarge: diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.effortTooLarge(text), hint: Catalog.effortTooLargeHint))
        case .unreadable: diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.notAnEffort(f.key, text), hint: Catalog.effortHint))
        }
        return nil
    }

    mutating func int(_ f: YAMLMapping.Field) -> Int? {
        guard let text = optionalString(f) else { return nil }
        // Fast path: a few plain digits, as Jalon writes them.
        if (1...9).contains(text.utf8.count), text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int(text),
           Limits.integer.contains(value) {
            return value
        }
        let digits = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "%", with: "")
        if let value = Int(digits), Limits.integer.contains(value) || (f.key == "progress" && abs(value) <= Limits.integer.upperBound) { return value }
        if digits.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "+") }), !digits.isEmpty {
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.numberOutOfRange(f.key, text), hint: f.key == "progress" ? Catalog.progressHint : Catalog.wrongTypeHint))
            return nil
        }
        diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.wrongType(f.key, Catalog.typeNumber), hint: Catalog.wrongTypeHint))
        return nil
    }

    mutating func itemID(_ f: YAMLMapping.Field, _ text: String, kind: ItemID.Kind?) -> ItemID? {
        if let id = ItemID(text), kind == nil || id.kind == kind { return id }
        diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.notAnID(f.key, text), hint: Catalog.idHint))
        return nil
    }

    /// The file's own `id`: must be of `kind` and, when the file name gives one, equal to it.
    mutating func ownID(_ f: YAMLMapping.Field, kind: ItemID.Kind, expected: ItemID?) -> ItemID? {
        guard let text = string(f), let parsed = itemID(f, text, kind: kind) else { return nil }
        if let expected, parsed != expected {
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.idMismatch(parsed.description, expected.description), hint: Catalog.idMismatchHint))
            return nil
        }
        return parsed
    }

    mutating func dependencies(_ f: YAMLMapping.Field) -> [Dependency] {
        stringList(f).compactMap { text in
            if let dep = Dependency(text) { return dep }
            diagnostics.append(Diagnostic(file: file, line: f.line, message: Catalog.notADependency(text), hint: Catalog.dependencyHint))
            return nil
        }
    }
}

import Foundation
