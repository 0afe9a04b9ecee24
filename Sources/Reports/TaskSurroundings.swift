import BoardCore
import Foundation

/// What `task show` gives around the task's own fields: the meetings that link it, its
/// comments and a summary of its history — the task whole, without three other commands.
public struct TaskSurroundings: Sendable {
    public struct MeetingLink: Sendable {
        public let minutes: MeetingMinutes
        /// The minutes' action items made into this task (empty when the minutes only name it).
        public let actions: [ActionItem]
    }

    public var meetings: [MeetingLink] = []
    public var comments: [Comment] = []
    /// The task's trail, oldest first (nil when the history was not read).
    public var steps: [ContributionsActivity.Step]?

    public init() {}

    /// The minutes that link `task`: an action item made into it, the task's own `meeting:` key
    /// (tasks made from actions), or the task's id written in the minutes.
    public static func meetings(linking task: BoardTask, in minutes: [MeetingMinutes]) -> [MeetingLink] {
        let id = task.id.description
        let named = task.extra.first { $0.key == "meeting" }.map { $0.yaml.dropFirst("meeting:".count).trimmingCharacters(in: .whitespacesAndNewlines) }
        return minutes.compactMap { m in
            let actions = m.actions.filter { $0.task == task.id }
            let pattern = "\\b\(NSRegularExpression.escapedPattern(for: id))\\b"
            let mentions = ([m.body] + m.actions.map(\.what)).contains { $0.range(of: pattern, options: .regularExpression) != nil }
            guard !actions.isEmpty || named == m.id.description || mentions else { return nil }
            return MeetingLink(minutes: m, actions: actions)
        }.sorted { ($0.minutes.date ?? Day(year: 1, month: 1, day: 1)!) < ($1.minutes.date ?? Day(year: 1, month: 1, day: 1)!) }
    }
}

extension BoardJSON {
    /// `task show --format json`: the task's keys (`TASK`), then what the text gives around
    /// it, from the same `TaskSurroundings`: `meetings` (with the actions made into this task),
    /// `comments` (as `comment list`), and `history` — `commits` and every `events` entry in
    /// the shape `task history` uses (`null` when the history was not read).
    public static func taskWhole(_ task: BoardTask, _ s: TaskSurroundings, board: Board, language L: Language) -> String {
        struct Whole: Encodable {
            let task: TaskJSON
            let meetings: DocsJSONValue
            let comments: DocsJSONValue
            let history: History?
            struct History: Encodable { let commits: Int; let events: [ContributionsActivity.EventJSON] }
            enum Keys: String, CodingKey { case meetings, comments, history }
            func encode(to encoder: Encoder) throws {
                try task.encode(to: encoder) // the same keyed container: TASK's keys, then these
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(meetings, forKey: .meetings)
                try c.encode(comments, forKey: .comments)
                try c.encode(history, forKey: .history)
            }
        }
        let meetings = DocsJSONValue.array(s.meetings.map { link in
            .object(["id": .string(link.minutes.id.description), "title": .string(link.minutes.title), "date": DocsJSONValue.opt(link.minutes.date?.iso),
                     "path": .string(link.minutes.path), "actions": .array(link.actions.map { DocsJSON.action($0, board: board) })])
        })
        let history = s.steps.map { Whole.History(commits: $0.count, events: ContributionsActivity.eventsJSON($0, language: L)) }
        return encode(Whole(task: BoardJSON.task(task), meetings: meetings, comments: .array(s.comments.map(DocsJSON.comment)), history: history))
    }
}

extension BoardText {
    /// `task show`: the task whole as a document — its detail (`taskDetail`), then the meetings
    /// that link it, its comments and its history in short, each under a strong line. Empty
    /// sections are left out, except the history, which says where the full trail is.
    public static func taskWholeDocument(_ task: BoardTask, _ s: TaskSurroundings, board: Board, language L: Language, today: Day, unicode: Bool,
                                         late: Lateness? = nil, timeZone: TimeZone = .current) -> ReportDocument {
        var sections = [taskDetailSection(task, board: board, language: L, today: today, unicode: unicode, late: late)]
        func lines(_ title: Text, _ items: [String]) -> ReportSection {
            ReportSection("", blocks: [.paragraph(title(L), .strong), .outline(items.map { ReportOutlineItem($0, isNote: true) })], tight: true)
        }
        if !s.meetings.isEmpty {
            var items: [String] = []
            for link in s.meetings {
                let head = "\(link.minutes.id)  \(link.minutes.date?.formatted(L) ?? "?")  \(link.minutes.title)"
                if link.actions.isEmpty { items.append(head + " — " + Catalog.taskNamedInMinutes(L)) }
                for a in link.actions { items.append(head + " — " + Catalog.taskFromAction(a.what, DocsText.memberName(a.who, board), a.due?.formatted(L))(L)) }
            }
            sections.append(lines(Catalog.taskMeetings, items))
        }
        if !s.comments.isEmpty {
            // The heading line, then the thread as `comment list` shows it, a comment a block.
            let thread = DocsText.commentSection(s.comments, board: board, language: L, timeZone: timeZone).blocks
            sections.append(ReportSection("", blocks: [.paragraph(Catalog.taskComments(s.comments.count)(L), .strong), thread[0]], tight: true))
            if thread.count > 1 { sections.append(ReportSection("", blocks: Array(thread.dropFirst()))) }
        }
        if let steps = s.steps {
            let names = ContributionNames(board: board)
            func who(_ step: ContributionsActivity.Step) -> String { ([step.actor] + step.coActors).map(names.name).joined(separator: " + ") }
            func when(_ step: ContributionsActivity.Step) -> String {
                Day(step.date, timeZone: TimeZone(secondsFromGMT: step.offsetMinutes * 60) ?? timeZone).formatted(L)
            }
            func what(_ step: ContributionsActivity.Step) -> String {
                step.changes.map { k in
                    if case .taskMoved(let a, let b) = k { return Catalog.ctStatusWords(StatusWords.task(a, L), StatusWords.task(b, L))(L) }
                    return Catalog.ctEvent(k)(L)
                }.joined(separator: Catalog.listSeparator(L))
            }
            let shown = steps.first.map { [$0] + steps.dropFirst().suffix(3) } ?? []
            let items = shown.map { Catalog.taskHistoryLine(when($0), who($0), what($0), String($0.commit.prefix(8)))(L) }
            sections.append(lines(Catalog.taskHistorySection, items + [Catalog.taskHistoryCount(steps.count, max(0, steps.count - 4), task.id.description)(L)]))
        }
        return .view(language: L, sections)
    }
}

extension Catalog {

    static let taskMeetings = Text("report.taskMeetings")
    static let taskNamedInMinutes = Text("report.taskNamedInMinutes")
    static func taskFromAction(_ what: String, _ who: String, _ due: String?) -> Text {
        Text("report.taskFromAction", ["what": what, "who": who, "due": due.map { Text("report.taskFromActionDue", ["due": $0]) } ?? Text("language.empty")])
    }
    static func taskComments(_ n: Int) -> Text { Text("report.taskComments", ["n": n]) }
    static let taskHistorySection = Text("report.taskHistorySection")
    static func ctStatusWords(_ a: String, _ b: String) -> Text { Text("report.ctStatusWords", ["a": a, "b": b]) }
    static func taskHistoryLine(_ day: String, _ who: String, _ what: String, _ commit: String) -> Text {
        Text("report.taskHistoryLine", ["day": day, "who": who, "what": what, "commit": commit])
    }
    static func taskHistoryCount(_ n: Int, _ hidden: Int, _ id: String) -> Text {
        Text("report.taskHistoryCount", ["n": n, "id": id, "hidden": hidden > 0 ? Text("report.taskHistoryHidden", ["hidden": hidden]) : Text("language.empty")])
    }
}
