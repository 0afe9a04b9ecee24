import BoardCore

/// What the status report takes from a meeting's minutes: its title, date, decisions and
/// actions. Read by the minutes' one codec (`MeetingCodec.decodeTolerantly`, so that a report
/// never fails on a hand-written file) and the one Markdown sections reader: the header's
/// `title`, `date` and `actions:` (`who` / `what` / `due`), the body's "Décisions" /
/// "Decisions" items, and its "Actions" items when the header lists none. The spec's risks
/// are `SpecDocument.risks`, read by the spec's codec.
public struct MeetingNotes: Sendable, Equatable, Encodable {
    public struct Action: Sendable, Equatable, Encodable {
        public var who: String?
        public var what: String
        public var due: Day?
        public init(who: String?, what: String, due: Day?) {
            self.who = who
            self.what = what
            self.due = due
        }
    }

    public var path: String
    public var title: String
    public var date: Day?
    public var decisions: [String]
    public var actions: [Action]

    public init(path: String, title: String, date: Day?, decisions: [String], actions: [Action]) {
        self.path = path
        self.title = title
        self.date = date
        self.decisions = decisions
        self.actions = actions
    }

    /// The notes of minutes as the codec read them. Untitled minutes are named by their first
    /// heading (else their path); undated ones by a `YYYY-MM-DD` starting the file name.
    public init(_ minutes: MeetingMinutes) {
        var date = minutes.date
        if date == nil, let name = minutes.path.split(separator: "/").last, name.count >= 10 { date = Day.parse(String(name.prefix(10))) }
        var title = minutes.title
        if title.isEmpty {
            let heading = minutes.body.split(separator: "\n").first { $0.hasPrefix("#") }
            title = heading.map { $0.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespacesAndNewlines) } ?? minutes.path
        }
        let actions = minutes.actions.isEmpty ? minutes.writtenActions : minutes.actions
        self.init(path: minutes.path, title: title, date: date, decisions: minutes.decisions,
                  actions: actions.map { Action(who: $0.who.isEmpty ? nil : $0.who, what: $0.what, due: $0.due) })
    }

    /// Reads one minutes file.
    public static func parse(_ text: String, path: String) -> MeetingNotes {
        MeetingNotes(MeetingCodec.decodeTolerantly(text, path: path))
    }
}
