import BoardCore

/// The board's calendar as text and JSON: working days, holidays, members' absences and hours.
public enum CalendarText {
    public static func render(_ board: Board, language: Language, style: TerminalStyle) -> String {
        let L = language
        let s = board.settings
        var out: [String] = []
        var tableText: String?
        let names = s.workdays.map { weekdayName($0, L) }.joined(separator: ", ")
        out.append(L == .fr ? "Jours ouvrés : \(names)" : "Working days: \(names)")
        if let start = s.start, let end = s.end {
            out.append(L == .fr ? "Projet : du \(start.formatted(L)) au \(end.formatted(L))" : "Project: \(start.formatted(L)) to \(end.formatted(L))")
        }
        var table = TextTable(columns: [
            .init(L == .fr ? "Qui" : "Who", minWidth: 6, flexible: true),
            .init(L == .fr ? "Du" : "From"),
            .init(L == .fr ? "Au" : "To"),
            .init(L == .fr ? "Motif" : "Reason", minWidth: 6, flexible: true),
        ])
        for h in s.holidays {
            table.append([TextTable.Cell(L == .fr ? "tout le monde" : "everyone", tone: .muted), TextTable.Cell(h.from.formatted(L)),
                          TextTable.Cell(h.to.formatted(L)), TextTable.Cell(h.name ?? "—")])
        }
        for m in s.members {
            for a in m.away {
                table.append([TextTable.Cell(m.id, tone: .accent), TextTable.Cell(a.from.formatted(L)), TextTable.Cell(a.to.formatted(L)), TextTable.Cell(a.name ?? "—")])
            }
        }
        if s.holidays.isEmpty && !s.members.contains(where: { !$0.away.isEmpty }) {
            out.append(L == .fr ? "Aucun congé ni absence." : "No holidays or absences.")
        } else {
            tableText = table.render(style)
        }
        var tail: [String] = []
        for m in s.members where m.hoursPerDay != nil {
            let h = m.hoursPerDay.map { $0.rounded() == $0 ? String(Int($0)) : String($0) } ?? "8"
            tail.append(L == .fr ? "\(m.name) (\(m.id)) : \(h) h par jour ouvré" : "\(m.name) (\(m.id)): \(h) h per working day")
        }
        let lines = (out + (tableText.map { [$0] } ?? []) + tail)
        return lines.map { $0 == tableText ? $0 : style.clip(style.clean($0), to: style.width) }.joined(separator: "\n")
    }

    static func weekdayName(_ d: Weekday, _ L: Language) -> String {
        let fr = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
        let en = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        return (L == .fr ? fr : en)[d.number - 1]
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
