import Foundation

/// The standard sections of a *cahier des charges*, recognised from their `## ` (or `### `)
/// headings in French or English.
public enum SpecSectionKey: String, Sendable, CaseIterable, Codable {
    case context, needs, objectives, scope, outOfScope, deliverables, constraints
    case deadlines, budget, technical, legal
    case stakeholders, organisation, acceptance, risks

    /// Top-level sections every spec should have, in template order.
    public static let required: [SpecSectionKey] = [.context, .needs, .objectives, .scope, .outOfScope, .deliverables, .constraints,
                                                     .stakeholders, .organisation, .acceptance, .risks]
    /// Parts of the constraints section.
    public static let constraintParts: [SpecSectionKey] = [.deadlines, .budget, .technical, .legal]

    /// The heading a template uses, in each language.
    public var heading: Text {
        switch self {
        case .context: return Text(fr: "Contexte et organisation", en: "Context and organisation")
        case .needs: return Text(fr: "Besoins", en: "Needs")
        case .objectives: return Text(fr: "Objectifs mesurables", en: "Measurable objectives")
        case .scope: return Text(fr: "Périmètre", en: "Scope")
        case .outOfScope: return Text(fr: "Hors périmètre", en: "Out of scope")
        case .deliverables: return Text(fr: "Livrables", en: "Deliverables")
        case .constraints: return Text(fr: "Contraintes", en: "Constraints")
        case .deadlines: return Text(fr: "Délais", en: "Deadlines")
        case .budget: return Text(fr: "Budget prévisionnel", en: "Provisional budget")
        case .technical: return Text(fr: "Contraintes techniques", en: "Technical constraints")
        case .legal: return Text(fr: "Contraintes juridiques (RGPD, accessibilité)", en: "Legal constraints (GDPR, accessibility)")
        case .stakeholders: return Text(fr: "Parties prenantes et rôles", en: "Stakeholders and roles")
        case .organisation: return Text(fr: "Modalités organisationnelles", en: "Organisational arrangements")
        case .acceptance: return Text(fr: "Critères de recette", en: "Acceptance criteria")
        case .risks: return Text(fr: "Risques", en: "Risks")
        }
    }

    /// Keywords of headings, accents folded, lower case; the first key whose keyword a heading
    /// contains wins (so "Hors périmètre" is out of scope before it is scope).
    static let keywords: [(SpecSectionKey, [String])] = [
        (.outOfScope, ["hors perimetre", "hors-perimetre", "out of scope", "hors champ", "exclusion"]),
        (.context, ["contexte", "context", "presentation"]),
        (.needs, ["besoin", "need", "requirement"]),
        (.objectives, ["objectif", "objective", "goal"]),
        (.scope, ["perimetre", "scope"]),
        (.deliverables, ["livrable", "deliverable"]),
        (.budget, ["budget", "cout", "cost"]),
        (.deadlines, ["delai", "deadline", "calendrier", "echeance", "schedule", "timeline"]),
        (.technical, ["technique", "technical"]),
        (.legal, ["juridique", "legal", "rgpd", "gdpr", "accessibilit", "reglementaire"]),
        (.constraints, ["contrainte", "constraint"]),
        (.stakeholders, ["partie prenante", "parties prenantes", "stakeholder", "acteurs", "equipe et roles", "team and roles"]),
        (.acceptance, ["recette", "acceptance", "critere", "criteria", "validation"]),
        (.risks, ["risque", "risk"]),
        (.organisation, ["modalite", "organisation", "organization", "organisational", "communication", "gouvernance"]),
    ]

    public static func recognise(_ heading: String) -> SpecSectionKey? {
        let folded = SpecDocument.fold(heading)
        for (key, words) in keywords where words.contains(where: { folded.contains($0) }) { return key }
        return nil
    }
}

/// How much of a section is written.
public enum SpecSectionState: String, Sendable, Codable {
    case filled, empty, templateOnly
}

/// One `## ` or `### ` section of the spec.
public struct SpecSection: Sendable {
    public let key: SpecSectionKey?
    public let heading: String
    /// 2 for `##`, 3 for `###`.
    public let level: Int
    /// The line of the heading.
    public let line: Int
    /// The section's own lines (up to the next heading of any level), with their line numbers.
    public let content: [(line: Int, text: String)]
    public var state: SpecSectionState = .empty
    /// Sections nested under this one (`###` under `##`).
    public var children: [SpecSection] = []

    /// The section's text, HTML comments removed, blank lines trimmed.
    public var text: String { SpecDocument.withoutComments(content.map(\.text).joined(separator: "\n")).trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// A deliverable declared in the spec (`L1`…), referenced by id from milestones and tasks
/// through their `deliverables: [L1]` key.
public struct Deliverable: Sendable, Equatable {
    public let id: String
    public let title: String
    public let due: Day?
    public let line: Int

    public static func isID(_ text: String) -> Bool {
        text.range(of: #"^L[1-9][0-9]*$"#, options: .regularExpression) != nil
    }
}

/// The provisional budget table: its lines, and the total it states.
public struct SpecBudget: Sendable {
    public struct Line: Sendable {
        public let label: String
        public let amount: Decimal
        public let line: Int
    }
    public var lines: [Line] = []
    public var total: Line?
    public var sum: Decimal { lines.reduce(Decimal(0)) { $0 + $1.amount } }
    /// The line of the budget heading.
    public var headingLine: Int
}

/// The project spec (*cahier des charges*), `spec.md` at the board's root: a front matter
/// (`title`, `version`, `status`) and the standard sections as `## ` headings.
public struct SpecDocument: Sendable {
    public static let path = "spec.md"

    public var title: String
    public var version: String?
    public var status: String
    public var extra: [ExtraField] = []
    public var lines: [String: Int] = [:]
    public var body: String
    /// Top-level sections, in file order, each with its `###` children.
    public var sections: [SpecSection] = []
    public var deliverables: [Deliverable] = []
    public var budget: SpecBudget?

    /// Every section, top-level ones and their children, in file order.
    public var allSections: [SpecSection] { sections.flatMap { [$0] + $0.children } }

    public func section(_ key: SpecSectionKey) -> SpecSection? { allSections.first { $0.key == key } }

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

    static func fold(_ text: String) -> String {
        text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
    }

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
        f.locale = Locale(identifier: language == .fr ? "fr_FR" : "en_US")
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

/// Completeness and consistency of the spec against the board: each problem with file:line.
public enum SpecCheck {
    /// `templates` are the spec templates' texts (shipped and the board's own): a section whose
    /// text is the template's is reported as template-only.
    public static func problems(_ spec: SpecDocument, board: Board, templates: [String] = [], path: String = SpecDocument.path) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var templateTexts: [SpecSectionKey: Set<String>] = [:]
        for t in templates {
            guard let parsed = SpecDocument.parse(t).0 else { continue }
            for s in parsed.allSections where s.key != nil && !s.text.isEmpty { templateTexts[s.key!, default: []].insert(normalized(s.text)) }
        }
        // Missing sections.
        let present = Set(spec.allSections.compactMap(\.key))
        let lastLine = spec.allSections.last.map { s in s.content.last?.line ?? s.line } ?? 1
        for key in SpecSectionKey.required where !present.contains(key) {
            out.append(Diagnostic(file: path, line: lastLine, severity: .warning, message: Catalog.specSectionMissing(key.heading), hint: Catalog.specSectionMissingHint(key.heading)))
        }
        if present.contains(.constraints) {
            for key in SpecSectionKey.constraintParts where !present.contains(key) {
                out.append(Diagnostic(file: path, line: spec.section(.constraints)?.line, severity: .warning, message: Catalog.specSectionMissing(key.heading), hint: Catalog.specSubsectionMissingHint(key.heading)))
            }
        }
        // Empty and template-only sections: a section with subsections is judged by them.
        for section in spec.allSections {
            if !section.children.isEmpty && section.state != .filled { continue }
            var state = section.state
            if state == .filled, let key = section.key, templateTexts[key]?.contains(normalized(section.text)) == true { state = .templateOnly }
            switch state {
            case .filled: break
            case .empty:
                out.append(Diagnostic(file: path, line: section.line, severity: .warning, message: Catalog.specSectionEmpty(section.heading), hint: Catalog.specSectionFillHint))
            case .templateOnly:
                out.append(Diagnostic(file: path, line: section.line, severity: .warning, message: Catalog.specSectionTemplate(section.heading), hint: Catalog.specSectionFillHint))
            }
        }
        // Objectives should be measurable: at least a figure.
        if let objectives = spec.section(.objectives), objectives.state == .filled, !objectives.text.contains(where: { $0.isNumber }) {
            out.append(Diagnostic(file: path, line: objectives.line, severity: .warning, message: Catalog.objectivesNotMeasurable, hint: Catalog.objectivesHint))
        }
        // Deliverables linked from milestones or tasks.
        var linked: [String: [String]] = [:]
        for m in board.milestones { for d in m.deliverables { linked[d, default: []].append(m.id.description) } }
        for t in board.tasks { for d in t.deliverables { linked[d, default: []].append(t.id.description) } }
        if spec.section(.deliverables) != nil && spec.deliverables.isEmpty && spec.section(.deliverables)?.state == .filled {
            out.append(Diagnostic(file: path, line: spec.section(.deliverables)?.line, severity: .warning, message: Catalog.noDeliverableIDs, hint: Catalog.deliverableIDHint))
        }
        for d in spec.deliverables where linked[d.id] == nil {
            out.append(Diagnostic(file: path, line: d.line, severity: .warning, message: Catalog.deliverableNotLinked(d.id, d.title), hint: Catalog.deliverableLinkHint(d.id)))
        }
        let declared = Set(spec.deliverables.map(\.id))
        for m in board.milestones { for d in m.deliverables where !declared.contains(d) {
            out.append(Diagnostic(file: m.path, line: m.lines[DeliverableLinks.key], message: Catalog.unknownDeliverable(d), hint: Catalog.unknownDeliverableHint))
        } }
        for t in board.tasks { for d in t.deliverables where !declared.contains(d) {
            out.append(Diagnostic(file: t.path, line: t.lines[DeliverableLinks.key], message: Catalog.unknownDeliverable(d), hint: Catalog.unknownDeliverableHint))
        } }
        // Dates beyond the project end.
        if let end = board.settings.end {
            for m in board.milestones {
                if let date = m.date, date > end {
                    out.append(Diagnostic(file: m.path, line: m.lines["date"], message: Catalog.milestoneAfterEnd(m.id.description, date.iso, end.iso), hint: Catalog.afterEndHint))
                }
            }
            for d in spec.deliverables {
                if let due = d.due, due > end {
                    out.append(Diagnostic(file: path, line: d.line, message: Catalog.deliverableAfterEnd(d.id, due.iso, end.iso), hint: Catalog.afterEndHint))
                }
            }
        }
        // The budget adds up.
        if let budget = spec.budget, spec.section(.budget)?.state == .filled {
            if let total = budget.total {
                if budget.sum != total.amount {
                    out.append(Diagnostic(file: path, line: total.line, message: Catalog.budgetMismatch(budget.sum, total.amount), hint: Catalog.budgetMismatchHint))
                }
            } else if !budget.lines.isEmpty {
                out.append(Diagnostic(file: path, line: budget.lines.last?.line ?? budget.headingLine, severity: .warning, message: Catalog.budgetNoTotal, hint: Catalog.budgetNoTotalHint))
            }
        }
        return out
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
