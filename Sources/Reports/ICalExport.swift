import BoardCore
import Foundation
import Planning

/// The board's due dates and milestones as an iCalendar file (`jalon export ics`), per
/// RFC 5545: CRLF line ends, lines folded at 75 octets (never inside a UTF-8 character),
/// TEXT values escaped (`\\`, `\;`, `\,`, `\n`), a DTSTAMP on every event, and a UID that stays
/// the same for an item from one export to the next, so a calendar app updates rather than
/// duplicates. Due dates and milestones are all-day events (`VALUE=DATE`, the end being the
/// next day, exclusive); a milestone sits on its own date, else on its forecast.
public enum ICalExport {
    /// `namespace` keeps UIDs of different boards apart (a slug of the board's name works).
    public static func render(board: Board, schedule: Schedule, now: Date, namespace: String, language L: Language) -> String {
        var lines: [String] = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Jalon//Jalon 0.1//\(L.rawValue.uppercased())",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "X-WR-CALNAME:" + escape(board.settings.name),
        ]
        let stamp = timestamp(now)
        let host = uidSafe(namespace.isEmpty ? "board" : namespace)
        let forecast = Dictionary(schedule.items.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for m in board.milestones {
            guard let day = m.date ?? forecast[m.id]?.start else { continue }
            var description = [Catalog.icsMilestone(L)]
            if let f = forecast[m.id] {
                if f.done { description.append(Catalog.icsReached(L)) } else if f.start != day { description.append(Catalog.icsForecast(f.start.formatted(L))(L)) }
            }
            lines += event(uid: "\(uidSafe(m.id.description))-milestone@\(host).jalon", stamp: stamp, day: day,
                           summary: "◆ \(m.id) \(m.title)", description: description.joined(separator: "\n"), categories: [Catalog.columnMilestone(L)],
                           forecast: forecast[m.id])
        }
        for t in board.tasks {
            guard let due = t.due else { continue }
            var description = [Catalog.fieldLabel(Catalog.columnStatus)(L) + " " + StatusWords.task(t.status, L)]
            if !t.assignees.isEmpty { description.append(Catalog.fieldLabel(Catalog.columnAssignees)(L) + " " + t.assignees.joined(separator: ", ")) }
            if let m = t.milestone { description.append(Catalog.fieldLabel(Catalog.columnMilestone)(L) + " " + m.description) }
            if let e = t.estimate { description.append(Catalog.fieldLabel(Catalog.columnEstimate)(L) + " " + Catalog.effort(e)(L)) }
            let body = t.body.trimmingCharacters(in: .whitespacesAndNewlines)
            if !body.isEmpty { description.append(""); description.append(body) }
            let done = t.status == board.settings.doneStatus
            lines += event(uid: "\(uidSafe(t.id.description))-due@\(host).jalon", stamp: stamp, day: due,
                           summary: "\(t.id) \(t.title)" + (done ? " ✓" : ""), description: description.joined(separator: "\n"),
                           categories: t.labels, done: done, forecast: forecast[t.id])
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    /// An all-day event on `day`; `forecast` adds the item's forecast dates as
    /// `X-JALON-FORECAST-START` and `X-JALON-FORECAST-END` (dates, for programs that read them).
    static func event(uid: String, stamp: String, day: Day, summary: String, description: String, categories: [String], done: Bool = false,
                      forecast: ScheduledItem? = nil) -> [String] {
        var out = [
            "BEGIN:VEVENT",
            "UID:" + uid,
            "DTSTAMP:" + stamp,
            "DTSTART;VALUE=DATE:" + compact(day),
            "DTEND;VALUE=DATE:" + compact(day.adding(days: 1)),
            "SUMMARY:" + escape(summary),
            "DESCRIPTION:" + escape(description),
            "TRANSP:TRANSPARENT",
        ]
        let cats = categories.filter { !$0.isEmpty }
        if !cats.isEmpty { out.append("CATEGORIES:" + cats.map(escape).joined(separator: ",")) }
        if done { out.append("STATUS:CONFIRMED") }
        if let forecast {
            out.append("X-JALON-FORECAST-START;VALUE=DATE:" + compact(forecast.start))
            out.append("X-JALON-FORECAST-END;VALUE=DATE:" + compact(forecast.end))
        }
        out.append("END:VEVENT")
        return out
    }

    static func compact(_ day: Day) -> String { String(format: "%04d%02d%02d", day.year, day.month, day.day) }

    static func timestamp(_ date: Date) -> String {
        let day = Day(date, timeZone: TimeZone(identifier: "UTC")!)
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let s = ((seconds % 86_400) + 86_400) % 86_400
        return compact(day) + String(format: "T%02d%02d%02dZ", s / 3600, (s / 60) % 60, s % 60)
    }

    /// TEXT escaping of RFC 5545 §3.3.11, after the one sanitizer (`SafeText.visible`): control
    /// characters and bidirectional overrides show as visible `\u…` escapes, as in every output.
    static func escape(_ text: String) -> String {
        var out = ""
        let lines = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
        for c in SafeText.visible(lines) {
            switch c {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            default: out.append(c)
            }
        }
        return out
    }

    static func uidSafe(_ text: String) -> String {
        String(text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == ".") ? $0 : "-" })
    }

    /// Folds a content line at 75 octets, continuation lines starting with a space (RFC 5545
    /// §3.1), never splitting a UTF-8 sequence.
    static func fold(_ line: String) -> String {
        var pieces: [String] = []
        var current = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            let limit = pieces.isEmpty ? 75 : 74
            if octets + size > limit {
                pieces.append(current)
                current = ""
                octets = 0
            }
            current.unicodeScalars.append(scalar)
            octets += size
        }
        pieces.append(current)
        return pieces.joined(separator: "\r\n ")
    }
}
