import BoardCore

/// The text of a kanban block: its columns side by side with their cards, or, on a terminal
/// too narrow for that, the statuses stacked one under the other, one line per card.
extension ReportKanban {
    /// Narrowest card text before the kanban stacks its statuses one under the other.
    static let minColumn = 14
    /// Widest card text: wider cards are hard to scan.
    static let maxColumn = 40

    func text(style: TerminalStyle) -> String {
        let width = max(style.width, 1)
        var lines: [String] = []
        let name = style.clean(title)
        if !name.isEmpty { lines.append(style.paint(DisplayWidth.truncate(name, to: width, ellipsis: style.glyphs.ellipsis), .strong)) }
        guard !columns.isEmpty else {
            return (lines + [style.clip(style.clean(emptyText), to: width)]).joined(separator: "\n")
        }
        let n = columns.count
        let room = width - (3 * n + 1)
        if room / n >= Self.minColumn {
            lines.append(sideBySide(style: style, cardWidth: room / n, extra: room % n))
        } else {
            lines += stacked(style: style)
        }
        if columns.allSatisfy({ $0.cards.isEmpty }) { lines.append(style.clip(style.clean(emptyText), to: width)) }
        return lines.joined(separator: "\n")
    }

    private func sideBySide(style: TerminalStyle, cardWidth: Int, extra: Int) -> String {
        let g = style.glyphs
        var tableColumns: [TextTable.Column] = []
        var bodies: [[TextTable.Cell]] = []
        for (i, column) in columns.enumerated() {
            let w = min(cardWidth + (i < extra ? 1 : 0), Self.maxColumn)
            tableColumns.append(.init(column.header, minWidth: w, maxWidth: w))
            var cells: [TextTable.Cell] = []
            for card in column.cards {
                if !cells.isEmpty { cells.append("") }
                cells += lines(of: card, style: style, width: w)
            }
            if let more = column.more {
                if !cells.isEmpty { cells.append("") }
                cells += DisplayWidth.wrap(style.clean(more), to: w).map { TextTable.Cell($0, tone: .muted) }
            }
            if cells.isEmpty { cells.append(TextTable.Cell(g.none, tone: .muted)) }
            bodies.append(cells)
        }
        var table = TextTable(columns: tableColumns)
        let height = bodies.map(\.count).max() ?? 0
        for row in 0..<height {
            table.append(bodies.map { row < $0.count ? $0[row] : "" })
        }
        return table.render(style)
    }

    /// A card's lines, each at most `width` columns: id and due date, title (up to three
    /// lines), assignees.
    private func lines(of card: Card, style: TerminalStyle, width: Int) -> [TextTable.Cell] {
        let g = style.glyphs
        var cells: [TextTable.Cell] = []
        let due = card.dueText(lateMark: g.late)
        if let due, DisplayWidth.of(card.id) + 2 + DisplayWidth.of(due) <= width {
            let gap = String(repeating: " ", count: width - DisplayWidth.of(card.id) - DisplayWidth.of(due))
            cells.append(TextTable.Cell(card.id + gap + due, tone: card.late ? .alert : .accent))
        } else {
            cells.append(TextTable.Cell(card.id, tone: card.late ? .alert : .accent))
            if let due { cells.append(TextTable.Cell(due, tone: card.late ? .alert : .plain)) }
        }
        var title = DisplayWidth.wrap(style.clean(card.title), to: width)
        if title.count > 3 {
            title = Array(title[0..<2]) + [DisplayWidth.truncate(title[2...].joined(separator: " "), to: width, ellipsis: g.ellipsis)]
        }
        cells += title.map { TextTable.Cell($0) }
        cells.append(TextTable.Cell(card.assignees, tone: card.unassigned ? .muted : .plain))
        return cells
    }

    /// The stacked view: a rule per status, then a line per card — id, title, assignees, date —
    /// with the assignees and dates of every card in one column each, so that they line up.
    private func stacked(style: TerminalStyle) -> [String] {
        let g = style.glyphs
        let width = max(style.width, 1)
        let cards = columns.flatMap(\.cards)
        let idWidth = cards.map { DisplayWidth.of($0.id) }.max() ?? 4
        func assignees(_ card: Card) -> String {
            card.unassigned ? style.clean(card.assignees) : DisplayWidth.truncate(style.clean(card.assignees), to: 16, ellipsis: g.ellipsis)
        }
        let lead = idWidth + 1
        var assigneeWidth = cards.map { DisplayWidth.of(assignees($0)) }.max() ?? 0
        var dueWidth = cards.compactMap { $0.dueText(lateMark: g.late).map(DisplayWidth.of) }.max() ?? 0
        // The title keeps ten columns at least: the assignees go first, then the dates (which
        // carry the late mark).
        func titleRoom() -> Int { width - lead - (assigneeWidth > 0 ? 2 + assigneeWidth : 0) - (dueWidth > 0 ? 2 + dueWidth : 0) }
        if titleRoom() < 10 { assigneeWidth = 0 }
        if titleRoom() < 10 { dueWidth = 0 }
        let titleWidth = max(titleRoom(), 1)
        var lines: [String] = []
        for column in columns {
            if !lines.isEmpty { lines.append("") }
            let header = style.clean(column.header)
            let rule = g.horizontal + g.horizontal + " " + header + " "
            let fill = String(repeating: g.horizontal, count: max(0, min(width, 80) - DisplayWidth.of(rule)))
            lines.append(style.clip(style.paint(rule + fill, .strong), to: width))
            if column.cards.isEmpty && column.more == nil { lines.append(style.paint(g.none, .muted)) }
            for card in column.cards {
                var fields: [(String, Tone)] = []
                if assigneeWidth > 0 { fields.append((assignees(card), card.unassigned ? .muted : .plain)) }
                if dueWidth > 0, let due = card.dueText(lateMark: g.late) { fields.append((due, card.late ? .alert : .plain)) }
                let title = DisplayWidth.truncate(style.clean(card.title), to: titleWidth, ellipsis: g.ellipsis)
                var line = style.paint(DisplayWidth.pad(card.id, to: idWidth) + " ", card.late ? .alert : .accent)
                    + (fields.isEmpty ? title : DisplayWidth.pad(title, to: titleWidth))
                for (i, (text, tone)) in fields.enumerated() {
                    let last = i == fields.count - 1
                    line += "  " + style.paint(last ? text : DisplayWidth.pad(text, to: assigneeWidth), tone)
                }
                lines.append(style.clip(line, to: width))
            }
            if let more = column.more {
                lines += DisplayWidth.wrap(style.clean(more), to: width).map { style.paint($0, .muted) }
            }
        }
        return lines
    }
}
