import BoardCore
import Foundation

/// `jalon task history ID` and `jalon activity`: the trail of one item, commit by commit, and
/// who did what week by week.
public enum ContributionsActivity {
    // MARK: Task history

    /// The events of one item grouped by commit, oldest first.
    public struct Step: Sendable {
        public let commit: String
        public let date: Date
        public let offsetMinutes: Int
        public let actor: Contributor
        public let coActors: [Contributor]
        public let changes: [BoardEventKind]
    }

    public static func steps(of item: String, in history: History) -> [Step] {
        var out: [Step] = []
        for c in history.commits.reversed() {
            let changes = c.events.filter { $0.item.lowercased() == item.lowercased() }.map(\.kind)
            guard !changes.isEmpty else { continue }
            out.append(Step(commit: c.id, date: c.authorDate, offsetMinutes: c.authorOffsetMinutes, actor: c.actor, coActors: c.coActors, changes: changes))
        }
        return out
    }

    /// `values` are the old → new values of the task's fields per commit (`taskValueChanges`):
    /// where a commit has them, they are shown instead of the bare field names.
    public static func taskHistory(_ item: String, history: History, board: Board, language L: Language, style: TerminalStyle,
                                   values: [String: [FieldChange]] = [:]) -> String {
        let steps = steps(of: item, in: history)
        let names = ContributionNames(board: board)
        let title = board.tasks.first { $0.id.description.lowercased() == item.lowercased() }?.title
            ?? board.milestones.first { $0.id.description.lowercased() == item.lowercased() }?.title
        var lines = [style.paint(style.clean(Catalog.ctTaskHistoryTitle(item.uppercased(), title)(L)), .strong)]
        if let head = history.head { lines.append(style.clean(Catalog.ctComputedAt(String(head.prefix(8)))(L))) }
        if steps.isEmpty { lines.append(Catalog.ctNoEvents(L)); return lines.joined(separator: "\n") }
        // One entry per commit: when, which commit, who; then what changed, wrapped so that
        // nothing is cut.
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.dateFormat = "HH:mm"
        let separator = Catalog.listSeparator(L)
        for s in steps {
            let zone = TimeZone(secondsFromGMT: s.offsetMinutes * 60) ?? .current
            f.timeZone = zone
            let who = ([s.actor] + s.coActors).map(names.name).joined(separator: " + ")
            let changes = values[s.commit] ?? []
            // With the values at hand, field edits, moves and (un)assignments are said by them.
            let events = changes.isEmpty ? s.changes : s.changes.filter { k in
                switch k {
                case .taskEdited, .taskMoved, .taskAssigned, .taskUnassigned: return false
                default: return true
                }
            }
            let what = events.map { Catalog.ctEvent($0)(L) }.joined(separator: separator)
            let when = Day(s.date, timeZone: zone).formatted(L) + " " + f.string(from: s.date)
            lines.append(style.clip("\(when)  \(style.paint(String(s.commit.prefix(8)), .accent))  \(style.clean(who))", to: style.width))
            if !what.isEmpty { for part in DisplayWidth.wrap(style.clean(what), to: max(10, style.width - 4)) { lines.append("    " + part) } }
            for c in changes {
                for part in DisplayWidth.wrap(style.clean(fieldChangeText(c, L)), to: max(10, style.width - 4)) { lines.append("    " + part) }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One field change as a person reads it: `due: 04/12/2026 → 11/12/2026`.
    static func fieldChangeText(_ c: FieldChange, _ L: Language) -> String {
        func shown(_ v: String?) -> String {
            guard let v else { return "—" }
            switch c.field {
            case "status": return StatusWords.task(v, L)
            case "start", "due": return Day.parse(v)?.formatted(L) ?? v
            default: return v
            }
        }
        let label = Catalog.fieldName(c.field)(L)
        if c.field == "description" { return Catalog.descriptionChanged(L) }
        return Text("contrib.fieldChange", ["field": label, "old": shown(c.old), "new": shown(c.new)])(L)
    }

    /// One event of an item's history as `task history` and `task show` write it in JSON.
    struct EventJSON: Encodable {
        struct ValueJSON: Encodable { let field: String; let old: String?; let new: String? }
        let commit: String; let date: String; let actor: String; let actors: [String]; let kind: String; let change: String; let detail: [String]
        var values: [ValueJSON]?
    }

    /// The events of `steps`, one per change, oldest first; `values` (by commit) adds the
    /// old → new values of `taskEdited` events.
    static func eventsJSON(_ steps: [Step], language L: Language, values: [String: [FieldChange]] = [:]) -> [EventJSON] {
        let iso = ISO8601DateFormatter()
        func id(_ c: Contributor) -> String {
            switch c {
            case .member(let id): return id
            case .outsider(let name, let email): return "\(name) <\(email)>"
            }
        }
        var events: [EventJSON] = []
        for s in steps {
            for k in s.changes {
                let (code, args) = eventCode(k)
                var event = EventJSON(commit: s.commit, date: iso.string(from: s.date), actor: id(s.actor), actors: ([s.actor] + s.coActors).map(id),
                                      kind: code, change: Catalog.ctEvent(k)(L), detail: args)
                if case .taskEdited(let fields) = k, let v = values[s.commit] {
                    event.values = v.filter { fields.contains($0.field) }.map { EventJSON.ValueJSON(field: $0.field, old: $0.old, new: $0.new) }
                }
                events.append(event)
            }
        }
        return events
    }

    public static func taskHistoryJSON(_ item: String, history: History, board: Board, language L: Language,
                                       values: [String: [FieldChange]] = [:]) -> String {
        struct Doc: Encodable { let item: String; let head: String?; let events: [EventJSON]
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(item, forKey: .item); try c.encode(head, forKey: .head); try c.encode(events, forKey: .events)
            }
            enum CodingKeys: String, CodingKey { case item, head, events }
        }
        return BoardJSON.encode(Doc(item: item.uppercased(), head: history.head, events: eventsJSON(steps(of: item, in: history), language: L, values: values)))
    }

    /// The event kind's name and arguments, for JSON.
    public static func eventCode(_ k: BoardEventKind) -> (String, [String]) {
        switch k {
        case .taskCreated: return ("taskCreated", [])
        case .taskEdited(let f): return ("taskEdited", f)
        case .taskMoved(let a, let b): return ("taskMoved", [a, b])
        case .taskAssigned(let m): return ("taskAssigned", [m])
        case .taskUnassigned(let m): return ("taskUnassigned", [m])
        case .taskDone: return ("taskDone", [])
        case .taskReopened(let to): return ("taskReopened", [to])
        case .taskDeleted: return ("taskDeleted", [])
        case .milestoneCreated: return ("milestoneCreated", [])
        case .milestoneEdited(let f): return ("milestoneEdited", f)
        case .milestoneDeleted: return ("milestoneDeleted", [])
        case .memberAdded(let m): return ("memberAdded", [m])
        case .memberEdited(let m): return ("memberEdited", [m])
        case .settingsEdited(let f): return ("settingsEdited", f)
        case .specCreated: return ("specCreated", [])
        case .specEdited: return ("specEdited", [])
        case .documentCreated: return ("documentCreated", [])
        case .documentEdited: return ("documentEdited", [])
        case .documentStatus(let a, let b): return ("documentStatus", [a ?? "", b])
        case .documentDeleted: return ("documentDeleted", [])
        case .minutesCreated: return ("minutesCreated", [])
        case .minutesEdited: return ("minutesEdited", [])
        case .commentAdded(let m): return ("commentAdded", m)
        }
    }

    // MARK: Activity

    public struct ActivityCell: Sendable, Equatable {
        public var commits = 0
        public var tasksDone = 0
        public var events = 0
    }

    /// Per week (Monday) and member id (outsiders under ""), the last `weeks` weeks up to `today`.
    public static func activity(history: History, board: Board, weeks: Int, today: Day) -> [(week: Day, cells: [String: ActivityCell])] {
        let lastMonday = today.adding(days: 1 - today.weekday)
        let firstMonday = lastMonday.adding(days: -7 * (max(1, weeks) - 1))
        var table: [Day: [String: ActivityCell]] = [:]
        let known = Set(board.settings.members.map(\.id))
        for c in history.commits {
            let day = ContributionReport.day(c.authorDate, offset: c.authorOffsetMinutes)
            let monday = day.adding(days: 1 - day.weekday)
            guard monday >= firstMonday, monday <= lastMonday else { continue }
            var ids: [String] = []
            for who in [c.actor] + c.coActors {
                let id = who.memberID.flatMap { known.contains($0) ? $0 : nil } ?? ""
                if !ids.contains(id) { ids.append(id) }
            }
            for id in ids {
                var cell = table[monday, default: [:]][id, default: ActivityCell()]
                cell.commits += 1
                for e in c.events {
                    if case .taskDone = e.kind { cell.tasksDone += 1 } else { cell.events += 1 }
                }
                table[monday, default: [:]][id] = cell
            }
        }
        var out: [(Day, [String: ActivityCell])] = []
        var d = firstMonday
        while d <= lastMonday { out.append((d, table[d] ?? [:])); d = d.adding(days: 7) }
        return out
    }

    public static func activityText(history: History, board: Board, weeks: Int, today: Day, language L: Language, style: TerminalStyle) -> String {
        let rows = activity(history: history, board: board, weeks: weeks, today: today)
        var columns = board.settings.members.map { ($0.id, style.clean($0.name)) }
        if rows.contains(where: { $0.cells[""] != nil }) { columns.append(("", Catalog.ctOutsidersColumn(L))) }
        var lines = [style.paint(style.clean(Catalog.ctActivityTitle(weeks)(L)), .strong)]
        if let head = history.head { lines.append(style.clean(Catalog.ctComputedAt(String(head.prefix(8)))(L))) }
        lines.append(style.unicode ? Catalog.ctActivityLegend(L) : Catalog.ctActivityLegendASCII(L))
        guard !columns.isEmpty else { return lines.joined(separator: "\n") }
        let done = style.unicode ? "✓" : "v"
        let other = style.unicode ? Text("contrib.activityEditMark")(L) : "e"
        let label = rows.map { DisplayWidth.of($0.week.formatted(L)) }.max() ?? 10
        let maxCommits = max(1, rows.flatMap { $0.cells.values.map(\.commits) }.max() ?? 1)
        func summary(_ c: ActivityCell) -> String {
            c.commits == 0 ? "" : "\(c.commits)c" + (c.tasksDone > 0 ? " \(c.tasksDone)\(done)" : "") + (c.events > 0 ? " \(c.events)\(other)" : "")
        }
        let summaryWidth = max(4, rows.flatMap { r in columns.map { DisplayWidth.of(summary(r.cells[$0.0] ?? ActivityCell())) } }.max() ?? 4)
        let column = max(summaryWidth + 2, (style.width - label) / columns.count - 1)
        let barWidth = max(1, column - summaryWidth - 1)
        var header = DisplayWidth.pad("", to: label)
        for (_, name) in columns { header += " " + DisplayWidth.pad(DisplayWidth.truncate(name, to: column, ellipsis: style.glyphs.ellipsis), to: column) }
        lines.append(style.paint(header, .strong))
        for r in rows {
            var line = DisplayWidth.pad(r.week.formatted(L), to: label)
            for (id, _) in columns {
                let c = r.cells[id] ?? ActivityCell()
                let n = c.commits == 0 ? 0 : max(1, Int((Double(c.commits) / Double(maxCommits) * Double(barWidth)).rounded()))
                let bar = String(repeating: style.unicode ? "█" : "#", count: n) + String(repeating: " ", count: barWidth - n)
                line += " " + style.paint(bar, .accent) + " " + DisplayWidth.pad(summary(c), to: summaryWidth)
            }
            lines.append(line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression))
        }
        return lines.joined(separator: "\n")
    }

    public static func activityJSON(history: History, board: Board, weeks: Int, today: Day) -> String {
        struct Cell: Encodable { let member: String?; let commits: Int; let tasksDone: Int; let events: Int
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(member, forKey: .member); try c.encode(commits, forKey: .commits); try c.encode(tasksDone, forKey: .tasksDone); try c.encode(events, forKey: .events)
            }
            enum CodingKeys: String, CodingKey { case member, commits, tasksDone, events }
        }
        struct Week: Encodable { let week: String; let members: [Cell] }
        struct Doc: Encodable { let head: String?; let weeks: [Week]
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: CodingKeys.self)
                try c.encode(head, forKey: .head); try c.encode(weeks, forKey: .weeks)
            }
            enum CodingKeys: String, CodingKey { case head, weeks }
        }
        let rows = activity(history: history, board: board, weeks: weeks, today: today)
        return BoardJSON.encode(Doc(head: history.head, weeks: rows.map { r in
            Week(week: r.week.iso, members: r.cells.keys.sorted().map { k in
                let c = r.cells[k]!
                return Cell(member: k.isEmpty ? nil : k, commits: c.commits, tasksDone: c.tasksDone, events: c.events)
            })
        }))
    }
}
