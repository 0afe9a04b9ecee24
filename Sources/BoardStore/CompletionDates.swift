import BoardCore
import Foundation
import Git

extension BoardStore {
    /// The day each of `ids` was last moved into `doneStatus`, from the home branch's history:
    /// the commit where its file changed to that status (a hand edit counts like a Jalon command).
    /// Newest first; a merge counts only for files that differ from every parent, so the date is
    /// that of the commit that did the work, not of the merge.
    public func completionDates(of ids: Set<ItemID>, doneStatus: String) throws -> [ItemID: Day] {
        guard !ids.isEmpty, let head = try head() else { return [:] }
        var pending = Set(ids.map { "\($0).md" })
        var found: [ItemID: Day] = [:]
        let folder = prefix + "tasks"
        do {
            for id in try repository.walk(from: [head]) {
                if pending.isEmpty { break }
                let commit = try repository.commit(id)
                guard let mine = try repository.entry(in: commit.tree, path: folder)?.id else { continue }
                var parentTrees: [ObjectID?] = []
                for p in commit.parents { parentTrees.append(try repository.entry(in: repository.commit(p).tree, path: folder)?.id) }
                if parentTrees.contains(mine) { continue }
                let entries = Dictionary(try repository.entries(of: mine).map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a })
                let parentEntries = try parentTrees.map { tree in
                    try tree.map { Dictionary(try repository.entries(of: $0).map { ($0.name, $0.id) }, uniquingKeysWith: { a, _ in a }) } ?? [:]
                }
                for name in pending {
                    guard let blob = entries[name], !parentEntries.contains(where: { $0[name] == blob }) else { continue }
                    guard status(of: blob) == doneStatus else { continue }
                    let wasDone = !parentEntries.isEmpty && parentEntries.allSatisfy { p in p[name].map { status(of: $0) == doneStatus } ?? false }
                    if wasDone { continue }
                    let zone = TimeZone(secondsFromGMT: commit.author.offsetMinutes * 60) ?? clock.timeZone
                    if let itemID = ItemID(String(name.dropLast(3))) { found[itemID] = Day(commit.author.date, timeZone: zone) }
                    pending.remove(name)
                }
            }
        } catch let error as GitError { throw StoreError.git(error) }
        return found
    }

    /// The `status:` of a task blob, read without parsing the whole header.
    private func status(of blob: ObjectID) -> String? {
        guard let bytes = try? repository.blob(blob) else { return nil }
        let text = String(decoding: bytes, as: UTF8.self)
        if let (task, _) = Optional(TaskCodec.decode(text, path: "", expectedID: nil)), let task { return task.status }
        return nil
    }
}
