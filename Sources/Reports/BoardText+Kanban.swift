import BoardCore

/// A kanban board before it is drawn: one column per status in board order, then a column
/// for each status a task uses that the board does not list (so no task is hidden).
struct KanbanModel {
    struct Column {
        let status: String
        let tasks: [BoardTask]
    }

    let columns: [Column]

    /// `assignee`: only the tasks that member works on (a member id).
    init(_ board: Board, assignee: String? = nil) {
        var order = board.settings.statuses
        for task in board.tasks where !order.contains(task.status) { order.append(task.status) }
        let tasks = assignee.map { id in board.tasks.filter { $0.assignees.contains(id) } } ?? board.tasks
        columns = order.map { status in Column(status: status, tasks: tasks.filter { $0.status == status }) }
    }
}

/// What a kanban shows of the board: every card, or one member's, and whether the done
/// column keeps the cards finished long ago.
public struct KanbanView: Sendable {
    /// Only the cards of this member (an id of jalon.yml), with their name under the title.
    public var member: Member?
    /// Done cards finished before this day are counted in one line at the bottom of the done
    /// column instead of drawn (a done task whose finishing day is unknown is always drawn).
    public var foldDoneBefore: Day?

    public init(member: Member? = nil, foldDoneBefore: Day? = nil) {
        self.member = member
        self.foldDoneBefore = foldDoneBefore
    }

    /// Every card of every member: the HTML site, the JSON.
    public static let whole = KanbanView()

    /// How long done cards stay on `jalon board`: two weeks, as Jira's boards hide completed
    /// issues older than two weeks, so that by week eight of a term the done column is the
    /// last fortnight's work and one line, not fifty cards.
    public static let recentDays = 14

    /// `jalon board`: done cards of the last two weeks before `today`, unless `all`.
    public static func board(today: Day, member: Member?, all: Bool) -> KanbanView {
        KanbanView(member: member, foldDoneBefore: all ? nil : today.adding(days: -(recentDays - 1)))
    }
}

extension BoardText {
    /// The board as a kanban: one column per status (header: status and count) holding cards
    /// with id, due date (late flagged; for a done task the day it was finished), wrapped title and assignees. Too narrow a terminal
    /// gets the statuses stacked vertically, one line per task (`ReportKanban`'s text).
    public static func kanban(_ board: Board, language: Language, today: Day, style: TerminalStyle, late: Lateness? = nil,
                              view: KanbanView = .whole) -> String {
        kanbanDocument(board, language: language, today: today, late: late, view: view).text(style: style)
    }

    /// The kanban as a document: one block, the board's columns of cards.
    public static func kanbanDocument(_ board: Board, language L: Language, today: Day, late: Lateness? = nil,
                                      view: KanbanView = .whole) -> ReportDocument {
        let lateness = late ?? Lateness.forecast(board, today: today)
        let done = board.settings.doneStatus
        let columns = KanbanModel(board, assignee: view.member?.id).columns.map { column in
            var shown = column.tasks, folded = 0
            if column.status == done, let cutoff = view.foldDoneBefore {
                shown = column.tasks.filter { task in lateness.finished[task.id].map { !($0 < cutoff) } ?? true }
                folded = column.tasks.count - shown.count
            }
            return ReportKanban.Column(header: Catalog.statusCount(column.status.isEmpty ? "?" : StatusWords.task(column.status, L), column.tasks.count)(L),
                                more: folded == 0 ? nil : Catalog.doneFolded(folded, shortDate(view.foldDoneBefore!, today: today, language: L))(L),
                                cards: shown.map { task in
                ReportKanban.Card(id: task.id.description, due: task.due.map { shortDate($0, today: today, language: L) }, late: lateness.isLate(task.id),
                                  title: task.title, assignees: task.assignees.isEmpty ? Catalog.unassigned(L) : task.assignees.joined(separator: ", "),
                                  unassigned: task.assignees.isEmpty,
                                  finished: lateness.finished[task.id].map { Catalog.finishedOn(shortDate($0, today: today, language: L))(L) })
            })
        }
        let title = view.member.map { Catalog.boardOfMember(board.settings.name, $0.name.isEmpty ? $0.id : $0.name)(L) } ?? board.settings.name
        let kanban = ReportKanban(title: title, columns: columns, emptyText: view.member == nil ? Catalog.noTasks(L) : Catalog.noTasksOfMember(L))
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
