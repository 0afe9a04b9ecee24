import BoardCore
import Foundation

/// Time spent (*temps passé*): the bookings of a board, filtered, with totals per member; one
/// document rendered as text, Markdown, CSV (for the trainer's spreadsheet), HTML or JSON.
public struct TimeReport: Sendable {
    public var bookings: [TimeBooking]
    public var board: Board
    public var period: ReportPeriod?
    public var member: String?

    /// The bookings of `board` in `period` (all when nil) by `member` (all when nil), by day
    /// then file name.
    public init(board: Board, period: ReportPeriod?, member: String?) {
        self.board = board
        self.period = period
        self.member = member
        bookings = board.bookings.filter { b in
            (member == nil || b.member.lowercased() == member!.lowercased())
                && (period == nil || b.date.map(period!.contains) == true)
        }.sorted { ($0.date ?? Day(ordinal: 0), $0.path) < ($1.date ?? Day(ordinal: 0), $1.path) }
    }

    /// Hours per member (member ids of the board first, in board order, then anyone else).
    public var totals: [(member: String, hours: Double)] {
        var sums: [String: Double] = [:]
        for b in bookings { if let h = b.hours { sums[board.settings.member(b.member)?.id ?? b.member, default: 0] += h } }
        let known = board.settings.members.map(\.id).filter { sums[$0] != nil }
        let others = sums.keys.filter { !known.contains($0) }.sorted()
        return (known + others).map { ($0, sums[$0]!) }
    }

    public func document(language L: Language) -> ReportDocument {
        let t = TimeText.self
        var facts: [ReportFact] = [ReportFact(t.team(L), board.settings.name)]
        if let period { facts.append(ReportFact(t.week(L), period.label)) }
        if let member { facts.append(ReportFact(t.member(L), board.settings.member(member)?.name ?? member)) }
        facts.append(ReportFact(t.total(L), Catalog.hours(bookings.compactMap(\.hours).reduce(0, +))(L)))
        let rows: [[ReportTable.Cell]] = bookings.map { b in
            let title = b.task.flatMap { board.task($0)?.title } ?? ""
            return [ReportTable.Cell(b.date?.formatted(L) ?? "?", raw: b.date?.iso ?? ""),
                    ReportTable.Cell(board.settings.member(b.member)?.name ?? b.member, raw: b.member),
                    ReportTable.Cell(b.task?.description ?? "?"),
                    ReportTable.Cell(title),
                    ReportTable.Cell(Catalog.hours(b.hours ?? 0)(L), raw: TimeText.number(b.hours ?? 0, L)),
                    ReportTable.Cell(b.note.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " "))]
        }
        let table = ReportTable(columns: [.init(t.date(L)), .init(t.member(L)), .init(t.task(L)), .init(t.titleColumn(L), flexible: true, minWidth: 8, dropRank: 2),
                                          .init(t.hours(L), alignment: .right), .init(t.note(L), flexible: true, minWidth: 8, dropRank: 1)],
                                rows: rows, emptyText: t.none(L))
        let totalRows: [[ReportTable.Cell]] = totals.map { [ReportTable.Cell(board.settings.member($0.member)?.name ?? $0.member, raw: $0.member),
                                                             ReportTable.Cell(Catalog.hours($0.hours)(L), raw: TimeText.number($0.hours, L))] }
        let perMember = ReportTable(columns: [.init(t.member(L)), .init(t.hours(L), alignment: .right)], rows: totalRows, emptyText: t.none(L))
        return ReportDocument(title: t.title(L), language: L, facts: facts,
                              sections: [ReportSection(t.bookings(L), blocks: [.table(table)]), ReportSection(t.perMember(L), blocks: [.table(perMember)])])
    }

    struct BookingJSON: Encodable {
        let file: String
        let task: String?
        let member: String
        let date: String?
        let hours: Double?
        let note: String
        let logged: String
    }

    struct TotalJSON: Encodable {
        let member: String
        let hours: Double
    }

    struct ListJSON: Encodable {
        let week: String?
        let member: String?
        let bookings: [BookingJSON]
        let totals: [TotalJSON]
        let totalHours: Double
    }

    /// `{"schemaVersion", "week", "member", "bookings": [{file, task, member, date, hours, note, logged}], "totals": [{member, hours}], "totalHours"}`.
    public func json() -> String {
        BoardJSON.encode(ListJSON(week: period?.label, member: member,
                                    bookings: bookings.map { BookingJSON(file: $0.path, task: $0.task?.description, member: $0.member, date: $0.date?.iso, hours: $0.hours,
                                                                         note: $0.note.trimmingCharacters(in: .whitespacesAndNewlines), logged: $0.loggedText) },
                                    totals: totals.map { TotalJSON(member: $0.member, hours: $0.hours) },
                                    totalHours: bookings.compactMap(\.hours).reduce(0, +)))
    }
}

/// The words of the time-spent views.
public enum TimeText {
    static let title = Text("timeReport.title")
    static let team = Text("timeReport.team")
    static let week = Text("timeReport.week")
    static let member = Text("timeReport.member")
    static let total = Text("timeReport.total")
    static let date = Text("timeReport.date")
    static let task = Text("timeReport.task")
    static let titleColumn = Text("timeReport.titleColumn")
    static let hours = Text("timeReport.hours")
    static let note = Text("timeReport.note")
    static let none = Text("timeReport.none")
    static let bookings = Text("timeReport.bookings")
    static let perMember = Text("timeReport.perMember")

    /// A number for a spreadsheet: the language's decimal mark, no unit.
    static func number(_ h: Double, _ L: Language) -> String {
        Catalog.decimal(h)(L)
    }

    /// Hours as people read them: `1,5 h` / `1.5 h`.
    public static func amount(_ h: Double) -> Text { Catalog.hours(h) }

    static let spentLabel = Text("timeReport.spentLabel")

    /// `3 h sur 8 h estimées (38 %)` — the value `task show` gives for the time logged on a task.
    public static func spentAgainstEstimate(spent: Double, estimate: Double?, language L: Language) -> String {
        let s = Catalog.hours(spent)
        guard let estimate, estimate > 0 else { return Text("timeReport.spentNoEstimate", ["s": s])(L) }
        let e = Catalog.hours(estimate)
        let percent = Int((spent / estimate * 100).rounded())
        return Text("timeReport.spentAgainstEstimate", ["s": s, "e": e, "percent": percent])(L)
    }

    /// The `task show` field for time spent, when any was logged on the task.
    static func spentField(_ task: BoardTask, board: Board, language L: Language) -> (Text, String)? {
        guard board.bookings.contains(where: { $0.task == task.id }) else { return nil }
        return (spentLabel, spentAgainstEstimate(spent: board.spentHours()[task.id] ?? 0, estimate: task.estimate?.hours, language: L))
    }
}

/// Time a member logged: in a report's period (status) and in all up to its day.
public struct MemberTime: Sendable, Equatable {
    public var member: String
    public var name: String
    /// Hours in the report's period, when it has one.
    public var periodHours: Double?
    public var totalHours: Double
}

extension TimeReport {
    /// Time logged per member on or before `through` (and in `period`, when given): the board's
    /// members in board order, then ids no member has. Empty when no time was logged.
    public static func perMember(_ board: Board, period: ReportPeriod?, from: Day? = nil, through: Day?) -> [MemberTime] {
        let total = board.spentHoursByMember(from: from, to: through)
        guard !total.isEmpty else { return [] }
        let inPeriod = period.map { board.spentHoursByMember(from: $0.from, to: min($0.to, through ?? $0.to)) }
        let known = board.settings.members.map(\.id).filter { total[$0] != nil }
        let others = total.keys.filter { !known.contains($0) }.sorted()
        return (known + others).map { id in
            MemberTime(member: id, name: board.settings.member(id)?.name ?? id, periodHours: inPeriod.map { $0[id] ?? 0 }, totalHours: total[id]!)
        }
    }

    /// The "time spent" section of the status report, the review and the contribution report;
    /// nil when no time was logged.
    public static func section(_ rows: [MemberTime], period: ReportPeriod?, language L: Language) -> ReportSection? {
        guard !rows.isEmpty else { return nil }
        var columns: [ReportTable.Column] = [.init(TimeText.member(L), flexible: true, minWidth: 6)]
        if let period { columns.append(.init(TimeText.inWeek(period.label)(L), alignment: .right)) }
        columns.append(.init(TimeText.toDate(L), alignment: .right))
        var table = ReportTable(columns: columns, emptyText: TimeText.none(L))
        for r in rows {
            var row = [ReportTable.Cell(r.name)]
            if let h = r.periodHours { row.append(ReportTable.Cell(Catalog.hours(h)(L), raw: TimeText.number(h, L))) }
            row.append(ReportTable.Cell(Catalog.hours(r.totalHours)(L), raw: TimeText.number(r.totalHours, L)))
            table.rows.append(row)
        }
        return ReportSection(TimeText.title(L), blocks: [.table(table)])
    }

    /// `[{"member", "name", "periodHours", "totalHours"}]`.
    static func json(_ rows: [MemberTime]) -> ReportJSON {
        .array(rows.map { .object(["member": .string($0.member), "name": .string($0.name), "periodHours": .double($0.periodHours), "totalHours": .double($0.totalHours)]) })
    }
}

extension TimeText {
    static func inWeek(_ label: String) -> Text { Text("timeReport.inWeek", ["label": label]) }
    static let toDate = Text("timeReport.toDate")
    static func accuracyBySpent(_ n: Int, _ of: Int) -> Text {
        Text("timeReport.accuracyBySpent", ["n": n, "of": of])
    }
}
