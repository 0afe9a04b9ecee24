// `report contributions --surviving` against `git blame` of every file at the head, added up per
// author: seeded histories of edits by several members (insertions, replacements, deletions,
// lines that repeat, a file deleted and added again), side branches merged with lines of their
// own, renames with and without edits, a binary file turned text, and missing blobs.
import Foundation
import Testing

@Suite("Surviving lines: the one pass over the history gives git blame's figures")
struct SurvivingLinesTests {
    static let people = [("Alice Martin", "alice@example.org"), ("Bob Durand", "bob@example.org"), ("Chloé Petit", "chloe@example.org")]
    static let members = [("alice", "Alice Martin", "alice@example.org"), ("bob", "Bob Durand", "bob@example.org"), ("chloe", "Chloé Petit", "chloe@example.org")]

    /// Runs git as `who` at a fixed date (one minute later for each call).
    final class Author: @unchecked Sendable {
        let repo: TestRepository
        var minute = 0
        init(_ repo: TestRepository) { self.repo = repo }

        func git(_ args: [String], as who: Int) throws {
            minute += 1
            let date = String(format: "2026-12-%02dT%02d:%02d:00+01:00", 2 + minute / 600, 8 + (minute / 60) % 10, minute % 60)
            let (name, email) = SurvivingLinesTests.people[who]
            let env = ["GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email,
                       "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email]
            let result = try repo.run(TestTools.git, args, environment: env)
            guard result.succeeded else { throw CommandFailed(command: "git " + args.joined(separator: " "), result: result) }
        }

        func commit(_ message: String, as who: Int) throws {
            try git(["add", "-A"], as: who)
            try git(["commit", "-q", "--allow-empty", "-m", message], as: who)
        }
    }

    /// Random edits of one file's lines: unique texts, or (`repeating`) mostly lines that occur
    /// many times (blank lines, braces), where a diff has several readings and Git's heuristics
    /// choose one.
    static func edit(_ lines: inout [String], _ rng: inout SeededGenerator, tag: String, repeating: Bool = false) {
        let common = ["", "}", "{", "<div>", "</div>", "    return x;", "// à faire"]
        func text(_ k: Int) -> String {
            repeating && Int.random(in: 0..<10, using: &rng) < 6 ? common[Int.random(in: 0..<common.count, using: &rng)] : "<p>\(tag) ajout \(k)</p>"
        }
        let r = Int.random(in: 0..<10, using: &rng)
        let at = lines.isEmpty ? 0 : Int.random(in: 0..<lines.count, using: &rng)
        if r < 5 || lines.count < 4 {
            let n = Int.random(in: 1...4, using: &rng)
            lines.insert(contentsOf: (0..<n).map(text), at: at)
        } else if r < 8 {
            lines[at] = repeating ? text(99) : "<p>\(tag) modifié</p>"
        } else {
            lines.removeSubrange(at..<min(lines.count, at + Int.random(in: 1...3, using: &rng)))
        }
    }

    /// `git blame` of every file at head, added up by author e-mail, with the files it cannot
    /// blame (an object missing) apart. Binary files and empty files have no lines, as in Jalon.
    static func blameAtHead(_ repo: TestRepository) throws -> (byEmail: [String: Int], total: Int, failed: [String]) {
        var byEmail: [String: Int] = [:]
        var total = 0
        var failed: [String] = []
        for entry in try repo.gitOK("ls-tree", "-r", "HEAD").split(separator: "\n") {
            let parts = entry.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2, parts[0].hasPrefix("100") else { continue }
            let path = String(parts[1])
            let shown = try repo.run(TestTools.git, ["cat-file", "-p", "HEAD:" + path])
            if shown.succeeded && shown.stdout.utf8.prefix(8000).contains(0) { continue }
            let blame = try repo.git("blame", "--line-porcelain", "HEAD", "--", path)
            guard blame.succeeded else { failed.append(path); continue }
            for line in blame.stdout.split(separator: "\n") where line.hasPrefix("author-mail <") {
                byEmail[String(line.dropFirst("author-mail <".count).dropLast()), default: 0] += 1
                total += 1
            }
        }
        return (byEmail, total, failed)
    }

    /// Runs `--surviving` and checks every member's figure and the team's against `git blame`.
    @discardableResult
    static func expectAsGitBlame(_ repo: TestRepository, _ sourceLocation: SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let blamed = try blameAtHead(repo)
        let result = try repo.jalon("report", "contributions", "--surviving", "--format", "json", "--lang", "en")
        #expect(result.succeeded, "\(result)", sourceLocation: sourceLocation)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let members = try #require(json["members"] as? [[String: Any]])
        for (id, _, email) in Self.members {
            let member = try #require(members.first { $0["id"] as? String == id })
            #expect(member["survivingLines"] as? Int == blamed.byEmail[email, default: 0], "\(id): \(blamed.byEmail)", sourceLocation: sourceLocation)
        }
        #expect((json["team"] as? [String: Int])?["survivingLines"] == blamed.total, sourceLocation: sourceLocation)
        let history = try #require(json["history"] as? [String: Any])
        #expect(Set(history["survivingUnreadableFiles"] as? [String] ?? ["?"]) == Set(blamed.failed), "the files git blame cannot blame", sourceLocation: sourceLocation)
        return json
    }

    @Test("seeded edits, a merge with its own line, a rename: per member as git blame adds up")
    func matchesGitBlame() throws {
        let repo = try TestRepository()
        try repo.makeBoard(members: Self.members)
        let author = Author(repo)
        var rng = SeededGenerator(seed: 20261202)
        var files: [String: [String]] = [:]
        for page in ["site/index.html", "site/contact.html", "site/style.css"] {
            files[page] = (1...12).map { "<p>\(page) ligne \($0)</p>" }
        }
        func write() throws {
            for (path, lines) in files { try repo.write(path, lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n") }
        }
        try write()
        try author.commit("Pages", as: 0)
        for n in 1...40 {
            let path = files.keys.sorted()[Int.random(in: 0..<files.count, using: &rng)]
            Self.edit(&files[path]!, &rng, tag: "c\(n)", repeating: n % 2 == 0)
            try write()
            try author.commit("Travail \(n)", as: n % 3)
            if n == 20 {
                // Deleted, then added again with other lines.
                try FileManager.default.removeItem(at: repo.file("site/contact.html"))
                try author.commit("Sans contact", as: 0)
                files["site/contact.html"] = ["<p>contact revenu</p>", "<p>par Bob</p>"]
                try write()
                try author.commit("Contact de retour", as: 1)
            }
        }
        // A side branch, edited on both sides, merged with one line of the merge's own.
        let base = files
        try author.git(["checkout", "-q", "-b", "side"], as: 0)
        files["site/side.html"] = (1...6).map { "<p>côté \($0)</p>" }
        Self.edit(&files["site/index.html"]!, &rng, tag: "side")
        try write()
        try author.commit("Côté", as: 0)
        try author.git(["checkout", "-q", "main"], as: 1)
        files = base
        files["site/style.css"]!.append("<p>style sur main</p>")
        try write()
        try author.commit("Sur main", as: 1)
        try author.git(["merge", "-q", "--no-ff", "--no-commit", "side"], as: 1)
        var merged = try #require(repo.read("site/side.html")).components(separatedBy: "\n")
        merged.insert("<p>ligne de la fusion</p>", at: 2)
        try repo.write("site/side.html", merged.joined(separator: "\n"))
        try author.commit("Fusion de side", as: 2)
        // A plain rename: git blame follows it, and so does the pass.
        try author.git(["mv", "site/side.html", "site/cote.html"], as: 0)
        try author.commit("Renommage", as: 0)
        // A rename with an edit: git blame finds it by similarity (libgit2's blame, for it alone).
        var cote = try #require(repo.read("site/cote.html")).components(separatedBy: "\n")
        cote[0] = "<p>côté revu par Chloé</p>"
        try FileManager.default.removeItem(at: repo.file("site/cote.html"))
        try repo.write("site/cote-revu.html", cote.joined(separator: "\n"))
        try author.commit("Renommage revu", as: 2)

        let json = try Self.expectAsGitBlame(repo)
        let members = try #require(json["members"] as? [[String: Any]])
        #expect(members.allSatisfy { ($0["survivingLines"] as? Int ?? 0) > 0 }, "each member has lines left")
    }

    /// The history of `importedCommits` commits that `longHistory` writes with `git fast-import`.
    static let importedCommits = 260

    /// A board, then a seeded history written by `git fast-import` (over the threshold for
    /// reading the pass on several threads): three authors editing five files, mostly lines
    /// that repeat; a side branch merged with conflicts resolved by hand (lines from both sides
    /// and the merge's own) and a file only the side changed; a second branch that renames a
    /// file main edits; renames with and without edits; a file deleted and added again; a
    /// binary file later turned text.
    static func longHistory() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.makeBoard(members: members)
        var rng = SeededGenerator(seed: 13_2026)
        typealias Tree = [String: String]
        func text(_ lines: [String]) -> String { lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n" }
        func lines(_ content: String) -> [String] { content.isEmpty ? [] : content.dropLast().components(separatedBy: "\n") }
        var stream = ""
        func data(_ s: String) -> String { "data \(s.utf8.count)\n\(s)\n" }
        var time = 1_796_108_400
        var mark = 0
        var trees: [Int: Tree] = [:]
        /// One commit on `branch` from `parent` (a mark; 0: the branch's board head), merging `other`.
        func commit(_ branch: String, from parent: Int, merge other: Int? = nil, tree: Tree, previous: Tree, as who: Int, _ message: String) -> Int {
            mark += 1
            time += 600
            let (name, email) = people[who]
            stream += "commit refs/heads/\(branch)\nmark :\(mark)\nauthor \(name) <\(email)> \(time) +0100\ncommitter \(name) <\(email)> \(time) +0100\n"
            stream += data(message)
            stream += parent == 0 ? "from refs/heads/main^0\n" : "from :\(parent)\n"
            if let other { stream += "merge :\(other)\n" }
            for path in previous.keys.sorted() where tree[path] == nil { stream += "D \(path)\n" }
            for (path, content) in tree.sorted(by: { $0.key < $1.key }) where previous[path] != content {
                stream += "M 100644 inline \(path)\n" + data(content)
            }
            trees[mark] = tree
            return mark
        }
        func randomEdits(_ tree: inout Tree, _ n: Int) {
            let paths = tree.keys.filter { !$0.hasSuffix(".bin") }.sorted()
            let path = paths[Int.random(in: 0..<paths.count, using: &rng)]
            var ls = lines(tree[path]!)
            edit(&ls, &rng, tag: "c\(n)", repeating: n % 5 != 0)
            tree[path] = text(ls)
        }
        var tree: Tree = [:]
        for page in ["site/index.html", "site/contact.html", "site/style.css", "src/app.js", "docs/notes.md"] {
            tree[page] = text((1...10).map { $0 % 3 == 0 ? "" : "\(page) ligne \($0)" })
        }
        tree["site/logo.bin"] = "PNG\u{0}\u{1}\u{2}\u{0}données\n"
        var head = commit("main", from: 0, tree: tree, previous: [:], as: 0, "Départ")
        var n = 0
        func work(_ count: Int, on branch: String, _ t: inout Tree, _ tip: inout Int) {
            for _ in 0..<count {
                n += 1
                let before = t
                randomEdits(&t, n)
                tip = commit(branch, from: tip, tree: t, previous: before, as: n % 3, "Travail \(n)")
            }
        }
        work(60, on: "main", &tree, &head)
        // A side branch; main goes on meanwhile.
        let fork = tree
        var side = fork, sideTip = head
        work(50, on: "side", &side, &sideTip)
        var only = side
        only["site/side-only.html"] = text((1...5).map { "côté seul \($0)" })
        sideTip = commit("side", from: sideTip, tree: only, previous: side, as: 1, "Page du côté")
        side = only
        work(50, on: "main", &tree, &head)
        // The merge: each file as one side has it when only one side changed it; changed on both
        // sides, main's lines with the side's first lines and a line of the merge's own.
        var merged = tree
        for (path, theirs) in side where path != "site/logo.bin" {
            let ours = tree[path], base = fork[path]
            if ours == base || ours == nil { merged[path] = theirs; continue }
            if theirs == base { continue }
            var ls = lines(ours!)
            ls.insert(contentsOf: lines(theirs).prefix(3), at: min(2, ls.count))
            ls.insert("résolu à la main", at: min(5, ls.count))
            merged[path] = text(ls)
        }
        let beforeMerge = tree
        head = commit("main", from: head, merge: sideTip, tree: merged, previous: beforeMerge, as: 2, "Fusion de side")
        tree = merged
        work(30, on: "main", &tree, &head)
        // A plain rename, a rename with an edit, a file deleted then added again.
        var renamed = tree
        renamed["site/accueil.html"] = renamed.removeValue(forKey: "site/index.html")
        head = commit("main", from: head, tree: renamed, previous: tree, as: 0, "Renommage")
        tree = renamed
        renamed = tree
        var notes = lines(renamed.removeValue(forKey: "docs/notes.md")!)
        notes.append("une ligne de plus")
        renamed["docs/journal.md"] = text(notes)
        head = commit("main", from: head, tree: renamed, previous: tree, as: 1, "Notes renommées et revues")
        tree = renamed
        var gone = tree
        gone["site/contact.html"] = nil
        head = commit("main", from: head, tree: gone, previous: tree, as: 2, "Sans contact")
        tree = gone
        gone["site/contact.html"] = text(["contact revenu", "", "par Chloé"])
        head = commit("main", from: head, tree: gone, previous: tree, as: 2, "Contact de retour")
        tree = gone
        // The binary file turned text.
        var textual = tree
        textual["site/logo.bin"] = text(["plus une image", "mais du texte"])
        head = commit("main", from: head, tree: textual, previous: tree, as: 1, "Logo en texte")
        tree = textual
        // A second branch renames a file that main edits; the merge keeps the new name with main's edits.
        let fork2 = tree
        var other = fork2
        other["src/main.js"] = other.removeValue(forKey: "src/app.js")
        let otherTip = commit("other", from: head, tree: other, previous: fork2, as: 0, "app.js devient main.js")
        var app = lines(tree["src/app.js"]!)
        app.insert("console.log('main')", at: 1)
        var edited = tree
        edited["src/app.js"] = text(app)
        head = commit("main", from: head, tree: edited, previous: tree, as: 1, "Journal dans app.js")
        tree = edited
        var merged2 = tree
        merged2["src/main.js"] = merged2.removeValue(forKey: "src/app.js")
        head = commit("main", from: head, merge: otherTip, tree: merged2, previous: tree, as: 2, "Fusion de other")
        tree = merged2
        work(importedCommits - n - 12, on: "main", &tree, &head)
        try repo.write("../stream.fi", stream)
        let imported = try repo.run("/bin/sh", ["-c", "git fast-import --quiet < ../stream.fi && git reset -q --hard main"])
        guard imported.succeeded else { throw CommandFailed(command: "git fast-import", result: imported) }
        return repo
    }

    @Test("a long history on three branches, lines that repeat, hand-resolved merges, renames, a binary turned text: as git blame")
    func longHistoryMatchesGitBlame() throws {
        let repo = try Self.longHistory()
        #expect(Int(try repo.gitOK("rev-list", "--count", "--merges", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)) == 2)
        let json = try Self.expectAsGitBlame(repo)
        #expect(((json["history"] as? [String: Any])?["survivingUnreadableFiles"] as? [String]) == [])
        // A second run (the history cache warm) gives the same.
        #expect(try Self.expectAsGitBlame(repo)["members"] as? NSArray == json["members"] as? NSArray)
    }

    @Test("missing blobs in a long history (one at head, one in a file's past): those files unknown, every other as git blame")
    func longHistoryWithMissingBlobs() throws {
        let repo = try Self.longHistory()
        // Unpack the objects fast-import packed, so that one blob can be removed.
        let packs = try FileManager.default.contentsOfDirectory(atPath: repo.file(".git/objects/pack").path).filter { $0.hasSuffix(".pack") }
        for pack in packs {
            let from = repo.file(".git/objects/pack/\(pack)")
            let moved = repo.sandbox.appendingPathComponent(pack)
            try FileManager.default.moveItem(at: from, to: moved)
            try FileManager.default.removeItem(at: repo.file(".git/objects/pack/\(pack.dropLast(5)).idx"))
            let unpacked = try repo.run("/bin/sh", ["-c", "git unpack-objects -q < '\(moved.path)'"])
            guard unpacked.succeeded else { throw CommandFailed(command: "git unpack-objects", result: unpacked) }
        }
        // style.css as it was 100 first-parent commits ago (never renamed nor deleted), journal.md at head.
        let blobs = [try repo.gitOK("rev-parse", "HEAD~100:site/style.css"), try repo.gitOK("rev-parse", "HEAD:docs/journal.md")]
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(try repo.gitOK("rev-parse", "HEAD:site/style.css").trimmingCharacters(in: .whitespacesAndNewlines) != blobs[0])
        for blob in blobs {
            try FileManager.default.removeItem(at: repo.file(".git/objects/\(blob.prefix(2))/\(blob.dropFirst(2))"))
            #expect(try repo.git("cat-file", "-e", blob).status != 0, "the blob is really gone")
        }
        #expect(try Self.blameAtHead(repo).failed.sorted() == ["docs/journal.md", "site/style.css"])
        let json = try Self.expectAsGitBlame(repo)
        let unattributed = try #require((json["history"] as? [String: Any])?["survivingUnattributedLines"] as? Int)
        let styleLines = try repo.gitOK("show", "HEAD:site/style.css").split(separator: "\n", omittingEmptySubsequences: false).count - 1
        #expect(unattributed == styleLines, "style.css's lines at head, with no author known")
        // Commit counts stay exact.
        #expect((json["team"] as? [String: Int])?["commits"] == Int(try repo.gitOK("rev-list", "--count", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)))
    }
}
