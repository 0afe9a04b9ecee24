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

    /// An action as people write it in the minutes' text: `bob : comparer les hébergeurs
    /// (11/12/2026)`, `@chloe maquettes`, `[ ] …` — who before a colon near the start or after
    /// `@` (empty when neither), the first date found (ISO or `11/12/2026`) as the due day.
    public init(written item: String) {
        var text = item
        if text.hasPrefix("[ ]") || text.hasPrefix("[x]") || text.hasPrefix("[X]") { text = text.dropFirst(3).trimmingCharacters(in: .whitespaces) }
        var due: Day?
        if let range = text.range(of: #"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}"#, options: .regularExpression) {
            due = Day.parse(String(text[range]))
        }
        var who = ""
        if text.hasPrefix("@"), let space = text.firstIndex(where: { $0 == " " || $0 == ":" }) {
            who = String(text[text.index(after: text.startIndex)..<space])
            text = text[space...].trimmingCharacters(in: CharacterSet(charactersIn: " :—–-"))
        } else if let colon = text.range(of: " : ") ?? text.range(of: ": "), text.distance(from: text.startIndex, to: colon.lowerBound) <= 24 {
            who = String(text[..<colon.lowerBound]).trimmingCharacters(in: .whitespaces)
            text = String(text[colon.upperBound...])
        }
        self.init(who: who, what: text.trimmingCharacters(in: .whitespaces), due: due)
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

    /// The list items of the body's decisions sections (`## Décisions`, `## Decisions`), the
    /// template's placeholders (`- …`) left out.
    public var decisions: [String] {
        MarkdownSections.items(body).filter { MarkdownSections.fold($0.heading).contains("decision") }.flatMap(\.items).filter(MarkdownSections.saysSomething)
    }

    /// The actions written as list items in the body (`- bob : comparer les hébergeurs
    /// (11/12/2026)`), for minutes whose header lists none: the items of the first section whose
    /// heading names actions (`## Actions`, `## Relevé d'actions`) and has any.
    public var writtenActions: [ActionItem] {
        let items = MarkdownSections.items(body).first { MarkdownSections.fold($0.heading).contains("action") && !$0.items.isEmpty }?.items ?? []
        return items.map(ActionItem.init(written:))
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
        var minutes = MeetingMinutes(id: ItemID(kind: .meeting, code: "X", number: 1), title: "", date: nil, path: path)
        guard let id = read(mapping, into: &minutes, firstLine: parts.firstLine, reader: &reader) else {
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

    /// The minutes as far as they can be read, for the reports, which must never fail on a
    /// hand-written file: `decode`'s minutes, or when it refuses them (no front matter, a header
    /// that is not YAML, no id) what it could read — the header's fields when they parse (the
    /// id then a placeholder), and the body (the whole text when there is no front matter).
    public static func decodeTolerantly(_ text: String, path: String) -> MeetingMinutes {
        if let minutes = decode(text, path: path).0 { return minutes }
        var minutes = MeetingMinutes(id: ItemID(kind: .meeting, code: "X", number: 1), title: "", date: nil, path: path)
        guard let parts = FrontMatter.split(text) else {
            minutes.body = text
            return minutes
        }
        if case .success(let mapping) = YAMLMapping.parse(parts.yaml, file: path, firstLine: parts.firstLine) {
            var reader = FieldReader(file: path)
            _ = read(mapping, into: &minutes, firstLine: parts.firstLine, reader: &reader)
        }
        minutes.body = parts.body
        return minutes
    }

    /// The header's fields into `minutes`; the id, when it has a valid one.
    static func read(_ mapping: YAMLMapping, into minutes: inout MeetingMinutes, firstLine: Int, reader: inout FieldReader) -> ItemID? {
        var id: ItemID?
        for field in mapping.fields {
            minutes.lines[field.key] = field.line
            switch field.key {
            case "id": if let t = reader.string(field) { id = reader.itemID(field, t, kind: .meeting) }
            case "title": minutes.title = reader.string(field) ?? ""
            case "date": minutes.date = reader.day(field)
            case "attendees": minutes.attendees = reader.stringList(field)
            case "guests": minutes.guests = reader.stringList(field)
            case "author": minutes.author = reader.optionalString(field)
            case "actions": minutes.actions = decodeActions(field, offset: firstLine - 1, reader: &reader)
            default: minutes.extra.append(YAMLMapping.extra(field))
            }
        }
        return id
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
