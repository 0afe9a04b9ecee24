import BoardCore

/// The board's calendar as text and JSON: working days, holidays, members' absences and hours.
public enum CalendarText {
    public static func render(_ board: Board, language: Language, style: TerminalStyle) -> String {
        document(board, language: language, unicode: style.unicode).text(style: style)
    }

    /// The calendar as a listing (each line cut to the width, never wrapped): the working
    /// days, the project's span, the table of holidays and absences, each member's hours.
    public static func document(_ board: Board, language L: Language, unicode: Bool) -> ReportDocument {
        let s = board.settings
        let g: Glyphs = unicode ? .unicode : .ascii
        let names = s.workdays.map { weekdayName($0, L) }.joined(separator: ", ")
        var blocks: [ReportBlock] = [.paragraph(Text("calendar.workingDays", ["names": names])(L), .plain)]
        if let start = s.start, let end = s.end {
            blocks.append(.paragraph(Text("calendar.project", ["start": start, "end": end])(L), .plain))
        }
        func period(_ who: ReportTable.Cell, _ p: Period) -> [ReportTable.Cell] {
            [who, ReportTable.Cell(p.from.formatted(L)), ReportTable.Cell(p.to.formatted(L)), p.name.map { ReportTable.Cell($0) } ?? ReportTable.Cell(g.none, tone: .muted)]
        }
        var rows = s.holidays.map { period(ReportTable.Cell(Text("calendar.everyone")(L), tone: .muted), $0) }
        for m in s.members {
            rows += m.away.map { period(ReportTable.Cell(m.id, tone: .accent), $0) }
        }
        blocks.append(.table(ReportTable(columns: [
            .init(Text("calendar.who")(L), flexible: true, minWidth: 6),
            .init(Text("calendar.from")(L)),
            .init(Text("calendar.to")(L)),
            .init(Text("calendar.reason")(L), flexible: true, minWidth: 6),
        ], rows: rows, emptyText: Text("calendar.none")(L), emptyTone: .plain)))
        for m in s.members {
            guard let hours = m.hoursPerDay else { continue }
            blocks.append(.paragraph(Text("calendar.hours", ["name": m.name, "id": m.id, "hours": Catalog.decimal(hours)(L)])(L), .plain))
        }
        return ReportDocument(title: "", language: L, sections: [ReportSection("", blocks: blocks, tight: true)], look: .listing)
    }

    static func weekdayName(_ d: Weekday, _ L: Language) -> String {
        Text("calendar.weekday\(d.number)")(L)
    }

    struct PeriodJSON: Encodable {
        let from: String
        let to: String
        let name: String?
        let member: String?
    }

    struct CalendarJSON: Encodable {
        let workdays: [String]
        let holidays: [PeriodJSON]
        let absences: [PeriodJSON]
        let hoursPerDay: [String: Double]
    }

    public static func json(_ board: Board) -> String {
        let s = board.settings
        var hours: [String: Double] = [:]
        for m in s.members { hours[m.id] = m.hoursPerDay ?? 8 }
        return BoardJSON.encode(CalendarJSON(
            workdays: s.workdays.map(\.rawValue),
            holidays: s.holidays.map { PeriodJSON(from: $0.from.iso, to: $0.to.iso, name: $0.name, member: nil) },
            absences: s.members.flatMap { m in m.away.map { PeriodJSON(from: $0.from.iso, to: $0.to.iso, name: $0.name, member: m.id) } },
            hoursPerDay: hours))
    }
}
