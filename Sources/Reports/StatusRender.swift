import BoardCore

/// The status report as a document (text, Markdown, CSV, HTML) and as JSON.
extension StatusReport {
    public func document(language L: Language) -> ReportDocument {
        var facts: [ReportFact] = []
        facts.append(ReportFact(Catalog.trPeriod(L), Catalog.trPeriodValue(period.label, period.from.formatted(L), period.to.formatted(L))(L)))
        facts.append(ReportFact(Catalog.trAsOf(L), asOf.formatted(L)))
        facts.append(ReportFact(Catalog.trProgress(L), Catalog.trProgressValue(progress.percent, Catalog.hours(progress.doneHours)(L), Catalog.hours(progress.plannedHours)(L),
                                                                               progress.tasksDone, progress.tasksTotal)(L), tone: .strong))
        let endTone: Tone = targetEnd.map { projectEnd > $0 ? .alert : .good } ?? .plain
        facts.append(ReportFact(Catalog.trForecastEnd(L), projectEnd.formatted(L) + (targetEnd.map { " (" + Catalog.trTarget($0.formatted(L))(L) + ")" } ?? ""), tone: endTone))
        facts.append(ReportFact(Catalog.trLateCount(L), String(late.count), tone: late.isEmpty ? .good : .alert))
        facts.append(ReportFact(Catalog.trHeadCommit(L), head.map { String($0.prefix(10)) } ?? "—"))

        var sections: [ReportSection] = []
        sections.append(ReportSection(Catalog.trMilestones(L), blocks: [
            .table(StatusReport.milestoneTable(milestones, language: L)),
            .chart(.gantt(gantt)),
        ] + (burndown.map { [.chart(.burndown($0))] } ?? [])))
        sections.append(ReportSection(Catalog.trDoneThisPeriod(L), blocks: [.table(taskTable(done, kind: .done, language: L))]))
        sections.append(ReportSection(Catalog.trInProgress(L), blocks: [.table(taskTable(inProgress, kind: .inProgress, language: L))]))
        sections.append(ReportSection(Catalog.trLate(L), blocks: [.table(taskTable(late, kind: .late, language: L))]))
        sections.append(ReportSection(Catalog.trStartingNext(next.label, next.from.formatted(L), next.to.formatted(L))(L),
                                      blocks: [.table(taskTable(startingNext, kind: .next, language: L))]))
        sections.append(ReportSection(Catalog.trWorkload(L), blocks: workloadBlocks(L)))
        if let time = TimeReport.section(timeSpent, period: period, language: L) { sections.append(time) }
        var meetingBlocks: [ReportBlock] = []
        if meetings.isEmpty {
            meetingBlocks.append(.paragraph(Catalog.trNoMeetings(L), .muted))
        } else {
            meetingBlocks.append(.paragraph(Catalog.trMeetingsHeld(meetings.joined(separator: " ; "))(L), .plain))
            meetingBlocks.append(.paragraph(Catalog.trDecisions(L), .strong))
            meetingBlocks.append(decisions.isEmpty ? .paragraph(Catalog.trNoDecisions(L), .muted) : .list(decisions.map { d in
                (d.date.map { $0.formatted(L, short: true) + " — " } ?? "") + d.text
            }))
            meetingBlocks.append(.paragraph(Catalog.trActions(L), .strong))
            var table = ReportTable(columns: [.init(Catalog.trWho(L)), .init(Catalog.trAction(L), flexible: true, minWidth: 12), .init(Catalog.columnDue(L))],
                                    emptyText: Catalog.trNoActions(L))
            for a in actions {
                table.rows.append([ReportTable.Cell(a.who ?? "—"), ReportTable.Cell(a.what), StatusReport.dateCell(a.due, L)])
            }
            meetingBlocks.append(.table(table))
        }
        sections.append(ReportSection(Catalog.trMeetings(L), blocks: meetingBlocks))
        let riskBlock: ReportBlock = risks.isEmpty
            ? .paragraph(hasSpec ? Catalog.trNoRisks(L) : Catalog.trNoSpec(L), .muted)
            : .list(risks)
        sections.append(ReportSection(Catalog.trRisks(L), blocks: [riskBlock]))

        return ReportDocument(title: Catalog.trStatusTitle(boardName)(L), subtitle: Catalog.trStatusSubtitle(period.label)(L), language: L,
                              facts: facts, sections: sections, footer: Catalog.trFooter(head.map { String($0.prefix(10)) }, asOf.formatted(L))(L))
    }

    enum TaskKind { case done, inProgress, late, next }

    func taskTable(_ lines: [TaskLine], kind: TaskKind, language L: Language) -> ReportTable {
        var columns: [ReportTable.Column] = [.init(Catalog.columnID(L)), .init(Catalog.columnTitle(L), flexible: true, minWidth: 12), .init(Catalog.columnAssignees(L), flexible: true, minWidth: 6, dropRank: 2)]
        let empty: String
        switch kind {
        case .done:
            columns += [.init(Catalog.trDoneOn(L))]
            empty = Catalog.trNoneDone(L)
        case .inProgress:
            columns += [.init(Catalog.columnStatus(L), dropRank: 1), .init(Catalog.columnProgress(L), alignment: .right), .init(Catalog.trPlannedEnd(L))]
            empty = Catalog.trNoneInProgress(L)
        case .late:
            columns += [.init(Catalog.columnExpectedBy(L)), .init(Catalog.columnLate(L), alignment: .right)]
            empty = Catalog.trNoneLate(L)
        case .next:
            columns += [.init(Catalog.columnStart(L)), .init(Catalog.trPlannedEnd(L), dropRank: 1)]
            empty = Catalog.trNoneNext(L)
        }
        var table = ReportTable(columns: columns, emptyText: empty)
        for t in lines {
            var row: [ReportTable.Cell] = [ReportTable.Cell(t.id, tone: kind == .late ? .alert : .accent), ReportTable.Cell(t.title),
                                           ReportTable.Cell(t.assignees.isEmpty ? Catalog.unassigned(L) : t.assignees.joined(separator: ", "), tone: t.assignees.isEmpty ? .muted : .plain)]
            switch kind {
            case .done: row.append(StatusReport.dateCell(t.doneOn, L))
            case .inProgress:
                row += [ReportTable.Cell(StatusWords.task(t.status, L)), ReportTable.Cell(Catalog.percent(t.progress)(L), raw: String(t.progress)), StatusReport.dateCell(t.end, L, tone: t.daysLate != nil ? .alert : .plain)]
            case .late:
                var expected = StatusReport.dateCell(t.lateReference ?? t.due ?? t.end, L)
                if t.lateAgainstBaseline { expected.text = Catalog.lateAgainstBaseline(expected.text)(L) }
                row += [expected, ReportTable.Cell(Catalog.trDays(t.daysLate ?? 0)(L), tone: .alert, raw: String(t.daysLate ?? 0))]
            case .next:
                row += [StatusReport.dateCell(t.start, L, tone: t.start < asOf ? .alert : .plain), StatusReport.dateCell(t.end, L)]
            }
            table.rows.append(row)
        }
        return table
    }

    func workloadBlocks(_ L: Language) -> [ReportBlock] {
        var table = ReportTable(columns: [
            .init(Catalog.columnMember(L), flexible: true, minWidth: 6),
            .init(Catalog.trLoadWeek(period.label)(L), alignment: .right),
            .init(Catalog.trLoadWeek(next.label)(L), alignment: .right, dropRank: 2),
            .init(Catalog.columnOpenTasks(L), alignment: .right),
            .init(Catalog.columnLate(L), alignment: .right),
            .init(Catalog.trCommits(L), alignment: .right, dropRank: 3),
            .init(Catalog.trLastActivity(L), dropRank: 1),
        ], emptyText: Catalog.noMembers(L))
        for m in workload {
            table.rows.append([
                ReportTable.Cell(m.name),
                ReportTable.Cell(Catalog.trLoadValue(Catalog.hours(m.hours)(L), Catalog.hours(m.capacity)(L))(L), tone: m.overloaded ? .alert : .plain, raw: StatusReport.decimal(m.hours, L)),
                ReportTable.Cell(Catalog.trLoadValue(Catalog.hours(m.nextHours)(L), Catalog.hours(m.nextCapacity)(L))(L), tone: m.nextHours > m.nextCapacity + 0.001 ? .alert : .plain, raw: StatusReport.decimal(m.nextHours, L)),
                ReportTable.Cell(String(m.openTasks)),
                ReportTable.Cell(String(m.lateTasks), tone: m.lateTasks > 0 ? .alert : .plain),
                ReportTable.Cell(String(m.commits)),
                StatusReport.dateCell(m.lastActive, L),
            ])
        }
        let bars = ReportBars(title: Catalog.trLoadChart(period.label)(L), bars: workload.map { m in
            ReportBars.Bar(label: m.name, value: m.hours, reference: m.capacity,
                           valueText: Catalog.trLoadValue(Catalog.hours(m.hours)(L), Catalog.hours(m.capacity)(L))(L), tone: m.overloaded ? .alert : .plain)
        })
        return [.table(table), .chart(.bars(bars))]
    }

    static func milestoneTable(_ milestones: [MilestoneLine], language L: Language) -> ReportTable {
        var table = ReportTable(columns: [
            .init(Catalog.columnID(L)), .init(Catalog.columnMilestone(L), flexible: true, minWidth: 10),
            .init(Catalog.trPlanned(L)), .init(Catalog.trForecast(L)), .init(Catalog.trSlip(L), alignment: .right), .init(Catalog.trLight(L)),
        ], emptyText: Catalog.noMilestones(L), legend: milestones.isEmpty ? nil : Catalog.trSlipLegend(L), legendTone: .muted)
        for m in milestones {
            let tone: Tone = m.light == .red ? .alert : (m.light == .green ? .good : (m.light == .amber ? .strong : .muted))
            table.rows.append([
                ReportTable.Cell(m.id, tone: .accent), ReportTable.Cell(m.title),
                dateCell(m.planned, L),
                m.done ? ReportTable.Cell(Catalog.trReachedOn(m.forecast.formatted(L))(L), tone: .good, raw: m.forecast.iso) : dateCell(m.forecast, L),
                ReportTable.Cell(m.slip.map { Catalog.signedDays($0)(L) } ?? "—", tone: (m.slip ?? 0) > 0 ? .alert : .plain, raw: m.slip.map(String.init) ?? ""),
                ReportTable.Cell(Catalog.trLightName(m.light)(L), tone: tone, light: m.light),
            ])
        }
        return table
    }

    static func dateCell(_ day: Day?, _ L: Language, tone: Tone = .plain) -> ReportTable.Cell {
        guard let day else { return ReportTable.Cell("—", tone: .muted, raw: "") }
        return ReportTable.Cell(day.formatted(L), tone: tone, raw: day.iso)
    }

    /// A number for a spreadsheet in the reader's language: `7,5` in French.
    static func decimal(_ v: Double, _ L: Language) -> String {
        Catalog.decimal(v)(L)
    }

    // MARK: JSON

    /// `{"board", "period": {"label", "from", "to"}, "next", "asOf", "head", "projectStart",
    /// "projectEnd", "targetEnd", "progress": {"percent", "doneHours", "plannedHours", "tasksDone",
    /// "tasksTotal"}, "milestones": [...], "done", "inProgress", "late", "startingNext": [TASK…],
    /// "workload": [...], "timeSpent": [{"member", "name", "periodHours", "totalHours"}], "meetings",
    /// "decisions", "actions", "risks"}`.
    public func json() -> String {
        func period(_ p: ReportPeriod) -> ReportJSON { .object(["label": .string(p.label), "from": .day(p.from), "to": .day(p.to)]) }
        func task(_ t: TaskLine) -> ReportJSON {
            .object(["id": .string(t.id), "title": .string(t.title), "status": .string(t.status), "assignees": .strings(t.assignees),
                     "start": .day(t.start), "end": .day(t.end), "due": .day(t.due), "progress": .int(t.progress), "doneOn": .day(t.doneOn), "daysLate": .int(t.daysLate)])
        }
        let doc: ReportJSON = .object([
            "board": .string(boardName), "period": period(self.period), "next": period(next), "asOf": .day(asOf), "head": .string(head),
            "projectStart": .day(projectStart), "projectEnd": .day(projectEnd), "targetEnd": .day(targetEnd),
            "progress": .object(["percent": .int(progress.percent), "doneHours": .double(progress.doneHours), "plannedHours": .double(progress.plannedHours),
                                 "tasksDone": .int(progress.tasksDone), "tasksTotal": .int(progress.tasksTotal)]),
            "milestones": .array(milestones.map { m in
                .object(["id": .string(m.id), "title": .string(m.title), "planned": .day(m.planned), "plannedFrom": .string(m.plannedFrom),
                         "forecast": .day(m.forecast), "done": .bool(m.done), "slip": .int(m.slip), "light": .string(m.light.rawValue)])
            }),
            "done": .array(done.map(task)), "inProgress": .array(inProgress.map(task)), "late": .array(late.map(task)), "startingNext": .array(startingNext.map(task)),
            "workload": .array(workload.map { m in
                .object(["member": .string(m.member), "name": .string(m.name), "hours": .double(m.hours), "capacity": .double(m.capacity),
                         "nextHours": .double(m.nextHours), "nextCapacity": .double(m.nextCapacity), "overloaded": .bool(m.overloaded),
                         "openTasks": .int(m.openTasks), "lateTasks": .int(m.lateTasks), "commits": .int(m.commits), "lastActive": .day(m.lastActive)])
            }),
            "meetings": .strings(meetings),
            "decisions": .array(decisions.map { .object(["meeting": .string($0.meeting), "date": .day($0.date), "text": .string($0.text)]) }),
            "actions": .array(actions.map { .object(["meeting": .string($0.meeting), "date": .day($0.date), "who": .string($0.who), "what": .string($0.what), "due": .day($0.due)]) }),
            "risks": .strings(risks),
            "timeSpent": TimeReport.json(timeSpent),
            "items": gantt.itemsJSON,
        ])
        return doc.render()
    }
}
