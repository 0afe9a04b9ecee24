import BoardCore
import Foundation

/// `jalon report contributions`: the pieces its document is made of (title, opening notes,
/// figures), `--explain`, and the text and Markdown renderings of `ContributionReport.document`.
public enum ContributionsText {
    static let tableMetrics: [ContributionReport.Metric] = [
        .commits, .activeDays, .activeWeeks, .tasksCreated, .tasksDone, .tasksClosed, .reviews, .selfReviews, .documents, .minutes, .comments,
        .filesTouched, .linesAdded, .linesRemoved, .contentLines,
    ]

    static func metrics(_ r: ContributionReport) -> [ContributionReport.Metric] {
        tableMetrics + (r.survivingTotal != nil ? [.survivingLines] : [])
    }

    static func percent(_ value: Double?, _ L: Language) -> String {
        guard let value else { return "—" }
        return Catalog.percentDecimal(String(format: "%.1f", value))(L)
    }

    static func title(_ r: ContributionReport, _ L: Language) -> String {
        if let focus = r.focus, let row = r.members.first(where: { $0.id.lowercased() == focus.lowercased() }) {
            return "\(Catalog.ctEvidenceTitle(L)) — \(row.name) (\(row.id)) — \(r.boardName)"
        }
        return "\(Catalog.ctContributionsTitle(L)) — \(r.boardName)"
    }

    static func preamble(_ r: ContributionReport, _ L: Language) -> [String] {
        var lines = [r.head.map { Catalog.ctComputedAt(String($0.prefix(8)))(L) } ?? Catalog.ctNoHead(L),
                     Catalog.ctPeriod(r.from?.formatted(L), r.to?.formatted(L))(L)]
        lines += warnings(r, L)
        lines += [Catalog.ctSharesNote(L), Catalog.ctSideBySideNote(L)]
        if r.templateItems > 0 { lines.append(Catalog.ctTemplateItems(r.templateItems)(L)) }
        return lines
    }

    /// What the reader must know before trusting the figures: a cut history, unreadable files.
    public static func warnings(_ r: ContributionReport, _ L: Language) -> [String] {
        var lines: [String] = []
        for b in r.boundaries { lines.append(Catalog.ctBoundary(String(b.commit.prefix(8)), Day(b.date, timeZone: .current).formatted(L))(L)) }
        if r.unreadableFiles > 0 || !r.unreadableCommits.isEmpty { lines.append(Catalog.ctUnreadable(r.unreadableFiles, r.unreadableCommits.count)(L)) }
        if !r.survivingUnreadableFiles.isEmpty {
            lines.append(Catalog.ctSurvivingUnreadable(r.survivingUnreadableFiles.count, r.survivingUnattributedLines)(L))
        }
        return lines
    }

    /// The figure a `--explain` name stands for (the JSON keys: `reviews`, `tasksDone`…).
    public static func figure(named name: String) -> ContributionReport.Metric? {
        ContributionReport.Metric.allCases.first { $0.rawValue.lowercased() == name.lowercased() }
    }

    /// `--explain FIGURE`: the commits behind one member's figure, one line each.
    public static func explain(_ r: ContributionReport, member: String, figure: ContributionReport.Metric, language L: Language, style: TerminalStyle) -> String {
        guard let m = r.members.first(where: { $0.id == member }) else { return "" }
        var out = [style.paint(style.clean(Catalog.ctExplainTitle(Catalog.ctMetric(figure)(L), m.name, m.value(figure))(L)), .strong)]
        out += warnings(r, L).map { style.clean($0) }
        let events = m.counted.filter { $0.metric == figure.evidenceSource }
        if events.isEmpty { out.append(Catalog.ctExplainNone(L)) }
        for e in events {
            out.append(style.clip("\(e.day.formatted(L))  \(style.paint(String(e.commit.prefix(8)), .accent))  \(style.clean(Catalog.ctCounted(e)(L)))", to: style.width))
        }
        return out.joined(separator: "\n")
    }

    /// One line per counted event of a member, for the appendix: (date, short commit, figure, what).
    static func appendix(_ m: ContributionReport.MemberRow, _ L: Language) -> [(String, String, String, String)] {
        m.counted.map { ($0.day.formatted(L), String($0.commit.prefix(8)), Catalog.ctMetric($0.metric)(L), Catalog.ctCounted($0)(L)) }
    }

    static func notableLine(_ n: ContributionReport.Notable, _ L: Language) -> (String, String, String) {
        (n.day.formatted(L), String(n.commit.prefix(8)), Catalog.ctNotable(n)(L))
    }

    // MARK: Text and Markdown: renderings of the report's document

    public static func render(_ r: ContributionReport, language L: Language, style: TerminalStyle) -> String {
        r.document(language: L).text(style: style)
    }

    public static func markdown(_ r: ContributionReport, language L: Language) -> String {
        r.document(language: L).markdown()
    }
}
