import BoardCore

/// A kanban board before it is drawn: one column per status in board order, then a column
/// for each status a task uses that the board does not list (so no task is hidden).
struct KanbanModel {
    struct Column {
        let status: String
        let tasks: [BoardTask]
    }

    let columns: [Column]

    init(_ board: Board) {
        var order = board.settings.statuses
        for task in board.tasks where !order.contains(task.status) { order.append(task.status) }
        columns = order.map { status in Column(status: status, tasks: board.tasks.filter { $0.status == status }) }
    }
}

extension BoardText {
    /// The board as a kanban: one column per status (header: status and count) holding cards
    /// with id, due date (late flagged; for a done task the day it was finished), wrapped title and assignees. Too narrow a terminal
    /// gets the statuses stacked vertically, one line per task (`ReportKanban`'s text).
    public static func kanban(_ board: Board, language: Language, today: Day, style: TerminalStyle, late: Lateness? = nil) -> String {
        kanbanDocument(board, language: language, today: today, late: late).text(style: style)
    }

    /// The kanban as a document: one block, the board's columns of cards.
    public static func kanbanDocument(_ board: Board, language L: Language, today: Day, late: Lateness? = nil) -> ReportDocument {
        let lateness = late ?? Lateness.forecast(board, today: today)
        let columns = KanbanModel(board).columns.map { column in
            ReportKanban.Column(header: Catalog.statusCount(column.status.isEmpty ? "?" : StatusWords.task(column.status, L), column.tasks.count)(L),
                                cards: column.tasks.map { task in
                ReportKanban.Card(id: task.id.description, due: task.due.map { shortDate($0, today: today, language: L) }, late: lateness.isLate(task.id),
                                  title: task.title, assignees: task.assignees.isEmpty ? Catalog.unassigned(L) : task.assignees.joined(separator: ", "),
                                  unassigned: task.assignees.isEmpty,
                                  finished: lateness.finished[task.id].map { Catalog.finishedOn(shortDate($0, today: today, language: L))(L) })
            })
        }
        let kanban = ReportKanban(title: board.settings.name, columns: columns, emptyText: Catalog.noTasks(L))
        var blocks: [ReportBlock] = [.kanban(kanban)]
        // The mark is the same `!` in both glyph sets, so the legend can name it here.
        if columns.contains(where: { $0.cards.contains(where: \.late) }) {
            blocks.append(.paragraph(Catalog.lateLegend(Glyphs.unicode.late)(L), .alert))
        }
        return .view(language: L, [ReportSection("", blocks: blocks)])
    }

    /// `27/11` (or `Nov 27`) this year; the full date for another year.
    static func shortDate(_ day: Day, today: Day, language: Language) -> String {
        day.formatted(language, short: day.year == today.year)
    }
}
