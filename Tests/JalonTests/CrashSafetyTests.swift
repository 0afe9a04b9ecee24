// Crash-safe writes through the real `jalon` executable: a process killed after each step of
// the one transaction, Git's locks held or left behind, Git's environment variables, CRLF
// checkouts, and Git operations in progress. After each, the repository, index and work tree are
// as before or as after the command (or repaired by the next Jalon command), `git fsck --strict`
// is clean, and the user's next plain `git commit` deletes nothing.
import BoardCore
import Foundation
import Testing

@Suite("Crash-safe writes")
struct CrashSafetyTests {
    /// Board files as committed at `revision`, path → blob id.
    static func boardFiles(_ repo: TestRepository, _ revision: String = "HEAD") throws -> [String: String] {
        var out: [String: String] = [:]
        for line in try repo.gitOK("ls-tree", "-r", revision).split(separator: "\n") {
            let parts = line.split(separator: "\t", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let path = String(parts[1])
            guard path == "jalon.yml" || path.hasPrefix("tasks/") || path.hasPrefix("milestones/") || path.hasPrefix("docs/") else { continue }
            out[path] = String(parts[0].split(separator: " ")[2])
        }
        return out
    }

    /// The user's next plain `git add other.txt && git commit`: it must delete and revert no board
    /// file (it may include a change Jalon had staged before it was killed).
    static func expectPlainCommitLosesNothing(_ repo: TestRepository, _ note: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try boardFiles(repo)
        let other = repo.file("other.txt")
        let handle = try FileHandle(forWritingTo: other)
        handle.seekToEndOfFile()
        handle.write(Data("line\n".utf8))
        try handle.close()
        try repo.gitOK("add", "other.txt")
        try repo.gitOK("commit", "-q", "-m", "Site web")
        let after = try boardFiles(repo)
        let changes = try repo.gitOK("diff", "--name-status", "--no-renames", "HEAD~1", "HEAD")
        #expect(!changes.split(separator: "\n").contains { $0.hasPrefix("D") }, "\(note): the plain commit deleted files:\n\(changes)", sourceLocation: sourceLocation)
        for (path, _) in before { #expect(after[path] != nil, "\(note): \(path) lost", sourceLocation: sourceLocation) }
    }

    /// Work tree and index agree with HEAD, no journal, no Git lock left, fsck clean.
    static func expectConsistent(_ repo: TestRepository, _ note: String, fsck checkObjects: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try repo.status() == "", "\(note): git status not clean", sourceLocation: sourceLocation)
        #expect(!repo.exists(".git/jalon/pending"), "\(note): journal left", sourceLocation: sourceLocation)
        #expect(!repo.exists(".git/index.lock") && !repo.exists(".git/refs/heads/main.lock"), "\(note): lock left", sourceLocation: sourceLocation)
        guard checkObjects else { return }
        let fsck = try repo.git("fsck", "--strict")
        #expect(fsck.succeeded, "\(note): \(fsck)", sourceLocation: sourceLocation)
    }

    static func boardWithOther() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Première", "--as", "alice")
        try repo.write("other.txt", "site\n")
        try repo.gitOK("add", "other.txt")
        try repo.gitOK("commit", "-q", "-m", "Site")
        return repo
    }

    @Test(arguments: ["journal", "files", "index", "branch"])
    func killedAfterEachStep(point: String) throws {
        for userFirst in [false, true] {
            for command in [["task", "add", "Tuée", "--as", "alice"], ["task", "move", "T-A1", "doing", "--as", "alice"]] {
                let repo = try Self.boardWithOther()
                let note = "\(command[1]) killed after \(point), \(userFirst ? "plain git commit" : "jalon") next"
                let start = try #require(try repo.revision())
                let killed = try repo.jalon(command, environment: ["JALON_TEST_KILL_AT": point])
                #expect(killed.status == 9, "\(note): \(killed)")
                #expect(repo.exists(".git/jalon/pending"), "\(note): the journal records the update")
                let moved = try repo.revision() != start
                #expect(moved == (point == "branch"), "\(note): the branch moves only in the last step")
                if userFirst {
                    try Self.expectPlainCommitLosesNothing(repo, note)
                    let repaired = try repo.jalon("task", "list")
                    #expect(repaired.succeeded, "\(note): \(repaired)")
                } else {
                    let repaired = try repo.jalon("task", "list")
                    #expect(repaired.succeeded, "\(note): \(repaired)")
                    #expect(repaired.stderr.contains(moved ? "finished an interrupted update" : "put back as they were"), "\(note): \(repaired.stderr)")
                    #expect(try (moved ? repo.revision("HEAD~1") : repo.revision()) == start, "\(note): one commit or none")
                    try Self.expectConsistent(repo, note)
                    try Self.expectPlainCommitLosesNothing(repo, note)
                }
                try Self.expectConsistent(repo, note)
                // The board still works, and a retried add does not collide.
                try repo.jalonOK("task", "add", "Après", "--as", "alice")
                try Self.expectConsistent(repo, note + ", then another add")
            }
        }
    }

    @Test func interruptDuringTheUpdateWaitsForItsEnd() throws {
        let repo = try Self.boardWithOther()
        let start = try #require(try repo.revision())
        // Started with SIGINT at its default action and unblocked (the test runner may pass it
        // on blocked), so the signal really is deferred, not ignored.
        repo.jalonEnvironment["JALON_TEST_INTERRUPT_AT"] = "index"
        let ended = CrashCampaignTests.wait(try CrashCampaignTests.spawn(["task", "add", "Interrompue", "--as", "alice"], in: repo))
        #expect(ended.signal == SIGINT, "ended by the deferred SIGINT: \(ended)")
        #expect(try repo.gitOK("rev-parse", "HEAD~1").hasPrefix(start), "the change was saved before the signal took effect")
        #expect(try repo.gitOK("ls-tree", "--name-only", "HEAD", "tasks/").contains("tasks/T-A2.md"))
        try Self.expectConsistent(repo, "SIGINT deferred")
        #expect(!repo.exists(".git/jalon/pending"))
    }

    @Test("A plain git commit that takes Jalon's staged change mid-update: exit 4, saved once, nothing to retry")
    func aCommitThatTookTheStagedChangeSaysSaved() throws {
        let repo = try Self.boardWithOther()
        let count = { try repo.gitOK("rev-list", "--count", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines) }
        let before = Int(try count())!
        let marker = repo.sandbox.appendingPathComponent("held").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestTools.jalon)
        process.arguments = ["task", "add", "Prise par git", "--as", "alice"]
        process.currentDirectoryURL = repo.url
        process.environment = repo.baseEnvironment.merging(repo.jalonEnvironment) { _, new in new }
            .merging(["JALON_TEST_HOLD_AT": "index:" + marker]) { _, new in new }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // Jalon has written the file and the index and waits before moving the branch.
        for _ in 0..<600 where !FileManager.default.fileExists(atPath: marker) { usleep(50_000) }
        #expect(FileManager.default.fileExists(atPath: marker), "jalon reached the held step")
        try repo.gitOK("commit", "-q", "-m", "Commit de l’élève pendant la mise à jour")
        let userCommit = try #require(try repo.revision())
        try FileManager.default.removeItem(atPath: marker)
        process.waitUntilExit()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == 4, "exit 4: saved, do not retry — \(stderr)")
        #expect(stderr.contains("the change is saved") && stderr.contains(String(userCommit.prefix(8))), "\(stderr)")
        // Saved exactly once, in the user's commit; the branch was not moved again.
        #expect(try repo.revision() == userCommit)
        #expect(try repo.gitOK("ls-tree", "--name-only", "HEAD", "tasks/").contains("tasks/T-A2.md"))
        #expect(Int(try count()) == before + 1, "one commit: the user's")
        try Self.expectConsistent(repo, "staged change taken by git commit")
        let list = try repo.jalonOK("task", "list")
        #expect(list.stdout.components(separatedBy: "Prise par git").count == 2, "listed once: \(list)")
        try Self.expectPlainCommitLosesNothing(repo, "after exit 4")
    }

    @Test func theIssueReproducerNoLongerDeletesTasks() throws {
        // `touch .git/index.lock; jalon task add x` then the lock goes and the user commits.
        let repo = try Self.boardWithOther()
        for i in 1...3 { try repo.jalonOK("task", "add", "Tâche \(i)", "--as", "alice") }
        let before = try repo.snapshot()
        let tasks = try Self.boardFiles(repo)
        try Data().write(to: repo.file(".git/index.lock"))
        let refused = try repo.jalon("task", "add", "x", "--as", "alice")
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr.contains(repo.file(".git/index.lock").path) && refused.stderr.contains("nothing was changed"), "\(refused.stderr)")
        try FileManager.default.removeItem(at: repo.file(".git/index.lock"))
        #expect(try repo.snapshot() == before, "refused: nothing changed")
        try repo.write("index.html", "<p>site</p>\n")
        try repo.gitOK("add", "index.html")
        try repo.gitOK("commit", "-q", "-m", "Page d'accueil")
        #expect(try Self.boardFiles(repo) == tasks, "the plain commit kept every task")
        #expect(try repo.gitOK("show", "--name-status", "--format=", "HEAD") == "A\tindex.html\n")
        try repo.jalonOK("task", "add", "x", "--as", "alice")
        #expect(try repo.gitOK("ls-tree", "--name-only", "HEAD", "tasks/").split(separator: "\n").count == tasks.keys.filter { $0.hasPrefix("tasks/") }.count + 1)
        try Self.expectConsistent(repo, "after the retry")
    }

    @Test func aBrieflyHeldIndexLockIsWaitedFor() throws {
        let repo = try Self.boardWithOther()
        // Another Git process holds the index for about a second (an editor's `git status`).
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/bin/sh")
        holder.arguments = ["-c", "touch .git/index.lock; sleep 1; rm -f .git/index.lock"]
        holder.currentDirectoryURL = repo.url
        try holder.run()
        while !repo.exists(".git/index.lock") && holder.isRunning { usleep(5_000) }
        let added = try repo.jalon("task", "add", "Patiente", "--as", "alice")
        holder.waitUntilExit()
        #expect(added.succeeded, "\(added)")
        try Self.expectConsistent(repo, "after waiting for the index lock")
        try Self.expectPlainCommitLosesNothing(repo, "after waiting")
    }

    @Test func aStaleReferenceLockOfAKilledWriterIsRemoved() throws {
        let repo = try Self.boardWithOther()
        // What a writer killed inside libgit2's reference update leaves: an empty lock file.
        let lock = repo.file(".git/refs/heads/main.lock")
        try Data().write(to: lock)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-600)], ofItemAtPath: lock.path)
        let added = try repo.jalon("task", "add", "Débloquée", "--as", "alice")
        #expect(added.succeeded, "\(added)")
        #expect(added.stderr.contains("removed a lock left by an interrupted Jalon: \(lock.path)"), "\(added.stderr)")
        try Self.expectConsistent(repo, "after a stale ref lock")
    }

    @Test func aReferenceLockThatMayBeGitsIsNamedNotRemoved() throws {
        let repo = try Self.boardWithOther()
        let before = try repo.snapshot()
        // A lock naming a commit Git made: it may belong to a running Git; Jalon names the file.
        let lock = repo.file(".git/refs/heads/main.lock")
        try Data(try repo.gitOK("rev-parse", "HEAD").utf8).write(to: lock)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-600)], ofItemAtPath: lock.path)
        let refused = try repo.jalon("task", "add", "Bloquée", "--as", "alice")
        #expect(refused.status == 3, "\(refused)")
        #expect(refused.stderr.contains("remove \(lock.path)") && refused.stderr.contains("nothing was changed"), "\(refused.stderr)")
        #expect(repo.exists(".git/refs/heads/main.lock"))
        try FileManager.default.removeItem(at: lock)
        #expect(try repo.snapshot() == before)
        try Self.expectPlainCommitLosesNothing(repo, "after a refused write")
    }

    @Test func aStaleIndexLockOfAKilledJalonIsRemoved() throws {
        let repo = try Self.boardWithOther()
        let killed = try repo.jalon(["task", "add", "Tuée", "--as", "alice"], environment: ["JALON_TEST_KILL_AT": "files"])
        #expect(killed.status == 9)
        // Killed while libgit2 wrote the index: the lock file it was writing stays behind.
        try Data("DIRC partial".utf8).write(to: repo.file(".git/index.lock"))
        let next = try repo.jalon("task", "add", "Suivante", "--as", "alice")
        #expect(next.succeeded, "\(next)")
        #expect(next.stderr.contains("removed a lock left by an interrupted Jalon: \(repo.file(".git/index.lock").path)"), "\(next.stderr)")
        #expect(next.stderr.contains("put back as they were"), "\(next.stderr)")
        try Self.expectConsistent(repo, "after a stale index lock")
        #expect(try repo.gitOK("log", "-1", "--format=%s").contains("Suivante"))
    }

    @Test func temporaryObjectsOfKilledWritersAreCleaned() throws {
        let repo = try Self.boardWithOther()
        // Where libgit2 1.5 writes a loose object before renaming it into objects/XX/.
        let folder = repo.file(".git/objects")
        let old = folder.appendingPathComponent("tmp_object_git2_OldOne")
        let fresh = folder.appendingPathComponent("tmp_object_git2_FreshOne")
        try Data("x".utf8).write(to: old)
        try Data("x".utf8).write(to: fresh)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(-3600)], ofItemAtPath: old.path)
        try repo.jalonOK("task", "add", "Nettoie", "--as", "alice")
        #expect(!FileManager.default.fileExists(atPath: old.path), "an hour-old temporary object is removed")
        #expect(FileManager.default.fileExists(atPath: fresh.path), "a fresh one may belong to a running writer")
    }

    // MARK: Git's environment

    @Test func gitDirAndWorkTreeAreHonoured() throws {
        let target = try Self.boardWithOther()
        let here = try Self.boardWithOther()
        let hereBefore = try here.snapshot()
        let env = ["GIT_DIR": target.file(".git").path, "GIT_WORK_TREE": target.path]
        let added = try here.jalon(["task", "add", "Par variables", "--as", "alice"], environment: env)
        #expect(added.succeeded, "\(added)")
        #expect(try here.snapshot() == hereBefore, "the current folder's repository is untouched")
        #expect(try target.gitOK("log", "-1", "--format=%s").contains("Par variables"))
        #expect(target.exists("tasks/T-A2.md"))
        try Self.expectConsistent(target, "GIT_DIR + GIT_WORK_TREE")
        let listed = try here.jalon(["task", "list"], environment: env)
        #expect(listed.stdout.contains("Par variables"), "reads follow the variables too: \(listed)")
        // GIT_DIR alone, from the top of the work tree: Git takes the current folder as work tree.
        let alone = try target.jalon(["task", "add", "Par GIT_DIR", "--as", "alice"], in: target.url, environment: ["GIT_DIR": target.file(".git").path])
        #expect(alone.succeeded, "\(alone)")
        try Self.expectConsistent(target, "GIT_DIR alone")
    }

    @Test func gitIndexFileIsHonoured() throws {
        let repo = try Self.boardWithOther()
        let alternate = repo.sandbox.appendingPathComponent("autre-index").path
        _ = try repo.run(TestTools.git, ["read-tree", "HEAD"], environment: ["GIT_INDEX_FILE": alternate])
        let defaultIndex = try Data(contentsOf: repo.file(".git/index"))
        let added = try repo.jalon(["task", "add", "Autre index", "--as", "alice"], environment: ["GIT_INDEX_FILE": alternate])
        #expect(added.succeeded, "\(added)")
        let status = try repo.run(TestTools.git, ["status", "--porcelain", "--untracked-files=all"], environment: ["GIT_INDEX_FILE": alternate])
        #expect(status.succeeded && status.stdout.isEmpty, "the index Git uses with GIT_INDEX_FILE follows: \(status)")
        #expect(try Data(contentsOf: repo.file(".git/index")) == defaultIndex, "the default index is not the one in use")
    }

    // MARK: Line ends

    @Test(arguments: ["autocrlf", "attributes"])
    func filesKeepTheCheckoutsLineEnds(mode: String) throws {
        let repo = try TestRepository()
        if mode == "autocrlf" {
            try repo.gitOK("config", "core.autocrlf", "true")
        } else {
            try repo.write(".gitattributes", "* text eol=crlf\n")
            try repo.gitOK("add", ".gitattributes")
            try repo.gitOK("commit", "-q", "-m", "Attributs")
        }
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Fin de ligne", "--as", "alice")
        try repo.jalonOK("task", "move", "T-A1", "doing", "--as", "alice")
        for path in ["jalon.yml", "tasks/T-A1.md"] {
            let bytes = try Data(contentsOf: repo.file(path))
            let text = String(decoding: bytes, as: UTF8.self)
            #expect(text.contains("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "\(mode): \(path) has CRLF line ends only")
            #expect(!(try repo.gitOK("show", "HEAD:\(path)").contains("\r")), "\(mode): committed with LF")
        }
        #expect(try repo.gitOK("ls-files", "--eol", "tasks/T-A1.md").hasPrefix("i/lf    w/crlf"))
        #expect(try repo.git("diff", "--cached", "--quiet").succeeded, "\(mode): index entries match HEAD")
        try Self.expectConsistent(repo, mode)
    }

    // MARK: Git operations in progress

    /// A repository where `main` and `side` changed other.txt differently.
    static func divergedRepository() throws -> TestRepository {
        let repo = try Self.boardWithOther()
        try repo.gitOK("switch", "-q", "-c", "side")
        try repo.write("other.txt", "side\n")
        try repo.gitOK("commit", "-q", "-am", "Côté")
        try repo.gitOK("switch", "-q", "main")
        try repo.write("other.txt", "main\n")
        try repo.gitOK("commit", "-q", "-am", "Principal")
        return repo
    }

    @Test(arguments: ["merge", "rebase", "cherry-pick", "revert", "bisect"])
    func writesWaitForGitOperationsInProgress(operation: String) throws {
        let repo = try Self.divergedRepository()
        let expected: String
        switch operation {
        case "merge": _ = try repo.git("merge", "side"); expected = "merge"
        case "rebase": _ = try repo.git("rebase", "side"); expected = "rebase"
        case "cherry-pick": _ = try repo.git("cherry-pick", "side"); expected = "cherry-pick"
        case "revert":
            try repo.write("other.txt", "encore\n")
            try repo.gitOK("commit", "-q", "-am", "Encore")
            _ = try repo.git("revert", "--no-edit", "HEAD~1"); expected = "revert"
        default: try repo.gitOK("bisect", "start"); expected = "bisect"
        }
        let before = try repo.snapshot()
        #expect(before.status.contains("other.txt") || operation == "bisect", "the operation stopped half-way: \(before)")
        let refused = try repo.jalon("task", "add", "Pendant", "--as", "alice")
        #expect(refused.status == 1, "\(operation): \(refused)")
        #expect(refused.stderr.contains("a Git \(expected) is in progress") && refused.stderr.contains("nothing was changed"), "\(refused.stderr)")
        #expect(try repo.snapshot() == before, "\(operation): nothing changed")
        let french = try repo.jalon("task", "add", "Pendant", "--as", "alice", "--lang", "fr")
        #expect(french.status == 1 && french.stderr.contains("rien n’a été modifié"), "\(french.stderr)")
        #expect(try repo.jalon("task", "list").succeeded, "reading is still allowed")
    }

    @Test func checkReportsConflictMarkersInBoardFiles() throws {
        let repo = try Self.boardWithOther()
        let task = repo.file("tasks/T-A1.md")
        try repo.gitOK("switch", "-q", "-c", "side")
        try repo.write("tasks/T-A1.md", (repo.read("tasks/T-A1.md") ?? "") + "\nNote du côté\n")
        try repo.gitOK("commit", "-q", "-am", "Côté")
        try repo.gitOK("switch", "-q", "main")
        try repo.write("tasks/T-A1.md", (repo.read("tasks/T-A1.md") ?? "") + "\nNote principale\n")
        try repo.gitOK("commit", "-q", "-am", "Principal")
        #expect(try repo.git("merge", "side").status != 0, "the merge stops on the task file")
        let text = try String(contentsOf: task, encoding: .utf8)
        let line = try #require(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("<<<<<<<") }) + 1
        let checked = try repo.jalon("check")
        #expect(checked.status == 1, "\(checked)")
        #expect(checked.stdout.contains("tasks/T-A1.md:\(line): Git conflict markers"), "\(checked.stdout)")
        let french = try repo.jalon("check", "--lang", "fr")
        #expect(french.stdout.contains("tasks/T-A1.md:\(line): marqueurs de conflit Git"), "\(french.stdout)")
        // A Markdown heading underlined with '=======' is not a conflict.
        #expect(ConflictMarkers.diagnostics(path: "docs/note.md", text: "Titre\n=======\n\nTexte\n").isEmpty)
        #expect(ConflictMarkers.diagnostics(path: "x.md", text: "<<<<<<< HEAD\na\n=======\nb\n>>>>>>> side\n").map(\.line) == [1])

        // Files the board reading does not read are looked at too, in path order: nested ones, a
        // link to a file (followed, as Git leaves it), a folder named like a file; hidden ones are not.
        let conflicted = "intro\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> side\n"
        for path in ["comments/T-A1/2026-12-01-note.md", "tasks/sub/deep.md", "tasks/.hidden.md", "docs/.drafts/x.md",
                     "tasks/folder.md/inner.md", "time/2026-12-01-alice.md", "outside.md"] {
            try repo.write(path, conflicted)
        }
        try FileManager.default.createSymbolicLink(atPath: repo.file("docs/link.md").path, withDestinationPath: repo.file("outside.md").path)
        let all = try repo.jalon("check").stdout.split(separator: "\n").filter { $0.contains("Git conflict markers") }.map { String($0.split(separator: ":")[0]) }
        #expect(all == ["comments/T-A1/2026-12-01-note.md", "docs/link.md", "tasks/T-A1.md", "tasks/folder.md/inner.md", "tasks/sub/deep.md",
                        "time/2026-12-01-alice.md"], "\(all)")
    }
}
