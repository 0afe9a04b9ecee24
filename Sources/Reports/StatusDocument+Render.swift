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
        if !title.isEmpty {
            var head = [style.paint(style.clean(title), .strong)]
            if let subtitle { head.append(style.clean(subtitle)) }
            blocks.append(head.joined(separator: "\n"))
        }
        if !facts.isEmpty {
            let width = facts.map { DisplayWidth.of(style.clean($0.label)) }.max() ?? 0
            blocks.append(facts.map { f in
                DisplayWidth.pad(style.clean(f.label), to: width, alignRight: false) + "  " + style.paint(style.clean(f.value), f.tone)
            }.joined(separator: "\n"))
        }
        for section in sections {
            var parts: [String] = []
            // A section without a title (a report's opening notes) has no heading.
            if !section.title.isEmpty {
                let heading = style.clean(section.title)
                parts.append(style.paint(heading, .strong) + "\n"
                    + String(repeating: section.level == 1 ? (style.unicode ? "═" : "=") : (style.unicode ? "─" : "-"), count: min(style.width, max(3, DisplayWidth.of(heading)))))
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
        case .view:
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
        case .view, .listing:
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
            if !section.title.isEmpty { out.append(String(repeating: "#", count: section.level + 1) + " " + ReportDocument.markdownEscape(section.title)) }
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
                }
            }
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
                    }
                case .list(let items):
                    sectionRows += items.map { [$0] }
                case .entries(let entries):
                    sectionRows += entries.map { [$0.text, $0.note ?? ""] }
                case .paragraph(let text, _):
                    sectionRows.append([text])
                default:
                    continue
                }
            }
            guard !sectionRows.isEmpty else { continue }
            if !section.title.isEmpty { rows.append([section.title]) }
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

extension ReportTable {
    /// The table in text, fitted to the width: with every cell's short wording when the full
    /// one does not fit whole, before columns are dropped.
    func text(style: TerminalStyle) -> String {
        func textTable(short: Bool) -> TextTable {
            var t = TextTable(columns: columns.map {
                TextTable.Column($0.header, alignment: $0.alignment, minWidth: $0.minWidth, maxWidth: $0.maxWidth, flexible: $0.flexible, dropRank: $0.dropRank)
            })
            for row in rows { t.append(row.map { TextTable.Cell(short ? $0.short ?? $0.text : $0.text, tone: $0.tone) }) }
            return t
        }
        let full = textTable(short: false)
        guard rows.contains(where: { $0.contains { $0.short != nil } }), !full.fitsWhole(style) else { return full.render(style) }
        return textTable(short: true).render(style)
    }
}
