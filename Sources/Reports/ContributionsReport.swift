import BoardCore
import Foundation

/// Each member's personal contribution, as a jury reads it: built from the history (commits,
/// board events) and the board (names, titles, statuses). A pure function of its inputs, so a
/// report printed today can be recomputed later at the same head commit and give the same
/// figures. It lives here rather than in BoardStore so that every renderer can take it.
///
/// Counting rules:
/// - a commit credits its author and each `Co-authored-by:` co-author fully (pair work); the
///   team total counts each commit once, so shares may add up to more than 100 %;
/// - tasks created: `taskCreated`; tasks closed: `taskDone` by the member (actor or co-actor);
///   tasks done as assignee: tasks moved to done while assigned to the member (each task once);
/// - reviews: tasks moved into or out of a review status (a status named like review, revue,
///   relecture, validation, test or recette, else the one before done on boards with four or
///   more statuses), and documents moved to a validated status;
/// - documents: distinct documents (and the spec) created or edited; minutes: distinct minutes
///   created or edited; comments: comments added;
/// - lines and files: every commit except merges, against its first parent, without the
///   excluded files (lock files, vendored, minified, build output); binary files and office
///   documents count as files only;
/// - a day or a week is active when the member authored or co-authored a commit then (in the
///   author's time zone); weeks start on Monday.
public struct ContributionReport: Sendable {
    public struct LineCount: Sendable, Equatable {
        public var added = 0
        public var removed = 0
        public var files = 0
    }

    public enum Metric: String, Sendable, CaseIterable {
        case commits, activeDays, activeWeeks, tasksCreated, tasksDone, tasksClosed, reviews, documents, minutes, comments
        case filesTouched, linesAdded, linesRemoved, survivingLines
    }

    /// A contribution worth citing, with the commit that proves it.
    public struct Notable: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case taskCreated, taskDone, taskReviewed(from: String, to: String), milestoneCreated
            case specWritten, documentCreated, documentValidated(status: String), minutesWritten
            case largeCommit(files: Int, lines: Int)
        }
        public let date: Date
        public let dayOffsetMinutes: Int
        public let commit: String
        public let kind: Kind
        /// A task or milestone id, a path, or the commit summary for a large commit.
        public let item: String
        public let title: String?
        public var day: Day { ContributionReport.day(date, offset: dayOffsetMinutes) }
    }

    public struct MemberRow: Sendable {
        public let id: String
        public let name: String
        public let role: String?
        public let contributor: Contributor
        public var values: [Metric: Int] = [:]
        public var lines: [FileKind: LineCount] = [:]
        /// Percent of the team's total for each metric (nil when the team total is 0).
        public var shares: [Metric: Double] = [:]
        public var notable: [Notable] = []
        public var firstCommit: Date?
        public var lastCommit: Date?

        public func value(_ m: Metric) -> Int { values[m] ?? 0 }
    }

    /// Commits by an identity that matches no member: listed apart, never merged into someone.
    public struct Unmatched: Sendable, Equatable {
        public let name: String
        public let email: String
        public var commits = 0
        /// Commits where they are only a co-author.
        public var coAuthored = 0
        public var linesAdded = 0
        public var linesRemoved = 0
        public var first: Date?
        public var last: Date?
        public var sampleCommit: String?
    }

    public struct Week: Sendable, Equatable {
        /// The Monday starting the week.
        public let start: Day
        /// Commits per member id (authored or co-authored).
        public var commits: [String: Int] = [:]
        /// Board events per member id.
        public var events: [String: Int] = [:]
        /// Tasks closed per member id.
        public var tasksDone: [String: Int] = [:]
        public var outsiderCommits = 0
    }

    public let boardName: String
    /// The commit the report was computed at.
    public let head: String?
    public let from: Day?
    public let to: Day?
    public let members: [MemberRow]
    /// The team's totals, each commit counted once.
    public let team: [Metric: Int]
    public let teamLines: [FileKind: LineCount]
    public let weeks: [Week]
    public let unmatched: [Unmatched]
    public let excludedGlobs: [String]
    /// Lines blamed at head, when `--surviving` was asked.
    public let survivingTotal: Int?
    /// The member the report was asked for (`--member`), nil for the whole team.
    public let focus: String?

    public var memberIDs: [String] { members.map(\.id) }
}

/// What to count for a `ContributionReport`.
public struct ContributionFilter: Sendable {
    public var from: Day?
    public var to: Day?
    /// One member's evidence file (`--member`).
    public var member: String?
    public var excludedGlobs: [String]
    /// Lines still present at head per contributor (`--surviving`), and their total.
    public var surviving: [Contributor: Int]?
    public var survivingTotal: Int?
    /// Notable contributions kept per member (all of them for `--member`).
    public var notableLimit: Int?

    public init(from: Day? = nil, to: Day? = nil, member: String? = nil, excludedGlobs: [String] = [],
                surviving: [Contributor: Int]? = nil, survivingTotal: Int? = nil, notableLimit: Int? = 12) {
        self.from = from
        self.to = to
        self.member = member
        self.excludedGlobs = excludedGlobs
        self.surviving = surviving
        self.survivingTotal = survivingTotal
        self.notableLimit = notableLimit
    }
}

extension ContributionReport {
    /// Statuses counted as review steps on a board.
    public static func reviewStatuses(_ statuses: [String]) -> Set<String> {
        let words = ["review", "revue", "relecture", "relire", "validation", "valider", "test", "recette", "verif", "vérif", "qa"]
        var found = Set(statuses.filter { s in words.contains { s.lowercased().contains($0) } })
        if found.isEmpty, statuses.count >= 4 { found.insert(statuses[statuses.count - 2]) }
        return found
    }

    /// Document statuses that mean validated.
    public static func isValidated(_ status: String) -> Bool {
        ["validated", "validé", "validée", "valide", "approved", "approuvé", "final"].contains(status.lowercased())
    }

    /// The day of a date on the author's clock.
    static func day(_ date: Date, offset: Int) -> Day {
        // Arithmetic rather than a Calendar: this runs for every commit.
        Day(ordinal: Int(((date.timeIntervalSince1970 + Double(offset * 60)) / 86_400).rounded(.down)))
    }

    static func monday(_ day: Day) -> Day { day.adding(days: 1 - day.weekday) }

    public static func build(history: History, board: Board, filter: ContributionFilter = ContributionFilter()) -> ContributionReport {
        let settings = board.settings
        let reviews = reviewStatuses(settings.statuses)
        let titles: [String: String] = Dictionary(board.tasks.map { ($0.id.description, $0.title) } + board.milestones.map { ($0.id.description, $0.title) },
                                                  uniquingKeysWith: { a, _ in a })
        func inRange(_ d: Day) -> Bool { (filter.from.map { d >= $0 } ?? true) && (filter.to.map { d <= $0 } ?? true) }

        // A class: updated in place for every commit, never copied.
        final class Acc {
            var values: [Metric: Int] = [:]
            var lines: [FileKind: LineCount] = [:]
            var days: Set<Day> = []
            var weeks: Set<Day> = []
            var files: Set<String> = []
            var created: Set<String> = []
            var done: Set<String> = []
            var closed: Set<String> = []
            var documents: Set<String> = []
            var minutes: Set<String> = []
            var notable: [Notable] = []
            var big: [Notable] = []
            var first: Date?
            var last: Date?

            /// Keeps only the five largest commits.
            func offerBig(_ n: Notable) {
                guard big.count >= 5 else { big.append(n); return }
                guard let smallest = big.indices.min(by: { (big[$0].kind.lines, big[$0].date) < (big[$1].kind.lines, big[$1].date) }),
                      (n.kind.lines, n.date) > (big[smallest].kind.lines, big[smallest].date) else { return }
                big[smallest] = n
            }
        }
        var acc: [String: Acc] = [:]
        for m in settings.members { acc[m.id] = Acc() }
        var team: [Metric: Int] = [:]
        var teamLines: [FileKind: LineCount] = [:]
        var teamDays: Set<Day> = [], teamWeeks: Set<Day> = [], teamFiles: Set<String> = []
        var teamCreated: Set<String> = [], teamDone: Set<String> = [], teamDocs: Set<String> = [], teamMinutes: Set<String> = []
        var weeks: [Day: Week] = [:]
        var unmatched: [String: Unmatched] = [:]
        var assignees: [String: [String]] = [:]

        func memberIDs(_ c: HistoryCommit) -> [String] {
            var ids: [String] = []
            for who in [c.actor] + c.coActors { if let id = who.memberID, acc[id] != nil, !ids.contains(id) { ids.append(id) } }
            return ids
        }
        func note(_ ids: [String], _ n: Notable) { for id in ids { acc[id]!.notable.append(n) } }

        // Oldest first, so that assignees are replayed in order.
        for c in history.commits.reversed() {
            let day = day(c.authorDate, offset: c.authorOffsetMinutes)
            let included = inRange(day)
            let ids = memberIDs(c)
            // Assignees as of this commit (replayed over the whole history, whatever the period).
            for e in c.events {
                switch e.kind {
                case .taskAssigned(let m): if !(assignees[e.item] ?? []).contains(m) { assignees[e.item, default: []].append(m) }
                case .taskUnassigned(let m): assignees[e.item]?.removeAll { $0 == m }
                case .taskDeleted: assignees[e.item] = nil
                default: break
                }
            }
            guard included else { continue }
            let countedFiles = c.files.filter { !$0.excluded }
            let added = countedFiles.reduce(0) { $0 + $1.added }
            let removed = countedFiles.reduce(0) { $0 + $1.removed }
            // Outsiders: listed apart.
            for (index, who) in ([c.actor] + c.coActors).enumerated() {
                guard case .outsider(let name, let email) = who else { continue }
                let key = email.isEmpty ? "name:" + name : email
                var u = unmatched[key] ?? Unmatched(name: name, email: email)
                if index == 0 { u.commits += 1 } else { u.coAuthored += 1 }
                u.linesAdded += added
                u.linesRemoved += removed
                u.first = min(u.first ?? c.authorDate, c.authorDate)
                u.last = max(u.last ?? c.authorDate, c.authorDate)
                if u.sampleCommit == nil || index == 0 && u.commits == 1 { u.sampleCommit = c.id }
                unmatched[key] = u
            }
            let monday = monday(day)
            var week = weeks[monday] ?? Week(start: monday)
            if c.actor.memberID == nil || acc[c.actor.memberID!] == nil { week.outsiderCommits += 1 }
            if !ids.isEmpty {
                team[.commits, default: 0] += 1
                team[.linesAdded, default: 0] += added
                team[.linesRemoved, default: 0] += removed
                teamDays.insert(day)
                teamWeeks.insert(monday)
                for f in countedFiles {
                    teamFiles.insert(f.path)
                    teamLines[f.kind, default: LineCount()].added += f.added
                    teamLines[f.kind, default: LineCount()].removed += f.removed
                    teamLines[f.kind, default: LineCount()].files += 1
                }
            }
            for id in ids {
                week.commits[id, default: 0] += 1
                let a = acc[id]!
                a.values[.commits, default: 0] += 1
                a.values[.linesAdded, default: 0] += added
                a.values[.linesRemoved, default: 0] += removed
                a.days.insert(day)
                a.weeks.insert(monday)
                for f in countedFiles {
                    a.files.insert(f.path)
                    a.lines[f.kind, default: LineCount()].added += f.added
                    a.lines[f.kind, default: LineCount()].removed += f.removed
                    a.lines[f.kind, default: LineCount()].files += 1
                }
                a.first = min(a.first ?? c.authorDate, c.authorDate)
                a.last = max(a.last ?? c.authorDate, c.authorDate)
                let codeLines = countedFiles.filter { $0.kind != .board }.reduce(0) { $0 + $1.added + $1.removed }
                if codeLines > 0 {
                    a.offerBig(Notable(date: c.authorDate, dayOffsetMinutes: c.authorOffsetMinutes, commit: c.id,
                                         kind: .largeCommit(files: countedFiles.filter { $0.kind != .board }.count, lines: codeLines), item: c.summary, title: nil))
                }
            }
            // Board events.
            for e in c.events {
                let n = { (kind: Notable.Kind) in Notable(date: c.authorDate, dayOffsetMinutes: c.authorOffsetMinutes, commit: c.id, kind: kind, item: e.item, title: titles[e.item]) }
                if !ids.isEmpty { for id in ids { week.events[id, default: 0] += 1 } }
                switch e.kind {
                case .taskCreated:
                    teamCreated.insert(e.item)
                    for id in ids { acc[id]!.created.insert(e.item) }
                    note(ids, n(.taskCreated))
                case .taskDone:
                    teamDone.insert(e.item)
                    for id in ids {
                        acc[id]!.closed.insert(e.item)
                        week.tasksDone[id, default: 0] += 1
                    }
                    for m in assignees[e.item] ?? [] {
                        if let id = settings.member(m)?.id, acc[id] != nil { acc[id]!.done.insert(e.item) }
                    }
                    note(ids, n(.taskDone))
                case .taskMoved(let from, let to):
                    if reviews.contains(from) || reviews.contains(to) {
                        team[.reviews, default: 0] += 1
                        for id in ids { acc[id]!.values[.reviews, default: 0] += 1 }
                        if reviews.contains(from) { note(ids, n(.taskReviewed(from: from, to: to))) }
                    }
                case .documentStatus(_, let to):
                    if isValidated(to) {
                        team[.reviews, default: 0] += 1
                        for id in ids { acc[id]!.values[.reviews, default: 0] += 1 }
                        note(ids, n(.documentValidated(status: to)))
                    }
                case .documentCreated, .documentEdited, .specCreated, .specEdited:
                    teamDocs.insert(e.item)
                    for id in ids { acc[id]!.documents.insert(e.item) }
                    if case .documentCreated = e.kind { note(ids, n(.documentCreated)) }
                    if case .specCreated = e.kind { note(ids, n(.specWritten)) }
                case .minutesCreated, .minutesEdited:
                    teamMinutes.insert(e.item)
                    for id in ids { acc[id]!.minutes.insert(e.item) }
                    if case .minutesCreated = e.kind { note(ids, n(.minutesWritten)) }
                case .commentAdded:
                    team[.comments, default: 0] += 1
                    for id in ids { acc[id]!.values[.comments, default: 0] += 1 }
                case .milestoneCreated:
                    note(ids, n(.milestoneCreated))
                default:
                    break
                }
            }
            weeks[monday] = week
        }
        team[.activeDays] = teamDays.count
        team[.activeWeeks] = teamWeeks.count
        team[.filesTouched] = teamFiles.count
        team[.tasksCreated] = teamCreated.count
        team[.tasksDone] = teamDone.count
        team[.tasksClosed] = teamDone.count
        team[.documents] = teamDocs.count
        team[.minutes] = teamMinutes.count
        if let total = filter.survivingTotal { team[.survivingLines] = total }

        var rows: [MemberRow] = []
        for m in settings.members {
            if let focus = filter.member, focus.lowercased() != m.id.lowercased() { continue }
            let a = acc[m.id]!
            var row = MemberRow(id: m.id, name: m.name, role: m.role, contributor: .member(m.id))
            row.values = a.values
            row.values[.activeDays] = a.days.count
            row.values[.activeWeeks] = a.weeks.count
            row.values[.filesTouched] = a.files.count
            row.values[.tasksCreated] = a.created.count
            row.values[.tasksDone] = a.done.count
            row.values[.tasksClosed] = a.closed.count
            row.values[.documents] = a.documents.count
            row.values[.minutes] = a.minutes.count
            if let surviving = filter.surviving { row.values[.survivingLines] = surviving[.member(m.id)] ?? 0 }
            row.lines = a.lines
            for metric in Metric.allCases {
                if let total = team[metric], total > 0 { row.shares[metric] = 100 * Double(row.value(metric)) / Double(total) }
            }
            let biggest = a.big.sorted { ($0.kind.lines, $0.date) > ($1.kind.lines, $1.date) }.prefix(5)
            var notable = a.notable + biggest
            notable.sort { ($0.date, $0.commit) < ($1.date, $1.commit) }
            if let limit = filter.notableLimit, notable.count > limit {
                // Keep the strongest evidence: closed tasks, validated documents, specs and minutes first.
                let ranked = notable.enumerated().sorted { ($0.element.kind.rank, $0.offset) < ($1.element.kind.rank, $1.offset) }
                notable = ranked.prefix(limit).sorted { $0.offset < $1.offset }.map(\.element)
            }
            row.notable = notable
            row.firstCommit = a.first
            row.lastCommit = a.last
            rows.append(row)
        }
        let weekList: [Week]
        if let first = weeks.keys.min(), let last = weeks.keys.max() {
            var list: [Week] = []
            var d = first
            while d <= last { list.append(weeks[d] ?? Week(start: d)); d = d.adding(days: 7) }
            weekList = list
        } else {
            weekList = []
        }
        let outsiders = unmatched.values.sorted { ($0.commits + $0.coAuthored, $0.email) > ($1.commits + $1.coAuthored, $1.email) }
        return ContributionReport(boardName: settings.name, head: history.head, from: filter.from, to: filter.to, members: rows, team: team,
                                  teamLines: teamLines, weeks: weekList, unmatched: outsiders, excludedGlobs: filter.excludedGlobs,
                                  survivingTotal: filter.survivingTotal, focus: filter.member)
    }
}

extension ContributionReport.Notable.Kind {
    var lines: Int { if case .largeCommit(_, let lines) = self { return lines }; return 0 }

    /// Which evidence to keep first when the list is cut.
    var rank: Int {
        switch self {
        case .taskDone: return 0
        case .documentValidated, .specWritten: return 1
        case .minutesWritten, .documentCreated: return 2
        case .taskReviewed: return 3
        case .largeCommit: return 4
        case .milestoneCreated: return 5
        case .taskCreated: return 6
        }
    }
}
