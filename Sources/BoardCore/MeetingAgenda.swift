import Foundation

/// The agenda Jalon proposes for a meeting: late tasks, upcoming milestones and open questions
/// (actions of earlier minutes still open, tasks labelled `question`).
public enum MeetingAgenda {
    public static func markdown(board: Board, previous: [MeetingMinutes], date: Day, late lateTasks: Set<ItemID>, language L: Language) -> String {
        func quote(_ s: String) -> String { Text("agenda.quoted", ["text": s])(L) }
        let done = board.settings.doneStatus
        var out: [String] = []
        let late = board.tasks.filter { lateTasks.contains($0.id) }.sorted { ($0.due ?? Day(ordinal: 999_999), $0.id) < ($1.due ?? Day(ordinal: 999_999), $1.id) }
        out.append(Text("agenda.lateTasks")(L))
        out.append("")
        if late.isEmpty { out.append(Text("agenda.noLateTask")(L)) }
        for t in late {
            let who = t.assignees.isEmpty ? "" : " (\(t.assignees.joined(separator: ", ")))"
            out.append("- \(t.id) \(quote(t.title))\(who)" + (t.due.map { Text("agenda.due", ["date": $0])(L) } ?? ""))
        }
        out.append("")
        let horizon = date.adding(days: 21)
        var upcoming = board.milestones.filter { m in m.date.map { $0 >= date && $0 <= horizon } ?? false }
        if upcoming.isEmpty, let next = board.milestones.filter({ ($0.date.map { $0 >= date }) ?? false }).min(by: { $0.date! < $1.date! }) { upcoming = [next] }
        out.append(Text("agenda.upcomingMilestones")(L))
        out.append("")
        if upcoming.isEmpty { out.append(Text("agenda.noMilestone")(L)) }
        for m in upcoming.sorted(by: { ($0.date!, $0.id) < ($1.date!, $1.id) }) {
            let open = board.tasks.filter { $0.milestone == m.id && $0.status != done }.count
            out.append("- \(m.id) \(quote(m.title)) — \(m.date!.formatted(L))" + (open > 0 ? Text("agenda.openTasks", ["open": open])(L) : ""))
        }
        out.append("")
        out.append(Text("agenda.openQuestions")(L))
        out.append("")
        var questions: [String] = []
        for m in previous where (m.date ?? date) < date {
            for a in m.actions {
                if let id = a.task, let t = board.task(id), t.status == done { continue }
                let due = a.due.map { Text("agenda.due", ["date": $0])(L) } ?? ""
                let task = a.task.map { " [\($0)]" } ?? ""
                questions.append(Text("agenda.followUp", ["what": quote(a.what), "who": a.who, "meeting": m.id, "task": task, "due": due])(L))
            }
        }
        for t in board.tasks where t.status != done && t.labels.contains(where: { ["question", "questions"].contains($0.lowercased()) }) {
            questions.append("- \(t.id) \(quote(t.title))")
        }
        out += questions.isEmpty ? ["- …"] : questions
        out.append("")
        out.append(Text("agenda.otherBusiness")(L))
        out.append("")
        out.append("- …")
        return out.joined(separator: "\n")
    }
}
