// The project spec (cahier des charges): its standard sections, deliverables and budget.
// Read and written by SpecCodec.swift, checked by SpecCheck.swift.
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
        case .context: return Text("spec.heading.context")
        case .needs: return Text("spec.heading.needs")
        case .objectives: return Text("spec.heading.objectives")
        case .scope: return Text("spec.heading.scope")
        case .outOfScope: return Text("spec.heading.outOfScope")
        case .deliverables: return Text("spec.heading.deliverables")
        case .constraints: return Text("spec.heading.constraints")
        case .deadlines: return Text("spec.heading.deadlines")
        case .budget: return Text("spec.heading.budget")
        case .technical: return Text("spec.heading.technical")
        case .legal: return Text("spec.heading.legal")
        case .stakeholders: return Text("spec.heading.stakeholders")
        case .organisation: return Text("spec.heading.organisation")
        case .acceptance: return Text("spec.heading.acceptance")
        case .risks: return Text("spec.heading.risks")
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
}
