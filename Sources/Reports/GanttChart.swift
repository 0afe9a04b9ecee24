import BoardCore
import Planning

/// What a Gantt chart shows: the time scale, the period, how rows are grouped and an optional
/// baseline drawn under the current bars.
public struct GanttOptions: Sendable {
    public enum Scale: String, Sendable, CaseIterable { case day, week, month }
    public enum Grouping: String, Sendable, CaseIterable { case none, member, milestone }

    /// Nil: the finest scale that fits the width.
    public var scale: Scale?
    /// The period shown; by default the whole plan (and the baseline, if any). Bars are clipped.
    public var from: Day?
    public var to: Day?
    public var grouping: Grouping
    /// A saved plan whose bars are drawn on a second line under each task.
    public var baseline: Schedule?
    public var baselineName: String?

    public init(scale: Scale? = nil, from: Day? = nil, to: Day? = nil, grouping: Grouping = .none,
                baseline: Schedule? = nil, baselineName: String? = nil) {
        self.scale = scale
        self.from = from
        self.to = to
        self.grouping = grouping
        self.baseline = baseline
        self.baselineName = baselineName
    }
}

/// Calendar arithmetic the charts need (ISO weeks, months), kept here rather than on `Day` so
/// it cannot clash with what Planning adds to `Day`.
enum GanttDates {
    /// The Monday of `day`'s ISO week.
    static func monday(_ day: Day) -> Day { day.adding(days: 1 - day.weekday) }

    /// ISO 8601 week number (weeks start on Monday; week 1 holds the year's first Thursday).
    static func isoWeek(_ day: Day) -> Int {
        let thursday = day.adding(days: 4 - day.weekday)
        let jan1 = Day(year: thursday.year, month: 1, day: 1)!
        return (thursday.ordinal - jan1.ordinal) / 7 + 1
    }

    static func firstOfMonth(_ day: Day) -> Day { Day(year: day.year, month: day.month, day: 1)! }

    static func nextMonth(_ day: Day) -> Day {
        day.month == 12 ? Day(year: day.year + 1, month: 1, day: 1)! : Day(year: day.year, month: day.month + 1, day: 1)!
    }

    static func monthIndex(_ day: Day) -> Int { day.year * 12 + day.month - 1 }
}

// MARK: - Time axis

/// The time axis of a chart: the period cut into columns, each a run of days. Dates are mapped
/// to columns here and only here (`dateToColumn`), as TaskJuggler's `dateToX`; every renderer
/// draws from these columns. One column is one day at day scale; at week and month scale a
/// unit (week, month) gets several columns, each a slice of its days, so bars keep a
/// sub-unit precision (a 4-column week is Mon | Tue–Wed | Thu–Fri | Sat–Sun).
struct GanttAxis {
    struct Column: Equatable {
        let first: Day
        let last: Day
        /// Every day of the column is a weekend day, a holiday or a closed day.
        let nonWorking: Bool
        /// The column opens a unit (a day, an ISO week, a month).
        let unitStart: Bool
    }

    /// A header text placed at a column; the renderer takes the first variant that fits.
    struct Label: Equatable {
        let column: Int
        let variants: [String]
    }

    let scale: GanttOptions.Scale
    /// Columns one unit gets (1 at day scale).
    let columnsPerUnit: Int
    let from: Day
    /// The last day shown: the period's end, or earlier when the columns ran out.
    let to: Day
    let columns: [Column]
    /// Two header rows, top first: months (or years) above days (or weeks, or months).
    let headers: [[Label]]
    /// The period asked for ended later than the columns could show.
    let truncatedAt: Day?
    /// Names of the holidays and closed periods within the period, in date order.
    let holidayNames: [String]
    private let columnOfDay: [Int]
    private let working: [Bool]

    /// The column showing `day` (the first of its columns when a day gets several), nil
    /// outside the axis.
    func dateToColumn(_ day: Day) -> Int? {
        let i = day.ordinal - from.ordinal
        return i >= 0 && i < columnOfDay.count ? columnOfDay[i] : nil
    }

    /// The last column showing `day`: where a bar ending that day ends.
    func lastColumn(of day: Day) -> Int? {
        guard let first = dateToColumn(day) else { return nil }
        var c = first
        while c + 1 < columns.count && columns[c + 1].first.ordinal <= day.ordinal { c += 1 }
        return c
    }

    /// Whether the day of `ordinal` (within the axis) is a working day.
    func isWorking(ordinal: Int) -> Bool {
        let i = ordinal - from.ordinal
        return i >= 0 && i < working.count ? working[i] : true
    }

    /// An axis from `from` to `to` in at most `available` columns. With no scale given, the
    /// finest that fits: days when each day gets a column, weeks when each week gets three,
    /// months otherwise. A unit gets as many columns as the width allows (up to 6 a day or a
    /// week, 7 for weeks asked for, 28 a month), so the chart grows with `--width`. A period
    /// still too long is cut (`truncatedAt`).
    init(from: Day, to: Day, scale wanted: GanttOptions.Scale?, available: Int, language: Language,
         isWorkingDay: (Day) -> Bool, holidayName: (Day) -> String?) {
        let available = max(1, available)
        let days = to.ordinal - from.ordinal + 1
        let weeks = (GanttDates.monday(to).ordinal - GanttDates.monday(from).ordinal) / 7 + 1
        let months = GanttDates.monthIndex(to) - GanttDates.monthIndex(from) + 1
        let scale: GanttOptions.Scale
        if let wanted {
            scale = wanted
        } else if days <= available {
            scale = .day
        } else if weeks * 3 <= available {
            scale = .week
        } else {
            scale = .month
        }
        let perUnit: Int
        switch scale {
        case .day: perUnit = min(max(available / days, 1), 6)
        case .week: perUnit = min(max(available / weeks, 1), scale == wanted ? 7 : 6)
        case .month: perUnit = min(max(available / months, 1), 28)
        }

        // Cut the period into columns.
        var columns: [(first: Day, last: Day, unitStart: Bool)] = []
        func add(_ a: Day, _ b: Day, unitStart: Bool) {
            let first = max(a, from), last = min(b, to)
            if first <= last { columns.append((first, last, unitStart || columns.isEmpty)) }
        }
        // One column more than fits is enough to know the period is cut.
        var full: Bool { columns.count > available }
        switch scale {
        case .day:
            for i in 0..<days {
                if full { break }
                let d = from.adding(days: i)
                for k in 0..<perUnit { add(d, d, unitStart: k == 0) }
            }
        case .week:
            var monday = GanttDates.monday(from)
            while monday <= to && !full {
                for k in 0..<perUnit {
                    let a = k * 7 / perUnit, b = (k + 1) * 7 / perUnit - 1
                    if b >= a { add(monday.adding(days: a), monday.adding(days: b), unitStart: k == 0) }
                }
                monday = monday.adding(days: 7)
            }
        case .month:
            var first = GanttDates.firstOfMonth(from)
            while first <= to && !full {
                let n = Day.daysIn(month: first.month, year: first.year)
                for k in 0..<perUnit {
                    let a = k * n / perUnit, b = (k + 1) * n / perUnit - 1
                    if b >= a { add(first.adding(days: a), first.adding(days: b), unitStart: k == 0) }
                }
                first = GanttDates.nextMonth(first)
            }
        }
        var truncatedAt: Day?
        if columns.count > available {
            columns = Array(columns.prefix(available))
            truncatedAt = to
        }
        let end = columns.last?.last ?? from

        var working: [Bool] = []
        var holidayNames: [String] = []
        for i in 0...(end.ordinal - from.ordinal) {
            let d = from.adding(days: i)
            let w = isWorkingDay(d)
            working.append(w)
            if !w, let name = holidayName(d), !name.isEmpty, !holidayNames.contains(name) { holidayNames.append(name) }
        }
        var columnOfDay = [Int](repeating: -1, count: working.count)
        var built: [Column] = []
        for (c, col) in columns.enumerated() {
            var allOff = true
            for o in (col.first.ordinal - from.ordinal)...(col.last.ordinal - from.ordinal) {
                if columnOfDay[o] < 0 { columnOfDay[o] = c }
                if working[o] { allOff = false }
            }
            built.append(Column(first: col.first, last: col.last, nonWorking: allOff, unitStart: col.unitStart))
        }

        self.scale = scale
        self.columnsPerUnit = perUnit
        self.from = from
        self.to = end
        self.columns = built
        self.truncatedAt = truncatedAt
        self.holidayNames = holidayNames
        self.columnOfDay = columnOfDay
        self.working = working
        self.headers = GanttAxis.labels(built, scale: scale, language: language)
    }

    private static func labels(_ columns: [Column], scale: GanttOptions.Scale, language L: Language) -> [[Label]] {
        var top: [Label] = []
        var bottom: [Label] = []
        func month(_ d: Day) -> String { Catalog.monthShort(d.month)(L) }
        for (c, col) in columns.enumerated() {
            let d = col.first
            switch scale {
            case .day:
                guard col.unitStart else { break }
                if c == 0 || d.day == 1 { top.append(Label(column: c, variants: ["\(month(d)) \(d.year)", month(d)])) }
                if c == 0 || d.weekday == 1 { bottom.append(Label(column: c, variants: ["\(d.day)"])) }
            case .week:
                // A month starts in the column holding its first day.
                if c == 0 {
                    top.append(Label(column: c, variants: ["\(month(d)) \(d.year)", month(d)]))
                } else if let firstDay = (col.first.ordinal...col.last.ordinal).map({ Day(ordinal: $0) }).first(where: { $0.day == 1 }) {
                    top.append(Label(column: c, variants: ["\(month(firstDay)) \(firstDay.year)", month(firstDay)]))
                }
                if col.unitStart { bottom.append(Label(column: c, variants: [Catalog.weekLabel(GanttDates.isoWeek(d))(L)])) }
            case .month:
                if c == 0 || (col.unitStart && d.month == 1) { top.append(Label(column: c, variants: ["\(d.year)"])) }
                // A month's name whole or not at all: "f" or "jan" would read as a cut word.
                if col.unitStart { bottom.append(Label(column: c, variants: [month(d)])) }
            }
        }
        return [top, bottom]
    }
}

// MARK: - Chart model

/// The text chart's layout: rows (section headers, tasks, milestones, baseline lines) built from
/// the Gantt rows every chart shares (`ReportGantt.Row`, one mapping of the forecast) with their
/// bars mapped to the axis's columns. The text renderer draws this and never looks at dates again.
struct GanttLayout {
    enum Kind: Equatable {
        /// A group title (a member, "no milestone"…).
        case section
        case task
        case milestone
        /// The baseline's bar of the row above.
        case baseline
        /// An empty line between groups.
        case gap
    }

    /// A bar over columns `first...last`; columns up to `doneThrough` are done.
    struct Bar: Equatable {
        var first: Int
        var last: Int
        var doneThrough: Int?
        /// The work goes on before the period or after it.
        var clippedBefore: Bool
        var clippedAfter: Bool
    }

    /// One row, dates included so each renderer can also print them.
    struct Row {
        var kind: Kind
        var id: ItemID?
        var title: String
        var critical = false
        var late = false
        var done = false
        var isMilestone = false
        var start: Day?
        var end: Day?
        /// Last day counted as done (the forecast's `doneThrough`).
        var doneUntil: Day?
        /// Set by the model from the axis.
        var bar: Bar?
        var marker: Int?
        /// A milestone outside the period shown: an arrow at that edge.
        var markerBefore = false
        var markerAfter = false
        /// The member whose group the row is in (by-member chart): their absences are shaded.
        var member: String?
    }

    let axis: GanttAxis
    let rows: [Row]
    let todayColumn: Int?

    init(rows: [Row], axis: GanttAxis, today: Day) {
        self.axis = axis
        self.todayColumn = axis.dateToColumn(today)
        self.rows = rows.map { GanttLayout.place($0, on: axis) }
    }

    /// Maps a row's dates to columns.
    private static func place(_ row: Row, on axis: GanttAxis) -> Row {
        var row = row
        guard let start = row.start, let rawEnd = row.end else { return row }
        let end = max(start, rawEnd)
        if row.isMilestone {
            if start < axis.from { row.markerBefore = true } else if start > axis.to { row.markerAfter = true } else { row.marker = axis.dateToColumn(start) }
            return row
        }
        guard end >= axis.from, start <= axis.to,
              let first = axis.dateToColumn(max(start, axis.from)), let last = axis.lastColumn(of: min(end, axis.to)) else {
            if end < axis.from { row.markerBefore = true } else if start > axis.to { row.markerAfter = true }
            return row
        }
        var doneThrough: Int?
        if let doneUntil = row.doneUntil {
            for c in first...last {
                let col = axis.columns[c]
                let a = max(col.first, start), b = min(col.last, end)
                var work = 0, done = 0
                for o in a.ordinal...b.ordinal where axis.isWorking(ordinal: o) {
                    work += 1
                    if o <= doneUntil.ordinal { done += 1 }
                }
                // Half a column's work done fills it; a column without work follows the days.
                let filled = work > 0 ? (done > 0 && 2 * done >= work) : a <= doneUntil
                guard filled else { break }
                doneThrough = c
            }
        }
        row.bar = Bar(first: first, last: last, doneThrough: doneThrough, clippedBefore: start < axis.from, clippedAfter: end > axis.to)
        return row
    }

    /// The period a chart shows by default: the whole plan, and the baseline's too.
    static func window(_ schedule: Schedule, options: GanttOptions) -> (from: Day, to: Day) {
        var from = schedule.start, to = schedule.end
        for item in schedule.items {
            from = min(from, item.start)
            to = max(to, item.end, item.start)
        }
        if let baseline = options.baseline {
            for item in baseline.items {
                from = min(from, item.start)
                to = max(to, item.end, item.start)
            }
        }
        var a = options.from ?? from, b = options.to ?? to
        if b < a { swap(&a, &b) }
        return (a, b)
    }

    /// The rows of a chart in display order, with dates but no columns yet: items meeting the
    /// period `from...to` (or whose baseline does), grouped as asked, each followed by its
    /// baseline line when there is a baseline.
    static func rows(_ schedule: Schedule, board: Board, options: GanttOptions, from: Day, to: Day,
                     language L: Language) -> [Row] {
        func meets(_ item: ScheduledItem) -> Bool { max(item.start, item.end) >= from && item.start <= to }
        var planned: [ItemID: ScheduledItem] = [:]
        for item in options.baseline?.items ?? [] { planned[item.id] = item }
        let visible = schedule.items.filter { item in
            meets(item) || planned[item.id].map(meets) == true
        }
        let timeOrder: (ScheduledItem, ScheduledItem) -> Bool = { a, b in
            if a.start != b.start { return a.start < b.start }
            if a.isMilestone != b.isMilestone { return !a.isMilestone }
            if a.end != b.end { return a.end < b.end }
            return a.id < b.id
        }
        // Each item's dates come from the one row mapping all charts share (ReportGantt.row);
        // this chart only adds the layout: groups, gaps, a baseline line under the item.
        func itemRows(_ item: ScheduledItem) -> [Row] {
            let data = ReportGantt.row(item, planned: planned[item.id])
            var row = Row(kind: item.isMilestone ? .milestone : .task, id: item.id, title: data.title)
            row.critical = data.critical
            row.late = data.late
            row.done = data.done
            row.isMilestone = data.isMilestone
            row.start = data.start
            row.end = data.end
            row.doneUntil = data.doneThrough
            var out = [row]
            if let start = data.baselineStart, let end = data.baselineEnd {
                var line = Row(kind: .baseline, id: item.id, title: options.baselineName ?? Catalog.baselineDefaultName(L))
                line.isMilestone = data.isMilestone
                line.start = start
                line.end = end
                out.append(line)
            }
            return out
        }
        func section(_ title: String) -> Row { Row(kind: .section, id: nil, title: title) }

        var out: [Row] = []
        func group(_ header: [Row], _ items: [ScheduledItem]) {
            guard !header.isEmpty || !items.isEmpty else { return }
            if !out.isEmpty { out.append(Row(kind: .gap, id: nil, title: "")) }
            out += header
            for item in items { out += itemRows(item) }
        }
        let tasks = visible.filter { !$0.isMilestone }.sorted(by: timeOrder)
        let milestones = visible.filter(\.isMilestone).sorted(by: timeOrder)
        switch options.grouping {
        case .none:
            for item in visible.sorted(by: timeOrder) { out += itemRows(item) }
        case .milestone:
            // Each milestone heads its tasks; tasks of a milestone outside the period still
            // show under their milestone's title.
            var placed: Set<ItemID> = []
            var milestoneOrder: [ItemID] = milestones.map(\.id)
            for t in tasks { if let m = t.milestone, !milestoneOrder.contains(m), schedule.item(m) != nil || board.milestone(m) != nil { milestoneOrder.append(m) } }
            for m in milestoneOrder {
                let own = tasks.filter { $0.milestone == m }
                if let item = milestones.first(where: { $0.id == m }) {
                    group(itemRows(item), own)
                } else {
                    let title = schedule.item(m)?.title ?? board.milestone(m)?.title ?? ""
                    group([section("\(m) \(title)")], own)
                }
                own.forEach { placed.insert($0.id) }
            }
            let loose = tasks.filter { !placed.contains($0.id) }
            if !loose.isEmpty { group([section(Catalog.ganttNoMilestone(L))], loose) }
        case .member:
            var keys: [String] = board.settings.members.map { $0.id.lowercased() }
            for t in tasks { for a in t.assignees where !keys.contains(a.lowercased()) { keys.append(a.lowercased()) } }
            for key in keys {
                let own = tasks.filter { $0.assignees.contains { $0.lowercased() == key } }
                guard !own.isEmpty else { continue }
                let title: String
                if let m = board.settings.member(key) {
                    title = m.name.isEmpty || m.name == m.id ? m.id : "\(m.name) (\(m.id))"
                } else {
                    title = own.first?.assignees.first { $0.lowercased() == key } ?? key
                }
                let before = out.count
                group([section(title)], own)
                let id = board.settings.member(key)?.id ?? key
                for i in before..<out.count where out[i].kind != .section && out[i].kind != .gap { out[i].member = id }
            }
            // The "unassigned" group only when it has items.
            let unassigned = tasks.filter { $0.assignees.isEmpty }
            if !unassigned.isEmpty { group([section(Catalog.ganttUnassigned(L))], unassigned) }
            if !milestones.isEmpty { group([section(Catalog.ganttMilestones(L))], milestones) }
        }
        return out
    }
}

// MARK: - Text rendering

/// The glyphs of a text Gantt chart, as data: one set for Unicode terminals, one in ASCII.
struct GanttGlyphs {
    let done, remaining, shade, today, todayHeader, milestone, baselineBar, baselineMilestone: String
    let clippedBefore, clippedAfter, critical, late, separator: String

    static let unicode = GanttGlyphs(done: "█", remaining: "▒", shade: "░", today: "│", todayHeader: "▼", milestone: "◆",
                                     baselineBar: "─", baselineMilestone: "◇", clippedBefore: "◂", clippedAfter: "▸",
                                     critical: "*", late: "!", separator: "│")
    static let ascii = GanttGlyphs(done: "#", remaining: "=", shade: ".", today: "|", todayHeader: "v", milestone: "<>",
                                   baselineBar: "-", baselineMilestone: "o", clippedBefore: "<", clippedAfter: ">",
                                   critical: "*", late: "!", separator: "|")
}

/// A text Gantt chart fitted to the terminal (issue 3, point 6).
public enum GanttText {
    /// The chart: two header rows (months over days, months over ISO weeks, or years over
    /// months, in the board's language), one row per task and milestone (grouped as asked),
    /// a baseline line under each when there is one, then a legend. Every line fits
    /// `style.width`; ASCII only when `style.unicode` is false; no escapes without colour.
    public static func render(_ schedule: Schedule, board: Board, options: GanttOptions, language: Language, today: Day,
                              style: TerminalStyle, isWorkingDay: (Day) -> Bool, holidayName: (Day) -> String?) -> String {
        let L = language
        let width = max(style.width, 1)
        let g = style.unicode ? GanttGlyphs.unicode : GanttGlyphs.ascii
        let calendar = WorkCalendar(settings: board.settings)
        var shadedAbsence = false
        func note(_ text: String, _ tone: Tone = .plain) -> String {
            DisplayWidth.wrap(style.clean(text), to: width).map { style.paint($0, tone) }.joined(separator: "\n")
        }
        guard !schedule.items.isEmpty else { return note(Catalog.ganttNothing(L)) }
        let (from, to) = GanttLayout.window(schedule, options: options)
        let rows = GanttLayout.rows(schedule, board: board, options: options, from: from, to: to, language: L)
        guard rows.contains(where: { $0.kind == .task || $0.kind == .milestone }) else {
            return note(Catalog.ganttNothingBetween(from.formatted(L), to.formatted(L))(L))
        }

        // Label column: flags, id, title; as wide as needed up to two fifths of the width.
        let anyCritical = rows.contains { $0.critical }
        let anyLate = rows.contains { $0.late }
        let flagWidth = (anyCritical ? 1 : 0) + (anyLate ? 1 : 0)
        let idWidth = rows.compactMap { $0.id.map { DisplayWidth.of($0.description) } }.max() ?? 0
        let indent = flagWidth > 0 ? flagWidth + 1 : 0
        func label(_ row: GanttLayout.Row) -> String {
            switch row.kind {
            case .task, .milestone:
                var flags = ""
                if anyCritical { flags += row.critical ? g.critical : " " }
                if anyLate { flags += row.late ? g.late : " " }
                let head = flags.isEmpty ? "" : flags + " "
                return head + DisplayWidth.pad(row.id?.description ?? "", to: idWidth) + " " + style.clean(row.title)
            case .baseline:
                return String(repeating: " ", count: indent + idWidth + 1) + style.clean(row.title)
            case .section, .gap:
                return style.clean(row.title)
            }
        }
        let labels = rows.map(label)
        let natural = zip(rows, labels).filter { $0.0.kind != .section && $0.0.kind != .gap }.map { DisplayWidth.of($0.1) }.max() ?? 0
        var labelWidth = min(natural, max(8, min(width * 2 / 5, 48)))
        if width - labelWidth - 1 < 4 { labelWidth = max(0, min(labelWidth, width / 2 - 1)) }
        let chartWidth = max(1, width - labelWidth - 1)

        let axis = GanttAxis(from: from, to: to, scale: options.scale, available: chartWidth, language: L,
                             isWorkingDay: isWorkingDay, holidayName: holidayName)
        let model = GanttLayout(rows: rows, axis: axis, today: today)
        let columns = axis.columns.count

        typealias Cell = (text: String, tone: Tone)
        var background: [Cell] = axis.columns.map { $0.nonWorking ? (g.shade, Tone.muted) : (" ", Tone.plain) }
        if let t = model.todayColumn { background[t] = (g.today, .accent) }
        // Lines are as wide as the width by construction; only a terminal too narrow for a
        // label and one column needs clipping.
        let needsClip = labelWidth + 1 + columns > width
        /// Cells painted by runs of one tone, trailing blanks dropped.
        func draw(_ cells: [Cell]) -> String {
            var cells = cells
            while let last = cells.last, last.text == " " { cells.removeLast() }
            var out = "", run = "", tone = Tone.plain
            for cell in cells {
                if cell.tone != tone { out += style.paint(run, tone); run = ""; tone = cell.tone }
                run += cell.text
            }
            return out + style.paint(run, tone)
        }
        func line(_ labelText: String, _ labelTone: Tone, _ cells: [Cell]) -> String {
            let text = DisplayWidth.truncate(labelText, to: labelWidth, ellipsis: style.glyphs.ellipsis)
            let chart = draw(cells)
            let head = style.paint(DisplayWidth.pad(text, to: labelWidth), labelTone)
            let out = head + style.paint(g.separator, .muted) + chart
            return needsClip ? style.clip(out, to: width) : out
        }

        var lines: [String] = []
        var headerCells: [[Cell]] = []
        // Header rows: labels placed left to right, whole or not at all: a label is skipped
        // when it would touch the previous one or run past the line's end.
        let headerEnd = min(columns, max(0, width - labelWidth - 1))
        for (r, labelsOfRow) in axis.headers.enumerated() {
            var cells: [Cell] = Array(repeating: (" ", .plain), count: columns)
            let tone: Tone = r == 0 ? .strong : .plain
            for (i, l) in labelsOfRow.enumerated() {
                // The label of the period's first column names a unit that may be cut short:
                // it gives way to the next unit's label rather than hide it.
                let limit = l.column == 0 && i + 1 < labelsOfRow.count ? labelsOfRow[i + 1].column - 1 : headerEnd
                for variant in l.variants.map(style.clean) {
                    let chars = Array(variant)
                    let end = l.column + chars.count
                    guard end <= min(headerEnd, limit), l.column == 0 || cells[l.column - 1].text == " ",
                          cells[l.column..<end].allSatisfy({ $0.text == " " }) else { continue }
                    for (i, c) in chars.enumerated() { cells[l.column + i] = (String(c), tone) }
                    break
                }
            }
            headerCells.append(cells)
        }
        // Today: a ▼ over its column, in the lower header row if free, else in the upper one;
        // else the header cell is only coloured. The ASCII `v` is a letter: it must not touch
        // a label, or `vdec.` would read as a word.
        if let t = model.todayColumn {
            func free(_ r: Int, _ c: Int) -> Bool { c < 0 || c >= columns || headerCells[r][c].text == " " }
            func fits(_ r: Int) -> Bool { free(r, t) && (style.unicode || (free(r, t - 1) && free(r, t + 1))) }
            if let r = headerCells.indices.reversed().first(where: fits) {
                headerCells[r][t] = (g.todayHeader, .accent)
            } else if let last = headerCells.indices.last {
                headerCells[last][t].tone = .accent
            }
        }
        for (r, cells) in headerCells.enumerated() {
            lines.append(line(r == 0 ? style.clean(board.settings.name) : "", .strong, cells))
        }

        for (row, text) in zip(model.rows, labels) {
            switch row.kind {
            case .gap:
                lines.append("")
            case .section:
                lines.append(style.paint(DisplayWidth.truncate(text, to: width, ellipsis: style.glyphs.ellipsis), .strong))
            case .task, .milestone, .baseline:
                var cells = background
                // The member's absences (PFMP…) shaded on their rows: columns whose working days
                // are all days away.
                if let member = row.member {
                    for (c, col) in axis.columns.enumerated() where cells[c].text == " " {
                        var working = 0, away = 0
                        for o in col.first.ordinal...col.last.ordinal where isWorkingDay(Day(ordinal: o)) {
                            working += 1
                            if calendar.absence(of: member, on: Day(ordinal: o)) != nil { away += 1 }
                        }
                        if working > 0 && away == working { cells[c] = (g.shade, .muted); shadedAbsence = true }
                    }
                }
                let baseline = row.kind == .baseline
                if let bar = row.bar {
                    let tone: Tone = baseline ? .muted : (row.critical || row.late ? .alert : .plain)
                    for c in bar.first...bar.last {
                        if baseline {
                            cells[c] = (g.baselineBar, .muted)
                        } else if let d = bar.doneThrough, c <= d {
                            cells[c] = (g.done, .good)
                        } else {
                            cells[c] = (g.remaining, tone)
                        }
                    }
                    if bar.clippedBefore { cells[bar.first] = (g.clippedBefore, cells[bar.first].tone) }
                    if bar.clippedAfter { cells[bar.last] = (g.clippedAfter, cells[bar.last].tone) }
                }
                if let m = row.marker {
                    let tone: Tone = baseline ? .muted : row.done ? .good : (row.late || row.critical) ? .alert : .accent
                    let glyph = Array(baseline ? g.baselineMilestone : g.milestone).map(String.init)
                    let start = m + glyph.count <= columns ? m : max(0, columns - glyph.count)
                    for (i, c) in glyph.enumerated() where start + i < columns { cells[start + i] = (c, tone) }
                }
                if row.markerBefore, columns > 0 { cells[0] = (g.clippedBefore, .muted) }
                if row.markerAfter, columns > 0 { cells[columns - 1] = (g.clippedAfter, .muted) }
                let labelTone: Tone = baseline ? .muted : (row.late || row.critical) ? .alert : row.kind == .milestone ? .strong : .plain
                lines.append(line(text, labelTone, cells))
            }
        }

        // Legend, packed into as few lines as fit.
        var legend: [(glyph: String, tone: Tone, text: String)] = [
            (g.done, .good, Catalog.legendDone(L)),
            (g.remaining, .plain, Catalog.legendRemaining(L)),
        ]
        if rows.contains(where: { $0.kind == .milestone }) { legend.append((g.milestone, .accent, Catalog.legendMilestone(L))) }
        if rows.contains(where: { $0.kind == .baseline }) { legend.append((g.baselineBar, .muted, Catalog.legendBaseline(options.baselineName)(L))) }
        if anyCritical { legend.append((g.critical, .alert, Catalog.legendCritical(L))) }
        if anyLate { legend.append((g.late, .alert, Catalog.legendLate(L))) }
        if axis.columns.contains(where: \.nonWorking) || !axis.holidayNames.isEmpty {
            legend.append((g.shade, .muted, Catalog.legendNonWorking(axis.holidayNames)(L)))
        }
        if shadedAbsence { legend.append((g.shade, .muted, Text("report.fits.task")(L))) }
        if model.todayColumn != nil { legend.append((g.today, .accent, Catalog.legendToday(today.formatted(L))(L))) }
        if model.rows.contains(where: { ($0.bar?.clippedBefore ?? false) || ($0.bar?.clippedAfter ?? false) || $0.markerBefore || $0.markerAfter }) {
            legend.append((g.clippedBefore + g.clippedAfter, .muted, Catalog.legendOutside(L)))
        }
        lines.append("")
        var current = "", currentWidth = 0
        for item in legend {
            let text = style.clean(item.text)
            var w = DisplayWidth.of(item.glyph) + 1 + DisplayWidth.of(text)
            var shown = text
            if w > width {
                shown = DisplayWidth.truncate(text, to: max(0, width - DisplayWidth.of(item.glyph) - 1), ellipsis: style.glyphs.ellipsis)
                w = DisplayWidth.of(item.glyph) + 1 + DisplayWidth.of(shown)
            }
            let piece = style.paint(item.glyph, item.tone) + " " + shown
            if currentWidth > 0 && currentWidth + 3 + w > width {
                lines.append(style.clip(current, to: width))
                current = ""
                currentWidth = 0
            }
            if currentWidth > 0 { current += "   "; currentWidth += 3 }
            current += piece
            currentWidth += w
        }
        if currentWidth > 0 { lines.append(style.clip(current, to: width)) }
        if let cut = axis.truncatedAt, cut > axis.to {
            lines.append(note(Catalog.ganttTruncated(axis.to.formatted(L))(L), .muted))
        }
        return lines.joined(separator: "\n")
    }
}
