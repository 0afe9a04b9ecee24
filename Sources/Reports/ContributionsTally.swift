import BoardCore
import Foundation

/// The running totals behind a `ContributionReport`: every commit of the history added once,
/// oldest first, then `report(board:filter:)` turns them into the report. Kept apart from the
/// report so that the totals at a head commit can be saved (`encoded()`) and a later run only
/// adds the commits made since (`add(_:)` with the newer part of the history). What the totals
/// depend on besides the commits — the team, the statuses, the period — is `fingerprint`; titles,
/// the member asked for, the notable limit and `--surviving` only matter to `report`.
public struct ContributionTally {
    typealias Metric = ContributionReport.Metric
    typealias LineCount = ContributionReport.LineCount
    typealias Notable = ContributionReport.Notable
    typealias Week = ContributionReport.Week

    /// One counted fact without its title (titles are the current board's, looked up by `report`).
    struct Counted {
        var metric: Metric
        var commit: String
        var date: Date
        var dayOffsetMinutes: Int
        var item: String
        var amount: Int?
    }

    /// One member's totals: updated in place for every commit, never copied.
    final class Member {
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
        /// Without titles, like `counted`.
        var notable: [Notable] = []
        var big: [Notable] = []
        var first: Date?
        var last: Date?
        var counted: [Counted] = []
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

    let settings: BoardSettings
    let reviews: Set<String>
    public let from: Day?
    public let to: Day?

    var acc: [String: Member] = [:]
    var team: [Metric: Int] = [:]
    var teamLines: [FileKind: LineCount] = [:]
    var teamDays: Set<Day> = [], teamWeeks: Set<Day> = [], teamFiles: Set<String> = []
    var teamCreated: Set<String> = [], teamDone: Set<String> = [], teamDocs: Set<String> = [], teamMinutes: Set<String> = []
    var weeks: [Day: Week] = [:]
    var unmatched: [String: ContributionReport.Unmatched] = [:]
    var assignees: [String: [String]] = [:]
    /// Who created each item (member ids), for telling reviews from self-reviews.
    var creators: [String: [String]] = [:]
    var templateItems = 0
    /// The head commit of the history added so far.
    public internal(set) var head: String?
    /// Newest first, as `History.boundaries`.
    var boundaries: [(commit: String, date: Date)] = []
    var unreadableFiles = 0
    /// Newest first, as `History.unreadable`.
    var unreadableCommits: [String] = []

    public init(settings: BoardSettings, from: Day?, to: Day?) {
        self.settings = settings
        reviews = ContributionReport.reviewStatuses(settings.statuses)
        self.from = from
        self.to = to
        for m in settings.members { acc[m.id] = Member() }
    }

    /// What the totals depend on besides the commits: a saved tally is only taken up again by a
    /// run whose fingerprint is the same.
    public static func fingerprint(settings: BoardSettings, from: Day?, to: Day?) -> String {
        var parts = ["tally 1", from?.iso ?? "-", to?.iso ?? "-", settings.statuses.joined(separator: "\u{1}")]
        for m in settings.members { parts.append([m.id, m.code, m.name, m.emails.joined(separator: "\u{2}")].joined(separator: "\u{1}")) }
        return parts.joined(separator: "\n")
    }

    /// Adds the commits of `history` (newest first) that are newer than the ones added so far:
    /// either the whole history, or the part of it made since `head` (commits that all descend
    /// from it, so that they come before every commit already added).
    public mutating func add(_ history: History) {
        for c in history.commits.reversed() { add(c) }
        head = history.head
        boundaries = history.boundaries.map { ($0.id, $0.authorDate) } + boundaries
        let unreadable = history.unreadable
        unreadableFiles += unreadable.files
        unreadableCommits = unreadable.commits + unreadableCommits
    }

    func inRange(_ d: Day) -> Bool { (from.map { d >= $0 } ?? true) && (to.map { d <= $0 } ?? true) }

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

    private mutating func add(_ c: HistoryCommit) {
        let settings = self.settings
        let acc = self.acc
        let day = ContributionReport.day(c.authorDate, offset: c.authorOffsetMinutes)
        let included = inRange(day)
        let ids = memberIDs(c)
        func note(_ ids: [String], _ n: Notable) { for id in ids { acc[id]!.notable.append(n) } }
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
        guard included else { return }
        func count(_ metric: Metric, _ members: [String], item: String, amount: Int? = nil) {
            let event = Counted(metric: metric, commit: c.id, date: c.authorDate, dayOffsetMinutes: c.authorOffsetMinutes, item: item, amount: amount)
            for id in members { acc[id]?.counted.append(event) }
        }
        let assignees = self.assignees
        let creators = self.creators
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
            var u = unmatched[key] ?? ContributionReport.Unmatched(name: name, email: email)
            if index == 0 { u.commits += 1 } else { u.coAuthored += 1 }
            u.linesAdded += added
            u.linesRemoved += removed
            u.first = min(u.first ?? c.authorDate, c.authorDate)
            u.last = max(u.last ?? c.authorDate, c.authorDate)
            if u.sampleCommit == nil || index == 0 && u.commits == 1 { u.sampleCommit = c.id }
            unmatched[key] = u
        }
        let monday = ContributionReport.monday(day)
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
            let n = { (kind: Notable.Kind) in Notable(date: c.authorDate, dayOffsetMinutes: c.authorOffsetMinutes, commit: c.id, kind: kind, item: e.item, title: nil) }
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
                if ContributionReport.isValidated(to) { review(.documentValidated(status: to)) }
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

    /// The report of the commits added so far, with the current board's titles and time log.
    public func report(board: Board, filter: ContributionFilter) -> ContributionReport {
        let settings = self.settings
        let titles: [String: String] = Dictionary(board.tasks.map { ($0.id.description, $0.title) } + board.milestones.map { ($0.id.description, $0.title) },
                                                  uniquingKeysWith: { a, _ in a })
        func titled(_ n: Notable) -> Notable {
            if case .largeCommit = n.kind { return n }
            return Notable(date: n.date, dayOffsetMinutes: n.dayOffsetMinutes, commit: n.commit, kind: n.kind, item: n.item, title: titles[n.item])
        }
        var team = self.team
        team[.activeDays] = teamDays.count
        team[.activeWeeks] = teamWeeks.count
        team[.filesTouched] = teamFiles.count
        team[.tasksCreated] = teamCreated.count
        team[.tasksDone] = teamDone.count
        team[.tasksClosed] = teamDone.count
        team[.documents] = teamDocs.count
        team[.minutes] = teamMinutes.count
        if let total = filter.survivingTotal { team[.survivingLines] = total }

        var rows: [ContributionReport.MemberRow] = []
        for m in settings.members {
            if let focus = filter.member, focus.lowercased() != m.id.lowercased() { continue }
            let a = acc[m.id]!
            var row = ContributionReport.MemberRow(id: m.id, name: m.name, role: m.role, contributor: .member(m.id))
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
            row.notable = notable.map(titled)
            row.facts = ContributionReport.CountedFacts(counted: a.counted, titles: titles)
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
        var report = ContributionReport(boardName: settings.name, head: head, from: filter.from, to: filter.to, members: rows, team: team,
                                        teamLines: teamLines, weeks: weekList, unmatched: outsiders, excludedGlobs: filter.excludedGlobs,
                                        survivingTotal: filter.survivingTotal, focus: filter.member)
        report.boundaries = boundaries
        report.unreadableFiles = unreadableFiles
        report.unreadableCommits = unreadableCommits
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

// MARK: Saving and reading back

extension ContributionTally {
    /// The totals as bytes (strings once each in a table, then the values), for a cache file.
    public func encoded() -> [UInt8] {
        var w = TallyWriter()
        w.string(head)
        w.int(templateItems)
        w.int(unreadableFiles)
        w.list(boundaries) { w, b in w.string(b.commit); w.date(b.date) }
        w.strings(unreadableCommits)
        w.metrics(team)
        w.lines(teamLines)
        w.days(teamDays)
        w.days(teamWeeks)
        for set in [teamFiles, teamCreated, teamDone, teamDocs, teamMinutes] { w.strings(Array(set)) }
        w.list(Array(weeks.values)) { w, week in
            w.int(week.start.ordinal)
            for counts in [week.commits, week.events, week.tasksDone] { w.list(Array(counts)) { w, e in w.string(e.key); w.int(e.value) } }
            w.int(week.outsiderCommits)
        }
        w.list(Array(unmatched)) { w, e in
            let u = e.value
            w.string(e.key); w.string(u.name); w.string(u.email)
            for n in [u.commits, u.coAuthored, u.linesAdded, u.linesRemoved] { w.int(n) }
            w.date(u.first); w.date(u.last); w.string(u.sampleCommit)
        }
        for map in [assignees, creators] { w.list(Array(map)) { w, e in w.string(e.key); w.strings(e.value) } }
        w.list(settings.members.map(\.id)) { w, id in
            let a = acc[id]!
            w.string(id)
            w.metrics(a.values)
            w.lines(a.lines)
            w.days(a.days)
            w.days(a.weeks)
            for set in [a.files, a.created, a.done, a.closed, a.documents, a.minutes] { w.strings(Array(set)) }
            for list in [a.notable, a.big] { w.list(list) { w, n in w.notable(n) } }
            w.date(a.first); w.date(a.last)
            w.list(a.counted) { w, c in
                w.byte(UInt8(Metric.allCases.firstIndex(of: c.metric)!))
                w.string(c.commit); w.date(c.date); w.int(c.dayOffsetMinutes); w.string(c.item)
                if let amount = c.amount { w.byte(1); w.int(amount) } else { w.byte(0) }
            }
            w.list(a.onBehalf) { w, o in w.string(o.commit); w.string(o.committer) }
            w.strings(a.signed)
        }
        return w.finished()
    }

    /// The totals `encoded()` wrote, for a board of these settings; nil when the bytes are not
    /// such totals (damaged, another version, another team).
    public init?(decoding bytes: [UInt8], settings: BoardSettings, from: Day?, to: Day?) {
        self.init(settings: settings, from: from, to: to)
        guard var r = TallyReader(bytes) else { return nil }
        guard let head = r.optionalString(), let templateItems = r.int(), let unreadableFiles = r.int(),
              let boundaries = r.list({ r -> (commit: String, date: Date)? in
                  guard let c = r.string(), let d = r.date() else { return nil }
                  return (c, d)
              }),
              let unreadableCommits = r.strings(), let team = r.metrics(), let teamLines = r.lines(),
              let teamDays = r.days(), let teamWeeks = r.days() else { return nil }
        self.head = head
        self.templateItems = templateItems
        self.unreadableFiles = unreadableFiles
        self.boundaries = boundaries
        self.unreadableCommits = unreadableCommits
        self.team = team
        self.teamLines = teamLines
        self.teamDays = teamDays
        self.teamWeeks = teamWeeks
        var sets: [Set<String>] = []
        for _ in 0..<5 { guard let s = r.strings() else { return nil }; sets.append(Set(s)) }
        (teamFiles, teamCreated, teamDone, teamDocs, teamMinutes) = (sets[0], sets[1], sets[2], sets[3], sets[4])
        guard let weekList = r.list({ r -> Week? in
            guard let start = r.int() else { return nil }
            var week = Week(start: Day(ordinal: start))
            var maps: [[String: Int]] = []
            for _ in 0..<3 {
                guard let pairs = r.list({ r -> (String, Int)? in
                    guard let k = r.string(), let v = r.int() else { return nil }
                    return (k, v)
                }) else { return nil }
                maps.append(Dictionary(pairs, uniquingKeysWith: { a, _ in a }))
            }
            guard let outsiders = r.int() else { return nil }
            (week.commits, week.events, week.tasksDone, week.outsiderCommits) = (maps[0], maps[1], maps[2], outsiders)
            return week
        }) else { return nil }
        for week in weekList { weeks[week.start] = week }
        guard let outsiders = r.list({ r -> (String, ContributionReport.Unmatched)? in
            guard let key = r.string(), let name = r.string(), let email = r.string(),
                  let commits = r.int(), let coAuthored = r.int(), let added = r.int(), let removed = r.int(),
                  let first = r.optionalDate(), let last = r.optionalDate(), let sample = r.optionalString() else { return nil }
            var u = ContributionReport.Unmatched(name: name, email: email)
            (u.commits, u.coAuthored, u.linesAdded, u.linesRemoved, u.first, u.last, u.sampleCommit) = (commits, coAuthored, added, removed, first, last, sample)
            return (key, u)
        }) else { return nil }
        unmatched = Dictionary(outsiders, uniquingKeysWith: { a, _ in a })
        var maps: [[String: [String]]] = []
        for _ in 0..<2 {
            guard let pairs = r.list({ r -> (String, [String])? in
                guard let k = r.string(), let v = r.strings() else { return nil }
                return (k, v)
            }) else { return nil }
            maps.append(Dictionary(pairs, uniquingKeysWith: { a, _ in a }))
        }
        (assignees, creators) = (maps[0], maps[1])
        let acc = self.acc
        guard let ids = r.list({ r -> String? in
            guard let id = r.string(), let a = acc[id], let values = r.metrics(), let lines = r.lines(),
                  let days = r.days(), let weeks = r.days() else { return nil }
            (a.values, a.lines, a.days, a.weeks) = (values, lines, days, weeks)
            var sets: [Set<String>] = []
            for _ in 0..<6 { guard let s = r.strings() else { return nil }; sets.append(Set(s)) }
            (a.files, a.created, a.done, a.closed, a.documents, a.minutes) = (sets[0], sets[1], sets[2], sets[3], sets[4], sets[5])
            guard let notable = r.list({ $0.notable() }), let big = r.list({ $0.notable() }),
                  let first = r.optionalDate(), let last = r.optionalDate(),
                  let counted = r.list({ r -> Counted? in
                      guard let m = r.byte(), Int(m) < Metric.allCases.count, let commit = r.string(), let date = r.date(),
                            let offset = r.int(), let item = r.string(), let flag = r.byte() else { return nil }
                      var amount: Int?
                      if flag == 1 { guard let n = r.int() else { return nil }; amount = n } else if flag != 0 { return nil }
                      return Counted(metric: Metric.allCases[Int(m)], commit: commit, date: date, dayOffsetMinutes: offset, item: item, amount: amount)
                  }),
                  let onBehalf = r.list({ r -> (commit: String, committer: String)? in
                      guard let c = r.string(), let by = r.string() else { return nil }
                      return (c, by)
                  }),
                  let signed = r.strings() else { return nil }
            (a.notable, a.big, a.first, a.last, a.counted, a.onBehalf, a.signed) = (notable, big, first, last, counted, onBehalf, signed)
            return id
        }), ids == settings.members.map(\.id), r.atEnd else { return nil }
    }
}

/// Writes a tally: a body of varints and string indexes, then `finished()` puts the string
/// table first.
private struct TallyWriter {
    var body = ByteWriter()
    var index: [String: Int] = [:]
    var table: [String] = []

    mutating func byte(_ b: UInt8) { body.byte(b) }
    mutating func int(_ n: Int) { body.zigzag(Int64(n)) }

    mutating func string(_ s: String) {
        if let i = index[s] { body.varint(UInt64(i)); return }
        index[s] = table.count
        body.varint(UInt64(table.count))
        table.append(s)
    }

    /// An optional string: 0 for nil, else its index plus one.
    mutating func string(_ s: String?) {
        guard let s else { body.varint(0); return }
        if let i = index[s] { body.varint(UInt64(i + 1)); return }
        index[s] = table.count
        body.varint(UInt64(table.count + 1))
        table.append(s)
    }

    mutating func date(_ d: Date) { body.u64(d.timeIntervalSince1970.bitPattern) }
    mutating func date(_ d: Date?) {
        guard let d else { body.byte(0); return }
        body.byte(1)
        date(d)
    }

    mutating func list<T>(_ items: [T], _ each: (inout TallyWriter, T) -> Void) {
        body.varint(UInt64(items.count))
        for item in items { each(&self, item) }
    }

    mutating func strings(_ items: [String]) { list(items) { w, s in w.string(s) } }
    mutating func days(_ days: Set<Day>) { list(Array(days)) { w, d in w.int(d.ordinal) } }

    mutating func metrics(_ values: [ContributionReport.Metric: Int]) {
        list(Array(values)) { w, e in w.byte(UInt8(ContributionReport.Metric.allCases.firstIndex(of: e.key)!)); w.int(e.value) }
    }

    mutating func lines(_ lines: [FileKind: ContributionReport.LineCount]) {
        list(Array(lines)) { w, e in
            w.byte(UInt8(FileKind.allCases.firstIndex(of: e.key)!))
            w.int(e.value.added); w.int(e.value.removed); w.int(e.value.files)
        }
    }

    mutating func notable(_ n: ContributionReport.Notable) {
        date(n.date); int(n.dayOffsetMinutes); string(n.commit); string(n.item)
        switch n.kind {
        case .taskCreated: byte(0)
        case .taskDone: byte(1)
        case .taskReviewed(let from, let to): byte(2); string(from); string(to)
        case .milestoneCreated: byte(3)
        case .specWritten: byte(4)
        case .documentCreated: byte(5)
        case .documentValidated(let status): byte(6); string(status)
        case .minutesWritten: byte(7)
        case .largeCommit(let files, let lines): byte(8); int(files); int(lines)
        }
    }

    func finished() -> [UInt8] {
        var w = ByteWriter()
        w.raw(Array("JALONCT1".utf8))
        w.stringTable(table)
        w.raw(body.bytes)
        return w.bytes
    }
}

/// Reads what `TallyWriter` wrote; every read is checked, so damaged bytes give nil.
private struct TallyReader {
    var r: ByteReader
    let table: [String]

    init?(_ bytes: [UInt8]) {
        var r = ByteReader(bytes)
        guard r.bytes(8) == Array("JALONCT1".utf8), let table = r.stringTable() else { return nil }
        self.r = r
        self.table = table
    }

    var atEnd: Bool { r.atEnd }
    mutating func byte() -> UInt8? { r.byte() }
    mutating func int() -> Int? { r.zigzag().map { Int(truncatingIfNeeded: $0) } }

    mutating func string() -> String? {
        guard let i = r.varint(), i < UInt64(table.count) else { return nil }
        return table[Int(i)]
    }

    /// `.some(nil)` for a nil string, nil when the bytes are wrong.
    mutating func optionalString() -> String?? {
        guard let i = r.varint(), i <= UInt64(table.count) else { return nil }
        return .some(i == 0 ? nil : table[Int(i - 1)])
    }

    mutating func date() -> Date? { r.u64().map { Date(timeIntervalSince1970: Double(bitPattern: $0)) } }

    mutating func optionalDate() -> Date?? {
        switch r.byte() {
        case 0?: return .some(nil)
        case 1?: return date().map { .some($0) }
        default: return nil
        }
    }

    mutating func list<T>(_ each: (inout TallyReader) -> T?) -> [T]? {
        guard let n = r.varint(), n <= UInt64(r.data.count) else { return nil }
        var out: [T] = []
        out.reserveCapacity(Int(n))
        for _ in 0..<n { guard let item = each(&self) else { return nil }; out.append(item) }
        return out
    }

    mutating func strings() -> [String]? { list { $0.string() } }

    mutating func days() -> Set<Day>? {
        guard let list = list({ $0.int() }) else { return nil }
        return Set(list.map { Day(ordinal: $0) })
    }

    mutating func metrics() -> [ContributionReport.Metric: Int]? {
        guard let pairs = list({ r -> (ContributionReport.Metric, Int)? in
            guard let m = r.byte(), Int(m) < ContributionReport.Metric.allCases.count, let v = r.int() else { return nil }
            return (ContributionReport.Metric.allCases[Int(m)], v)
        }) else { return nil }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    mutating func lines() -> [FileKind: ContributionReport.LineCount]? {
        guard let pairs = list({ r -> (FileKind, ContributionReport.LineCount)? in
            guard let k = r.byte(), Int(k) < FileKind.allCases.count, let a = r.int(), let d = r.int(), let f = r.int() else { return nil }
            return (FileKind.allCases[Int(k)], ContributionReport.LineCount(added: a, removed: d, files: f))
        }) else { return nil }
        return Dictionary(pairs, uniquingKeysWith: { a, _ in a })
    }

    mutating func notable() -> ContributionReport.Notable? {
        guard let date = date(), let offset = int(), let commit = string(), let item = string(), let code = byte() else { return nil }
        let kind: ContributionReport.Notable.Kind
        switch code {
        case 0: kind = .taskCreated
        case 1: kind = .taskDone
        case 2: guard let f = string(), let t = string() else { return nil }; kind = .taskReviewed(from: f, to: t)
        case 3: kind = .milestoneCreated
        case 4: kind = .specWritten
        case 5: kind = .documentCreated
        case 6: guard let s = string() else { return nil }; kind = .documentValidated(status: s)
        case 7: kind = .minutesWritten
        case 8: guard let f = int(), let l = int() else { return nil }; kind = .largeCommit(files: f, lines: l)
        default: return nil
        }
        return ContributionReport.Notable(date: date, dayOffsetMinutes: offset, commit: commit, kind: kind, item: item, title: nil)
    }
}
