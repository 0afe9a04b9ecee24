import Foundation

/// An action decided in a meeting: who does what by when, and the task made from it.
public struct ActionItem: Sendable, Equatable {
    /// A member id, or the name of an outside person.
    public var who: String
    public var what: String
    public var due: Day?
    /// The task created from this action (`meeting actions --create-tasks`).
    public var task: ItemID?
    public var line: Int?

    public init(who: String, what: String, due: Day? = nil, task: ItemID? = nil, line: Int? = nil) {
        self.who = who
        self.what = what
        self.due = due
        self.task = task
        self.line = line
    }

    public static func == (a: ActionItem, b: ActionItem) -> Bool {
        a.who == b.who && a.what == b.what && a.due == b.due && a.task == b.task
    }
}

/// Meeting minutes (*compte-rendu de réunion*), `meetings/<YYYY-MM-DD>-<slug>.md`: a front
/// matter (id, title, date, attendees, guests, author, actions) and the Markdown minutes with
/// their agenda and decisions sections.
public struct MeetingMinutes: Sendable {
    public static let folder = "meetings"

    public var id: ItemID
    public var title: String
    public var date: Day?
    /// Members present (ids).
    public var attendees: [String] = []
    /// People from outside the team (the client, a trainer), as written.
    public var guests: [String] = []
    public var author: String?
    public var actions: [ActionItem] = []
    public var extra: [ExtraField] = []
    public var body: String = ""
    public var lines: [String: Int] = [:]
    public var path: String

    public init(id: ItemID, title: String, date: Day?, path: String) {
        self.id = id
        self.title = title
        self.date = date
        self.path = path
    }

    /// `meetings/2026-12-02-reunion-hebdomadaire.md`.
    public static func path(date: Day, title: String) -> String {
        let slug = DocumentNaming.slug(title)
        return "\(folder)/\(date.iso)-\(slug.isEmpty ? "reunion" : slug).md"
    }
}

public enum MeetingCodec {
    public static func decode(_ text: String, path: String) -> (MeetingMinutes?, [Diagnostic]) {
        guard let parts = FrontMatter.split(text) else {
            return (nil, [Diagnostic(file: path, line: 1, message: Catalog.noFrontMatter, hint: Catalog.noFrontMatterHint)])
        }
        let mapping: YAMLMapping
        switch YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.firstLine) {
        case .failure(let box): return (nil, [box.diagnostic])
        case .success(let m): mapping = m
        }
        var reader = FieldReader(file: path)
        var id: ItemID?
        var minutes = MeetingMinutes(id: ItemID(kind: .meeting, code: "X", number: 1), title: "", date: nil, path: path)
        for field in mapping.fields {
            minutes.lines[field.key] = field.line
            switch field.key {
            case "id": if let t = reader.string(field) { id = reader.itemID(field, t, kind: .meeting) }
            case "title": minutes.title = reader.string(field) ?? ""
            case "date": minutes.date = reader.day(field)
            case "attendees": minutes.attendees = reader.stringList(field)
            case "guests": minutes.guests = reader.stringList(field)
            case "author": minutes.author = reader.optionalString(field)
            case "actions": minutes.actions = decodeActions(field, offset: parts.firstLine - 1, reader: &reader)
            default: minutes.extra.append(YAMLMapping.extra(field))
            }
        }
        guard let id else {
            reader.diagnostics.append(Diagnostic(file: path, line: parts.firstLine, message: Catalog.missingKey("id"), hint: Catalog.meetingIDHint))
            return (nil, reader.diagnostics)
        }
        minutes.id = id
        if minutes.date == nil {
            reader.diagnostics.append(Diagnostic(file: path, line: minutes.lines["date"] ?? parts.firstLine, message: Catalog.missingKey("date"), hint: Catalog.dateHint))
        }
        minutes.body = parts.body
        return (minutes, reader.diagnostics)
    }

    static func decodeActions(_ field: YAMLMapping.Field, offset: Int, reader: inout FieldReader) -> [ActionItem] {
        guard case .sequence(let seq) = field.node else {
            if case .scalar(let s) = field.node, s.string.isEmpty || YAMLMapping.isNull(s) { return [] }
            reader.diagnostics.append(Diagnostic(file: reader.file, line: field.line, message: Catalog.wrongType("actions", Catalog.typeList), hint: Catalog.actionItemHint))
            return []
        }
        var out: [ActionItem] = []
        for item in seq {
            let line = item.mark.map { $0.line + offset } ?? field.line
            guard case .mapping(let map) = item else {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.wrongType("actions", Catalog.typeList), hint: Catalog.actionItemHint))
                continue
            }
            var action = ActionItem(who: "", what: "", line: line)
            for (k, v) in map {
                guard let key = k.string else { continue }
                let sub = YAMLMapping.Field(key: key, node: v, line: line)
                switch key {
                case "who": action.who = reader.optionalString(sub) ?? ""
                case "what": action.what = reader.optionalString(sub) ?? ""
                case "due": action.due = reader.day(sub)
                case "task": if let t = reader.optionalString(sub) { action.task = reader.itemID(sub, t, kind: .task) }
                default: break
                }
            }
            if action.what.isEmpty {
                reader.diagnostics.append(Diagnostic(file: reader.file, line: line, message: Catalog.missingKey("what"), hint: Catalog.actionItemHint))
                continue
            }
            out.append(action)
        }
        return out
    }

    public static func encode(_ m: MeetingMinutes) -> String {
        var out = "---\n"
        out += "id: \(m.id)\n"
        out += "title: \(YAMLText.scalar(m.title))\n"
        if let d = m.date { out += "date: \(d.iso)\n" }
        out += "attendees: \(YAMLText.list(m.attendees))\n"
        if !m.guests.isEmpty { out += "guests: \(YAMLText.list(m.guests))\n" }
        if let a = m.author { out += "author: \(YAMLText.scalar(a))\n" }
        if m.actions.isEmpty {
            out += "actions: []\n"
        } else {
            out += "actions:\n"
            for a in m.actions {
                out += "  - who: \(YAMLText.scalar(a.who))\n"
                out += "    what: \(YAMLText.scalar(a.what))\n"
                if let d = a.due { out += "    due: \(d.iso)\n" }
                if let t = a.task { out += "    task: \(t)\n" }
            }
        }
        for field in m.extra { out += field.yaml }
        out += "---\n"
        out += m.body
        return out
    }
}
