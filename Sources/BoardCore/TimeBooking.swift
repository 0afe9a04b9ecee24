import Foundation

/// Time a member spent on a task one day (*temps passé*). Bookings are append-only and stored
/// one file per booking, `time/<day>-<member>-<suffix>.md`, so two members logging time in two
/// clones add two different files: any merge keeps both with no conflict.
public struct TimeBooking: Sendable, Equatable {
    public static let folder = "time"

    /// Board-relative path of the booking's file.
    public var path: String
    /// The task, as written (`T-A1`); nil when the file names none or an unreadable id.
    public var task: ItemID?
    public var member: String
    /// The day the work was done.
    public var date: Day?
    /// Hours spent (nil when the file's amount is unreadable or negative).
    public var hours: Double?
    /// When the booking was written, as stored (ISO 8601 with time and offset).
    public var loggedText: String
    /// What was done, in Markdown.
    public var note: String
    public var extra: [ExtraField] = []
    /// The line each known key was read from (for diagnostics).
    public var lines: [String: Int] = [:]

    public init(path: String, task: ItemID?, member: String, date: Day?, hours: Double?, loggedText: String, note: String) {
        self.path = path
        self.task = task
        self.member = member
        self.date = date
        self.hours = hours
        self.loggedText = loggedText
        self.note = note
    }

    /// The file name of a new booking: `2026-12-10-alice-3f9a2c.md` (the day worked first, so
    /// names sort by day).
    public static func fileName(day: Day, member: String, suffix: String) -> String {
        let who = DocumentNaming.slug(member)
        return "\(day.iso)-\(who.isEmpty ? "x" : who)-\(suffix).md"
    }

    public static func == (a: TimeBooking, b: TimeBooking) -> Bool {
        a.path == b.path && a.task == b.task && a.member == b.member && a.date == b.date && a.hours == b.hours
            && a.loggedText == b.loggedText && a.note == b.note && a.extra == b.extra
    }
}

public enum TimeBookingCodec {
    public static func decode(_ text: String, path: String) -> (TimeBooking?, [Diagnostic]) {
        let fm: FrontMatter.Parts, mapping: YAMLMapping
        switch FrontMatter.header(text, path: path) {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let header): (fm, mapping) = header
        }
        var reader = FieldReader(file: path)
        var b = TimeBooking(path: path, task: nil, member: "", date: nil, hours: nil, loggedText: "", note: fm.body)
        for field in mapping.fields {
            b.lines[field.key] = field.line
            switch field.key {
            case "task": if let t = reader.optionalString(field) { b.task = reader.itemID(field, t, kind: .task) }
            case "member": b.member = reader.optionalString(field) ?? ""
            case "date": b.date = reader.day(field)
            case "spent":
                guard let t = reader.optionalString(field) else { break }
                if t.trimmingCharacters(in: .whitespaces).hasPrefix("-") {
                    reader.diagnostics.append(Diagnostic(file: path, line: field.line, message: Catalog.negativeSpent(t), hint: Catalog.spentHint))
                } else {
                    b.hours = reader.effort(field)?.hours
                }
            case "logged": b.loggedText = reader.optionalString(field) ?? ""
            default: b.extra.append(YAMLMapping.extra(field))
            }
        }
        for (key, present) in [("task", b.lines["task"] != nil), ("member", !b.member.isEmpty), ("date", b.lines["date"] != nil), ("spent", b.lines["spent"] != nil)] where !present {
            reader.diagnostics.append(Diagnostic(file: path, line: b.lines[key] ?? fm.firstLine, message: Catalog.missingKey(key), hint: Catalog.bookingFormatHint))
        }
        return (b, reader.diagnostics)
    }

    public static func encode(_ b: TimeBooking) -> String {
        var out = "---\n"
        out += "task: \(b.task?.description ?? "")\n"
        out += "member: \(YAMLText.scalar(b.member))\n"
        out += "date: \(b.date?.iso ?? "")\n"
        out += "spent: \(Effort.number(b.hours ?? 0))h\n"
        out += "logged: \(YAMLText.scalar(b.loggedText))\n"
        for field in b.extra { out += field.yaml }
        out += "---\n"
        if !b.note.isEmpty { out += b.note.hasSuffix("\n") ? b.note : b.note + "\n" }
        return out
    }
}

extension Board {
    /// Hours logged on each task on or before `through` (every booking when nil).
    public func spentHours(through: Day? = nil) -> [ItemID: Double] {
        var out: [ItemID: Double] = [:]
        for b in bookings {
            guard let task = b.task, let hours = b.hours, let day = b.date else { continue }
            if let through, day > through { continue }
            out[task, default: 0] += hours
        }
        return out
    }

    /// Hours logged by each member (by member id as written) in `from...to` (both optional).
    public func spentHoursByMember(from: Day? = nil, to: Day? = nil) -> [String: Double] {
        var out: [String: Double] = [:]
        for b in bookings {
            guard let hours = b.hours, let day = b.date else { continue }
            if let from, day < from { continue }
            if let to, day > to { continue }
            out[settings.member(b.member)?.id ?? b.member, default: 0] += hours
        }
        return out
    }

    /// Problems with bookings that need the rest of the board: an unknown task or member, more
    /// than 24 hours logged by one member on one day (reported on that day's last booking).
    func bookingProblems() -> [Diagnostic] {
        var out: [Diagnostic] = []
        var perDay: [String: (hours: Double, last: TimeBooking)] = [:]
        for b in bookings {
            if let t = b.task, !exists(t) {
                out.append(Diagnostic(file: b.path, line: b.lines["task"], message: Catalog.unknownTask(t.description), hint: Catalog.unknownItemHint))
            }
            if !b.member.isEmpty, settings.member(b.member) == nil {
                out.append(Diagnostic(file: b.path, line: b.lines["member"], message: Catalog.unknownMember(b.member), hint: Catalog.unknownMemberHint(settings.members.map(\.id))))
            }
            guard let day = b.date, let hours = b.hours else { continue }
            let key = b.member.lowercased() + "|" + day.iso
            let sum = (perDay[key]?.hours ?? 0) + hours
            perDay[key] = (sum, b)
        }
        for (_, entry) in perDay.sorted(by: { $0.value.last.path < $1.value.last.path }) where entry.hours > 24 + 1e-9 {
            let b = entry.last
            out.append(Diagnostic(file: b.path, line: b.lines["spent"], message: Catalog.tooMuchSpent(b.member, b.date!, entry.hours), hint: Catalog.spentHint))
        }
        return out
    }
}

extension Catalog {
    static func negativeSpent(_ text: String) -> Text {
        Text("core.negativeSpent", ["text": text])
    }
    static let spentHint = Text("core.spentHint")
    static func unknownTask(_ id: String) -> Text {
        Text("core.unknownTask", ["id": id])
    }
    static func tooMuchSpent(_ member: String, _ day: Day, _ hours: Double) -> Text {
        Text("core.tooMuchSpent", ["member": member, "hours": Effort.number(hours), "day": day])
    }
    static let bookingFormatHint = Text("core.bookingFormatHint")
}
