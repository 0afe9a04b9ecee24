import BoardCore
import Foundation
import Planning

/// One team of a class, as read: its status input, or why its board could not be read.
public struct ClassTeam: Sendable {
    public enum Outcome: Sendable {
        case board(StatusInput)
        case failed(Text)
    }
    public var name: String
    public var source: String
    public var outcome: Outcome
    /// What the trainer's fetches of the team's remote saw (nil for a local folder).
    public var fetchLog: FetchLog?

    public init(name: String, source: String, outcome: Outcome, fetchLog: FetchLog? = nil) {
        self.name = name
        self.source = source
        self.outcome = outcome
        self.fetchLog = fetchLog
    }
}

/// The trainer's overview of a class (`jalon report class FILE`): one row per team, then a
/// one-page summary per team. A team whose board cannot be read has a row saying why.
public struct ClassOverview: Sendable {
    public struct Row: Sendable {
        public var name: String
        public var source: String
        /// Why the board could not be read, in both languages.
        public var error: Text?
        public var status: StatusReport?
        public var activity: TeamActivity?
        /// The first milestone not reached yet.
        public var nextMilestone: StatusReport.MilestoneLine?
        /// Worst of the next milestone's light and the late tasks.
        public var light: TrafficLight
        public var fetchLog: FetchLog?

        public var inactive: [TeamActivity.Member] { activity?.members.filter(\.inactive) ?? [] }
    }

    public var title: String?
    public var asOf: Day
    public var period: ReportPeriod
    public var rows: [Row]

    public static func build(title: String?, teams: [ClassTeam], asOf: Day, period: ReportPeriod, language: Language) -> ClassOverview {
        let rows = teams.map { team -> Row in
            switch team.outcome {
            case .failed(let error):
                return Row(name: team.name, source: team.source, error: error, status: nil, activity: nil, nextMilestone: nil, light: .none, fetchLog: team.fetchLog)
            case .board(let input):
                let status = StatusReport.build(input, language: language)
                let activity = TeamActivity.compute(history: input.history, board: input.board, asOf: input.asOf)
                let next = status.milestones.first { !$0.done }
                var light = next?.light ?? .green
                if light == .none { light = .green }
                if !status.late.isEmpty && light == .green { light = .amber }
                if status.late.contains(where: { ($0.daysLate ?? 0) > 7 }) { light = .red }
                return Row(name: team.name, source: team.source, error: nil, status: status, activity: activity, nextMilestone: next, light: light, fetchLog: team.fetchLog)
            }
        }
        return ClassOverview(title: title, asOf: asOf, period: period, rows: rows)
    }

    // MARK: Document

    public func document(language L: Language) -> ReportDocument {
        var table = ReportTable(columns: [
            .init(Catalog.classTeam(L), flexible: true, minWidth: 8),
            .init(Catalog.classLight(L)),
            .init(Catalog.columnProgress(L), alignment: .right),
            .init(Catalog.classNextMilestone(L), flexible: true, minWidth: 8, dropRank: 2),
            .init(Catalog.trForecast(L)),
            // Late tasks and last activity are lists and names: they wrap, so the table fits.
            .init(Catalog.classLateTasks(L), flexible: true, minWidth: 6),
            .init(Catalog.trLastActivity(L), flexible: true, minWidth: 8, dropRank: 3),
            .init(Catalog.classBalance(L), flexible: true, minWidth: 8, dropRank: 1),
            .init(Catalog.classInactive(L), flexible: true, minWidth: 6),
        ], emptyText: Catalog.classNoTeams(L))
        for row in rows {
            guard let status = row.status, let activity = row.activity else {
                table.rows.append([ReportTable.Cell(row.name, tone: .strong), ReportTable.Cell(Catalog.classUnreadable(L), tone: .alert, raw: "error"),
                                   ReportTable.Cell("—", tone: .muted, raw: ""), ReportTable.Cell((row.error?(L)) ?? "", tone: .alert),
                                   "", "", "", "", ""])
                continue
            }
            let toneOfLight: Tone = row.light == .red ? .alert : (row.light == .green ? .good : .strong)
            let next = row.nextMilestone
            let nextText = next.map { "\($0.id) \($0.title)" + ($0.planned.map { " (" + $0.formatted(L, short: true) + ")" } ?? "") } ?? Catalog.classAllReached(L)
            let forecast: ReportTable.Cell = next.map { m in
                ReportTable.Cell(m.forecast.formatted(L) + (m.slip.map { $0 != 0 ? " (" + Catalog.signedDays($0)(L) + ")" : "" } ?? ""),
                                 tone: m.light == .red ? .alert : .plain, raw: m.forecast.iso, light: m.light)
            } ?? ReportTable.Cell("—", tone: .muted, raw: "")
            let balance = activity.totalCommits == 0 ? Catalog.classNoActivity(L)
                : activity.members.map { "\($0.member) \(Catalog.percent($0.share)(L))" }.joined(separator: " · ")
            let inactive = row.inactive.map { m in m.member + " (" + (m.idleDays.map { Catalog.trDays($0)(L) } ?? Catalog.classNever(L)) + ")" }
            table.rows.append([
                ReportTable.Cell(row.name, tone: .strong),
                ReportTable.Cell(Catalog.trLightName(row.light)(L), tone: toneOfLight, light: row.light),
                ReportTable.Cell(Catalog.percent(status.progress.percent)(L), raw: String(status.progress.percent)),
                ReportTable.Cell(nextText),
                forecast,
                ReportTable.Cell(status.late.isEmpty ? "0" : "\(status.late.count) (\(status.late.map(\.id).joined(separator: ", ")))", tone: status.late.isEmpty ? .good : .alert, raw: String(status.late.count)),
                ReportTable.Cell(activity.lastActivity.map { $0.formatted(L) + (activity.lastActor.map { " (\($0))" } ?? "") } ?? "—", raw: activity.lastActivity?.iso ?? ""),
                ReportTable.Cell(balance),
                ReportTable.Cell(inactive.isEmpty ? "—" : inactive.joined(separator: ", "), tone: inactive.isEmpty ? .muted : .alert),
            ])
        }
        var sections = [ReportSection(Catalog.classOverviewSection(L), blocks: [
            .table(table), .paragraph(Catalog.classLegend(TeamActivity.inactivityDays)(L), .muted),
            .chart(.bars(ReportBars(title: Catalog.classProgressChart(L), bars: rows.compactMap { row in
                row.status.map { ReportBars.Bar(label: row.name, value: Double($0.progress.percent), reference: 100, valueText: Catalog.percent($0.progress.percent)(L),
                                                tone: row.light == .red ? .alert : (row.light == .amber ? .strong : .good)) }
            }))),
        ], level: 1)]
        for row in rows { sections.append(contentsOf: teamPage(row, L)) }
        let readable = rows.filter { $0.status != nil }.count
        return ReportDocument(title: Catalog.classTitle(title)(L), subtitle: Catalog.classSubtitle(period.label, asOf.formatted(L))(L), language: L,
                              facts: [ReportFact(Catalog.classTeams(L), "\(rows.count)"),
                                      ReportFact(Catalog.classReadable(L), "\(readable)/\(rows.count)", tone: readable == rows.count ? .good : .alert),
                                      ReportFact(Catalog.classRedTeams(L), "\(rows.filter { $0.light == .red }.count)", tone: rows.contains { $0.light == .red } ? .alert : .good)],
                              sections: sections, footer: Catalog.classFooter(asOf.formatted(L))(L))
    }

    /// A team's one-page summary: key facts, milestones, late tasks, members' load and activity.
    func teamPage(_ row: Row, _ L: Language) -> [ReportSection] {
        guard let s = row.status, let activity = row.activity else {
            return [ReportSection(row.name, blocks: [.paragraph(Catalog.classUnreadableLong(row.source)(L), .alert), .paragraph(row.error?(L) ?? "", .plain)], newPage: true, level: 1)]
        }
        var facts = ReportTable(columns: [.init(Catalog.classFact(L)), .init(Catalog.classValue(L), flexible: true, minWidth: 10)], emptyText: "")
        facts.rows = [
            [ReportTable.Cell(Catalog.classSource(L)), ReportTable.Cell(row.source)],
            [ReportTable.Cell(Catalog.trProgress(L)), ReportTable.Cell(Catalog.trProgressValue(s.progress.percent, Catalog.hours(s.progress.doneHours)(L), Catalog.hours(s.progress.plannedHours)(L), s.progress.tasksDone, s.progress.tasksTotal)(L), tone: .strong)],
            [ReportTable.Cell(Catalog.trForecastEnd(L)), ReportTable.Cell(s.projectEnd.formatted(L) + (s.targetEnd.map { " (" + Catalog.trTarget($0.formatted(L))(L) + ")" } ?? ""),
                                                                       tone: s.targetEnd.map { s.projectEnd > $0 ? .alert : .good } ?? .plain, raw: s.projectEnd.iso)],
            [ReportTable.Cell(Catalog.trHeadCommit(L)), ReportTable.Cell(s.head.map { String($0.prefix(10)) } ?? "—")],
        ]
        var members = ReportTable(columns: [
            .init(Catalog.columnMember(L), flexible: true, minWidth: 6), .init(Catalog.trLoadWeek(s.period.label)(L), alignment: .right),
            .init(Catalog.columnOpenTasks(L), alignment: .right), .init(Catalog.columnLate(L), alignment: .right),
            .init(Catalog.classShare(L), alignment: .right), .init(Catalog.trLastActivity(L)),
        ], emptyText: Catalog.noMembers(L))
        for m in s.workload {
            let a = activity.members.first { $0.member == m.member }
            members.rows.append([
                ReportTable.Cell(m.name + ((a?.inactive ?? false) ? " " + Catalog.classInactiveMark(L) : ""), tone: (a?.inactive ?? false) ? .alert : .plain),
                ReportTable.Cell(Catalog.trLoadValue(Catalog.hours(m.hours)(L), Catalog.hours(m.capacity)(L))(L), tone: m.overloaded ? .alert : .plain, raw: StatusReport.decimal(m.hours, L)),
                ReportTable.Cell(String(m.openTasks)), ReportTable.Cell(String(m.lateTasks), tone: m.lateTasks > 0 ? .alert : .plain),
                ReportTable.Cell(Catalog.percent(a?.share ?? 0)(L) + " (\(a?.commits ?? 0))", raw: String(a?.share ?? 0)),
                StatusReport.dateCell(a?.lastActive, L, tone: (a?.inactive ?? false) ? .alert : .plain),
            ])
        }
        return [
            ReportSection(row.name, blocks: [.table(facts)], newPage: true, level: 1),
            ReportSection(Catalog.trMilestones(L), blocks: [.table(StatusReport.milestoneTable(s.milestones, language: L))]),
            ReportSection(Catalog.trLate(L), blocks: [.table(s.taskTable(s.late, kind: .late, language: L))]),
            ReportSection(Catalog.classMembers(L), blocks: [.table(members)]),
        ] + fetchSection(row.fetchLog, L)
    }

    /// What the trainer's own fetches saw (issue: upstream integrity): facts the team's history
    /// cannot rewrite, since they live in the trainer's cache.
    func fetchSection(_ log: FetchLog?, _ L: Language) -> [ReportSection] {
        guard let log, let first = log.fetches.first, let last = log.fetches.last else { return [] }
        let utc = TimeZone(identifier: "UTC")!
        func when(_ d: Date) -> String { DocsText.dateTime(d, L, timeZone: utc) + " UTC" }
        var blocks: [ReportBlock] = [.paragraph(Catalog.classFetches(log.fetches.count, when(first), when(last))(L), .muted)]
        if !log.hasFacts { blocks.append(.paragraph(Catalog.classFetchNothing(L), .good)) }
        if !log.late.isEmpty {
            var table = ReportTable(columns: [.init(Catalog.classFetchCommit(L)), .init(Catalog.classFetchDated(L)), .init(Catalog.classFetchFirstSeen(L)), .init(Catalog.classFetchPrevious(L))], emptyText: "")
            for l in log.late {
                table.rows.append([ReportTable.Cell(String(l.commit.prefix(10))), ReportTable.Cell(when(l.dated)), ReportTable.Cell(when(l.firstSeen)), ReportTable.Cell(when(l.previousFetch))])
            }
            blocks += [.paragraph(Catalog.classFetchLate(log.late.count)(L), .alert), .table(table)]
        }
        for r in log.rewrites {
            blocks.append(.paragraph(Catalog.classFetchRewritten(r.branch, String(r.old.prefix(10)), String(r.new.prefix(10)), when(r.seen))(L), .alert))
        }
        for t in log.tagChanges {
            let text = t.new.map { Catalog.classFetchTagMoved(t.tag, String(t.old.prefix(10)), String($0.prefix(10)), when(t.seen)) }
                ?? Catalog.classFetchTagGone(t.tag, String(t.old.prefix(10)), when(t.seen))
            blocks.append(.paragraph(text(L), .alert))
        }
        blocks.append(.paragraph(Catalog.classFetchLegend(L), .muted))
        return [ReportSection(Catalog.classFetchSection(L), blocks: blocks)]
    }

    // MARK: JSON

    /// `{"title", "asOf", "period", "teams": [{"name", "source", "error", "light", "progress",
    /// "nextMilestone", "late": [id…], "lastActivity", "lastActor", "members": [{"member", "commits",
    /// "share", "lastActive", "idleDays", "inactive"}…], "head"}…]}`.
    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: date)
    }

    public func json() -> String {
        ReportJSON.object([
            "title": .string(title), "asOf": .day(asOf),
            "period": .object(["label": .string(period.label), "from": .day(period.from), "to": .day(period.to)]),
            "teams": .array(rows.map { r -> ReportJSON in
                var o: [String: ReportJSON] = ["name": .string(r.name), "source": .string(r.source), "error": .string(r.error?.en), "light": .string(r.light.rawValue)]
                o["progress"] = .int(r.status?.progress.percent)
                o["head"] = .string(r.status?.head)
                o["projectEnd"] = .day(r.status?.projectEnd)
                o["nextMilestone"] = r.nextMilestone.map { m in
                    .object(["id": .string(m.id), "title": .string(m.title), "planned": .day(m.planned), "forecast": .day(m.forecast), "slip": .int(m.slip), "light": .string(m.light.rawValue)])
                } ?? .null
                o["late"] = .strings(r.status?.late.map(\.id) ?? [])
                o["lastActivity"] = .day(r.activity?.lastActivity)
                o["lastActor"] = .string(r.activity?.lastActor)
                o["fetchLog"] = r.fetchLog.map { log in
                    .object(["fetches": .int(log.fetches.count), "firstFetch": .string(log.fetches.first.map(Self.iso)), "lastFetch": .string(log.fetches.last.map(Self.iso)),
                             "lateCommits": .array(log.late.map { .object(["commit": .string($0.commit), "dated": .string(Self.iso($0.dated)), "firstSeen": .string(Self.iso($0.firstSeen)),
                                                                         "previousFetch": .string(Self.iso($0.previousFetch))]) }),
                             "rewrittenBranches": .array(log.rewrites.map { .object(["branch": .string($0.branch), "old": .string($0.old), "new": .string($0.new), "seen": .string(Self.iso($0.seen))]) }),
                             "tagsChanged": .array(log.tagChanges.map { .object(["tag": .string($0.tag), "old": .string($0.old), "new": .string($0.new), "seen": .string(Self.iso($0.seen))]) })])
                } ?? .null
                o["members"] = .array((r.activity?.members ?? []).map { m in
                    .object(["member": .string(m.member), "commits": .int(m.commits), "share": .int(m.share), "lastActive": .day(m.lastActive),
                             "idleDays": .int(m.idleDays), "inactive": .bool(m.inactive)])
                })
                return .object(o)
            }),
        ]).render()
    }
}
