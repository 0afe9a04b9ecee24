import BoardCore

/// Text, Markdown and CSV renderings of a `ReportDocument`. Results have no trailing newline
/// (CSV excepted, whose every row ends with CRLF).
extension ReportDocument {
    // MARK: Text

    /// What a trainer pastes in a message, and what a view of the board prints: title, facts,
    /// then each section with its tables fitted to the width. Charts are left out (their data
    /// is in the tables).
    public func text(style: TerminalStyle) -> String {
        var blocks: [String] = []
        if look == .detail {
            // One thing whole: its title, its facts under it as the language writes them.
            var head = title.isEmpty ? [] : [style.paint(style.clean(title), .strong)]
            if let subtitle { head.append(style.clean(subtitle)) }
            head += facts.map { f in style.clean(Text("docsText.docsLabel", ["label": f.label])(language)) + " " + style.paint(style.clean(f.value), f.tone) }
            if !head.isEmpty { blocks.append(head.joined(separator: "\n")) }
        } else {
            if !title.isEmpty {
                var head = [look == .digest ? style.fold(style.paint(style.clean(title), .strong)).joined(separator: "\n") : style.paint(style.clean(title), .strong)]
                if let subtitle { head.append(style.clean(subtitle)) }
                blocks.append(head.joined(separator: "\n"))
            }
            if !facts.isEmpty {
                let width = facts.map { DisplayWidth.of(style.clean($0.label)) }.max() ?? 0
                blocks.append(facts.map { f in
                    DisplayWidth.pad(style.clean(f.label), to: width, alignRight: false) + "  " + style.paint(style.clean(f.value), f.tone)
                }.joined(separator: "\n"))
            }
        }
        for section in sections {
            var parts: [String] = []
            // A section without a title (a report's opening notes) has no heading.
            if !section.title.isEmpty {
                let heading = style.clean(section.title + (section.mention.map { " (" + $0 + ")" } ?? ""))
                if look == .digest {
                    parts.append(style.fold(style.paint(heading, .strong)).joined(separator: "\n"))
                } else {
                    parts.append(style.paint(heading, .strong) + "\n"
                        + String(repeating: section.level == 1 ? (style.unicode ? "═" : "=") : (style.unicode ? "─" : "-"), count: min(style.width, max(3, DisplayWidth.of(heading)))))
                }
            }
            for block in section.blocks {
                switch block {
                case .paragraph(let text, let tone):
                    parts.append(paragraph(text, tone, style: style))
                case .list(let items):
                    parts.append(list(items, style: style))
                case .entries(let entries):
                    parts.append(self.entries(entries, style: style))
                case .table(let table):
                    if table.rows.isEmpty && !table.drawnWhenEmpty {
                        parts.append(style.paint(style.clean(table.emptyText), table.emptyTone))
                    } else {
                        var text = table.text(style: style)
                        if let legend = table.legend { text += "\n" + paragraph(legend, table.legendTone, style: style) }
                        parts.append(text)
                    }
                case .kanban(let kanban):
                    parts.append(kanban.text(style: style))
                case .chart(.columns(let columns)):
                    parts.append(columns.text(style: style))
                case .chart:
                    continue
                case .markdown(let text):
                    parts.append(text.split(separator: "\n", omittingEmptySubsequences: false).map { style.clean(String($0)) }.joined(separator: "\n"))
                case .writing(let writing):
                    var lines = writing.byline.map { [style.paint(style.clean((style.unicode ? "── " : "-- ") + $0 + (style.unicode ? " ──" : " --")), .muted)] } ?? []
                    lines += MarkdownText.render(writing.markdown, style: style)
                    parts.append(lines.joined(separator: "\n"))
                case .tree(let tree):
                    parts.append(tree.text(style: style))
                case .outline(let items):
                    parts.append(outline(items, style: style))
                case .fields(let facts):
                    parts.append(fields(facts, style: style))
                }
            }
            blocks.append(parts.joined(separator: section.tight ? "\n" : "\n\n"))
        }
        if let footer { blocks.append(style.paint(style.clean(footer), .muted)) }
        let text = blocks.joined(separator: "\n\n")
        guard look == .listing else { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { style.clip(String($0), to: max(style.width, 20)) }.joined(separator: "\n")
    }

    /// A paragraph wrapped to the width, as the document's look sets prose.
    func paragraph(_ text: String, _ tone: Tone, style: TerminalStyle) -> String {
        switch look {
        case .report:
            return style.paint(ReportDocument.wrap(style.clean(text), width: style.width), tone)
        case .view, .detail:
            return DisplayWidth.wrap(style.clean(text), to: max(style.width, 1)).map { style.paint($0, tone) }.joined(separator: "\n")
        case .digest:
            return style.clean(text).split(separator: "\n", omittingEmptySubsequences: false).flatMap { style.fold(style.paint(String($0), tone)) }.joined(separator: "\n")
        case .listing:
            // Cut, not wrapped, once the document is set (`text(style:)`).
            return style.clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { style.paint(String($0), tone) }.joined(separator: "\n")
        }
    }

    /// A list, each item wrapped with a hanging indent after its bullet.
    func list(_ items: [String], style: TerminalStyle) -> String {
        switch look {
        case .report:
            let bullet = style.unicode ? "• " : "- "
            return items.map { ReportDocument.wrap(style.clean($0), width: style.width, first: bullet, rest: "  ") }.joined(separator: "\n")
        case .digest:
            return items.flatMap { style.fold("- " + style.clean($0)) }.joined(separator: "\n")
        case .view, .listing, .detail:
            let width = max(style.width, 1)
            return items.flatMap { item -> [String] in
                guard width > 4 else { return DisplayWidth.wrap(style.clean("- " + item), to: width) }
                return DisplayWidth.wrap(style.clean(item), to: width - 2).enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
            }.joined(separator: "\n")
        }
    }

    /// Entries as a list whose notes are muted: folded as a digest is, or bulleted as `list`.
    func entries(_ entries: [ReportEntry], style: TerminalStyle) -> String {
        guard look == .digest else { return list(entries.map(\.plain), style: style) }
        return entries.flatMap { e in
            style.fold("- " + style.clean(e.text) + (e.note.map { style.paint("  " + style.clean($0), .muted) } ?? ""))
        }.joined(separator: "\n")
    }

    /// An outline two columns in: a heading without a bullet, its items two further in after
    /// `- `; folded as a digest is, else wrapped with a hanging indent.
    func outline(_ items: [ReportOutlineItem], style: TerminalStyle) -> String {
        var lines: [String] = []
        func add(_ items: [ReportOutlineItem], depth: Int) {
            for item in items {
                let indent = String(repeating: " ", count: 2 * (depth + 1))
                let bullet = item.children.isEmpty && !item.isNote ? "- " : ""
                if look == .digest {
                    lines += style.fold(style.clean(indent + bullet + item.plain))
                } else {
                    lines.append(ReportDocument.wrap(style.clean(item.plain), width: style.width, first: indent + bullet,
                                                     rest: indent + String(repeating: " ", count: bullet.isEmpty ? 2 : bullet.count)))
                }
                add(item.children, depth: depth + 1)
            }
        }
        add(items, depth: 0)
        return lines.joined(separator: "\n")
    }

    /// Labelled values: each label (`Statut :`, as the language writes a label) padded to the
    /// widest, each value wrapped to the room left and continued under itself, in its tone; when
    /// that room is under 12 columns, the value goes under its label.
    func fields(_ facts: [ReportFact], style: TerminalStyle) -> String {
        let width = max(style.width, 1)
        let labels = facts.map { style.clean(Text("report.fieldLabel", ["label": $0.label])(language)) }
        let labelWidth = labels.map(DisplayWidth.of).max() ?? 0
        var lines: [String] = []
        for (fact, label) in zip(facts, labels) {
            let indent = labelWidth + 1
            if width - indent >= 12 {
                for (n, v) in DisplayWidth.wrap(style.clean(fact.value), to: width - indent).enumerated() {
                    let head = n == 0 ? DisplayWidth.pad(label, to: labelWidth) : String(repeating: " ", count: labelWidth)
                    lines.append(style.clip(head + " " + style.paint(v, fact.tone), to: width))
                }
            } else {
                lines.append(DisplayWidth.truncate(label, to: width, ellipsis: style.glyphs.ellipsis))
                for v in DisplayWidth.wrap(style.clean(fact.value), to: width) { lines.append(style.clip(style.paint(v, fact.tone), to: width)) }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// Paragraphs wrapped between words by display width (DisplayWidth.wrap, words kept
    /// whole), the first line after `first`, the others after `rest`.
    static func wrap(_ text: String, width: Int, first: String = "", rest: String = "") -> String {
        let room = max(1, width - max(DisplayWidth.of(first), DisplayWidth.of(rest)))
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            for line in DisplayWidth.wrap(String(paragraph), to: room, cutMark: nil) {
                lines.append((lines.isEmpty ? first : rest) + line)
            }
        }
        return lines.joined(separator: "\n")
    }

    // MARK: Markdown

    /// Markdown for GitLab/GitHub and for the board's documents: headings, lists, pipe tables;
    /// the Gantt chart as a Mermaid block. Board texts are escaped so they stay text.
    public func markdown() -> String {
        var out: [String] = title.isEmpty ? [] : ["# " + ReportDocument.markdownEscape(title)]
        if let subtitle { out.append("*" + ReportDocument.markdownEscape(subtitle) + "*") }
        if !facts.isEmpty {
            out.append(facts.map { "- **\(ReportDocument.markdownEscape($0.label))** \(ReportDocument.markdownEscape($0.value))" }.joined(separator: "\n"))
        }
        for section in sections {
            // A tight section's first block follows its heading on the next line.
            var heading: String?
            if !section.title.isEmpty {
                heading = String(repeating: "#", count: section.level + 1) + " " + ReportDocument.markdownEscape(section.title)
                    + (section.mention.map { " (@" + ReportDocument.markdownEscape($0, inTable: true) + ")" } ?? "")
                if !section.tight || section.blocks.isEmpty { out.append(heading!); heading = nil }
            }
            let start = out.count
            for block in section.blocks {
                switch block {
                case .paragraph(let text, _):
                    out.append(ReportDocument.markdownEscape(text))
                case .list(let items):
                    out.append(items.map { "- " + ReportDocument.markdownEscape($0) }.joined(separator: "\n"))
                case .entries(let entries):
                    out.append(entries.map { "- " + ReportDocument.markdownEscape($0.text) + ($0.note.map { " *" + ReportDocument.markdownEscape($0) + "*" } ?? "") }.joined(separator: "\n"))
                case .table(let table):
                    if table.rows.isEmpty { out.append("*" + ReportDocument.markdownEscape(table.emptyText) + "*"); continue }
                    var lines = ["| " + table.columns.map { ReportDocument.markdownEscape($0.header, inTable: true) }.joined(separator: " | ") + " |"]
                    lines.append("|" + table.columns.map { $0.alignment == .right ? "---:|" : "---|" }.joined())
                    for row in table.rows {
                        lines.append("| " + row.map { ReportDocument.markdownEscape($0.text, inTable: true) }.joined(separator: " | ") + " |")
                    }
                    out.append(lines.joined(separator: "\n"))
                    if let legend = table.legend { out.append("*" + ReportDocument.markdownEscape(legend) + "*") }
                case .kanban(let kanban):
                    // A heading per status, a line per card.
                    for column in kanban.columns {
                        var lines = ["**" + ReportDocument.markdownEscape(column.header) + "**", ""]
                        lines += column.cards.map { c in
                            "- **\(ReportDocument.markdownEscape(c.id))** " + ReportDocument.markdownEscape(c.title)
                                + " (" + ReportDocument.markdownEscape(([c.assignees] + (c.dueText(lateMark: Glyphs.unicode.late).map { [$0] } ?? [])).joined(separator: ", ")) + ")"
                        }
                        if let more = column.more { lines.append("- *" + ReportDocument.markdownEscape(more) + "*") }
                        out.append(lines.joined(separator: "\n"))
                    }
                case .chart(let chart):
                    // Inside the Mermaid block board text cannot be escaped the Markdown way:
                    // angle brackets become look-alikes so no tag ever reaches a renderer.
                    if case .gantt(let gantt) = chart, let mermaid = gantt.mermaid {
                        out.append(mermaid.replacingOccurrences(of: "<", with: "‹").replacingOccurrences(of: ">", with: "›"))
                    }
                    if case .columns(let columns) = chart {
                        out.append("```\n" + columns.text(style: TerminalStyle(unicode: true, color: false, width: 100)) + "\n```")
                    }
                case .markdown(let text):
                    out.append(text.trimmingCharacters(in: .newlines))
                case .writing(let writing):
                    // Written in Markdown by the team: given as written, as the review's lessons are.
                    out.append((writing.byline.map { "*" + ReportDocument.markdownEscape($0) + "*\n\n" } ?? "") + writing.markdown.trimmingCharacters(in: .newlines))
                case .tree(let tree):
                    var lines: [String] = []
                    func add(_ node: ReportTree, depth: Int) {
                        lines.append(String(repeating: "  ", count: depth) + "- " + ReportDocument.markdownEscape(node.name, inTable: true)
                            + (node.note.map { " *" + ReportDocument.markdownEscape($0, inTable: true) + "*" } ?? ""))
                        for child in node.children { add(child, depth: depth + 1) }
                    }
                    add(tree, depth: 0)
                    out.append(lines.joined(separator: "\n"))
                case .outline(let items):
                    var lines: [String] = []
                    func add(_ items: [ReportOutlineItem], depth: Int) {
                        for item in items {
                            let text = item.spans.map { span -> String in
                                // Code is shown as written: only a backtick inside would end it.
                                var t = span.code && !span.text.contains("`") ? "`" + span.text + "`" : ReportDocument.markdownEscape(span.text, inTable: true)
                                if span.strong { t = "**" + t + "**" }
                                if let link = span.link { t = "[" + t + "](" + link.replacingOccurrences(of: ")", with: "%29") + ")" }
                                return t
                            }.joined()
                            lines.append(String(repeating: "  ", count: depth) + "- " + (item.children.isEmpty ? text : "**" + text + "**"))
                            add(item.children, depth: depth + 1)
                        }
                    }
                    add(items, depth: 0)
                    out.append(lines.joined(separator: "\n"))
                case .fields(let facts):
                    out.append(facts.map { "- **\(ReportDocument.markdownEscape($0.label, inTable: true))** \(ReportDocument.markdownEscape($0.value, inTable: true))" }.joined(separator: "\n"))
                }
            }
            if let heading { out.insert(heading, at: start); if out.count > start + 1 { out[start] += "\n" + out.remove(at: start + 1) } }
        }
        if let footer { out.append("---\n\n*" + ReportDocument.markdownEscape(footer) + "*") }
        return out.joined(separator: "\n\n")
    }

    /// Board text made inert in Markdown: no HTML, no emphasis, no links, no table breaks.
    static func markdownEscape(_ text: String, inTable: Bool = false) -> String {
        var out = ""
        for c in ASCIIText.removingControls(text) {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "|": out += "\\" + String(c)
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        if !inTable, let first = out.first, first == "#" || first == "-" || first == "+" || first == "=" { out = "\\" + out }
        return out
    }

    // MARK: CSV

    /// CSV for LibreOffice Calc and Excel: UTF-8 with a byte-order mark (so accents are read
    /// right), `;` between fields (the separator French spreadsheets expect, since `,` is their
    /// decimal mark), CRLF line ends, quotes where needed. Dates ISO 8601 (`2026-12-11`, read
    /// as dates in every locale), numbers plain with the language's decimal mark. Each table
    /// comes under a row naming its section, followed by an empty row.
    public func csv() -> String {
        var rows: [[String]] = title.isEmpty ? [] : [[title]]
        if let subtitle { rows.append([subtitle]) }
        for f in facts { rows.append([f.label, f.value]) }
        rows.append([])
        for section in sections {
            var sectionRows: [[String]] = []
            for block in section.blocks {
                switch block {
                case .table(let table) where !table.rows.isEmpty:
                    sectionRows.append(table.columns.map(\.header))
                    for row in table.rows { sectionRows.append(row.map { $0.raw ?? $0.text }) }
                    if let legend = table.legend { sectionRows.append([legend]) }
                case .kanban(let kanban):
                    // A row per card under its status.
                    for column in kanban.columns {
                        for c in column.cards { sectionRows.append([column.header, c.id, c.title, c.unassigned ? "" : c.assignees, c.due ?? ""]) }
                        if let more = column.more { sectionRows.append([column.header, "", more, "", ""]) }
                    }
                case .list(let items):
                    sectionRows += items.map { [$0] }
                case .entries(let entries):
                    sectionRows += entries.map { [$0.text, $0.note ?? ""] }
                case .paragraph(let text, _):
                    sectionRows.append([text])
                case .writing(let writing):
                    // The byline, then a row per line written (a field keeps no line end).
                    if let byline = writing.byline { sectionRows.append([byline]) }
                    sectionRows += writing.markdown.split(separator: "\n").map { [String($0)] }
                case .tree(let tree):
                    // A row per folder and file: its path, its note.
                    func add(_ node: ReportTree, _ path: String) {
                        sectionRows.append([path + node.name, node.note ?? ""])
                        for child in node.children { add(child, path + node.name) }
                    }
                    add(tree, "")
                case .outline(let items):
                    // A row per item, a column further right per level.
                    func add(_ items: [ReportOutlineItem], depth: Int) {
                        for item in items {
                            sectionRows.append(Array(repeating: "", count: depth) + [item.plain])
                            add(item.children, depth: depth + 1)
                        }
                    }
                    add(items, depth: 0)
                case .fields(let facts):
                    sectionRows += facts.map { [$0.label, $0.value] }
                default:
                    continue
                }
            }
            guard !sectionRows.isEmpty else { continue }
            if !section.title.isEmpty { rows.append([section.title + (section.mention.map { " (" + $0 + ")" } ?? "")]) }
            rows += sectionRows
            rows.append([])
        }
        return ReportDocument.csv(rows: rows)
    }

    /// The one CSV writer: rows of cells as the spreadsheets above read them (byte-order mark,
    /// `;`, CRLF, each cell through `csvField`). Every CSV Jalon writes goes through here.
    public static func csv(rows: [[String]]) -> String {
        "\u{FEFF}" + rows.map { $0.map(csvField).joined(separator: ";") + "\r\n" }.joined()
    }

    static func csvField(_ value: String) -> String {
        var v = ASCIIText.removingControls(value)
        // A text that starts like a formula stays text in the spreadsheet (CSV injection).
        if let first = v.first, "=+-@".contains(first), Double(v.replacingOccurrences(of: ",", with: ".")) == nil { v = "'" + v }
        // A count out of a total ("12/19", "1/1") would be read as a date by Calc and Excel
        // (19 December, 1 January): spaced, it stays the text it is.
        if let slash = v.firstIndex(of: "/"), v.firstIndex(of: "/") == v.lastIndex(of: "/"),
           !v[..<slash].isEmpty, !v[v.index(after: slash)...].isEmpty, v.allSatisfy({ $0 == "/" || $0.isASCII && $0.isNumber }) {
            v = v[..<slash] + " / " + v[v.index(after: slash)...]
        }
        if v.contains(";") || v.contains("\"") || v.hasPrefix(" ") || v.hasSuffix(" ") {
            return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return v
    }
}

extension ReportTree {
    /// The tree drawn with branches (`├── `, `|-- ` in ASCII), each line cut at the width.
    func text(style: TerminalStyle) -> String {
        let branch = style.unicode ? "├── " : "|-- ", last = style.unicode ? "└── " : "`-- ", pipe = style.unicode ? "│   " : "|   "
        func line(_ node: ReportTree, _ prefix: String) -> String {
            style.clip(prefix + style.clean(node.name) + (node.note.map { "  " + style.paint(style.clean($0), node.noteTone) } ?? ""), to: style.width)
        }
        var lines = [line(self, "")]
        func walk(_ node: ReportTree, _ indent: String) {
            for (i, child) in node.children.enumerated() {
                let isLast = i == node.children.count - 1
                lines.append(line(child, indent + (isLast ? last : branch)))
                walk(child, indent + (isLast ? "    " : pipe))
            }
        }
        walk(self, "")
        return lines.joined(separator: "\n")
    }
}

extension ReportTable {
    /// The table in text, fitted to the width: with every cell's short wording when the full
    /// one does not fit whole, before columns are dropped. A flexible column with short
    /// wordings is never cut in its full wording: its widest full value is its minimum there,
    /// so a table too wide takes the short wordings instead of cutting the long ones (a fixed
    /// column is never cut anyway, so its thousands of dates in a plan are not measured twice).
    func text(style: TerminalStyle) -> String {
        func textTable(short: Bool) -> TextTable {
            var t = TextTable(columns: columns.indices.map { i in
                let c = columns[i]
                var minWidth = c.minWidth
                if !short, c.flexible, rows.contains(where: { i < $0.count && $0[i].short != nil }) {
                    minWidth = max(minWidth, rows.map { i < $0.count ? DisplayWidth.of(style.clean($0[i].text)) : 0 }.max() ?? 0)
                }
                return TextTable.Column(c.header, alignment: c.alignment, minWidth: minWidth, maxWidth: c.maxWidth, flexible: c.flexible, dropRank: c.dropRank)
            })
            for row in rows { t.append(row.map { TextTable.Cell(short ? $0.short ?? $0.text : $0.text, tone: $0.tone) }) }
            return t
        }
        let full = textTable(short: false)
        guard rows.contains(where: { $0.contains { $0.short != nil } }) else { return full.render(style) }
        return full.renderedWhole(style) ?? textTable(short: true).render(style)
    }
}
