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

    static func header(_ r: GrilleReport, _ L: Language) -> [String] {
        var lines = ["\(Catalog.grTitle(L)) — \(r.boardName)"]
        lines.append(r.head.map { Catalog.ctComputedAt(String($0.prefix(8)))(L) } ?? Catalog.ctNoHead(L))
        lines += r.warnings
        lines.append(Catalog.grNote(L))
        return lines
    }

    public static func render(_ r: GrilleReport, language L: Language, style: TerminalStyle) -> String {
        var out = header(r, L).enumerated().map { $0.offset == 0 ? style.paint(style.clean($0.element), .strong) : style.clean($0.element) }
        for m in r.members {
            out.append("")
            out.append(style.paint(style.clean("\(m.name) (\(m.id))"), .strong))
            for (i, c) in GrilleReport.Criterion.allCases.enumerated() {
                out.append("\(i + 1). " + style.clean(Catalog.grCriterion(c)(L)))
                let facts = m.criteria[c] ?? []
                if facts.isEmpty { out.append("   · " + Catalog.grNone(L)) }
                for f in facts { out.append(style.clip("   · " + style.clean(factLine(f, L, limit: 6)), to: style.width)) }
            }
        }
        return out.joined(separator: "\n")
    }

    public static func markdown(_ r: GrilleReport, language L: Language) -> String {
        let esc = { (s: String) in ReportDocument.markdownEscape(s) }
        let head = header(r, L)
        var out = ["# " + esc(head[0]), ""]
        for line in head.dropFirst() { out += [esc(line), ""] }
        for m in r.members {
            out.append("## \(esc(m.name)) (\(esc(m.id)))")
            out.append("")
            for (i, c) in GrilleReport.Criterion.allCases.enumerated() {
                out.append("### \(i + 1). \(esc(Catalog.grCriterion(c)(L)))")
                out.append("")
                let facts = m.criteria[c] ?? []
                if facts.isEmpty { out.append("- " + esc(Catalog.grNone(L))) }
                for f in facts {
                    out.append("- " + Text("grille.factLine", ["fact": esc(Catalog.grFact(f.kind)(L)), "count": f.count, "commits": f.commits.map { "`\($0.prefix(8))`" }.joined(separator: ", ")])(L))
                }
                out.append("")
            }
        }
        return out.joined(separator: "\n")
    }

    public static func html(_ r: GrilleReport, language L: Language) -> String {
        let e = HTML.escape
        let head = header(r, L)
        var h = "<!DOCTYPE html>\n<html lang=\"\(L.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(head[0]))</title>\n"
        h += "<style>body{font-family:system-ui,\"DejaVu Sans\",Arial,sans-serif;margin:2em auto;max-width:60em;color:#1b1f24;line-height:1.4}"
        h += "table{border-collapse:collapse;margin:.6em 0;width:100%}th,td{border:1px solid #c8ccd1;padding:.3em .6em;vertical-align:top;text-align:left}"
        h += "th{background:#eef1f4;width:38%}td.n{text-align:right;width:3em}.note{color:#555}code{font-size:.9em}.none{color:#777}"
        h += "@media print{section{page-break-inside:avoid}}</style>\n</head>\n<body>\n"
        h += "<h1>\(e(head[0]))</h1>\n"
        for line in head.dropFirst() { h += "<p class=\"note\">\(e(line))</p>\n" }
        for m in r.members {
            h += "<section>\n<h2>\(e(m.name)) (\(e(m.id)))</h2>\n<table>\n"
            for (i, c) in GrilleReport.Criterion.allCases.enumerated() {
                let facts = m.criteria[c] ?? []
                h += "<tr><th rowspan=\"\(max(1, facts.count))\">\(i + 1). \(e(Catalog.grCriterion(c)(L)))</th>"
                if facts.isEmpty { h += "<td class=\"none\" colspan=\"3\">\(e(Catalog.grNone(L)))</td></tr>\n"; continue }
                for (j, f) in facts.enumerated() {
                    if j > 0 { h += "<tr>" }
                    h += "<td>\(e(Catalog.grFact(f.kind)(L)))</td><td class=\"n\">\(f.count)</td><td>"
                    h += f.commits.map { "<code>\(e(String($0.prefix(8))))</code>" }.joined(separator: " ") + "</td></tr>\n"
                }
            }
            h += "</table>\n</section>\n"
        }
        return h + "</body>\n</html>\n"
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
