/// A table of single-line cells drawn with box drawing (or `+-|` in ASCII), fitted to the
/// terminal width. Three pure stages, as in comfy-table: arrange column widths, format each
/// cell (clean, truncate and pad by display width), draw the borders. Colour is added to
/// padded cell contents only, so escapes never count towards widths.
public struct TextTable: Sendable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable {
        public var header: String
        public var alignment: Alignment
        /// Columns this column keeps while it shrinks.
        public var minWidth: Int
        /// Columns this column never exceeds (contents are truncated), if any.
        public var maxWidth: Int?
        /// Flexible columns shrink first when the table is too wide.
        public var flexible: Bool
        /// Columns with a drop rank may be left out when the table still does not fit once the
        /// flexible columns are at their minimum; the highest rank goes first.
        public var dropRank: Int?

        public init(_ header: String, alignment: Alignment = .left, minWidth: Int = 1, maxWidth: Int? = nil,
                    flexible: Bool = false, dropRank: Int? = nil) {
            self.header = header
            self.alignment = alignment
            self.minWidth = max(1, minWidth)
            self.maxWidth = maxWidth
            self.flexible = flexible
            self.dropRank = dropRank
        }
    }

    public struct Cell: Sendable, ExpressibleByStringLiteral {
        public var text: String
        public var tone: Tone

        public init(_ text: String, tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    public var columns: [Column]
    public private(set) var rows: [[Cell]] = []
    /// Draws the header row and the rule under it.
    public var showsHeader = true

    public init(columns: [Column]) {
        self.columns = columns
    }

    public mutating func append(_ cells: [Cell]) {
        rows.append(cells)
    }

    public mutating func append(_ texts: [String], tone: Tone = .plain) {
        rows.append(texts.map { Cell($0, tone: tone) })
    }

    /// The table as lines joined by newlines (no trailing newline), each at most
    /// `style.width` columns wide.
    public func render(_ style: TerminalStyle) -> String {
        guard !columns.isEmpty else { return "" }
        let cells = measured(style)
        return draw(cells, arrange(cells, width: style.width), style)
    }

    /// `render`, when the table fits `style.width` whole: every column shown, no flexible
    /// column under its minimum and no fixed column cut; nil otherwise. Renderers use it to
    /// pick a more compact content (short dates, say) before columns have to go. The cells
    /// are cleaned and measured once for both.
    public func renderedWhole(_ style: TerminalStyle) -> String? {
        guard !columns.isEmpty else { return "" }
        let cells = measured(style)
        let layout = arrange(cells, width: style.width)
        return layout.whole ? draw(cells, layout, style) : nil
    }

    /// The cells made safe to show (`TerminalStyle.clean`), each body cell with its width in
    /// columns, measured once for the layout and the padding.
    private struct Measured {
        var headers: [String]
        var body: [[Cell]]
        var widths: [[Int]]
    }

    private func measured(_ style: TerminalStyle) -> Measured {
        let headers = columns.map { style.clean($0.header) }
        let body = rows.map { row in
            columns.indices.map { i in i < row.count ? Cell(style.clean(row[i].text), tone: row[i].tone) : Cell("") }
        }
        return Measured(headers: headers, body: body, widths: body.map { $0.map { DisplayWidth.of($0.text) } })
    }

    /// The lines of the table with the columns and widths `layout` chose, written as UTF-8
    /// into one buffer (a plan prints thousands of rows).
    private func draw(_ cells: Measured, _ layout: (shown: [Int], widths: [Int], whole: Bool), _ style: TerminalStyle) -> String {
        let shown = layout.shown, widths = layout.widths
        let g = style.glyphs
        var out: [UInt8] = []
        out.reserveCapacity((cells.body.count + 4) * (widths.reduce(0, +) + 8 * widths.count + 4))
        /// Where each line starts in `out`.
        var starts: [Int] = []
        func newLine() {
            if !starts.isEmpty { out.append(0x0A) }
            starts.append(out.count)
        }
        func rule(_ left: String, _ mid: String, _ right: String) {
            newLine()
            out.append(contentsOf: left.utf8)
            for (n, i) in shown.enumerated() {
                if n > 0 { out.append(contentsOf: mid.utf8) }
                for _ in 0..<(widths[i] + 2) { out.append(contentsOf: g.horizontal.utf8) }
            }
            out.append(contentsOf: right.utf8)
        }
        // `│ a │ b │`; `measured` is the cell's width when known.
        func line(_ row: [Cell], measured: [Int]?, header: Bool) {
            newLine()
            out.append(contentsOf: g.vertical.utf8)
            if shown.isEmpty { out.append(contentsOf: g.vertical.utf8) }
            for i in shown {
                let tone = header ? Tone.strong : row[i].tone
                let w = measured?[i] ?? DisplayWidth.of(row[i].text)
                out.append(0x20)
                if w <= widths[i], !style.paints(tone) {
                    let fill = widths[i] - w
                    if columns[i].alignment == .right { out.append(contentsOf: repeatElement(0x20, count: fill)) }
                    out.append(contentsOf: row[i].text.utf8)
                    if columns[i].alignment != .right { out.append(contentsOf: repeatElement(0x20, count: fill)) }
                } else {
                    let text = w <= widths[i] ? row[i].text : DisplayWidth.truncate(row[i].text, to: widths[i], ellipsis: g.ellipsis)
                    let padded = DisplayWidth.pad(text, to: widths[i], alignRight: columns[i].alignment == .right)
                    out.append(contentsOf: style.paint(padded, tone).utf8)
                }
                out.append(0x20)
                out.append(contentsOf: g.vertical.utf8)
            }
        }

        rule(g.topLeft, g.topMid, g.topRight)
        if showsHeader {
            // A header wider than its column goes on several lines, word by word, rather than
            // being cut ("Part com…"); a word still too long is cut on its line.
            let wrapped = columns.indices.map { i -> [String] in
                guard shown.contains(i), DisplayWidth.of(cells.headers[i]) > widths[i] else { return [cells.headers[i]] }
                let parts = DisplayWidth.wrap(cells.headers[i], to: widths[i], cutMark: nil)
                return parts.isEmpty ? [cells.headers[i]] : parts
            }
            let depth = shown.map { wrapped[$0].count }.max() ?? 1
            for row in 0..<depth {
                line(wrapped.map { Cell(row < $0.count ? $0[row] : "") }, measured: nil, header: true)
            }
            rule(g.midLeft, g.midMid, g.midRight)
        }
        for (row, measured) in zip(cells.body, cells.widths) { line(row, measured: measured, header: false) }
        rule(g.bottomLeft, g.bottomMid, g.bottomRight)

        // Last resort for absurdly narrow terminals: clip what still overflows.
        let total = shown.reduce(0) { $0 + widths[$1] } + 3 * shown.count + 1
        guard total > style.width else { return String(decoding: out, as: UTF8.self) }
        return starts.indices.map { n in
            let end = n + 1 < starts.count ? starts[n + 1] - 1 : out.count
            return style.clip(String(decoding: out[starts[n]..<end], as: UTF8.self), to: style.width)
        }.joined(separator: "\n")
    }

    /// Which columns to show and how wide each is (indexed like `columns`). In order: narrow
    /// columns whose header is wider than their cells (the header wraps), shrink flexible
    /// columns to their minimum, drop droppable columns (highest rank first), shrink
    /// flexible columns further, then any column. `whole` when only the first step was needed.
    private func arrange(_ cells: Measured, width: Int) -> (shown: [Int], widths: [Int], whole: Bool) {
        let headers = cells.headers
        let widest = columns.indices.map { i in cells.widths.reduce(0) { max($0, $1[i]) } }
        let natural = columns.indices.map { i -> Int in
            var w = max(DisplayWidth.of(headers[i]), widest[i], columns[i].minWidth)
            if let cap = columns[i].maxWidth { w = min(w, max(cap, 1)) }
            return w
        }
        // A header wider than its cells wraps word by word (see `render`), so a column as
        // narrow as its widest cell or header word loses nothing.
        let compact = columns.indices.map { i -> Int in
            let w = max(headers[i].split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0, widest[i])
            return min(natural[i], max(w, columns[i].minWidth))
        }
        var shown = Array(columns.indices)
        func overflow(_ widths: [Int]) -> Int {
            shown.reduce(0) { $0 + widths[$1] } + 3 * shown.count + 1 - width
        }
        func shrink(_ widths: inout [Int], candidates: [Int], floor: (Int) -> Int) {
            while overflow(widths) > 0 {
                guard let widest = candidates.filter({ widths[$0] > floor($0) }).max(by: { widths[$0] < widths[$1] }) else { return }
                widths[widest] -= 1
            }
        }
        let flexible = { (shown: [Int]) in shown.filter { self.columns[$0].flexible } }
        while true {
            var widths = natural
            shrink(&widths, candidates: shown, floor: { compact[$0] })
            shrink(&widths, candidates: flexible(shown), floor: { min(self.columns[$0].minWidth, natural[$0]) })
            if overflow(widths) <= 0 { return (shown, widths, shown.count == columns.count) }
            let droppable = shown.filter { columns[$0].dropRank != nil }
            guard let drop = droppable.max(by: { columns[$0].dropRank! < columns[$1].dropRank! }) else {
                shrink(&widths, candidates: flexible(shown), floor: { _ in 1 })
                shrink(&widths, candidates: shown, floor: { _ in 1 })
                return (shown, widths, false)
            }
            shown.removeAll { $0 == drop }
        }
    }
}
