import BoardCore
import Planning

/// The burndown (remaining effort per working day) and burnup (scope, work done) of a board:
/// a text chart, JSON, and inline SVG for the HTML pages. The figures are `Burndown`'s.
public enum BurndownChart {
    static let title = Text("burndown.title")
    static let burnupTitle = Text("burndown.burnupTitle")
    static let columnDay = Text("burndown.columnDay")
    static let columnRemaining = Text("burndown.columnRemaining")
    static let columnIdeal = Text("burndown.columnIdeal")
    static let columnBaseline = Text("burndown.columnBaseline")
    static let columnScope = Text("burndown.columnScope")
    static let today = Text("burndown.today")
    static let scopeAdded = Text("burndown.scopeAdded")
    static let doneWork = Text("burndown.doneWork")
    static func legend(_ g: Marks) -> Text {
        Text("burndown.legend", ["actual": g.actual, "forecast": g.forecast, "ideal": g.ideal, "baseline": g.baseline])
    }
    static func caption(_ status: String, _ target: String, _ baseline: String?) -> Text {
        Text("burndown.caption", ["status": status, "target": target, "baseline": baseline.map { Text("burndown.captionBaseline", ["baseline": $0]) } ?? Text("burndown.captionNoBaseline")])
    }

    struct Marks {
        let actual, forecast, ideal, baseline, empty: Character
        static let unicode = Marks(actual: "█", forecast: "▒", ideal: "|", baseline: "+", empty: " ")
        static let ascii = Marks(actual: "#", forecast: "=", ideal: "|", baseline: "+", empty: " ")
    }

    /// One line per working day: date, remaining, ideal, baseline, scope, then a bar of the
    /// remaining effort with the ideal and baseline marked on it; today's line is marked.
    public static func text(_ b: Burndown, language L: Language, style: TerminalStyle) -> String {
        let g = style.unicode ? Marks.unicode : Marks.ascii
        var out = [style.paint(style.clean(title(L)), .strong),
                   style.clean(caption(b.statusDate.formatted(L), b.target.formatted(L), b.baselineName)(L)),
                   style.clean(legend(g)(L)), ""]
        let hasBaseline = b.points.contains { $0.baseline != nil }
        func num(_ v: Double) -> String { TimeText.number(v, L) }
        var head = [DisplayWidth.pad(columnDay(L), to: 12), pad(columnRemaining(L)), pad(columnIdeal(L))]
        if hasBaseline { head.append(pad(columnBaseline(L))) }
        head.append(pad(columnScope(L)))
        let fixed = head.map(DisplayWidth.of).reduce(0, +) + head.count
        let barWidth = max(10, style.width - fixed - 14)
        let top = max(1e-9, b.points.map { max($0.remaining, $0.ideal, $0.baseline ?? 0, $0.scope) }.max() ?? 1)
        func col(_ v: Double) -> Int { min(barWidth - 1, max(0, Int((v / top * Double(barWidth - 1)).rounded()))) }
        out.append(head.joined(separator: " "))
        var previousScope: Double?
        for p in b.points {
            var bar = Array(repeating: g.empty, count: barWidth)
            let filled = p.remaining > 0 ? col(p.remaining) + 1 : 0
            for i in 0..<filled { bar[i] = p.forecast ? g.forecast : g.actual }
            bar[col(p.ideal)] = g.ideal
            if let base = p.baseline { bar[col(base)] = g.baseline }
            var cells = [DisplayWidth.pad(p.day.formatted(L), to: 12), pad(num(p.remaining)), pad(num(p.ideal))]
            if hasBaseline { cells.append(pad(p.baseline.map(num) ?? "—")) }
            cells.append(pad(num(p.scope)))
            var line = cells.joined(separator: " ") + " " + String(bar).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
            if let prev = previousScope, p.scope > prev + 1e-9 { line += (style.unicode ? " ▲ " : " ^ ") + scopeAdded(L) }
            if p.day == b.statusDate { line += (style.unicode ? " ◀ " : " < ") + today(L) }
            previousScope = p.scope
            out.append(style.paint(style.clean(line), p.day == b.statusDate ? .strong : .plain))
        }
        return out.joined(separator: "\n")
    }

    static func pad(_ s: String) -> String { DisplayWidth.pad(s, to: 9, alignRight: true) }

    /// `{"schemaVersion", "statusDate", "target", "baseline", "unit": "hours", "days": [{"date",
    /// "remaining", "forecast", "ideal", "baseline", "scope", "done"}]}`.
    public static func json(_ b: Burndown) -> String {
        ReportJSON.object([
            "statusDate": .day(b.statusDate), "target": .day(b.target), "baseline": .string(b.baselineName), "unit": .string("hours"),
            "days": .array(b.points.map { p in
                .object(["date": .day(p.day), "remaining": .double(p.remaining), "forecast": .bool(p.forecast), "ideal": .double(p.ideal),
                         "baseline": .double(p.baseline), "scope": .double(p.scope), "done": .double(p.done)])
            }),
        ]).render()
    }

    /// Burndown and burnup side by side as one inline SVG: lines over working days, today marked.
    static func svg(_ b: Burndown, language L: Language) -> String {
        let width = 1040.0, height = 276.0, left = 46.0, gap = 40.0, top = 24.0, bottom = 46.0
        let panel = (width - left * 2 - gap) / 2
        let n = max(1, b.points.count - 1)
        let top1 = max(1e-9, b.points.map { max($0.remaining, $0.ideal, $0.baseline ?? 0) }.max() ?? 1)
        let top2 = max(1e-9, b.points.map(\.scope).max() ?? 1)
        func x(_ i: Int, _ p: Int) -> Double { left + Double(p) * (panel + gap + left) + Double(i) / Double(n) * panel }
        func y(_ v: Double, _ scale: Double) -> Double { top + (1 - v / scale) * (height - top - bottom) }
        func path(_ values: [(Int, Double)], _ p: Int, _ scale: Double) -> String {
            values.enumerated().map { k, e in (k == 0 ? "M" : "L") + HTMLCharts.number(x(e.0, p)) + " " + HTMLCharts.number(y(e.1, scale)) }.joined(separator: " ")
        }
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(HTMLCharts.number(width)) \(HTMLCharts.number(height))\" role=\"img\" aria-label=\"\(HTML.escape(title(L)))\" font-family=\"system-ui, DejaVu Sans, Arial, sans-serif\" font-size=\"11\">\n"
        let points = Array(b.points.enumerated())
        for (p, name, scale) in [(0, title(L), top1), (1, burnupTitle(L), top2)] {
            let x0 = x(0, p)
            s += "<text x=\"\(HTMLCharts.number(x0))\" y=\"14\" font-weight=\"600\">\(HTML.escape(name))</text>\n"
            s += "<line x1=\"\(HTMLCharts.number(x0))\" y1=\"\(HTMLCharts.number(height - bottom))\" x2=\"\(HTMLCharts.number(x0 + panel))\" y2=\"\(HTMLCharts.number(height - bottom))\" stroke=\"#9aa3b2\"/>\n"
            s += "<text x=\"\(HTMLCharts.number(x0 - 4))\" y=\"\(HTMLCharts.number(top + 8))\" text-anchor=\"end\" fill=\"#5d6778\">\(HTML.escape(Catalog.hours(scale)(L)))</text>\n"
            s += "<text x=\"\(HTMLCharts.number(x0 - 4))\" y=\"\(HTMLCharts.number(height - bottom))\" text-anchor=\"end\" fill=\"#5d6778\">0</text>\n"
            if let first = b.points.first, let last = b.points.last {
                s += "<text x=\"\(HTMLCharts.number(x0))\" y=\"\(HTMLCharts.number(height - bottom + 14))\" fill=\"#5d6778\">\(HTML.escape(first.day.formatted(L)))</text>\n"
                s += "<text x=\"\(HTMLCharts.number(x0 + panel))\" y=\"\(HTMLCharts.number(height - bottom + 14))\" text-anchor=\"end\" fill=\"#5d6778\">\(HTML.escape(last.day.formatted(L)))</text>\n"
            }
            if let i = b.points.firstIndex(where: { $0.day >= b.statusDate }) {
                let tx = x(i, p)
                s += "<line x1=\"\(HTMLCharts.number(tx))\" y1=\"\(HTMLCharts.number(top))\" x2=\"\(HTMLCharts.number(tx))\" y2=\"\(HTMLCharts.number(height - bottom))\" stroke=\"#d0342c\" stroke-dasharray=\"3 2\"/>\n"
                s += "<text x=\"\(HTMLCharts.number(tx + 3))\" y=\"\(HTMLCharts.number(top + 10))\" fill=\"#d0342c\">\(HTML.escape(today(L)))</text>\n"
            }
            if p == 0 {
                s += "<path d=\"\(path(points.map { ($0.offset, $0.element.ideal) }, p, scale))\" fill=\"none\" stroke=\"#9aa3b2\" stroke-dasharray=\"5 3\"><title>\(HTML.escape(columnIdeal(L)))</title></path>\n"
                if b.points.contains(where: { $0.baseline != nil }) {
                    s += "<path d=\"\(path(points.map { ($0.offset, $0.element.baseline ?? 0) }, p, scale))\" fill=\"none\" stroke=\"#f0a020\" stroke-width=\"1.5\"><title>\(HTML.escape(columnBaseline(L)))</title></path>\n"
                }
                let actual = points.filter { !$0.element.forecast }.map { ($0.offset, $0.element.remaining) }
                let future = points.filter { $0.element.forecast || $0.element.day == b.statusDate }.map { ($0.offset, $0.element.remaining) }
                if !actual.isEmpty { s += "<path d=\"\(path(actual, p, scale))\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"><title>\(HTML.escape(columnRemaining(L)))</title></path>\n" }
                if future.count > 1 { s += "<path d=\"\(path(future, p, scale))\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\n" }
            } else {
                s += "<path d=\"\(path(points.map { ($0.offset, $0.element.scope) }, p, scale))\" fill=\"none\" stroke=\"#8e44ad\" stroke-width=\"1.5\"><title>\(HTML.escape(columnScope(L)))</title></path>\n"
                s += "<path d=\"\(path(points.filter { !$0.element.forecast }.map { ($0.offset, $0.element.done) }, p, scale))\" fill=\"none\" stroke=\"#2e9e4f\" stroke-width=\"2\"/>\n"
            }
        }
        // Legend under the two panels.
        var lx = left
        for (text, color, dash) in [(columnRemaining(L), "#1f5fa8", ""), (columnIdeal(L), "#9aa3b2", " stroke-dasharray=\"5 3\""),
                                    (columnBaseline(L), "#f0a020", ""), (columnScope(L), "#8e44ad", ""), (doneWork(L), "#2e9e4f", "")] {
            s += "<line x1=\"\(HTMLCharts.number(lx))\" y1=\"\(HTMLCharts.number(height - 4))\" x2=\"\(HTMLCharts.number(lx + 18))\" y2=\"\(HTMLCharts.number(height - 4))\" stroke=\"\(color)\" stroke-width=\"2\"\(dash)/>\n"
            s += "<text x=\"\(HTMLCharts.number(lx + 22))\" y=\"\(HTMLCharts.number(height - 1))\" fill=\"#1d2433\">\(HTML.escape(text))</text>\n"
            lx += 30 + Double(DisplayWidth.of(text)) * 6.5
        }
        return s + "</svg>\n"
    }
}
