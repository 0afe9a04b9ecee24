import BoardCore
import Foundation
import Git

/// What the history engine keeps of one commit: everything that can be recomputed from the
/// commit alone (its metadata, the files it changed with line counts, the board events its
/// changes mean). Identities are kept raw — resolving them to members depends on the board's
/// member list and the mailmap, which change, so that happens on every read.
struct CommitRecord: Sendable {
    var id: ObjectID
    var tree: ObjectID
    var parents: [ObjectID]
    var authorName: String
    var authorEmail: String
    var authorTime: Int64
    var authorOffset: Int32
    var committerName: String
    var committerEmail: String
    var committerTime: Int64
    var committerOffset: Int32
    var summary: String
    /// `Co-authored-by:` trailers, as written.
    var coAuthors: [RawIdentity]
    /// Files changed against the first parent; empty for merges.
    var files: [RawFile]
    var events: [RawEvent]
    /// How the commit is signed (GPG, SSH, X.509), nil when it is not; not verified.
    var signature: SignatureFormat? = nil
    /// A shallow clone's boundary: its parents are not in this clone, so what it changed
    /// cannot be known (it is credited with no files and no events).
    var boundary = false
    /// The commit's tree (or a tree under it) is missing: what it changed is unknown.
    var unreadableTree = false

    /// True when part of the record could not be read (a boundary, a missing blob): such a
    /// record is recomputed on every run, never cached, so that it becomes exact once the
    /// missing objects are fetched.
    var incomplete: Bool { boundary || unreadableTree || files.contains(where: \.unreadable) }
}

struct RawIdentity: Sendable, Hashable {
    var name: String
    var email: String
}

struct RawFile: Sendable {
    var path: String
    var status: FileChange.Status
    var added: Int
    var removed: Int
    var isBinary: Bool
    /// The blob on one side is missing (partial clone, damaged pack): lines unknown.
    var unreadable = false
}

/// A board event without its commit, date and actors (those come from the commit record).
struct RawEvent: Sendable, Equatable {
    var kind: BoardEventKind
    var item: String
}

extension CommitRecord {
    /// The metadata of a commit read through libgit2; files and events still to compute.
    init(_ commit: Commit) {
        id = commit.id
        tree = commit.tree
        parents = commit.parents
        authorName = commit.author.name
        authorEmail = commit.author.email
        authorTime = Int64(commit.author.date.timeIntervalSince1970.rounded())
        authorOffset = Int32(commit.author.offsetMinutes)
        committerName = commit.committer.name
        committerEmail = commit.committer.email
        committerTime = Int64(commit.committer.date.timeIntervalSince1970.rounded())
        committerOffset = Int32(commit.committer.offsetMinutes)
        summary = commit.summary
        signature = commit.signature
        coAuthors = CommitRecord.coAuthorTrailers(commit.message)
        files = []
        events = []
    }

    /// `Co-authored-by: Name <email>` trailers (`Trailers`), each identity once.
    static func coAuthorTrailers(_ message: String) -> [RawIdentity] {
        var out: [RawIdentity] = []
        for value in Trailers.values("Co-authored-by", in: message) {
            guard let (name, email) = Trailers.identity(value) else { continue }
            let identity = RawIdentity(name: name, email: email)
            if !out.contains(identity) { out.append(identity) }
        }
        return out
    }
}

/// Stable numbers for event kinds in the cache. Never renumber: add new codes at the end and
/// bump `HistoryCache.engineVersion` when the meaning of an event changes.
enum EventCode {
    static func encode(_ kind: BoardEventKind) -> (UInt8, [String]) {
        switch kind {
        case .taskCreated: return (1, [])
        case .taskEdited(let fields): return (2, fields)
        case .taskMoved(let from, let to): return (3, [from, to])
        case .taskAssigned(let member): return (4, [member])
        case .taskUnassigned(let member): return (5, [member])
        case .taskDone: return (6, [])
        case .taskReopened(let to): return (7, [to])
        case .taskDeleted: return (8, [])
        case .milestoneCreated: return (9, [])
        case .milestoneEdited(let fields): return (10, fields)
        case .milestoneDeleted: return (11, [])
        case .memberAdded(let member): return (12, [member])
        case .memberEdited(let member): return (13, [member])
        case .settingsEdited(let fields): return (14, fields)
        case .specCreated: return (15, [])
        case .specEdited: return (16, [])
        case .documentCreated: return (17, [])
        case .documentEdited: return (18, [])
        case .documentStatus(let from, let to): return (19, from.map { [to, $0] } ?? [to])
        case .documentDeleted: return (20, [])
        case .minutesCreated: return (21, [])
        case .minutesEdited: return (22, [])
        case .commentAdded(let mentions): return (23, mentions)
        }
    }

    static func decode(_ code: UInt8, _ args: [String]) -> BoardEventKind? {
        func arg(_ i: Int) -> String? { i < args.count ? args[i] : nil }
        switch code {
        case 1: return .taskCreated
        case 2: return .taskEdited(fields: args)
        case 3: guard let a = arg(0), let b = arg(1) else { return nil }; return .taskMoved(from: a, to: b)
        case 4: return arg(0).map { .taskAssigned(member: $0) }
        case 5: return arg(0).map { .taskUnassigned(member: $0) }
        case 6: return .taskDone
        case 7: return arg(0).map { .taskReopened(to: $0) }
        case 8: return .taskDeleted
        case 9: return .milestoneCreated
        case 10: return .milestoneEdited(fields: args)
        case 11: return .milestoneDeleted
        case 12: return arg(0).map { .memberAdded(member: $0) }
        case 13: return arg(0).map { .memberEdited(member: $0) }
        case 14: return .settingsEdited(fields: args)
        case 15: return .specCreated
        case 16: return .specEdited
        case 17: return .documentCreated
        case 18: return .documentEdited
        case 19: guard let to = arg(0) else { return nil }; return .documentStatus(from: arg(1), to: to)
        case 20: return .documentDeleted
        case 21: return .minutesCreated
        case 22: return .minutesEdited
        case 23: return .commentAdded(mentions: args)
        default: return nil
        }
    }
}
