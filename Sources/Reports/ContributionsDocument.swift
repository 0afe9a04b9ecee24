import BoardCore
import Foundation

/// `jalon report contributions` as a format-neutral `ReportDocument`, like the status report
/// and the review: text, Markdown and HTML are its renderings (CSV and JSON stay data exports
/// with stable keys, written from the typed report).
extension ContributionReport {
    public func document(language L: Language) -> ReportDocument {
        let r = self
        let percent = { (v: Double?) in ContributionsText.percent(v, L) }
        var sections: [ReportSection] = []
        // What the reader must know first: the commit and period, a cut history, how to read shares.
        let warnings = ContributionsText.warnings(r, L)
        let notes = ContributionsText.preamble(r, L).filter { !warnings.contains($0) }
        sections.append(ReportSection("", blocks: [.paragraph(notes.prefix(2).joined(separator: "\n"), .plain)]
            + warnings.map { .paragraph($0, .alert) } + [.paragraph(notes.dropFirst(2).joined(separator: "\n"), .muted)]))

        if r.focus == nil && r.members.count > 1 {
            let hundred = percent(100)
            var table = ReportTable(columns: [
                // Neither a name nor a figure is cut: the least telling columns go first when
                // the terminal is too narrow (lines removed, lines added, tasks done).
                .init(Catalog.ctColumnMember(L)),
                .init(Catalog.ctMetric(.commits)(L), alignment: .right),
                .init(Catalog.ctShareCommits(L), alignment: .right),
                .init(Catalog.ctColumnContent(L), alignment: .right),
                .init(Catalog.ctShareContent(L), alignment: .right),
                .init(Catalog.ctMetric(.tasksDone)(L), alignment: .right, dropRank: 1),
                .init(Catalog.ctMetric(.linesAdded)(L), alignment: .right, dropRank: 2),
                .init(Catalog.ctMetric(.linesRemoved)(L), alignment: .right, dropRank: 3),
            ], emptyText: Catalog.ctNoNotable(L))
            for m in r.members {
                table.rows.append([.init(m.name), .init("\(m.value(.commits))"), .init(percent(m.shares[.commits])), .init("+\(m.value(.contentLines))"),
                                   .init(percent(m.shares[.contentLines])), .init("\(m.value(.tasksDone))"), .init("+\(m.value(.linesAdded))"),
                                   .init("−\(m.value(.linesRemoved))")])
            }
            let total: [String] = [Catalog.ctTeamSummary(L), "\(r.team[.commits] ?? 0)", hundred, "+\(r.team[.contentLines] ?? 0)", hundred,
                                   "\(r.team[.tasksDone] ?? 0)", "+\(r.team[.linesAdded] ?? 0)", "−\(r.team[.linesRemoved] ?? 0)"]
            table.rows.append(total.map { ReportTable.Cell($0, tone: .strong) })
            var blocks: [ReportBlock] = [.table(table)]
            // Each member's share of commits, tasks done and lines added, against 100 %.
            for metric in [Metric.commits, .tasksDone, .linesAdded] {
                blocks.append(.chart(.bars(ReportBars(title: Catalog.ctMetric(metric)(L), bars: r.members.map { m in
                    ReportBars.Bar(label: m.name, value: m.shares[metric] ?? 0, reference: 100, valueText: percent(m.shares[metric]))
                }))))
            }
            sections.append(ReportSection(Catalog.ctTeamSummary(L), blocks: blocks))
        }

        for m in r.members {
            var blocks: [ReportBlock] = []
            if let first = m.firstCommit, let last = m.lastCommit {
                blocks.append(.paragraph(Catalog.fieldLabel(Catalog.ctActivePeriod)(L) + " \(Day(first, timeZone: .current).formatted(L)) → \(Day(last, timeZone: .current).formatted(L))", .plain))
            }
            var figures = ReportTable(columns: [.init(Catalog.ctColumnMetric(L), flexible: true), .init(Catalog.ctColumnValue(L), alignment: .right),
                                                .init(Catalog.ctColumnShare(L), alignment: .right)], emptyText: "")
            for metric in ContributionsText.metrics(r) { figures.rows.append([.init(Catalog.ctMetric(metric)(L)), .init("\(m.value(metric))"), .init(percent(m.shares[metric]))]) }
            blocks.append(.table(figures))
            let kinds = FileKind.allCases.filter { m.lines[$0] != nil }
            if !kinds.isEmpty {
                blocks.append(.paragraph(Catalog.ctLinesByKind(L), .strong))
                var byKind = ReportTable(columns: [.init(Catalog.ctColumnKind(L), flexible: true), .init(Catalog.ctColumnFiles(L), alignment: .right),
                                                  .init(Catalog.ctColumnAdded(L), alignment: .right), .init(Catalog.ctColumnRemoved(L), alignment: .right)], emptyText: "")
                for kind in kinds {
                    let c = m.lines[kind] ?? LineCount()
                    let counted = kind != .binary && kind != .document
                    byKind.rows.append([.init(Catalog.ctFileKind(kind)(L)), .init("\(c.files)"), .init(counted ? "+\(c.added)" : "—"), .init(counted ? "−\(c.removed)" : "—")])
                }
                blocks.append(.table(byKind))
            }
            blocks.append(.paragraph(Catalog.ctNotableTitle(L), .strong))
            var notable = m.notable.map { n -> String in
                let (d, c, w) = ContributionsText.notableLine(n, L)
                return "\(d) — \(c) — \(w)"
            }
            if notable.isEmpty { notable = [Catalog.ctNoNotable(L)] }
            if m.notableOmitted > 0 { notable.append(Catalog.ctNotableMore(m.notableOmitted)(L)) }
            blocks.append(.list(notable))
            if !m.onBehalf.isEmpty {
                blocks.append(.paragraph(Catalog.ctOnBehalfTitle(L), .strong))
                blocks.append(.list(m.onBehalf.map { "\(String($0.commit.prefix(8))) — \(Catalog.ctOnBehalf($0.committer)(L))" }))
            }
            if !m.signed.isEmpty { blocks.append(.paragraph(Catalog.ctSigned(m.signed.count)(L), .muted)) }
            sections.append(ReportSection("\(m.name) (\(m.id))" + (m.role.map { " — \($0)" } ?? ""), blocks: blocks))
        }

        let series = r.members.map { ReportColumns.Series(name: $0.name) } + [ReportColumns.Series(name: Catalog.ctOutsidersColumn(L), minor: true)]
        let periods = r.weeks.map { w in
            ReportColumns.Period(label: w.start.formatted(L), shortLabel: w.start.formatted(L, short: true),
                                 counts: r.members.map { w.commits[$0.id] ?? 0 } + [w.outsiderCommits])
        }
        sections.append(ReportSection(Catalog.ctWeeklyTitle(L), blocks: [
            .chart(.columns(ReportColumns(title: Catalog.ctWeeklyTitle(L), series: r.members.isEmpty ? [] : series, periods: periods, emptyText: Catalog.ctNoNotable(L)))),
        ]))

        var unmatched = ReportTable(columns: [
            .init(Catalog.ctColumnWho(L), flexible: true), .init(Catalog.ctColumnEmail(L), flexible: true),
            .init(Catalog.ctMetric(.commits)(L), alignment: .right), .init(Catalog.ctColumnCoAuthored(L), alignment: .right, dropRank: 3),
            .init(Catalog.ctColumnAdded(L), alignment: .right, dropRank: 2), .init(Catalog.ctColumnRemoved(L), alignment: .right, dropRank: 1),
            .init(Catalog.ctColumnCommit(L)),
        ], emptyText: Catalog.ctNoUnmatched(L))
        for u in r.unmatched {
            unmatched.rows.append([.init(u.name), .init(u.email), .init("\(u.commits)"), .init("\(u.coAuthored)"), .init("+\(u.linesAdded)"),
                                   .init("−\(u.linesRemoved)"), .init(String((u.sampleCommit ?? "").prefix(8)))])
        }
        var outside: [ReportBlock] = [.table(unmatched)]
        if !r.unmatched.isEmpty { outside.append(.paragraph(Catalog.ctUnmatchedHint(L), .muted)) }
        if !r.excludedGlobs.isEmpty { outside.append(.paragraph(Catalog.ctExcludedNote(r.excludedGlobs.joined(separator: ", "))(L), .muted)) }
        sections.append(ReportSection(Catalog.ctUnmatchedTitle(L), blocks: outside))

        if r.members.contains(where: { $0.spentHours != nil }) {
            var spent = ReportTable(columns: [.init(Catalog.ctColumnMember(L), flexible: true, minWidth: 8), .init(TimeText.hours(L), alignment: .right)], emptyText: "")
            for m in r.members { spent.rows.append([.init(m.name), .init(Catalog.hours(m.spentHours ?? 0)(L), raw: Effort.number(m.spentHours ?? 0))]) }
            sections.append(ReportSection(TimeText.title(L), blocks: [.table(spent)]))
        }

        // The evidence file of one member ends with every counted event, each with its commit.
        if r.focus != nil {
            for m in r.members {
                var events = ReportTable(columns: [.init("Date"), .init(Catalog.ctColumnCommit(L)), .init(Catalog.ctColumnFigure(L), flexible: true), .init(Catalog.ctColumnWhat(L), flexible: true)],
                                         emptyText: Catalog.ctExplainNone(L))
                for (d, c, f, w) in ContributionsText.appendix(m, L) { events.rows.append([.init(d), .init(c), .init(f), .init(w)]) }
                sections.append(ReportSection("\(Catalog.ctAppendixTitle(L)) — \(m.name)", blocks: [.table(events)]))
            }
        }
        return ReportDocument(title: ContributionsText.title(r, L), language: L, sections: sections)
    }
}
