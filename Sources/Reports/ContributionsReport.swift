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
/// - items created by a template (in the commit that creates `jalon.yml`) are nobody's creation;
/// - tasks created: `taskCreated`; tasks closed: `taskDone` by the member (actor or co-actor);
///   tasks done as assignee: tasks moved to done while assigned to the member (each task once);
/// - reviews: tasks moved out of a review status (a status named like review, revue,
///   relecture, validation, test or recette, else the one before done on boards with four or
///   more statuses), and documents moved to a validated status — only when the reviewer is
///   neither an assignee nor the creator of the item; otherwise a self-review, counted apart;
/// - content lines: lines added to code and content files (not board files, not documents);
///   the share of work is shown by commits and by content lines side by side;
/// - notable contributions are the member's own work: a task done counts for its assignees
///   (the member who clicked only when it had none), creations and documents for the authors
///   of the change, reviews for the reviewer;
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
        case commits, activeDays, activeWeeks, tasksCreated, tasksDone, tasksClosed, reviews, selfReviews, documents, minutes, comments
        case filesTouched, linesAdded, linesRemoved, contentLines, survivingLines
    }

    /// One counted fact behind a figure: which figure, the commit that proves it, what it is.
    public struct CountedEvent: Sendable, Equatable {
        public let metric: Metric
        public let commit: String
        public let date: Date
        public let dayOffsetMinutes: Int
        /// A task or milestone id, a path, or the commit summary.
        public let item: String
        public let title: String?
        /// Lines, for `contentLines`.
        public let amount: Int?
        public var day: Day { ContributionReport.day(date, offset: dayOffsetMinutes) }
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
        /// Hours the member logged (`jalon time log`) in the report's dates; nil when none.
        public var spentHours: Double?
        public var lines: [FileKind: LineCount] = [:]
        /// Percent of the team's total for each metric (nil when the team total is 0).
        public var shares: [Metric: Double] = [:]
        public var notable: [Notable] = []
        /// Notable contributions left out by the limit (`--all` lists them).
        public var notableOmitted = 0
        public var firstCommit: Date?
        public var lastCommit: Date?
        /// Every counted fact, oldest first.
        public var counted: [CountedEvent] = []
        /// Commits authored as the member but committed by someone else (`--as`, hand-made).
        public var onBehalf: [(commit: String, committer: String)] = []
        /// Commits of the member that carry a signature (GPG, SSH, X.509), not verified.
        public var signed: [String] = []

        public func value(_ m: Metric) -> Int { values[m] ?? 0 }

        /// The commits behind one figure, oldest first, each once.
        public func evidence(_ m: Metric) -> [String] {
            let source = m.evidenceSource
            var seen: Set<String> = []
            return counted.filter { $0.metric == source && seen.insert($0.commit).inserted }.map(\.commit)
        }
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
    public var members: [MemberRow]
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
    /// Where this clone's history is cut (shallow clone): (commit, date), newest first.
    public var boundaries: [(commit: String, date: Date)] = []
    /// Files whose content is missing (partial clone, damaged pack), and their commits.
    public var unreadableFiles = 0
    public var unreadableCommits: [String] = []
    /// With `--surviving`: files at head that could not be blamed (missing objects), whose lines
    /// are unknown, and how many of their lines could be counted without an author.
    public var survivingUnreadableFiles: [String] = []
    public var survivingUnattributedLines = 0
    /// Items a template created (nobody's creation).
    public var templateItems = 0

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
    /// Files at head `--surviving` could not blame (missing objects) and their lines known without an author.
    public var survivingUnreadableFiles: [String] = []
    public var survivingUnattributedLines = 0
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
            var counted: [CountedEvent] = []
            var onBehalf: [(commit: String, committer: String)] = []
            var signed: [String] = []

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
        /// Who created each item (member ids), for telling reviews from self-reviews.
        var creators: [String: [String]] = [:]
        var templateItems = 0
        func who(_ c: Contributor?) -> String {
            switch c {
            case .member(let id)?: return settings.member(id)?.name ?? id
            case .outsider(let name, let email)?: return email.isEmpty ? name : "\(name) <\(email)>"
            case nil: return "?"
            }
        }

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
            // The commit that creates the board's settings: what it creates comes from a template.
            let fromTemplate = c.files.contains { $0.kind == .board && $0.status == .added && ($0.path == BoardSettings.fileName || $0.path.hasSuffix("/" + BoardSettings.fileName)) }
            // Assignees as of this commit (replayed over the whole history, whatever the period);
            // a task's assignees are those before this commit when it is reviewed or done here.
            var assigneesBefore: [String: [String]] = [:]
            for e in c.events where assigneesBefore[e.item] == nil { assigneesBefore[e.item] = assignees[e.item] ?? [] }
            for e in c.events {
                switch e.kind {
                case .taskAssigned(let m): if !(assignees[e.item] ?? []).contains(m) { assignees[e.item, default: []].append(m) }
                case .taskUnassigned(let m): assignees[e.item]?.removeAll { $0 == m }
                case .taskDeleted: assignees[e.item] = nil
                case .taskCreated, .milestoneCreated, .documentCreated, .specCreated:
                    if !fromTemplate && creators[e.item] == nil { creators[e.item] = ids }
                default: break
                }
            }
            guard included else { continue }
            func count(_ metric: Metric, _ members: [String], item: String, amount: Int? = nil) {
                let event = CountedEvent(metric: metric, commit: c.id, date: c.authorDate, dayOffsetMinutes: c.authorOffsetMinutes,
                                         item: item, title: titles[item], amount: amount)
                for id in members { acc[id]?.counted.append(event) }
            }
            /// True when `id` is an assignee (before or after this commit) or the creator of `item`.
            func ownWork(_ id: String, _ item: String) -> Bool {
                let assigned = (assigneesBefore[item] ?? []) + (assignees[item] ?? [])
                return assigned.contains { settings.member($0)?.id == id } || (creators[item] ?? []).contains(id)
            }
            let countedFiles = c.files.filter { !$0.excluded }
            let added = countedFiles.reduce(0) { $0 + $1.added }
            let removed = countedFiles.reduce(0) { $0 + $1.removed }
            let contentAdded = countedFiles.filter { $0.kind == .code || $0.kind == .content }.reduce(0) { $0 + $1.added }
            count(.commits, ids, item: c.summary)
            if !countedFiles.isEmpty { count(.linesAdded, ids, item: c.summary, amount: added) }
            if contentAdded > 0 { count(.contentLines, ids, item: c.summary, amount: contentAdded) }
            if let author = c.actor.memberID, acc[author] != nil {
                if c.isOnBehalf { acc[author]!.onBehalf.append((c.id, who(c.committer))) }
                if c.signature != nil { acc[author]!.signed.append(c.id) }
            }
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
                team[.contentLines, default: 0] += contentAdded
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
                a.values[.contentLines, default: 0] += contentAdded
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
                // A review: the reviewer is neither an assignee nor the creator of the item; their own
                // items are self-reviews, shown apart.
                func review(_ kind: Notable.Kind) {
                    let others = ids.filter { !ownWork($0, e.item) }
                    let selves = ids.filter { ownWork($0, e.item) }
                    if !others.isEmpty { team[.reviews, default: 0] += 1 }
                    if !selves.isEmpty { team[.selfReviews, default: 0] += 1 }
                    for id in others { acc[id]!.values[.reviews, default: 0] += 1 }
                    for id in selves { acc[id]!.values[.selfReviews, default: 0] += 1 }
                    count(.reviews, others, item: e.item)
                    count(.selfReviews, selves, item: e.item)
                    note(others, n(kind))
                }
                switch e.kind {
                case .taskCreated:
                    if fromTemplate { templateItems += 1; break }
                    teamCreated.insert(e.item)
                    for id in ids { acc[id]!.created.insert(e.item) }
                    count(.tasksCreated, ids, item: e.item)
                    note(ids, n(.taskCreated))
                case .taskDone:
                    teamDone.insert(e.item)
                    for id in ids {
                        acc[id]!.closed.insert(e.item)
                        week.tasksDone[id, default: 0] += 1
                    }
                    count(.tasksClosed, ids, item: e.item)
                    var owners: [String] = []
                    for m in assignees[e.item] ?? [] {
                        if let id = settings.member(m)?.id, acc[id] != nil, !owners.contains(id) {
                            owners.append(id)
                            acc[id]!.done.insert(e.item)
                        }
                    }
                    count(.tasksDone, owners, item: e.item)
                    // The work is the assignees'; the member who clicked is credited only for an unassigned task.
                    note(owners.isEmpty ? ids : owners, n(.taskDone))
                case .taskMoved(let from, let to):
                    if reviews.contains(from) && !reviews.contains(to) { review(.taskReviewed(from: from, to: to)) }
                case .documentStatus(_, let to):
                    if isValidated(to) { review(.documentValidated(status: to)) }
                case .documentCreated, .documentEdited, .specCreated, .specEdited:
                    let created: Bool
                    switch e.kind { case .documentCreated, .specCreated: created = true; default: created = false }
                    if created && fromTemplate { templateItems += 1; break }
                    teamDocs.insert(e.item)
                    for id in ids { acc[id]!.documents.insert(e.item) }
                    count(.documents, ids, item: e.item)
                    if case .documentCreated = e.kind { note(ids, n(.documentCreated)) }
                    if case .specCreated = e.kind { note(ids, n(.specWritten)) }
                case .minutesCreated, .minutesEdited:
                    if case .minutesCreated = e.kind, fromTemplate { templateItems += 1; break }
                    teamMinutes.insert(e.item)
                    for id in ids { acc[id]!.minutes.insert(e.item) }
                    count(.minutes, ids, item: e.item)
                    if case .minutesCreated = e.kind { note(ids, n(.minutesWritten)) }
                case .commentAdded:
                    team[.comments, default: 0] += 1
                    for id in ids { acc[id]!.values[.comments, default: 0] += 1 }
                    count(.comments, ids, item: e.item)
                case .milestoneCreated:
                    if fromTemplate { templateItems += 1; break }
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
                row.notableOmitted = notable.count - limit
                notable = ranked.prefix(limit).sorted { $0.offset < $1.offset }.map(\.element)
            }
            row.notable = notable
            row.counted = a.counted
            row.onBehalf = a.onBehalf
            row.signed = a.signed
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
        var report = ContributionReport(boardName: settings.name, head: history.head, from: filter.from, to: filter.to, members: rows, team: team,
                                        teamLines: teamLines, weeks: weekList, unmatched: outsiders, excludedGlobs: filter.excludedGlobs,
                                        survivingTotal: filter.survivingTotal, focus: filter.member)
        report.boundaries = history.boundaries.map { ($0.id, $0.authorDate) }
        let unreadable = history.unreadable
        report.unreadableFiles = unreadable.files
        report.unreadableCommits = unreadable.commits
        report.survivingUnreadableFiles = filter.survivingUnreadableFiles
        report.survivingUnattributedLines = filter.survivingUnattributedLines
        report.templateItems = templateItems
        let spent = board.spentHoursByMember(from: filter.from, to: filter.to)
        report.members = report.members.map { row in
            var row = row
            row.spentHours = spent[row.id]
            return row
        }
        return report
    }
}

extension ContributionReport.Metric {
    /// The figure whose counted events prove this one: active days and weeks come from the
    /// commits; files touched and lines removed from the commits with counted lines.
    public var evidenceSource: ContributionReport.Metric {
        switch self {
        case .activeDays, .activeWeeks: return .commits
        case .filesTouched, .linesAdded, .linesRemoved: return .linesAdded
        default: return self
        }
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
