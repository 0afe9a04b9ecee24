import BoardCore
import Foundation

/// Inline SVG charts for the HTML pages. Dates are mapped to x once (`x(day)`), as in
/// TaskJuggler's Gantt model; every label is escaped.
enum HTMLCharts {
    static func number(_ v: Double) -> String {
        let r = (v * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(format: "%.1f", r)
    }

    // MARK: Gantt

    static func gantt(_ g: ReportGantt) -> String {
        let labelWidth = 300.0, width = 1040.0, rowHeight = 20.0, headerHeight = 36.0
        let days = max(1, g.to.ordinal - g.from.ordinal + 1)
        let dayWidth = (width - labelWidth) / Double(days)
        func x(_ d: Day) -> Double { labelWidth + Double(d.ordinal - g.from.ordinal) * dayWidth }
        let height = headerHeight + Double(g.rows.count) * rowHeight + 26
        let L = g.language
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTML.escape(Catalog.trGanttTitle(L)))\" font-family=\"system-ui, DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n"
        // Non-working days, shaded in runs.
        var d = g.from
        while d <= g.to {
            if g.nonWorking.contains(d) {
                var e = d
                while g.nonWorking.contains(e.adding(days: 1)) && e.adding(days: 1) <= g.to { e = e.adding(days: 1) }
                s += "<rect x=\"\(number(x(d)))\" y=\"\(number(headerHeight - 2))\" width=\"\(number(Double(e.ordinal - d.ordinal + 1) * dayWidth))\" height=\"\(number(Double(g.rows.count) * rowHeight + 4))\" fill=\"#eef0f4\"/>\n"
                d = e.adding(days: 1)
            } else {
                d = d.adding(days: 1)
            }
        }
        // Header: months on the first line, ISO week Mondays on the second.
        var month = Day(year: g.from.year, month: g.from.month, day: 1)!
        while month <= g.to {
            let start = max(month, g.from)
            let next = month.month == 12 ? Day(year: month.year + 1, month: 1, day: 1)! : Day(year: month.year, month: month.month + 1, day: 1)!
            // A month's label whole or not at all: "janv. 2027", else "janv.", else none (a month
            // shown for a few days only). About 6.6 px a character in bold 11 px type.
            let room = x(min(next, g.to.adding(days: 1))) - x(start) - 3
            let name = Catalog.monthShort(month.month)(L)
            if let text = [name + " " + String(month.year), name].first(where: { Double(DisplayWidth.of($0)) * 6.6 <= room }) {
                s += "<text x=\"\(number(x(start) + 3))\" y=\"13\" font-weight=\"600\">\(HTML.escape(text))</text>\n"
            }
            s += "<line x1=\"\(number(x(start)))\" y1=\"2\" x2=\"\(number(x(start)))\" y2=\"\(number(height - 24))\" stroke=\"#c9ced8\" stroke-width=\"0.6\"/>\n"
            month = next
        }
        var monday = g.from.adding(days: (8 - g.from.weekday) % 7)
        while monday <= g.to {
            let label = monday.formatted(L, short: true)
            if dayWidth * 7 >= 30 { s += "<text x=\"\(number(x(monday) + 2))\" y=\"29\" fill=\"#5d6778\" font-size=\"9\">\(HTML.escape(label))</text>\n" }
            s += "<line x1=\"\(number(x(monday)))\" y1=\"20\" x2=\"\(number(x(monday)))\" y2=\"\(number(height - 24))\" stroke=\"#e1e4ea\" stroke-width=\"0.5\"/>\n"
            monday = monday.adding(days: 7)
        }
        for (i, r) in g.rows.enumerated() {
            let y = headerHeight + Double(i) * rowHeight
            if i % 2 == 1 { s += "<rect x=\"0\" y=\"\(number(y))\" width=\"\(number(labelWidth))\" height=\"\(number(rowHeight))\" fill=\"#f6f7fa\"/>\n" }
            let label = DisplayWidth.truncate(r.id + " " + r.title, to: 46)
            let color = r.late ? "#b3261e" : (r.isMilestone ? "#1d2433" : "#1d2433")
            s += "<text x=\"4\" y=\"\(number(y + 14))\" fill=\"\(color)\"\(r.isMilestone ? " font-weight=\"600\"" : "")>\(HTML.escape(label))</text>\n"
            let tip = "<title>\(HTML.escape(r.id + " " + r.title + " — " + r.start.formatted(L) + (r.isMilestone ? "" : " → " + r.end.formatted(L))))</title>"
            if let bs = r.baselineStart, let be = r.baselineEnd {
                if r.isMilestone {
                    s += diamond(cx: x(bs) + dayWidth / 2, cy: y + 10, size: 5, fill: "none", stroke: "#8a93a3")
                } else {
                    s += "<rect x=\"\(number(x(bs)))\" y=\"\(number(y + 15))\" width=\"\(number(max(2, Double(be.ordinal - bs.ordinal + 1) * dayWidth)))\" height=\"3\" fill=\"#9aa3b2\"/>\n"
                }
            }
            if r.isMilestone {
                let fill = r.done ? "#1d7a3c" : (r.late ? "#b3261e" : "#1d2433")
                s += "<g \(dataDates(r))>\(tip)" + diamond(cx: x(r.start) + dayWidth / 2, cy: y + 10, size: 6.5, fill: fill, stroke: "#ffffff") + "</g>\n"
                continue
            }
            let bx = x(r.start), bw = max(2, Double(r.end.ordinal - r.start.ordinal + 1) * dayWidth)
            let base = r.done ? "#8cc9a0" : (r.critical ? "#f2b8a0" : "#a9c4e8")
            let fill = r.done ? "#1d7a3c" : (r.critical ? "#c2521f" : "#1f5fa8")
            s += "<g \(dataDates(r))>\(tip)<rect x=\"\(number(bx))\" y=\"\(number(y + 4))\" width=\"\(number(bw))\" height=\"10\" rx=\"2\" fill=\"\(base)\"\(r.late ? " stroke=\"#b3261e\" stroke-width=\"1.5\"" : "")/>"
            // The done part at its actual dates (the forecast's doneThrough), not a share of the bar.
            if let through = r.doneThrough, through >= r.start {
                let dw = min(bw, Double(min(through, r.end).ordinal - r.start.ordinal + 1) * dayWidth)
                s += "<rect x=\"\(number(bx))\" y=\"\(number(y + 4))\" width=\"\(number(dw))\" height=\"10\" rx=\"2\" fill=\"\(fill)\" data-done-through=\"\(through.iso)\"/>"
            }
            s += "</g>\n"
        }
        if g.today >= g.from && g.today <= g.to {
            let tx = x(g.today) + dayWidth / 2
            s += "<line x1=\"\(number(tx))\" y1=\"18\" x2=\"\(number(tx))\" y2=\"\(number(height - 24))\" stroke=\"#b3261e\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>\n"
        }
        // Legend.
        let ly = height - 8
        var lx = 4.0
        func legend(_ swatch: String, _ text: String) {
            s += swatch.replacingOccurrences(of: "LX", with: number(lx)).replacingOccurrences(of: "LY", with: number(ly - 9))
            s += "<text x=\"\(number(lx + 16))\" y=\"\(number(ly))\" fill=\"#5d6778\">\(HTML.escape(text))</text>\n"
            lx += 16 + Double(DisplayWidth.of(text)) * 6.2 + 14
        }
        legend("<rect x=\"LX\" y=\"LY\" width=\"12\" height=\"9\" fill=\"#1f5fa8\"/>", Catalog.legendDone(L) + " / " + Catalog.legendRemaining(L))
        legend("<rect x=\"LX\" y=\"LY\" width=\"12\" height=\"9\" fill=\"#c2521f\"/>", Catalog.legendCritical(L))
        legend("<rect x=\"LX\" y=\"LY\" width=\"12\" height=\"9\" fill=\"#8cc9a0\"/>", Catalog.trLegendFinished(L))
        legend("<rect x=\"LX\" y=\"LY\" width=\"12\" height=\"9\" fill=\"#ffffff\" stroke=\"#b3261e\" stroke-width=\"1.5\"/>", Catalog.legendLate(L))
        if g.rows.contains(where: { $0.baselineStart != nil }) {
            legend("<rect x=\"LX\" y=\"LY\" width=\"12\" height=\"3\" fill=\"#9aa3b2\"/>", Catalog.trLegendBaseline(L))
        }
        legend("<rect x=\"LX\" y=\"LY\" width=\"2\" height=\"10\" fill=\"#b3261e\"/>", Catalog.trLegendToday(g.today.formatted(L))(L))
        return s + "</svg>\n"
    }

    /// The bar's item and forecast dates, machine-readable (`data-item`, `data-start`, `data-end`).
    static func dataDates(_ r: ReportGantt.Row) -> String {
        "data-item=\"\(HTML.escape(r.id))\" data-start=\"\(r.start.iso)\" data-end=\"\(r.end.iso)\""
    }

    static func diamond(cx: Double, cy: Double, size: Double, fill: String, stroke: String) -> String {
        "<path d=\"M \(number(cx)) \(number(cy - size)) L \(number(cx + size)) \(number(cy)) L \(number(cx)) \(number(cy + size)) L \(number(cx - size)) \(number(cy)) Z\" fill=\"\(fill)\" stroke=\"\(stroke)\" stroke-width=\"1\"/>\n"
    }

    // MARK: Bars

    static func bars(_ chart: ReportBars) -> String {
        let labelWidth = 190.0, width = 1040.0, valueWidth = 150.0, rowHeight = 24.0
        let top = chart.title.isEmpty ? 4.0 : 22.0
        let height = top + Double(chart.bars.count) * rowHeight + 6
        let scale = max(1e-9, chart.bars.map { max($0.value, $0.reference ?? 0) }.max() ?? 1)
        let area = width - labelWidth - valueWidth
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(number(width)) \(number(height))\" role=\"img\" aria-label=\"\(HTML.escape(chart.title))\" font-family=\"system-ui, DejaVu Sans, Arial, sans-serif\" font-size=\"12\">\n"
        if !chart.title.isEmpty { s += "<text x=\"0\" y=\"14\" font-weight=\"600\">\(HTML.escape(chart.title))</text>\n" }
        for (i, bar) in chart.bars.enumerated() {
            let y = top + Double(i) * rowHeight
            s += "<text x=\"0\" y=\"\(number(y + 15))\">\(HTML.escape(DisplayWidth.truncate(bar.label, to: 28)))</text>\n"
            s += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 4))\" width=\"\(number(area))\" height=\"14\" fill=\"#eef0f4\" rx=\"2\"/>\n"
            let color: String
            switch bar.tone {
            case .alert: color = "#d0342c"
            case .good: color = "#2e9e4f"
            case .strong: color = "#f0a020"
            case .muted: color = "#9aa3b2"
            default: color = "#1f5fa8"
            }
            let w = max(0, min(area, area * bar.value / scale))
            s += "<rect x=\"\(number(labelWidth))\" y=\"\(number(y + 4))\" width=\"\(number(w))\" height=\"14\" fill=\"\(color)\" rx=\"2\"/>\n"
            if let ref = bar.reference, ref > 0 {
                let rx = labelWidth + min(area, area * ref / scale)
                s += "<line x1=\"\(number(rx))\" y1=\"\(number(y + 1))\" x2=\"\(number(rx))\" y2=\"\(number(y + 21))\" stroke=\"#1d2433\" stroke-width=\"1.5\"/>\n"
            }
            s += "<text x=\"\(number(width - valueWidth + 8))\" y=\"\(number(y + 15))\" fill=\"#1d2433\">\(HTML.escape(bar.valueText))</text>\n"
        }
        return s + "</svg>\n"
    }
}
