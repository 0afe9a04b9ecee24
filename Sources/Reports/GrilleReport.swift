import BoardCore
import Foundation

/// `jalon report grille`: the facts found in the history for each criterion of the C1.3
/// evaluation grid (*grille d'aide à l'évaluation*), per member, each with the commits that
/// prove it. Facts only, never a grade: the jury judges. The criteria are worded as in the
/// official text (`referentiel-C1.3.txt`, annex III, "Critères d'évaluation"); the seventh, on
/// the evaluation and corrective measures, is worded from the expected results of the same
/// annex, where it appears.
public struct GrilleReport: Sendable {
    public enum Criterion: String, Sendable, CaseIterable {
        case spec, documentation, tools, planning, writing, information, evaluation
    }

    /// One kind of fact, how many, and the commits behind it (oldest first).
    public struct Fact: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable {
            case specWritten, documentsWritten, documentsValidated, documentsRemoved
            case tasksCreated, milestonesCreated, tasksAssigned
            case statusUpdates, planningEdits, tasksDone
            case minutesWritten, commentsWritten
            case mentionsSent, mentionsAnswered
            case reviewsWritten, selfReviews, bilanWritten
        }
        public let kind: Kind
        public var items: [String] = []
        public var commits: [String] = []
        public var count: Int { commits.count }
    }

    public struct MemberFacts: Sendable {
        public let id: String
        public let name: String
        public var criteria: [Criterion: [Fact]] = [:]
    }

    public let boardName: String
    public let head: String?
    public let members: [MemberFacts]
    /// Where the history is cut or unreadable, said before the facts.
    public let warnings: [String]

    static let criterionOf: [Fact.Kind: Criterion] = [
        .specWritten: .spec,
        .documentsWritten: .documentation, .documentsValidated: .documentation, .documentsRemoved: .documentation,
        .tasksCreated: .tools, .milestonesCreated: .tools, .tasksAssigned: .tools,
        .statusUpdates: .planning, .planningEdits: .planning, .tasksDone: .planning,
        .minutesWritten: .writing, .commentsWritten: .writing,
        .mentionsSent: .information, .mentionsAnswered: .information,
        .reviewsWritten: .evaluation, .selfReviews: .evaluation, .bilanWritten: .evaluation,
    ]

    /// Task fields that are planning: dates, effort, progress, dependencies, milestone.
    static let planningFields: Set<String> = ["start", "due", "estimate", "duration", "progress", "depends", "milestone"]

    /// Builds the grid from the history; reviews follow the contribution report's rules (by
    /// someone who is neither an assignee nor the creator; self-reviews apart).
    public static func build(history: History, board: Board, member: String? = nil, language L: Language) -> GrilleReport {
        let contributions = ContributionReport.build(history: history, board: board, filter: ContributionFilter(notableLimit: nil))
        let settings = board.settings
        var facts: [String: [Fact.Kind: Fact]] = [:]
        for m in settings.members { facts[m.id] = [:] }
        func add(_ kind: Fact.Kind, _ ids: [String], item: String, commit: String) {
            for id in ids where facts[id] != nil {
                var f = facts[id]![kind] ?? Fact(kind: kind)
                if !f.commits.contains(commit) { f.commits.append(commit) }
                if !f.items.contains(item) { f.items.append(item) }
                facts[id]![kind] = f
            }
        }
        // Who was mentioned on which item, waiting for an answer there.
        var waiting: [String: Set<String>] = [:]
        for c in history.commits.reversed() {
            var ids: [String] = []
            for who in [c.actor] + c.coActors { if let id = who.memberID, facts[id] != nil, !ids.contains(id) { ids.append(id) } }
            guard !ids.isEmpty else { continue }
            for e in c.events {
                switch e.kind {
                case .specCreated, .specEdited: add(.specWritten, ids, item: e.item, commit: c.id)
                case .documentCreated, .documentEdited:
                    add(e.item.hasPrefix("docs/bilan") ? .bilanWritten : .documentsWritten, ids, item: e.item, commit: c.id)
                case .documentDeleted: add(.documentsRemoved, ids, item: e.item, commit: c.id)
                case .taskCreated: add(.tasksCreated, ids, item: e.item, commit: c.id)
                case .milestoneCreated: add(.milestonesCreated, ids, item: e.item, commit: c.id)
                case .taskAssigned, .taskUnassigned: add(.tasksAssigned, ids, item: e.item, commit: c.id)
                case .taskMoved, .taskReopened: add(.statusUpdates, ids, item: e.item, commit: c.id)
                case .taskEdited(let fields) where !planningFields.isDisjoint(with: fields): add(.planningEdits, ids, item: e.item, commit: c.id)
                case .milestoneEdited: add(.planningEdits, ids, item: e.item, commit: c.id)
                case .minutesCreated, .minutesEdited: add(.minutesWritten, ids, item: e.item, commit: c.id)
                case .commentAdded(let mentions):
                    add(.commentsWritten, ids, item: e.item, commit: c.id)
                    for id in ids where waiting[e.item]?.contains(id) == true {
                        add(.mentionsAnswered, [id], item: e.item, commit: c.id)
                        waiting[e.item]?.remove(id)
                    }
                    let named = mentions.compactMap { settings.member($0)?.id }.filter { !ids.contains($0) }
                    if !named.isEmpty {
                        add(.mentionsSent, ids, item: e.item, commit: c.id)
                        waiting[e.item, default: []].formUnion(named)
                    }
                default: break
                }
            }
        }
        for row in contributions.members {
            for e in row.counted {
                switch e.metric {
                case .reviews: add(.reviewsWritten, [row.id], item: e.item, commit: e.commit)
                case .selfReviews: add(.selfReviews, [row.id], item: e.item, commit: e.commit)
                case .tasksDone: add(.tasksDone, [row.id], item: e.item, commit: e.commit)
                default: break
                }
            }
        }
        // Validated documents by someone else are reviews too; count them on the documentation line as well.
        for row in contributions.members {
            for e in row.counted where e.metric == .reviews && e.item.contains("/") { add(.documentsValidated, [row.id], item: e.item, commit: e.commit) }
        }
        var members: [MemberFacts] = []
        for m in settings.members {
            if let member, member.lowercased() != m.id.lowercased() { continue }
            var row = MemberFacts(id: m.id, name: m.name)
            for kind in Fact.Kind.allCases {
                guard let f = facts[m.id]?[kind], let criterion = criterionOf[kind] else { continue }
                row.criteria[criterion, default: []].append(f)
            }
            members.append(row)
        }
        return GrilleReport(boardName: settings.name, head: history.head, members: members, warnings: ContributionsText.warnings(contributions, L))
    }
}

extension Catalog {
    /// The criteria in the official words (French), and in English.
    static func grCriterion(_ c: GrilleReport.Criterion) -> Text {
        switch c {
        case .spec: return Text("grille.grCriterion.spec")
        case .documentation: return Text("grille.grCriterion.documentation")
        case .tools: return Text("grille.grCriterion.tools")
        case .planning: return Text("grille.grCriterion.planning")
        case .writing: return Text("grille.grCriterion.writing")
        case .information: return Text("grille.grCriterion.information")
        case .evaluation: return Text("grille.grCriterion.evaluation")
        }
    }

    static func grFact(_ k: GrilleReport.Fact.Kind) -> Text {
        switch k {
        case .specWritten: return Text("grille.grFact.specWritten")
        case .documentsWritten: return Text("grille.grFact.documentsWritten")
        case .documentsValidated: return Text("grille.grFact.documentsValidated")
        case .documentsRemoved: return Text("grille.grFact.documentsRemoved")
        case .tasksCreated: return Text("grille.grFact.tasksCreated")
        case .milestonesCreated: return Text("grille.grFact.milestonesCreated")
        case .tasksAssigned: return Text("grille.grFact.tasksAssigned")
        case .statusUpdates: return Text("grille.grFact.statusUpdates")
        case .planningEdits: return Text("grille.grFact.planningEdits")
        case .tasksDone: return Text("grille.grFact.tasksDone")
        case .minutesWritten: return Text("grille.grFact.minutesWritten")
        case .commentsWritten: return Text("grille.grFact.commentsWritten")
        case .mentionsSent: return Text("grille.grFact.mentionsSent")
        case .mentionsAnswered: return Text("grille.grFact.mentionsAnswered")
        case .reviewsWritten: return Text("grille.grFact.reviewsWritten")
        case .selfReviews: return Text("grille.grFact.selfReviews")
        case .bilanWritten: return Text("grille.grFact.bilanWritten")
        }
    }

    static let grTitle = Text("grille.grTitle")
    static let grNote = Text("grille.grNote")
    static let grNone = Text("grille.grNone")
}

/// Renderers of `GrilleReport`.
public enum GrilleText {
    static func commitList(_ commits: [String], limit: Int?) -> String {
        let shown = limit.map { Array(commits.prefix($0)) } ?? commits
        var s = shown.map { String($0.prefix(8)) }.joined(separator: ", ")
        if shown.count < commits.count { s += ", …" }
        return s
    }

    static func factLine(_ f: GrilleReport.Fact, _ L: Language, limit: Int?) -> String {
        Text("grille.factLine", ["fact": Catalog.grFact(f.kind), "count": f.count, "commits": commitList(f.commits, limit: limit)])(L)
    }

    /// The grid as a document: the title with the board's name, the head commit, the warnings
    /// and the note (facts, never a grade), then one section per member with the seven
    /// criteria in the official words, each with its facts and their commits (the first
    /// `commitLimit` of them, when given: the text view; Markdown and HTML list them all).
    public static func document(_ r: GrilleReport, language L: Language, commitLimit: Int? = nil) -> ReportDocument {
        var opening: [ReportBlock] = [.paragraph(r.head.map { Catalog.ctComputedAt(String($0.prefix(8)))(L) } ?? Catalog.ctNoHead(L), .plain)]
        opening += r.warnings.map { .paragraph($0, .alert) }
        opening.append(.paragraph(Catalog.grNote(L), .plain))
        var sections = [ReportSection("", blocks: opening, tight: true)]
        for m in r.members {
            let criteria = GrilleReport.Criterion.allCases.enumerated().map { i, c in
                let facts = m.criteria[c] ?? []
                return ReportOutlineItem("\(i + 1). " + Catalog.grCriterion(c)(L),
                                         children: facts.isEmpty ? [ReportOutlineItem(Catalog.grNone(L), isNote: true)]
                                             : facts.map { ReportOutlineItem(factLine($0, L, limit: commitLimit)) })
            }
            sections.append(ReportSection("\(m.name) (\(m.id))", blocks: [.outline(criteria)]))
        }
        return ReportDocument(title: "\(Catalog.grTitle(L)) — \(r.boardName)", language: L, sections: sections)
    }

    public static func render(_ r: GrilleReport, language L: Language, style: TerminalStyle) -> String {
        document(r, language: L, commitLimit: 6).text(style: style)
    }

    public static func markdown(_ r: GrilleReport, language L: Language) -> String {
        document(r, language: L).markdown()
    }

    public static func html(_ r: GrilleReport, language L: Language) -> String {
        HTML.render(document(r, language: L))
    }

    public static func json(_ r: GrilleReport, language L: Language) -> String {
        struct FactJSON: Encodable { let kind: String; let text: String; let count: Int; let items: [String]; let commits: [String] }
        struct CriterionJSON: Encodable { let criterion: String; let fr: String; let en: String; let facts: [FactJSON] }
        struct MemberJSON: Encodable { let id: String; let name: String; let criteria: [CriterionJSON] }
        struct Doc: Encodable { let board: String; let head: String?; let warnings: [String]; let members: [MemberJSON] }
        let members = r.members.map { m in
            MemberJSON(id: m.id, name: m.name, criteria: GrilleReport.Criterion.allCases.map { c in
                CriterionJSON(criterion: c.rawValue, fr: Catalog.grCriterion(c)(.fr), en: Catalog.grCriterion(c)(.en),
                              facts: (m.criteria[c] ?? []).map { FactJSON(kind: $0.kind.rawValue, text: Catalog.grFact($0.kind)(L), count: $0.count, items: $0.items, commits: $0.commits) })
            })
        }
        return BoardJSON.encode(Doc(board: r.boardName, head: r.head, warnings: r.warnings, members: members))
    }
}
