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
        /// Every counted fact, oldest first. Made with their titles when first asked for: a JSON
        /// export reads only their figures and commits (`evidence(of:)`), the text views none.
        public var counted: [CountedEvent] {
            get { facts.events }
            set { facts = CountedFacts(newValue) }
        }
        var facts = CountedFacts([])
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

        /// `evidence(_:)` of each of `metrics`, in one pass over the counted facts. A commit's
        /// facts are counted together (`ContributionTally` adds one commit at a time, each commit
        /// of the history once), so a commit seen again is the one just listed: comparing with
        /// the last one listed is enough, where a set of every commit hashed each one (most of a
        /// JSON export on a long history).
        public func evidence(of metrics: [Metric]) -> [Metric: [String]] {
            let sources = Set(metrics.map(\.evidenceSource))
            var lists: [Metric: [String]] = [:]
            var counts = [Int](repeating: 0, count: Metric.allCases.count)
            facts.forEach { metric, _ in counts[metric.ordinal] += 1 }
            var slots = [[String]](repeating: [], count: Metric.allCases.count)
            for m in sources { slots[m.ordinal].reserveCapacity(counts[m.ordinal]) }
            let wanted = Metric.allCases.map { sources.contains($0) }
            facts.forEach { metric, commit in
                let k = metric.ordinal
                guard wanted[k] else { return }
                if let last = slots[k].last, last == commit { return }
                slots[k].append(commit)
            }
            for m in Metric.allCases where sources.contains(m) && counts[m.ordinal] > 0 { lists[m] = slots[m.ordinal] }
            return Dictionary(uniqueKeysWithValues: metrics.map { ($0, lists[$0.evidenceSource] ?? []) })
        }
    }

    /// A member's counted facts: given as they are, or kept as the tally counted them (without
    /// titles) and made into `CountedEvent`s, titled, only when someone asks for them.
    final class CountedFacts: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [CountedEvent]?
        private let raw: [ContributionTally.Counted]
        private let titles: [String: String]

        init(_ events: [CountedEvent]) {
            made = events
            raw = []
            titles = [:]
        }

        init(counted: [ContributionTally.Counted], titles: [String: String]) {
            raw = counted
            self.titles = titles
        }

        var events: [CountedEvent] {
            lock.withLock {
                if let made { return made }
                let titles = self.titles
                let events = raw.map {
                    CountedEvent(metric: $0.metric, commit: $0.commit, date: $0.date, dayOffsetMinutes: $0.dayOffsetMinutes,
                                 item: $0.item, title: titles[$0.item], amount: $0.amount)
                }
                made = events
                return events
            }
        }

        /// Each fact's figure and commit, oldest first, without making the events.
        func forEach(_ body: (Metric, String) -> Void) {
            if let made = lock.withLock({ made }) {
                for e in made { body(e.metric, e.commit) }
            } else {
                for c in raw { body(c.metric, c.commit) }
            }
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
        var tally = ContributionTally(settings: board.settings, from: filter.from, to: filter.to)
        tally.add(history)
        return tally.report(board: board, filter: filter)
    }
}

extension ContributionReport.Metric {
    /// The metric's place in `allCases`, without searching it.
    var ordinal: Int {
        switch self {
        case .commits: return 0
        case .activeDays: return 1
        case .activeWeeks: return 2
        case .tasksCreated: return 3
        case .tasksDone: return 4
        case .tasksClosed: return 5
        case .reviews: return 6
        case .selfReviews: return 7
        case .documents: return 8
        case .minutes: return 9
        case .comments: return 10
        case .filesTouched: return 11
        case .linesAdded: return 12
        case .linesRemoved: return 13
        case .contentLines: return 14
        case .survivingLines: return 15
        }
    }

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
