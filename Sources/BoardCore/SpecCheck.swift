// The completeness and consistency check of the project spec against the board.
import Foundation

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
