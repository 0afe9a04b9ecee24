import BoardCore
import Planning

/// The computed plan as JSON (`jalon plan|gantt|load --format json`). As in `BoardJSON`: keys
/// stable and sorted, ISO dates, `null` for an absent value rather than a missing key. `start`
/// and `end` are the first and last working day, as tj3's task report prints them; `slack` is
/// in working days.
public enum ScheduleJSON {
    struct ItemJSON: Encodable {
        let id: String
        let title: String
        let milestone: String?
        let isMilestone: Bool
        let start: String
        let end: String
        let lateStart: String
        let lateEnd: String
        let slack: Int
        let critical: Bool
        let progress: Int
        let done: Bool
        let actualEnd: String?
        let late: Bool
        let assignees: [String]
        let due: String?
        let actualStart: String?
        let daysLate: Int
        let remainingStart: String?
        /// Hours of work left on an open effort task (estimate less time spent, or by progress).
        let remainingHours: Double?

        enum CodingKeys: String, CodingKey {
            case id, title, milestone, isMilestone, start, end, lateStart, lateEnd, slack, critical, progress, done, actualEnd, late, assignees, due
            case actualStart, daysLate, remainingStart, remainingHours
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(milestone, forKey: .milestone) // `encode` writes null for nil, unlike `encodeIfPresent`
            try c.encode(isMilestone, forKey: .isMilestone)
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(lateStart, forKey: .lateStart)
            try c.encode(lateEnd, forKey: .lateEnd)
            try c.encode(slack, forKey: .slack)
            try c.encode(critical, forKey: .critical)
            try c.encode(progress, forKey: .progress)
            try c.encode(done, forKey: .done)
            try c.encode(actualEnd, forKey: .actualEnd)
            try c.encode(late, forKey: .late)
            try c.encode(assignees, forKey: .assignees)
            try c.encode(due, forKey: .due)
            try c.encode(actualStart, forKey: .actualStart)
            try c.encode(daysLate, forKey: .daysLate)
            try c.encode(remainingStart, forKey: .remainingStart)
            try c.encode(remainingHours, forKey: .remainingHours)
        }
    }

    struct ConflictJSON: Encodable {
        /// `cycle`, `dueBeforeEarliestEnd`, `milestoneMissed`, `workOnHoliday`, `workDuringAbsence`, `overload`.
        let kind: String
        let items: [String]
        let member: String?
        let day: String?
        /// The Monday of the ISO week, for overloads.
        let week: String?
        let message_en: String

        enum CodingKeys: String, CodingKey { case kind, items, member, day, week, message_en }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(kind, forKey: .kind)
            try c.encode(items, forKey: .items)
            try c.encode(member, forKey: .member)
            try c.encode(day, forKey: .day)
            try c.encode(week, forKey: .week)
            try c.encode(message_en, forKey: .message_en)
        }
    }

    struct LoadJSON: Encodable {
        let member: String
        let week: String
        let hours: Double
        let capacity: Double
        let overloaded: Bool
    }

    struct MoveJSON: Encodable {
        let task: String
        let from: String
        let to: String
        let withinSlack: Bool
    }

    struct ScheduleDocument: Encodable {
        let statusDate: String?
        let start: String
        let end: String
        let effortDoneHours: Double
        let effortTotalHours: Double
        let effortPercent: Int
        let criticalPath: [String]
        let items: [ItemJSON]
        let conflicts: [ConflictJSON]
        let load: [LoadJSON]
        let moves: [MoveJSON]

        enum CodingKeys: String, CodingKey {
            case statusDate, start, end, effortDoneHours, effortTotalHours, effortPercent, criticalPath, items, conflicts, load, moves
        }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(statusDate, forKey: .statusDate) // null, not missing, when unknown
            try c.encode(start, forKey: .start)
            try c.encode(end, forKey: .end)
            try c.encode(effortDoneHours, forKey: .effortDoneHours)
            try c.encode(effortTotalHours, forKey: .effortTotalHours)
            try c.encode(effortPercent, forKey: .effortPercent)
            try c.encode(criticalPath, forKey: .criticalPath)
            try c.encode(items, forKey: .items)
            try c.encode(conflicts, forKey: .conflicts)
            try c.encode(load, forKey: .load)
            try c.encode(moves, forKey: .moves)
        }
    }

    struct SlipJSON: Encodable {
        /// `kept`, `added` or `removed`.
        let change: String
        let id: String
        let title: String
        let plannedStart: String?
        let plannedEnd: String?
        let currentStart: String?
        let currentEnd: String?
        let startSlip: Int?
        let endSlip: Int?

        enum CodingKeys: String, CodingKey { case change, id, title, plannedStart, plannedEnd, currentStart, currentEnd, startSlip, endSlip }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(change, forKey: .change)
            try c.encode(id, forKey: .id)
            try c.encode(title, forKey: .title)
            try c.encode(plannedStart, forKey: .plannedStart)
            try c.encode(plannedEnd, forKey: .plannedEnd)
            try c.encode(currentStart, forKey: .currentStart)
            try c.encode(currentEnd, forKey: .currentEnd)
            try c.encode(startSlip, forKey: .startSlip)
            try c.encode(endSlip, forKey: .endSlip)
        }
    }

    struct ComparisonDocument: Encodable {
        let baseline: String
        let items: [SlipJSON]
    }

    /// `{"start", "end", "criticalPath": [ids], "items": [...], "conflicts": [...], "load": [...], "moves": [...]}`.
    public static func render(_ schedule: Schedule) -> String {
        BoardJSON.encode(document(schedule))
    }

    /// `{"baseline": name, "items": [{"id", "title", "change", "plannedStart", "plannedEnd",
    /// "currentStart", "currentEnd", "startSlip", "endSlip"}]}`, slips in working days.
    public static func comparison(_ slips: [Slippage], baselineName: String) -> String {
        BoardJSON.encode(ComparisonDocument(baseline: baselineName, items: slips.map { s in
            let change: String
            switch s.change {
            case .kept: change = "kept"
            case .added: change = "added"
            case .removed: change = "removed"
            }
            return SlipJSON(change: change, id: s.id.description, title: s.title, plannedStart: s.plannedStart?.iso, plannedEnd: s.plannedEnd?.iso,
                            currentStart: s.currentStart?.iso, currentEnd: s.currentEnd?.iso, startSlip: s.startSlip, endSlip: s.endSlip)
        }))
    }

    static func document(_ schedule: Schedule) -> ScheduleDocument {
        ScheduleDocument(
            statusDate: schedule.statusDate?.iso, start: schedule.start.iso, end: schedule.end.iso,
            effortDoneHours: rounded(schedule.effort.doneHours), effortTotalHours: rounded(schedule.effort.totalHours), effortPercent: schedule.effort.percent,
            criticalPath: schedule.criticalPath.map(\.description),
            items: schedule.items.map(item),
            conflicts: schedule.conflicts.map { conflict($0, schedule: schedule) },
            load: schedule.load.map { LoadJSON(member: $0.member, week: $0.week.iso, hours: rounded($0.hours), capacity: rounded($0.capacity), overloaded: $0.overloaded) },
            moves: schedule.moves.map { MoveJSON(task: $0.task.description, from: $0.fromStart.iso, to: $0.toStart.iso, withinSlack: $0.withinSlack) })
    }

    static func item(_ i: ScheduledItem) -> ItemJSON {
        ItemJSON(id: i.id.description, title: i.title, milestone: i.milestone?.description, isMilestone: i.isMilestone,
                 start: i.start.iso, end: i.end.iso, lateStart: i.lateStart.iso, lateEnd: i.lateEnd.iso, slack: i.slack,
                 critical: i.critical, progress: i.done ? 100 : i.progress, done: i.done, actualEnd: i.actualEnd?.iso, late: i.late,
                 assignees: i.assignees, due: i.due?.iso, actualStart: i.actualStart?.iso, daysLate: i.daysLate, remainingStart: i.remainingStart?.iso,
                 remainingHours: i.remainingHours.map(rounded))
    }

    static func conflict(_ c: PlanConflict, schedule: Schedule?) -> ConflictJSON {
        let message = PlanText.message(c, board: nil, schedule: schedule, language: .en)
        switch c {
        case .cycle(let ids):
            return ConflictJSON(kind: "cycle", items: ids.map(\.description), member: nil, day: nil, week: nil, message_en: message)
        case .dueBeforeEarliestEnd(let task, let due, _):
            return ConflictJSON(kind: "dueBeforeEarliestEnd", items: [task.description], member: nil, day: due.iso, week: nil, message_en: message)
        case .milestoneMissed(let milestone, let date, _):
            return ConflictJSON(kind: "milestoneMissed", items: [milestone.description], member: nil, day: date.iso, week: nil, message_en: message)
        case .workOnHoliday(let task, let day, _):
            return ConflictJSON(kind: "workOnHoliday", items: [task.description], member: nil, day: day.iso, week: nil, message_en: message)
        case .workDuringAbsence(let task, let member, let day, _):
            return ConflictJSON(kind: "workDuringAbsence", items: [task.description], member: member, day: day.iso, week: nil, message_en: message)
        case .overload(let member, let week, _, _):
            return ConflictJSON(kind: "overload", items: [], member: member, day: nil, week: GanttDates.monday(week).iso, message_en: message)
        }
    }

    /// Two decimals at most, so sums of quarters do not print as 7.499999999.
    static func rounded(_ v: Double) -> Double { v.isFinite ? (v * 100).rounded() / 100 : 0 }
}
