// Four clones of one remote, each making seeded random board changes (add, move, edits of
// every task field including adjacent ones, assign, unassign, labels, depends, comments,
// document status, meeting actions), synced in random order; then a final round. Every clone
// must end on the same tree, with every change present except same-field losers, each of
// which was reported; no conflict marker; `git fsck --strict` clean. Once with `jalon sync`
// (in process), once with plain `git pull` + `git push` through the merge driver.
// JALON_TEST_LONG=1 makes the campaign ten times longer.
import BoardCore
import BoardStore
import Foundation
import Git
import Testing

/// SplitMix64: the same seed gives the same campaign.
struct SeededRandom: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}

@Suite("convergence of four clones", .serialized) struct ConvergenceTests {
    static let opsPerClone = ProcessInfo.processInfo.environment["JALON_TEST_LONG"] == "1" ? 1_000 : 100

    /// One write of one scalar field, with the writes it knew about (and so replaced).
    struct Write {
        let id: Int
        let file: String
        let key: String
        let value: String
        let knew: Set<Int>
    }

    final class Clone {
        let name: String
        let member: String
        let code: String
        let dir: URL
        let identity: Identity
        var known: Set<Int> = []
        var nextTask = 1
        var ownTasks: [String] = []
        /// Owned list elements the clone wants per file and key ("labels", "assignees", ...).
        var owned: [String: Set<String>] = [:]
        var comments: [String] = []
        init(name: String, member: String, code: String, dir: URL, identity: Identity) {
            self.name = name; self.member = member; self.code = code; self.dir = dir; self.identity = identity
        }
    }

    @Test func jalonSync() throws { try campaign(seed: 20261201, plainGit: false) }
    @Test func plainGitPullThroughTheDriver() throws { try campaign(seed: 20261202, plainGit: true) }

    func campaign(seed: UInt64, plainGit: Bool) throws {
        var rng = SeededRandom(state: seed)
        let team = try Team()
        let repo = team.repo
        // Shared items every clone edits: a document and minutes.
        try repo.write("docs/plan.md", "---\ntitle: Plan\nstatus: draft\n---\nThe plan.\n")
        try repo.write("meetings/R-A1.md", "---\nid: R-A1\ntitle: Weekly\ndate: 2026-12-01\nactions: []\n---\nNotes.\n")
        try repo.gitOK("add", "docs/plan.md", "meetings/R-A1.md")
        try repo.gitOK("commit", "-q", "-m", "Shared document and minutes")
        try repo.jalonOK("sync")
        let people = [("alice", "Alice Martin", "alice@example.org"), ("bob", "Bob Durand", "bob@example.org"),
                      ("chloe", "Chloé Petit", "chloe@example.org"), ("dan", "Dan Moreau", "dan@example.org")]
        let settings = try BoardStore.locate(from: repo.path, board: nil, clock: Clock(now: Date())).load(scope: .settings).settings
        var clones: [Clone] = []
        for (i, p) in people.enumerated() {
            let dir = i == 0 ? repo.url : try team.clone(p.0, p.1, p.2)
            clones.append(Clone(name: p.0, member: p.0, code: settings.member(p.0)?.code ?? "X", dir: dir, identity: Identity(name: p.1, email: p.2, memberID: p.0)))
        }
        var writes: [Write] = []
        var decisions: [(file: String, key: String, lost: String)] = []
        var minute = 0
        var remoteKnown: Set<Int> = []
        let statuses = settings.statuses

        func store(_ c: Clone) throws -> BoardStore {
            minute += 1
            let now = Date(timeIntervalSince1970: 1_796_000_000 + Double(minute) * 60)
            return try BoardStore.locate(from: c.dir.path, board: nil, clock: Clock(now: now, timeZone: TimeZone(identifier: "Europe/Paris")!))
        }
        func sync(_ c: Clone) throws {
            if plainGit {
                let pulled = try repo.git(["-c", "pull.rebase=false", "pull", "-q", "--no-edit", "origin", "main"], in: c.dir)
                guard pulled.succeeded else { throw CommandFailed(command: "git pull in \(c.name)", result: pulled) }
                for line in pulled.stderr.split(separator: "\n") where line.hasPrefix("jalon merge-driver: ") && line.contains("; value dropped: ") {
                    // jalon merge-driver: FILE KEY = KEPT (who); value dropped: LOST (who)
                    let rest = line.dropFirst("jalon merge-driver: ".count)
                    let words = rest.split(separator: " ", maxSplits: 2)
                    let lost = String(rest[rest.range(of: "; value dropped: ")!.upperBound...])
                    decisions.append((String(words[0]), String(words[1]), String(lost[..<lost.range(of: " (", options: .backwards)!.lowerBound])))
                }
                let pushed = try repo.git(["push", "-q", "origin", "main"], in: c.dir)
                guard pushed.succeeded else { throw CommandFailed(command: "git push in \(c.name)", result: pushed) }
            } else {
                let report = try store(c).sync(remote: "origin", dryRun: false, actor: c.identity, environment: ["HOME": c.dir.path])
                for d in report.merge?.decisions ?? [] { decisions.append((d.file, d.key, d.lost)) }
            }
            c.known.formUnion(remoteKnown)
            remoteKnown = c.known
        }
        /// The task's text before the edit (nil when it could not be read).
        @discardableResult
        func editTask(_ c: Clone, _ id: String, _ body: (inout BoardTask) -> Void) throws -> String? {
            var before: String?
            _ = try store(c).commit(as: c.identity) { board, _ in
                guard var task = board.tasks.first(where: { $0.id.description == id }) else {
                    Issue.record("\(id) is in \(c.name)'s work tree but not on its board: \(board.diagnostics.filter { $0.file.contains(id) })")
                    return Change(writes: [:], message: CommitMessage(subject: "none", action: "none"))
                }
                before = TaskCodec.encode(task)
                body(&task)
                return Change(writes: [task.path: TaskCodec.encode(task)], message: CommitMessage(subject: "Edit \(id)", action: "task-edit", items: [id]))
            }
            return before
        }
        func editFile(_ c: Clone, _ path: String, _ body: (String) -> String) throws -> String? {
            var before: String?
            _ = try store(c).commit(as: c.identity) { _, head in
                let text = try String(contentsOf: c.dir.appendingPathComponent(path), encoding: .utf8)
                before = text
                return Change(writes: [path: body(text)], message: CommitMessage(subject: "Edit \(path)", action: "edit"))
            }
            return before
        }
        func fieldValue(_ text: String, _ key: String) -> String? {
            guard let parts = FrontMatter.split(text) else { return nil }
            for line in parts.yaml.split(separator: "\n") where line.hasPrefix(key + ": ") {
                var v = String(line.dropFirst(key.count + 2))
                if v.hasPrefix("\"") && v.hasSuffix("\"") { v = String(v.dropFirst().dropLast()) }
                return v
            }
            return nil
        }
        /// A write that sets the value the clone already had changes nothing: not a write.
        func record(_ c: Clone, _ file: String, _ key: String, _ value: String, before: String? = nil) {
            if let before, fieldValue(before, key) == value { return }
            let w = Write(id: writes.count, file: file, key: key, value: value, knew: c.known)
            writes.append(w)
            c.known.insert(w.id)
        }
        func visibleTasks(_ c: Clone) throws -> [String] {
            // No tasks/ folder yet (nobody added one): no task.
            let folder = c.dir.appendingPathComponent("tasks").path
            guard FileManager.default.fileExists(atPath: folder) else { return [] }
            return try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".md") }.map { String($0.dropLast(3)) }.sorted()
        }

        let total = Self.opsPerClone * clones.count
        for _ in 0..<total {
            let c = clones[Int.random(in: 0..<clones.count, using: &rng)]
            let tasks = try visibleTasks(c)
            let op = tasks.isEmpty ? 0 : Int.random(in: 0..<14, using: &rng)
            switch op {
            case 0:
                let id = "T-\(c.code)\(c.nextTask)"
                c.nextTask += 1
                _ = try store(c).commit(as: c.identity) { _, _ in
                    var task = BoardTask(id: ItemID(id)!, title: "task \(id)", status: statuses[0])
                    task.body = "Created by \(c.name).\n"
                    return Change(writes: [task.path: TaskCodec.encode(task)], message: CommitMessage(subject: "Add \(id)", action: "task-add", items: [id]))
                }
                c.ownTasks.append(id)
                record(c, "tasks/\(id).md", "title", "task \(id)")
                record(c, "tasks/\(id).md", "status", statuses[0])
            case 1...6:
                let id = tasks.randomElement(using: &rng)!
                let file = "tasks/\(id).md"
                switch op {
                case 1:
                    let s = statuses.randomElement(using: &rng)!
                    let before = try editTask(c, id) { $0.status = s }
                    record(c, file, "status", s, before: before)
                case 2:
                    let t = "title \(c.name) \(Int.random(in: 0..<1000, using: &rng))"
                    let before = try editTask(c, id) { $0.title = t }
                    record(c, file, "title", t, before: before)
                case 3:
                    let p = Int.random(in: 0...100, using: &rng)
                    let before = try editTask(c, id) { $0.progress = p }
                    record(c, file, "progress", String(p), before: before)
                case 4:
                    let d = Day.parse("2026-12-\(10 + Int.random(in: 0..<18, using: &rng))")!
                    let before = try editTask(c, id) { $0.due = d }
                    record(c, file, "due", d.iso, before: before)
                case 5:
                    let d = Day.parse("2026-12-0\(1 + Int.random(in: 0..<9, using: &rng))")!
                    let before = try editTask(c, id) { $0.start = d }
                    record(c, file, "start", d.iso, before: before)
                default:
                    // Two adjacent fields in one change.
                    let s = statuses.randomElement(using: &rng)!, p = Int.random(in: 0...100, using: &rng)
                    let before = try editTask(c, id) { $0.status = s; $0.progress = p }
                    record(c, file, "status", s, before: before)
                    record(c, file, "progress", String(p), before: before)
                }
            case 7, 8:
                // Assign / unassign oneself; own labels.
                let id = tasks.randomElement(using: &rng)!
                let file = "tasks/\(id).md"
                if op == 7 {
                    let key = file + "#assignees"
                    var set = c.owned[key] ?? []
                    if set.contains(c.member) { set.remove(c.member) } else { set.insert(c.member) }
                    let on = set.contains(c.member)
                    try editTask(c, id) { t in t.assignees.removeAll { $0 == c.member }; if on { t.assignees.append(c.member) } }
                    c.owned[key] = set
                } else {
                    let key = file + "#labels"
                    let label = "\(c.name)-\(Int.random(in: 0..<3, using: &rng))"
                    var set = c.owned[key] ?? []
                    if set.contains(label) { set.remove(label) } else { set.insert(label) }
                    let on = set.contains(label)
                    try editTask(c, id) { t in t.labels.removeAll { $0 == label }; if on { t.labels.append(label) } }
                    c.owned[key] = set
                }
            case 9:
                // Depend on one of one's own tasks.
                guard let target = c.ownTasks.randomElement(using: &rng) else { continue }
                let id = tasks.randomElement(using: &rng)!
                guard id != target, tasks.contains(target) else { continue }
                let key = "tasks/\(id).md#depends"
                var set = c.owned[key] ?? []
                if set.contains(target) { set.remove(target) } else { set.insert(target) }
                let on = set.contains(target)
                try editTask(c, id) { t in t.depends.removeAll { $0.target.description == target }; if on { t.depends.append(Dependency(target: ItemID(target)!)) } }
                c.owned[key] = set
            case 10:
                // A comment: a new file.
                let id = tasks.randomElement(using: &rng)!
                let path = "comments/\(id)/\(c.name)-\(c.comments.count).md"
                _ = try store(c).commit(as: c.identity) { _, _ in
                    Change(writes: [path: "---\nauthor: \(c.member)\n---\nComment \(c.comments.count) by \(c.name).\n"], message: CommitMessage(subject: "Comment", action: "comment-add"))
                }
                c.comments.append(path)
            case 11:
                let s = ["draft", "review", "final"].randomElement(using: &rng)!
                let before = try editFile(c, "docs/plan.md") { $0.replacingOccurrences(of: #"status: [a-z]+"#, with: "status: \(s)", options: .regularExpression) }
                record(c, "docs/plan.md", "status", s, before: before)
            case 12:
                // Meeting actions: add or remove one of one's own.
                let key = "meetings/R-A1.md#actions"
                let what = "\(c.name) action \(Int.random(in: 0..<3, using: &rng))"
                var set = c.owned[key] ?? []
                if set.contains(what) { set.remove(what) } else { set.insert(what) }
                let on = set.contains(what)
                _ = try store(c).commit(as: c.identity) { _, _ in
                    let text = try String(contentsOf: c.dir.appendingPathComponent("meetings/R-A1.md"), encoding: .utf8)
                    var (m, _) = MeetingCodec.decode(text, path: "meetings/R-A1.md")
                    m!.actions.removeAll { $0.what == what }
                    if on { m!.actions.append(ActionItem(who: c.member, what: what)) }
                    return Change(writes: ["meetings/R-A1.md": MeetingCodec.encode(m!)], message: CommitMessage(subject: "Actions", action: "meeting-edit"))
                }
                c.owned[key] = set
            default:
                try sync(c)
            }
            if Int.random(in: 0..<8, using: &rng) == 0 { try sync(c) }
        }
        // Final round: everyone twice, so the last merges reach all.
        for _ in 0..<2 { for c in clones { try sync(c) } }

        let trees = try clones.map { try team.tree($0.dir) }
        #expect(Set(trees).count == 1, "trees differ: \(trees)")
        let final = clones[0]
        func read(_ path: String) -> String { (try? String(contentsOf: final.dir.appendingPathComponent(path), encoding: .utf8)) ?? "" }
        func field(_ path: String, _ key: String) -> String? { fieldValue(read(path), key) }
        func list(_ path: String, _ key: String) -> Set<String> {
            guard let v = field(path, key), v.hasPrefix("[") else { return [] }
            return Set(v.dropFirst().dropLast().split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
        }
        // Every task and comment anyone made is there.
        for c in clones {
            for id in c.ownTasks { #expect(FileManager.default.fileExists(atPath: final.dir.appendingPathComponent("tasks/\(id).md").path), "\(id) lost") }
            for p in c.comments { #expect(FileManager.default.fileExists(atPath: final.dir.appendingPathComponent(p).path), "\(p) lost") }
            // Owned list elements are exactly what their owner last wanted.
            for (key, wanted) in c.owned {
                let parts = key.split(separator: "#")
                let path = String(parts[0]), name = String(parts[1])
                if name == "actions" {
                    let (m, _) = MeetingCodec.decode(read(path), path: path)
                    let mine = Set((m?.actions ?? []).filter { $0.who == c.member }.map(\.what))
                    #expect(mine == wanted, "\(path) actions of \(c.name): \(mine) != \(wanted)")
                } else {
                    let mine = list(path, name).filter { name == "assignees" ? $0 == c.member : (name == "labels" ? $0.hasPrefix(c.name + "-") : c.ownTasks.contains($0)) }
                    #expect(mine == wanted, "\(path) \(name) of \(c.name): \(mine) != \(wanted)")
                }
            }
        }
        // Every scalar write is the final value, was replaced by a write that knew it, or was
        // reported as lost.
        var unexplained: [String] = []
        for w in writes {
            if field(w.file, w.key) == w.value { continue }
            if writes.contains(where: { $0.file == w.file && $0.key == w.key && $0.knew.contains(w.id) }) { continue }
            if decisions.contains(where: { $0.file == w.file && $0.key == w.key && $0.lost == w.value }) { continue }
            let history = writes.filter { $0.file == w.file && $0.key == w.key }.map { "#\($0.id)=\($0.value) knew \($0.knew.filter { k in writes[k].file == w.file && writes[k].key == w.key }.sorted())" }
            let reported = decisions.filter { $0.file == w.file && $0.key == w.key }.map(\.lost)
            unexplained.append("\(w.file) \(w.key)=\(w.value) (#\(w.id); final \(field(w.file, w.key) ?? "none"); writes \(history); reported lost \(reported))")
        }
        #expect(unexplained.isEmpty, "changes lost without a report: \(unexplained.prefix(10))")
        // No conflict marker anywhere; the history is sound.
        let markers = try repo.git(["grep", "-l", "-E", "^(<<<<<<<|>>>>>>>) ", "main"])
        #expect(markers.stdout.isEmpty, "conflict markers: \(markers.stdout)")
        #expect(try repo.git("fsck", "--strict").succeeded)
        #expect(try repo.git("fsck", "--strict", in: team.bare).succeeded)
        #expect(writes.count > total / 3 && (plainGit || !decisions.isEmpty), "campaign too small: \(writes.count) writes, \(decisions.count) decisions")
    }
}
