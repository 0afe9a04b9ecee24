import BoardCore

/// The two drawings of a `ReportColumns` chart: text bars for the terminal (and Markdown, in a
/// code block) and stacked SVG columns for the HTML pages.
extension ReportColumns {
    /// One colour per series; a minor series (outsiders) is grey.
    static let palette = ["#1f5fa8", "#c2521f", "#2e8b57", "#8e44ad", "#b8860b", "#d6336c", "#0b7285", "#5c940d"]

    /// One line per period; one column per (non-minor) series, each a bar proportional to its
    /// count (the same scale for every series) followed by the count.
    public func text(style: TerminalStyle) -> String {
        let shown = series.indices.filter { !series[$0].minor }
        guard !periods.isEmpty, !shown.isEmpty else { return style.clean(emptyText) }
        let names = shown.map { style.clean(series[$0].name) }
        let label = periods.map { DisplayWidth.of($0.label) }.max() ?? 10
        let maxCount = max(1, periods.flatMap { p in shown.map { p.counts[$0] } }.max() ?? 1)
        let countWidth = String(maxCount).count
        let column = max(countWidth + 3, (style.width - label - 1) / shown.count - 1)
        let barWidth = max(1, column - countWidth - 1)
        let full = style.unicode ? "█" : "#"
        var header = DisplayWidth.pad("", to: label)
        for n in names { header += " " + DisplayWidth.pad(DisplayWidth.truncate(n, to: column, ellipsis: style.glyphs.ellipsis), to: column) }
        var lines = [style.paint(header, .strong)]
        for p in periods {
            var line = DisplayWidth.pad(p.label, to: label)
            for i in shown {
                let n = p.counts[i]
                let length = n == 0 ? 0 : max(1, Int((Double(n) / Double(maxCount) * Double(barWidth)).rounded()))
                let bar = String(repeating: full, count: length)
                line += " " + DisplayWidth.pad(style.paint(bar, .accent) + (n > 0 ? " \(n)" : ""), to: column + (style.color && length > 0 ? 9 : 0))
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }

    /// Stacked columns, one colour per series, with a legend of the non-minor series.
    func svg(language L: Language) -> String {
        let number = HTMLCharts.number
        guard !periods.isEmpty else { return "<p>\(HTML.escape(emptyText))</p>\n" }
        let named = series.indices.filter { !series[$0].minor }
        let width = 640.0, height = 220.0, left = 30.0, bottom = 40.0, top = 10.0
        let totals = periods.map { $0.counts.reduce(0, +) }
        let maxTotal = Double(max(1, totals.max() ?? 1))
        let step = (width - left - 10) / Double(periods.count)
        let barW = max(2, step * 0.7)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height + 20 * Double((named.count + 2) / 3)))\" role=\"img\" aria-label=\"\(HTML.escape(title))\" font-size=\"10\" font-family=\"system-ui, DejaVu Sans, Arial, sans-serif\">\n"
        s += "<line x1=\"\(number(left))\" y1=\"\(number(height - bottom))\" x2=\"\(number(width - 5))\" y2=\"\(number(height - bottom))\" stroke=\"#888\"/>\n"
        s += "<text x=\"0\" y=\"\(number(top + 8))\">\(Int(maxTotal))</text>\n"
        let labelEvery = max(1, periods.count / 10)
        func color(_ i: Int) -> String { series[i].minor ? "#9aa3b2" : ReportColumns.palette[(named.firstIndex(of: i) ?? i) % ReportColumns.palette.count] }
        for (i, p) in periods.enumerated() {
            let x = left + Double(i) * step
            var y = height - bottom
            for (j, n) in p.counts.enumerated() where n > 0 {
                let h = Double(n) / maxTotal * (height - bottom - top)
                y -= h
                s += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(barW))\" height=\"\(number(h))\" fill=\"\(color(j))\"><title>\(HTML.escape(p.label)) — \(HTML.escape(series[j].name)) : \(n)</title></rect>\n"
            }
            if i % labelEvery == 0 {
                s += "<text x=\"\(number(x))\" y=\"\(number(height - bottom + 14))\">\(HTML.escape(p.shortLabel))</text>\n"
            }
        }
        for (k, j) in named.enumerated() {
            let x = left + Double(k % 3) * 200, y = height - 6 + Double(k / 3) * 16
            s += "<rect x=\"\(number(x))\" y=\"\(number(y - 9))\" width=\"10\" height=\"10\" fill=\"\(color(j))\"/><text x=\"\(number(x + 14))\" y=\"\(number(y))\">\(HTML.escape(series[j].name))</text>\n"
        }
        return s + "</svg>\n"
    }
}
