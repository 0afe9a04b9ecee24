import BoardCore
import Planning

/// Plain-text views of a computed plan: the schedule table with the critical path, conflicts
/// and levelling moves (`jalon plan`), the workload grid (`jalon load`) and the comparison
/// with a baseline (`jalon plan --against`). Results have no trailing newline.
public enum PlanText {
    // MARK: Plan

    /// A table of tasks and milestones in time order: id, title, start, end, slack in working
    /// days, a `*` for critical items and a `!` for late ones (with how many days late); then
    /// the critical path, the conflicts (what is wrong and what to do) and the levelling moves.
    public static func plan(_ schedule: Schedule, board: Board, language: Language, today: Day, style: TerminalStyle) -> String {
        planDocument(schedule, board: board, language: language, today: today, unicode: style.unicode).text(style: style)
    }

    /// The plan as a document: the span, the schedule table (long dates, short ones when the
    /// text table is too wide), the critical path, the conflicts and the levelling moves.
    public static func planDocument(_ schedule: Schedule, board: Board, language: Language, today: Day, unicode: Bool) -> ReportDocument {
        let L = language
        let g: Glyphs = unicode ? .unicode : .ascii
        guard !schedule.items.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.paragraph(Catalog.ganttNothing(L), .plain)])]) }
        // Sorted through their indexes: moving thousands of whole items is what costs.
        let all = schedule.items
        let items = all.indices.sorted { i, j in
            let a = all[i], b = all[j]
            if a.start != b.start { return a.start < b.start }
            if a.isMilestone != b.isMilestone { return !a.isMilestone }
            return a.id < b.id
        }.map { all[$0] }
        // Dates, slacks and percentages repeat over thousands of rows: each is rendered once.
        let longDate = RenderedOnce<Day> { $0.formatted(L) }
        let shortDate = RenderedOnce<Day> { BoardText.shortDate($0, today: today, language: L) }
        let workingDays = RenderedOnce<Int> { Catalog.workingDays($0)(L) }
        let percent = RenderedOnce<Int> { Catalog.percent($0)(L) }
        func lateDays(_ item: ScheduledItem) -> String {
            guard item.late else { return "" }
            // Calendar days the forecast end is after the due date or baseline end.
            let days = item.daysLate
            return days > 0 ? workingDays(days) : ""
        }
        // Headers may shrink, values never: each value column keeps its widest value.
        let slackWidth = items.map { DisplayWidth.of(workingDays($0.slack)) }.max() ?? 1
        let lateWidth = max(1, items.map { DisplayWidth.of(lateDays($0)) }.max() ?? 1)
        let anyFlag = items.contains { $0.critical || $0.late }
        // The flags column (`*` critical, `!` late) is never dropped: the marks show even on a
        // narrow terminal without colour.
        var columns: [ReportTable.Column] = anyFlag ? [.init("")] : []
        columns += [
            .init(Catalog.columnID(L)),
            .init(Catalog.columnTitle(L), flexible: true, minWidth: 10),
            .init(Catalog.columnStart(L)),
            .init(Catalog.columnEnd(L)),
            .init(Catalog.columnSlack(L), alignment: .right, flexible: true, minWidth: slackWidth),
            .init(Catalog.columnLate(L), alignment: .right, flexible: true, minWidth: lateWidth, dropRank: 1),
            .init(Catalog.columnProgress(L), alignment: .right, flexible: true, minWidth: 4, dropRank: 2),
        ]
        let mark = milestoneMark(unicode: unicode)
        var rows: [[ReportTable.Cell]] = []
        rows.reserveCapacity(items.count)
        for item in items {
            let alert = item.critical || item.late
            var row: [ReportTable.Cell] = []
            row.reserveCapacity(8)
            if anyFlag { row.append(ReportTable.Cell((item.critical ? "*" : " ") + (item.late ? g.late : " "), tone: .alert)) }
            row.append(ReportTable.Cell(item.id.description, tone: alert ? .alert : .accent))
            row.append(ReportTable.Cell(item.isMilestone ? "\(mark) \(item.title)" : item.title, tone: item.isMilestone ? .strong : .plain))
            row.append(ReportTable.Cell(longDate(item.start), short: shortDate(item.start)))
            row.append(ReportTable.Cell(longDate(item.end), short: shortDate(item.end)))
            row.append(ReportTable.Cell(workingDays(item.slack), tone: item.slack <= 0 ? .alert : .plain))
            row.append(ReportTable.Cell(lateDays(item), tone: .alert))
            row.append(item.isMilestone ? ReportTable.Cell(g.none, tone: .muted)
                : ReportTable.Cell(percent(item.done ? 100 : item.progress), tone: item.done ? .good : .plain))
            rows.append(row)
        }
        let legend = anyFlag ? Catalog.planLegend("*", g.late)(L) : nil
        let chain = schedule.criticalPath.map(\.description).joined(separator: " \(g.arrow) ")
        var summary: [ReportBlock] = [
            .paragraph(Catalog.planSpan(schedule.start.formatted(L), schedule.end.formatted(L))(L), .strong),
            .table(ReportTable(columns: columns, rows: rows, emptyText: "", legend: legend)),
            .paragraph((chain.isEmpty ? Catalog.noCriticalPath : Catalog.criticalPath(chain))(L), .plain),
        ]
        var sections: [ReportSection] = []
        if schedule.conflicts.isEmpty {
            summary.append(.paragraph(Catalog.noConflicts(L), .good))
            sections.append(ReportSection("", blocks: summary))
        } else {
            sections.append(ReportSection("", blocks: summary))
            sections.append(ReportSection("", blocks: [.paragraph(Catalog.conflictsHeader(schedule.conflicts.count)(L), .alert),
                                                       .list(schedule.conflicts.map { conflict($0, board: board, language: L) })], tight: true))
        }
        if !schedule.moves.isEmpty {
            sections.append(ReportSection("", blocks: [.paragraph(Catalog.movesHeader(schedule.moves.count)(L), .strong),
                                                       .list(schedule.moves.map { m in
                Catalog.move(itemName(m.task, board: board, schedule: schedule, language: L), longDate(m.fromStart), longDate(m.toStart), withinSlack: m.withinSlack)(L)
            })], tight: true))
        }
        return .view(language: L, sections)
    }

    /// One conflict as a sentence in `language`: what is wrong, then what to do.
    public static func conflict(_ c: PlanConflict, board: Board, language: Language) -> String {
        message(c, board: board, language: language)
    }

    /// The message of a conflict; with no board, items are named by id only.
    static func message(_ c: PlanConflict, board: Board?, schedule: Schedule? = nil, language L: Language) -> String {
        func name(_ id: ItemID) -> String { itemName(id, board: board, schedule: schedule, language: L) }
        switch c {
        case .cycle(let ids):
            let chain = (ids + ids.prefix(1)).map(\.description).joined(separator: " → ")
            return Catalog.conflictCycle(chain, ids.first?.description ?? "…")(L)
        case .dueBeforeEarliestEnd(let task, let due, let earliestEnd):
            return Catalog.conflictDueBeforeEnd(name(task), due.formatted(L), earliestEnd.formatted(L), task.description)(L)
        case .milestoneMissed(let milestone, let date, let forecast):
            return Catalog.conflictMilestoneMissed(name(milestone), date.formatted(L), forecast.formatted(L), milestone.description)(L)
        case .workOnHoliday(let task, let day, let holiday):
            return Catalog.conflictHoliday(name(task), day.formatted(L), holiday, task.description)(L)
        case .workDuringAbsence(let task, let member, let day, let reason):
            return Catalog.conflictAbsence(name(task), memberName(member, board: board), day.formatted(L), reason, task.description)(L)
        case .overload(let member, let week, let hours, let capacity):
            return Catalog.conflictOverload(memberName(member, board: board), Catalog.hours(hours), Catalog.weekLabel(GanttDates.isoWeek(week)),
                                            GanttDates.monday(week).formatted(L), Catalog.hours(capacity))(L)
        }
    }

    // MARK: Workload

    /// Hours planned against capacity per member (rows) and ISO week (columns, `S50`/`W50`).
    /// Overloaded weeks are red and marked `!`. Weeks that do not fit the width go to a
    /// further table under the first.
    public static func load(_ schedule: Schedule, board: Board, language: Language, style: TerminalStyle) -> String {
        loadDocument(schedule, board: board, language: language, unicode: style.unicode, width: style.width).text(style: style)
    }

    /// The load as a document: its caption, then as many tables of weeks side by side as
    /// `width` needs (each repeats the member column), then the overload legend.
    public static func loadDocument(_ schedule: Schedule, board: Board, language L: Language, unicode: Bool, width: Int) -> ReportDocument {
        let style = TerminalStyle(unicode: unicode, color: false, width: max(width, 1))
        let g = style.glyphs
        guard !schedule.load.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.paragraph(Catalog.noLoad(L), .plain)])]) }
        let weeks = Array(Set(schedule.load.map { GanttDates.monday($0.week) })).sorted()
        var members: [String] = []
        for m in board.settings.members where schedule.load.contains(where: { $0.member.lowercased() == m.id.lowercased() }) {
            members.append(m.id)
        }
        for l in schedule.load.map(\.member).sorted() where !members.contains(where: { $0.lowercased() == l.lowercased() }) {
            members.append(l)
        }
        var cells: [String: [Day: WeeklyLoad]] = [:]
        for l in schedule.load {
            let key = l.member.lowercased()
            let monday = GanttDates.monday(l.week)
            if let previous = cells[key]?[monday] { // one entry per member and week, but never lose hours
                cells[key]![monday] = WeeklyLoad(member: l.member, week: monday, hours: previous.hours + l.hours, capacity: max(previous.capacity, l.capacity))
            } else {
                cells[key, default: [:]][monday] = l
            }
        }
        func num(_ v: Double) -> String { Catalog.decimal(v)(L) }
        func cell(_ member: String, _ week: Day) -> ReportTable.Cell {
            guard let l = cells[member.lowercased()]?[week] else { return ReportTable.Cell(g.none, tone: .muted) }
            if l.overloaded { return ReportTable.Cell("\(num(l.hours))/\(num(l.capacity)) \(g.late)", tone: .alert) }
            return ReportTable.Cell("\(num(l.hours))/\(num(l.capacity))", tone: l.hours <= 0 ? .muted : .plain)
        }
        let headers = weeks.map { Catalog.weekLabel(GanttDates.isoWeek($0))(L) }
        let grid = members.map { m in weeks.map { cell(m, $0) } }
        let cellWidth = max((grid.flatMap { $0 }.map { DisplayWidth.of(style.clean($0.text)) }.max() ?? 1),
                            headers.map(DisplayWidth.of).max() ?? 1)
        let memberHeader = Catalog.columnMember(L)
        let memberWidth = min(max(DisplayWidth.of(memberHeader), members.map { DisplayWidth.of(style.clean($0)) }.max() ?? 1), 20)
        let perTable = max(1, (style.width - 1 - (memberWidth + 3)) / (cellWidth + 3))

        var blocks: [ReportBlock] = [.paragraph(Catalog.loadCaption(Catalog.weekLabel(GanttDates.isoWeek(weeks[0])), weeks[0].formatted(L))(L), .strong)]
        var start = 0
        while start < weeks.count {
            let end = min(weeks.count, start + perTable)
            let columns = [ReportTable.Column(memberHeader, flexible: true, minWidth: 4, maxWidth: memberWidth)]
                + headers[start..<end].map { ReportTable.Column($0, alignment: .right, minWidth: cellWidth) }
            let rows = members.enumerated().map { i, m in [ReportTable.Cell(m, tone: .accent)] + Array(grid[i][start..<end]) }
            blocks.append(.table(ReportTable(columns: columns, rows: rows, emptyText: "")))
            start = end
        }
        if schedule.load.contains(where: \.overloaded) {
            blocks.append(.paragraph(Catalog.overloadLegend(g.late)(L), .alert))
        }
        return .view(language: L, [ReportSection("", blocks: blocks, tight: true)])
    }

    // MARK: Baseline comparison

    /// Per task and milestone kept since the baseline: planned and current start and end,
    /// and how far each moved in working days (`+3 j` later, `-1 j` earlier, `0`); then the
    /// items added and removed since.
    public static func comparison(_ slips: [Slippage], baselineName: String, language: Language, style: TerminalStyle) -> String {
        comparisonDocument(slips, baselineName: baselineName, language: language, unicode: style.unicode).text(style: style)
    }

    /// The comparison as a document: its title, the table of kept items (long dates, short ones
    /// when the text table is too wide) with how many moved, then the added and removed items.
    public static func comparisonDocument(_ slips: [Slippage], baselineName: String, language: Language, unicode: Bool) -> ReportDocument {
        let L = language
        let g: Glyphs = unicode ? .unicode : .ascii
        let title = ReportBlock.paragraph(Catalog.comparisonTitle(baselineName)(L), .strong)
        guard !slips.isEmpty else {
            return .view(language: L, [ReportSection("", blocks: [title, .paragraph(Catalog.noSlipItems(baselineName)(L), .plain)], tight: true)])
        }
        var sections = [ReportSection("", blocks: [title])]
        let kept = slips.filter { $0.change == .kept }
        let added = slips.filter { $0.change == .added }
        let removed = slips.filter { $0.change == .removed }
        let today = kept.first?.currentEnd ?? slips.first?.plannedEnd ?? Day(ordinal: 0)
        if !kept.isEmpty {
            func date(_ d: Day?) -> ReportTable.Cell {
                guard let d else { return ReportTable.Cell(g.none, tone: .muted) }
                return ReportTable.Cell(d.formatted(L), short: BoardText.shortDate(d, today: today, language: L))
            }
            func slip(_ n: Int?) -> ReportTable.Cell {
                guard let n else { return ReportTable.Cell(g.none, tone: .muted) }
                return ReportTable.Cell(Catalog.signedDays(n)(L), tone: n > 0 ? .alert : n < 0 ? .good : .plain)
            }
            var rows: [[ReportTable.Cell]] = []
            for s in kept {
                let late = (s.endSlip ?? 0) > 0
                rows.append([
                    ReportTable.Cell(s.id.description, tone: late ? .alert : .accent),
                    ReportTable.Cell(s.id.kind == .milestone ? "\(milestoneMark(unicode: unicode)) \(s.title)" : s.title),
                    date(s.plannedStart), date(s.currentStart), date(s.plannedEnd), date(s.currentEnd),
                    slip(s.startSlip), slip(s.endSlip),
                ])
            }
            // Headers may shrink, values never: each value column keeps its widest value (the
            // short dates are the narrowest a date gets; the long ones are kept only when the
            // whole table fits).
            let dateWidth = rows.flatMap { $0[2...5] }.map { DisplayWidth.of($0.short ?? $0.text) }.max() ?? 1
            let slipWidth = rows.flatMap { $0[6...7] }.map { DisplayWidth.of($0.text) }.max() ?? 1
            let columns: [ReportTable.Column] = [
                .init(Catalog.columnID(L)),
                .init(Catalog.columnTitle(L), flexible: true, minWidth: 12),
                .init(Catalog.columnPlannedStart(L), flexible: true, minWidth: dateWidth, dropRank: 2),
                .init(Catalog.columnCurrentStart(L), flexible: true, minWidth: dateWidth, dropRank: 3),
                .init(Catalog.columnPlannedEnd(L), flexible: true, minWidth: dateWidth),
                .init(Catalog.columnCurrentEnd(L), flexible: true, minWidth: dateWidth),
                .init(Catalog.columnStartSlip(L), alignment: .right, flexible: true, minWidth: slipWidth, dropRank: 1),
                .init(Catalog.columnEndSlip(L), alignment: .right, flexible: true, minWidth: slipWidth),
            ]
            let ends = kept.compactMap(\.endSlip)
            let summary = Catalog.slipSummary(ends.filter { $0 > 0 }.count, ends.filter { $0 < 0 }.count, ends.filter { $0 == 0 }.count)(L)
            sections.append(ReportSection("", blocks: [.table(ReportTable(columns: columns, rows: rows, emptyText: "")),
                                                       .paragraph(summary, .plain), .paragraph(Catalog.slipLegend(L), .muted)], tight: true))
        }
        func list(_ header: Text, _ items: [Slippage], planned: Bool) -> ReportSection {
            ReportSection("", blocks: [.paragraph(header(L), .strong), .list(items.map { s in
                let a = planned ? s.plannedStart : s.currentStart, b = planned ? s.plannedEnd : s.currentEnd
                guard let a, let b else { return "\(s.id) \(s.title)" }
                return "\(s.id) \(s.title) (\(a.formatted(L)) \(g.arrow) \(b.formatted(L)))"
            })], tight: true)
        }
        if !added.isEmpty { sections.append(list(Catalog.addedSince(baselineName, added.count), added, planned: false)) }
        if !removed.isEmpty { sections.append(list(Catalog.removedSince(baselineName, removed.count), removed, planned: true)) }
        return .view(language: L, sections)
    }

    // MARK: Baselines

    /// A saved baseline as `baseline list` shows it.
    public struct BaselineRow: Sendable {
        public var name: String
        public var saved: Day?
        public var savedBy: String?
        public var commit: String
        public init(name: String, saved: Day?, savedBy: String?, commit: String) {
            self.name = name
            self.saved = saved
            self.savedBy = savedBy
            self.commit = commit
        }
    }

    /// The saved baselines: name, day saved, by whom, commit; a sentence when there is none.
    public static func baselinesDocument(_ baselines: [BaselineRow], language L: Language, unicode: Bool) -> ReportDocument {
        let g: Glyphs = unicode ? .unicode : .ascii
        func cell(_ text: String?) -> ReportTable.Cell { text.map { ReportTable.Cell($0) } ?? ReportTable.Cell(g.none, tone: .muted) }
        let rows = baselines.map { b in
            [ReportTable.Cell(b.name, tone: .accent), cell(b.saved?.formatted(L)), cell(b.savedBy), ReportTable.Cell(b.commit)]
        }
        return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [
            .init(Catalog.columnBaseline(L), flexible: true, minWidth: 8),
            .init(Catalog.columnSaved(L)),
            .init(Catalog.columnBy(L), flexible: true, minWidth: 6),
            .init("Commit"),
        ], rows: rows, emptyText: Catalog.noBaselines(L), emptyTone: .plain))])])
    }

    // MARK: Helpers

    /// A value's text rendered the first time it is asked for, then reused.
    final class RenderedOnce<Value: Hashable> {
        private var texts: [Value: String] = [:]
        private let render: (Value) -> String

        init(_ render: @escaping (Value) -> String) { self.render = render }

        func callAsFunction(_ value: Value) -> String {
            if let text = texts[value] { return text }
            let text = render(value)
            texts[value] = text
            return text
        }
    }

    static func milestoneMark(_ style: TerminalStyle) -> String { milestoneMark(unicode: style.unicode) }
    static func milestoneMark(unicode: Bool) -> String { unicode ? "◆" : "<>" }

    /// `T-A3 « Maquette »` (French) / `T-A3 “Maquette”`: the id with its title when known.
    static func itemName(_ id: ItemID, board: Board?, schedule: Schedule?, language L: Language) -> String {
        let title = board?.task(id)?.title ?? board?.milestone(id)?.title ?? schedule?.item(id)?.title
        guard let title, !title.isEmpty else { return id.description }
        return "\(id) \(Catalog.quoted(title)(L))"
    }

    static func memberName(_ id: String, board: Board?) -> String {
        guard let m = board?.settings.member(id), !m.name.isEmpty, m.name != m.id else { return id }
        return "\(m.name) (\(m.id))"
    }
}
