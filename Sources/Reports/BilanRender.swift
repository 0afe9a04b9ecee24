import BoardCore

/// The review as a document (text, Markdown, CSV, HTML), as JSON, and as the Markdown file
/// saved in the board (`docs/bilan/…`), whose lessons section the team completes.
extension BilanReport {
    public func document(language L: Language) -> ReportDocument {
        let doneCount = tasks.filter(\.done).count
        var facts: [ReportFact] = []
        facts.append(ReportFact(Catalog.bilanBaseline(L), baselineName.map { name in baselineDay.map { Catalog.bilanBaselineValue(name, $0.formatted(L))(L) } ?? name } ?? Catalog.bilanNoBaseline(L),
                                tone: baselineName == nil ? .alert : .plain))
        facts.append(ReportFact(Catalog.trAsOf(L), asOf.formatted(L)))
        facts.append(ReportFact(Catalog.bilanTasksDone(L), "\(doneCount)/\(tasks.count)"))
        facts.append(ReportFact(Catalog.bilanAccuracy(L), overall.ratio.map { BilanReport.ratio($0, L) } ?? "—", tone: BilanReport.ratioTone(overall.ratio)))
        facts.append(ReportFact(Catalog.bilanScope(L), baselineName == nil ? "—" : Catalog.bilanScopeValue(added.count, removed.count)(L)))
        facts.append(ReportFact(Catalog.trHeadCommit(L), head.map { String($0.prefix(10)) } ?? "—"))

        var sections: [ReportSection] = []
        sections.append(ReportSection(Catalog.bilanTasksSection(L), blocks: [.paragraph(Catalog.bilanTasksLegend(L), .muted), .table(taskTable(L))]))
        sections.append(ReportSection(Catalog.bilanMilestonesSection(L), blocks: [.table(milestoneTable(L)), .chart(.gantt(gantt))]))
        sections.append(ReportSection(Catalog.bilanAccuracySection(L), blocks: accuracyBlocks(L)))
        if let time = TimeReport.section(timeSpent, period: nil, language: L) { sections.append(time) }
        var scope: [ReportBlock] = []
        if baselineName == nil {
            scope.append(.paragraph(Catalog.bilanNoBaselineScope(L), .muted))
        } else {
            scope.append(.paragraph(Catalog.bilanAdded(added.count)(L), .strong))
            if !added.isEmpty { scope.append(.list(added.map { "\($0.id) \($0.title)" })) }
            scope.append(.paragraph(Catalog.bilanRemoved(removed.count)(L), .strong))
            if !removed.isEmpty { scope.append(.list(removed.map { "\($0.id) \($0.title)" })) }
        }
        sections.append(ReportSection(Catalog.bilanScopeSection(L), blocks: scope))
        sections.append(ReportSection(Catalog.bilanLessonsSection(L), blocks: [.markdown(lessons(L))]))
        return ReportDocument(title: Catalog.bilanTitle(boardName)(L), subtitle: Catalog.bilanSubtitle(asOf.formatted(L))(L), language: L,
                              facts: facts, sections: sections, footer: Catalog.trFooter(head.map { String($0.prefix(10)) }, asOf.formatted(L))(L))
    }

    func taskTable(_ L: Language) -> ReportTable {
        var table = ReportTable(columns: [
            .init(Catalog.columnID(L)), .init(Catalog.columnTitle(L), flexible: true, minWidth: 10),
            .init(Catalog.columnAssignees(L), flexible: true, minWidth: 5, dropRank: 3),
            .init(Catalog.bilanPlannedEnd(L)), .init(Catalog.bilanActualStart(L), dropRank: 2), .init(Catalog.bilanActualEnd(L)),
            .init(Catalog.trSlip(L), alignment: .right),
            .init(Catalog.columnEstimate(L), alignment: .right, dropRank: 4),
            .init(Catalog.bilanPlannedDays(L), alignment: .right, dropRank: 1), .init(Catalog.bilanActualDays(L), alignment: .right, dropRank: 1),
            .init(Catalog.bilanRatio(L), alignment: .right),
        ], emptyText: Catalog.noTasks(L))
        for r in tasks {
            var title = r.title
            if r.change == "added" { title += " " + Catalog.bilanAddedMark(L) }
            if r.change == "removed" { title += " " + Catalog.bilanRemovedMark(L) }
            let plannedText = r.plannedEnd.map { $0.formatted(L) + (r.reference == "due" ? " " + Catalog.bilanDueMark(L) : "") } ?? "—"
            let end: ReportTable.Cell
            if let a = r.actualEnd { end = ReportTable.Cell(a.formatted(L), raw: a.iso) } else if let f = r.forecastEnd {
                end = ReportTable.Cell(Catalog.bilanForecastMark(f.formatted(L))(L), tone: .muted, raw: f.iso)
            } else { end = ReportTable.Cell("—", tone: .muted, raw: "") }
            table.rows.append([
                ReportTable.Cell(r.id, tone: (r.endSlip ?? 0) > 0 ? .alert : .accent), ReportTable.Cell(title),
                ReportTable.Cell(r.assignees.joined(separator: ", ")),
                ReportTable.Cell(plannedText, raw: r.plannedEnd?.iso ?? ""),
                StatusReport.dateCell(r.actualStart, L), end,
                ReportTable.Cell(r.endSlip.map { Catalog.signedDays($0)(L) } ?? "—", tone: (r.endSlip ?? 0) > 0 ? .alert : ((r.endSlip ?? 0) < 0 ? .good : .plain), raw: r.endSlip.map(String.init) ?? ""),
                ReportTable.Cell(r.estimate ?? "—"),
                ReportTable.Cell(r.plannedDays.map { Catalog.trDays($0)(L) } ?? "—", raw: r.plannedDays.map(String.init) ?? ""),
                ReportTable.Cell(r.actualDays.map { Catalog.trDays($0)(L) } ?? "—", raw: r.actualDays.map(String.init) ?? ""),
                ReportTable.Cell(r.accuracy.map { BilanReport.ratio($0, L) } ?? "—", tone: BilanReport.ratioTone(r.accuracy), raw: r.accuracy.map { StatusReport.decimal($0, L) } ?? ""),
            ])
        }
        return table
    }

    func milestoneTable(_ L: Language) -> ReportTable {
        var table = ReportTable(columns: [
            .init(Catalog.columnID(L)), .init(Catalog.columnMilestone(L), flexible: true, minWidth: 10),
            .init(Catalog.trPlanned(L)), .init(Catalog.bilanActualOrForecast(L)), .init(Catalog.trSlip(L), alignment: .right),
        ], emptyText: Catalog.noMilestones(L), legend: milestones.isEmpty ? nil : Catalog.trSlipLegend(L), legendTone: .muted)
        for m in milestones {
            var title = m.title
            if m.change == "added" { title += " " + Catalog.bilanAddedMark(L) }
            if m.change == "removed" { title += " " + Catalog.bilanRemovedMark(L) }
            let actual: ReportTable.Cell
            if let a = m.actual {
                actual = m.done ? ReportTable.Cell(Catalog.trReachedOn(a.formatted(L))(L), tone: .good, raw: a.iso)
                    : ReportTable.Cell(Catalog.bilanForecastMark(a.formatted(L))(L), tone: .muted, raw: a.iso)
            } else { actual = ReportTable.Cell("—", tone: .muted, raw: "") }
            table.rows.append([
                ReportTable.Cell(m.id, tone: .accent), ReportTable.Cell(title),
                ReportTable.Cell(m.planned.map { $0.formatted(L) + (m.reference == "date" ? " " + Catalog.bilanDateMark(L) : "") } ?? "—", raw: m.planned?.iso ?? ""),
                actual,
                ReportTable.Cell(m.slip.map { Catalog.signedDays($0)(L) } ?? "—", tone: (m.slip ?? 0) > 0 ? .alert : .plain, raw: m.slip.map(String.init) ?? ""),
            ])
        }
        return table
    }

    func accuracyBlocks(_ L: Language) -> [ReportBlock] {
        var table = ReportTable(columns: [
            .init(Catalog.columnMember(L), flexible: true, minWidth: 6), .init(Catalog.bilanTasksCounted(L), alignment: .right),
            .init(Catalog.bilanPlannedDays(L), alignment: .right), .init(Catalog.bilanActualDays(L), alignment: .right), .init(Catalog.bilanRatio(L), alignment: .right),
        ], emptyText: Catalog.bilanNoAccuracy(L))
        func row(_ a: Accuracy, name: String, tone: Tone = .plain) -> [ReportTable.Cell] {
            [ReportTable.Cell(name, tone: tone), ReportTable.Cell(String(a.tasks)), ReportTable.Cell(Catalog.trDays(a.plannedDays)(L), raw: String(a.plannedDays)),
             ReportTable.Cell(Catalog.trDays(a.actualDays)(L), raw: String(a.actualDays)),
             ReportTable.Cell(a.ratio.map { BilanReport.ratio($0, L) } ?? "—", tone: BilanReport.ratioTone(a.ratio), raw: a.ratio.map { StatusReport.decimal($0, L) } ?? "")]
        }
        for a in accuracy { table.rows.append(row(a, name: a.name)) }
        if overall.tasks > 0 { table.rows.append(row(overall, name: Catalog.bilanTeam(L), tone: .strong)) }
        var blocks: [ReportBlock] = [.paragraph(Catalog.bilanAccuracyLegend(L), .muted)]
        if overall.spentTasks > 0 { blocks.append(.paragraph(TimeText.accuracyBySpent(overall.spentTasks, overall.tasks)(L), .muted)) }
        blocks.append(.table(table))
        if !accuracy.isEmpty {
            blocks.append(.chart(.bars(ReportBars(title: Catalog.bilanAccuracyChart(L), bars: accuracy.map { a in
                ReportBars.Bar(label: a.name, value: Double(a.actualDays), reference: Double(a.plannedDays),
                               valueText: Catalog.bilanDaysVersus(a.actualDays, a.plannedDays)(L), tone: (a.ratio ?? 1) > 1.25 ? .alert : .good)
            }))))
        }
        return blocks
    }

    /// The lessons and corrective measures, pre-filled with the facts; the team writes the rest.
    public func lessons(_ L: Language) -> String {
        var out: [String] = ["### " + Catalog.bilanFacts(L), ""]
        if biggestSlips.isEmpty {
            out.append("- " + Catalog.bilanNoSlips(L))
        } else {
            out.append("- " + Catalog.bilanBiggestSlips(L))
            for r in biggestSlips {
                let reference = r.reference == "due" ? Catalog.bilanVersusDue(L) : Catalog.bilanVersusBaseline(L)
                out.append("  - " + Catalog.bilanSlipLine(r.id, r.title, Catalog.signedDays(r.endSlip ?? 0)(L), reference)(L))
            }
        }
        if overloadedWeeks.isEmpty {
            out.append("- " + Catalog.bilanNoOverload(L))
        } else {
            out.append("- " + Catalog.bilanOverloadedWeeks(L))
            for w in overloadedWeeks {
                let who = w.members.map { "\($0.member) \(Catalog.hours($0.hours)(L)) / \(Catalog.hours($0.capacity)(L))" }.joined(separator: ", ")
                out.append("  - " + Catalog.bilanWeekLine(w.label, w.week.formatted(L), Catalog.hours(w.excess)(L), who)(L))
            }
        }
        if reopened.isEmpty {
            out.append("- " + Catalog.bilanNoReopened(L))
        } else {
            out.append("- " + Catalog.bilanReopened(L))
            for r in reopened { out.append("  - " + Catalog.bilanReopenedLine(r.id, r.title, r.date.formatted(L), r.by, r.to, String(r.commit.prefix(8)))(L)) }
        }
        if let ratio = overall.ratio {
            out.append("- " + Catalog.bilanAccuracyFact(BilanReport.ratio(ratio, L), overall.tasks)(L))
        }
        if !added.isEmpty || !removed.isEmpty {
            out.append("- " + Catalog.bilanScopeFact(added.count, removed.count)(L))
        }
        out += ["", "### " + Catalog.bilanWentWell(L), "", "- …", "", "### " + Catalog.bilanWentWrong(L), "", "- …", "",
                "### " + Catalog.bilanMeasures(L), "", Catalog.bilanMeasuresHint(L), "", "- …"]
        return out.joined(separator: "\n")
    }

    /// The file saved in the board: a document front matter, then the review in Markdown.
    public func savedDocument(id: String, author: String?, language L: Language) -> String {
        var out = "---\nid: \(id)\ntitle: \(YAMLText.scalar(Catalog.bilanDocTitle(L)))\n"
        if let author { out += "author: \(YAMLText.scalar(author))\n" }
        out += "status: draft\nversion: \"0.1\"\ntags: [bilan]\n---\n"
        return out + document(language: L).markdown() + "\n"
    }

    static func ratio(_ r: Double, _ L: Language) -> String {
        "×" + Catalog.decimalMark(String(format: "%.2f", r))(L)
    }

    static func ratioTone(_ r: Double?) -> Tone {
        guard let r else { return .muted }
        if r > 1.25 { return .alert }
        if r < 0.8 { return .accent }
        return .good
    }

    // MARK: JSON

    /// `{"board", "baseline", "baselineDay", "asOf", "head", "tasks": [...], "milestones": [...],
    /// "accuracy": [{"member", "tasks", "plannedDays", "actualDays", "ratio", "spentTasks", "plannedHours",
    /// "actualHours"}…], "overall", "timeSpent": [{"member", "name", "periodHours", "totalHours"}], "added",
    /// "removed", "lessons": {"biggestSlips", "overloadedWeeks", "reopened"}}`.
    public func json() -> String {
        func acc(_ a: Accuracy) -> ReportJSON {
            .object(["member": .string(a.member), "tasks": .int(a.tasks), "plannedDays": .int(a.plannedDays), "actualDays": .int(a.actualDays), "ratio": .double(a.ratio),
                     "spentTasks": .int(a.spentTasks), "plannedHours": .double(a.plannedHours), "actualHours": .double(a.actualHours)])
        }
        let doc: ReportJSON = .object([
            "items": gantt.itemsJSON, "projectEnd": .day(gantt.rows.map(\.end).max()),
            "board": .string(boardName), "baseline": .string(baselineName), "baselineDay": .day(baselineDay), "asOf": .day(asOf), "head": .string(head),
            "tasks": .array(tasks.map { r in
                .object(["id": .string(r.id), "title": .string(r.title), "assignees": .strings(r.assignees), "change": .string(r.change),
                         "plannedStart": .day(r.plannedStart), "plannedEnd": .day(r.plannedEnd), "reference": .string(r.reference),
                         "actualStart": .day(r.actualStart), "actualEnd": .day(r.actualEnd), "forecastEnd": .day(r.forecastEnd), "done": .bool(r.done),
                         "endSlip": .int(r.endSlip), "estimate": .string(r.estimate), "plannedDays": .int(r.plannedDays), "actualDays": .int(r.actualDays),
                         "accuracy": .double(r.accuracy), "estimateHours": .double(r.estimateHours), "spentHours": .double(r.spentHours)])
            }),
            "milestones": .array(milestones.map { m in
                .object(["id": .string(m.id), "title": .string(m.title), "change": .string(m.change), "planned": .day(m.planned), "reference": .string(m.reference),
                         "actual": .day(m.actual), "done": .bool(m.done), "slip": .int(m.slip)])
            }),
            "accuracy": .array(accuracy.map(acc)), "overall": acc(overall), "timeSpent": TimeReport.json(timeSpent),
            "added": .array(added.map { .object(["id": .string($0.id), "title": .string($0.title)]) }),
            "removed": .array(removed.map { .object(["id": .string($0.id), "title": .string($0.title)]) }),
            "lessons": .object([
                "biggestSlips": .array(biggestSlips.map { .object(["id": .string($0.id), "endSlip": .int($0.endSlip), "reference": .string($0.reference)]) }),
                "overloadedWeeks": .array(overloadedWeeks.map { w in
                    .object(["week": .string(w.label), "monday": .day(w.week), "excessHours": .double(w.excess),
                             "members": .array(w.members.map { .object(["member": .string($0.member), "hours": .double($0.hours), "capacity": .double($0.capacity)]) })])
                }),
                "reopened": .array(reopened.map { .object(["id": .string($0.id), "date": .day($0.date), "by": .string($0.by), "to": .string($0.to), "commit": .string($0.commit)]) }),
            ]),
        ])
        return doc.render()
    }
}
