/// A top-level key a file has that Jalon does not know. Kept as its YAML text and written back
/// unchanged, after the keys Jalon knows.
public struct ExtraField: Sendable, Equatable {
    public let key: String
    /// The serialized `key: value` lines, ending with a newline.
    public let yaml: String

    public init(key: String, yaml: String) {
        self.key = key
        self.yaml = yaml
    }
}

/// A team member.
public struct Member: Sendable, Equatable {
    public var id: String
    public var code: String
    public var name: String
    public var emails: [String]
    public var role: String?
    /// Working hours per working day (part-time members); nil means a full day (8 h).
    public var hoursPerDay: Double?
    /// Periods the member is away (work placements — PFMP —, illness…).
    public var away: [Period] = []
    public var extra: [ExtraField] = []
    /// The line of `jalon.yml` the member's entry starts on, when read from the file.
    public var line: Int?

    public init(id: String, code: String, name: String, emails: [String], role: String? = nil) {
        self.id = id
        self.code = code
        self.name = name
        self.emails = emails
        self.role = role
    }

    public static func isValidID(_ id: String) -> Bool {
        guard let first = id.first, first.isASCII, first.isLetter, id.count <= 32 else { return false }
        return id.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || $0 == "_" || $0 == "." }
    }
}

/// The board's own settings, stored in its marker file `jalon.yml`.
public struct BoardSettings: Sendable, Equatable {
    public static let fileName = "jalon.yml"
    public static let defaultStatuses = ["todo", "doing", "review", "done"]

    public var name: String
    public var language: Language
    public var start: Day?
    public var end: Day?
    /// The branch the board lives on (its home branch), without `refs/heads/`.
    public var branch: String
    /// Statuses in board order; the last one means done.
    public var statuses: [String]
    public var workdays: [Weekday]
    /// Days nobody works: public holidays, school holidays, closed periods.
    public var holidays: [Period] = []
    public var members: [Member]
    public var extra: [ExtraField] = []

    public init(name: String, language: Language, start: Day? = nil, end: Day? = nil, branch: String,
                statuses: [String] = BoardSettings.defaultStatuses,
                workdays: [Weekday] = [.mon, .tue, .wed, .thu, .fri], members: [Member] = []) {
        self.name = name
        self.language = language
        self.start = start
        self.end = end
        self.branch = branch
        self.statuses = statuses
        self.workdays = workdays
        self.members = members
    }

    public var doneStatus: String { statuses.last ?? "done" }

    public func member(_ id: String) -> Member? {
        members.first { $0.id.lowercased() == id.lowercased() }
    }

    /// The member one of whose emails is `email` (case-insensitive).
    public func member(email: String) -> Member? {
        let lower = email.lowercased()
        return members.first { $0.emails.contains { $0.lowercased() == lower } }
    }
}

/// A period of whole days, both ends included, with an optional name or reason.
public struct Period: Hashable, Sendable {
    public var from: Day
    public var to: Day
    public var name: String?

    public init(from: Day, to: Day, name: String? = nil) {
        self.from = from
        self.to = to
        self.name = name
    }

    public func contains(_ day: Day) -> Bool { from <= day && day <= to }
}

/// A dependency of a task or milestone on another task or milestone.
public struct Dependency: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: String, Sendable { case finishToStart = "fs", startToStart = "ss" }

    public var target: ItemID
    public var kind: Kind
    /// Time to wait after the target, in working time.
    public var lag: Effort?

    public init(target: ItemID, kind: Kind = .finishToStart, lag: Effort? = nil) {
        self.target = target
        self.kind = kind
        self.lag = lag
    }

    /// Parses `T-A3`, `T-A3+2d` (finish-to-start with a lag) and `ss:T-A3` (start-to-start).
    public init?(_ text: String) {
        // The common case, a bare id such as `T-A3`, needs no more work.
        if let target = ItemID(text) {
            self.init(target: target)
            return
        }
        var rest = text.trimmingCharacters(in: .whitespaces)
        var kind = Kind.finishToStart
        for k in [Kind.startToStart, .finishToStart] where rest.lowercased().hasPrefix(k.rawValue + ":") {
            kind = k
            rest.removeFirst(3)
        }
        var lag: Effort?
        if let plus = rest.firstIndex(of: "+") {
            guard let l = Effort.parse(String(rest[rest.index(after: plus)...])) else { return nil }
            lag = l
            rest = String(rest[..<plus])
        }
        guard let target = ItemID(rest) else { return nil }
        self.init(target: target, kind: kind, lag: lag)
    }

    public var description: String {
        (kind == .startToStart ? "ss:" : "") + target.description + (lag.map { "+\($0)" } ?? "")
    }
}

/// A task of the board (`tasks/T-A1.md`).
public struct BoardTask: Sendable, Equatable {
    public var id: ItemID
    public var title: String
    public var status: String
    public var assignees: [String] = []
    public var milestone: ItemID?
    public var start: Day?
    public var due: Day?
    public var estimate: Effort?
    public var duration: Effort?
    public var depends: [Dependency] = []
    public var progress: Int?
    public var labels: [String] = []
    public var extra: [ExtraField] = []
    /// The Markdown after the front matter, byte for byte.
    public var body: String = ""
    /// The line each known key was read from (for diagnostics).
    public var lines: [String: Int] = [:]

    public init(id: ItemID, title: String, status: String) {
        self.id = id
        self.title = title
        self.status = status
    }

    public var path: String { BoardTask.path(for: id) }
    public static func path(for id: ItemID) -> String { "tasks/\(id).md" }

    public static func == (a: BoardTask, b: BoardTask) -> Bool {
        a.id == b.id && a.title == b.title && a.status == b.status && a.assignees == b.assignees
            && a.milestone == b.milestone && a.start == b.start && a.due == b.due && a.estimate == b.estimate
            && a.duration == b.duration && a.depends == b.depends && a.progress == b.progress
            && a.labels == b.labels && a.extra == b.extra && a.body == b.body
    }
}

/// A milestone of the board (`milestones/M-A1.md`).
public struct Milestone: Sendable, Equatable {
    public var id: ItemID
    public var title: String
    public var date: Day?
    public var depends: [Dependency] = []
    public var extra: [ExtraField] = []
    public var body: String = ""
    public var lines: [String: Int] = [:]

    public init(id: ItemID, title: String, date: Day?) {
        self.id = id
        self.title = title
        self.date = date
    }

    public var path: String { Milestone.path(for: id) }
    public static func path(for id: ItemID) -> String { "milestones/\(id).md" }

    public static func == (a: Milestone, b: Milestone) -> Bool {
        a.id == b.id && a.title == b.title && a.date == b.date && a.depends == b.depends
            && a.extra == b.extra && a.body == b.body
    }
}

import Foundation

/// One field of a task that differs between two versions of its file, with both values as
/// written in the file (ISO dates, status keys, `2d` efforts); nil where the field is absent.
/// The description is named without its text.
public struct FieldChange: Sendable, Equatable {
    public let field: String
    public let old: String?
    public let new: String?

    public init(field: String, old: String?, new: String?) {
        self.field = field
        self.old = old
        self.new = new
    }
}

extension BoardTask {
    /// The fields that differ from `a` to `b`, in file order: the one list of what an edit
    /// changed, for commit subjects (`task edit`) and for `task history`'s old → new values.
    public static func changes(from a: BoardTask, to b: BoardTask) -> [FieldChange] {
        var out: [FieldChange] = []
        func compare<T: Equatable>(_ field: String, _ x: T, _ y: T, _ text: (T) -> String?) {
            if x != y { out.append(FieldChange(field: field, old: text(x), new: text(y))) }
        }
        func list(_ l: [String]) -> String? { l.isEmpty ? nil : l.joined(separator: ", ") }
        compare("title", a.title, b.title) { $0 }
        compare("status", a.status, b.status) { $0 }
        compare("assignees", a.assignees, b.assignees, list)
        compare("milestone", a.milestone, b.milestone) { $0?.description }
        compare("start", a.start, b.start) { $0?.iso }
        compare("due", a.due, b.due) { $0?.iso }
        compare("estimate", a.estimate, b.estimate) { $0?.description }
        compare("duration", a.duration, b.duration) { $0?.description }
        compare("depends", a.depends, b.depends) { list($0.map(\.description)) }
        compare("progress", a.progress, b.progress) { $0.map { "\($0) %" } }
        compare("labels", a.labels, b.labels, list)
        if a.body != b.body { out.append(FieldChange(field: "description", old: nil, new: nil)) }
        return out
    }
}
