import BoardCore
import Foundation

/// What changed for one member since they last looked: built from the history's events and the
/// board as it is now (who owns which task, what depends on what). A pure function of values, so
/// it is tested with hand-made events.
public struct NewsDigest: Sendable {
    public enum Reason: String, Sendable, Codable {
        /// A task was assigned to the member.
        case assigned
        /// A comment mentions the member.
        case mention
        /// A comment on one of the member's tasks.
        case commentOnYourTask
        /// The status of one of the member's tasks changed.
        case yourTask
        /// The status of a task one of the member's tasks depends on changed.
        case dependency
        /// The status of a document the member wrote changed.
        case yourDocument
    }

    public struct Entry: Sendable {
        public let reason: Reason
        public let item: String
        public let title: String?
        public let kind: BoardEventKind
        public let date: Date
        public let actor: Contributor
        public let commit: String
        /// For a dependency: the member's task that waits on the item.
        public let waitingTask: String?
        /// For a comment: its text, when the comment file is found.
        public let text: String?
    }

    public let member: String
    public let since: Date?
    /// Newest first.
    public let entries: [Entry]
    /// Commits by other people in the same period that are not about the member.
    public let otherChanges: Int

    public static func build(events: [BoardEvent], board: Board, member: String, since: Date?,
                             comments: [Comment] = [], documentAuthors: [String: String] = [:]) -> NewsDigest {
        let done = board.settings.doneStatus
        let mine = Set(board.tasks.filter { $0.assignees.contains(member) }.map(\.id.description))
        // Task → my open tasks that depend on it.
        var waiting: [String: [String]] = [:]
        for t in board.tasks where t.assignees.contains(member) && t.status != done {
            for d in t.depends { waiting[d.target.description, default: []].append(t.id.description) }
        }
        func title(_ item: String) -> String? {
            if let id = ItemID(item) {
                switch id.kind {
                case .task: return board.task(id)?.title
                case .milestone: return board.milestone(id)?.title
                default: return nil
                }
            }
            return nil
        }
        func commentText(_ e: BoardEvent) -> String? {
            comments.filter { $0.item == e.item && abs(($0.date ?? .distantPast).timeIntervalSince(e.date)) < 300
                && (e.actor.memberID == nil || $0.author == e.actor.memberID) }
                .min { abs(($0.date ?? .distantPast).timeIntervalSince(e.date)) < abs(($1.date ?? .distantPast).timeIntervalSince(e.date)) }?
                .body.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        var entries: [Entry] = []
        var otherCommits: Set<String> = []
        // `taskDone` comes with `taskMoved` in the same commit: one line is enough.
        let moves = Set(events.compactMap { e -> String? in if case .taskMoved = e.kind { return e.commit + " " + e.item }; return nil })
        for e in events {
            if let since, e.date <= since { continue }
            if e.actor == .member(member) { continue }
            var reason: Reason?
            var waitingTask: String?
            var text: String?
            switch e.kind {
            case .taskAssigned(let m) where m == member:
                reason = .assigned
            case .commentAdded(let mentions):
                if mentions.contains(member) { reason = .mention } else if mine.contains(e.item) { reason = .commentOnYourTask }
                if reason != nil { text = commentText(e) }
            case .taskMoved, .taskDone, .taskReopened:
                if mine.contains(e.item) { reason = .yourTask } else if let w = waiting[e.item] { reason = .dependency; waitingTask = w.joined(separator: ", ") }
            case .documentStatus:
                if documentAuthors[e.item] == member { reason = .yourDocument }
            default: break
            }
            guard let reason else { otherCommits.insert(e.commit); continue }
            if case .taskDone = e.kind, moves.contains(e.commit + " " + e.item) { continue }
            entries.append(Entry(reason: reason, item: e.item, title: title(e.item), kind: e.kind, date: e.date, actor: e.actor, commit: e.commit,
                                 waitingTask: waitingTask, text: text))
        }
        entries.sort { $0.date > $1.date }
        // Other changes: commits by others that brought nothing about the member.
        let covered = Set(entries.map(\.commit))
        return NewsDigest(member: member, since: since, entries: entries, otherChanges: otherCommits.subtracting(covered).count)
    }
}

/// A digest of what needs attention, from the board as it is: tasks due soon, overdue, blocked
/// by someone else's late task, reviews waiting, recent mentions — for one member or the team.
public struct ReminderDigest: Sendable {
    public enum Kind: String, Sendable, Codable {
        case overdue, dueSoon, blocked, reviewWaiting, documentReview, mention
    }

    public struct Item: Sendable {
        public let kind: Kind
        public let id: String
        public let title: String
        public let due: Day?
        /// For `blocked`: the late task and who holds it. For `mention`: who wrote.
        public let other: String?
        public let otherOwners: [String]
        /// Days late (overdue) or left (due soon).
        public let days: Int?
    }

    public struct MemberPart: Sendable {
        public let member: String
        public let name: String
        public let items: [Item]
    }

    public let today: Day
    public let days: Int
    public let members: [MemberPart]
    /// Reviews anyone can do (tasks and documents in review), listed once for the team.
    public let reviews: [Item]
    /// True when built for one member (reviews then appear in their part).
    public let single: Bool

    public static func build(board: Board, documents: [BoardDocument], comments: [Comment], today: Day, days: Int, member: String?,
                             late: Lateness? = nil) -> ReminderDigest {
        let done = board.settings.doneStatus
        let reviewStatus = board.settings.statuses.first { $0.lowercased() == "review" || $0.lowercased().hasPrefix("relec") }
            ?? (board.settings.statuses.count >= 4 ? board.settings.statuses[board.settings.statuses.count - 2] : nil)
        let lateness = late ?? Lateness.forecast(board, today: today)
        func isLate(_ t: BoardTask) -> Bool { lateness.isLate(t.id) }
        var reviews: [Item] = []
        for t in board.tasks where reviewStatus != nil && t.status == reviewStatus {
            reviews.append(Item(kind: .reviewWaiting, id: t.id.description, title: t.title, due: t.due, other: nil, otherOwners: t.assignees, days: nil))
        }
        for d in documents where d.meta.status == DocumentStatus.review.rawValue {
            reviews.append(Item(kind: .documentReview, id: d.meta.id?.description ?? d.path, title: d.meta.title, due: nil, other: d.path, otherOwners: d.meta.author.map { [$0] } ?? [], days: nil))
        }
        let chosen = member.map { m in board.settings.members.filter { $0.id == m } } ?? board.settings.members
        let since = today.adding(days: -days)
        var parts: [MemberPart] = []
        for m in chosen {
            var items: [Item] = []
            let mine = board.tasks.filter { $0.assignees.contains(m.id) && $0.status != done }.sorted { ($0.due ?? Day(ordinal: 999_999), $0.id) < ($1.due ?? Day(ordinal: 999_999), $1.id) }
            for t in mine {
                if let due = t.due, due < today {
                    items.append(Item(kind: .overdue, id: t.id.description, title: t.title, due: due, other: nil, otherOwners: [], days: today.ordinal - due.ordinal))
                } else if let due = t.due, due.ordinal - today.ordinal <= days {
                    items.append(Item(kind: .dueSoon, id: t.id.description, title: t.title, due: due, other: nil, otherOwners: [], days: due.ordinal - today.ordinal))
                }
                for d in t.depends {
                    guard let blocker = board.task(d.target), isLate(blocker), !blocker.assignees.contains(m.id) else { continue }
                    items.append(Item(kind: .blocked, id: t.id.description, title: t.title, due: t.due, other: blocker.id.description, otherOwners: blocker.assignees,
                                      days: blocker.due.map { today.ordinal - $0.ordinal }))
                }
            }
            if member != nil {
                items += reviews.filter { !$0.otherOwners.contains(m.id) }
            }
            for c in comments where c.mentions.contains(m.id) && c.author != m.id {
                guard let date = c.date, Day(date) >= since else { continue }
                items.append(Item(kind: .mention, id: c.item, title: c.body.trimmingCharacters(in: .whitespacesAndNewlines), due: Day(date), other: c.author, otherOwners: [], days: nil))
            }
            parts.append(MemberPart(member: m.id, name: m.name, items: items))
        }
        return ReminderDigest(today: today, days: days, members: parts, reviews: member == nil ? reviews : [], single: member != nil)
    }
}
