import BoardCore
import Planning

/// The plan as a Mermaid `gantt` block (`jalon gantt --format mermaid`), which GitLab and
/// GitHub draw inside Markdown. One section per milestone (its tasks, then the milestone), in
/// date order, tasks without a milestone last; one section when the board has no milestone.
///
/// Dates: every task gets an explicit start and an end date. Mermaid's end date is exclusive
/// (a bar ends at midnight starting that day), so the end written is the last working day
/// plus one. An explicit end also keeps `excludes weekends` from stretching bars, so weekends
/// are only shaded. Milestones are `:milestone, id, date, 0d`.
public enum GanttMermaid {
    public static func render(_ schedule: Schedule, board: Board, language: Language) -> String {
        let L = language
        var lines = ["```mermaid", "gantt"]
        let name = text(board.settings.name)
        if !name.isEmpty { lines.append("    title \(name)") }
        lines.append("    dateFormat YYYY-MM-DD")
        lines.append("    axisFormat " + Text("gantt.mermaidAxisFormat")(L))
        if board.settings.workdays == [.mon, .tue, .wed, .thu, .fri] { lines.append("    excludes weekends") }

        let order: (ScheduledItem, ScheduledItem) -> Bool = { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.end != b.end { return a.end < b.end }
            return a.id < b.id
        }
        let tasks = schedule.items.filter { !$0.isMilestone }.sorted(by: order)
        let milestones = schedule.items.filter(\.isMilestone).sorted(by: order)
        if milestones.isEmpty {
            lines.append("    section \(text(Catalog.ganttTasks(L)))")
            lines += tasks.map(line)
        } else {
            var placed: Set<ItemID> = []
            for m in milestones {
                let own = tasks.filter { $0.milestone == m.id }
                own.forEach { placed.insert($0.id) }
                lines.append("    section \(text("\(m.id) \(m.title)"))")
                lines += own.map(line)
                lines.append(line(m))
            }
            let rest = tasks.filter { !placed.contains($0.id) }
            if !rest.isEmpty {
                lines.append("    section \(text(Catalog.ganttNoMilestone(L)))")
                lines += rest.map(line)
            }
        }
        lines.append("```")
        return lines.joined(separator: "\n")
    }

    /// `    T-A1 Title :crit, done, T-A1, 2026-11-02, 2026-11-07`.
    /// The dates and flags are the Gantt row every chart shares (`ReportGantt.row`).
    static func line(_ item: ScheduledItem) -> String {
        let row = ReportGantt.row(item, planned: nil)
        var tags: [String] = []
        if row.isMilestone { tags.append("milestone") }
        if row.critical || row.late { tags.append("crit") }
        if row.done { tags.append("done") } else if row.progress > 0 && !row.isMilestone { tags.append("active") }
        let id = identifier(item.id)
        let title = text("\(row.id) \(row.title)")
        if row.isMilestone {
            return "    \(title) :" + (tags + [id, row.start.iso, "0d"]).joined(separator: ", ")
        }
        return "    \(title) :" + (tags + [id, row.start.iso, row.end.adding(days: 1).iso]).joined(separator: ", ")
    }

    /// A task id Mermaid accepts: letters, digits, `_` and `-`.
    static func identifier(_ id: ItemID) -> String {
        String(id.description.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
    }

    /// A title Mermaid can take: no `:` (ends the title), `#` (starts an entity) or `;` (ends a
    /// statement), no control characters or line breaks, spaces collapsed.
    static func text(_ s: String) -> String {
        var out = ""
        var space = false
        for c in ASCIIText.removingControls(s) {
            let blank = c == ":" || c == "#" || c == ";" || c.isWhitespace
            if blank {
                space = !out.isEmpty
                continue
            }
            if space { out.append(" "); space = false }
            out.append(c)
        }
        return out
    }
}
