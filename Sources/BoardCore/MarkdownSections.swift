import Foundation

/// The one reader of a Markdown body's sections for what Jalon takes from them: the minutes'
/// decisions and written actions (`MeetingMinutes`), the spec's risks (`SpecDocument`).
/// Tolerant, as a hand-written file needs: every heading level, `-`/`*`/`+` and numbered list
/// items, optionally table rows (header and rule left out, cells joined by ` — `), HTML
/// comments left out; anything else is ignored.
public enum MarkdownSections {
    /// Each heading of `text` and the list items (or table rows) under it, in file order.
    public static func items(_ text: String, tables: Bool = false) -> [(heading: String, items: [String])] {
        var out: [(String, [String])] = []
        var heading: String?
        var items: [String] = []
        var inComment = false
        var tableRow = 0
        func flush() {
            if let h = heading { out.append((h, items)) }
            items = []
            tableRow = 0
        }
        for raw in text.replacingOccurrences(of: "\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false) {
            var line = raw.trimmingCharacters(in: .whitespaces)
            if inComment {
                if let end = line.range(of: "-->") { line = String(line[end.upperBound...]); inComment = false } else { continue }
            }
            if let start = line.range(of: "<!--") {
                if let end = line.range(of: "-->", range: start.upperBound..<line.endIndex) {
                    line = String(line[..<start.lowerBound]) + String(line[end.upperBound...])
                } else {
                    line = String(line[..<start.lowerBound])
                    inComment = true
                }
                line = line.trimmingCharacters(in: .whitespaces)
            }
            if line.hasPrefix("#") {
                flush()
                heading = line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
                continue
            }
            guard heading != nil else { continue }
            if let first = line.first, first == "-" || first == "*" || first == "+", line.dropFirst().first == " " {
                let item = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
                if !item.isEmpty { items.append(item) }
            } else if line.count > 2, let dot = line.firstIndex(of: "."), line[..<dot].allSatisfy(\.isNumber), !line[..<dot].isEmpty, line[line.index(after: dot)...].first == " " {
                items.append(line[line.index(after: dot)...].trimmingCharacters(in: .whitespaces))
            } else if tables, line.hasPrefix("|") {
                tableRow += 1
                let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                let isRule = cells.allSatisfy { $0.allSatisfy { "-: ".contains($0) } }
                if tableRow == 1 || isRule || cells.isEmpty { continue }
                items.append(cells.count > 1 ? cells.joined(separator: " — ") : cells[0])
            }
        }
        flush()
        return out
    }

    /// Headings compared as people mean them: accents and case folded (`Décisions` → `decisions`).
    public static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
    }

    /// Whether an item says anything: a template's placeholder (`…`, `… — …`) has no letter or digit.
    public static func saysSomething(_ item: String) -> Bool { item.contains { $0.isLetter || $0.isNumber } }
}
