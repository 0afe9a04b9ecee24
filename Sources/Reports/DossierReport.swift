import BoardCore
import Foundation

/// `jalon report dossier --member M --out DIR`: one member's *dossier numérique personnel* —
/// the tasks they were given and finished, the documents and minutes they wrote, the reviews
/// they made, their commits to the website — each with its commit, and a copy of the files at
/// that commit beside the page so that the folder keeps and shows itself without the
/// repository. Built from the contribution report, so every entry follows its counting rules.
public struct DossierReport: Sendable {
    public struct TaskEntry: Sendable, Equatable {
        public let id: String
        public let title: String
        public let status: String
        /// The commit that moved it to done, while the member was an assignee.
        public let doneCommit: String?
        public let doneDate: Date?
    }

    /// A document, minutes or website file, kept as it was at `commit`.
    public struct FileEntry: Sendable, Equatable {
        public let path: String
        public let commit: String
        public let date: Date
        /// Where the copy goes inside the dossier folder, nil when it is not copied (deleted
        /// there, too large, or over the limit).
        public var copy: String?
    }

    public struct CommitEntry: Sendable, Equatable {
        public let commit: String
        public let date: Date
        public let summary: String
        public let files: [String]
        public let added: Int
        public let removed: Int
    }

    public let boardName: String
    public let head: String?
    public let memberID: String
    public let name: String
    public let role: String?
    public let figures: ContributionReport.MemberRow
    public let tasks: [TaskEntry]
    public var documents: [FileEntry]
    public var minutes: [FileEntry]
    public let reviews: [ContributionReport.CountedEvent]
    public let website: [CommitEntry]
    /// Files of the website as last changed by the member.
    public var websiteFiles: [FileEntry]
    public let warnings: [String]

    /// Files copied at most (the rest are listed, not copied).
    public static let copyLimit = 300

    public static func build(history: History, board: Board, member: String, language L: Language) -> DossierReport? {
        let report = ContributionReport.build(history: history, board: board, filter: ContributionFilter(member: member, notableLimit: nil))
        guard let row = report.members.first, let m = board.settings.member(member) else { return nil }
        var done: [String: (String, Date)] = [:]
        for e in row.counted where e.metric == .tasksDone { done[e.item] = (e.commit, e.date) }
        let tasks = board.tasks.filter { t in t.assignees.contains { board.settings.member($0)?.id == m.id } || done[t.id.description] != nil }
            .map { t in TaskEntry(id: t.id.description, title: t.title, status: t.status, doneCommit: done[t.id.description]?.0, doneDate: done[t.id.description]?.1) }
        // The last commit of the member on each document and minutes.
        func lastOn(_ metric: ContributionReport.Metric) -> [FileEntry] {
            var last: [String: ContributionReport.CountedEvent] = [:]
            var order: [String] = []
            for e in row.counted where e.metric == metric {
                if last[e.item] == nil { order.append(e.item) }
                last[e.item] = e
            }
            return order.map { FileEntry(path: $0, commit: last[$0]!.commit, date: last[$0]!.date, copy: nil) }
        }
        let prefix = boardPrefix(history, board)
        let documents = lastOn(.documents).map { FileEntry(path: prefix + $0.path, commit: $0.commit, date: $0.date, copy: nil) }
        let minutes = lastOn(.minutes).map { FileEntry(path: prefix + $0.path, commit: $0.commit, date: $0.date, copy: nil) }
        // Website work: the member's commits touching files other than the board's.
        var website: [CommitEntry] = []
        var lastFile: [String: FileEntry] = [:]
        var fileOrder: [String] = []
        for c in history.commits.reversed() where !c.isMerge && ([c.actor] + c.coActors).contains(.member(m.id)) {
            let files = c.files.filter { $0.kind != .board && !$0.excluded && !$0.path.hasPrefix(prefix + "docs/") }
            guard !files.isEmpty else { continue }
            website.append(CommitEntry(commit: c.id, date: c.authorDate, summary: c.summary, files: files.map(\.path),
                                       added: files.reduce(0) { $0 + $1.added }, removed: files.reduce(0) { $0 + $1.removed }))
            for f in files {
                if f.status == .deleted { lastFile[f.path] = nil; continue }
                if lastFile[f.path] == nil && !fileOrder.contains(f.path) { fileOrder.append(f.path) }
                lastFile[f.path] = FileEntry(path: f.path, commit: c.id, date: c.authorDate, copy: nil)
            }
        }
        var copied = 0
        func withCopy(_ entries: [FileEntry]) -> [FileEntry] {
            entries.map { e in
                var e = e
                if copied < copyLimit, DossierReport.safe(e.path) {
                    e.copy = "fichiers/\(e.commit.prefix(8))/\(e.path)"
                    copied += 1
                }
                return e
            }
        }
        let docs = withCopy(documents)
        let mins = withCopy(minutes)
        let site = withCopy(fileOrder.compactMap { lastFile[$0] })
        let reviews = row.counted.filter { $0.metric == .reviews }
        return DossierReport(boardName: report.boardName, head: report.head, memberID: m.id, name: m.name, role: m.role, figures: row, tasks: tasks,
                             documents: docs, minutes: mins, reviews: reviews, website: website, websiteFiles: site,
                             warnings: ContributionsText.warnings(report, L))
    }

    /// The board folder in the repository ("" or "planning/"), from where its settings file is.
    static func boardPrefix(_ history: History, _ board: Board) -> String {
        for c in history.commits.reversed() {
            for f in c.files where f.kind == .board && (f.path == BoardSettings.fileName || f.path.hasSuffix("/" + BoardSettings.fileName)) {
                return String(f.path.dropLast(BoardSettings.fileName.count))
            }
        }
        return ""
    }

    /// A repository path that stays inside the dossier folder once copied.
    static func safe(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/").contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}

extension Catalog {
    static func doTitle(_ name: String) -> Text { Text("dossier.doTitle", ["name": name]) }
    static func doProject(_ board: String) -> Text { Text("dossier.doProject", ["board": board]) }
    static let doNote = Text("dossier.doNote")
    static let doFigures = Text("dossier.doFigures")
    static let doTasks = Text("dossier.doTasks")
    static let doDocuments = Text("dossier.doDocuments")
    static let doMinutes = Text("dossier.doMinutes")
    static let doReviews = Text("dossier.doReviews")
    static let doWebsite = Text("dossier.doWebsite")
    static let doWebsiteFiles = Text("dossier.doWebsiteFiles")
    static let doNothing = Text("dossier.doNothing")
    static let doNotCopied = Text("dossier.doNotCopied")
    static func doDone(_ commit: String, _ date: String) -> Text { Text("dossier.doDone", ["date": date, "commit": commit]) }
}

/// Renderers of `DossierReport`: a self-contained HTML page and Markdown, both linking to the
/// copies in `fichiers/`.
public enum DossierText {
    static func short(_ c: String) -> String { String(c.prefix(8)) }

    public static func markdown(_ r: DossierReport, language L: Language) -> String {
        let esc = { (s: String) in ReportDocument.markdownEscape(s) }
        func link(_ f: DossierReport.FileEntry) -> String {
            let date = Day(f.date, timeZone: .current).formatted(L)
            guard let copy = f.copy else { return "- \(esc(f.path)) — \(date) — `\(short(f.commit))` \(Catalog.doNotCopied(L))" }
            let target = copy.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
            return "- [\(esc(f.path))](\(target)) — \(date) — `\(short(f.commit))`"
        }
        var out = ["# " + esc(Catalog.doTitle(r.name)(L)), ""]
        out.append(esc(Catalog.doProject(r.boardName)(L)) + (r.role.map { " — " + esc($0) } ?? ""))
        out.append("")
        if let head = r.head { out += [esc(Catalog.ctComputedAt(short(head))(L)), ""] }
        for w in r.warnings { out += [esc(w), ""] }
        out += [esc(Catalog.doNote(L)), ""]
        out += ["## " + Catalog.doFigures(L), ""]
        for metric in [ContributionReport.Metric.commits, .contentLines, .tasksDone, .reviews, .documents, .minutes, .comments] {
            out.append("- \(Catalog.ctMetric(metric)(L)) : \(r.figures.value(metric))")
        }
        out += ["", "## " + Catalog.doTasks(L), ""]
        if r.tasks.isEmpty { out.append("- " + Catalog.doNothing(L)) }
        for t in r.tasks {
            let done = t.doneCommit.map { " — " + Catalog.doDone("`\(short($0))`", Day(t.doneDate!, timeZone: .current).formatted(L))(L) } ?? ""
            out.append("- \(esc(t.id)) \(esc(t.title)) (\(esc(t.status)))\(done)")
        }
        for (title, files) in [(Catalog.doDocuments, r.documents), (Catalog.doMinutes, r.minutes)] {
            out += ["", "## " + title(L), ""]
            if files.isEmpty { out.append("- " + Catalog.doNothing(L)) }
            out += files.map(link)
        }
        out += ["", "## " + Catalog.doReviews(L), ""]
        if r.reviews.isEmpty { out.append("- " + Catalog.doNothing(L)) }
        for e in r.reviews { out.append("- \(e.day.formatted(L)) — `\(short(e.commit))` — \(esc(Catalog.ctCounted(e)(L)))") }
        out += ["", "## " + Catalog.doWebsite(L), ""]
        if r.website.isEmpty { out.append("- " + Catalog.doNothing(L)) }
        for c in r.website {
            out.append("- \(Day(c.date, timeZone: .current).formatted(L)) — `\(short(c.commit))` — \(esc(c.summary)) (+\(c.added) −\(c.removed)) : \(esc(c.files.joined(separator: ", ")))")
        }
        out += ["", "## " + Catalog.doWebsiteFiles(L), ""]
        if r.websiteFiles.isEmpty { out.append("- " + Catalog.doNothing(L)) }
        out += r.websiteFiles.map(link)
        return out.joined(separator: "\n") + "\n"
    }

    public static func html(_ r: DossierReport, language L: Language) -> String {
        let e = HTML.escape
        func link(_ f: DossierReport.FileEntry) -> String {
            let date = Day(f.date, timeZone: .current).formatted(L)
            guard let copy = f.copy else { return "<li>\(e(f.path)) — \(e(date)) — <code>\(e(short(f.commit)))</code> \(e(Catalog.doNotCopied(L)))</li>\n" }
            let target = copy.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
            return "<li><a href=\"\(e(target))\">\(e(f.path))</a> — \(e(date)) — <code>\(e(short(f.commit)))</code></li>\n"
        }
        func list(_ items: [String]) -> String { items.isEmpty ? "<ul><li class=\"none\">\(e(Catalog.doNothing(L)))</li></ul>\n" : "<ul>\n" + items.joined() + "</ul>\n" }
        var h = "<!DOCTYPE html>\n<html lang=\"\(L.rawValue)\">\n<head>\n<meta charset=\"utf-8\">\n<title>\(e(Catalog.doTitle(r.name)(L)))</title>\n"
        h += "<style>body{font-family:system-ui,\"DejaVu Sans\",Arial,sans-serif;margin:2em auto;max-width:60em;color:#1b1f24;line-height:1.45}"
        h += "h2{margin-top:1.5em;border-bottom:1px solid #c8ccd1}.note{color:#555}.none{color:#777}code{font-size:.9em}"
        h += "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}dt{font-weight:bold}@media print{a{color:inherit}}</style>\n</head>\n<body>\n"
        h += "<h1>\(e(Catalog.doTitle(r.name)(L)))</h1>\n<p>\(e(Catalog.doProject(r.boardName)(L)))\(r.role.map { " — " + e($0) } ?? "")</p>\n"
        if let head = r.head { h += "<p class=\"note\">\(e(Catalog.ctComputedAt(short(head))(L)))</p>\n" }
        for w in r.warnings { h += "<p class=\"note\">\(e(w))</p>\n" }
        h += "<p class=\"note\">\(e(Catalog.doNote(L)))</p>\n<h2>\(e(Catalog.doFigures(L)))</h2>\n<dl>\n"
        for metric in [ContributionReport.Metric.commits, .contentLines, .tasksDone, .reviews, .documents, .minutes, .comments] {
            h += "<dt>\(e(Catalog.ctMetric(metric)(L)))</dt><dd>\(r.figures.value(metric))</dd>\n"
        }
        h += "</dl>\n<h2>\(e(Catalog.doTasks(L)))</h2>\n"
        h += list(r.tasks.map { t in
            let done = t.doneCommit.map { " — " + e(Catalog.doDone(short($0), Day(t.doneDate!, timeZone: .current).formatted(L))(L)) } ?? ""
            return "<li><strong>\(e(t.id))</strong> \(e(t.title)) (\(e(t.status)))\(done)</li>\n"
        })
        h += "<h2>\(e(Catalog.doDocuments(L)))</h2>\n" + list(r.documents.map(link))
        h += "<h2>\(e(Catalog.doMinutes(L)))</h2>\n" + list(r.minutes.map(link))
        h += "<h2>\(e(Catalog.doReviews(L)))</h2>\n" + list(r.reviews.map { "<li>\(e($0.day.formatted(L))) — <code>\(e(short($0.commit)))</code> — \(e(Catalog.ctCounted($0)(L)))</li>\n" })
        h += "<h2>\(e(Catalog.doWebsite(L)))</h2>\n" + list(r.website.map { c in
            "<li>\(e(Day(c.date, timeZone: .current).formatted(L))) — <code>\(e(short(c.commit)))</code> — \(e(c.summary)) (+\(c.added) −\(c.removed)) : \(e(c.files.joined(separator: ", ")))</li>\n"
        })
        h += "<h2>\(e(Catalog.doWebsiteFiles(L)))</h2>\n" + list(r.websiteFiles.map(link))
        return h + "</body>\n</html>\n"
    }
}
