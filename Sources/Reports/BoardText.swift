import BoardCore
import Planning

/// Which tasks are late and by how many days: the forecast's (`Planner.forecast`), the one
/// definition every view uses — late when the forecast end is after the due date or the
/// baseline end. Commands pass the forecast made with history; without one, the board's own.
public struct Lateness: Sendable {
    public var days: [ItemID: Int]
    /// The day each late item was expected by, when it is its baseline's end rather than its
    /// due date (the forecast's `lateReference`).
    public var baselineEnds: [ItemID: Day]
    /// The day each done task was finished (its actual end, from history).
    public var finished: [ItemID: Day]
    public init(_ schedule: Schedule) {
        var days: [ItemID: Int] = [:], baselineEnds: [ItemID: Day] = [:], finished: [ItemID: Day] = [:]
        for item in schedule.items {
            if item.done, let end = item.actualEnd { finished[item.id] = end }
            guard item.late else { continue }
            days[item.id] = item.daysLate
            if let reference = item.lateReference, reference != item.due { baselineEnds[item.id] = reference }
        }
        self.days = days
        self.baselineEnds = baselineEnds
        self.finished = finished
    }
    public static func forecast(_ board: Board, today: Day) -> Lateness { Lateness(Planner.schedule(board, today: today)) }
    public func isLate(_ id: ItemID) -> Bool { days[id] != nil }
}

/// Plain-text views of a board, fitted to a `TerminalStyle`. Results have no trailing newline.
public enum BoardText {

    // MARK: Task list

    /// A table of tasks: id, title, status, assignees, due date, estimate, progress. Late tasks
    /// are red and marked `!` (explained under the table); columns shrink or drop to fit.
    public static func taskList(_ tasks: [BoardTask], board: Board, language: Language, today: Day, style: TerminalStyle, late: Lateness? = nil) -> String {
        taskListDocument(tasks, board: board, language: language, today: today, unicode: style.unicode, late: late).text(style: style)
    }

    /// The task list as a document: one table, dates shortened when it is too wide.
    public static func taskListDocument(_ tasks: [BoardTask], board: Board, language L: Language, today: Day, unicode: Bool, late: Lateness? = nil) -> ReportDocument {
        let lateness = late ?? Lateness.forecast(board, today: today)
        guard !tasks.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: Catalog.noTasks(L), emptyTone: .plain))])]) }
        let g: Glyphs = unicode ? .unicode : .ascii
        let columns: [ReportTable.Column] = [
            .init(Catalog.columnID(L)),
            .init(Catalog.columnTitle(L), flexible: true, minWidth: 10),
            .init(Catalog.columnStatus(L), flexible: true, minWidth: 6, dropRank: 1),
            .init(Catalog.columnAssignees(L), flexible: true, minWidth: 8, dropRank: 2),
            .init(Catalog.columnDue(L)),
            .init(Catalog.columnEstimate(L), alignment: .right, flexible: true, minWidth: 4, dropRank: 4),
            .init(Catalog.columnProgress(L), alignment: .right, flexible: true, minWidth: 4, dropRank: 3),
        ]
        let rows = tasks.map { task -> [ReportTable.Cell] in
            let late = lateness.isLate(task.id)
            return [
                ReportTable.Cell(task.id.description, tone: late ? .alert : .accent),
                ReportTable.Cell(task.title),
                ReportTable.Cell(StatusWords.task(task.status, L), tone: task.status == board.settings.doneStatus ? .good : .plain),
                task.assignees.isEmpty ? ReportTable.Cell(g.none, tone: .muted) : ReportTable.Cell(task.assignees.joined(separator: ", ")),
                dueCell(task.due, late: late, today: today, language: L, glyphs: g),
                task.estimate.map { ReportTable.Cell(Catalog.effort($0)(L)) } ?? ReportTable.Cell(g.none, tone: .muted),
                task.progress.map { ReportTable.Cell(Catalog.percent($0)(L)) } ?? ReportTable.Cell(g.none, tone: .muted),
            ]
        }
        let anyLate = tasks.contains { lateness.isLate($0.id) }
        let table = ReportTable(columns: columns, rows: rows, emptyText: "", legend: anyLate ? Catalog.lateLegend(g.late)(L) : nil, legendTone: .alert)
        return .view(language: L, [ReportSection("", blocks: [.table(table)])])
    }

    /// A date cell, flagged when late; its short wording drops the year when it is this year's.
    static func dueCell(_ due: Day?, late: Bool, today: Day, language: Language, glyphs g: Glyphs) -> ReportTable.Cell {
        guard let due else { return ReportTable.Cell(g.none, tone: .muted) }
        let mark = late ? " " + g.late : ""
        return ReportTable.Cell(due.formatted(language) + mark, tone: late ? .alert : .plain, short: shortDate(due, today: today, language: language) + mark)
    }

    // MARK: Task detail

    /// Every field of a task under localized labels (member names, milestone title, how late),
    /// then its Markdown body as written.
    public static func taskDetail(_ task: BoardTask, board: Board, language: Language, today: Day, style: TerminalStyle, late lateness: Lateness? = nil) -> String {
        ReportDocument.view(language: language, [taskDetailSection(task, board: board, language: language, today: today, unicode: style.unicode, late: lateness)])
            .text(style: style)
    }

    /// The task as a section: its id and title (red when late), its fields, its body.
    static func taskDetailSection(_ task: BoardTask, board: Board, language L: Language, today: Day, unicode: Bool, late lateness: Lateness?) -> ReportSection {
        let g: Glyphs = unicode ? .unicode : .ascii
        let lateness = lateness ?? Lateness.forecast(board, today: today)
        let late = lateness.isLate(task.id)
        var fields: [ReportFact] = []
        func add(_ label: Text, _ value: String?, _ tone: Tone = .plain) {
            if let value, !value.isEmpty { fields.append(ReportFact(label(L), value, tone: tone)) } else { fields.append(ReportFact(label(L), g.none, tone: .muted)) }
        }
        add(Catalog.columnStatus, StatusWords.task(task.status, L), task.status == board.settings.doneStatus ? .good : .plain)
        if task.assignees.isEmpty {
            fields.append(ReportFact(Catalog.columnAssignees(L), Catalog.unassigned(L), tone: .muted))
        } else {
            add(Catalog.columnAssignees, task.assignees.map { id in
                board.settings.member(id).map { "\($0.name) (\($0.id))" } ?? id
            }.joined(separator: ", "))
        }
        add(Catalog.columnMilestone, task.milestone.map { id in
            guard let m = board.milestone(id) else { return id.description }
            var text = "\(id) \(g.none) \(m.title)"
            if let date = m.date { text += " (\(date.formatted(L)))" }
            return text
        })
        add(Catalog.columnStart, task.start?.formatted(L))
        // Late against its due date: said beside it; against the baseline's end (the due date
        // may be weeks away): said on its own line with that day.
        if let baselineEnd = lateness.baselineEnds[task.id] {
            add(Catalog.columnDue, task.due?.formatted(L))
            add(Catalog.columnLate, "\(g.late) \(Catalog.daysLateAgainstBaseline(lateness.days[task.id] ?? 0, baselineEnd.formatted(L))(L))", .alert)
        } else if let due = task.due, late {
            add(Catalog.columnDue, "\(due.formatted(L)) \(g.late) \(Catalog.daysLate(lateness.days[task.id] ?? 0)(L))", .alert)
        } else {
            add(Catalog.columnDue, task.due?.formatted(L))
        }
        add(Catalog.columnEstimate, task.estimate.map { Catalog.effort($0)(L) })
        if let (label, value) = TimeText.spentField(task, board: board, language: L) { add(label, value) }
        add(Catalog.columnDuration, task.duration.map { Catalog.effort($0)(L) })
        add(Catalog.columnDepends, task.depends.map { d in
            board.task(d.target).map { "\(d) (\($0.title))" } ?? board.milestone(d.target).map { "\(d) (\($0.title))" } ?? d.description
        }.joined(separator: ", "))
        add(Catalog.columnProgress, task.progress.map { Catalog.percent($0)(L) })
        add(Catalog.columnLabels, task.labels.joined(separator: ", "))
        add(Catalog.columnFile, task.path)
        let body = task.body.trimmingNewlines()
        return ReportSection("", blocks: [.paragraph("\(task.id) \(g.none) \(task.title)", late ? .alert : .strong), .fields(fields),
                                          body.isEmpty ? .paragraph(Catalog.noDescription(L), .muted) : .writing(ReportWriting(body))])
    }

    // MARK: Milestones

    /// A table of milestones in id order: id, title, date, tasks done out of the tasks before it
    /// (those that name it and those it depends on), state (reached, late, today, in N days)
    /// and dependencies. Reached and late are the
    /// forecast's (`Planner.forecast`): reached when every task before it is done, late when
    /// the forecast reaches it after its date or its baseline's; commands pass the forecast made
    /// with history, without one the board's own.
    public static func milestoneList(_ board: Board, language: Language, today: Day, style: TerminalStyle, schedule: Schedule? = nil) -> String {
        milestoneListDocument(board, language: language, today: today, unicode: style.unicode, schedule: schedule).text(style: style)
    }

    /// The milestone list as a document: one table, dates shortened when it is too wide.
    public static func milestoneListDocument(_ board: Board, language L: Language, today: Day, unicode: Bool, schedule: Schedule? = nil) -> ReportDocument {
        guard !board.milestones.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: Catalog.noMilestones(L), emptyTone: .plain))])]) }
        let g: Glyphs = unicode ? .unicode : .ascii
        let columns: [ReportTable.Column] = [
            .init(Catalog.columnID(L)),
            .init(Catalog.columnTitle(L), flexible: true, minWidth: 10),
            .init(Catalog.columnDate(L)),
            .init(Catalog.columnTasksDone(L), alignment: .right, flexible: true, minWidth: 3, dropRank: 2),
            .init(Catalog.columnState(L), flexible: true, minWidth: 8, dropRank: 1),
            .init(Catalog.columnDepends(L), flexible: true, minWidth: 6, dropRank: 3),
        ]
        let forecast = Dictionary((schedule ?? Planner.schedule(board, today: today)).items.filter(\.isMilestone).map { ($0.id, $0) },
                                  uniquingKeysWith: { a, _ in a })
        var anyLate = false
        let rows = board.milestones.map { m -> [ReportTable.Cell] in
            // The tasks before it: those that name it and those it depends on.
            let linked = board.tasks.filter { task in task.milestone == m.id || m.depends.contains { $0.target == task.id } }
            let done = linked.filter { $0.status == board.settings.doneStatus }.count
            let item = forecast[m.id]
            let late = item?.late == true
            anyLate = anyLate || late
            return [
                ReportTable.Cell(m.id.description, tone: late ? .alert : .accent),
                ReportTable.Cell(m.title),
                dueCell(m.date, late: late, today: today, language: L, glyphs: g),
                ReportTable.Cell("\(done)/\(linked.count)"),
                milestoneState(m, item, today: today, language: L, glyphs: g),
                m.depends.isEmpty ? ReportTable.Cell(g.none, tone: .muted) : ReportTable.Cell(m.depends.map(\.description).joined(separator: ", ")),
            ]
        }
        let table = ReportTable(columns: columns, rows: rows, emptyText: "", legend: anyLate ? Catalog.lateLegend(g.late)(L) : nil, legendTone: .alert)
        return .view(language: L, [ReportSection("", blocks: [.table(table)])])
    }

    private static func milestoneState(_ m: Milestone, _ item: ScheduledItem?, today: Day, language L: Language, glyphs g: Glyphs) -> ReportTable.Cell {
        if item?.done == true { return ReportTable.Cell(Catalog.reached(L), tone: .good) }
        if let item, item.late { return ReportTable.Cell("\(g.late) \(Catalog.daysLate(item.daysLate)(L))", tone: .alert) }
        guard let date = m.date else { return ReportTable.Cell(g.none, tone: .muted) }
        if date < today { return ReportTable.Cell(Catalog.past(L), tone: .muted) }
        if date == today { return ReportTable.Cell(Catalog.dueToday(L), tone: .strong) }
        return ReportTable.Cell(Catalog.inDays(date.ordinal - today.ordinal)(L))
    }

    // MARK: Members

    /// A table of the team: id, code, name, emails, role and how many unfinished tasks each has.
    public static func memberList(_ board: Board, language: Language, style: TerminalStyle) -> String {
        memberListDocument(board, language: language, unicode: style.unicode).text(style: style)
    }

    /// The team as a document: one table.
    public static func memberListDocument(_ board: Board, language L: Language, unicode: Bool) -> ReportDocument {
        let members = board.settings.members
        guard !members.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: Catalog.noMembers(L), emptyTone: .plain))])]) }
        let g: Glyphs = unicode ? .unicode : .ascii
        let columns: [ReportTable.Column] = [
            .init(Catalog.columnID(L), flexible: true, minWidth: 6),
            .init(Catalog.columnCode(L)),
            .init(Catalog.columnName(L), flexible: true, minWidth: 10),
            .init(Catalog.columnEmails(L), flexible: true, minWidth: 10, dropRank: 2),
            .init(Catalog.columnRole(L), flexible: true, minWidth: 6, dropRank: 1),
            .init(Catalog.columnOpenTasks(L), alignment: .right, flexible: true, minWidth: 3),
        ]
        let rows = members.map { m -> [ReportTable.Cell] in
            let open = board.tasks.filter { t in
                t.status != board.settings.doneStatus && t.assignees.contains { $0.lowercased() == m.id.lowercased() }
            }.count
            return [
                ReportTable.Cell(m.id, tone: .accent),
                ReportTable.Cell(m.code),
                ReportTable.Cell(m.name),
                m.emails.isEmpty ? ReportTable.Cell(g.none, tone: .muted) : ReportTable.Cell(m.emails.joined(separator: ", ")),
                m.role.map { ReportTable.Cell($0) } ?? ReportTable.Cell(g.none, tone: .muted),
                ReportTable.Cell(String(open)),
            ]
        }
        return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: columns, rows: rows, emptyText: ""))])])
    }
}

extension String {
    func trimmingNewlines() -> String {
        var s = Substring(self)
        while s.first == "\n" || s.first == "\r\n" { s.removeFirst() }
        while s.last == "\n" || s.last == "\r\n" || s.last == " " { s.removeLast() }
        return String(s)
    }

    func replacingTabs() -> String {
        contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
    }
}
