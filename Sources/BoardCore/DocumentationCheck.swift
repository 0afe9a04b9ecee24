import Foundation

/// The documentation files of a board, as read from the work tree or a commit: every path
/// under `docs/`, `meetings/` and `comments/`, the texts of the Markdown and sidecar files, and
/// the spec.
public struct DocumentationFiles: Sendable {
    public var spec: String?
    public var paths: [String]
    public var texts: [String: String]
    /// Files that exist but could not be read (invalid UTF-8, too large, a link…): left out of
    /// the lists, each with its problem (board-relative file:line).
    public var unreadable: [Diagnostic]

    public init(spec: String?, paths: [String], texts: [String: String], unreadable: [Diagnostic] = []) {
        self.spec = spec
        self.paths = paths
        self.texts = texts
        self.unreadable = unreadable
    }

    /// True for the files whose text Jalon reads (Markdown and sidecars).
    public static func needsText(_ path: String) -> Bool {
        path.lowercased().hasSuffix(".md") || path.hasSuffix(BoardDocument.sidecarSuffix)
    }

    public var documents: DocumentLibrary {
        DocumentLibrary.load(paths: paths.filter { BoardDocument.isDocumentPath($0) }, text: { texts[$0] })
    }

    public var meetings: (minutes: [MeetingMinutes], diagnostics: [Diagnostic]) {
        var out: [MeetingMinutes] = []
        var problems: [Diagnostic] = []
        for path in paths.sorted() where path.hasPrefix(MeetingMinutes.folder + "/") && path.hasSuffix(".md") {
            guard let text = texts[path] else { continue }
            let (m, p) = MeetingCodec.decode(text, path: path)
            problems += p
            if let m { out.append(m) }
        }
        out.sort { ($0.date ?? Day(ordinal: 0), $0.path) < ($1.date ?? Day(ordinal: 0), $1.path) }
        return (out, problems)
    }

    public var comments: CommentThreads {
        CommentThreads.load(paths.filter { $0.hasPrefix(Comment.folder + "/") }.compactMap { p in texts[p].map { Board.File(path: p, text: $0) } })
    }
}

/// Problems of the spec, documents, meeting minutes and comments, each with file:line, for
/// `jalon check` and `jalon doc check`.
public enum DocumentationCheck {
    public static func problems(board: Board, files: DocumentationFiles, specTemplates: [String] = []) -> [Diagnostic] {
        var out: [Diagnostic] = files.unreadable
        if let text = files.spec {
            let (spec, problems) = SpecDocument.parse(text)
            out += problems
            if let spec { out += SpecCheck.problems(spec, board: board, templates: specTemplates) }
        }
        let library = files.documents
        out += library.diagnostics
        out += DocumentLibrary.namingProblems(paths: files.paths)
        let (minutes, meetingProblems) = files.meetings
        out += meetingProblems
        out += meetingConsistency(minutes, board: board)
        let threads = files.comments
        out += threads.diagnostics
        var known = Set(board.itemIDsOnFile.map(\.description) + board.tasks.map(\.id.description) + board.milestones.map(\.id.description))
        known.formUnion(library.documents.compactMap { $0.meta.id?.description })
        known.formUnion(minutes.map(\.id.description))
        for c in threads.comments {
            if !known.contains(c.item) {
                out.append(Diagnostic(file: c.path, line: nil, severity: .warning, message: Catalog.commentOnUnknownItem(c.item), hint: Catalog.commentItemHint))
            }
            for m in c.mentions where board.settings.member(m) == nil {
                out.append(Diagnostic(file: c.path, line: 4, severity: .warning, message: Catalog.unknownMember(m), hint: Catalog.unknownMemberHint(board.settings.members.map(\.id))))
            }
        }
        return out
    }

    public static func meetingConsistency(_ minutes: [MeetingMinutes], board: Board) -> [Diagnostic] {
        var out: [Diagnostic] = []
        var ids: [ItemID: String] = [:]
        for m in minutes {
            if let other = ids[m.id] {
                out.append(Diagnostic(file: m.path, line: m.lines["id"], message: Catalog.duplicateMeetingID(m.id.description, other), hint: Catalog.duplicateIDHint))
            }
            ids[m.id] = m.path
            let name = String(m.path.split(separator: "/").last ?? "")
            if let date = m.date, !name.hasPrefix(date.iso + "-") {
                out.append(Diagnostic(file: m.path, line: m.lines["date"], severity: .warning, message: Catalog.meetingNameDate(name, date.iso), hint: Catalog.meetingNameHint))
            }
            for problem in DocumentNaming.problems(inName: name) {
                out.append(Diagnostic(file: m.path, line: nil, severity: .warning, message: Catalog.badDocumentName(name, [problem]), hint: Catalog.meetingNameHint))
            }
            for a in m.attendees where board.settings.member(a) == nil {
                out.append(Diagnostic(file: m.path, line: m.lines["attendees"], severity: .warning, message: Catalog.unknownMember(a), hint: Catalog.attendeeHint))
            }
            for a in m.actions {
                // An action for someone neither a member nor a guest of the meeting would
                // silently become an unassigned task.
                if !a.who.isEmpty, board.settingsReadable, board.settings.member(a.who) == nil,
                   !m.guests.contains(where: { $0 == a.who || $0.hasPrefix(a.who + " (") }) {
                    out.append(Diagnostic(file: m.path, line: a.line, message: Catalog.unknownMember(a.who), hint: Catalog.unknownMemberHint(board.settings.members.map(\.id))))
                }
                if let t = a.task, !board.exists(t) {
                    out.append(Diagnostic(file: m.path, line: a.line, message: Catalog.missingActionTask(t.description), hint: Catalog.unknownItemHint))
                }
            }
        }
        return out
    }
}
