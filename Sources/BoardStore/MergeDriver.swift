import BoardCore
import Foundation
import Git

/// Plain Git's way into the board merge: the `jalon` merge driver declared in the board's
/// `.gitattributes` and configured in `.git/config`, so `git pull`, `git merge`, `git rebase`
/// and `git cherry-pick` merge board files the way `jalon sync` does.
public enum MergeDriverSetup {
    /// The driver's name in `.gitattributes` (`merge=jalon`) and `.git/config` (`merge.jalon.*`).
    public static let name = "jalon"
    /// The board's `.gitattributes`: every board file goes through the driver.
    public static let attributes = """
    # Jalon: board files are merged field by field (`jalon setup` configures the driver)
    jalon.yml merge=jalon
    spec.md merge=jalon
    tasks/*.md merge=jalon
    milestones/*.md merge=jalon
    meetings/**/*.md merge=jalon
    comments/**/*.md merge=jalon
    docs/**/*.md merge=jalon
    docs/**/*.meta.yml merge=jalon

    """

    /// True when a `.gitattributes` text already routes board files through the driver.
    public static func declares(_ text: String?) -> Bool {
        guard let text else { return false }
        return text.contains("tasks/*.md merge=jalon") && text.contains("jalon.yml merge=jalon")
    }

    /// `.gitattributes` with the driver's lines added, the user's own lines kept.
    public static func adding(to text: String?) -> String {
        guard let text, !text.isEmpty else { return attributes }
        return (text.hasSuffix("\n") ? text : text + "\n") + "\n" + attributes
    }
}

extension BoardStore {
    /// Writes `merge.jalon.name` and `merge.jalon.driver` in the repository's configuration
    /// (the clone's own `.git/config`), `executable` being the `jalon` to run.
    public func configureMergeDriver(executable: String) throws {
        let quoted = executable.contains(" ") ? "\"\(executable)\"" : executable
        do {
            try repository.setConfig("merge.\(MergeDriverSetup.name).name", "Jalon: board files merged field by field")
            try repository.setConfig("merge.\(MergeDriverSetup.name).driver", "\(quoted) merge-driver %O %A %B %P")
        } catch { throw StoreError.git(error) }
    }

    /// True when this clone's configuration runs the driver.
    public var mergeDriverConfigured: Bool {
        repository.configString("merge.\(MergeDriverSetup.name).driver")?.contains("merge-driver") == true
    }

    /// The board's `.gitattributes` as committed on the home branch.
    public func committedAttributes() throws -> String? {
        guard let head = try repository.resolve(homeReference) else { return nil }
        let tree = try repository.commit(head).tree
        guard let entry = try repository.entry(in: tree, path: prefix + ".gitattributes") else { return nil }
        return String(decoding: try repository.blob(entry.id), as: UTF8.self)
    }

    /// What the driver gives Git for a file outside any board: Git's own line merge.
    public static func mergeOutsideBoard(base: String?, ours: String, theirs: String) -> BoardMerge.FileResult {
        let m = TextMerge.merge(base: base ?? "", ours: ours, theirs: theirs)
        return BoardMerge.FileResult(text: m.text, mergedKeys: [], decisions: [], conflicted: !m.clean)
    }

    /// The commits Git may be merging in as "theirs", newest hint first.
    private func mergeCandidates(environment: [String: String]) -> [ObjectID] {
        var out: [ObjectID] = []
        for (key, _) in environment where key.hasPrefix("GITHEAD_") {
            if let id = try? repository.resolveRevision(String(key.dropFirst(8))) { out.append(id) }
        }
        for name in ["MERGE_HEAD", "CHERRY_PICK_HEAD", "REVERT_HEAD", "REBASE_HEAD"] {
            if let id = (try? repository.resolveRevision(name)).flatMap({ $0 }) { out.append(id) }
        }
        // A rebase replaying commits: the last one done is being applied.
        for folder in ["rebase-merge", "rebase-apply"] {
            if let done = try? String(contentsOfFile: repository.gitDirectory + folder + "/done", encoding: .utf8),
               let last = done.split(separator: "\n").last(where: { !$0.hasPrefix("#") }) {
                let words = last.split(separator: " ")
                if words.count >= 2, let id = (try? repository.resolveRevision(String(words[1]))).flatMap({ $0 }) { out.append(id) }
            }
        }
        return out
    }

    /// What the driver merges for Git: one file, the sides found from Git's merge state (HEAD is
    /// ours; theirs is the commit among the candidates — GITHEAD_* of `git merge`, MERGE_HEAD,
    /// CHERRY_PICK_HEAD, REVERT_HEAD, REBASE_HEAD, the commit a rebase is replaying — whose
    /// tree holds `theirs` at `repoPath`), so the same-field rule is the one `jalon sync` applies.
    public func mergeForDriver(repoPath: String, base: String?, ours: String, theirs: String, environment: [String: String]) -> BoardMerge.FileResult {
        let candidates = mergeCandidates(environment: environment)
        let head = (try? repository.resolveRevision("HEAD")).flatMap { $0 }.flatMap { try? repository.commit($0) }
        let settings = head.flatMap { try? loadTree($0.tree, scope: .settings) }?.settings
        let theirsID = (try? repository.hashBlob(Array(theirs.utf8)))
        var theirsCommit: Commit?
        for id in candidates {
            guard let c = try? repository.commit(id) else { continue }
            if let entry = try? repository.entry(in: c.tree, path: repoPath), entry.id == theirsID { theirsCommit = c; break }
        }
        if theirsCommit == nil { theirsCommit = candidates.compactMap { try? repository.commit($0) }.max { $0.author.date < $1.author.date } }
        let oursSide = head.map { mergeSide($0, settings: settings) } ?? BoardMerge.Side(date: 0, member: "")
        let theirsSide = theirsCommit.map { mergeSide($0, settings: settings) } ?? BoardMerge.Side(date: 0, member: "")
        let relative = repoPath.hasPrefix(prefix) ? String(repoPath.dropFirst(prefix.count)) : repoPath
        return BoardMerge.mergeFile(path: relative, base: base, ours: ours, theirs: theirs, oursSide: oursSide, theirsSide: theirsSide,
                                    textMerge: { TextMerge.merge(base: $0, ours: $1, theirs: $2) })
    }
}

extension BoardStore {
    /// Commits the driver's lines into the board's `.gitattributes` when they are missing;
    /// returns the commit, nil when the file already declares the driver.
    public func declareMergeDriver(actor: Identity) throws -> ObjectID? {
        let outcome = try commit(as: actor, scope: .settings) { board, head in
            let current = try committedAttributes()
            if MergeDriverSetup.declares(current) { return Change(writes: [:], message: CommitMessage(subject: "", action: "setup")) }
            return Change(writes: [".gitattributes": MergeDriverSetup.adding(to: current)],
                          message: CommitMessage(subject: SyncActionText.declared(board.settings.language), action: "setup"))
        }
        return outcome?.commit
    }
}

enum SyncActionText {
    static let declared = Text("store.declared")
}
