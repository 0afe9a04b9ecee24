import BoardCore
import Foundation
import Git

/// One commit that changed the board, as `jalon log` shows it.
public struct BoardLogEntry: Sendable {
    public let commit: ObjectID
    public let author: Signature
    public let coAuthors: [String]
    public let subject: String
    /// The `Jalon-Action` trailer, nil for a commit made by hand.
    public let action: String?
    public let items: [String]

    /// Whether `member` made this commit: as its author or a `Co-authored-by:` (by email).
    public func involves(_ member: Member) -> Bool {
        let emails = Set(member.emails.map { $0.lowercased() })
        if emails.contains(author.email.lowercased()) { return true }
        return coAuthors.contains { trailer in
            guard let email = Trailers.identity(trailer)?.email, !email.isEmpty else { return false }
            return emails.contains(email.lowercased())
        }
    }

    /// The day of the commit as its author's clock showed it.
    public var day: Day {
        Day(author.date, timeZone: TimeZone(secondsFromGMT: author.offsetMinutes * 60) ?? .current)
    }
}

extension BoardStore {
    /// The commits of the home branch that changed the board folder, newest first, as the one
    /// history reader (the cached history engine) lists them. A commit counts when it changed a
    /// file under the board folder against its first parent; a merge, a shallow clone's boundary
    /// or a commit whose tree is unreadable is compared tree to tree. Hand commits count the same
    /// as Jalon's. `limit` counts the entries `matching` keeps.
    public func log(limit: Int?, matching keep: (BoardLogEntry) -> Bool = { _ in true }) throws -> [BoardLogEntry] {
        let history = try history()
        var out: [BoardLogEntry] = []
        do {
            for record in history.commits {
                guard let id = ObjectID(hex: record.id) else { continue }
                let changed: Bool
                if record.isMerge || record.isBoundary || record.treeUnreadable {
                    let commit = try repository.commit(id)
                    let parentTree = try commit.parents.first.map { try boardTree(repository.commit($0).tree) } ?? nil
                    changed = try boardTree(commit.tree) != parentTree
                } else {
                    changed = record.files.contains { $0.path.hasPrefix(prefix) || ($0.oldPath?.hasPrefix(prefix) ?? false) }
                }
                guard changed else { continue }
                let entry = BoardStore.entry(try repository.commit(id))
                guard keep(entry) else { continue }
                out.append(entry)
                if let limit, out.count >= limit { break }
            }
        } catch let error as GitError { throw StoreError.git(error) }
        return out
    }

    private func boardTree(_ tree: ObjectID) throws(GitError) -> ObjectID? {
        prefix.isEmpty ? tree : try repository.entry(in: tree, path: String(prefix.dropLast()))?.id
    }

    static func entry(_ commit: Commit) -> BoardLogEntry {
        let message = commit.message
        let items = Trailers.values("Jalon-Items", in: message).last.map { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } } ?? []
        return BoardLogEntry(commit: commit.id, author: commit.author, coAuthors: Trailers.values("Co-authored-by", in: message), subject: commit.summary,
                             action: Trailers.values("Jalon-Action", in: message).last, items: items)
    }
}
