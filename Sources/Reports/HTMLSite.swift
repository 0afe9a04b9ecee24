import BoardCore
import Planning

/// The static report site of `jalon export html --out DIR`: an index and one self-contained
/// page per report, linked by a navigation bar. Pages share nothing but links, so any one of
/// them can be mailed or printed alone.
public enum HTMLSite {
    public struct Page: Sendable {
        public let file: String
        public let html: String
    }

    /// `contributions` is the contribution report's own self-contained page (charts included),
    /// when the board's history gives one; the page is left out otherwise.
    public static func pages(board: Board, status: StatusReport, bilan: BilanReport?, schedule: Schedule, baseline: Schedule?,
                             contributions: String?, today: Day, language L: Language) -> [Page] {
        var entries: [(file: String, label: String, hint: String)] = [("board.html", Catalog.siteBoard(L), Catalog.siteBoardHint(L)),
                                                                      ("status.html", Catalog.siteStatus(L), Catalog.siteStatusHint(L)),
                                                                      ("gantt.html", Catalog.siteGantt(L), Catalog.siteGanttHint(L))]
        if bilan != nil { entries.append(("bilan.html", Catalog.siteBilan(L), Catalog.siteBilanHint(L))) }
        if contributions != nil { entries.append(("contributions.html", Catalog.siteContributions(L), Catalog.siteContributionsHint(L))) }
        let navigation = [("index.html", Catalog.siteIndex(L))] + entries.map { ($0.file, $0.label) }

        var pages: [Page] = []
        var index = "<header>\n<h1>\(HTML.escape(Catalog.siteTitle(board.settings.name)(L)))</h1>\n"
        index += "<p class=\"subtitle\">\(HTML.escape(Catalog.siteGenerated(today.formatted(L), status.head.map { String($0.prefix(10)) } ?? "—")(L)))</p>\n</header>\n"
        index += "<ul class=\"cards\">\n"
        for e in entries { index += "<li><a href=\"\(e.file)\">\(HTML.escape(e.label))</a><br><span class=\"muted\">\(HTML.escape(e.hint))</span></li>\n" }
        index += "</ul>\n"
        index += HTML.html(.table(StatusReport.milestoneTable(status.milestones, language: L)), language: L)
        pages.append(Page(file: "index.html", html: HTML.page(title: Catalog.siteTitle(board.settings.name)(L), language: L, body: index, navigation: navigation)))
        pages.append(Page(file: "board.html", html: HTML.render(boardDocument(board: board, schedule: schedule, today: today, language: L), navigation: navigation)))
        pages.append(Page(file: "status.html", html: HTML.render(status.document(language: L), navigation: navigation)))
        pages.append(Page(file: "gantt.html", html: HTML.render(ganttDocument(board: board, schedule: schedule, baseline: baseline, today: today, language: L), navigation: navigation)))
        if let bilan { pages.append(Page(file: "bilan.html", html: HTML.render(bilan.document(language: L), navigation: navigation))) }
        if let contributions { pages.append(Page(file: "contributions.html", html: contributions)) }
        return pages
    }

    /// The board page: the kanban `jalon board` prints, its late marks from the site's forecast.
    public static func boardDocument(board: Board, schedule: Schedule, today: Day, language L: Language) -> ReportDocument {
        let kanban = BoardText.kanbanDocument(board, language: L, today: today, late: Lateness(schedule))
        return ReportDocument(title: Catalog.boardPageTitle(board.settings.name)(L), language: L, sections: kanban.sections)
    }

    /// The plan page: the Gantt chart (baseline bars when there is one) and the schedule table.
    public static func ganttDocument(board: Board, schedule: Schedule, baseline: Schedule?, today: Day, language L: Language) -> ReportDocument {
        var table = ReportTable(columns: [
            .init(Catalog.columnID(L)), .init(Catalog.columnTitle(L), flexible: true, minWidth: 10), .init(Catalog.columnAssignees(L)),
            .init(Catalog.columnStart(L)), .init(Catalog.columnEnd(L)), .init(Catalog.columnSlack(L), alignment: .right), .init(Catalog.columnProgress(L), alignment: .right),
        ], emptyText: Catalog.noTasks(L))
        for i in schedule.items.sorted(by: { ($0.start, $0.isMilestone ? 1 : 0, $0.id) < ($1.start, $1.isMilestone ? 1 : 0, $1.id) }) {
            table.rows.append([
                ReportTable.Cell(i.id.description, tone: i.late ? .alert : (i.critical ? .strong : .accent)),
                ReportTable.Cell((i.isMilestone ? "◆ " : "") + i.title, tone: i.isMilestone ? .strong : .plain),
                ReportTable.Cell(i.assignees.joined(separator: ", ")),
                StatusReport.dateCell(i.start, L), StatusReport.dateCell(i.end, L),
                ReportTable.Cell(Catalog.workingDays(i.slack)(L), tone: i.slack == 0 && !i.done ? .alert : .plain, raw: String(i.slack)),
                ReportTable.Cell(i.isMilestone ? "—" : Catalog.percent(i.done ? 100 : i.progress)(L), tone: i.done ? .good : .plain, raw: String(i.done ? 100 : i.progress)),
            ])
        }
        let chain = schedule.criticalPath.map(\.description).joined(separator: " → ")
        return ReportDocument(title: Catalog.ganttPageTitle(board.settings.name)(L), language: L,
                              facts: [ReportFact(Catalog.columnStart(L), schedule.start.formatted(L)), ReportFact(Catalog.columnEnd(L), schedule.end.formatted(L)),
                                      ReportFact(Catalog.ganttCritical(L), chain.isEmpty ? "—" : chain)],
                              sections: [ReportSection(Catalog.trGanttTitle(L), blocks: [.chart(.gantt(ReportGantt.of(schedule, baseline: baseline, board: board, today: today, language: L)))]),
                                         ReportSection(Catalog.ganttTable(L), blocks: [.table(table)])])
    }
}
