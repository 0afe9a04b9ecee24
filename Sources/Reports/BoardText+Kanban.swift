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
    /// Narrowest card text before the kanban stacks its statuses one under the other.
    static let kanbanMinColumn = 14
    /// Widest card text: wider cards are hard to scan.
    static let kanbanMaxColumn = 40

    /// The board as a kanban: one column per status (header: status and count) holding cards
    /// with id, due date (late flagged), wrapped title and assignees. Too narrow a terminal
    /// gets the statuses stacked vertically, one line per task.
    public static func kanban(_ board: Board, language: Language, today: Day, style: TerminalStyle, late: Lateness? = nil) -> String {
        let lateness = late ?? Lateness.forecast(board, today: today)
        let model = KanbanModel(board)
        let width = max(style.width, 1)
        var lines: [String] = []
        let name = style.clean(board.settings.name)
        if !name.isEmpty { lines.append(style.paint(DisplayWidth.truncate(name, to: width, ellipsis: style.glyphs.ellipsis), .strong)) }
        guard !model.columns.isEmpty else {
            return (lines + [style.clip(style.clean(Catalog.noTasks(language)), to: width)]).joined(separator: "\n")
        }
        let n = model.columns.count
        let room = width - (3 * n + 1)
        if room / n >= kanbanMinColumn {
            lines.append(kanbanColumns(model, board: board, language: language, today: today, lateness: lateness, style: style, cardWidth: room / n, extra: room % n))
        } else {
            lines += kanbanStacked(model, board: board, language: language, today: today, lateness: lateness, style: style)
        }
        if board.tasks.isEmpty { lines.append(style.clip(style.clean(Catalog.noTasks(language)), to: width)) }
        return lines.joined(separator: "\n")
    }

    private static func kanbanColumns(_ model: KanbanModel, board: Board, language: Language, today: Day, lateness: Lateness,
                                      style: TerminalStyle, cardWidth: Int, extra: Int) -> String {
        let g = style.glyphs
        var columns: [TextTable.Column] = []
        var bodies: [[TextTable.Cell]] = []
        for (i, column) in model.columns.enumerated() {
            let w = min(cardWidth + (i < extra ? 1 : 0), kanbanMaxColumn)
            columns.append(.init(Catalog.statusCount(column.status.isEmpty ? "?" : StatusWords.task(column.status, language), column.tasks.count)(language), minWidth: w, maxWidth: w))
            var cells: [TextTable.Cell] = []
            for task in column.tasks {
                if !cells.isEmpty { cells.append("") }
                cells += card(task, board: board, language: language, today: today, lateness: lateness, style: style, width: w)
            }
            if cells.isEmpty { cells.append(TextTable.Cell(g.none, tone: .muted)) }
            bodies.append(cells)
        }
        var table = TextTable(columns: columns)
        let height = bodies.map(\.count).max() ?? 0
        for row in 0..<height {
            table.append(bodies.map { row < $0.count ? $0[row] : "" })
        }
        return table.render(style)
    }

    /// A card's lines, each at most `width` columns: id and due date, title (up to three
    /// lines), assignees.
    private static func card(_ task: BoardTask, board: Board, language: Language, today: Day, lateness: Lateness,
                             style: TerminalStyle, width: Int) -> [TextTable.Cell] {
        let g = style.glyphs
        let late = lateness.isLate(task.id)
        var cells: [TextTable.Cell] = []
        let id = task.id.description
        let due = task.due.map { shortDate($0, today: today, language: language) + (late ? " " + g.late : "") }
        if let due, DisplayWidth.of(id) + 2 + DisplayWidth.of(due) <= width {
            let gap = String(repeating: " ", count: width - DisplayWidth.of(id) - DisplayWidth.of(due))
            cells.append(TextTable.Cell(id + gap + due, tone: late ? .alert : .accent))
        } else {
            cells.append(TextTable.Cell(id, tone: late ? .alert : .accent))
            if let due { cells.append(TextTable.Cell(due, tone: late ? .alert : .plain)) }
        }
        var title = DisplayWidth.wrap(style.clean(task.title), to: width)
        if title.count > 3 {
            title = Array(title[0..<2]) + [DisplayWidth.truncate(title[2...].joined(separator: " "), to: width, ellipsis: g.ellipsis)]
        }
        cells += title.map { TextTable.Cell($0) }
        if task.assignees.isEmpty {
            cells.append(TextTable.Cell(Catalog.unassigned(language), tone: .muted))
        } else {
            cells.append(TextTable.Cell(task.assignees.joined(separator: ", ")))
        }
        return cells
    }

    private static func kanbanStacked(_ model: KanbanModel, board: Board, language: Language, today: Day, lateness: Lateness,
                                      style: TerminalStyle) -> [String] {
        let g = style.glyphs
        let width = max(style.width, 1)
        let idWidth = board.tasks.map { DisplayWidth.of($0.id.description) }.max() ?? 4
        var lines: [String] = []
        for column in model.columns {
            if !lines.isEmpty { lines.append("") }
            let header = style.clean(Catalog.statusCount(column.status.isEmpty ? "?" : StatusWords.task(column.status, language), column.tasks.count)(language))
            let rule = g.horizontal + g.horizontal + " " + header + " "
            let fill = String(repeating: g.horizontal, count: max(0, min(width, 80) - DisplayWidth.of(rule)))
            lines.append(style.clip(style.paint(rule + fill, .strong), to: width))
            if column.tasks.isEmpty { lines.append(style.paint(g.none, .muted)) }
            for task in column.tasks {
                let late = lateness.isLate(task.id)
                var suffix: [(String, Tone)] = []
                suffix.append(task.assignees.isEmpty
                    ? (style.clean(Catalog.unassigned(language)), .muted)
                    : (DisplayWidth.truncate(style.clean(task.assignees.joined(separator: ", ")), to: 16, ellipsis: g.ellipsis), .plain))
                if let due = task.due {
                    suffix.append((shortDate(due, today: today, language: language) + (late ? " " + g.late : ""), late ? .alert : .plain))
                }
                let lead = DisplayWidth.pad(task.id.description, to: idWidth) + " "
                func titleRoom() -> Int { width - DisplayWidth.of(lead) - suffix.reduce(0) { $0 + 2 + DisplayWidth.of($1.0) } }
                while titleRoom() < 10, !suffix.isEmpty { suffix.removeFirst() }
                let titleWidth = max(titleRoom(), 1)
                let title = DisplayWidth.pad(DisplayWidth.truncate(style.clean(task.title), to: titleWidth, ellipsis: g.ellipsis), to: suffix.isEmpty ? 0 : titleWidth)
                var line = style.paint(lead, late ? .alert : .accent) + title
                for (text, tone) in suffix { line += "  " + style.paint(text, tone) }
                lines.append(style.clip(line, to: width))
            }
        }
        return lines
    }

    /// `27/11` (or `Nov 27`) this year; the full date for another year.
    static func shortDate(_ day: Day, today: Day, language: Language) -> String {
        day.formatted(language, short: day.year == today.year)
    }
}
