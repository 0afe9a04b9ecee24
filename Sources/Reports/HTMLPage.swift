import BoardCore

/// Self-contained HTML pages: one file with its style sheet inline, charts as inline SVG, no
/// script, no font, no image, no link to anything outside — it opens offline, mails as one
/// attachment and prints on A4 (a print style sheet sets the page, keeps table rows whole and
/// starts each team's summary on a new page). Every text from the board goes through
/// `HTML.escape`, so a task titled `<script>` is shown, never run.
public enum HTML {
    /// Text made safe for HTML content and attribute values.
    /// A space that DisplayWidth.words keeps (before `%`, `:`, `»`…, after `«`) is written
    /// as a no-break space, so the browser follows the same rule as the terminal: "24 %" never
    /// breaks before its sign.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in DisplayWidth.keepingSignsTogether(ASCIIText.removingControls(text)) {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }

    /// Lines of text made safe for HTML content, each escaped on its own so its line end is
    /// kept (`escape` makes a line end a space, as a table cell needs).
    static func escapeLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(separator: "\n")
    }

    /// A whole page: `<!DOCTYPE html>` to `</html>`, with `body` as its content.
    public static func page(title: String, language: Language, body: String, navigation: [(href: String, label: String)] = []) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<meta name=\"generator\" content=\"Jalon\">\n"
        out += "<title>\(escape(title))</title>\n<style>\n\(styleSheet)</style>\n</head>\n<body>\n"
        if !navigation.isEmpty {
            out += "<nav>" + navigation.map { "<a href=\"\(escape($0.href))\">\(escape($0.label))</a>" }.joined(separator: " ") + "</nav>\n"
        }
        out += "<main>\n" + body + "</main>\n</body>\n</html>\n"
        return out
    }

    /// A report document as a page.
    public static func render(_ document: ReportDocument, navigation: [(href: String, label: String)] = []) -> String {
        page(title: document.title, language: document.language, body: body(document), navigation: navigation)
    }

    /// The page content of a report document (without `<html>`), for pages that combine several.
    public static func body(_ document: ReportDocument) -> String {
        var out = document.title.isEmpty ? "<header>\n" : "<header>\n<h1>\(escape(document.title))</h1>\n"
        if let subtitle = document.subtitle { out += "<p class=\"subtitle\">\(escape(subtitle))</p>\n" }
        if !document.facts.isEmpty {
            out += "<dl class=\"facts\">\n"
            for f in document.facts {
                out += "<div><dt>\(escape(f.label))</dt><dd class=\"\(toneClass(f.tone))\">\(escape(f.value))</dd></div>\n"
            }
            out += "</dl>\n"
        }
        out += "</header>\n"
        for section in document.sections {
            let tag = section.level == 1 ? "h2" : "h3"
            out += section.newPage ? "<section class=\"page\">\n" : "<section>\n"
            if !section.title.isEmpty { out += "<\(tag)>\(escape(section.title + (section.mention.map { " (" + $0 + ")" } ?? "")))</\(tag)>\n" }
            for block in section.blocks { out += html(block, language: document.language) }
            out += "</section>\n"
        }
        if let footer = document.footer { out += "<footer>\(escape(footer))</footer>\n" }
        return out
    }

    static func html(_ block: ReportBlock, language: Language) -> String {
        switch block {
        case .paragraph(let text, let tone):
            return "<p class=\"\(toneClass(tone))\">\(escape(text))</p>\n"
        case .list(let items):
            return "<ul>\n" + items.map { "<li>\(escape($0))</li>\n" }.joined() + "</ul>\n"
        case .entries(let entries):
            return "<ul>\n" + entries.map { e in "<li>\(escape(e.text))" + (e.note.map { " <span class=\"muted\">\(escape($0))</span>" } ?? "") + "</li>\n" }.joined() + "</ul>\n"
        case .markdown(let text):
            // The lessons the team edits: shown as written, escaped, line breaks kept.
            return "<pre class=\"notes\">\(escapeLines(text))</pre>\n"
        case .writing(let writing):
            // Markdown the team wrote: shown as written, escaped, line breaks kept, as the lessons are.
            return (writing.byline.map { "<p class=\"muted\">\(escape($0))</p>\n" } ?? "") + "<pre class=\"notes\">\(escapeLines(writing.markdown.trimmingCharacters(in: .newlines)))</pre>\n"
        case .tree(let tree):
            func node(_ n: ReportTree) -> String {
                "<li>\(escape(n.name))" + (n.note.map { " <span class=\"\(toneClass(n.noteTone))\">\(escape($0))</span>" } ?? "")
                    + (n.children.isEmpty ? "" : "\n<ul>\n" + n.children.map(node).joined() + "</ul>\n") + "</li>\n"
            }
            return "<ul class=\"tree\">\n" + node(tree) + "</ul>\n"
        case .outline(let items):
            func list(_ items: [ReportOutlineItem]) -> String {
                "<ul>\n" + items.map { item in
                    let text = item.spans.map { span -> String in
                        var t = escape(span.text)
                        if span.code { t = "<code>\(t)</code>" }
                        if span.strong { t = "<strong>\(t)</strong>" }
                        if let link = span.link { t = "<a href=\"\(escape(link))\">\(t)</a>" }
                        return t
                    }.joined()
                    return "<li>" + (item.children.isEmpty ? text : "<strong>\(text)</strong>\n" + list(item.children)) + "</li>\n"
                }.joined() + "</ul>\n"
            }
            return list(items)
        case .fields(let facts):
            return "<dl class=\"facts\">\n" + facts.map { "<div><dt>\(escape($0.label))</dt><dd class=\"\(toneClass($0.tone))\">\(escape($0.value))</dd></div>\n" }.joined() + "</dl>\n"
        case .table(let table):
            if table.rows.isEmpty { return "<p class=\"\(toneClass(table.emptyTone))\">\(escape(table.emptyText))</p>\n" }
            // A wide table (the class overview's nine columns) gives its text columns less room
            // each, so it fits a 1,280 px screen; on a narrower screen each row becomes a card,
            // one line per column under its header (`data-label`), so no column is out of
            // sight. Printed, it stays a table.
            let many = table.columns.count >= 8
            var out = "<div class=\"table-box\"><table\(many ? " class=\"many\"" : "")>\n<thead><tr>"
            for c in table.columns { out += "<th\(c.alignment == .right ? " class=\"num\"" : "")>\(escape(c.header))</th>" }
            out += "</tr></thead>\n<tbody>\n"
            for row in table.rows {
                out += "<tr>"
                for (i, cell) in row.enumerated() {
                    var classes: [String] = []
                    if i < table.columns.count, table.columns[i].alignment == .right { classes.append("num") }
                    // Ids, dates and numbers never break; titles and names wrap.
                    if i < table.columns.count, !table.columns[i].flexible, table.columns[i].alignment != .right { classes.append("nw") }
                    // Titles and names: wide enough to read, broken between words only.
                    if i < table.columns.count, table.columns[i].flexible { classes.append("flex") }
                    if cell.tone != .plain { classes.append(toneClass(cell.tone)) }
                    let label = many && i < table.columns.count ? " data-label=\"\(escape(table.columns[i].header))\"" : ""
                    out += (classes.isEmpty ? "<td" : "<td class=\"\(classes.joined(separator: " "))\"") + label + ">"
                    if let light = cell.light, light != .none { out += "<span class=\"light \(light.rawValue)\" aria-hidden=\"true\"></span>" }
                    out += escape(cell.text) + "</td>"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
            if let legend = table.legend { out += "<p class=\"\(toneClass(table.legendTone))\">\(escape(legend))</p>\n" }
            return out
        case .kanban(let kanban):
            // A column per status, a card per task.
            var out = "<div class=\"kanban\">\n"
            for column in kanban.columns {
                out += "<section><h4>\(escape(column.header))</h4>\n<ul>\n"
                if column.cards.isEmpty && column.more == nil { out += "<li class=\"muted\">\(escape(Glyphs.unicode.none))</li>\n" }
                for c in column.cards {
                    out += "<li class=\"\(c.late ? "alert" : "plain")\"><b>\(escape(c.id))</b> \(escape(c.title))"
                    out += "<br><span class=\"\(c.unassigned ? "muted" : "plain")\">\(escape(c.assignees))</span>"
                    if let due = c.dueText(lateMark: Glyphs.unicode.late) { out += " · <span class=\"date\">\(escape(due))</span>" }
                    out += "</li>\n"
                }
                if let more = column.more { out += "<li class=\"muted\">\(escape(more))</li>\n" }
                out += "</ul></section>\n"
            }
            return out + "</div>\n"
        case .chart(let chart):
            switch chart {
            case .gantt(let gantt): return "<figure class=\"chart\">\n" + HTMLCharts.gantt(gantt) + "</figure>\n"
            case .bars(let bars): return "<figure class=\"chart\">\n" + HTMLCharts.bars(bars) + "</figure>\n"
            case .burndown(let b): return "<figure class=\"chart\">\n" + BurndownChart.svg(b, language: language) + "</figure>\n"
            case .columns(let c): return "<figure class=\"chart\">\n" + c.svg(language: language) + "</figure>\n"
            }
        }
    }

    static func toneClass(_ tone: Tone) -> String {
        switch tone {
        case .plain: return "plain"
        case .strong: return "strong"
        case .alert: return "alert"
        case .muted: return "muted"
        case .good: return "good"
        case .accent: return "accent"
        case .emphasis: return "emphasis"
        }
    }

    static let styleSheet = """
    :root { --ink: #1d2433; --muted: #5d6778; --line: #d5dae3; --soft: #f3f5f9; --accent: #1f5fa8;
            --good: #1d7a3c; --amber: #b86e00; --alert: #b3261e; }
    * { box-sizing: border-box; }
    body { margin: 0; color: var(--ink); background: #fff;
           font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", Arial, sans-serif; }
    nav { padding: .5rem 1.5rem; background: var(--soft); border-bottom: 1px solid var(--line); }
    nav a { margin-right: 1.2rem; color: var(--accent); text-decoration: none; font-weight: 600; }
    main { max-width: 1100px; margin: 0 auto; padding: 1.2rem 1.5rem 2rem; }
    header { border-bottom: 3px solid var(--accent); margin-bottom: 1rem; padding-bottom: .6rem; }
    h1 { font-size: 1.55rem; margin: 0 0 .2rem; }
    h2 { font-size: 1.3rem; margin: 1.6rem 0 .5rem; border-bottom: 2px solid var(--line); padding-bottom: .2rem; }
    h3 { font-size: 1.08rem; margin: 1.3rem 0 .45rem; color: var(--accent); }
    .subtitle { margin: 0 0 .6rem; color: var(--muted); }
    dl.facts { display: grid; grid-template-columns: repeat(auto-fill, minmax(210px, 1fr)); gap: .4rem .9rem; margin: .6rem 0 0; }
    dl.facts div { background: var(--soft); border-radius: 6px; padding: .35rem .6rem; }
    dt { font-size: .78rem; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
    dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
    table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; font-size: .92rem; }
    th, td { border-bottom: 1px solid var(--line); padding: .28rem .45rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
    th { background: var(--soft); font-weight: 600; overflow-wrap: normal; }
    tbody tr:nth-child(even) td { background: #fafbfd; }
    .nw { white-space: nowrap; overflow-wrap: normal; }
    td.flex { min-width: 9em; overflow-wrap: break-word; }
    .table-box { max-width: 100%; overflow-x: auto; }
    table.many { font-size: .86rem; }
    table.many td.flex { min-width: 5.5em; }
    table.many th { hyphens: auto; -webkit-hyphens: auto; }
    @media screen and (max-width: 900px) {
      table.many, table.many tbody, table.many tr, table.many td { display: block; width: auto; }
      table.many thead { display: none; }
      table.many tr { border: 1px solid var(--line); border-radius: 8px; margin: 0 0 .7rem; padding: .35rem .6rem; }
      table.many tbody tr:nth-child(even) td { background: none; }
      table.many td { display: flow-root; border: 0; padding: .12rem 0 .12rem 11.6em; min-width: 0;
                      text-align: left; white-space: normal; overflow-wrap: break-word; }
      table.many td::before { content: attr(data-label); float: left; width: 11em; margin-left: -11.6em; color: var(--muted); font-weight: 600; }
      table.many td:first-child { padding-left: 0; font-size: 1.08rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; margin-bottom: .2rem; }
      table.many td:first-child::before { content: none; }
    }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    th.num { white-space: normal; }
    .alert { color: var(--alert); font-weight: 600; }
    .good { color: var(--good); }
    .muted { color: var(--muted); }
    .strong { font-weight: 700; }
    .accent { color: var(--accent); }
    .light { display: inline-block; width: .8em; height: .8em; border-radius: 50%; margin-right: .35em; vertical-align: -.05em; border: 1px solid rgba(0,0,0,.25); }
    .light.green { background: #2e9e4f; } .light.amber { background: #f0a020; } .light.red { background: #d0342c; }
    ul { margin: .3rem 0 .8rem; padding-left: 1.3rem; }
    pre.notes { white-space: pre-wrap; font: inherit; background: var(--soft); border-left: 4px solid var(--accent); padding: .6rem .8rem; }
    figure.chart { margin: .4rem 0 1rem; }
    figure.chart svg { width: 100%; height: auto; display: block; }
    footer { margin-top: 2rem; color: var(--muted); font-size: .85rem; border-top: 1px solid var(--line); padding-top: .5rem; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(240px, 1fr)); gap: .8rem; padding: 0; list-style: none; }
    .cards li { border: 1px solid var(--line); border-radius: 8px; padding: .7rem .9rem; }
    .cards a { font-weight: 700; color: var(--accent); text-decoration: none; }
    .kanban { display: grid; grid-template-columns: repeat(auto-fit, minmax(190px, 1fr)); gap: .8rem; align-items: start; }
    .kanban section { background: var(--soft); border-radius: 8px; padding: .5rem .6rem; }
    .kanban h4 { margin: .2rem 0 .5rem; }
    .kanban ul { list-style: none; padding: 0; margin: 0; }
    .kanban li { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: .45rem .6rem; margin-bottom: .45rem; font-weight: 400; }
    .kanban li.alert { border-left: 4px solid var(--alert); }
    .kanban li b { color: var(--accent); }
    .kanban .date { white-space: nowrap; }
    .kanban li.alert b { color: var(--alert); }
    @media print {
      .table-box { overflow: visible; }
      @page { size: A4; margin: 14mm 12mm 16mm; }
      body { font-size: 9.5pt; }
      nav { display: none; }
      main { max-width: none; padding: 0; }
      section.page { break-before: page; }
      h2, h3 { break-after: avoid; }
      tr, figure.chart, dl.facts div, .kanban li { break-inside: avoid; }
      thead { display: table-header-group; }
      tbody tr:nth-child(even) td, th, dl.facts div, pre.notes { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
