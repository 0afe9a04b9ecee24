import BoardCore
import Foundation

/// A JSON value, so documentation views can be written as plain trees with every key present
/// (absent values as `null`). Encoded through `BoardJSON.encode`: pretty, sorted keys.
public indirect enum DocsJSONValue: Encodable, Sendable {
    case string(String)
    case number(Double)
    case int(Int)
    case bool(Bool)
    case null
    case array([DocsJSONValue])
    case object([String: DocsJSONValue])

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n): try c.encode(n)
        case .int(let n): try c.encode(n)
        case .bool(let b): try c.encode(b)
        case .null: try c.encodeNil()
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    static func opt(_ s: String?) -> DocsJSONValue { s.map { .string($0) } ?? .null }
    static func strings(_ a: [String]) -> DocsJSONValue { .array(a.map { .string($0) }) }
}

/// The documentation views as JSON (`--format json`); keys are documented in the README.
public enum DocsJSON {
    typealias V = DocsJSONValue

    static func iso(_ date: Date, _ zone: TimeZone) -> String { Comment.dateText(date, timeZone: zone) }

    public static func render(_ value: DocsJSONValue) -> String { BoardJSON.encode(value) }

    public static func problems(_ d: [Diagnostic], language: Language) -> DocsJSONValue {
        .array(d.map { p in .object(["file": .string(p.file), "line": p.line.map { .int($0) } ?? .null, "severity": .string(p.severity.rawValue),
                                    "message": .string(p.message(language)), "hint": V.opt(p.hint?(language))]) })
    }

    public static func spec(_ spec: SpecDocument, board: Board, problems: [Diagnostic], language: Language) -> String {
        var links: [String: [String]] = [:]
        for m in board.milestones { for d in m.deliverables { links[d, default: []].append(m.id.description) } }
        for t in board.tasks { for d in t.deliverables { links[d, default: []].append(t.id.description) } }
        let templated = Set(problems.filter { $0.file == SpecDocument.path && $0.message.en.contains("template") }.compactMap(\.line))
        let sections: [V] = spec.allSections.map { s in
            .object(["key": V.opt(s.key?.rawValue), "heading": .string(s.heading), "level": .int(s.level), "line": .int(s.line),
                     "state": .string(templated.contains(s.line) ? SpecSectionState.templateOnly.rawValue : s.state.rawValue)])
        }
        let deliverables: [V] = spec.deliverables.map { d in
            .object(["id": .string(d.id), "title": .string(d.title), "due": V.opt(d.due?.iso), "line": .int(d.line), "linkedFrom": V.strings(links[d.id] ?? [])])
        }
        var budget = V.null
        if let b = spec.budget {
            budget = .object(["lines": .array(b.lines.map { .object(["label": .string($0.label), "amount": .number(NSDecimalNumber(decimal: $0.amount).doubleValue), "line": .int($0.line)]) }),
                              "total": b.total.map { .number(NSDecimalNumber(decimal: $0.amount).doubleValue) } ?? .null,
                              "sum": .number(NSDecimalNumber(decimal: b.sum).doubleValue)])
        }
        return render(.object(["path": .string(SpecDocument.path), "title": .string(spec.title), "version": V.opt(spec.version), "status": .string(spec.status),
                               "sections": .array(sections), "deliverables": .array(deliverables), "budget": budget,
                               "problems": DocsJSON.problems(problems, language: language)]))
    }

    public static func document(_ d: BoardDocument, lastChange: DocsText.LastChange?, timeZone: TimeZone, body: Bool = false, comments: [Comment] = []) -> DocsJSONValue {
        var o: [String: V] = [
            "id": V.opt(d.meta.id?.description), "title": .string(d.meta.title), "path": .string(d.path), "folder": .string(d.folder),
            "author": V.opt(d.meta.author), "status": .string(d.meta.status), "version": V.opt(d.meta.version), "tags": V.strings(d.meta.tags),
            "validatedBy": V.opt(d.meta.validatedBy), "validatedAt": V.opt(d.meta.validatedAt), "binary": .bool(!d.isMarkdown),
            "metadataPath": .string(d.metadataPath),
            "lastChange": lastChange.map { .object(["date": .string(iso($0.date, timeZone)), "by": .string($0.by), "commit": .string($0.commit)]) } ?? .null,
        ]
        if body {
            o["body"] = V.opt(d.body)
            o["comments"] = .array(comments.map(comment))
        }
        return .object(o)
    }

    public static func documents(_ docs: [BoardDocument], lastChanges: [String: DocsText.LastChange], timeZone: TimeZone) -> String {
        render(.object(["documents": .array(docs.map { document($0, lastChange: lastChanges[$0.path], timeZone: timeZone) })]))
    }

    /// The tree: `{"name", "path", "folders": [TREE…], "documents": [DOC…]}`.
    public static func tree(_ docs: [BoardDocument], lastChanges: [String: DocsText.LastChange], timeZone: TimeZone) -> String {
        func node(_ path: String, _ name: String) -> V {
            let inside = docs.filter { $0.path.hasPrefix(path + "/") }
            let direct = inside.filter { !$0.path.dropFirst(path.count + 1).contains("/") }
            let subfolders = Set(inside.compactMap { d -> String? in
                let rest = d.path.dropFirst(path.count + 1)
                return rest.contains("/") ? String(rest.split(separator: "/")[0]) : nil
            }).sorted()
            return .object(["name": .string(name), "path": .string(path), "folders": .array(subfolders.map { node(path + "/" + $0, $0) }),
                            "documents": .array(direct.map { document($0, lastChange: lastChanges[$0.path], timeZone: timeZone) })])
        }
        return render(.object(["tree": node(BoardDocument.folder, BoardDocument.folder)]))
    }

    public static func action(_ a: ActionItem, board: Board) -> DocsJSONValue {
        .object(["who": .string(a.who), "what": .string(a.what), "due": V.opt(a.due?.iso), "task": V.opt(a.task?.description),
                 "taskStatus": V.opt(a.task.flatMap { board.task($0) }?.status)])
    }

    public static func meeting(_ m: MeetingMinutes, board: Board, body: Bool = false, comments: [Comment] = []) -> DocsJSONValue {
        var o: [String: V] = ["id": .string(m.id.description), "title": .string(m.title), "date": V.opt(m.date?.iso), "path": .string(m.path),
                              "attendees": V.strings(m.attendees), "guests": V.strings(m.guests), "author": V.opt(m.author),
                              "actions": .array(m.actions.map { action($0, board: board) })]
        if body {
            o["body"] = .string(m.body)
            o["comments"] = .array(comments.map(comment))
        }
        return .object(o)
    }

    public static func meetings(_ minutes: [MeetingMinutes], board: Board) -> String {
        render(.object(["meetings": .array(minutes.map { meeting($0, board: board) })]))
    }

    public static func comment(_ c: Comment) -> DocsJSONValue {
        .object(["path": .string(c.path), "item": .string(c.item), "author": .string(c.author), "date": .string(c.dateText),
                 "mentions": V.strings(c.mentions), "text": .string(c.body)])
    }

    public static func comments(_ item: String, _ comments: [Comment]) -> String {
        render(.object(["item": .string(item), "comments": .array(comments.map(comment))]))
    }

    static func kindName(_ k: BoardEventKind) -> (String, [String: V]) {
        switch k {
        case .taskAssigned(let m): return ("taskAssigned", ["member": .string(m)])
        case .commentAdded(let mentions): return ("commentAdded", ["mentions": V.strings(mentions)])
        case .taskMoved(let from, let to): return ("taskMoved", ["from": .string(from), "to": .string(to)])
        case .taskDone: return ("taskDone", [:])
        case .taskReopened(let to): return ("taskReopened", ["to": .string(to)])
        case .documentStatus(let from, let to): return ("documentStatus", ["from": V.opt(from), "to": .string(to)])
        default: return ("\(k)", [:])
        }
    }

    public static func news(_ digest: NewsDigest, board: Board, timeZone: TimeZone) -> String {
        let entries: [V] = digest.entries.map { e in
            let (kind, details) = kindName(e.kind)
            var actor: [String: V] = [:]
            switch e.actor {
            case .member(let id): actor = ["member": .string(id), "name": .string(board.settings.member(id)?.name ?? id)]
            case .outsider(let name, let email): actor = ["member": .null, "name": .string(name), "email": .string(email)]
            }
            return .object(["reason": .string(e.reason.rawValue), "item": .string(e.item), "title": V.opt(e.title), "event": .string(kind),
                            "details": .object(details), "date": .string(iso(e.date, timeZone)), "actor": .object(actor), "commit": .string(e.commit),
                            "waitingTask": V.opt(e.waitingTask), "text": V.opt(e.text)])
        }
        return render(.object(["member": .string(digest.member), "since": V.opt(digest.since.map { iso($0, timeZone) }),
                               "entries": .array(entries), "otherChanges": .int(digest.otherChanges)]))
    }

    public static func reminders(_ digest: ReminderDigest) -> String {
        func item(_ i: ReminderDigest.Item) -> V {
            .object(["kind": .string(i.kind.rawValue), "id": .string(i.id), "title": .string(i.title), "due": V.opt(i.due?.iso),
                     "other": V.opt(i.other), "otherOwners": V.strings(i.otherOwners), "days": i.days.map { .int($0) } ?? .null])
        }
        return render(.object(["today": .string(digest.today.iso), "days": .int(digest.days),
                               "members": .array(digest.members.map { .object(["member": .string($0.member), "name": .string($0.name), "items": .array($0.items.map(item))]) }),
                               "reviews": .array(digest.reviews.map(item))]))
    }
}
