import Foundation
import BoardCore

/// Every word the renderers show, in French and English. Statuses, titles and ids are the
/// board's own data and are shown as written.
extension Catalog {
    // MARK: Column headers and field labels

    static let columnID = Text("report.columnID")
    static let columnTitle = Text("report.columnTitle")
    static let columnStatus = Text("report.columnStatus")
    static let columnAssignees = Text("report.columnAssignees")
    static let columnDue = Text("report.columnDue")
    static let columnExpectedBy = Text("report.columnExpectedBy")
    static func lateAgainstBaseline(_ date: String) -> Text { Text("report.lateAgainstBaseline", ["date": date]) }
    static let columnStart = Text("report.columnStart")
    static let columnEstimate = Text("report.columnEstimate")
    static let columnDuration = Text("report.columnDuration")
    static let columnProgress = Text("report.columnProgress")
    static let columnMilestone = Text("report.columnMilestone")
    static let columnDepends = Text("report.columnDepends")
    static let columnLabels = Text("report.columnLabels")
    static let columnFile = Text("report.columnFile")
    static let columnDate = Text("report.columnDate")
    /// Milestone list: tasks of the milestone done / all its tasks.
    static let columnTasksDone = Text("report.columnTasksDone")
    static let columnState = Text("report.columnState")
    static let columnCode = Text("report.columnCode")
    static let columnName = Text("report.columnName")
    static let columnEmails = Text("report.columnEmails")
    static let columnRole = Text("report.columnRole")
    static let columnOpenTasks = Text("report.columnOpenTasks")

    /// A field label as it precedes its value: `Statut :` in French, `Status:` in English.
    static func fieldLabel(_ label: Text) -> Text {
        Text("report.fieldLabel", ["label": label])
    }

    // MARK: Values

    static let late = Text("report.late")
    static func lateLegend(_ marker: String) -> Text {
        Text("report.lateLegend", ["marker": marker])
    }
    /// On a done task's kanban card: the day it was finished.
    static func finishedOn(_ date: String) -> Text {
        Text("report.finishedOn", ["date": date])
    }
    /// At the bottom of `jalon board`'s done column: the done cards not drawn.
    static func doneFolded(_ n: Int, _ since: String) -> Text {
        Text("report.doneFolded", ["n": n, "date": since])
    }
    /// `jalon board --assignee`'s title: the board and the member.
    static func boardOfMember(_ board: String, _ member: String) -> Text {
        Text("report.boardOfMember", ["board": board, "member": member])
    }
    static let noTasksOfMember = Text("report.noTasksOfMember")
    static func daysLate(_ days: Int) -> Text {
        Text("report.daysLate", ["days": days])
    }
    static func daysLateAgainstBaseline(_ days: Int, _ end: String) -> Text {
        Text("report.daysLateAgainstBaseline", ["days": days, "end": end])
    }
    static let unassigned = Text("report.unassigned")
    static let noTasks = Text("report.noTasks")
    static let noMilestones = Text("report.noMilestones")
    static let noMembers = Text("report.noMembers")
    static let noDescription = Text("report.noDescription")
    static let reached = Text("report.reached")
    static let past = Text("report.past")
    static let dueToday = Text("report.dueToday")
    static func inDays(_ days: Int) -> Text {
        Text("report.inDays", ["days": days])
    }
    /// Between the items of a list in a sentence: ` ; ` / `; `.
    static func listSeparator(_ L: Language) -> String { Text("report.listSeparator")(L) }
    static func percent(_ value: Int) -> Text {
        Text("report.percent", ["value": value])
    }
    /// An amount of work: `1,5j` in French, `1.5d` in English; hours stay hours.
    static func effort(_ effort: Effort) -> Text {
        let pointed = effort.description
        guard pointed.hasSuffix("d") else { return decimalMark(pointed) }
        return Text("report.effortDays", ["days": DecimalNumber(String(pointed.dropLast()))])
    }
    /// A kanban column header: `doing (3)`.
    static func statusCount(_ status: String, _ count: Int) -> Text {
        Text("report.statusCount", ["status": status, "countCount": count])
    }
}
