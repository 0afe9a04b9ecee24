import BoardCore
import Foundation
import Planning

/// The values a weekly report document starts from (the `{{…}}` of its template).
public enum WeeklyReport {
    /// The week's Monday, tasks in progress, late tasks, milestones of the next two weeks and,
    /// when `history` is given (the template asks for `{{done}}`), the tasks done this week by
    /// their actual end date, as the forecast reads it.
    public static func values(_ board: Board, language L: Language, today: Day, lateness: Lateness,
                              history: (() -> History?)?, timeZone: TimeZone) -> [String: String] {
        let done = board.settings.doneStatus
        func line(_ t: BoardTask) -> String {
            "- \(t.id) " + Text("agenda.quoted", ["text": t.title])(L) + (t.assignees.isEmpty ? "" : " (\(t.assignees.joined(separator: ", ")))")
                + (t.due.map { Text("agenda.due", ["date": $0])(L) } ?? "")
        }
        let first = board.settings.statuses.first
        let doing = board.tasks.filter { $0.status != done && $0.status != first }.map(line)
        let late = board.tasks.filter { lateness.isLate($0.id) }.map(line)
        let upcoming = board.milestones.filter { m in m.date.map { $0 >= today && $0 <= today.adding(days: 14) } ?? false }
            .map { "- \($0.id) " + Text("agenda.quoted", ["text": $0.title])(L) + " — " + ($0.date?.formatted(L) ?? "") }
        let none = Text("agenda.noLateTask")(L)
        let monday = today.adding(days: 1 - today.weekday)
        var values = ["doing": doing.isEmpty ? none : doing.joined(separator: "\n"), "late": late.isEmpty ? none : late.joined(separator: "\n"),
                      "upcoming": upcoming.isEmpty ? "- …" : upcoming.joined(separator: "\n"), "week": monday.formatted(L)]
        if let history {
            let finished = board.tasks.filter { $0.status == done }
            let dates = history().map { ActualDates.from($0, board: board, through: today, timeZone: timeZone) } ?? [:]
            let thisWeek = finished.filter { t in dates[t.id]?.end.map { $0 >= monday && $0 <= today } ?? false }
            values["done"] = thisWeek.isEmpty ? none : thisWeek.map(line).joined(separator: "\n")
        }
        return values
    }
}
