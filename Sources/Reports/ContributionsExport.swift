import BoardCore
import Foundation

/// `jalon report contributions` as data (CSV and JSON, with stable keys) and as an HTML page.
public enum ContributionsExport {
    // MARK: CSV

    /// One row per member, then one per identity outside the team. UTF-8 with a byte-order mark
    /// and `;` between fields, so that LibreOffice Calc and Excel open accents right and French
    /// decimal commas do not clash with the separator; shares use the language's decimal mark.
    public static func csv(_ r: ContributionReport, language L: Language) -> String {
        let metrics = ContributionsText.metrics(r)
        func share(_ v: Double?) -> String {
            guard let v else { return "" }
            return Catalog.decimalMark(String(format: "%.1f", v))(L)
        }
        var header = ["kind", "id", "name", "email"] + metrics.map(\.rawValue)
        header += FileKind.allCases.flatMap { ["\($0.rawValue)Files", "\($0.rawValue)Added", "\($0.rawValue)Removed"] }
        header += metrics.map { "\($0.rawValue)Share" }
        header += ["head"]
        var rows = [header]
        for m in r.members {
            var cells = ["member", m.id, m.name, ""] + metrics.map { "\(m.value($0))" }
            cells += FileKind.allCases.flatMap { k -> [String] in
                let c = m.lines[k] ?? ContributionReport.LineCount()
                return ["\(c.files)", "\(c.added)", "\(c.removed)"]
            }
            cells += metrics.map { share(m.shares[$0]) }
            cells.append(r.head ?? "")
            rows.append(cells)
        }
        for u in r.unmatched {
            var cells = ["unmatched", "", u.name, u.email]
            cells += metrics.map { m -> String in
                switch m {
                case .commits: return "\(u.commits)"
                case .linesAdded: return "\(u.linesAdded)"
                case .linesRemoved: return "\(u.linesRemoved)"
                default: return ""
                }
            }
            cells += FileKind.allCases.flatMap { _ in ["", "", ""] }
            cells += metrics.map { _ in "" }
            cells.append(r.head ?? "")
            rows.append(cells)
        }
        return ReportDocument.csv(rows: rows)
    }

    // MARK: JSON

    struct LinesJSON: Encodable { let added: Int; let removed: Int; let files: Int }
    struct NotableJSON: Encodable {
        let date: String; let commit: String; let kind: String; let item: String; let title: String?; let text: String
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(date, forKey: .date); try c.encode(commit, forKey: .commit); try c.encode(kind, forKey: .kind)
            try c.encode(item, forKey: .item); try c.encode(title, forKey: .title); try c.encode(text, forKey: .text)
        }
        enum CodingKeys: String, CodingKey { case date, commit, kind, item, title, text }
    }
    struct MemberJSON: Encodable {
        let id: String; let name: String; let role: String?
        let commits, activeDays, activeWeeks, tasksCreated, tasksDone, tasksClosed, reviews, documents, minutes, comments: Int
        let filesTouched, linesAdded, linesRemoved: Int
        let survivingLines: Int?
        let lines: [String: LinesJSON]
        let shares: [String: Double]
        let notable: [NotableJSON]
        let selfReviews, contentLines, notableOmitted: Int
        let evidence: [String: CommitList]
        let evidenceOf: [String: String]
        let onBehalf: [[String: String]]
        let signed: [String]
        let spentHours: Double?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(name, forKey: .name); try c.encode(role, forKey: .role)
            try c.encode(commits, forKey: .commits); try c.encode(activeDays, forKey: .activeDays); try c.encode(activeWeeks, forKey: .activeWeeks)
            try c.encode(tasksCreated, forKey: .tasksCreated); try c.encode(tasksDone, forKey: .tasksDone); try c.encode(tasksClosed, forKey: .tasksClosed)
            try c.encode(reviews, forKey: .reviews); try c.encode(documents, forKey: .documents); try c.encode(minutes, forKey: .minutes)
            try c.encode(comments, forKey: .comments); try c.encode(filesTouched, forKey: .filesTouched); try c.encode(linesAdded, forKey: .linesAdded)
            try c.encode(linesRemoved, forKey: .linesRemoved); try c.encode(survivingLines, forKey: .survivingLines); try c.encode(lines, forKey: .lines)
            try c.encode(shares, forKey: .shares); try c.encode(notable, forKey: .notable)
            try c.encode(selfReviews, forKey: .selfReviews); try c.encode(contentLines, forKey: .contentLines); try c.encode(notableOmitted, forKey: .notableOmitted)
            try c.encode(evidence, forKey: .evidence); try c.encode(evidenceOf, forKey: .evidenceOf); try c.encode(onBehalf, forKey: .onBehalf); try c.encode(signed, forKey: .signed)
            try c.encode(spentHours, forKey: .spentHours)
        }
        enum CodingKeys: String, CodingKey {
            case id, name, role, commits, activeDays, activeWeeks, tasksCreated, tasksDone, tasksClosed, reviews, documents, minutes, comments
            case filesTouched, linesAdded, linesRemoved, survivingLines, lines, shares, notable
            case selfReviews, contentLines, notableOmitted, evidence, evidenceOf, onBehalf, signed, spentHours
        }
    }
    struct UnmatchedJSON: Encodable {
        let name: String; let email: String; let commits: Int; let coAuthored: Int; let linesAdded: Int; let linesRemoved: Int
        let first: String?; let last: String?; let sampleCommit: String?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name); try c.encode(email, forKey: .email); try c.encode(commits, forKey: .commits)
            try c.encode(coAuthored, forKey: .coAuthored); try c.encode(linesAdded, forKey: .linesAdded); try c.encode(linesRemoved, forKey: .linesRemoved)
            try c.encode(first, forKey: .first); try c.encode(last, forKey: .last); try c.encode(sampleCommit, forKey: .sampleCommit)
        }
        enum CodingKeys: String, CodingKey { case name, email, commits, coAuthored, linesAdded, linesRemoved, first, last, sampleCommit }
    }
    struct WeekJSON: Encodable { let week: String; let commits: [String: Int]; let tasksDone: [String: Int]; let events: [String: Int]; let outsiderCommits: Int }
    struct Document: Encodable {
        let board: String; let head: String?; let from: String?; let to: String?; let member: String?
        let members: [MemberJSON]; let team: [String: Int]; let weeks: [WeekJSON]; let unmatched: [UnmatchedJSON]; let excluded: [String]
        let history: HistoryJSON
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(board, forKey: .board); try c.encode(head, forKey: .head); try c.encode(from, forKey: .from); try c.encode(to, forKey: .to)
            try c.encode(member, forKey: .member); try c.encode(members, forKey: .members); try c.encode(team, forKey: .team)
            try c.encode(weeks, forKey: .weeks); try c.encode(unmatched, forKey: .unmatched); try c.encode(excluded, forKey: .excluded)
            try c.encode(history, forKey: .history)
        }
        enum CodingKeys: String, CodingKey { case board, head, from, to, member, members, team, weeks, unmatched, excluded, history }
    }
    /// What the reader must know about this clone's history: where it is cut, what is unreadable.
    struct HistoryJSON: Encodable {
        let shallowBoundaries: [String]; let unreadableFiles: Int; let unreadableCommits: [String]; let templateItems: Int
        /// With `--surviving` only (null otherwise): head files not blamed for missing objects.
        let survivingUnreadableFiles: [String]?; let survivingUnattributedLines: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(shallowBoundaries, forKey: .shallowBoundaries); try c.encode(unreadableFiles, forKey: .unreadableFiles)
            try c.encode(unreadableCommits, forKey: .unreadableCommits); try c.encode(templateItems, forKey: .templateItems)
            try c.encode(survivingUnreadableFiles, forKey: .survivingUnreadableFiles); try c.encode(survivingUnattributedLines, forKey: .survivingUnattributedLines)
        }
        enum CodingKeys: String, CodingKey {
            case shallowBoundaries, unreadableFiles, unreadableCommits, templateItems, survivingUnreadableFiles, survivingUnattributedLines
        }
    }

    static func notableKind(_ k: ContributionReport.Notable.Kind) -> String {
        switch k {
        case .taskCreated: return "taskCreated"
        case .taskDone: return "taskDone"
        case .taskReviewed: return "taskReviewed"
        case .milestoneCreated: return "milestoneCreated"
        case .specWritten: return "specWritten"
        case .documentCreated: return "documentCreated"
        case .documentValidated: return "documentValidated"
        case .minutesWritten: return "minutesWritten"
        case .largeCommit: return "largeCommit"
        }
    }

    public static func json(_ r: ContributionReport, language L: Language) -> String {
        let iso = ISO8601DateFormatter()
        let evidenceMetrics = ContributionsText.metrics(r).filter { $0.evidenceSource == $0 && $0 != .survivingLines }
        let lists = CommitLists()
        let members = r.members.map { m in
            MemberJSON(id: m.id, name: m.name, role: m.role, commits: m.value(.commits), activeDays: m.value(.activeDays), activeWeeks: m.value(.activeWeeks),
                       tasksCreated: m.value(.tasksCreated), tasksDone: m.value(.tasksDone), tasksClosed: m.value(.tasksClosed), reviews: m.value(.reviews),
                       documents: m.value(.documents), minutes: m.value(.minutes), comments: m.value(.comments), filesTouched: m.value(.filesTouched),
                       linesAdded: m.value(.linesAdded), linesRemoved: m.value(.linesRemoved),
                       survivingLines: r.survivingTotal != nil ? m.value(.survivingLines) : nil,
                       lines: Dictionary(uniqueKeysWithValues: m.lines.map { ($0.key.rawValue, LinesJSON(added: $0.value.added, removed: $0.value.removed, files: $0.value.files)) }),
                       shares: Dictionary(uniqueKeysWithValues: m.shares.map { ($0.key.rawValue, ($0.value * 10).rounded() / 10) }),
                       notable: m.notable.map { NotableJSON(date: $0.day.iso, commit: $0.commit, kind: notableKind($0.kind), item: $0.item, title: $0.title, text: Catalog.ctNotable($0)(L)) },
                       selfReviews: m.value(.selfReviews), contentLines: m.value(.contentLines), notableOmitted: m.notableOmitted,
                       // Each list once: derived figures name their source in `evidenceOf` (the JSON stays small on long histories).
                       evidence: Dictionary(uniqueKeysWithValues: m.evidence(of: evidenceMetrics).map { ($0.key.rawValue, lists.add($0.value)) }),
                       evidenceOf: Dictionary(uniqueKeysWithValues: ContributionsText.metrics(r).filter { $0 != .survivingLines }.map { ($0.rawValue, $0.evidenceSource.rawValue) }),
                       onBehalf: m.onBehalf.map { ["commit": $0.commit, "committer": $0.committer] }, signed: m.signed, spentHours: m.spentHours)
        }
        let unmatched = r.unmatched.map {
            UnmatchedJSON(name: $0.name, email: $0.email, commits: $0.commits, coAuthored: $0.coAuthored, linesAdded: $0.linesAdded, linesRemoved: $0.linesRemoved,
                          first: $0.first.map(iso.string(from:)), last: $0.last.map(iso.string(from:)), sampleCommit: $0.sampleCommit)
        }
        let weeks = r.weeks.map { WeekJSON(week: $0.start.iso, commits: $0.commits, tasksDone: $0.tasksDone, events: $0.events, outsiderCommits: $0.outsiderCommits) }
        let team = Dictionary(uniqueKeysWithValues: r.team.map { ($0.key.rawValue, $0.value) })
        return lists.splice(into: BoardJSON.encode(Document(board: r.boardName, head: r.head, from: r.from?.iso, to: r.to?.iso, member: r.focus, members: members,
                                         team: team, weeks: weeks, unmatched: unmatched, excluded: r.excludedGlobs,
                                         history: HistoryJSON(shallowBoundaries: r.boundaries.map(\.commit), unreadableFiles: r.unreadableFiles,
                                                              unreadableCommits: r.unreadableCommits, templateItems: r.templateItems,
                                                              survivingUnreadableFiles: r.survivingTotal != nil ? r.survivingUnreadableFiles : nil,
                                                              survivingUnattributedLines: r.survivingTotal != nil ? r.survivingUnattributedLines : nil))))
    }

    /// The evidence lists of a JSON export, written into the encoded text afterwards: on a long
    /// history they are most of the document (tens of thousands of commit ids), and `JSONEncoder`
    /// spends most of the export on them. Each list is encoded as a marker string, then `splice`
    /// puts the list, laid out as the encoder lays out an array of strings, in its place.
    final class CommitLists: @unchecked Sendable {
        private var lists: [[String]] = []

        func add(_ list: [String]) -> CommitList {
            lists.append(list)
            return CommitList(slot: lists.count - 1)
        }

        static let marker = "\u{1}jalon-commits-"
        /// How `JSONEncoder` writes the marker's first character.
        static let encodedMarker = "\"\\u0001jalon-commits-"

        /// Works on the UTF-8 bytes: `String.range(of:)` goes through Foundation's UTF-16 view
        /// and was a fifth of a warm JSON report. The result is made of pieces that are strings
        /// already (the encoder's text between the markers, the lists' strings), so its many
        /// megabytes are never decoded again as UTF-8 bytes would be.
        func splice(into json: String) -> String {
            guard !lists.isEmpty else { return json }
            let marker = Array(CommitLists.encodedMarker.utf8), close = Array("\\u0001\"".utf8)
            let source = Array(json.utf8)
            let n = source.count
            var out = ""
            out.reserveCapacity(n + lists.reduce(0) { $0 + $1.count * 56 })
            func matches(_ pattern: [UInt8], at k: Int) -> Bool {
                guard k + pattern.count <= n else { return false }
                for (j, b) in pattern.enumerated() where source[k + j] != b { return false }
                return true
            }
            let utf8 = json.utf8
            func piece(_ from: Int, _ to: Int) -> Substring {
                Substring(utf8[utf8.index(utf8.startIndex, offsetBy: from)..<utf8.index(utf8.startIndex, offsetBy: to)])
            }
            var copied = 0, lineStart = 0, k = 0
            while k < n {
                let b = source[k]
                if b == 0x0A { lineStart = k + 1 }
                guard b == 0x22, matches(marker, at: k) else { k += 1; continue }
                let digits = k + marker.count
                var end = digits
                while end < n, source[end] >= 0x30, source[end] <= 0x39 { end += 1 }
                // Not a marker of ours (cannot happen: every string of the export is escaped): kept as it is.
                guard end > digits, end - digits < 10, matches(close, at: end),
                      let slot = Int(String(decoding: source[digits..<end], as: UTF8.self)), lists.indices.contains(slot) else { k += 1; continue }
                out += piece(copied, k)
                var indent = 0
                while lineStart + indent < k, source[lineStart + indent] == 0x20 { indent += 1 }
                CommitLists.array(lists[slot], indent: indent, into: &out)
                k = end + close.count
                copied = k
            }
            out += piece(copied, n)
            return out
        }

        /// `[`, each string on its own line two spaces deeper, `]` — or `[`, an empty line, `]`.
        /// A list is written as bytes, then made a string at once: commit ids (a list holds
        /// little else) are ASCII, which the string checks a word at a time, where appending
        /// strings piece by piece or checking the whole export byte by byte cost several times more.
        static func array(_ list: [String], indent: Int, into out: inout String) {
            let closing = String(repeating: " ", count: indent) + "]"
            guard !list.isEmpty else {
                out += "[\n\n" + closing
                return
            }
            var bytes: [UInt8] = []
            bytes.reserveCapacity(2 + list.count * (indent + 46))
            bytes += Array("[\n".utf8)
            let pad = [UInt8](repeating: 0x20, count: indent + 2)
            let last = list.count - 1
            for (i, s) in list.enumerated() {
                bytes += pad
                var s = s
                let copied = s.withUTF8 { id -> Bool in
                    guard isCommitID(id) else { return false }
                    bytes.append(0x22)
                    bytes.append(contentsOf: id)
                    bytes.append(0x22)
                    return true
                }
                if !copied { bytes += Array(literal(s).utf8) }
                if i < last { bytes.append(0x2C) }
                bytes.append(0x0A)
            }
            out += String(decoding: bytes, as: UTF8.self)
            out += closing
        }

        /// Lower-case hex digits only, as a commit id is.
        static func isCommitID(_ s: String) -> Bool {
            var s = s
            return s.withUTF8 { isCommitID($0) }
        }

        static func isCommitID(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            for b in bytes where !((b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66)) { return false }
            return true
        }

        /// A commit id needs no escaping; anything else is written by the encoder itself.
        static func literal(_ s: String) -> String {
            if isCommitID(s) { return "\"" + s + "\"" }
            return BoardJSON.encode([s]).dropFirst(1).dropLast(1).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    struct CommitList: Encodable {
        let slot: Int
        func encode(to encoder: Encoder) throws {
            var c = encoder.singleValueContainer()
            try c.encode(CommitLists.marker + String(slot) + "\u{1}")
        }
    }

    // MARK: HTML

    /// A self-contained page (no script, no external resource) with the charts as inline SVG:
    /// the report's document, rendered like every report page.
    public static func html(_ r: ContributionReport, language L: Language) -> String {
        HTML.render(r.document(language: L))
    }
}
