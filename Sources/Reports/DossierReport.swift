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
/// copies in `fichiers/`, from one document.
public enum DossierText {
    static func short(_ c: String) -> String { String(c.prefix(8)) }

    /// The dossier as a document: the member and project, the head commit, warnings and note,
    /// then the figures, tasks, documents, minutes, reviews, website commits and website files,
    /// each entry with its commit, each copied file linked.
    public static func document(_ r: DossierReport, language L: Language) -> ReportDocument {
        typealias Span = ReportOutlineItem.Span
        func day(_ date: Date) -> String { Day(date, timeZone: .current).formatted(L) }
        func label(_ text: String) -> String { Text("docsText.docsLabel", ["label": text])(L) }
        func file(_ f: DossierReport.FileEntry) -> ReportOutlineItem {
            let date = Span(" — \(day(f.date)) — "), commit = Span(short(f.commit), code: true)
            guard let copy = f.copy else { return ReportOutlineItem(spans: [Span(f.path), date, commit, Span(" " + Catalog.doNotCopied(L))]) }
            let target = copy.split(separator: "/").map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? String($0) }.joined(separator: "/")
            return ReportOutlineItem(spans: [Span(f.path, link: target), date, commit])
        }
        func section(_ title: Text, _ items: [ReportOutlineItem]) -> ReportSection {
            ReportSection(title(L), blocks: [.outline(items.isEmpty ? [ReportOutlineItem(Catalog.doNothing(L), isNote: true)] : items)])
        }
        var opening: [ReportBlock] = r.head.map { [.paragraph(Catalog.ctComputedAt(short($0))(L), .plain)] } ?? []
        opening += r.warnings.map { .paragraph($0, .alert) }
        opening.append(.paragraph(Catalog.doNote(L), .muted))
        let metrics: [ContributionReport.Metric] = [.commits, .contentLines, .tasksDone, .reviews, .documents, .minutes, .comments]
        let sections = [
            ReportSection("", blocks: opening, tight: true),
            section(Catalog.doFigures, metrics.map { ReportOutlineItem(spans: [Span(label(Catalog.ctMetric($0)(L)) + " "), Span("\(r.figures.value($0))", strong: true)]) }),
            section(Catalog.doTasks, r.tasks.map { t in
                var spans = [Span(t.id, strong: true), Span(" \(t.title) (\(StatusWords.task(t.status, L)))")]
                if let done = t.doneCommit, let date = t.doneDate { spans.append(Span(" — " + Catalog.doDone(short(done), day(date))(L))) }
                return ReportOutlineItem(spans: spans)
            }),
            section(Catalog.doDocuments, r.documents.map(file)),
            section(Catalog.doMinutes, r.minutes.map(file)),
            section(Catalog.doReviews, r.reviews.map { e in
                ReportOutlineItem(spans: [Span(e.day.formatted(L) + " — "), Span(short(e.commit), code: true), Span(" — " + Catalog.ctCounted(e)(L))])
            }),
            section(Catalog.doWebsite, r.website.map { c in
                ReportOutlineItem(spans: [Span(day(c.date) + " — "), Span(short(c.commit), code: true),
                                          Span(" — " + label("\(c.summary) (+\(c.added) −\(c.removed))") + " " + c.files.joined(separator: ", "))])
            }),
            section(Catalog.doWebsiteFiles, r.websiteFiles.map(file)),
        ]
        return ReportDocument(title: Catalog.doTitle(r.name)(L), subtitle: Catalog.doProject(r.boardName)(L) + (r.role.map { " — " + $0 } ?? ""),
                              language: L, sections: sections)
    }

    public static func markdown(_ r: DossierReport, language L: Language) -> String {
        document(r, language: L).markdown() + "\n"
    }

    public static func html(_ r: DossierReport, language L: Language) -> String {
        HTML.render(document(r, language: L))
    }
}
