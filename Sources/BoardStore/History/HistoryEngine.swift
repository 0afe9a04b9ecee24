import BoardCore
import Dispatch
import Foundation
import Git

extension BoardStore {
    /// The home branch's history with typed events, from the per-commit cache when possible.
    /// Every commit reachable from the branch head, each once (merges included), newest first
    /// (children before parents, then by commit date). Files are counted against the first
    /// parent (merges: none — their work is in the commits they bring); board events come from
    /// parsing both sides of each changed board file, for a merge only from the files it changed
    /// differently from every parent (a conflict resolution).
    public func history(options: HistoryOptions = HistoryOptions()) throws -> History {
        guard let head = try head() else { return History(head: nil, commits: []) }
        do {
            var engine = HistoryEngine(repository: repository, prefix: prefix, options: options)
            let records = try engine.records(reachableFrom: head)
            var resolver = IdentityResolver(members: membersCommitted(at: head), mailmap: try? repository.mailmap())
            return engine.assemble(records, head: head, resolver: &resolver)
        } catch let error as GitError {
            throw StoreError.git(error)
        }
    }
}

/// Walks the commit graph, reads what the cache lacks (in parallel), and assembles the
/// `History` values.
struct HistoryEngine {
    let repository: Repository
    let prefix: String
    let options: HistoryOptions

    init(repository: Repository, prefix: String, options: HistoryOptions) {
        self.repository = repository
        self.prefix = prefix
        self.options = options
    }

    /// The records of every commit reachable from `head`, newest first.
    mutating func records(reachableFrom head: ObjectID) throws -> [CommitRecord] {
        let cache = HistoryCache(commonDirectory: repository.commonDirectory, prefix: prefix)
        var contents = cache.load()
        var all = contents.records
        // `all` is then the records' only owner: adding the new commits copies none of them.
        contents.records = []
        var index: [ObjectID: Int] = Dictionary(minimumCapacity: all.count + 64)
        for (i, r) in all.enumerated().reversed() { index[r.id] = i }
        var reached = [Bool](repeating: false, count: all.count)
        var pending: [CommitRecord] = []
        var pendingSeen: Set<ObjectID> = []
        /// Commits named as parents but absent: a shallow clone's cut, or a damaged repository.
        var absent: Set<ObjectID> = []
        let shallow = HistoryEngine.shallowCommits(commonDirectory: repository.commonDirectory)
        var stack = [head]
        // Once the walk has found `pipelineThreshold` commits to read, other threads start
        // diffing them while it goes on (`CommitFeed`): the walk reads one commit after the
        // other, the diffs are independent of one another.
        var feed: CommitFeed?
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        do {
            // The graph walk uses the cached parent links; only commits the cache lacks are read.
            while let id = stack.popLast() {
                let key = id
                if let i = index[key] {
                    guard !reached[i] else { continue }
                    reached[i] = true
                    stack += all[i].parents.reversed()
                } else if pendingSeen.insert(key).inserted {
                    // A shallow clone's boundary has no parents here: the child is then diffed
                    // against nothing, as `git log` shows it.
                    guard let commit = try lookup(id, required: id == head) else { absent.insert(key); continue }
                    var record = CommitRecord(commit)
                    record.boundary = shallow.contains(key)
                    pending.append(record)
                    stack += record.parents.reversed()
                    if let feed {
                        feed.add(record, parentTrees: record.parents.compactMap { p in index[p].map { (p, all[$0].tree) } })
                        if feed.failed { break }
                    } else if workers > 1 && pending.count >= HistoryEngine.pipelineThreshold {
                        var known: [ObjectID: ObjectID] = [:]
                        for r in pending {
                            known[r.id] = r.tree
                            for p in r.parents { if let i = index[p] { known[p] = all[i].tree } }
                        }
                        let prefix = self.prefix
                        feed = CommitFeed(pending, trees: known, progress: options.progress)
                        feed!.start(workers: workers, gitDirectory: repository.commonDirectory) { CommitReader(repository: $0, prefix: prefix) }
                    }
                }
            }
        } catch {
            feed?.abandon()
            throw error
        }
        var computed: [CommitRecord] = []
        if let feed {
            computed = try feed.results()
        } else if !pending.isEmpty {
            // A commit whose first parent is absent is where this clone's history starts: what it
            // changed cannot be known, so it is credited with nothing (not with creating every
            // file). `.git/shallow` names the cut too, whether or not libgit2 hides the parents.
            // (The diffing threads tell an absent first parent by looking it up: `CommitFeed`.)
            for i in pending.indices where pending[i].parents.first.map({ absent.contains($0) }) ?? false {
                pending[i].boundary = true
            }
            var trees: [ObjectID: ObjectID] = [:]
            for r in pending { trees[r.id] = r.tree }
            for r in pending {
                for p in r.parents where trees[p] == nil {
                    if let i = index[p] { trees[p] = all[i].tree }
                }
            }
            computed = try compute(pending, trees: trees)
        }
        if !computed.isEmpty {
            for r in computed {
                index[r.id] = all.count
                all.append(r)
                reached.append(true)
            }
            cache.saveInBackground(previous: contents, newRecords: computed.filter { !$0.incomplete })
        } else if contents.damaged {
            cache.saveInBackground(previous: contents, newRecords: [])
        }
        let chosen = all.indices.filter { reached[$0] }
        return HistoryEngine.order(all, among: chosen).map { all[$0] }
    }

    /// The commits listed in `<git dir>/shallow` (one hex id a line): a shallow clone's cut.
    static func shallowCommits(commonDirectory: String) -> Set<ObjectID> {
        guard let data = FileManager.default.contents(atPath: (commonDirectory as NSString).appendingPathComponent("shallow")) else { return [] }
        var out: Set<ObjectID> = []
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            if let id = ObjectID(hex: line.trimmingCharacters(in: .whitespaces)) { out.insert(id) }
        }
        return out
    }

    private func lookup(_ id: ObjectID, required: Bool) throws -> Commit? {
        do {
            return try repository.commit(id)
        } catch {
            if error.code == .notFound && !required { return nil }
            throw error
        }
    }

    /// The records at `chosen` (indexes into `records`), children before parents; among commits
    /// ready to be listed, the latest commit date first (as `git log --date-order`). Indexes
    /// into `records`, so that no record is copied until the caller takes them in that order.
    static func order(_ records: [CommitRecord], among chosen: [Int]) -> [Int] {
        var position: [ObjectID: Int] = Dictionary(minimumCapacity: chosen.count)
        for (k, i) in chosen.enumerated() { position[records[i].id] = k }
        let parents: [[Int]] = chosen.map { i in records[i].parents.compactMap { position[$0] } }
        var children = [Int](repeating: 0, count: chosen.count)
        for list in parents { for j in list { children[j] += 1 } }
        var heap = ReadyHeap(records: records, chosen: chosen)
        for k in chosen.indices where children[k] == 0 { heap.push(k) }
        var out: [Int] = []
        out.reserveCapacity(chosen.count)
        var emitted = [Bool](repeating: false, count: chosen.count)
        while let k = heap.pop() {
            emitted[k] = true
            out.append(chosen[k])
            for j in parents[k] {
                children[j] -= 1
                if children[j] == 0 { heap.push(j) }
            }
        }
        // A cycle cannot happen in Git; never lose a commit if the cache were inconsistent.
        if out.count < chosen.count { for k in chosen.indices where !emitted[k] { out.append(chosen[k]) } }
        return out
    }

    // MARK: Computing commits

    /// Commits found by the walk from which the diffing starts on other threads (`CommitFeed`).
    static let pipelineThreshold = 400

    /// Fills in files and events of `pending`, on several threads when there are many.
    func compute(_ pending: [CommitRecord], trees: [ObjectID: ObjectID]) throws -> [CommitRecord] {
        let prefix = self.prefix
        return try HistoryEngine.parallel(pending, threshold: 400, repository: repository, progress: options.progress,
                                          worker: { CommitReader(repository: $0, prefix: prefix) }) { worker, r in
            try worker.fill(r) { trees[$0] }
        }
    }

    /// `body` over `items`, results in their order, on several threads when there are at least
    /// `threshold` of them, in chunks that the threads take in turn. Each thread has its own
    /// read-only repository handle (libgit2 objects are not shared across threads) and its own
    /// `worker` state; the first error is thrown.
    static func parallel<Item: Sendable, Worker, Out: Sendable>(
        _ items: [Item], threshold: Int, repository: Repository, progress: (@Sendable (Int, Int) -> Void)?,
        worker make: @Sendable (Repository) -> Worker, _ body: @Sendable (inout Worker, Item) throws -> Out
    ) throws -> [Out] {
        let total = items.count
        let workers = total < threshold ? 1 : max(1, min(ProcessInfo.processInfo.activeProcessorCount, 8))
        let shared = ParallelSlots<Out>(total: total, progress: progress)
        let gitDirectory = repository.commonDirectory
        if workers == 1 {
            var worker = make((try? Repository.openForReading(gitDirectory: gitDirectory)) ?? repository)
            var out: [Out] = []
            out.reserveCapacity(total)
            for item in items {
                out.append(try body(&worker, item))
                shared.advance()
            }
            return out
        }
        // Contiguous chunks taken in turn, so that a thread that got cheaper commits takes more
        // of them instead of waiting for the other at the end, and each thread still reads
        // commits next to one another (a commit's parent usually right after it).
        let chunk = max(32, total / (workers * 16))
        let chunks = (total + chunk - 1) / chunk
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            do {
                var worker = make(try Repository.openForReading(gitDirectory: gitDirectory))
                while let c = shared.nextChunk(below: chunks) {
                    var out: [Out] = []
                    out.reserveCapacity(chunk)
                    for i in c * chunk..<min(total, (c + 1) * chunk) {
                        if shared.failed { return }
                        out.append(try body(&worker, items[i]))
                        shared.advance()
                    }
                    shared.store(out, at: c)
                }
            } catch {
                shared.fail(error)
            }
        }
        if let error = shared.error { throw error }
        return shared.results()
    }

    // MARK: Assembling

    func assemble(_ records: [CommitRecord], head: ObjectID, resolver: inout IdentityResolver) -> History {
        let globs = options.excludedGlobs.map(PathGlob.init)
        var pathInfo: [String: (kind: FileKind, binaryKind: FileKind, excluded: Bool)] = [:]
        var commits: [HistoryCommit] = []
        commits.reserveCapacity(records.count)
        for r in records {
            let actor = resolver.resolve(name: r.authorName, email: r.authorEmail)
            var coActors: [Contributor] = []
            for c in r.coAuthors {
                let who = resolver.resolve(name: c.name, email: c.email)
                if who != actor && !coActors.contains(who) { coActors.append(who) }
            }
            var files: [FileChange] = []
            files.reserveCapacity(r.files.count)
            for f in r.files {
                let info: (kind: FileKind, binaryKind: FileKind, excluded: Bool)
                if let known = pathInfo[f.path] {
                    info = known
                } else {
                    // Classified once: as a binary file the same path is a board file or a
                    // document all the same, anything else binary (`FileClassifier.kind`).
                    let kind = FileClassifier.kind(of: f.path, boardPrefix: prefix, isBinary: false)
                    info = (kind, kind == .board || kind == .document ? kind : .binary, globs.contains { $0.matches(f.path) })
                    pathInfo[f.path] = info
                }
                var change = FileChange(path: f.path, oldPath: nil, status: f.status, kind: f.isBinary ? info.binaryKind : info.kind,
                                        added: f.added, removed: f.removed, isBinary: f.isBinary, excluded: info.excluded)
                change.unreadable = f.unreadable
                files.append(change)
            }
            let hex = r.id.hex
            let date = Date(timeIntervalSince1970: TimeInterval(r.authorTime))
            let events = r.events.map { BoardEvent(kind: $0.kind, item: $0.item, commit: hex, date: date, actor: actor, coActors: coActors) }
            var commit = HistoryCommit(
                id: hex, parents: r.parents.map(\.hex), authorName: r.authorName, authorEmail: r.authorEmail, authorDate: date,
                authorOffsetMinutes: Int(r.authorOffset), committerName: r.committerName, committerEmail: r.committerEmail,
                committerDate: Date(timeIntervalSince1970: TimeInterval(r.committerTime)), summary: r.summary,
                actor: actor, coActors: coActors, files: files, events: events)
            commit.signature = r.signature.map(HistoryEngine.signatureName)
            commit.isBoundary = r.boundary
            commit.treeUnreadable = r.unreadableTree
            commit.committer = r.committerEmail == r.authorEmail && r.committerName == r.authorName
                ? actor : resolver.resolve(name: r.committerName, email: r.committerEmail)
            commits.append(commit)
        }
        return History(head: head.hex, commits: commits)
    }

    static func signatureName(_ s: SignatureFormat) -> String {
        switch s {
        case .gpg: return "gpg"
        case .ssh: return "ssh"
        case .x509: return "x509"
        case .other: return "other"
        }
    }
}

/// Reads one commit's files and events; keeps its parse memos across the commits it reads.
struct CommitReader {
    let repository: Repository
    let prefix: String
    var board: BoardChangeReader

    init(repository: Repository, prefix: String) {
        self.repository = repository
        self.prefix = prefix
        board = BoardChangeReader(repository: repository, prefix: prefix)
    }

    /// `record` with its files and events; `tree` gives a parent's tree (nil: not there).
    mutating func fill(_ record: CommitRecord, tree: (ObjectID) throws(GitError) -> ObjectID?) throws(GitError) -> CommitRecord {
        var r = record
        if r.boundary { return r }
        do {
            return try compare(r, tree: tree)
        } catch where error.code == .notFound {
            // A tree is missing (damaged pack): the commit still counts, what it changed is unknown.
            r.files = []
            r.events = []
            r.unreadableTree = true
            return r
        }
    }

    private mutating func compare(_ record: CommitRecord, tree: (ObjectID) throws(GitError) -> ObjectID?) throws(GitError) -> CommitRecord {
        var r = record
        var parentTrees: [ObjectID?] = []
        for p in r.parents { parentTrees.append(try tree(p)) }
        if r.parents.count <= 1 {
            let base = parentTrees.first ?? nil
            let prefix = self.prefix
            let diff = try repository.changes(from: base, to: r.tree, keepingContentOf: { BoardChangeReader.keepsContent($0, prefix: prefix) })
            r.files = diff.map { RawFile(path: $0.path, status: CommitReader.status($0.status), added: $0.added, removed: $0.removed, isBinary: $0.isBinary, unreadable: $0.unreadable) }
            r.events = try board.events(for: diff, oldTree: base, newTree: r.tree)
        } else {
            // A merge: its own work is what differs from every parent (a conflict resolution).
            let first = parentTrees[0]
            var own: [DiffFile] = []
            for file in try repository.changes(from: first, to: r.tree, countLines: false, prefixes: prefix.isEmpty ? [] : [prefix]) where FileClassifier.isBoardFile(file.path, prefix: prefix) || file.path.hasPrefix(prefix + "docs/") {
                var differsFromAll = true
                for case let other? in parentTrees.dropFirst() {
                    if try repository.entry(in: other, path: file.path)?.id == file.newBlob { differsFromAll = false; break }
                }
                if differsFromAll { own.append(file) }
            }
            r.files = []
            r.events = own.isEmpty ? [] : try board.events(for: own, oldTree: first, newTree: r.tree)
        }
        return r
    }

    static func status(_ s: DiffFile.Status) -> FileChange.Status {
        switch s {
        case .added: return .added
        case .deleted: return .deleted
        case .modified, .typeChanged: return .modified
        }
    }
}

/// The commits the walk has found so far, diffed by other threads while it goes on: each
/// thread takes the next chunk of contiguous commits once the walk is past it (so that a
/// commit's first parent, usually walked right after it, is known), and the results are put
/// back in the walk's order. A parent the walk has not reached yet is looked up by the thread
/// itself; one that is not in the repository makes its child a boundary, as the walk would.
private final class CommitFeed: @unchecked Sendable {
    static let chunk = 256
    private let condition = NSCondition()
    private let group = DispatchGroup()
    private var records: [CommitRecord]
    private var trees: [ObjectID: ObjectID]
    private var walked = false
    private var taken = 0
    private var slots: [Int: [CommitRecord]] = [:]
    private var error: (any Error)?
    private var done = 0
    private var reported = 0
    private let progress: (@Sendable (Int, Int) -> Void)?

    init(_ records: [CommitRecord], trees: [ObjectID: ObjectID], progress: (@Sendable (Int, Int) -> Void)?) {
        self.records = records
        self.trees = trees
        self.progress = progress
    }

    /// `workers` threads, each with its own read-only repository handle and `make`'s state.
    func start(workers: Int, gitDirectory: String, _ make: @escaping @Sendable (Repository) -> CommitReader) {
        for _ in 0..<workers {
            DispatchQueue.global().async(group: group) { [self] in
                do {
                    let repository = try Repository.openForReading(gitDirectory: gitDirectory)
                    var reader = make(repository)
                    let tree: (ObjectID) throws(GitError) -> ObjectID? = { id throws(GitError) in try self.tree(of: id, in: repository) }
                    while let (c, chunk) = next() {
                        var out: [CommitRecord] = []
                        out.reserveCapacity(chunk.count)
                        for record in chunk {
                            if failed { return }
                            var r = record
                            if !r.boundary, let first = r.parents.first, try tree(first) == nil { r.boundary = true }
                            out.append(try reader.fill(r, tree: tree))
                            advance()
                        }
                        store(out, at: c)
                    }
                } catch {
                    fail(error)
                }
            }
        }
    }

    /// One more commit found by the walk, with the trees of its parents the cache holds.
    func add(_ record: CommitRecord, parentTrees: [(ObjectID, ObjectID)]) {
        condition.lock()
        records.append(record)
        trees[record.id] = record.tree
        for (p, t) in parentTrees { trees[p] = t }
        if records.count % CommitFeed.chunk == 1 { condition.broadcast() }
        condition.unlock()
    }

    var failed: Bool {
        condition.lock()
        defer { condition.unlock() }
        return error != nil
    }

    /// The records of every commit, in the walk's order, once the threads are done; the first
    /// error of a thread is thrown.
    func results() throws -> [CommitRecord] {
        condition.lock()
        walked = true
        condition.broadcast()
        condition.unlock()
        group.wait()
        if let error { throw error }
        return slots.keys.sorted().flatMap { slots[$0]! }
    }

    /// The walk failed: the threads stop, and are waited for.
    func abandon() {
        fail(CancellationError())
        _ = try? results()
    }

    /// The next chunk nobody took, once the walk is past it; nil when every commit is taken or
    /// a thread failed.
    private func next() -> (Int, [CommitRecord])? {
        condition.lock()
        defer { condition.unlock() }
        while true {
            if error != nil { return nil }
            let start = taken * CommitFeed.chunk
            let end = min(records.count, start + CommitFeed.chunk)
            if records.count > start + CommitFeed.chunk || (walked && start < records.count) {
                taken += 1
                return (taken - 1, Array(records[start..<end]))
            }
            if walked { return nil }
            condition.wait()
        }
    }

    /// A parent's tree: known from the walk or the cache, else read from the repository
    /// (nil when the commit is not there).
    private func tree(of id: ObjectID, in repository: Repository) throws(GitError) -> ObjectID? {
        condition.lock()
        let known = trees[id]
        condition.unlock()
        if let known { return known }
        do {
            return try repository.commit(id).tree
        } catch where error.code == .notFound {
            return nil
        }
    }

    private func store(_ out: [CommitRecord], at slot: Int) {
        condition.lock()
        slots[slot] = out
        condition.unlock()
    }

    private func fail(_ e: any Error) {
        condition.lock()
        if error == nil { error = e }
        condition.broadcast()
        condition.unlock()
    }

    /// Progress, once the walk is over and the total known.
    private func advance() {
        guard let progress else { return }
        condition.lock()
        done += 1
        let total = records.count
        let report = walked && (done - reported >= max(1, total / 200) || done == total)
        if report { reported = done }
        condition.unlock()
        if report { progress(done, total) }
    }
}

/// What the worker threads share: their results, the first error, the progress count.
private final class ParallelSlots<Out>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Int: [Out]] = [:]
    private(set) var error: (any Error)?
    private var done = 0
    private var reported = 0
    private var taken = 0
    let total: Int
    let progress: (@Sendable (Int, Int) -> Void)?

    init(total: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        self.total = total
        self.progress = progress
    }

    var failed: Bool { lock.withLock { error != nil } }

    /// The next chunk nobody took yet, nil when all `count` are taken or a thread failed.
    func nextChunk(below count: Int) -> Int? {
        lock.withLock {
            guard error == nil, taken < count else { return nil }
            taken += 1
            return taken - 1
        }
    }

    func advance() {
        guard let progress else { return }
        let (now, report): (Int, Bool) = lock.withLock {
            done += 1
            let step = max(1, total / 200)
            if done - reported >= step || done == total {
                reported = done
                return (done, true)
            }
            return (done, false)
        }
        if report { progress(now, total) }
    }

    func store(_ results: [Out], at slot: Int) { lock.withLock { slots[slot] = results } }

    func fail(_ e: Error) {
        lock.withLock {
            if error == nil { error = e }
        }
    }

    func results() -> [Out] { slots.keys.sorted().flatMap { slots[$0]! } }
}

/// A max-heap of positions in `chosen` by commit date (then id), for `HistoryEngine.order`.
private struct ReadyHeap {
    private var heap: IndexHeap

    init(records: [CommitRecord], chosen: [Int]) {
        // Commit date and id of each chosen record: compared without touching the records.
        let keys = chosen.map { (time: records[$0].committerTime, id: records[$0].id) }
        heap = IndexHeap { a, b in
            let ka = keys[a], kb = keys[b]
            if ka.time != kb.time { return ka.time > kb.time }
            return kb.id < ka.id
        }
    }

    mutating func push(_ i: Int) { heap.push(i) }
    mutating func pop() -> Int? { heap.pop() }
}
