import Foundation

// The board's history as values: commits, the files they changed and the typed board events
// derived from them. Produced by BoardStore's history engine (which diffs trees and parses both
// sides of each changed board file, never trusting commit messages); consumed by reports.
// Commit ids are hex strings here so that renderers need no Git types.

/// Who did something, resolved against the team: a member (by any of their emails, or through
/// `.mailmap`), or an identity that matches no member — never silently merged into someone.
public enum Contributor: Hashable, Sendable, Comparable {
    case member(String)
    case outsider(name: String, email: String)

    public var memberID: String? {
        if case .member(let id) = self { return id }
        return nil
    }
}

/// What kind of file a change touched, for counting lines by kind.
public enum FileKind: String, Sendable, CaseIterable, Codable {
    /// Source code and markup: .swift .js .ts .php .html .css .py …
    case code
    /// Written content: Markdown, text, YAML/JSON data that people write.
    case content
    /// Documents: office files, PDFs (counted as files).
    case document
    /// Images, fonts, archives and other binaries (counted as files).
    case binary
    /// The board's own files: settings, tasks, milestones, document metadata (the spec,
    /// minutes and comments are content).
    case board
}

/// One file changed by a commit, against its first parent.
public struct FileChange: Sendable, Equatable {
    public enum Status: String, Sendable { case added, modified, deleted, renamed }

    /// Repository-relative path (the new path for a rename).
    public let path: String
    public let oldPath: String?
    public let status: Status
    public let kind: FileKind
    public let added: Int
    public let removed: Int
    public let isBinary: Bool
    /// Lock files, vendored, minified or generated files: left out of line counts by default.
    public let excluded: Bool
    /// Its content is missing from this clone (partial clone, damaged pack): lines unknown.
    public var unreadable = false

    public init(path: String, oldPath: String?, status: Status, kind: FileKind, added: Int, removed: Int, isBinary: Bool, excluded: Bool) {
        self.path = path
        self.oldPath = oldPath
        self.status = status
        self.kind = kind
        self.added = added
        self.removed = removed
        self.isBinary = isBinary
        self.excluded = excluded
    }
}

/// A typed change to the board.
public enum BoardEventKind: Sendable, Equatable {
    case taskCreated
    case taskEdited(fields: [String])
    case taskMoved(from: String, to: String)
    case taskAssigned(member: String)
    case taskUnassigned(member: String)
    case taskDone
    case taskReopened(to: String)
    case taskDeleted
    case milestoneCreated
    case milestoneEdited(fields: [String])
    case milestoneDeleted
    case memberAdded(member: String)
    case memberEdited(member: String)
    case settingsEdited(fields: [String])
    case specCreated
    case specEdited
    case documentCreated
    case documentEdited
    case documentStatus(from: String?, to: String)
    case documentDeleted
    case minutesCreated
    case minutesEdited
    case commentAdded(mentions: [String])
}

/// One event: what changed, on which item, in which commit, by whom.
public struct BoardEvent: Sendable, Equatable {
    public let kind: BoardEventKind
    /// The item: a task or milestone id (`T-A1`), a member id, or a board-relative path for
    /// the spec, documents and meetings; for a comment, the commented item.
    public let item: String
    public let commit: String
    public let date: Date
    public let actor: Contributor
    public let coActors: [Contributor]

    public init(kind: BoardEventKind, item: String, commit: String, date: Date, actor: Contributor, coActors: [Contributor]) {
        self.kind = kind
        self.item = item
        self.commit = commit
        self.date = date
        self.actor = actor
        self.coActors = coActors
    }
}

/// One commit of the history.
public struct HistoryCommit: Sendable {
    public let id: String
    public let parents: [String]
    public let authorName: String
    public let authorEmail: String
    public let authorDate: Date
    /// Offset of the author's clock from UTC, in minutes.
    public let authorOffsetMinutes: Int
    public let committerName: String
    public let committerEmail: String
    public let committerDate: Date
    public let summary: String
    /// The author, resolved; co-authors from `Co-authored-by:` trailers, resolved, each fully credited.
    public let actor: Contributor
    public let coActors: [Contributor]
    /// Files changed against the first parent (empty for merges, whose work is counted in the
    /// commits they bring).
    public let files: [FileChange]
    public let events: [BoardEvent]
    /// The committer, resolved like the author (nil when the history engine did not resolve it).
    /// An author member with a different committer member is a commit made on their behalf.
    public var committer: Contributor? = nil
    /// How the commit is signed ("gpg", "ssh", "x509", "other"), nil when it is not; the
    /// signature is not verified.
    public var signature: String? = nil
    /// Where this clone's history is cut (shallow clone): its parents are absent, so it is
    /// credited with no files and no events.
    public var isBoundary = false
    /// Its tree is missing from this clone: what it changed is unknown.
    public var treeUnreadable = false

    public var isMerge: Bool { parents.count > 1 }
    /// Authored by a member, committed by someone else (`--as`, or a hand-made commit).
    public var isOnBehalf: Bool {
        guard let committer, case .member = actor else { return false }
        return committer != actor
    }

    public init(id: String, parents: [String], authorName: String, authorEmail: String, authorDate: Date, authorOffsetMinutes: Int,
                committerName: String, committerEmail: String, committerDate: Date, summary: String, actor: Contributor,
                coActors: [Contributor], files: [FileChange], events: [BoardEvent]) {
        self.id = id
        self.parents = parents
        self.authorName = authorName
        self.authorEmail = authorEmail
        self.authorDate = authorDate
        self.authorOffsetMinutes = authorOffsetMinutes
        self.committerName = committerName
        self.committerEmail = committerEmail
        self.committerDate = committerDate
        self.summary = summary
        self.actor = actor
        self.coActors = coActors
        self.files = files
        self.events = events
    }
}

/// The history of the board's home branch: every commit reachable from its head, each once,
/// newest first.
public struct History: Sendable {
    /// The commit the history was computed at (printed on reports so they can be checked).
    public let head: String?
    public let commits: [HistoryCommit]

    public init(head: String?, commits: [HistoryCommit]) {
        self.head = head
        self.commits = commits
    }

    /// Every event, newest first.
    public var events: [BoardEvent] { commits.flatMap(\.events) }

    /// The commits where this clone's history is cut (a shallow clone), newest first.
    public var boundaries: [HistoryCommit] { commits.filter(\.isBoundary) }

    /// What this clone could not read: files whose content is missing, and the commits they
    /// (or a missing tree) belong to.
    public var unreadable: (files: Int, commits: [String]) {
        var files = 0
        var commits: [String] = []
        for c in self.commits {
            let n = c.files.filter(\.unreadable).count
            if n > 0 || c.treeUnreadable { files += n; commits.append(c.id) }
        }
        return (files, commits)
    }

    /// The events of one item (a task id, a milestone id, a path), oldest first.
    public func events(of item: String) -> [BoardEvent] {
        // Commits oldest first, and each commit's events in the order they were derived.
        commits.reversed().flatMap { $0.events.filter { $0.item == item } }
    }
}
