import BoardCore
import Foundation

/// `jalon report contributions` as CSV, JSON and a self-contained HTML page.
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
        let evidence: [String: [String]]
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
                       evidence: Dictionary(uniqueKeysWithValues: ContributionsText.metrics(r).filter { $0.evidenceSource == $0 && $0 != .survivingLines }.map { ($0.rawValue, m.evidence($0)) }),
                       evidenceOf: Dictionary(uniqueKeysWithValues: ContributionsText.metrics(r).filter { $0 != .survivingLines }.map { ($0.rawValue, $0.evidenceSource.rawValue) }),
                       onBehalf: m.onBehalf.map { ["commit": $0.commit, "committer": $0.committer] }, signed: m.signed, spentHours: m.spentHours)
        }
        let unmatched = r.unmatched.map {
            UnmatchedJSON(name: $0.name, email: $0.email, commits: $0.commits, coAuthored: $0.coAuthored, linesAdded: $0.linesAdded, linesRemoved: $0.linesRemoved,
                          first: $0.first.map(iso.string(from:)), last: $0.last.map(iso.string(from:)), sampleCommit: $0.sampleCommit)
        }
        let weeks = r.weeks.map { WeekJSON(week: $0.start.iso, commits: $0.commits, tasksDone: $0.tasksDone, events: $0.events, outsiderCommits: $0.outsiderCommits) }
        let team = Dictionary(uniqueKeysWithValues: r.team.map { ($0.key.rawValue, $0.value) })
        return BoardJSON.encode(Document(board: r.boardName, head: r.head, from: r.from?.iso, to: r.to?.iso, member: r.focus, members: members,
                                         team: team, weeks: weeks, unmatched: unmatched, excluded: r.excludedGlobs,
                                         history: HistoryJSON(shallowBoundaries: r.boundaries.map(\.commit), unreadableFiles: r.unreadableFiles,
                                                              unreadableCommits: r.unreadableCommits, templateItems: r.templateItems,
                                                              survivingUnreadableFiles: r.survivingTotal != nil ? r.survivingUnreadableFiles : nil,
                                                              survivingUnattributedLines: r.survivingTotal != nil ? r.survivingUnattributedLines : nil)))
    }

    // MARK: HTML

    static let palette = ["#1f5fa8", "#c2521f", "#2e8b57", "#8e44ad", "#b8860b", "#d6336c", "#0b7285", "#5c940d"]

    /// A self-contained page (no script, no external resource) with the charts as inline SVG.
    public static func html(_ r: ContributionReport, language L: Language) -> String {
        let e = HTML.escape
        let metrics = ContributionsText.metrics(r)
        var h = "<!DOCTYPE html>\n<html lang=\"\(L.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n"
        h += "<title>\(e(ContributionsText.title(r, L)))</title>\n"
        h += """
        <style>
        body{font-family:system-ui,"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:60em;color:#1b1f24;line-height:1.4}
        table{border-collapse:collapse;margin:.6em 0}th,td{border:1px solid #c8ccd1;padding:.25em .6em}th{background:#eef1f4;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums}code{font-size:.95em}h2{margin-top:1.6em;border-bottom:1px solid #c8ccd1}
        .note{color:#555}@media print{body{margin:0}h2{page-break-before:auto}section.member{page-break-inside:avoid}}
        </style>\n</head>\n<body>\n
        """
        h += "<h1>\(e(ContributionsText.title(r, L)))</h1>\n"
        for line in ContributionsText.preamble(r, L) { h += "<p class=\"note\">\(e(line))</p>\n" }
        if r.focus == nil && r.members.count > 1 {
            h += "<h2>\(e(Catalog.ctTeamSummary(L)))</h2>\n"
            h += sharesChart(r, L)
        }
        for (i, m) in r.members.enumerated() {
            h += "<section class=\"member\">\n<h2><span style=\"color:\(palette[i % palette.count])\">■</span> \(e(m.name)) (\(e(m.id)))\(m.role.map { " — " + e($0) } ?? "")</h2>\n"
            h += "<table><tr><th>\(e(Catalog.ctColumnMetric(L)))</th><th>\(e(Catalog.ctColumnValue(L)))</th><th>\(e(Catalog.ctColumnShare(L)))</th></tr>\n"
            for metric in metrics {
                h += "<tr><td>\(e(Catalog.ctMetric(metric)(L)))</td><td class=\"n\">\(m.value(metric))</td><td class=\"n\">\(e(ContributionsText.percent(m.shares[metric], L)))</td></tr>\n"
            }
            h += "</table>\n"
            let kinds = FileKind.allCases.filter { m.lines[$0] != nil }
            if !kinds.isEmpty {
                h += "<table><tr><th>\(e(Catalog.ctColumnKind(L)))</th><th>\(e(Catalog.ctColumnFiles(L)))</th><th>\(e(Catalog.ctColumnAdded(L)))</th><th>\(e(Catalog.ctColumnRemoved(L)))</th></tr>\n"
                for k in kinds {
                    let c = m.lines[k]!
                    let counted = k != .binary && k != .document
                    h += "<tr><td>\(e(Catalog.ctFileKind(k)(L)))</td><td class=\"n\">\(c.files)</td><td class=\"n\">\(counted ? "+\(c.added)" : "—")</td><td class=\"n\">\(counted ? "−\(c.removed)" : "—")</td></tr>\n"
                }
                h += "</table>\n"
            }
            h += "<h3>\(e(Catalog.ctNotableTitle(L)))</h3>\n<ul>\n"
            if m.notable.isEmpty { h += "<li>\(e(Catalog.ctNoNotable(L)))</li>\n" }
            for n in m.notable {
                let (d, c, w) = ContributionsText.notableLine(n, L)
                h += "<li>\(e(d)) — <code>\(e(c))</code> — \(e(w))</li>\n"
            }
            if m.notableOmitted > 0 { h += "<li>\(e(Catalog.ctNotableMore(m.notableOmitted)(L)))</li>\n" }
            h += "</ul>\n"
            if !m.onBehalf.isEmpty {
                h += "<h3>\(e(Catalog.ctOnBehalfTitle(L)))</h3>\n<ul>\n"
                for b in m.onBehalf { h += "<li><code>\(e(String(b.commit.prefix(8))))</code> — \(e(Catalog.ctOnBehalf(b.committer)(L)))</li>\n" }
                h += "</ul>\n"
            }
            if !m.signed.isEmpty { h += "<p class=\"note\">\(e(Catalog.ctSigned(m.signed.count)(L)))</p>\n" }
            h += "</section>\n"
        }
        h += "<h2>\(e(Catalog.ctWeeklyTitle(L)))</h2>\n"
        h += weeklySVG(r, L)
        h += "<h2>\(e(Catalog.ctUnmatchedTitle(L)))</h2>\n"
        if r.unmatched.isEmpty {
            h += "<p>\(e(Catalog.ctNoUnmatched(L)))</p>\n"
        } else {
            h += "<table><tr><th>\(e(Catalog.ctColumnWho(L)))</th><th>\(e(Catalog.ctColumnEmail(L)))</th><th>\(e(Catalog.ctMetric(.commits)(L)))</th><th>\(e(Catalog.ctColumnCoAuthored(L)))</th><th>\(e(Catalog.ctColumnAdded(L)))</th><th>\(e(Catalog.ctColumnRemoved(L)))</th><th>\(e(Catalog.ctColumnCommit(L)))</th></tr>\n"
            for u in r.unmatched {
                h += "<tr><td>\(e(u.name))</td><td>\(e(u.email))</td><td class=\"n\">\(u.commits)</td><td class=\"n\">\(u.coAuthored)</td><td class=\"n\">+\(u.linesAdded)</td><td class=\"n\">−\(u.linesRemoved)</td><td><code>\(e(String((u.sampleCommit ?? "").prefix(8))))</code></td></tr>\n"
            }
            h += "</table>\n<p class=\"note\">\(e(Catalog.ctUnmatchedHint(L)))</p>\n"
        }
        if !r.excludedGlobs.isEmpty { h += "<p class=\"note\">\(e(Catalog.ctExcludedNote(r.excludedGlobs.joined(separator: ", "))(L)))</p>\n" }
        if r.focus != nil {
            for m in r.members {
                h += "<h2>\(e(Catalog.ctAppendixTitle(L))) — \(e(m.name))</h2>\n"
                h += "<table><tr><th>Date</th><th>\(e(Catalog.ctColumnCommit(L)))</th><th>\(e(Catalog.ctColumnFigure(L)))</th><th>\(e(Catalog.ctColumnWhat(L)))</th></tr>\n"
                for (d, c, f, w) in ContributionsText.appendix(m, L) {
                    h += "<tr><td>\(e(d))</td><td><code>\(e(c))</code></td><td>\(e(f))</td><td>\(e(w))</td></tr>\n"
                }
                h += "</table>\n"
            }
        }
        h += "</body>\n</html>\n"
        return h
    }

    static func number(_ v: Double) -> String { String(format: "%.1f", v) }

    /// Horizontal bars: each member's share of commits, tasks closed and lines added.
    static func sharesChart(_ r: ContributionReport, _ L: Language) -> String {
        let metrics: [ContributionReport.Metric] = [.commits, .tasksClosed, .linesAdded]
        let label = 170.0, barMax = 380.0, rowH = 16.0
        let height = Double(metrics.count * (r.members.count + 1)) * rowH + 10
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"\(number(height))\" viewBox=\"0 0 640 \(number(height))\" role=\"img\" aria-label=\"\(HTML.escape(Catalog.ctColumnShare(L)))\" font-size=\"11\" font-family=\"system-ui, DejaVu Sans, Arial, sans-serif\">\n"
        var y = 14.0
        for metric in metrics {
            s += "<text x=\"0\" y=\"\(number(y))\" font-weight=\"bold\">\(HTML.escape(Catalog.ctMetric(metric)(L)))</text>\n"
            y += rowH
            for (i, m) in r.members.enumerated() {
                let share = min(100, m.shares[metric] ?? 0)
                s += "<text x=\"10\" y=\"\(number(y))\">\(HTML.escape(m.name))</text>"
                s += "<rect x=\"\(number(label))\" y=\"\(number(y - 10))\" width=\"\(number(barMax * share / 100))\" height=\"11\" fill=\"\(palette[i % palette.count])\"/>"
                s += "<text x=\"\(number(label + barMax * share / 100 + 4))\" y=\"\(number(y))\">\(HTML.escape(ContributionsText.percent(m.shares[metric], L)))</text>\n"
                y += rowH
            }
        }
        return s + "</svg>\n"
    }

    /// Stacked columns: commits per week, one colour per member, outsiders in grey.
    static func weeklySVG(_ r: ContributionReport, _ L: Language) -> String {
        guard !r.weeks.isEmpty else { return "<p>\(HTML.escape(Catalog.ctNoNotable(L)))</p>\n" }
        let width = 640.0, height = 220.0, left = 30.0, bottom = 40.0, top = 10.0
        let totals = r.weeks.map { w in r.members.reduce(0) { $0 + (w.commits[$1.id] ?? 0) } + w.outsiderCommits }
        let maxTotal = Double(max(1, totals.max() ?? 1))
        let step = (width - left - 10) / Double(r.weeks.count)
        let barW = max(2, step * 0.7)
        var s = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))\" height=\"\(number(height + 20 * Double((r.members.count + 2) / 3)))\" role=\"img\" aria-label=\"\(HTML.escape(Catalog.ctWeeklyTitle(L)))\" font-size=\"10\" font-family=\"system-ui, DejaVu Sans, Arial, sans-serif\">\n"
        s += "<line x1=\"\(number(left))\" y1=\"\(number(height - bottom))\" x2=\"\(number(width - 5))\" y2=\"\(number(height - bottom))\" stroke=\"#888\"/>\n"
        s += "<text x=\"0\" y=\"\(number(top + 8))\">\(Int(maxTotal))</text>\n"
        let labelEvery = max(1, r.weeks.count / 10)
        for (i, w) in r.weeks.enumerated() {
            let x = left + Double(i) * step
            var y = height - bottom
            let parts: [(Int, String, String)] = r.members.enumerated().map { (j, m) in (w.commits[m.id] ?? 0, palette[j % palette.count], m.name) } + [(w.outsiderCommits, "#9aa3b2", Catalog.ctOutsidersColumn(L))]
            for (n, color, name) in parts where n > 0 {
                let h = Double(n) / maxTotal * (height - bottom - top)
                y -= h
                s += "<rect x=\"\(number(x))\" y=\"\(number(y))\" width=\"\(number(barW))\" height=\"\(number(h))\" fill=\"\(color)\"><title>\(HTML.escape(w.start.formatted(L))) — \(HTML.escape(name)) : \(n)</title></rect>\n"
            }
            if i % labelEvery == 0 {
                s += "<text x=\"\(number(x))\" y=\"\(number(height - bottom + 14))\">\(HTML.escape(w.start.formatted(L, short: true)))</text>\n"
            }
        }
        for (j, m) in r.members.enumerated() {
            let x = left + Double(j % 3) * 200, y = height - 6 + Double(j / 3) * 16
            s += "<rect x=\"\(number(x))\" y=\"\(number(y - 9))\" width=\"10\" height=\"10\" fill=\"\(palette[j % palette.count])\"/><text x=\"\(number(x + 14))\" y=\"\(number(y))\">\(HTML.escape(m.name))</text>\n"
        }
        return s + "</svg>\n"
    }
}
