import BoardCore
import Foundation

/// What the status report takes from the team's written documents: the decisions and actions
/// of meeting minutes (`meetings/*.md`) and the risks of the project spec (`spec.md`).
///
/// A small tolerant reader, because a report must never fail on a hand-written file: it
/// understands the minutes' front matter (`date`, `title`, an `actions:` list of `who` / `what`
/// / `due`), a "Décisions" / "Decisions" section of list items in the body, an "Actions"
/// section of list items (`- bob : comparer les hébergeurs (11/12/2026)`), and the spec's
/// "Risques" / "Risks" section (list items or table rows). Anything else is ignored.
public struct MeetingNotes: Sendable, Equatable, Encodable {
    public struct Action: Sendable, Equatable, Encodable {
        public var who: String?
        public var what: String
        public var due: Day?
        public init(who: String?, what: String, due: Day?) {
            self.who = who
            self.what = what
            self.due = due
        }
    }

    public var path: String
    public var title: String
    public var date: Day?
    public var decisions: [String]
    public var actions: [Action]

    public init(path: String, title: String, date: Day?, decisions: [String], actions: [Action]) {
        self.path = path
        self.title = title
        self.date = date
        self.decisions = decisions
        self.actions = actions
    }

    /// Reads one minutes file; the date falls back to a `YYYY-MM-DD` in the file name.
    public static func parse(_ text: String, path: String) -> MeetingNotes {
        let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
        var header: [Substring] = []
        var body = normalized[...]
        if normalized.hasPrefix("---\n") {
            let rest = normalized.dropFirst(4)
            if let end = rest.range(of: "\n---\n") ?? rest.range(of: "\n---", options: .backwards).flatMap({ rest[$0.upperBound...].isEmpty ? $0 : nil }) {
                header = rest[..<end.lowerBound].split(separator: "\n", omittingEmptySubsequences: false)
                body = rest[end.upperBound...]
            }
        }
        var title = ""
        var date: Day?
        var actions: [Action] = []
        var inActions = false
        var current: Action?
        func flush() {
            if let a = current, !a.what.isEmpty { actions.append(a) }
            current = nil
        }
        for raw in header {
            let line = String(raw)
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            let indented = line.first == " " || line.first == "\t"
            if !indented && !trimmed.hasPrefix("-") {
                flush()
                inActions = false
                guard let (key, value) = keyValue(trimmed) else { continue }
                switch key {
                case "title", "titre": title = value
                case "date": date = Day.parse(String(value.prefix(10)))
                case "actions": inActions = value.isEmpty
                default: break
                }
                continue
            }
            guard inActions else { continue }
            var entry = trimmed
            if entry.hasPrefix("-") {
                flush()
                current = Action(who: nil, what: "", due: nil)
                entry = entry.dropFirst().trimmingCharacters(in: .whitespaces)
            }
            guard current != nil, let (key, value) = keyValue(entry) else { continue }
            switch key {
            case "who", "qui", "owner": current?.who = value.isEmpty ? nil : value
            case "what", "quoi", "action": current?.what = value
            case "due", "echeance", "échéance": current?.due = Day.parse(value)
            default: break
            }
        }
        flush()
        if date == nil, let name = path.split(separator: "/").last, name.count >= 10 { date = Day.parse(String(name.prefix(10))) }
        if title.isEmpty { title = firstHeading(String(body)) ?? path }

        let sections = MarkdownSections.items(String(body))
        var decisions: [String] = []
        for (heading, items) in sections {
            let h = fold(heading)
            if h.contains("decision") { decisions += items }
            if h.contains("action") && actions.isEmpty { actions += items.map(action) }
        }
        return MeetingNotes(path: path, title: title, date: date, decisions: decisions, actions: actions)
    }

    /// `bob : comparer les hébergeurs (11/12/2026)` → who, what, due.
    static func action(_ item: String) -> Action {
        var text = item
        if text.hasPrefix("[ ]") || text.hasPrefix("[x]") || text.hasPrefix("[X]") { text = text.dropFirst(3).trimmingCharacters(in: .whitespaces) }
        var due: Day?
        if let range = text.range(of: #"\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4}"#, options: .regularExpression) {
            due = Day.parse(String(text[range]))
        }
        var who: String?
        if text.hasPrefix("@"), let space = text.firstIndex(where: { $0 == " " || $0 == ":" }) {
            who = String(text[text.index(after: text.startIndex)..<space])
            text = text[space...].trimmingCharacters(in: CharacterSet(charactersIn: " :—–-"))
        } else if let colon = text.range(of: " : ") ?? text.range(of: ": "), text.distance(from: text.startIndex, to: colon.lowerBound) <= 24 {
            who = String(text[..<colon.lowerBound]).trimmingCharacters(in: .whitespaces)
            text = String(text[colon.upperBound...])
        }
        return Action(who: who, what: text.trimmingCharacters(in: .whitespaces), due: due)
    }

    static func keyValue(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
        guard !key.isEmpty, !key.contains(" ") else { return nil }
        var value = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        if value.count >= 2, let q = value.first, q == value.last, q == "\"" || q == "'" { value = String(value.dropFirst().dropLast()) }
        return (key, value)
    }

    static func firstHeading(_ body: String) -> String? {
        for line in body.split(separator: "\n") where line.hasPrefix("#") {
            return line.drop(while: { $0 == "#" }).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    static func fold(_ s: String) -> String {
        s.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
    }
}

/// The risks listed in the project spec.
public enum SpecRisks {
    /// Items of every section whose heading names risks (`## Risques`, `## 9. Risks`…): list
    /// items, or the first cell of table rows (header and rule rows left out).
    public static func parse(_ text: String) -> [String] {
        var out: [String] = []
        for (heading, items) in MarkdownSections.items(text, tables: true) where MeetingNotes.fold(heading).contains("risk") || MeetingNotes.fold(heading).contains("risque") {
            // Template placeholders ("…", "- … — …") are not risks.
            out += items.filter { $0.contains { $0.isLetter || $0.isNumber } }
        }
        return out
    }
}

/// Markdown headings and the list items (or table rows) under each, comments left out.
enum MarkdownSections {
    static func items(_ text: String, tables: Bool = false) -> [(heading: String, items: [String])] {
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
}
