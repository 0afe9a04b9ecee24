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
        let (headers, body) = cleaned(style)
        let layout = arrange(headers: headers, body: body, width: style.width)
        let shown = layout.shown, widths = layout.widths
        let g = style.glyphs

        func rule(_ left: String, _ mid: String, _ right: String) -> String {
            left + shown.map { String(repeating: g.horizontal, count: widths[$0] + 2) }.joined(separator: mid) + right
        }
        func line(_ cells: [Cell], header: Bool) -> String {
            // `│ a │ b │`, appended into one string: a plan prints thousands of rows.
            var out = g.vertical
            if shown.isEmpty { out += g.vertical }
            for i in shown {
                let text = DisplayWidth.truncate(cells[i].text, to: widths[i], ellipsis: g.ellipsis)
                let padded = DisplayWidth.pad(text, to: widths[i], alignRight: columns[i].alignment == .right)
                out += " "
                out += style.paint(padded, header ? .strong : cells[i].tone)
                out += " "
                out += g.vertical
            }
            return out
        }

        var lines = [rule(g.topLeft, g.topMid, g.topRight)]
        if showsHeader {
            // A header wider than its column goes on several lines, word by word, rather than
            // being cut ("Part com…"); a word still too long is cut on its line.
            let wrapped = columns.indices.map { i -> [String] in
                guard shown.contains(i), DisplayWidth.of(headers[i]) > widths[i] else { return [headers[i]] }
                let parts = DisplayWidth.wrap(headers[i], to: widths[i], cutMark: nil)
                return parts.isEmpty ? [headers[i]] : parts
            }
            let depth = shown.map { wrapped[$0].count }.max() ?? 1
            for row in 0..<depth {
                lines.append(line(wrapped.map { Cell(row < $0.count ? $0[row] : "") }, header: true))
            }
            lines.append(rule(g.midLeft, g.midMid, g.midRight))
        }
        for row in body { lines.append(line(row, header: false)) }
        lines.append(rule(g.bottomLeft, g.bottomMid, g.bottomRight))

        // Last resort for absurdly narrow terminals: clip what still overflows.
        let total = shown.reduce(0) { $0 + widths[$1] } + 3 * shown.count + 1
        if total > style.width {
            lines = lines.map { style.clip($0, to: style.width) }
        }
        return lines.joined(separator: "\n")
    }

    /// True when the table fits `style.width` with every column shown, no flexible column
    /// under its minimum and no fixed column cut. Renderers use it to pick a more compact
    /// content (short dates, say) before columns have to go.
    public func fitsWhole(_ style: TerminalStyle) -> Bool {
        let (headers, body) = cleaned(style)
        return arrange(headers: headers, body: body, width: style.width).whole
    }

    private func cleaned(_ style: TerminalStyle) -> (headers: [String], body: [[Cell]]) {
        let headers = columns.map { style.clean($0.header) }
        let body = rows.map { row in
            columns.indices.map { i in i < row.count ? Cell(style.clean(row[i].text), tone: row[i].tone) : Cell("") }
        }
        return (headers, body)
    }

    /// Which columns to show and how wide each is (indexed like `columns`). In order: narrow
    /// columns whose header is wider than their cells (the header wraps), shrink flexible
    /// columns to their minimum, drop droppable columns (highest rank first), shrink
    /// flexible columns further, then any column. `whole` when only the first step was needed.
    func arrange(headers: [String], body: [[Cell]], width: Int) -> (shown: [Int], widths: [Int], whole: Bool) {
        let natural = columns.indices.map { i -> Int in
            var w = DisplayWidth.of(headers[i])
            for row in body { w = max(w, DisplayWidth.of(row[i].text)) }
            w = max(w, columns[i].minWidth)
            if let cap = columns[i].maxWidth { w = min(w, max(cap, 1)) }
            return w
        }
        // A header wider than its cells wraps word by word (see `render`), so a column as
        // narrow as its widest cell or header word loses nothing.
        let compact = columns.indices.map { i -> Int in
            var w = headers[i].split(separator: " ").map { DisplayWidth.of(String($0)) }.max() ?? 0
            for row in body { w = max(w, DisplayWidth.of(row[i].text)) }
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
