import BoardCore
import Planning

/// The format-neutral model every report and view is built into before rendering, as
/// TaskJuggler's reports are: the trainer reports (status, review, contributions, class
/// overview) and the board's views (plan, kanban, task and milestone lists, documents and
/// minutes). A title, facts, sections of paragraphs, lists, tables, a kanban and charts, every
/// text already in the reader's language. One renderer per format turns it into text,
/// Markdown, CSV or HTML; JSON is written from each report's typed model instead, with stable
/// keys and ISO dates.
public struct ReportDocument: Sendable {
    /// How the text renderer sets prose. A report keeps a word longer than the line whole and
    /// bullets with `•`; a view of the board (plan, lists) cuts such a word with `-`, bullets
    /// with `-` and colours each line on its own, as the views always have.
    /// A listing (`spec show`) sets prose as a view does but never wraps: every line longer
    /// than the width (never less than 20 columns) is cut with `…`, as that view always has.
    /// A digest (`news`, `remind`) folds every line between words as `TerminalStyle.fold` does,
    /// continued under its text after a bullet, and keeps lines whole when piped with no width
    /// asked; its title and section titles are strong lines, folded, not underlined.
    /// A detail (`doc show`, `meeting show`) shows one thing whole: its title, then its facts
    /// under it as `label : value` lines, neither padded nor wrapped, then its sections as a
    /// view sets them.
    public enum Look: Sendable { case report, view, listing, digest, detail }

    /// Not shown when empty (a view has no title of its own).
    public var title: String
    public var subtitle: String?
    public var language: Language
    /// Key facts shown under the title: period, head commit, progress…
    public var facts: [ReportFact]
    public var sections: [ReportSection]
    /// A closing line: how the report was made.
    public var footer: String?
    public var look: Look

    public init(title: String, subtitle: String? = nil, language: Language, facts: [ReportFact] = [], sections: [ReportSection] = [], footer: String? = nil,
                look: Look = .report) {
        self.title = title
        self.subtitle = subtitle
        self.language = language
        self.facts = facts
        self.sections = sections
        self.footer = footer
        self.look = look
    }

    /// A view of the board: no title, sections of blocks.
    public static func view(language: Language, _ sections: [ReportSection]) -> ReportDocument {
        ReportDocument(title: "", language: language, sections: sections, look: .view)
    }
}

public struct ReportFact: Sendable {
    public var label: String
    public var value: String
    public var tone: Tone
    public init(_ label: String, _ value: String, tone: Tone = .plain) {
        self.label = label
        self.value = value
        self.tone = tone
    }
}

public struct ReportSection: Sendable {
    public var title: String
    public var blocks: [ReportBlock]
    /// Starts a new printed page (a team's one-page summary).
    public var newPage: Bool
    /// Section level: 1 for a team's page in the class overview, 2 for ordinary sections.
    public var level: Int
    /// Blocks follow each other line after line in text, without an empty line between (a
    /// heading sentence and its list, say).
    /// In Markdown, the first block follows the heading on the next line too.
    public var tight: Bool
    /// The member a section is about (`remind`), named after its title: `(alice)` in text and
    /// HTML, `(@alice)` in Markdown so that GitLab and GitHub notify them when it is pasted.
    public var mention: String?

    public init(_ title: String, blocks: [ReportBlock], newPage: Bool = false, level: Int = 2, tight: Bool = false, mention: String? = nil) {
        self.title = title
        self.blocks = blocks
        self.newPage = newPage
        self.level = level
        self.tight = tight
        self.mention = mention
    }
}

public enum ReportBlock: Sendable {
    case paragraph(String, Tone)
    case list([String])
    case table(ReportTable)
    /// A picture of data the tables already give: drawn in HTML (inline SVG), left out of
    /// text and CSV; Markdown shows a Gantt as a Mermaid block.
    case chart(ReportChart)
    /// Markdown the team edits (the review's lessons): shown as is in Markdown, as text
    /// elsewhere.
    case markdown(String)
    /// The board as columns of cards, one per status (`jalon board`).
    case kanban(ReportKanban)
    /// A list whose items each end with a note in a muted tone (a news item and its date).
    case entries([ReportEntry])
    /// Markdown people wrote (a document, minutes, a comment), under an optional byline (who
    /// wrote it and when): laid out by `MarkdownText` in text, given as written in Markdown,
    /// escaped in HTML.
    case writing(ReportWriting)
    /// Names in folders (the documentation tree), each with an optional note.
    case tree(ReportTree)
    /// A list of groups and items (a member's reminders: each kind, then its items).
    case outline([ReportOutlineItem])
    /// A thing's particulars as labelled values (`task show`): in text each label padded to
    /// the widest, each value wrapped under itself (under its label when the width leaves it
    /// fewer than 12 columns), in its tone; a list of labelled values elsewhere.
    case fields([ReportFact])
}

public struct ReportWriting: Sendable {
    public var byline: String?
    public var markdown: String
    public init(_ markdown: String, byline: String? = nil) {
        self.markdown = markdown
        self.byline = byline
    }
}

/// A folder or a file of a tree: its name, a note after it (a document's id, status and
/// version) in its tone, and what it holds.
public struct ReportTree: Sendable {
    public var name: String
    public var note: String?
    public var noteTone: Tone
    public var children: [ReportTree]
    public init(_ name: String, note: String? = nil, noteTone: Tone = .muted, children: [ReportTree] = []) {
        self.name = name
        self.note = note
        self.noteTone = noteTone
        self.children = children
    }
}

/// An item of an outline: a group's heading with its items under it, or an item. In text the
/// outline is set two columns in (under its section's title), a heading without a bullet, an
/// item after `- ` unless it is a note standing for items (`nothing to report`); outside the
/// digest look, a line without a bullet is continued two columns further in; in Markdown
/// each is a list item, a heading in bold. Spans marked strong (an item's id) are bold in
/// Markdown and HTML; a text line keeps one tone.
public struct ReportOutlineItem: Sendable {
    public struct Span: Sendable {
        public var text: String
        public var strong: Bool
        /// A commit id or a path: in code type in Markdown and HTML.
        public var code: Bool
        /// Where the span leads (a relative path, percent-encoded): a link in Markdown and
        /// HTML, plain text elsewhere.
        public var link: String?
        public init(_ text: String, strong: Bool = false, code: Bool = false, link: String? = nil) {
            self.text = text
            self.strong = strong
            self.code = code
            self.link = link
        }
    }
    public var spans: [Span]
    public var children: [ReportOutlineItem]
    /// A sentence that stands for items (`nothing to report`): no bullet in text.
    public var isNote: Bool
    public init(spans: [Span], children: [ReportOutlineItem] = [], isNote: Bool = false) {
        self.spans = spans
        self.children = children
        self.isNote = isNote
    }
    public init(_ text: String, children: [ReportOutlineItem] = [], isNote: Bool = false) {
        self.init(spans: [Span(text)], children: children, isNote: isNote)
    }
    /// The item's words without their marks.
    var plain: String { spans.map(\.text).joined() }
}

public struct ReportEntry: Sendable {
    public var text: String
    public var note: String?
    public init(_ text: String, note: String? = nil) {
        self.text = text
        self.note = note
    }
    /// The entry as one plain line, for the formats that have no muted tone.
    var plain: String { text + (note.map { "  " + $0 } ?? "") }
}

/// Traffic light of a milestone or a team.
public enum TrafficLight: String, Sendable, Encodable {
    case green, amber, red, none
}

public struct ReportTable: Sendable {
    public struct Column: Sendable {
        public var header: String
        public var alignment: TextTable.Alignment
        public var flexible: Bool
        public var minWidth: Int
        /// Columns this column never exceeds in text (contents are truncated), if any.
        public var maxWidth: Int?
        public var dropRank: Int?
        public init(_ header: String, alignment: TextTable.Alignment = .left, flexible: Bool = false, minWidth: Int = 1, maxWidth: Int? = nil, dropRank: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.flexible = flexible
            self.minWidth = minWidth
            self.maxWidth = maxWidth
            self.dropRank = dropRank
        }
    }

    public struct Cell: Sendable, ExpressibleByStringLiteral {
        /// What people read, in their language.
        public var text: String
        public var tone: Tone
        /// The value for a spreadsheet, when it differs from `text`: an ISO date, a plain number.
        public var raw: String?
        public var light: TrafficLight?
        /// A shorter wording for a text table too wide to show whole (a date without its year):
        /// the text renderer takes every cell's short wording before it drops columns.
        public var short: String?

        public init(_ text: String, tone: Tone = .plain, raw: String? = nil, light: TrafficLight? = nil, short: String? = nil) {
            self.text = text
            self.tone = tone
            self.raw = raw
            self.light = light
            self.short = short
        }
        public init(stringLiteral value: String) { self.init(value) }
    }

    public var columns: [Column]
    public var rows: [[Cell]]
    /// Shown instead of an empty table.
    public var emptyText: String
    /// The tone of `emptyText`: muted in reports, plain in the board's lists.
    public var emptyTone: Tone
    /// A line under the table saying what its marks mean (`! = late`), in its tone.
    public var legend: String?
    public var legendTone: Tone
    /// Without rows, the table is drawn with its header only instead of `emptyText` (the spec's
    /// sections, which `spec show` always draws).
    public var drawnWhenEmpty: Bool

    public init(columns: [Column], rows: [[Cell]] = [], emptyText: String, emptyTone: Tone = .muted, legend: String? = nil, legendTone: Tone = .muted,
                drawnWhenEmpty: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.emptyText = emptyText
        self.emptyTone = emptyTone
        self.legend = legend
        self.legendTone = legendTone
        self.drawnWhenEmpty = drawnWhenEmpty
    }
}

/// A kanban board: one column per status, each a header and its cards.
public struct ReportKanban: Sendable {
    public struct Card: Sendable {
        public var id: String
        /// The due date as shown on the card (short), with the late mark when late.
        public var due: String?
        public var late: Bool
        public var title: String
        /// Who works on it, or the word for nobody (`unassigned` true).
        public var assignees: String
        public var unassigned: Bool
        /// For a done task, the day it was finished as shown on the card (`fini 04/12`): the
        /// card shows it instead of the due date, which no longer says anything there.
        public var finished: String?
        public init(id: String, due: String?, late: Bool, title: String, assignees: String, unassigned: Bool, finished: String? = nil) {
            self.id = id
            self.due = due
            self.late = late
            self.title = title
            self.assignees = assignees
            self.unassigned = unassigned
            self.finished = finished
        }
        /// The date the card shows (the day a done task was finished, else its due date) and
        /// the late mark, the mark alone for a task late against its baseline that has no due
        /// date, nothing for an on-time task without one.
        func dueText(lateMark: String) -> String? {
            let date = finished ?? due
            guard late else { return date }
            return (date.map { $0 + " " } ?? "") + lateMark
        }
    }
    public struct Column: Sendable {
        /// The status and its count (`en cours (3)`).
        public var header: String
        /// Under the cards, what the column leaves out (`+ 9 autres finies avant le 29/12`).
        public var more: String?
        public var cards: [Card]
        public init(header: String, more: String? = nil, cards: [Card]) {
            self.header = header
            self.more = more
            self.cards = cards
        }
    }
    /// The board's name, over the columns.
    public var title: String
    public var columns: [Column]
    /// Shown when the board has no task.
    public var emptyText: String
    public init(title: String, columns: [Column], emptyText: String) {
        self.title = title
        self.columns = columns
        self.emptyText = emptyText
    }
}

public enum ReportChart: Sendable {
    case gantt(ReportGantt)
    /// Horizontal bars: one per row, a value against a capacity or a total.
    case bars(ReportBars)
    /// Remaining effort per working day and scope against work done.
    case burndown(Burndown)
    /// Counts per period and series (commits per week and member): bars in text and Markdown,
    /// stacked columns in HTML.
    case columns(ReportColumns)
}

/// Counts per period (a row of the text chart, a column of the SVG) and per series.
public struct ReportColumns: Sendable {
    public struct Series: Sendable {
        public var name: String
        /// Counted in the HTML columns (in grey) but not drawn in the text chart: people
        /// outside the team.
        public var minor: Bool
        public init(name: String, minor: Bool = false) {
            self.name = name
            self.minor = minor
        }
    }
    public struct Period: Sendable {
        public var label: String
        public var shortLabel: String
        /// One count per series, in the series' order.
        public var counts: [Int]
        public init(label: String, shortLabel: String, counts: [Int]) {
            self.label = label
            self.shortLabel = shortLabel
            self.counts = counts
        }
    }
    public var title: String
    public var series: [Series]
    public var periods: [Period]
    /// Shown instead of an empty chart.
    public var emptyText: String
    public init(title: String, series: [Series], periods: [Period], emptyText: String) {
        self.title = title
        self.series = series
        self.periods = periods
        self.emptyText = emptyText
    }
}

/// A Gantt chart's data: bars with dates, mapped to positions once by each renderer.
public struct ReportGantt: Sendable {
    public struct Row: Sendable {
        public var id: String
        public var title: String
        public var start: Day
        public var end: Day
        public var progress: Int
        /// The last day of the done part of the bar, at the actual dates (the forecast's
        /// `doneThrough`); nil when nothing is done.
        public var doneThrough: Day?
        public var isMilestone: Bool
        public var done: Bool
        public var late: Bool
        public var critical: Bool
        public var baselineStart: Day?
        public var baselineEnd: Day?
    }
    public var rows: [Row]
    public var from: Day
    public var to: Day
    public var today: Day
    /// Days nobody works in `from...to` (weekends, holidays), shaded.
    public var nonWorking: Set<Day>
    public var language: Language
    /// The Mermaid text of the same plan, for Markdown.
    public var mermaid: String?

    /// The forecast's dates of every item, for the JSON of the reports that draw this chart.
    var itemsJSON: ReportJSON {
        .array(rows.map { r in
            .object(["id": .string(r.id), "start": .day(r.start), "end": .day(r.end), "done": .bool(r.done), "late": .bool(r.late), "critical": .bool(r.critical)])
        })
    }

    /// The one mapping of a forecast item onto a Gantt row, for every chart (the text chart,
    /// the HTML and SVG ones): its forecast dates, the done part at the actual dates (a done
    /// item whole, a task in progress up to its `doneThrough`), and its baseline dates.
    public static func row(_ i: ScheduledItem, planned: ScheduledItem?) -> Row {
        Row(id: i.id.description, title: i.title, start: i.start, end: max(i.start, i.end), progress: i.done ? 100 : i.progress,
            doneThrough: i.done ? max(i.start, i.end) : i.doneThrough, isMilestone: i.isMilestone,
            done: i.done, late: i.late, critical: i.critical, baselineStart: planned?.start, baselineEnd: planned?.end)
    }

    /// The chart of a schedule (with baseline bars when given).
    public static func of(_ schedule: Schedule, baseline: Schedule? = nil, board: Board, today: Day, language: Language) -> ReportGantt {
        let calendar = WorkCalendar(settings: board.settings)
        let planned = Dictionary((baseline?.items ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = schedule.items.sorted { ($0.start, $0.isMilestone ? 1 : 0, $0.id) < ($1.start, $1.isMilestone ? 1 : 0, $1.id) }
        let rows = items.map { row($0, planned: planned[$0.id]) }
        var from = schedule.start, to = schedule.end
        for r in rows {
            from = min(from, r.start, r.baselineStart ?? r.start)
            to = max(to, r.end, r.baselineEnd ?? r.end)
        }
        if let s = board.settings.start { from = min(from, s) }
        if let e = board.settings.end { to = max(to, e) }
        from = WorkCalendar.monday(of: from)
        to = WorkCalendar.monday(of: to).adding(days: 6)
        var off: Set<Day> = []
        var d = from
        while d <= to {
            if !calendar.isWorkingDay(d) { off.insert(d) }
            d = d.adding(days: 1)
        }
        return ReportGantt(rows: rows, from: from, to: to, today: today, nonWorking: off, language: language,
                           mermaid: GanttMermaid.render(schedule, board: board, language: language))
    }
}

public struct ReportBars: Sendable {
    public struct Bar: Sendable {
        public var label: String
        public var value: Double
        /// The reference the value is measured against (capacity, total); the bar is drawn
        /// against the largest of all values and references.
        public var reference: Double?
        public var valueText: String
        public var tone: Tone
        public init(label: String, value: Double, reference: Double?, valueText: String, tone: Tone = .plain) {
            self.label = label
            self.value = value
            self.reference = reference
            self.valueText = valueText
            self.tone = tone
        }
    }
    public var title: String
    public var bars: [Bar]
    public init(title: String, bars: [Bar]) {
        self.title = title
        self.bars = bars
    }
}
