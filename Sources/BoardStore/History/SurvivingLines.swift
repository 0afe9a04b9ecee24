import BoardCore
import Foundation
import Git

/// Lines present at the head of the home branch, by who last changed them (as `git blame`
/// credits them), as gitinspector's "stability". Co-authors of the commit are credited fully.
public struct SurvivingLines: Sendable {
    public let byContributor: [Contributor: Int]
    /// Lines of the files blamed (each line once).
    public let total: Int
    /// Files at head that could not be blamed because an object is missing (partial clone,
    /// damaged pack): their own content, or a version in their history. Their lines are unknown
    /// (credited to nobody, not in `total`).
    public var unreadableFiles: [String] = []
    /// Lines of the unreadable files whose head content could still be read (their authors are
    /// unknown); the lines of a file missing at head cannot be counted at all.
    public var unattributedLines = 0
}

extension BoardStore {
    /// Blames every text file at the head of the home branch, except the excluded ones. A file
    /// whose objects are missing is listed in `unreadableFiles` instead of failing the report.
    ///
    /// One pass over the history the engine read, oldest first, instead of one `git blame` per
    /// file (which reads the whole history again for every file, and grew about 4.3× per
    /// doubling of it): each commit's line diffs against its parents (read on several threads,
    /// libgit2's `git_patch`, no context lines, Git's indent heuristic, as `git blame` diffs)
    /// move a per-file list of "the commit each line comes from" forward. As `git blame` passes
    /// blame to parents: a file identical to one of a merge's parents takes that parent's
    /// origins whole; otherwise a line left as it was in the first parent keeps that parent's
    /// origin, a merge's line as it is in another parent keeps that parent's origin, and any
    /// other line comes from the commit. A file added with exactly the content of a file the same
    /// commit deleted (a plain rename) keeps that file's origins. What the pass cannot follow as
    /// `git blame` does — a file added while others were deleted (a rename with edits, found by
    /// similarity), a binary version, a merge parent without the file — is blamed by libgit2's
    /// blame, for those files only.
    public func survivingLines(history: History, options: HistoryOptions = HistoryOptions()) throws -> SurvivingLines {
        guard let headHex = history.head, let head = ObjectID(hex: headHex) else { return SurvivingLines(byContributor: [:], total: 0) }
        let globs = options.excludedGlobs.map(PathGlob.init)
        // Paths with a version the history engine could not read: `git blame` fails on them, and
        // libgit2's blame would credit the missing version's lines to the commit after it.
        var lostHistory: Set<String> = []
        for c in history.commits {
            for f in c.files where f.unreadable { lostHistory.insert(f.path); if let old = f.oldPath { lostHistory.insert(old) } }
        }
        // A commit whose tree is missing changed what nobody knows: blame each file on its own.
        let passUsable = !history.commits.contains(where: \.treeUnreadable)
        do {
            // Oldest first: parents before children.
            let commits = Array(history.commits.reversed())
            var position: [String: Int] = Dictionary(minimumCapacity: commits.count)
            for (i, c) in commits.enumerated() { position[c.id] = i }
            guard let headIndex = position[headHex] else { return SurvivingLines(byContributor: [:], total: 0) }
            let steps = passUsable ? try LineOriginSteps.read(commits, repository: repository,
                                                             counted: { path in !globs.contains { $0.matches(path) } }) : []
            var pass = LineOriginPass(commits: commits, position: position, keep: headIndex)
            for (i, step) in steps.enumerated() { pass.apply(step, at: i) }
            let final = pass.state(of: headIndex)

            let credit: [[Contributor]] = commits.map { [$0.actor] + $0.coActors }
            var creditByID: [ObjectID: [Contributor]] = [:]
            var counts: [Contributor: Int] = [:]
            var total = 0
            var unreadable: [String] = []
            var unattributed = 0
            let tree = try repository.commit(head).tree
            for (path, blob) in try files(in: tree, base: "") where !globs.contains(where: { $0.matches(path) }) {
                guard let bytes = try presentBlob(blob) else {
                    unreadable.append(path)
                    continue
                }
                if bytes.prefix(8000).contains(0) || bytes.isEmpty { continue }
                let lineCount = bytes.withUnsafeBytes(Repository.lineCount)
                if lostHistory.contains(path) {
                    // The lines are there; who wrote them is not known.
                    unreadable.append(path)
                    unattributed += lineCount
                    continue
                }
                if passUsable, !pass.unfollowed.contains(path), let lines = final?[path], lines.count == lineCount {
                    var perCommit: [Int32: Int] = [:]
                    for origin in lines { perCommit[origin, default: 0] += 1 }
                    for (origin, n) in perCommit {
                        total += n
                        for who in credit[Int(origin)] { counts[who, default: 0] += n }
                    }
                    continue
                }
                // What the pass could not follow: libgit2's blame of this file.
                if creditByID.isEmpty { for c in commits { if let id = ObjectID(hex: c.id) { creditByID[id] = [c.actor] + c.coActors } } }
                guard let hunks = try blameIfReadable(path, at: head) else {
                    unreadable.append(path)
                    unattributed += lineCount
                    continue
                }
                for hunk in hunks {
                    total += hunk.lines
                    for who in creditByID[hunk.commit] ?? [] { counts[who, default: 0] += hunk.lines }
                }
            }
            var out = SurvivingLines(byContributor: counts, total: total)
            out.unreadableFiles = unreadable
            out.unattributedLines = unattributed
            return out
        } catch let error as GitError {
            throw StoreError.git(error)
        }
    }

    /// A blob's bytes; nil when it is missing from this clone.
    private func presentBlob(_ id: ObjectID) throws(GitError) -> [UInt8]? {
        do { return try repository.blob(id) } catch where error.code == .notFound { return nil }
    }

    /// libgit2's blame of one file; nil when an object it needs is missing.
    private func blameIfReadable(_ path: String, at head: ObjectID) throws(GitError) -> [BlameHunk]? {
        do { return try repository.blame(path: path, at: head) } catch where error.code == .notFound { return nil }
    }

    private func files(in tree: ObjectID, base: String) throws(GitError) -> [(String, ObjectID)] {
        var out: [(String, ObjectID)] = []
        for entry in try repository.entries(of: tree) {
            switch entry.kind {
            case .blob where entry.fileMode != 0o120000: out.append((base + entry.name, entry.id))
            case .tree: out += try files(in: entry.id, base: base + entry.name + "/")
            default: continue
            }
        }
        return out
    }
}

/// The per-file line origins of each commit, moved forward commit by commit (oldest first). A
/// commit's state is kept only while a child still needs it.
struct LineOriginPass {
    typealias State = [String: [Int32]]
    private var states: [Int: State] = [:]
    private var children: [Int]
    private let parents: [[Int]]
    private let keep: Int
    /// Paths the pass could not follow as `git blame` does somewhere in the history.
    private(set) var unfollowed: Set<String> = []

    init(commits: [HistoryCommit], position: [String: Int], keep: Int) {
        parents = commits.map { c in c.parents.compactMap { position[$0] } }
        children = [Int](repeating: 0, count: commits.count)
        for list in parents { for p in list { children[p] += 1 } }
        self.keep = keep
    }

    func state(of commit: Int) -> State? { states[commit] }

    mutating func apply(_ step: LineOriginSteps.Step, at i: Int) {
        let mine = parents[i]
        // Take the first parent's state (without a copy when this is its last child).
        var state: State = [:]
        if let first = mine.first {
            children[first] -= 1
            state = children[first] == 0 ? (states.removeValue(forKey: first) ?? [:]) : (states[first] ?? [:])
        }
        let me = Int32(i)
        var renamed: State = [:]
        for file in step.files {
            guard let from = file.renamedFrom else { continue }
            if unfollowed.contains(from) { unfollowed.insert(file.path) }
            if let lines = state[from] { renamed[file.path] = lines }
        }
        for file in step.files {
            if file.unfollowed { unfollowed.insert(file.path) }
            guard let diff = file.diff else {
                state[file.path] = nil
                continue
            }
            if let lines = renamed[file.path], lines.count == diff.newLineCount {
                state[file.path] = lines
                continue
            }
            // Identical to another parent's version: that parent's origins, whole.
            if let k = file.sameAs, k < mine.count {
                if let theirs = states[mine[k]]?[file.path] { state[file.path] = theirs } else { unfollowed.insert(file.path) }
                continue
            }
            let mark: Int32 = file.others.isEmpty ? me : -1
            var lines: [Int32]
            if let known = file.isNew ? [] : state[file.path],
               let moved = LineOriginSteps.apply(diff.hunks, to: known, mark: mark, newLineCount: diff.newLineCount) {
                lines = moved
            } else {
                // The previous version was not followed: blamed by libgit2 at the end.
                unfollowed.insert(file.path)
                lines = [Int32](repeating: mark, count: diff.newLineCount)
            }
            // A merge: the lines it changed from the first parent that are as in another parent.
            for other in file.others where other.parent < mine.count {
                guard let theirs = states[mine[other.parent]]?[file.path] else { unfollowed.insert(file.path); continue }
                LineOriginSteps.fill(&lines, from: theirs, unchangedBy: other.hunks)
            }
            for k in lines.indices where lines[k] < 0 { lines[k] = me }
            state[file.path] = lines
        }
        for p in mine.dropFirst() {
            children[p] -= 1
            if children[p] == 0 { states[p] = nil }
        }
        if children[i] > 0 || i == keep { states[i] = state }
    }
}

/// What one commit does to the line origins: its files' hunks against the first parent, and for
/// a merge against the other parents.
struct LineOriginSteps {
    struct Other: Sendable {
        /// Index in the commit's parent list (1 and up).
        var parent: Int
        var hunks: [LineHunk]
    }

    struct File: Sendable {
        var path: String
        /// Against the first parent; nil: deleted, binary or unreadable (no longer followed).
        var diff: LineDiff?
        /// Added (its lines start from nothing, whatever a state held for the path).
        var isNew: Bool
        /// Added with the very content of a file the commit deleted: a plain rename.
        var renamedFrom: String? = nil
        /// A merge whose version is another parent's (index 1 and up): `git blame` passes the
        /// whole file to the first such parent.
        var sameAs: Int? = nil
        var others: [Other] = []
        /// `git blame` could follow this file where the pass does not: added while other files
        /// were deleted (a rename found by similarity), binary, or a merge parent without it.
        var unfollowed = false
    }

    struct Step: Sendable {
        var files: [File] = []
    }

    /// The steps of `commits` (oldest first), read on several threads when there are many.
    static func read(_ commits: [HistoryCommit], repository: Repository, counted: @escaping @Sendable (String) -> Bool) throws -> [Step] {
        try HistoryEngine.parallel(commits, threshold: 200, repository: repository, progress: nil, worker: { $0 }) { repo, commit in
            try step(commit, repo, counted)
        }
    }

    private static func step(_ commit: HistoryCommit, _ repo: Repository, _ counted: (String) -> Bool) throws(GitError) -> Step {
        var step = Step()
        guard let id = ObjectID(hex: commit.id) else { return step }
        let tree = try repo.commit(id).tree
        var parentTrees: [ObjectID] = []
        // A shallow clone's boundary is where its history starts: its lines come from it, as
        // `git blame` shows them.
        for p in commit.parents where !commit.isBoundary {
            guard let pid = ObjectID(hex: p) else { continue }
            parentTrees.append(try repo.commit(pid).tree)
        }
        let changes = try repo.changes(from: parentTrees.first, to: tree, countLines: false)
        var deleted: [ObjectID: String] = [:]
        for file in changes where file.status == .deleted { if let b = file.oldBlob { deleted[b] = file.path } }
        for file in changes where counted(file.path) {
            guard file.status != .deleted else {
                step.files.append(File(path: file.path, diff: nil, isNew: false))
                continue
            }
            var entry = File(path: file.path, diff: try repo.lineDiff(from: file.oldBlob, to: file.newBlob), isNew: file.status == .added)
            if entry.diff == nil { entry.unfollowed = true }
            if file.status == .added, let b = file.newBlob {
                entry.renamedFrom = deleted[b]
                if entry.renamedFrom == nil && !deleted.isEmpty { entry.unfollowed = true }
            }
            if entry.diff != nil {
                for (k, other) in parentTrees.enumerated().dropFirst() {
                    guard let theirs = try repo.entry(in: other, path: file.path), theirs.kind == .blob else {
                        entry.unfollowed = true
                        continue
                    }
                    if theirs.id == file.newBlob {
                        entry.sameAs = k
                        break
                    } else if let diff = try repo.lineDiff(from: theirs.id, to: file.newBlob) {
                        entry.others.append(Other(parent: k, hunks: diff.hunks))
                    } else {
                        entry.unfollowed = true
                    }
                }
                if entry.sameAs != nil { entry.others = [] }
            }
            step.files.append(entry)
        }
        return step
    }

    /// The origins of a file's new version: `previous` with the lines `hunks` replace marked
    /// `mark` (the commit, or -1 to be settled against a merge's other parents); nil when the
    /// result does not have `newLineCount` lines (the previous version was not this one).
    static func apply(_ hunks: [LineHunk], to previous: [Int32], mark: Int32, newLineCount: Int) -> [Int32]? {
        var out: [Int32] = []
        out.reserveCapacity(newLineCount)
        var consumed = 0
        for h in hunks {
            // First old line the hunk removes, 0-based, or where it inserts.
            let start = min(max(h.oldLines == 0 ? h.oldStart : h.oldStart - 1, consumed), previous.count)
            out.append(contentsOf: previous[consumed..<start])
            out.append(contentsOf: repeatElement(mark, count: h.newLines))
            consumed = min(start + h.oldLines, previous.count)
        }
        out.append(contentsOf: previous[consumed...])
        return out.count == newLineCount ? out : nil
    }

    /// Fills the unknown (-1) lines of `lines` that `hunks` (from another parent's version to
    /// this one) leave unchanged with that parent's origins `theirs`.
    static func fill(_ lines: inout [Int32], from theirs: [Int32], unchangedBy hunks: [LineHunk]) {
        var oldLine = 0, newLine = 0
        func copy(upTo newEnd: Int) {
            while newLine < newEnd, newLine < lines.count {
                if lines[newLine] < 0, oldLine < theirs.count { lines[newLine] = theirs[oldLine] }
                newLine += 1
                oldLine += 1
            }
        }
        for h in hunks {
            let newStart = h.newLines == 0 ? h.newStart : h.newStart - 1
            copy(upTo: newStart)
            newLine = newStart + h.newLines
            oldLine = (h.oldLines == 0 ? h.oldStart : h.oldStart - 1) + h.oldLines
        }
        copy(upTo: lines.count)
    }
}
