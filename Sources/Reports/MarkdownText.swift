import Ink

/// Markdown that people wrote (minutes, documents, comments, descriptions) laid out as terminal
/// text: headings underlined, paragraphs wrapped, lists with bullets and hanging indents, tables
/// drawn like Jalon's own, emphasis in bold or italics on a colour terminal and plain elsewhere.
///
/// Ink (JohnSundell/Ink) reads the Markdown — emphasis rules, nested lists, tables, code blocks.
/// Ink's only output is HTML, from a small closed set of tags it writes itself; the little
/// reader below turns that HTML back into a tree to lay out. It is not a general HTML parser and
/// need not be one: raw HTML written in the Markdown keeps its text, its unknown tags are dropped.
public enum MarkdownText {
    /// `markdown` as lines of at most `style.width` columns, except words and code lines longer
    /// than a line, which are kept whole rather than cut.
    public static func render(_ markdown: String, style: TerminalStyle) -> [String] {
        // Ink reads a leading `---` block as metadata; a body never has any, so a rule there stays a rule.
        let source = markdown.hasPrefix("---") ? "\n" + markdown : markdown
        let html = MarkdownParser().html(from: source.replacingOccurrences(of: "\r\n", with: "\n"))
        var lines: [String] = []
        Layout(style: style).blocks(HTMLTree.parse(html), width: max(style.width, 20), into: &lines)
        while lines.last == "" { lines.removeLast() }
        return lines
    }
}

/// The tree of Ink's HTML: elements and text (entities decoded).
indirect enum HTMLNode {
    case element(String, [String: String], [HTMLNode])
    case text(String)

    var name: String? { if case .element(let n, _, _) = self { return n } else { return nil } }
    var children: [HTMLNode] { if case .element(_, _, let c) = self { return c } else { return [] } }
    func attribute(_ key: String) -> String? { if case .element(_, let a, _) = self { return a[key] } else { return nil } }

    /// The text inside, tags dropped.
    var plainText: String {
        switch self {
        case .text(let t): return t
        case .element(let name, _, let children): return name == "br" ? "\n" : children.map(\.plainText).joined()
        }
    }
}

enum HTMLTree {
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link"]

    static func parse(_ html: String) -> [HTMLNode] {
        var stack: [(name: String, attributes: [String: String], children: [HTMLNode])] = [("", [:], [])]
        var text = ""
        func flush() {
            if !text.isEmpty { stack[stack.count - 1].children.append(.text(decode(text))); text = "" }
        }
        func close() {
            let top = stack.removeLast()
            stack[stack.count - 1].children.append(.element(top.name, top.attributes, top.children))
        }
        var i = html.startIndex
        while i < html.endIndex {
            guard html[i] == "<" else { text.append(html[i]); i = html.index(after: i); continue }
            let rest = html[i...]
            if rest.hasPrefix("<!--") {
                flush()
                i = rest.range(of: "-->").map(\.upperBound) ?? html.endIndex
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { text.append(contentsOf: rest); break }
            let inside = html[html.index(after: i)..<end]
            i = html.index(after: end)
            let isClosing = inside.hasPrefix("/")
            let body = isClosing ? inside.dropFirst() : inside
            let name = String(body.prefix { $0.isLetter || $0.isNumber }).lowercased()
            guard !name.isEmpty else { text.append("<" + inside + ">"); continue }
            flush()
            if isClosing {
                // Close up to the matching element; a stray closing tag is ignored.
                if stack.dropFirst().contains(where: { $0.name == name }) {
                    while stack.last?.name != name { close() }
                    close()
                }
                continue
            }
            let attributes = attributesOf(String(body.dropFirst(name.count)))
            if voidElements.contains(name) || body.hasSuffix("/") {
                stack[stack.count - 1].children.append(.element(name, attributes, []))
            } else {
                stack.append((name, attributes, []))
            }
        }
        flush()
        while stack.count > 1 { close() }
        return stack[0].children
    }

    static func attributesOf(_ s: String) -> [String: String] {
        var out: [String: String] = [:]
        var rest = Substring(s)
        while let eq = rest.firstIndex(of: "=") {
            let key = rest[..<eq].trimmingCharacters(in: .whitespaces).lowercased()
            rest = rest[rest.index(after: eq)...]
            guard let quote = rest.first, quote == "\"" || quote == "'" else { break }
            rest = rest.dropFirst()
            guard let close = rest.firstIndex(of: quote) else { break }
            out[key] = decode(String(rest[..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return out
    }

    static func decode(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = s
        for (entity, char) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&nbsp;", "\u{A0}"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: char)
        }
        return out
    }
}

/// Lays the tree out as lines.
private struct Layout {
    let style: TerminalStyle

    /// A word and how it is shown.
    struct Word { var text: String; var tone: Tone; var glued: Bool }

    func blocks(_ nodes: [HTMLNode], width: Int, into lines: inout [String]) {
        var loose: [HTMLNode] = []
        func flushLoose() {
            if !loose.isEmpty {
                lines += wrap(words(loose), width: width)
                loose = []
            }
        }
        for node in nodes {
            guard let name = node.name, Self.blockNames.contains(name) else {
                if case .text(let t) = node, t.allSatisfy(\.isWhitespace) { continue }
                loose.append(node)
                continue
            }
            flushLoose()
            block(node, name: name, width: width, into: &lines)
        }
        flushLoose()
    }

    static let blockNames: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "table", "pre", "blockquote", "hr", "div"]

    func block(_ node: HTMLNode, name: String, width: Int, into lines: inout [String]) {
        let g = style.glyphs
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            let text = wrap(words(node.children, tone: .strong), width: width)
            if !lines.isEmpty && lines.last != "" { lines.append("") }
            lines += text
            if name == "h1" || name == "h2" {
                let w = text.map { DisplayWidth.of(plain($0)) }.max() ?? 0
                lines.append(String(repeating: name == "h1" ? (style.unicode ? "═" : "=") : g.horizontal, count: min(w, width)))
            }
            lines.append("")
        case "p", "div":
            lines += wrap(words(node.children), width: width)
            lines.append("")
        case "ul", "ol":
            list(node, ordered: name == "ol", width: width, into: &lines)
            lines.append("")
        case "table":
            table(node, width: width, into: &lines)
            lines.append("")
        case "pre":
            // Code keeps its lines whole: cutting them would change what they say.
            for line in node.plainText.trimmingCharacters(in: .newlines).split(separator: "\n", omittingEmptySubsequences: false) {
                lines.append("    " + style.clean(String(line).replacingOccurrences(of: "\t", with: "    ")))
            }
            lines.append("")
        case "blockquote":
            var inner: [String] = []
            blocks(node.children, width: max(width - 2, 10), into: &inner)
            while inner.last == "" { inner.removeLast() }
            lines += inner.map { (style.unicode ? "│ " : "| ") + $0 }
            lines.append("")
        case "hr":
            lines.append(String(repeating: g.horizontal, count: min(width, 40)))
            lines.append("")
        default:
            lines += wrap(words(node.children), width: width)
        }
    }

    func list(_ node: HTMLNode, ordered: Bool, width: Int, into lines: inout [String]) {
        var number = Int(node.attribute("start") ?? "") ?? 1
        for item in node.children where item.name == "li" {
            let marker = ordered ? "\(number). " : (style.unicode ? "• " : "- ")
            number += 1
            let indent = String(repeating: " ", count: DisplayWidth.of(marker))
            let inner = max(width - indent.count, 10)
            var body: [String] = []
            // The item's own text, then its nested lists and paragraphs.
            blocks(item.children, width: inner, into: &body)
            while body.last == "" { body.removeLast() }
            if body.isEmpty { body = [""] }
            for (n, line) in body.enumerated() { lines.append((n == 0 ? marker : (line.isEmpty ? "" : indent)) + line) }
        }
    }

    func table(_ node: HTMLNode, width: Int, into lines: inout [String]) {
        var rows: [[HTMLNode]] = []
        var headers: [HTMLNode] = []
        func collect(_ n: HTMLNode) {
            for child in n.children {
                switch child.name {
                case "tr":
                    let cells = child.children.filter { $0.name == "td" || $0.name == "th" }
                    if cells.contains(where: { $0.name == "th" }) && headers.isEmpty && rows.isEmpty { headers = cells } else { rows.append(cells) }
                case "thead", "tbody", "tfoot": collect(child)
                default: continue
                }
            }
        }
        collect(node)
        let count = max(headers.count, rows.map(\.count).max() ?? 0)
        guard count > 0 else { return }
        func cellText(_ c: HTMLNode) -> String { words(c.children).map(\.text).joined(separator: " ") }
        let columns = (0..<count).map { i -> TextTable.Column in
            let header = i < headers.count ? cellText(headers[i]) : ""
            let right = (i < headers.count ? headers[i].attribute("align") : nil) == "right"
            return TextTable.Column(header, alignment: right ? .right : .left, minWidth: 3, flexible: true)
        }
        var t = TextTable(columns: columns)
        for row in rows { t.append((0..<count).map { TextTable.Cell($0 < row.count ? cellText(row[$0]) : "") }) }
        var narrowed = style
        narrowed.width = width
        lines += t.render(narrowed).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The words of inline content, each with its tone; `glued` when no space came before.
    func words(_ nodes: [HTMLNode], tone: Tone = .plain) -> [Word] {
        var out: [Word] = []
        var pendingSpace = false
        func add(_ text: String, _ tone: Tone) {
            var current = ""
            func push() {
                if !current.isEmpty { out.append(Word(text: style.clean(current), tone: tone, glued: !pendingSpace && !out.isEmpty)); current = ""; pendingSpace = false }
            }
            for c in text {
                if c == " " || c == "\n" || c == "\t" { push(); pendingSpace = true } else { current.append(c) }
            }
            push()
        }
        func walk(_ n: HTMLNode, _ tone: Tone) {
            switch n {
            case .text(let t): add(t, tone)
            case .element(let name, let attributes, let children):
                switch name {
                case "strong", "b": children.forEach { walk($0, .strong) }
                case "em", "i": children.forEach { walk($0, tone == .strong ? .strong : .emphasis) }
                case "code": add(n.plainText, .accent)
                case "br": out.append(Word(text: "\n", tone: .plain, glued: true)); pendingSpace = false
                case "a":
                    children.forEach { walk($0, tone) }
                    if let href = attributes["href"], !href.isEmpty, href != n.plainText { add("(\(href))", .muted) }
                case "img": add("[" + (attributes["alt"].map { $0.isEmpty ? "image" : $0 } ?? "image") + "]", .muted)
                default: children.forEach { walk($0, tone) }
                }
            }
        }
        nodes.forEach { walk($0, tone) }
        return out
    }

    /// Words in lines of at most `width` columns, broken where DisplayWidth.words allows; a word
    /// longer than a line stands alone, whole.
    func wrap(_ words: [Word], width: Int) -> [String] {
        var lines: [String] = []
        var line: [Word] = []
        var lineWidth = 0
        func finish() {
            var text = ""
            var run = "", runTone = Tone.plain
            for (n, w) in line.enumerated() {
                let gap = n > 0 && !w.glued ? " " : ""
                if w.tone == runTone { run += gap + w.text } else {
                    text += style.paint(run, runTone)
                    run = gap + w.text
                    runTone = w.tone
                }
            }
            text += style.paint(run, runTone)
            lines.append(text)
            line = []
            lineWidth = 0
        }
        for w in words {
            if w.text == "\n" { finish(); continue }
            let ww = DisplayWidth.of(w.text)
            let gap = line.isEmpty || w.glued ? 0 : 1
            // Glued words, and the words DisplayWidth.words keeps together ("24 %"), never part.
            let keeps = w.glued || DisplayWidth.bindsToPrevious(w.text) || line.last.map { DisplayWidth.bindsToNext($0.text) } == true
            if !line.isEmpty && lineWidth + gap + ww > width && !keeps { finish() }
            line.append(line.isEmpty ? Word(text: w.text, tone: w.tone, glued: true) : w)
            lineWidth += (line.count == 1 ? 0 : gap) + ww
        }
        if !line.isEmpty { finish() }
        return lines
    }
    func plain(_ s: String) -> String { TerminalStyle.withoutEscapes(s) }
}
