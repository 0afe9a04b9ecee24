import BoardCore
import Foundation
import Git

extension BoardStore {
    /// The home branch's head as a hex id, nil while it is unborn.
    public func headID() throws -> String? { try head()?.hex }

    /// What values derived from the history at `head` depend on besides its commits: the
    /// engine's rules, the board folder, the excluded files, and who each identity is (the team
    /// as committed at `head`, and the `.mailmap` files). A value saved with another
    /// fingerprint is recomputed.
    public func historyFingerprint(head: String?, options: HistoryOptions) -> String {
        var parts = ["engine \(HistoryCache.formatVersion).\(HistoryCache.engineVersion)", "prefix " + prefix,
                     "exclude " + options.excludedGlobs.joined(separator: "\u{1}")]
        let id = head.flatMap { ObjectID(hex: $0) }
        for m in id.map(membersCommitted) ?? [] { parts.append("member " + m.id + "\u{1}" + m.emails.joined(separator: "\u{1}")) }
        // Where libgit2 reads a mailmap from: the work tree's `.mailmap`, `mailmap.file`, `mailmap.blob`
        // (and the head's `.mailmap` in a bare repository).
        var mailmap = FNV1a()
        if let workdir = repository.workdir, let bytes = FileManager.default.contents(atPath: workdir + ".mailmap") { mailmap.add(Array(bytes)) }
        if let file = repository.configString("mailmap.file") {
            parts.append("mailmap.file " + file)
            if let bytes = FileManager.default.contents(atPath: (file as NSString).expandingTildeInPath) { mailmap.add(Array(bytes)) }
        }
        if let blob = repository.configString("mailmap.blob") { parts.append("mailmap.blob " + blob) }
        if let id, let tree = try? repository.commit(id).tree, let entry = try? repository.entry(in: tree, path: ".mailmap") {
            parts.append("mailmap at head " + entry.id.hex)
        }
        parts.append("mailmap \(mailmap.value)")
        return parts.joined(separator: "\n")
    }

    /// The commits made since `tip` up to `head`, newest first, as a history whose head is
    /// `head`: what a value computed at `tip` needs to be brought up to date. Nil when that
    /// cannot be done from the new commits alone — `tip` is no longer reachable (a rewritten
    /// branch), a new commit does not descend from `tip` (a merge of a branch forked before it,
    /// whose commits would come among the older ones), more than `limit` new commits, a shallow
    /// clone or an unreadable commit: then the caller reads the whole history.
    public func history(since tip: String, head: String, options: HistoryOptions = HistoryOptions(), limit: Int = 1_000) throws -> History? {
        guard let tipID = ObjectID(hex: tip), let headID = ObjectID(hex: head) else { return nil }
        if tipID == headID { return History(head: head, commits: []) }
        let engine = HistoryEngine(repository: repository, prefix: prefix, options: options)
        guard let records = engine.records(since: tipID, head: headID, limit: limit) else { return nil }
        var resolver = IdentityResolver(members: membersCommitted(at: headID), mailmap: try? repository.mailmap())
        return engine.assemble(records, head: headID, resolver: &resolver)
    }
}

extension BoardStore {
    /// The team in `jalon.yml` as committed at `commit` (none when it cannot be read): who each
    /// identity of the history is. Read once per commit and store.
    func membersCommitted(at commit: ObjectID) -> [Member] {
        if let known = committedMembersLock.withLock({ committedMembers }), known.commit == commit { return known.members }
        let members = (try? loadCommitted(at: commit, scope: .settings))?.settings.members ?? []
        committedMembersLock.withLock { committedMembers = (commit, members) }
        return members
    }
}

extension HistoryEngine {
    /// The records of the commits reachable from `head` and not from `tip`, newest first (in
    /// the order `records(reachableFrom:)` lists them), when all of them descend from `tip`.
    /// They are not added to the history cache: a later whole walk computes them once.
    func records(since tip: ObjectID, head: ObjectID, limit: Int) -> [CommitRecord]? {
        guard HistoryEngine.shallowCommits(commonDirectory: repository.commonDirectory).isEmpty else { return nil }
        do {
            guard let pending = try newCommits(since: tip, head: head, limit: limit) else { return nil }
            var position: [ObjectID: Int] = [:]
            for (i, r) in pending.enumerated() { position[r.id] = i }
            // Each new commit must descend from `tip`: then every one of them is listed before
            // `tip`, and the older commits keep their order after them.
            var descends = [Bool](repeating: false, count: pending.count)
            var changed = true
            while changed {
                changed = false
                for (i, r) in pending.enumerated().reversed() where !descends[i] {
                    if r.parents.contains(where: { $0 == tip || position[$0].map { descends[$0] } == true }) { descends[i] = true; changed = true }
                }
            }
            guard !descends.contains(false) else { return nil }
            var trees: [ObjectID: ObjectID] = [:]
            for r in pending { trees[r.id] = r.tree }
            for r in pending { for p in r.parents where trees[p] == nil { trees[p] = try repository.commit(p).tree } }
            let computed = try compute(pending, trees: trees)
            return HistoryEngine.order(computed, among: Array(computed.indices)).map { computed[$0] }
        } catch {
            return nil
        }
    }

    /// Older commits `newCommits` reads at most before it leaves the work to the whole history.
    static let olderCommitsRead = 10_000

    /// The commits `head` reaches and `tip` does not (`git rev-list tip..head`), read by commit
    /// date from both ends at once, as Git paints a range: a commit reached from `tip` is older,
    /// and the walk stops once every commit left to read is older, so it reads the new commits
    /// and about as many older ones as are dated after the oldest of them (none when they are
    /// made on top of `tip`). libgit2's hidden walk and `git_graph_descendant_of` both read the
    /// whole history there. A commit dated out of order can be taken for new while `tip` reaches
    /// it: such a commit cannot descend from `tip`, which the caller checks. Nil past `limit` new
    /// commits, past `olderCommitsRead` older ones, or when a commit listed as new turns out older.
    func newCommits(since tip: ObjectID, head: ObjectID, limit: Int) throws -> [CommitRecord]? {
        struct Node {
            let commit: Commit
            var older: Bool
            var queued = true
        }
        var nodes: [Node] = []
        var at: [ObjectID: Int] = [:]
        var queue: [Int] = []
        var newQueued = 0
        func reach(_ id: ObjectID, older: Bool) throws {
            if let k = at[id] {
                guard older, !nodes[k].older else { return }
                // Reached from `tip` after all: older, and so is what it reaches.
                if nodes[k].queued { newQueued -= 1; nodes[k].older = true; return }
                throw CancellationError()
            }
            at[id] = nodes.count
            nodes.append(Node(commit: try repository.commit(id), older: older))
            queue.append(nodes.count - 1)
            if !older { newQueued += 1 }
        }
        try reach(tip, older: true)
        try reach(head, older: false)
        var found: [CommitRecord] = []
        var olderRead = 0
        while newQueued > 0 {
            // The latest commit date first (queues stay a few commits wide).
            var best = 0
            for q in 1..<queue.count {
                let a = nodes[queue[q]].commit, b = nodes[queue[best]].commit
                if (a.committer.date, a.id) > (b.committer.date, b.id) { best = q }
            }
            let k = queue.remove(at: best)
            nodes[k].queued = false
            let older = nodes[k].older
            if older {
                olderRead += 1
                guard olderRead <= HistoryEngine.olderCommitsRead else { return nil }
            } else {
                newQueued -= 1
                guard found.count < limit else { return nil }
                found.append(CommitRecord(nodes[k].commit))
            }
            for p in nodes[k].commit.parents { try reach(p, older: older) }
        }
        // A commit first listed as new, then reached from `tip`, makes `reach` throw: the caller
        // gives up then, as for any commit it cannot read.
        return found
    }
}

extension BoardStore {
    /// A value derived from the history, saved beside the history cache
    /// (`<common dir>/jalon/cache/NAME-<board folder hash>.bin`) with the fingerprint it was
    /// computed under; nil when there is none, it is damaged, or its fingerprint differs.
    public func savedHistoryValue(_ name: String, fingerprint: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: derivedURL(name).path) else { return nil }
        var r = ByteReader(Array(data))
        guard r.bytes(DerivedFile.magic.count) == DerivedFile.magic, let n = r.u32(), let fp = r.bytes(Int(n)),
              fp == Array(fingerprint.utf8), let length = r.u64(), length <= UInt64(data.count), let sum = r.u64(),
              let payload = r.bytes(Int(length)), r.atEnd else { return nil }
        var hash = FNV1a()
        hash.add(payload)
        return hash.value == sum ? payload : nil
    }

    /// Saves `bytes` as `savedHistoryValue(name, fingerprint:)` gives them back: written to a
    /// temporary file, then renamed over the old one, so that a reader sees either whole.
    /// Failing to save is never an error: the next run recomputes.
    public func saveHistoryValue(_ name: String, fingerprint: String, _ bytes: [UInt8]) {
        let url = derivedURL(name)
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        var w = ByteWriter()
        w.raw(DerivedFile.magic)
        let fp = Array(fingerprint.utf8)
        w.u32(UInt32(fp.count))
        w.raw(fp)
        w.u64(UInt64(bytes.count))
        var hash = FNV1a()
        hash.add(bytes)
        w.u64(hash.value)
        w.raw(bytes)
        let temporary = url.path + ".\(getpid()).\(UInt32.random(in: 0 ... .max)).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: Data(w.bytes)) else { return }
        if rename(temporary, url.path) != 0 { unlink(temporary) }
    }

    private func derivedURL(_ name: String) -> URL {
        let cache = HistoryCache(commonDirectory: repository.commonDirectory, prefix: prefix)
        let base = cache.url.deletingLastPathComponent()
        return base.appendingPathComponent(name + "-" + cache.url.deletingPathExtension().lastPathComponent.dropFirst("history-".count) + ".bin")
    }
}

private enum DerivedFile {
    static let magic = Array("JALONDV\n".utf8)
}
