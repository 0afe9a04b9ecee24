import BoardCore
import Foundation
import Planning
@testable import Reports
import Testing

/// Tests of the planning renderers (Gantt text, Mermaid, schedule JSON, plan, load and
/// comparison tables) on a schedule built by hand, so they do not depend on the Planner.
@Suite struct GanttTests {
    static let today = Day(year: 2026, month: 11, day: 30)!

    static func day(_ iso: String) -> Day { Day.parse(iso)! }
    static func id(_ s: String) -> ItemID { ItemID(s)! }

    static let settings = """
        jalon: 1
        name: Projet Asso
        lang: fr
        branch: main
        statuses: [todo, doing, review, done]
        workdays: [mon, tue, wed, thu, fri]
        members:
          - id: alice
            code: A
            name: Alice Martin
            emails: [alice@example.org]
          - id: bob
            code: B
            name: Bob Nguyễn
            emails: [bob@example.org]
        holidays:
          - from: 2026-12-21
            to: 2027-01-01
            name: Vacances de Noël

        """

    static func taskFile(_ id: String, _ title: String, _ status: String, _ extra: String = "") -> Board.File {
        Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: \(title)\nstatus: \(status)\n\(extra)---\n")
    }

    static func board(lang: String = "fr") -> Board {
        Board.load(settings: settings.replacingOccurrences(of: "lang: fr", with: "lang: \(lang)"), files: [
            taskFile("T-A1", "Rédiger le cahier des charges", "doing", "assignees: [alice, bob]\nmilestone: M-A1\nestimate: 10d\nprogress: 50\n"),
            taskFile("T-A2", "Maquette de la page d’accueil", "todo", "assignees: [alice]\ndue: 2026-11-20\nmilestone: M-B1\n"),
            taskFile("T-B1", "Réunion de lancement", "done", "assignees: [bob]\n"),
            taskFile("T-B2", "\"Site : développement #1; 日本語\"", "todo", "assignees: [bob]\nmilestone: M-B1\n"),
            taskFile("T-B3", "Charte graphique", "todo"),
            Board.File(path: "milestones/M-A1.md", text: "---\nid: M-A1\ntitle: Cahier des charges validé\ndate: 2026-11-13\n---\n"),
            Board.File(path: "milestones/M-B1.md", text: "---\nid: M-B1\ntitle: Mise en ligne\ndate: 2027-01-15\n---\n"),
        ])
    }

    static let holidays = Period(from: day("2026-12-21"), to: day("2027-01-01"), name: "Vacances de Noël")
    static func isWorkingDay(_ d: Day) -> Bool { d.weekday <= 5 && !holidays.contains(d) }
    static func holidayName(_ d: Day) -> String? { holidays.contains(d) ? holidays.name : nil }

    static func item(_ i: String, _ title: String, _ start: String, _ end: String, slack: Int = 0, critical: Bool = false,
                     progress: Int = 0, done: Bool = false, late: Bool = false, assignees: [String] = [], milestone: String? = nil,
                     due: String? = nil) -> ScheduledItem {
        let s = day(start), e = day(end)
        var item = ScheduledItem(id: id(i), title: title, start: s, end: e, lateStart: s.adding(days: slack), lateEnd: e.adding(days: slack),
                                 slack: slack, critical: critical, progress: progress, done: done, actualEnd: done ? e : nil, late: late,
                                 assignees: assignees, milestone: milestone.map(id), due: due.map(day), targetDate: nil,
                                 workingDays: 0, effortHours: nil)
        if late, let due { item.daysLate = e.ordinal - day(due).ordinal }
        return item
    }

    /// A hand-made schedule: a critical 10-working-day task at 50 %, a late task, a done task,
    /// a long task across the Christmas holidays, an unassigned one and two milestones.
    static func schedule() -> Schedule {
        var t = Schedule(items: [
            item("M-A1", "Cahier des charges validé", "2026-11-13", "2026-11-13", critical: true),
            item("M-B1", "Mise en ligne", "2027-01-15", "2027-01-15", critical: true),
            item("T-A1", "Rédiger le cahier des charges", "2026-11-02", "2026-11-13", critical: true, progress: 50,
                 assignees: ["alice", "bob"], milestone: "M-A1"),
            item("T-A2", "Maquette de la page d’accueil", "2026-11-16", "2026-11-27", slack: 5, late: true,
                 assignees: ["alice"], milestone: "M-B1", due: "2026-11-20"),
            item("T-B1", "Réunion de lancement", "2026-11-02", "2026-11-03", slack: 8, progress: 100, done: true, assignees: ["bob"]),
            item("T-B2", "Site : développement #1; 日本語", "2026-11-16", "2027-01-15", critical: true, progress: 20,
                 assignees: ["bob"], milestone: "M-B1"),
            item("T-B3", "Charte graphique", "2026-11-30", "2026-12-04", slack: 20),
        ], start: day("2026-11-02"), end: day("2027-01-15"),
        criticalPath: [id("T-A1"), id("M-A1"), id("T-B2"), id("M-B1")],
        conflicts: [
            .dueBeforeEarliestEnd(task: id("T-A2"), due: day("2026-11-20"), earliestEnd: day("2026-11-27")),
            .overload(member: "bob", week: day("2026-11-02"), hours: 52, capacity: 40),
            .cycle([id("T-A1"), id("T-B3")]),
            .workOnHoliday(task: id("T-B2"), day: day("2026-12-22"), holiday: "Vacances de Noël"),
            .workDuringAbsence(task: id("T-A2"), member: "alice", day: day("2026-11-18"), reason: "PFMP"),
            .milestoneMissed(milestone: id("M-A1"), date: day("2026-11-13"), forecast: day("2026-11-16")),
        ],
        load: [
            WeeklyLoad(member: "alice", week: day("2026-11-02"), hours: 20, capacity: 40),
            WeeklyLoad(member: "bob", week: day("2026-11-02"), hours: 52, capacity: 40),
            WeeklyLoad(member: "alice", week: day("2026-11-09"), hours: 20, capacity: 40),
            WeeklyLoad(member: "bob", week: day("2026-11-09"), hours: 27.5, capacity: 40),
        ],
        moves: [LevelingMove(task: id("T-B3"), fromStart: day("2026-11-23"), toStart: day("2026-11-30"), withinSlack: true)])
        // T-A1 has its first week behind it (the forecast's doneThrough).
        t.items[2].doneThrough = day("2026-11-06")
        return t
    }

    /// The same plan three working days later for T-A1 and M-A1, without T-B3, with a T-X9.
    static func baseline() -> Schedule {
        var s = schedule()
        s.items = s.items.filter { $0.id != id("T-B3") }.map { item in
            var item = item
            if item.id == id("T-A1") { item.start = day("2026-10-28"); item.end = day("2026-11-10") }
            if item.id == id("M-A1") { item.start = day("2026-11-10"); item.end = day("2026-11-10") }
            return item
        }
        s.items.append(item("T-X9", "Ancienne tâche", "2026-11-02", "2026-11-06"))
        return s
    }

    static func gantt(_ options: GanttOptions = GanttOptions(), lang: String = "fr", style: TerminalStyle) -> String {
        GanttText.render(schedule(), board: board(lang: lang), options: options, language: lang == "fr" ? .fr : .en, today: today,
                         style: style, isWorkingDay: isWorkingDay, holidayName: holidayName)
    }

    static func styles(_ width: Int, color: Bool = false) -> [TerminalStyle] {
        [TerminalStyle(unicode: true, color: color, width: width), TerminalStyle(unicode: false, color: color, width: width)]
    }

    static func stripEscapes(_ s: String) -> String {
        s.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    /// Every line fits; ASCII output is pure ASCII; no escapes without colour.
    static func expectFits(_ text: String, _ style: TerminalStyle, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in stripEscapes(text).split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= style.width, "line too wide (\(DisplayWidth.of(String(line))) > \(style.width)): \(line)", sourceLocation: sourceLocation)
        }
        if !style.unicode {
            #expect(text.utf8.allSatisfy { $0 < 128 }, "non-ASCII byte in ASCII output:\n\(text)", sourceLocation: sourceLocation)
        }
        if !style.color {
            #expect(!text.contains("\u{1B}"), "escape without colour", sourceLocation: sourceLocation)
        }
    }

    static func lines(_ text: String, containing needle: String) -> [String] {
        text.split(separator: "\n").map(String.init).filter { $0.contains(needle) }
    }

    /// The chart part of a row (after the label separator).
    static func chart(_ line: String, unicode: Bool) -> String {
        let sep: Character = unicode ? "│" : "|"
        guard let i = line.firstIndex(of: sep) else { return "" }
        return String(line[line.index(after: i)...])
    }

    // MARK: Gantt text

    @Test(arguments: [60, 100, 160])
    func ganttFitsTheWidth(width: Int) {
        for style in Self.styles(width) + Self.styles(width, color: true) {
            for grouping in GanttOptions.Grouping.allCases {
                for scale in [nil] + GanttOptions.Scale.allCases.map(Optional.some) {
                    let options = GanttOptions(scale: scale, grouping: grouping, baseline: Self.baseline(), baselineName: "planning initial")
                    let text = Self.gantt(options, style: style)
                    Self.expectFits(text, style)
                    if style.color { #expect(text.contains("\u{1B}[")) }
                }
            }
        }
    }

    @Test func ganttFitsTinyWidths() {
        for width in [1, 5, 12, 20, 30] {
            for style in Self.styles(width) {
                Self.expectFits(Self.gantt(style: style), style)
                Self.expectFits(Self.gantt(GanttOptions(scale: .day, grouping: .member), style: style), style)
            }
        }
    }

    @Test func scaleFollowsTheWidth() {
        let wide = Self.gantt(style: TerminalStyle(unicode: true, color: false, width: 160))
        let medium = Self.gantt(style: TerminalStyle(unicode: true, color: false, width: 100))
        let narrow = Self.gantt(style: TerminalStyle(unicode: true, color: false, width: 40))
        // Day scale: day numbers of Mondays; week scale: ISO weeks; month scale: month names only.
        #expect(wide.contains("16") && !wide.contains("S47"))
        #expect(medium.contains("S47"))
        #expect(!narrow.contains("S47") && narrow.contains("déc."))
    }

    @Test func monthHeadersInTheBoardLanguage() {
        let style = TerminalStyle(unicode: true, color: false, width: 100)
        let fr = Self.gantt(GanttOptions(scale: .month), style: style)
        #expect(fr.contains("nov.") && fr.contains("déc.") && fr.contains("janv."))
        #expect(fr.contains("2027"))
        let en = Self.gantt(GanttOptions(scale: .month), lang: "en", style: style)
        #expect(en.contains("Nov") && en.contains("Dec") && en.contains("Jan"))
        let weeksEn = Self.gantt(GanttOptions(scale: .week), lang: "en", style: style)
        #expect(weeksEn.contains("W47") && !weeksEn.contains("S47"))
        let ascii = Self.gantt(GanttOptions(scale: .month), style: TerminalStyle(unicode: false, color: false, width: 100))
        #expect(ascii.contains("dec.") && ascii.contains("janv."))
    }

    @Test func milestonesAreDiamonds() {
        let unicode = Self.gantt(style: TerminalStyle(unicode: true, color: false, width: 120))
        #expect(Self.chart(Self.lines(unicode, containing: "M-A1")[0], unicode: true).contains("◆"))
        let ascii = Self.gantt(style: TerminalStyle(unicode: false, color: false, width: 120))
        #expect(Self.chart(Self.lines(ascii, containing: "M-A1")[0], unicode: false).contains("<>"))
    }

    @Test func doneFillFollowsDoneThrough() {
        // T-A1: twelve days, done through Friday 06/11: five filled days, then the rest to do.
        let options = GanttOptions(scale: .day, from: Self.day("2026-11-02"), to: Self.day("2026-11-20"))
        // 19 days on 120 columns: four columns a day.
        let unicode = Self.chart(Self.lines(Self.gantt(options, style: TerminalStyle(unicode: true, color: false, width: 120)), containing: "T-A1")[0], unicode: true)
        #expect(unicode.filter { $0 == "█" }.count == 5 * 4)
        #expect(unicode.filter { $0 == "▒" }.count == 7 * 4)
        #expect(unicode.hasPrefix(String(repeating: "█", count: 20) + String(repeating: "▒", count: 28)))
        let ascii = Self.chart(Self.lines(Self.gantt(options, style: TerminalStyle(unicode: false, color: false, width: 120)), containing: "T-A1")[0], unicode: false)
        #expect(ascii.hasPrefix(String(repeating: "#", count: 20) + String(repeating: "=", count: 28)))
        // A done task is filled whole.
        let done = Self.chart(Self.lines(Self.gantt(options, style: TerminalStyle(unicode: true, color: false, width: 120)), containing: "T-B1")[0], unicode: true)
        #expect(done.hasPrefix("██") && !done.contains("▒"))
    }

    @Test func weekendsHolidaysAndToday() {
        let style = TerminalStyle(unicode: true, color: false, width: 160)
        let text = Self.gantt(GanttOptions(scale: .day), style: style)
        // T-B3 (30/11–04/12) has nothing on the weekend of 14–15/11: shaded.
        let row = Self.chart(Self.lines(text, containing: "T-B3")[0], unicode: true)
        // 160 columns: one a day (75 days, labels up to 48 columns).
        let axis = GanttAxis(from: Self.day("2026-11-02"), to: Self.day("2027-01-15"), scale: .day, available: 100, language: .fr,
                             isWorkingDay: Self.isWorkingDay, holidayName: Self.holidayName)
        let chars = Array(row)
        #expect(chars[axis.dateToColumn(Self.day("2026-11-14"))!] == "░")
        #expect(chars[axis.dateToColumn(Self.day("2026-11-16"))!] == " ")
        #expect(chars[axis.dateToColumn(Self.today)!] == "▒")
        let other = Array(Self.chart(Self.lines(text, containing: "T-A1")[0], unicode: true))
        #expect(other[axis.dateToColumn(Self.today)!] == "│")
        #expect(other[axis.dateToColumn(Self.day("2026-12-23"))!] == "░") // Christmas holidays, a Wednesday
        #expect(text.contains("▼"))
        #expect(text.contains("Vacances de Noël"))
        #expect(text.contains("aujourd’hui (30/11/2026)"))
    }

    /// The done part of a bar sits at the actual dates the forecast gives, not at a share of
    /// the bar: T-A1 (10 d, 20 % done) started on Monday 02/11 and the status date is Monday
    /// 09/11, so its first week (02–08/11) is done, whatever its progress says.
    @Test func donePartAtTheActualDatesOfTheForecast() throws {
        let board = Board.load(settings: Self.settings, files: [
            Self.taskFile("T-A1", "Rédiger le cahier des charges", "doing", "assignees: [alice]\nestimate: 10d\nprogress: 20\n"),
            Self.taskFile("T-A2", "Réunion de lancement", "done", "assignees: [bob]\nestimate: 1d\n"),
        ])
        let statusDate = Self.day("2026-11-09")
        let schedule = Planner.forecast(ForecastInput(board: board, statusDate: statusDate, actuals: [
            Self.id("T-A1"): ActualDates(start: Self.day("2026-11-02")),
            Self.id("T-A2"): ActualDates(start: Self.day("2026-11-03"), end: Self.day("2026-11-04")),
        ]))
        let a1 = try #require(schedule.item(Self.id("T-A1")))
        #expect(a1.start == Self.day("2026-11-02") && a1.remainingStart == statusDate)
        #expect(a1.doneThrough == Self.day("2026-11-08"))
        #expect(schedule.item(Self.id("T-A2"))?.doneThrough == Self.day("2026-11-04"))
        // 60 columns: one a day from 02/11 (labels take at most 24).
        let style = TerminalStyle(unicode: true, color: false, width: 60)
        let text = GanttText.render(schedule, board: board, options: GanttOptions(scale: .day, from: Self.day("2026-11-02"), to: Self.day("2026-11-30")),
                                    language: .fr, today: statusDate, style: style, isWorkingDay: Self.isWorkingDay, holidayName: Self.holidayName)
        let row = Self.chart(Self.lines(text, containing: "T-A1")[0], unicode: true)
        #expect(row.hasPrefix("███████▒"), "\(row)")
        // The done task: drawn on 03/11 and 04/11, whole.
        let done = Self.chart(Self.lines(text, containing: "T-A2")[0], unicode: true)
        #expect(done.hasPrefix(" ██") && !done.contains("▒") && done.filter({ $0 == "█" }).count == 2, "\(done)")
    }

    /// `--width` is used up to the width: a day gets several columns when the width allows,
    /// the today marker stays one column, and every line fits.
    @Test func chartGrowsWithTheWidthTodayOneColumn() {
        for width in [200, 300] {
            let style = TerminalStyle(unicode: true, color: false, width: width)
            let text = Self.gantt(GanttOptions(scale: nil), style: style)
            Self.expectFits(text, style)
            let widest = text.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0
            // 75 days: one column a day would stop at 48 + 1 + 75 = 124.
            #expect(widest > width - 60, "widest line \(widest) at --width \(width)")
            // T-B3's row has no bar on the status date's columns: one │, one ▼ in the header.
            let row = Self.chart(Self.lines(text, containing: "T-A2")[0], unicode: true)
            #expect(row.filter { $0 == "│" }.count == 1, "\(row)")
            #expect(text.filter { $0 == "▼" }.count == 1)
        }
        let axis = GanttAxis(from: Self.day("2026-11-02"), to: Self.day("2026-11-08"), scale: .day, available: 21, language: .fr,
                             isWorkingDay: Self.isWorkingDay, holidayName: Self.holidayName)
        #expect(axis.columnsPerUnit == 3 && axis.columns.count == 21)
        #expect(axis.dateToColumn(Self.day("2026-11-03")) == 3 && axis.lastColumn(of: Self.day("2026-11-03")) == 5)
        #expect(axis.headers[1].map(\.column) == [0])
    }

    /// A month's label is whole or absent: never "f", "jan" or "déc…", at any width or scale.
    @Test(arguments: ["fr", "en"])
    func monthLabelsAreNeverCut(lang: String) {
        let language: Language = lang == "fr" ? .fr : .en
        var whole: Set<String> = ["▼", "v"]
        for m in 1...12 { whole.insert(Catalog.monthShort(m)(language)); whole.insert(ASCIIText.fold(Catalog.monthShort(m)(language))) }
        for y in 2026...2027 { whole.insert("\(y)") }
        for w in 1...53 { whole.insert(Catalog.weekLabel(w)(language)) }
        for d in 1...31 { whole.insert("\(d)") }
        for width in stride(from: 20, through: 200, by: 3) {
            for style in Self.styles(width) {
                for scale in [nil] + GanttOptions.Scale.allCases.map(Optional.some) {
                    let text = Self.stripEscapes(Self.gantt(GanttOptions(scale: scale), lang: lang, style: style))
                    let header = text.split(separator: "\n", omittingEmptySubsequences: false).prefix(2)
                    for line in header {
                        // The today mark ▼ may sit between two labels.
                        for token in Self.chart(String(line), unicode: style.unicode).split(whereSeparator: { $0 == " " || $0 == "▼" }).map(String.init) {
                            #expect(whole.contains(token), "cut header label \"\(token)\" at width \(width), scale \(String(describing: scale)): \(line)")
                        }
                    }
                }
            }
        }
    }

    @Test func criticalAndLateMarks() {
        let text = Self.gantt(style: TerminalStyle(unicode: false, color: false, width: 100))
        #expect(Self.lines(text, containing: "T-A1")[0].hasPrefix("*  T-A1"))
        #expect(Self.lines(text, containing: "T-A2")[0].hasPrefix(" ! T-A2"))
        #expect(Self.lines(text, containing: "T-B3")[0].hasPrefix("   T-B3"))
        #expect(text.contains("* critique") && text.contains("! en retard"))
        let colored = Self.gantt(style: TerminalStyle(unicode: true, color: true, width: 100))
        #expect(Self.lines(colored, containing: "T-A1")[0].contains("\u{1B}[31m"))
    }

    @Test func baselineLineUnderEachTask() {
        let options = GanttOptions(baseline: Self.baseline(), baselineName: "planning initial")
        for style in Self.styles(120) {
            let text = Self.gantt(options, style: style)
            let rows = text.split(separator: "\n").map(String.init)
            let i = rows.firstIndex { $0.contains("T-A1") }!
            #expect(rows[i + 1].contains("planning initial"))
            #expect(Self.chart(rows[i + 1], unicode: style.unicode).contains(style.unicode ? "─" : "-"))
            // T-B3 is not in the baseline: no baseline line under it.
            let j = rows.firstIndex { $0.contains("T-B3") }!
            #expect(!rows[j + 1].contains("planning initial"))
        }
    }

    @Test func groupingByMemberRepeatsSharedTasks() {
        let text = Self.gantt(GanttOptions(grouping: .member), style: TerminalStyle(unicode: true, color: false, width: 120))
        #expect(Self.lines(text, containing: "T-A1").count == 2)
        #expect(text.contains("Alice Martin (alice)") && text.contains("Bob Nguyễn (bob)"))
        #expect(text.contains("Non assignées") && text.contains("Jalons"))
        let rows = text.split(separator: "\n").map(String.init)
        let unassigned = rows.firstIndex { $0.hasPrefix("Non assignées") }!
        #expect(rows[unassigned + 1].contains("T-B3"))
    }

    @Test func groupingByMilestone() {
        let text = Self.gantt(GanttOptions(grouping: .milestone), lang: "en", style: TerminalStyle(unicode: true, color: false, width: 120))
        let rows = text.split(separator: "\n").map(String.init)
        let a1 = rows.firstIndex { $0.contains("M-A1") }!, t1 = rows.firstIndex { $0.contains("T-A1") }!
        let b1 = rows.firstIndex { $0.contains("M-B1") }!, t2 = rows.firstIndex { $0.contains("T-A2") }!
        let none = rows.firstIndex { $0.hasPrefix("No milestone") }!, tb1 = rows.firstIndex { $0.contains("T-B1") }!
        #expect(a1 < t1 && t1 < b1 && b1 < t2 && t2 < none && none < tb1)
    }

    @Test func windowClipsBars() {
        let options = GanttOptions(from: Self.day("2026-12-01"), to: Self.day("2026-12-31"))
        let text = Self.gantt(options, style: TerminalStyle(unicode: true, color: false, width: 120))
        #expect(Self.lines(text, containing: "T-A1").isEmpty) // ended before the window
        #expect(Self.chart(Self.lines(text, containing: "T-B2")[0], unicode: true).hasPrefix("◂"))
        #expect(text.contains("hors période"))
        let empty = Self.gantt(GanttOptions(from: Self.day("2028-01-01"), to: Self.day("2028-02-01")), style: TerminalStyle(unicode: true, color: false, width: 80))
        #expect(empty.contains("rien de planifié"))
    }

    @Test func forcedScaleTooLongIsCutWithANote() {
        let style = TerminalStyle(unicode: true, color: false, width: 60)
        let text = Self.gantt(GanttOptions(scale: .day), style: style)
        Self.expectFits(text, style)
        #expect(text.contains("graphique coupé"))
        // A period of centuries (a typo in --from) is cut, not drawn day by day.
        for scale in [nil] + GanttOptions.Scale.allCases.map(Optional.some) {
            let huge = Self.gantt(GanttOptions(scale: scale, from: Self.day("1900-01-01"), to: Self.day("2099-12-31")), style: style)
            Self.expectFits(huge, style)
            #expect(huge.contains("graphique coupé"))
        }
    }

    @Test func axisMapsDatesToColumnsOnce() {
        let axis = GanttAxis(from: Self.day("2026-11-02"), to: Self.day("2026-11-15"), scale: .week, available: 8, language: .fr,
                             isWorkingDay: Self.isWorkingDay, holidayName: Self.holidayName)
        #expect(axis.columnsPerUnit == 4)
        let cols = (2...15).map { axis.dateToColumn(Day(year: 2026, month: 11, day: $0)!)! }
        #expect(cols == [0, 1, 1, 2, 2, 3, 3, 4, 5, 5, 6, 6, 7, 7])
        #expect(axis.columns.map(\.nonWorking) == [false, false, false, true, false, false, false, true])
        #expect(axis.headers[1].map(\.variants.first!) == ["S45", "S46"])
        #expect(GanttDates.isoWeek(Self.day("2027-01-01")) == 53)
        #expect(GanttDates.isoWeek(Self.day("2027-01-04")) == 1)
    }

    @Test func emptySchedule() {
        let empty = Schedule(items: [], start: Self.today, end: Self.today, criticalPath: [], conflicts: [], load: [], moves: [])
        let text = GanttText.render(empty, board: Self.board(), options: GanttOptions(), language: .fr, today: Self.today,
                                    style: TerminalStyle(unicode: false, color: false, width: 40), isWorkingDay: Self.isWorkingDay, holidayName: Self.holidayName)
        #expect(text.contains("jalon task add"))
        Self.expectFits(text, TerminalStyle(unicode: false, color: false, width: 40))
    }

    // MARK: Mermaid

    @Test func mermaidBlock() {
        let text = GanttMermaid.render(Self.schedule(), board: Self.board(), language: .fr)
        #expect(text.hasPrefix("```mermaid\ngantt"))
        #expect(text.hasSuffix("```"))
        #expect(text.contains("dateFormat YYYY-MM-DD"))
        #expect(text.contains("excludes weekends"))
        #expect(text.contains("    M-A1 Cahier des charges validé :milestone, crit, M-A1, 2026-11-13, 0d"))
        // End dates are exclusive: T-A1 works through Friday 13/11.
        #expect(text.contains("    T-A1 Rédiger le cahier des charges :crit, active, T-A1, 2026-11-02, 2026-11-14"))
        #expect(text.contains(":done, T-B1, 2026-11-02, 2026-11-04"))
        // `:`, `#` and `;` stripped from titles.
        #expect(text.contains("    T-B2 Site développement 1 日本語 :crit, active, T-B2, 2026-11-16, 2027-01-16"))
        #expect(text.contains("section M-A1 Cahier des charges validé") && text.contains("section Sans jalon"))
        for line in text.split(separator: "\n").dropFirst(2).dropLast() where line.contains(" :") {
            #expect(line.split(separator: ":").count == 2, "one colon per task line: \(line)")
        }
    }

    // MARK: JSON

    @Test func scheduleJSON() throws {
        let text = ScheduleJSON.render(Self.schedule())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["schemaVersion", "statusDate", "start", "end", "effortDoneHours", "effortTotalHours", "effortPercent", "criticalPath", "items", "conflicts", "load", "moves"])
        #expect(object["start"] as? String == "2026-11-02")
        #expect(object["criticalPath"] as? [String] == ["T-A1", "M-A1", "T-B2", "M-B1"])
        let items = try #require(object["items"] as? [[String: Any]])
        let keys: Set<String> = ["id", "title", "milestone", "isMilestone", "start", "end", "lateStart", "lateEnd", "slack", "critical",
                                 "progress", "done", "actualEnd", "late", "assignees", "due", "actualStart", "daysLate", "remainingStart", "remainingHours"]
        for item in items { #expect(Set(item.keys) == keys) }
        let a1 = try #require(items.first { $0["id"] as? String == "T-A1" })
        #expect(a1["start"] as? String == "2026-11-02" && a1["end"] as? String == "2026-11-13")
        #expect(a1["slack"] as? Int == 0 && a1["critical"] as? Bool == true)
        #expect(a1["due"] is NSNull && a1["actualEnd"] is NSNull)
        let conflicts = try #require(object["conflicts"] as? [[String: Any]])
        #expect(conflicts.map { $0["kind"] as? String } == ["dueBeforeEarliestEnd", "overload", "cycle", "workOnHoliday", "workDuringAbsence", "milestoneMissed"])
        #expect(conflicts[1]["week"] as? String == "2026-11-02" && conflicts[1]["member"] as? String == "bob")
        #expect((conflicts[0]["message_en"] as? String)?.contains("jalon task edit T-A2 --due") == true)
        let load = try #require(object["load"] as? [[String: Any]])
        #expect(load.contains { $0["overloaded"] as? Bool == true && $0["hours"] as? Double == 52 })
        let moves = try #require(object["moves"] as? [[String: Any]])
        #expect(moves.first?["from"] as? String == "2026-11-23" && moves.first?["withinSlack"] as? Bool == true)
        #expect(text.contains("\n  \"conflicts\" : ["))
    }

    @Test func comparisonJSON() throws {
        let slips = [
            Slippage(id: Self.id("T-A1"), title: "A", change: .kept, plannedStart: Self.day("2026-11-02"), plannedEnd: Self.day("2026-11-13"),
                     currentStart: Self.day("2026-11-05"), currentEnd: Self.day("2026-11-18"), endSlip: 3, startSlip: 3),
            Slippage(id: Self.id("T-B3"), title: "B", change: .added, plannedStart: nil, plannedEnd: nil,
                     currentStart: Self.day("2026-11-30"), currentEnd: Self.day("2026-12-04"), endSlip: nil, startSlip: nil),
        ]
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ScheduleJSON.comparison(slips, baselineName: "v1").utf8)) as? [String: Any])
        #expect(object["baseline"] as? String == "v1")
        let items = try #require(object["items"] as? [[String: Any]])
        #expect(items[0]["endSlip"] as? Int == 3 && items[1]["change"] as? String == "added" && items[1]["plannedStart"] is NSNull)
    }

    // MARK: Plan, load, comparison tables

    @Test(arguments: [40, 80, 140])
    func planTable(width: Int) {
        for style in Self.styles(width) + Self.styles(width, color: true) {
            let text = PlanText.plan(Self.schedule(), board: Self.board(), language: .fr, today: Self.today, style: style)
            Self.expectFits(text, style)
            let plain = Self.stripEscapes(text)
            #expect(plain.contains("Chemin critique"))
            #expect(plain.contains("Conflits (6)"))
            #expect(plain.contains("T-A1"))
        }
        let text = PlanText.plan(Self.schedule(), board: Self.board(), language: .fr, today: Self.today, style: TerminalStyle(unicode: true, color: false, width: 140))
        #expect(text.contains("Chemin critique : T-A1 → M-A1 → T-B2 → M-B1"))
        #expect(text.contains("Lissage"))
        // Late by the days its forecast end is after its due date (20/11).
        let a2 = Self.schedule().item(ItemID("T-A2")!)!
        #expect(a2.late && a2.daysLate == a2.end.ordinal - Day.parse("2026-11-20")!.ordinal)
        #expect(Self.lines(text, containing: "T-A2")[0].contains(" ! │ T-A2") && Self.lines(text, containing: "T-A2")[0].contains("\(a2.daysLate) j"))
        #expect(Self.lines(text, containing: "T-A1")[0].contains("│ *  │ T-A1"))
        // Narrow and without colour, the marks stay.
        let narrow = PlanText.plan(Self.schedule(), board: Self.board(), language: .fr, today: Self.today, style: TerminalStyle(unicode: false, color: false, width: 40))
        #expect(Self.lines(narrow, containing: "T-A2")[0].contains("|  ! | T-A2"))
    }

    @Test func conflictMessagesSayWhatToDo() {
        let board = Self.board(lang: "en")
        let messages = Self.schedule().conflicts.map { PlanText.conflict($0, board: board, language: .en) }
        #expect(messages[0].contains("T-A2 “Maquette de la page d’accueil”") && messages[0].contains("jalon task edit T-A2 --due"))
        #expect(messages[1].contains("Bob Nguyễn (bob)") && messages[1].contains("52 h") && messages[1].contains("W45") && messages[1].contains("jalon plan --level"))
        #expect(messages[2].contains("T-A1 → T-B3 → T-A1"))
        #expect(messages[3].contains("Vacances de Noël"))
        #expect(messages[4].contains("PFMP") && messages[4].contains("--assign"))
        #expect(messages[5].contains("jalon milestone edit M-A1 --date"))
        let fr = PlanText.conflict(Self.schedule().conflicts[1], board: Self.board(), language: .fr)
        #expect(fr.contains("52 h") && fr.contains("S45") && fr.contains("40 h"))
    }

    @Test(arguments: [30, 60, 120])
    func loadGrid(width: Int) {
        for style in Self.styles(width) + Self.styles(width, color: true) {
            Self.expectFits(PlanText.load(Self.schedule(), board: Self.board(), language: .fr, style: style), style)
        }
        let fr = PlanText.load(Self.schedule(), board: Self.board(), language: .fr, style: TerminalStyle(unicode: true, color: false, width: width))
        #expect(fr.contains("S45") && fr.contains("S46"))
        #expect(fr.contains("52/40 !"))
        #expect(fr.contains("27,5/40"))
        #expect(fr.contains("surcharge"))
        let en = PlanText.load(Self.schedule(), board: Self.board(lang: "en"), language: .en, style: TerminalStyle(unicode: true, color: false, width: width))
        #expect(en.contains("W45") && en.contains("27.5/40"))
    }

    @Test(arguments: [40, 80, 100, 160])
    func comparisonTable(width: Int) {
        let slips = [
            Slippage(id: Self.id("T-A1"), title: "Rédiger le cahier des charges", change: .kept, plannedStart: Self.day("2026-11-02"),
                     plannedEnd: Self.day("2026-11-13"), currentStart: Self.day("2026-11-05"), currentEnd: Self.day("2026-11-18"), endSlip: 3, startSlip: 3),
            Slippage(id: Self.id("M-A1"), title: "Cahier des charges validé", change: .kept, plannedStart: Self.day("2026-11-13"),
                     plannedEnd: Self.day("2026-11-13"), currentStart: Self.day("2026-11-12"), currentEnd: Self.day("2026-11-12"), endSlip: -1, startSlip: -1),
            Slippage(id: Self.id("T-B1"), title: "Réunion", change: .kept, plannedStart: Self.day("2026-11-02"),
                     plannedEnd: Self.day("2026-11-03"), currentStart: Self.day("2026-11-02"), currentEnd: Self.day("2026-11-03"), endSlip: 0, startSlip: 0),
            Slippage(id: Self.id("T-B3"), title: "Charte graphique", change: .added, plannedStart: nil, plannedEnd: nil,
                     currentStart: Self.day("2026-11-30"), currentEnd: Self.day("2026-12-04"), endSlip: nil, startSlip: nil),
            Slippage(id: Self.id("T-X9"), title: "Ancienne tâche", change: .removed, plannedStart: Self.day("2026-11-02"),
                     plannedEnd: Self.day("2026-11-06"), currentStart: nil, currentEnd: nil, endSlip: nil, startSlip: nil),
        ]
        for style in Self.styles(width) + Self.styles(width, color: true) {
            Self.expectFits(PlanText.comparison(slips, baselineName: "planning initial", language: .fr, style: style), style)
        }
        let text = PlanText.comparison(slips, baselineName: "planning initial", language: .fr,
                                       style: TerminalStyle(unicode: true, color: false, width: width))
        #expect(text.contains("+3 j") && text.contains("-1 j"))
        // Headings may wrap at 40 columns, but never before their colon.
        let flat = text.replacingOccurrences(of: "\n", with: " ")
        #expect(flat.contains("Ajoutées depuis «\u{00A0}planning initial\u{00A0}» (1) :") && text.contains("T-B3 Charte graphique"), "\(text)")
        #expect(flat.contains("Retirées depuis «\u{00A0}planning initial\u{00A0}» (1) :") && text.contains("T-X9 Ancienne tâche"), "\(text)")
        #expect(!text.split(separator: "\n").contains { $0.hasPrefix(":") }, "\(text)")
        #expect(text.contains("1 en retard, 1 en avance, 1 à l’heure"))
        // A date is shown whole, long or short (18/11), never cut (18/1…): a table too wide for
        // the long dates takes the short ones.
        #expect(text.range(of: #"[0-9]{2}/[0-9/]*…"#, options: .regularExpression) == nil, "\(text)")
    }
}
