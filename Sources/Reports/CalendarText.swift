import BoardCore

/// The board's calendar as text and JSON: working days, holidays, members' absences and hours.
public enum CalendarText {
    public static func render(_ board: Board, language: Language, style: TerminalStyle) -> String {
        let L = language
        let s = board.settings
        var out: [String] = []
        var tableText: String?
        let names = s.workdays.map { weekdayName($0, L) }.joined(separator: ", ")
        out.append(Text("calendar.workingDays", ["names": names])(L))
        if let start = s.start, let end = s.end {
            out.append(Text("calendar.project", ["start": start, "end": end])(L))
        }
        var table = TextTable(columns: [
            .init(Text("calendar.who")(L), minWidth: 6, flexible: true),
            .init(Text("calendar.from")(L)),
            .init(Text("calendar.to")(L)),
            .init(Text("calendar.reason")(L), minWidth: 6, flexible: true),
        ])
        for h in s.holidays {
            table.append([TextTable.Cell(Text("calendar.everyone")(L), tone: .muted), TextTable.Cell(h.from.formatted(L)),
                          TextTable.Cell(h.to.formatted(L)), TextTable.Cell(h.name ?? "—")])
        }
        for m in s.members {
            for a in m.away {
                table.append([TextTable.Cell(m.id, tone: .accent), TextTable.Cell(a.from.formatted(L)), TextTable.Cell(a.to.formatted(L)), TextTable.Cell(a.name ?? "—")])
            }
        }
        if s.holidays.isEmpty && !s.members.contains(where: { !$0.away.isEmpty }) {
            out.append(Text("calendar.none")(L))
        } else {
            tableText = table.render(style)
        }
        var tail: [String] = []
        for m in s.members where m.hoursPerDay != nil {
            let h = m.hoursPerDay.map { $0.rounded() == $0 ? String(Int($0)) : String($0) } ?? "8"
            tail.append(Text("calendar.hours", ["name": m.name, "id": m.id, "hours": h])(L))
        }
        let lines = (out + (tableText.map { [$0] } ?? []) + tail)
        return lines.map { $0 == tableText ? $0 : style.clip(style.clean($0), to: style.width) }.joined(separator: "\n")
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
