import BoardCore
import Foundation

/// The board as JSON for scripts (`--format json`). Keys are stable and sorted, dates ISO
/// `YYYY-MM-DD`, and absent values are `null` rather than missing, so a script can rely on
/// every key being there. Messages are rendered in the language asked for.
public enum BoardJSON {
    /// One task. Efforts and dependencies are written as in the task files (`2d`, `T-A3+2d`).
    public struct TaskJSON: Encodable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var status: String
        public var assignees: [String]
        public var due: String?
        public var start: String?
        public var estimate: String?
        public var duration: String?
        public var depends: [String]
        public var milestone: String?
        public var progress: Int?
        public var labels: [String]
        public var path: String
        public var body: String

        enum CodingKeys: String, CodingKey {
            case id, title, status, assignees, due, start, estimate, duration, depends, milestone, progress, labels, path, body
        }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(status, forKey: .status)
            try c.encode(assignees, forKey: .assignees)
            try c.encode(due, forKey: .due) // Optional encodes as null with `encode`, unlike `encodeIfPresent`
            try c.encode(start, forKey: .start)
            try c.encode(estimate, forKey: .estimate)
            try c.encode(duration, forKey: .duration)
            try c.encode(depends, forKey: .depends)
            try c.encode(milestone, forKey: .milestone)
            try c.encode(progress, forKey: .progress)
            try c.encode(labels, forKey: .labels)
            try c.encode(path, forKey: .path)
            try c.encode(body, forKey: .body)
        }
    }

    public struct MilestoneJSON: Encodable, Sendable, Equatable {
        public var id: String
        public var title: String
        public var date: String?
        public var depends: [String]
        /// Ids of the tasks attached to this milestone.
        public var tasks: [String]

        enum CodingKeys: String, CodingKey { case id, title, date, depends, tasks }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(date, forKey: .date)
            try c.encode(depends, forKey: .depends)
            try c.encode(tasks, forKey: .tasks)
        }
    }

    public struct MemberJSON: Encodable, Sendable, Equatable {
        public var id: String
        public var code: String
        public var name: String
        public var emails: [String]
        public var role: String?

        enum CodingKeys: String, CodingKey { case id, code, name, emails, role }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(code, forKey: .code)
            try c.encode(name, forKey: .name)
            try c.encode(emails, forKey: .emails)
            try c.encode(role, forKey: .role)
        }
    }

    public struct ProblemJSON: Encodable, Sendable, Equatable {
        public var file: String
        public var line: Int?
        /// `error` or `warning`.
        public var severity: String
        public var message: String
        public var hint: String?

        enum CodingKeys: String, CodingKey { case file, line, severity, message, hint }

        public func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(severity, forKey: .severity)
            try c.encode(message, forKey: .message)
            try c.encode(hint, forKey: .hint)
        }
    }

    struct TaskListJSON: Encodable {
        let tasks: [TaskJSON]
        let skippedFiles: [String]
    }

    struct StatusJSON: Encodable {
        let status: String
        let tasks: [TaskJSON]
    }

    struct KanbanJSON: Encodable {
        let statuses: [StatusJSON]
        let skippedFiles: [String]
    }

    struct MilestonesJSON: Encodable { let milestones: [MilestoneJSON] }
    struct MembersJSON: Encodable { let members: [MemberJSON] }

    struct ProblemsJSON: Encodable {
        let problems: [ProblemJSON]
        let errors: Int
        let warnings: Int
    }

    public static func task(_ t: BoardTask) -> TaskJSON {
        TaskJSON(id: t.id.description, title: t.title, status: t.status, assignees: t.assignees,
                 due: t.due?.iso, start: t.start?.iso, estimate: t.estimate?.description,
                 duration: t.duration?.description, depends: t.depends.map(\.description),
                 milestone: t.milestone?.description, progress: t.progress, labels: t.labels,
                 path: t.path, body: t.body)
    }

    public static func milestone(_ m: Milestone, board: Board) -> MilestoneJSON {
        MilestoneJSON(id: m.id.description, title: m.title, date: m.date?.iso, depends: m.depends.map(\.description),
                      tasks: board.tasks.filter { $0.milestone == m.id }.map(\.id.description))
    }

    public static func member(_ m: Member) -> MemberJSON {
        MemberJSON(id: m.id, code: m.code, name: m.name, emails: m.emails, role: m.role)
    }

    public static func problem(_ d: Diagnostic, language: Language) -> ProblemJSON {
        ProblemJSON(file: d.file, line: d.line, severity: d.severity.rawValue, message: d.message(language), hint: d.hint?(language))
    }

    /// `value` as pretty, key-sorted JSON without escaped slashes, no trailing newline.
    /// Values of this module always encode; a value that cannot (a NaN, say) gives `null`.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return JSONSchema.stamp(String(decoding: data, as: UTF8.self))
    }

    /// `{"tasks": [...], "skippedFiles": [...]}`.
    public static func taskList(_ tasks: [BoardTask], board: Board) -> String {
        encode(TaskListJSON(tasks: tasks.map(task), skippedFiles: board.skippedFiles))
    }

    /// `{"statuses": [{"status": "todo", "tasks": [...]}, ...], "skippedFiles": [...]}`, statuses
    /// in board order, then any status a task uses that the board does not list; every done
    /// task however long ago it was finished; `assignee`: that member's tasks only.
    public static func kanban(_ board: Board, assignee: String? = nil) -> String {
        let columns = KanbanModel(board, assignee: assignee).columns
        return encode(KanbanJSON(statuses: columns.map { StatusJSON(status: $0.status, tasks: $0.tasks.map(task)) },
                                 skippedFiles: board.skippedFiles))
    }

    /// `{"milestones": [{"id", "title", "date", "depends", "tasks": [ids]}]}`.
    public static func milestones(_ board: Board) -> String {
        encode(MilestonesJSON(milestones: board.milestones.map { milestone($0, board: board) }))
    }

    /// `{"members": [{"id", "code", "name", "emails", "role"}]}`.
    public static func members(_ board: Board) -> String {
        encode(MembersJSON(members: board.settings.members.map(member)))
    }

    /// `{"problems": [{"file", "line", "severity", "message", "hint"}], "errors": n, "warnings": n}`.
    public static func diagnostics(_ d: [Diagnostic], language: Language) -> String {
        encode(ProblemsJSON(problems: d.map { problem($0, language: language) },
                            errors: d.filter { $0.severity == .error }.count,
                            warnings: d.filter { $0.severity == .warning }.count))
    }
}

/// The version of every `--format json` document's shape, written as its first key
/// `schemaVersion`. It changes only when a key is removed, renamed or changes meaning; added
/// keys keep the version (README, "JSON output").
public enum JSONSchema {
    public static let version = 1

    /// Puts `"schemaVersion" : N` first in a top-level object written with two-space indents.
    static func stamp(_ json: String) -> String {
        if json == "{}" || json == "{\n\n}" { return "{\n  \"schemaVersion\" : \(version)\n}" }
        guard json.hasPrefix("{\n") else { return json }
        return "{\n  \"schemaVersion\" : \(version),\n" + json.dropFirst(2)
    }
}
