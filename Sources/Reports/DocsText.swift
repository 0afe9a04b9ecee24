import BoardCore
import Foundation

/// Words of the documentation views, in French and English.
enum DocsWords {
    static let section = Text("docsText.section")
    static let state = Text("docsText.state")
    static let line = Text("docsText.line")
    static let filled = Text("docsText.filled")
    static let empty = Text("docsText.empty")
    static let templateOnly = Text("docsText.templateOnly")
    static let deliverables = Text("docsText.deliverables")
    static let linkedFrom = Text("docsText.linkedFrom")
    static let notLinked = Text("docsText.notLinked")
    static let due = Text("docsText.due")
    static let title = Text("docsText.title")
    static let path = Text("docsText.path")
    static let author = Text("docsText.author")
    static let status = Text("docsText.status")
    static let version = Text("docsText.version")
    static let changed = Text("docsText.changed")
    static let by = Text("docsText.by")
    static let date = Text("docsText.date")
    static let attendees = Text("docsText.attendees")
    static let guests = Text("docsText.guests")
    static let actions = Text("docsText.actions")
    /// Meeting list: actions still open / all actions of the minutes.
    static let openActions = Text("docsText.openActions")
    static let who = Text("docsText.who")
    static let what = Text("docsText.what")
    static let task = Text("docsText.task")
    static let tags = Text("docsText.tags")
    static let validated = Text("docsText.validated")
    static let noDocuments = Text("docsText.noDocuments")
    static let noMeetings = Text("docsText.noMeetings")
    static let noActions = Text("docsText.noActions")
    static func noComments(_ item: String) -> Text { Text("docsText.noComments", ["item": item]) }
    static func budget(_ lines: Int, _ total: String, _ sum: String) -> Text { Text("docsText.budget", ["lines": lines, "total": total, "sum": sum]) }
    static func specHeader(_ title: String, _ version: String, _ status: String) -> Text { Text("docsText.specHeader", ["title": title, "version": version, "status": status]) }
    static func specProgress(_ done: Int, _ total: Int) -> Text { Text("docsText.specProgress", ["done": done, "total": total]) }
}

/// Text views of the spec, documents, minutes, comments, news and reminders.
public enum DocsText {
    static func who(_ c: Contributor, _ board: Board) -> String {
        switch c {
        case .member(let id): return board.settings.member(id)?.name ?? id
        case .outsider(let name, _): return name
        }
    }

    static func memberName(_ id: String, _ board: Board) -> String { board.settings.member(id)?.name ?? id }

    /// `01/12/2026 10:00` in French, `Dec 1, 2026 10:00` in English.
    public static func dateTime(_ date: Date, _ L: Language, timeZone: TimeZone = .current) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = timeZone
        f.dateFormat = "HH:mm"
        return Day(date, timeZone: timeZone).formatted(L) + " " + f.string(from: date)
    }

    static func stateWord(_ s: SpecSectionState) -> Text {
        switch s {
        case .filled: return DocsWords.filled
        case .empty: return DocsWords.empty
        case .templateOnly: return DocsWords.templateOnly
        }
    }

    // MARK: Spec

    public static func spec(_ spec: SpecDocument, board: Board, problems: [Diagnostic], language L: Language, style: TerminalStyle) -> String {
        specDocument(spec, board: board, problems: problems, language: L, unicode: style.unicode).text(style: style)
    }

    /// The spec as a document: its sections and how far each is written, its deliverables and
    /// what links them, its budget; every line cut at the width (the listing look).
    public static func specDocument(_ spec: SpecDocument, board: Board, problems: [Diagnostic], language L: Language, unicode: Bool) -> ReportDocument {
        let none = (unicode ? Glyphs.unicode : Glyphs.ascii).none
        let header = DocsWords.specHeader(spec.title, spec.version ?? "?", spec.status.isEmpty ? "?" : StatusWords.document(spec.status, L))(L)
        let templated = Set(problems.filter { $0.file == SpecDocument.path && $0.message.en.contains("template") }.compactMap(\.line))
        var rows: [[ReportTable.Cell]] = []
        var written = 0
        for s in spec.allSections {
            var state = s.state
            if templated.contains(s.line) { state = .templateOnly }
            if !s.children.isEmpty && state != .filled {
                let childrenWritten = s.children.contains { $0.state == .filled }
                state = childrenWritten ? .filled : state
            }
            if state == .filled { written += 1 }
            let heading = (s.level == 3 ? "  " : "") + s.heading
            rows.append([ReportTable.Cell(heading), ReportTable.Cell(stateWord(state)(L), tone: state == .filled ? .good : .alert), ReportTable.Cell("\(s.line)")])
        }
        let sectionTable = ReportTable(columns: [.init(DocsWords.section(L), flexible: true, minWidth: 12), .init(DocsWords.state(L)), .init(DocsWords.line(L), alignment: .right)],
                                       rows: rows, emptyText: "", drawnWhenEmpty: true)
        var sections = [ReportSection("", blocks: [.paragraph(header, .strong), .paragraph(DocsWords.specProgress(written, spec.allSections.count)(L), .plain), .table(sectionTable)],
                                      tight: true)]
        if !spec.deliverables.isEmpty {
            var links: [String: [String]] = [:]
            for m in board.milestones { for d in m.deliverables { links[d, default: []].append(m.id.description) } }
            for t in board.tasks { for d in t.deliverables { links[d, default: []].append(t.id.description) } }
            let rows = spec.deliverables.map { d -> [ReportTable.Cell] in
                let linked = links[d.id]
                return [ReportTable.Cell(d.id, tone: .accent), ReportTable.Cell(d.title), ReportTable.Cell(d.due?.formatted(L) ?? none),
                        ReportTable.Cell(linked?.joined(separator: ", ") ?? DocsWords.notLinked(L), tone: linked == nil ? .alert : .plain)]
            }
            let table = ReportTable(columns: [.init("Id"), .init(DocsWords.title(L), flexible: true, minWidth: 10), .init(DocsWords.due(L)),
                                              .init(DocsWords.linkedFrom(L), flexible: true, minWidth: 8)], rows: rows, emptyText: "")
            sections.append(ReportSection("", blocks: [.paragraph(DocsWords.deliverables(L), .strong), .table(table)], tight: true))
        }
        if let b = spec.budget, b.total != nil || !b.lines.isEmpty {
            let budget = DocsWords.budget(b.lines.count, b.total.map { SpecDocument.formatAmount($0.amount, L) } ?? none, SpecDocument.formatAmount(b.sum, L))(L)
            sections.append(ReportSection("", blocks: [.paragraph(budget, .plain)]))
        }
        return ReportDocument(title: "", language: L, sections: sections, look: .listing)
    }

    // MARK: Documents

    /// When each document last changed and who changed it: the newest document event of each
    /// path in the history, with the member's name (or the outsider's as Git recorded it).
    public static func lastChanges(_ history: History, settings: BoardSettings) -> [String: LastChange] {
        var out: [String: LastChange] = [:]
        for commit in history.commits {
            for e in commit.events where out[e.item] == nil {
                switch e.kind {
                case .documentCreated, .documentEdited, .documentStatus:
                    let by: String
                    switch e.actor {
                    case .member(let id): by = settings.member(id)?.name ?? id
                    case .outsider(let name, _): by = name
                    }
                    out[e.item] = LastChange(date: e.date, by: by, commit: e.commit)
                default: continue
                }
            }
        }
        return out
    }

    public struct LastChange: Sendable {
        public let date: Date
        public let by: String
        public let commit: String
        public init(date: Date, by: String, commit: String) {
            self.date = date
            self.by = by
            self.commit = commit
        }
    }

    public static func documentList(_ docs: [BoardDocument], lastChanges: [String: LastChange], board: Board, language L: Language, style: TerminalStyle, timeZone: TimeZone = .current) -> String {
        documentListDocument(docs, lastChanges: lastChanges, board: board, language: L, unicode: style.unicode, timeZone: timeZone).text(style: style)
    }

    /// The documents as a document: one table.
    public static func documentListDocument(_ docs: [BoardDocument], lastChanges: [String: LastChange], board: Board, language L: Language, unicode: Bool,
                                            timeZone: TimeZone = .current) -> ReportDocument {
        guard !docs.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: DocsWords.noDocuments(L), emptyTone: .plain))])]) }
        let columns: [ReportTable.Column] = [
            .init("ID"), .init(DocsWords.title(L), flexible: true, minWidth: 10), .init(DocsWords.path(L), flexible: true, minWidth: 10, dropRank: 1),
            .init(DocsWords.author(L), flexible: true, minWidth: 5, dropRank: 3), .init(DocsWords.status(L)), .init(DocsWords.version(L), dropRank: 4),
            .init(DocsWords.changed(L), dropRank: 2), .init(DocsWords.by(L), flexible: true, minWidth: 5, dropRank: 2),
        ]
        let none = (unicode ? Glyphs.unicode : Glyphs.ascii).none
        let rows = docs.map { d -> [ReportTable.Cell] in
            let last = lastChanges[d.path]
            let tone: Tone = d.meta.status == "validated" ? .good : (d.meta.status == "review" ? .accent : .plain)
            return [ReportTable.Cell(d.meta.id?.description ?? none, tone: .accent), ReportTable.Cell(d.meta.title), ReportTable.Cell(d.path),
                    ReportTable.Cell(d.meta.author.map { memberName($0, board) } ?? none), ReportTable.Cell(d.meta.status.isEmpty ? none : StatusWords.document(d.meta.status, L), tone: tone),
                    ReportTable.Cell(d.meta.version ?? none), ReportTable.Cell(last.map { Day($0.date, timeZone: timeZone).formatted(L) } ?? none),
                    ReportTable.Cell(last?.by ?? none)]
        }
        return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: columns, rows: rows, emptyText: ""))])])
    }

    public static func documentTree(_ docs: [BoardDocument], language L: Language, style: TerminalStyle) -> String {
        documentTreeDocument(docs, language: L).text(style: style)
    }

    /// The documents as a document: the folder tree under `docs/`, each folder's subfolders
    /// (by name) before its files (by path), each file with its id, status and version.
    public static func documentTreeDocument(_ docs: [BoardDocument], language L: Language) -> ReportDocument {
        guard !docs.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: DocsWords.noDocuments(L), emptyTone: .plain))])]) }
        final class Node {
            var folders: [String: Node] = [:]
            var files: [BoardDocument] = []
        }
        let root = Node()
        for d in docs {
            var node = root
            for part in d.path.split(separator: "/").dropFirst().dropLast() {
                let key = String(part)
                if node.folders[key] == nil { node.folders[key] = Node() }
                node = node.folders[key]!
            }
            node.files.append(d)
        }
        func children(_ node: Node) -> [ReportTree] {
            node.folders.keys.sorted().map { ReportTree($0 + "/", children: children(node.folders[$0]!)) }
                + node.files.sorted { $0.path < $1.path }.map { d in
                    let meta = [d.meta.id?.description, d.meta.status.isEmpty ? nil : StatusWords.document(d.meta.status, L), d.meta.version.map { "v" + $0 }].compactMap { $0 }.joined(separator: " ")
                    return ReportTree(d.fileName, note: meta.isEmpty ? nil : meta, noteTone: d.meta.status == "validated" ? .good : .muted)
                }
        }
        return .view(language: L, [ReportSection("", blocks: [.tree(ReportTree(BoardDocument.folder + "/", children: children(root)))])])
    }

    public static func documentDetail(_ d: BoardDocument, lastChange: LastChange?, comments: [Comment], board: Board, language L: Language, style: TerminalStyle, timeZone: TimeZone = .current) -> String {
        documentDetailDocument(d, lastChange: lastChange, comments: comments, board: board, language: L, timeZone: timeZone).text(style: style)
    }

    /// A document whole: its particulars, its body, its comments.
    public static func documentDetailDocument(_ d: BoardDocument, lastChange: LastChange?, comments: [Comment], board: Board, language L: Language,
                                              timeZone: TimeZone = .current) -> ReportDocument {
        var facts: [ReportFact] = []
        func field(_ label: Text, _ value: String?) { if let value, !value.isEmpty { facts.append(ReportFact(label(L), value)) } }
        field(DocsWords.path, d.path)
        field(DocsWords.author, d.meta.author.map { memberName($0, board) })
        field(DocsWords.status, d.meta.status.isEmpty ? nil : StatusWords.document(d.meta.status, L))
        field(DocsWords.version, d.meta.version)
        field(DocsWords.tags, d.meta.tags.isEmpty ? nil : d.meta.tags.joined(separator: ", "))
        if let by = d.meta.validatedBy {
            field(DocsWords.validated, memberName(by, board) + (d.meta.validatedAt.flatMap(Comment.parseDate).map { " — " + dateTime($0, L, timeZone: timeZone) } ?? ""))
        }
        if let c = lastChange { field(DocsWords.changed, dateTime(c.date, L, timeZone: timeZone) + " — " + c.by + " (" + String(c.commit.prefix(8)) + ")") }
        var sections: [ReportSection] = []
        if let body = d.body, !body.isEmpty { sections.append(ReportSection("", blocks: [.writing(ReportWriting(body))])) }
        if !comments.isEmpty { sections.append(commentSection(comments, board: board, language: L, timeZone: timeZone)) }
        return ReportDocument(title: "\(d.meta.id?.description ?? d.path) — \(d.meta.title)", language: L, facts: facts, sections: sections, look: .detail)
    }

    // MARK: Meetings

    public static func meetingList(_ minutes: [MeetingMinutes], board: Board, language L: Language, style: TerminalStyle) -> String {
        meetingListDocument(minutes, board: board, language: L, unicode: style.unicode).text(style: style)
    }

    /// The minutes as a document: one table, with the actions still open out of all.
    public static func meetingListDocument(_ minutes: [MeetingMinutes], board: Board, language L: Language, unicode: Bool) -> ReportDocument {
        guard !minutes.isEmpty else { return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: DocsWords.noMeetings(L), emptyTone: .plain))])]) }
        let columns: [ReportTable.Column] = [.init("ID"), .init(DocsWords.date(L)), .init(DocsWords.title(L), flexible: true, minWidth: 10),
                                             .init(DocsWords.attendees(L), flexible: true, minWidth: 8, dropRank: 2), .init(DocsWords.openActions(L), alignment: .right, dropRank: 1)]
        let done = board.settings.doneStatus
        let none = (unicode ? Glyphs.unicode : Glyphs.ascii).none
        let rows = minutes.map { m -> [ReportTable.Cell] in
            let open = m.actions.filter { a in a.task.flatMap { board.task($0) }.map { $0.status != done } ?? true }.count
            return [ReportTable.Cell(m.id.description, tone: .accent), ReportTable.Cell(m.date?.formatted(L) ?? none), ReportTable.Cell(m.title),
                    ReportTable.Cell((m.attendees + m.guests).joined(separator: ", ")), ReportTable.Cell(m.actions.isEmpty ? none : "\(open)/\(m.actions.count)")]
        }
        return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: columns, rows: rows, emptyText: ""))])])
    }

    public static func actionTable(_ m: MeetingMinutes, board: Board, language L: Language, style: TerminalStyle) -> String {
        ReportDocument.view(language: L, [ReportSection("", blocks: [actionBlock(m, board: board, language: L, unicode: style.unicode)])]).text(style: style)
    }

    /// The actions of the minutes: a table, or the sentence saying there is none.
    static func actionBlock(_ m: MeetingMinutes, board: Board, language L: Language, unicode: Bool) -> ReportBlock {
        guard !m.actions.isEmpty else { return .table(ReportTable(columns: [], emptyText: DocsWords.noActions(L), emptyTone: .plain)) }
        let columns: [ReportTable.Column] = [.init(DocsWords.who(L)), .init(DocsWords.what(L), flexible: true, minWidth: 10), .init(DocsWords.due(L)),
                                             .init(DocsWords.task(L)), .init(DocsWords.status(L), dropRank: 1)]
        let none = (unicode ? Glyphs.unicode : Glyphs.ascii).none
        let rows = m.actions.map { a -> [ReportTable.Cell] in
            let task = a.task.flatMap { board.task($0) }
            return [ReportTable.Cell(a.who), ReportTable.Cell(a.what), ReportTable.Cell(a.due?.formatted(L) ?? none),
                    ReportTable.Cell(a.task?.description ?? none, tone: .accent), ReportTable.Cell(task.map { StatusWords.task($0.status, L) } ?? none)]
        }
        return .table(ReportTable(columns: columns, rows: rows, emptyText: ""))
    }

    public static func meetingDetail(_ m: MeetingMinutes, comments: [Comment], board: Board, language L: Language, style: TerminalStyle, timeZone: TimeZone = .current) -> String {
        meetingDetailDocument(m, comments: comments, board: board, language: L, unicode: style.unicode, timeZone: timeZone).text(style: style)
    }

    /// Minutes whole: their particulars, their text, their actions, their comments.
    public static func meetingDetailDocument(_ m: MeetingMinutes, comments: [Comment], board: Board, language L: Language, unicode: Bool,
                                             timeZone: TimeZone = .current) -> ReportDocument {
        var facts = [ReportFact(DocsWords.date(L), m.date?.formatted(L) ?? "?"),
                     ReportFact(DocsWords.attendees(L), m.attendees.map { memberName($0, board) }.joined(separator: ", "))]
        if !m.guests.isEmpty { facts.append(ReportFact(DocsWords.guests(L), m.guests.joined(separator: ", "))) }
        facts.append(ReportFact(DocsWords.path(L), m.path))
        var sections = [ReportSection("", blocks: [.writing(ReportWriting(m.body))]),
                        ReportSection("", blocks: [.paragraph(DocsWords.actions(L), .strong), actionBlock(m, board: board, language: L, unicode: unicode)], tight: true)]
        if !comments.isEmpty { sections.append(commentSection(comments, board: board, language: L, timeZone: timeZone)) }
        return ReportDocument(title: "\(m.id) — \(m.title)", language: L, facts: facts, sections: sections, look: .detail)
    }

    // MARK: Comments

    public static func commentThread(_ comments: [Comment], board: Board, language L: Language, style: TerminalStyle, timeZone: TimeZone = .current) -> String {
        ReportDocument.view(language: L, [commentSection(comments, board: board, language: L, timeZone: timeZone)]).text(style: style)
    }

    /// The comments on an item as a document (`comment list`): its thread, or the sentence
    /// saying there is none and how to add one.
    public static func commentListDocument(_ item: String, _ comments: [Comment], board: Board, language L: Language, timeZone: TimeZone = .current) -> ReportDocument {
        guard !comments.isEmpty else {
            return .view(language: L, [ReportSection("", blocks: [.table(ReportTable(columns: [], emptyText: DocsWords.noComments(item)(L), emptyTone: .plain))])])
        }
        return .view(language: L, [commentSection(comments, board: board, language: L, timeZone: timeZone)])
    }

    /// A thread: each comment under its author and date.
    static func commentSection(_ comments: [Comment], board: Board, language L: Language, timeZone: TimeZone) -> ReportSection {
        ReportSection("", blocks: comments.map { c in
            .writing(ReportWriting(c.body, byline: "\(memberName(c.author, board)) · \(c.date.map { dateTime($0, L, timeZone: timeZone) } ?? c.dateText)"))
        })
    }

    // MARK: News

    static func describe(_ e: NewsDigest.Entry, board: Board, _ L: Language) -> String {
        let item = e.item + (e.title.map { Text("news.title", ["title": $0])(L) } ?? "")
        let by = who(e.actor, board)
        let waiting = e.waitingTask ?? ""
        let text: Text
        switch e.kind {
        case .taskAssigned: text = Text("news.taskAssigned", ["by": by, "item": item])
        case .commentAdded:
            let said = e.text.map { ": " + String($0.prefix(160)) } ?? ""
            text = Text(e.reason == .mention ? "news.mentioned" : "news.commented", ["by": by, "item": item, "text": said])
        case .taskMoved(let from, let to):
            let base = Text("news.taskMoved", ["by": by, "item": item, "from": from, "to": to])
            text = e.reason == .dependency ? Text("news.dependsOnIt", ["base": base, "task": waiting]) : base
        case .taskDone:
            let base = Text("news.taskDone", ["by": by, "item": item])
            text = e.reason == .dependency ? Text("news.canGoAhead", ["base": base, "task": waiting]) : base
        case .taskReopened(let to): text = Text("news.taskReopened", ["by": by, "item": item, "to": to])
        case .documentStatus(let from, let to): text = Text("news.documentStatus", ["by": by, "item": item, "from": from ?? "?", "to": to])
        default: return "\(item) (\(by))"
        }
        return text(L)
    }

    static let reasonHeading: [NewsDigest.Reason: Text] = [
        .assigned: Text("docsText.reasonHeading.assigned"),
        .mention: Text("docsText.reasonHeading.mention"),
        .commentOnYourTask: Text("docsText.reasonHeading.commentOnYourTask"),
        .yourTask: Text("docsText.reasonHeading.yourTask"),
        .dependency: Text("docsText.reasonHeading.dependency"),
        .yourDocument: Text("docsText.reasonHeading.yourDocument"),
    ]

    public static func news(_ digest: NewsDigest, board: Board, sinceText: String, language L: Language, style: TerminalStyle, timeZone: TimeZone = .current) -> String {
        newsDocument(digest, board: board, sinceText: sinceText, language: L, timeZone: timeZone).text(style: style)
    }

    /// What changed for a member as a document: a heading, then the changes grouped by why
    /// they concern the member, each with its date; the digest look folds every line.
    public static func newsDocument(_ digest: NewsDigest, board: Board, sinceText: String, language L: Language, timeZone: TimeZone = .current) -> ReportDocument {
        var opening: [ReportBlock] = [.paragraph(Text("news.heading", ["member": memberName(digest.member, board), "since": sinceText])(L), .strong)]
        if digest.entries.isEmpty { opening.append(.paragraph(Text("news.nothingNew")(L), .plain)) }
        var sections = [ReportSection("", blocks: opening, tight: true)]
        for reason in [NewsDigest.Reason.assigned, .mention, .commentOnYourTask, .yourTask, .dependency, .yourDocument] {
            let entries = digest.entries.filter { $0.reason == reason }
            guard !entries.isEmpty else { continue }
            sections.append(ReportSection("", blocks: [.paragraph(reasonHeading[reason]!(L), .strong),
                                                       .entries(entries.map { ReportEntry(describe($0, board: board, L), note: dateTime($0.date, L, timeZone: timeZone)) })],
                                          tight: true))
        }
        if digest.otherChanges > 0 { sections.append(ReportSection("", blocks: [.paragraph(Text("news.otherChanges", ["n": digest.otherChanges])(L), .plain)])) }
        return ReportDocument(title: "", language: L, sections: sections, look: .digest)
    }

    // MARK: Reminders

    /// A reminder as an outline item whose id is a strong span (bold in Markdown and HTML).
    /// The line is worded with NUL where the id goes and cut there: the board's texts in it are
    /// first made safe as every renderer would make them (a NUL among them becomes visible
    /// `\u0000`), so the only NUL left is the mark.
    static func describe(_ item: ReminderDigest.Item, board: Board, _ L: Language) -> ReportOutlineItem {
        func text(_ s: String) -> String { ASCIIText.removingControls(s) }
        let mark = "\u{0}"
        let title = Text("reminders.title", ["title": text(item.title)])
        let due = item.due?.formatted(L) ?? ""
        let days = item.days ?? 0
        let line: Text
        switch item.kind {
        case .overdue: line = Text("reminders.overdue", ["id": mark, "title": title, "days": days, "due": due])
        case .dueSoon:
            let when = item.days == 0 ? Text("reminders.today") : Text("reminders.inDays", ["days": days])
            line = Text("reminders.dueSoon", ["id": mark, "title": title, "due": due, "when": when])
        case .blocked:
            let owners = text(item.otherOwners.map { memberName($0, board) }.joined(separator: ", "))
            line = Text("reminders.blocked", ["id": mark, "title": title, "other": text(item.other ?? "?"),
                                              "owners": owners.isEmpty ? Text("reminders.unassigned") : Text("language.verbatim", ["text": owners])])
        case .reviewWaiting:
            let owners = text(item.otherOwners.map { memberName($0, board) }.joined(separator: ", "))
            line = Text("reminders.reviewWaiting", ["id": mark, "title": title, "owners": owners])
        case .documentReview:
            line = Text("reminders.documentReview", ["id": mark, "title": title, "author": text(item.other ?? "")])
        case .mention:
            let said = text(String(item.title.prefix(120)))
            let who = text(memberName(item.other ?? "?", board))
            line = Text("reminders.mention", ["who": who, "id": mark, "due": due, "said": said])
        }
        var spans: [ReportOutlineItem.Span] = []
        for (i, part) in line(L).split(separator: Character(mark), omittingEmptySubsequences: false).enumerated() {
            if i > 0 { spans.append(.init(item.id, strong: true)) }
            if !part.isEmpty { spans.append(.init(String(part))) }
        }
        return ReportOutlineItem(spans: spans)
    }

    static let reminderHeadings: [(ReminderDigest.Kind, Text)] = [
        (.overdue, Text("docsText.reminderHeadings.overdue")),
        (.dueSoon, Text("docsText.reminderHeadings.dueSoon")),
        (.blocked, Text("docsText.reminderHeadings.blocked")),
        (.reviewWaiting, Text("docsText.reminderHeadings.reviewWaiting")),
        (.documentReview, Text("docsText.reminderHeadings.documentReview")),
        (.mention, Text("docsText.reminderHeadings.mention")),
    ]

    public static func reminders(_ digest: ReminderDigest, board: Board, language L: Language, style: TerminalStyle) -> String {
        remindersDocument(digest, board: board, language: L).text(style: style)
    }

    /// The digest as a document, which `remind` prints as text or as Markdown a trainer can
    /// paste into a message: its heading, then a section per member (named, and mentioned so
    /// that a pasted digest notifies them) whose outline groups the reminders by kind, then the
    /// reviews anyone can do; the digest look folds every line.
    public static func remindersDocument(_ digest: ReminderDigest, board: Board, language L: Language) -> ReportDocument {
        let title = Text("reminders.heading", ["today": digest.today, "board": board.settings.name, "days": digest.days])(L)
        var sections = [ReportSection(title, blocks: [], level: 1)]
        for part in digest.members {
            let groups = reminderHeadings.compactMap { kind, heading -> ReportOutlineItem? in
                let items = part.items.filter { $0.kind == kind }
                return items.isEmpty ? nil : ReportOutlineItem(heading(L), children: items.map { describe($0, board: board, L) })
            }
            let outline = part.items.isEmpty ? [ReportOutlineItem(Text("reminders.nothing")(L), isNote: true)] : groups
            sections.append(ReportSection(part.name, blocks: [.outline(outline)], tight: true, mention: part.member))
        }
        if !digest.reviews.isEmpty {
            sections.append(ReportSection(Text("reminders.reviews")(L), blocks: [.outline(digest.reviews.map { describe($0, board: board, L) })], tight: true))
        }
        return ReportDocument(title: "", language: L, sections: sections, look: .digest)
    }
}

extension Catalog {
    /// `Statut :` in French, `Status:` in English.
    static func docsLabel(_ label: Text) -> Text { Text("docsText.docsLabel", ["label": label]) }
}
