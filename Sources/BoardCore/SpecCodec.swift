// Reading and writing the project spec (`spec.md`), and the deliverables key of tasks and milestones.
import Foundation

extension SpecDocument {
    // MARK: Reading

    /// Parses the spec. Nil (with a diagnostic) when the front matter cannot be read.
    public static func parse(_ text: String, path: String = SpecDocument.path) -> (SpecDocument?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var spec = SpecDocument(title: "", version: nil, status: "", body: text)
        var bodyFirstLine = 1
        if let parts = FrontMatter.split(text) {
            switch YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.firstLine) {
            case .failure(let box): return (nil, [box.diagnostic])
            case .success(let mapping):
                var reader = FieldReader(file: path)
                for field in mapping.fields {
                    spec.lines[field.key] = field.line
                    switch field.key {
                    case "title": spec.title = reader.string(field) ?? ""
                    case "version": spec.version = reader.optionalString(field)
                    case "status": spec.status = reader.optionalString(field) ?? ""
                    default: spec.extra.append(YAMLMapping.extra(field))
                    }
                }
                diagnostics += reader.diagnostics
            }
            spec.body = parts.body
            // The body starts after the YAML lines and the closing `---`.
            bodyFirstLine = parts.firstLine + parts.yaml.filter { $0 == "\n" }.count + 1
            if !spec.status.isEmpty, DocumentStatus(rawValue: spec.status) == nil {
                diagnostics.append(Diagnostic(file: path, line: spec.lines["status"], message: Catalog.unknownDocumentStatus(spec.status), hint: Catalog.documentStatusHint))
            }
        } else {
            diagnostics.append(Diagnostic(file: path, line: 1, severity: .warning, message: Catalog.specWithoutFrontMatter, hint: Catalog.specFrontMatterHint))
        }
        spec.sections = sections(of: spec.body, firstLine: bodyFirstLine)
        spec.deliverables = deliverables(in: spec.section(.deliverables), path: path, diagnostics: &diagnostics)
        if let budget = spec.section(.budget) { spec.budget = SpecDocument.budget(in: budget) }
        return (spec, diagnostics)
    }

    /// The spec as far as it can be read, for the reports, which must never fail on a
    /// hand-written file: `parse`'s, or when its front matter is not YAML, its body alone.
    public static func readable(_ text: String, path: String = SpecDocument.path) -> SpecDocument {
        if let spec = parse(text, path: path).0 { return spec }
        var spec = SpecDocument(title: "", version: nil, status: "", body: FrontMatter.split(text)?.body ?? text)
        spec.sections = sections(of: spec.body, firstLine: 1)
        return spec
    }

    /// The items of every section whose heading names risks (`## Risques`, `## 9. Risks`…):
    /// list items, or table rows (their cells joined), the template's placeholders left out.
    public var risks: [String] {
        MarkdownSections.items(body, tables: true).filter { section in
            let heading = MarkdownSections.fold(section.heading)
            return heading.contains("risk") || heading.contains("risque")
        }.flatMap(\.items).filter(MarkdownSections.saysSomething)
    }

    static func sections(of body: String, firstLine: Int) -> [SpecSection] {
        var flat: [(level: Int, heading: String, line: Int, content: [(Int, String)])] = []
        var inFence = false
        for (i, raw) in body.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = firstLine + i
            let text = raw.hasSuffix("\r") ? String(raw.dropLast()) : String(raw)
            if text.hasPrefix("```") { inFence.toggle() }
            if !inFence, let level = headingLevel(text), level >= 2, level <= 3 {
                flat.append((level, text.dropFirst(level).trimmingCharacters(in: .whitespaces), lineNumber, []))
                continue
            }
            if !inFence, let level = headingLevel(text), level < 2 { _ = level; continue } // the `# Title`
            if !flat.isEmpty { flat[flat.count - 1].content.append((lineNumber, text)) }
        }
        var out: [SpecSection] = []
        for item in flat {
            var section = SpecSection(key: SpecSectionKey.recognise(item.heading), heading: item.heading, level: item.level, line: item.line,
                                      content: item.content.map { (line: $0.0, text: $0.1) })
            section.state = state(of: section.content.map(\.text))
            if item.level == 3, !out.isEmpty {
                out[out.count - 1].children.append(section)
            } else {
                out.append(section)
            }
        }
        return out
    }

    static func headingLevel(_ line: String) -> Int? {
        var level = 0
        for c in line { if c == "#" { level += 1 } else { break } }
        guard level > 0, level <= 6, line.count > level, line[line.index(line.startIndex, offsetBy: level)] == " " else { return nil }
        return level
    }

    /// Empty: nothing but comments and blank lines. Template only: nothing but placeholders
    /// (`…`, `TODO`, "à compléter"), table headers and rules.
    static func state(of lines: [String]) -> SpecSectionState {
        let text = withoutComments(lines.joined(separator: "\n"))
        let content = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if content.isEmpty { return .empty }
        var meaningful = 0
        for (i, line) in content.enumerated() {
            if isTableRule(line) { continue }
            if i + 1 < content.count, isTableRule(content[i + 1]) { continue } // a table header
            if isPlaceholder(line) { continue }
            meaningful += 1
        }
        return meaningful == 0 ? .templateOnly : .filled
    }

    static func isTableRule(_ line: String) -> Bool {
        line.hasPrefix("|") && line.allSatisfy { "|-: ".contains($0) }
    }

    static func isPlaceholder(_ line: String) -> Bool {
        // A table row with nothing but an id or a label followed by placeholders (`| L1 | … |`).
        if let cells = cells(line), cells.count >= 2, cells.dropFirst().allSatisfy({ isPlaceholderCell($0) }) { return true }
        let folded = fold(line)
        if ["todo", "a completer", "to be completed", "a remplir", "to fill in", "xxx"].contains(where: { folded.contains($0) }) { return true }
        let stripped = line.filter { !"|-*:#>_`[]()".contains($0) && !$0.isWhitespace }
            .replacingOccurrences(of: "…", with: "").replacingOccurrences(of: "...", with: "")
        return stripped.isEmpty
    }

    static func isPlaceholderCell(_ cell: String) -> Bool {
        cell.filter { !"*_`".contains($0) && !$0.isWhitespace }.replacingOccurrences(of: "…", with: "").replacingOccurrences(of: "...", with: "").isEmpty
    }

    static func withoutComments(_ text: String) -> String {
        var out = text
        while let start = out.range(of: "<!--") {
            guard let end = out.range(of: "-->", range: start.upperBound..<out.endIndex) else {
                out.removeSubrange(start.lowerBound..<out.endIndex)
                break
            }
            // Keep the line breaks so the rest keeps its shape.
            let removed = out[start.lowerBound..<end.upperBound].filter { $0 == "\n" }
            out.replaceSubrange(start.lowerBound..<end.upperBound, with: String(removed))
        }
        return out
    }

    static func fold(_ text: String) -> String { MarkdownSections.fold(text) }

    /// Table cells of a Markdown table row, trimmed; nil when the line is not a row.
    static func cells(_ line: String) -> [String]? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("|"), !isTableRule(t) else { return nil }
        var inner = t.dropFirst()
        if inner.hasSuffix("|") { inner = inner.dropLast() }
        return inner.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
    }

    static func plain(_ cell: String) -> String {
        cell.trimmingCharacters(in: CharacterSet(charactersIn: "*_` ")).trimmingCharacters(in: .whitespaces)
    }

    static func deliverables(in section: SpecSection?, path: String, diagnostics: inout [Diagnostic]) -> [Deliverable] {
        guard let section else { return [] }
        var out: [Deliverable] = []
        let lines = section.content + section.children.flatMap(\.content)
        let stripped = withoutComments(lines.map(\.text).joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, entry) in lines.enumerated() where i < stripped.count {
            let text = String(stripped[i])
            var id: String?, title = "", due: Day?
            if let cells = cells(text), let first = cells.first, Deliverable.isID(plain(first)) {
                id = plain(first)
                title = cells.count > 1 ? plain(cells[1]) : ""
                due = cells.dropFirst(2).lazy.compactMap { Day.parse(plain($0)) }.first
            } else {
                let t = text.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("- ") || t.hasPrefix("* ") {
                    let rest = plain(String(t.dropFirst(2)))
                    let token = String(rest.prefix { $0.isLetter || $0.isNumber })
                    if Deliverable.isID(token) {
                        id = token
                        title = plain(String(rest.dropFirst(token.count)).trimmingCharacters(in: CharacterSet(charactersIn: " :—–-*")))
                    }
                }
            }
            guard let id, !isPlaceholderCell(title) else { continue }
            if out.contains(where: { $0.id == id }) {
                diagnostics.append(Diagnostic(file: path, line: entry.line, message: Catalog.duplicateDeliverable(id), hint: Catalog.duplicateDeliverableHint))
                continue
            }
            out.append(Deliverable(id: id, title: title, due: due, line: entry.line))
        }
        return out
    }

    static func budget(in section: SpecSection) -> SpecBudget {
        var budget = SpecBudget(headingLine: section.line)
        let lines = section.content + section.children.flatMap(\.content)
        let stripped = withoutComments(lines.map(\.text).joined(separator: "\n")).split(separator: "\n", omittingEmptySubsequences: false)
        for (i, entry) in lines.enumerated() where i < stripped.count {
            guard let cells = cells(String(stripped[i])), cells.count >= 2 else { continue }
            if i + 1 < stripped.count, isTableRule(stripped[i + 1].trimmingCharacters(in: .whitespaces)) { continue } // header
            let label = plain(cells[0])
            guard let amount = cells.dropFirst().reversed().lazy.compactMap({ amountValue($0) }).first else { continue }
            let line = SpecBudget.Line(label: label, amount: amount, line: entry.line)
            if fold(label).hasPrefix("total") { budget.total = line } else { budget.lines.append(line) }
        }
        return budget
    }

    /// `1 200,50 €`, `1200.5`, `**72 €**`, `60 EUR` → a number; nil for anything else.
    public static func amountValue(_ cell: String) -> Decimal? {
        var t = plain(cell)
        for junk in ["€", "EUR", "eur", "euros", "HT", "TTC", "\u{00A0}", "\u{202F}", " "] { t = t.replacingOccurrences(of: junk, with: "") }
        guard !t.isEmpty else { return nil }
        if t.contains(",") && t.contains(".") { t = t.replacingOccurrences(of: ",", with: "") } else { t = t.replacingOccurrences(of: ",", with: ".") }
        guard t.range(of: #"^-?[0-9]+(\.[0-9]+)?$"#, options: .regularExpression) != nil else { return nil }
        return Decimal(string: t, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Formats an amount as people write it: `1 250,50` in French, `1,250.50` in English.
    public static func formatAmount(_ value: Decimal, _ language: Language) -> String {
        let f = NumberFormatter()
        f.locale = Locale(identifier: Text("language.locale")(language))
        f.numberStyle = .decimal
        f.minimumFractionDigits = 0
        f.maximumFractionDigits = 2
        let s = f.string(from: value as NSDecimalNumber) ?? "\(value)"
        return s.replacingOccurrences(of: "\u{202F}", with: " ").replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    // MARK: Writing

    /// `text` with the top-level header key `key` set to the scalar `value`: its line replaced
    /// in place, or added at the end of the header. Every other byte is kept. `text` must have
    /// a front matter (`FrontMatter.split`).
    public static func settingHeader(_ key: String, to value: String, in text: String) -> String {
        guard let parts = FrontMatter.split(text) else { return text }
        let newline = text.hasPrefix("---\r\n") ? "\r\n" : "\n"
        var lines = parts.yaml.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        let line = "\(key): \(YAMLText.scalar(value))" + (newline == "\r\n" ? "\r" : "")
        if let i = lines.firstIndex(where: { $0.hasPrefix(key + ":") }) { lines[i] = line } else { lines.append(line) }
        return "---" + newline + lines.joined(separator: "\n") + "\n---" + newline + parts.body
    }

    /// A new spec's text: the front matter, then the template body.
    public static func encode(title: String, version: String, status: String, body: String) -> String {
        "---\ntitle: \(YAMLText.scalar(title))\nversion: \(YAMLText.scalar(version))\nstatus: \(YAMLText.scalar(status))\n---\n" + body
    }
}

/// The `deliverables: [L1, L2]` key of tasks and milestones, kept by their codecs as an
/// unknown key.
public enum DeliverableLinks {
    public static let key = "deliverables"

    public static func ids(_ extra: [ExtraField]) -> [String] {
        guard let field = extra.first(where: { $0.key == key }) else { return [] }
        guard case .success(let mapping) = YAMLMapping.parse(field.yaml, file: "", firstLine: 1), let f = mapping.fields.first else { return [] }
        var reader = FieldReader(file: "")
        return reader.stringList(f)
    }

    /// `extra` with the deliverables key set to `ids` (removed when empty), in place.
    public static func setting(_ ids: [String], in extra: [ExtraField]) -> [ExtraField] {
        var out = extra
        let field = ExtraField(key: key, yaml: "\(key): \(YAMLText.list(ids))\n")
        if let i = out.firstIndex(where: { $0.key == key }) {
            if ids.isEmpty { out.remove(at: i) } else { out[i] = field }
        } else if !ids.isEmpty {
            out.append(field)
        }
        return out
    }
}

extension BoardTask {
    /// Deliverables of the spec this task produces (`deliverables: [L1]`).
    public var deliverables: [String] { DeliverableLinks.ids(extra) }
}

extension Milestone {
    /// Deliverables of the spec due at this milestone (`deliverables: [L1]`).
    public var deliverables: [String] { DeliverableLinks.ids(extra) }
}
