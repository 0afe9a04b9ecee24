import BoardCore
import Foundation

/// `jalon report contributions` as text (tables fitted to the terminal, a week-by-week chart)
/// and as Markdown (the same content, for GitLab/GitHub or a printed evidence file).
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

    // MARK: Text

    public static func render(_ r: ContributionReport, language L: Language, style: TerminalStyle) -> String {
        var out: [String] = []
        func heading(_ s: String) {
            if !out.isEmpty { out.append("") }
            out.append(style.paint(style.clean(s), .strong))
        }
        out.append(style.paint(style.clean(title(r, L)), .strong))
        for line in preamble(r, L) { out += DisplayWidth.wrap(style.clean(line), to: style.width) }

        if r.focus == nil && r.members.count > 1 {
            heading(Catalog.ctTeamSummary(L))
            var t = TextTable(columns: [
                .init(Catalog.ctColumnMember(L), minWidth: 8, flexible: true),
                .init(Catalog.ctMetric(.commits)(L), alignment: .right, flexible: true),
                .init(Catalog.ctShareCommits(L), alignment: .right, flexible: true),
                .init(Catalog.ctColumnContent(L), alignment: .right, flexible: true),
                .init(Catalog.ctShareContent(L), alignment: .right, flexible: true),
                .init(Catalog.ctMetric(.tasksDone)(L), alignment: .right, flexible: true, dropRank: 3),
                .init(Catalog.ctMetric(.linesAdded)(L), alignment: .right, flexible: true, dropRank: 2),
                .init(Catalog.ctMetric(.linesRemoved)(L), alignment: .right, flexible: true, dropRank: 1),
            ])
            let hundred = Catalog.percentDecimal("100")(L)
            for m in r.members {
                t.append([m.name, "\(m.value(.commits))", percent(m.shares[.commits], L), "+\(m.value(.contentLines))", percent(m.shares[.contentLines], L),
                          "\(m.value(.tasksDone))", "+\(m.value(.linesAdded))", "−\(m.value(.linesRemoved))"])
            }
            t.append([Catalog.ctTeamSummary(L), "\(r.team[.commits] ?? 0)", hundred, "+\(r.team[.contentLines] ?? 0)", hundred, "\(r.team[.tasksDone] ?? 0)",
                      "+\(r.team[.linesAdded] ?? 0)", "−\(r.team[.linesRemoved] ?? 0)"], tone: .strong)
            out.append(t.render(style))
        }

        for m in r.members {
            heading("\(m.name) (\(m.id))" + (m.role.map { " — \($0)" } ?? ""))
            if let first = m.firstCommit, let last = m.lastCommit {
                out.append(Catalog.fieldLabel(Catalog.ctActivePeriod)(L) + " \(Day(first, timeZone: .current).formatted(L)) → \(Day(last, timeZone: .current).formatted(L))")
            }
            var t = TextTable(columns: [.init(Catalog.ctColumnMetric(L), flexible: true), .init(Catalog.ctColumnValue(L), alignment: .right),
                                        .init(Catalog.ctColumnShare(L), alignment: .right)])
            for metric in metrics(r) { t.append([Catalog.ctMetric(metric)(L), "\(m.value(metric))", percent(m.shares[metric], L)]) }
            out.append(t.render(style))
            let kinds = FileKind.allCases.filter { m.lines[$0] != nil }
            if !kinds.isEmpty {
                out.append(Catalog.ctLinesByKind(L))
                var k = TextTable(columns: [.init(Catalog.ctColumnKind(L), flexible: true), .init(Catalog.ctColumnFiles(L), alignment: .right),
                                            .init(Catalog.ctColumnAdded(L), alignment: .right), .init(Catalog.ctColumnRemoved(L), alignment: .right)])
                for kind in kinds {
                    let c = m.lines[kind]!
                    let counted = kind != .binary && kind != .document
                    k.append([Catalog.ctFileKind(kind)(L), "\(c.files)", counted ? "+\(c.added)" : "—", counted ? "−\(c.removed)" : "—"])
                }
                out.append(k.render(style))
            }
            out.append(Catalog.ctNotableTitle(L))
            if m.notable.isEmpty { out.append("  " + Catalog.ctNoNotable(L)) }
            for n in m.notable {
                let (d, c, w) = notableLine(n, L)
                let line = "  \(d)  \(style.paint(c, .accent))  \(style.clean(w))"
                out.append(style.clip(line, to: style.width))
            }
            if m.notableOmitted > 0 { out.append("  " + Catalog.ctNotableMore(m.notableOmitted)(L)) }
            if !m.onBehalf.isEmpty {
                out.append(Catalog.ctOnBehalfTitle(L))
                for b in m.onBehalf { out.append(style.clip("  \(style.paint(String(b.commit.prefix(8)), .accent))  \(style.clean(Catalog.ctOnBehalf(b.committer)(L)))", to: style.width)) }
            }
            if !m.signed.isEmpty { out.append(Catalog.ctSigned(m.signed.count)(L)) }
        }

        heading(Catalog.ctWeeklyTitle(L))
        out.append(weeklyChart(r, language: L, style: style))

        heading(Catalog.ctUnmatchedTitle(L))
        if r.unmatched.isEmpty {
            out.append(Catalog.ctNoUnmatched(L))
        } else {
            var t = TextTable(columns: [
                .init(Catalog.ctColumnWho(L), flexible: true), .init(Catalog.ctColumnEmail(L), flexible: true),
                .init(Catalog.ctMetric(.commits)(L), alignment: .right), .init(Catalog.ctColumnCoAuthored(L), alignment: .right, dropRank: 3),
                .init(Catalog.ctColumnAdded(L), alignment: .right, dropRank: 2), .init(Catalog.ctColumnRemoved(L), alignment: .right, dropRank: 1),
                .init(Catalog.ctColumnCommit(L)),
            ])
            for u in r.unmatched {
                t.append([u.name, u.email, "\(u.commits)", "\(u.coAuthored)", "+\(u.linesAdded)", "−\(u.linesRemoved)", String((u.sampleCommit ?? "").prefix(8))])
            }
            out.append(t.render(style))
            out += DisplayWidth.wrap(Catalog.ctUnmatchedHint(L), to: style.width)
        }
        if r.members.contains(where: { $0.spentHours != nil }) {
            heading(TimeText.title(L))
            var t = TextTable(columns: [.init(Catalog.ctColumnMember(L), minWidth: 8, flexible: true), .init(TimeText.hours(L), alignment: .right)])
            for m in r.members { t.append([m.name, Catalog.hours(m.spentHours ?? 0)(L)]) }
            out.append(t.render(style))
        }
        if !r.excludedGlobs.isEmpty {
            out.append("")
            out += DisplayWidth.wrap(Catalog.ctExcludedNote(r.excludedGlobs.joined(separator: ", "))(L), to: style.width)
        }
        return out.joined(separator: "\n")
    }

    /// One line per week; one column per member, each a bar proportional to the member's commits
    /// that week (the same scale for everyone) followed by the count.
    public static func weeklyChart(_ r: ContributionReport, language L: Language, style: TerminalStyle) -> String {
        guard !r.weeks.isEmpty, !r.members.isEmpty else { return Catalog.ctNoNotable(L) }
        let names = r.members.map { style.clean($0.name) }
        let label = r.weeks.map { $0.start.formatted(L) }.map(DisplayWidth.of).max() ?? 10
        let maxCount = max(1, r.weeks.flatMap { w in r.members.map { w.commits[$0.id] ?? 0 } }.max() ?? 1)
        let countWidth = String(maxCount).count
        let column = max(countWidth + 3, (style.width - label - 1) / r.members.count - 1)
        let barWidth = max(1, column - countWidth - 1)
        let full = style.unicode ? "█" : "#"
        var lines: [String] = []
        var header = DisplayWidth.pad("", to: label)
        for n in names { header += " " + DisplayWidth.pad(DisplayWidth.truncate(n, to: column, ellipsis: style.glyphs.ellipsis), to: column) }
        lines.append(style.paint(header, .strong))
        for w in r.weeks {
            var line = DisplayWidth.pad(w.start.formatted(L), to: label)
            for m in r.members {
                let n = w.commits[m.id] ?? 0
                let length = n == 0 ? 0 : max(1, Int((Double(n) / Double(maxCount) * Double(barWidth)).rounded()))
                let bar = String(repeating: full, count: length)
                let cell = DisplayWidth.pad(style.paint(bar, .accent) + (n > 0 ? " \(n)" : ""), to: column + (style.color && length > 0 ? 9 : 0))
                line += " " + cell
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Markdown

    public static func markdown(_ r: ContributionReport, language L: Language) -> String {
        let esc = { (s: String) in ReportDocument.markdownEscape(s) }
        var out: [String] = ["# " + esc(title(r, L)), ""]
        for line in preamble(r, L) { out.append(esc(line)); out.append("") }
        if r.focus == nil && r.members.count > 1 {
            out.append("## " + Catalog.ctTeamSummary(L))
            out.append("")
            out.append("| \(Catalog.ctColumnMember(L)) | \(Catalog.ctMetric(.commits)(L)) | \(Catalog.ctShareCommits(L)) | \(Catalog.ctMetric(.contentLines)(L)) | \(Catalog.ctShareContent(L)) | \(Catalog.ctMetric(.tasksDone)(L)) | \(Catalog.ctMetric(.linesAdded)(L)) | \(Catalog.ctMetric(.linesRemoved)(L)) |")
            out.append("|---|--:|--:|--:|--:|--:|--:|--:|")
            for m in r.members {
                out.append("| \(esc(m.name)) | \(m.value(.commits)) | \(percent(m.shares[.commits], L)) | +\(m.value(.contentLines)) | \(percent(m.shares[.contentLines], L)) | \(m.value(.tasksDone)) | +\(m.value(.linesAdded)) | −\(m.value(.linesRemoved)) |")
            }
            out.append("")
        }
        for m in r.members {
            out.append("## \(esc(m.name)) (\(esc(m.id)))" + (m.role.map { " — " + esc($0) } ?? ""))
            out.append("")
            out.append("| \(Catalog.ctColumnMetric(L)) | \(Catalog.ctColumnValue(L)) | \(Catalog.ctColumnShare(L)) |")
            out.append("|---|--:|--:|")
            for metric in metrics(r) { out.append("| \(Catalog.ctMetric(metric)(L)) | \(m.value(metric)) | \(percent(m.shares[metric], L)) |") }
            out.append("")
            let kinds = FileKind.allCases.filter { m.lines[$0] != nil }
            if !kinds.isEmpty {
                out.append("**\(Catalog.ctLinesByKind(L))**")
                out.append("")
                out.append("| \(Catalog.ctColumnKind(L)) | \(Catalog.ctColumnFiles(L)) | \(Catalog.ctColumnAdded(L)) | \(Catalog.ctColumnRemoved(L)) |")
                out.append("|---|--:|--:|--:|")
                for kind in kinds {
                    let c = m.lines[kind]!
                    let counted = kind != .binary && kind != .document
                    out.append("| \(Catalog.ctFileKind(kind)(L)) | \(c.files) | \(counted ? "+\(c.added)" : "—") | \(counted ? "−\(c.removed)" : "—") |")
                }
                out.append("")
            }
            out.append("**\(Catalog.ctNotableTitle(L))**")
            out.append("")
            if m.notable.isEmpty { out.append("- " + Catalog.ctNoNotable(L)) }
            for n in m.notable {
                let (d, c, w) = notableLine(n, L)
                out.append("- \(d) — `\(c)` — \(esc(w))")
            }
            if m.notableOmitted > 0 { out.append("- " + esc(Catalog.ctNotableMore(m.notableOmitted)(L))) }
            out.append("")
            if !m.onBehalf.isEmpty {
                out.append("**\(esc(Catalog.ctOnBehalfTitle(L)))**")
                out.append("")
                for b in m.onBehalf { out.append("- `\(String(b.commit.prefix(8)))` — \(esc(Catalog.ctOnBehalf(b.committer)(L)))") }
                out.append("")
            }
            if !m.signed.isEmpty { out.append(esc(Catalog.ctSigned(m.signed.count)(L))); out.append("") }
        }
        out.append("## " + Catalog.ctWeeklyTitle(L))
        out.append("")
        out.append("```")
        out.append(weeklyChart(r, language: L, style: TerminalStyle(unicode: true, color: false, width: 100)))
        out.append("```")
        out.append("")
        out.append("## " + Catalog.ctUnmatchedTitle(L))
        out.append("")
        if r.unmatched.isEmpty {
            out.append(Catalog.ctNoUnmatched(L))
        } else {
            out.append("| \(Catalog.ctColumnWho(L)) | \(Catalog.ctColumnEmail(L)) | \(Catalog.ctMetric(.commits)(L)) | \(Catalog.ctColumnCoAuthored(L)) | \(Catalog.ctColumnAdded(L)) | \(Catalog.ctColumnRemoved(L)) | \(Catalog.ctColumnCommit(L)) |")
            out.append("|---|---|--:|--:|--:|--:|---|")
            for u in r.unmatched {
                out.append("| \(esc(u.name)) | \(esc(u.email)) | \(u.commits) | \(u.coAuthored) | +\(u.linesAdded) | −\(u.linesRemoved) | `\(String((u.sampleCommit ?? "").prefix(8)))` |")
            }
            out.append("")
            out.append(esc(Catalog.ctUnmatchedHint(L)))
        }
        if !r.excludedGlobs.isEmpty {
            out.append("")
            out.append(esc(Catalog.ctExcludedNote(r.excludedGlobs.joined(separator: ", "))(L)))
        }
        if r.focus != nil {
            for m in r.members {
                out.append("")
                out.append("## " + esc(Catalog.ctAppendixTitle(L)) + " — " + esc(m.name))
                out.append("")
                out.append("| Date | \(Catalog.ctColumnCommit(L)) | \(Catalog.ctColumnFigure(L)) | \(Catalog.ctColumnWhat(L)) |")
                out.append("|---|---|---|---|")
                for (d, c, f, w) in appendix(m, L) { out.append("| \(d) | `\(c)` | \(esc(f)) | \(esc(w)) |") }
            }
        }
        return out.joined(separator: "\n")
    }
}
