// The failure cases a newcomer must be able to trust (issue 15, item 7): an argument error in
// every command, in French and in English, changes nothing; `jalon merge` with a dirty file, with
// a lost race and with unrelated histories; the history cache of another version or damaged in
// the middle. Each through real repositories, cross-checked with the git CLI.
import BoardCore
@testable import BoardStore
import Foundation
import Git
import Testing

@Suite("Failure cases: argument errors of every command, merge, history cache")
struct FailureCasesTests {
    /// Every leaf command of `jalon`, from the argument parser's own description of itself.
    static func leafCommands(_ repo: TestRepository) throws -> [[String]] {
        let dump = try repo.jalonOK("--experimental-dump-help").stdout
        let json = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        var out: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let subcommands = command["subcommands"] as? [[String: Any]] ?? []
            if subcommands.isEmpty { out.append(path); return }
            for s in subcommands { walk(s, path + [s["commandName"] as? String ?? "?"]) }
        }
        walk(try #require(json["command"] as? [String: Any]), [])
        return out.filter { $0 != ["help"] }
    }

    @Test(arguments: ["fr", "en"])
    func anUnknownOptionInEveryCommandIsOneClearErrorAndChangesNothing(lang: String) throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: lang)
        try repo.jalonOK("task", "add", lang == "fr" ? "Maquette" : "Mock-up")
        let commands = try Self.leafCommands(repo)
        #expect(commands.count > 50, "\(commands)")
        #expect(commands.contains(["task", "add"]) && commands.contains(["report", "grille"]) && commands.contains(["sync"]))
        let before = try repo.snapshot()
        var missingFirst = 0
        for command in commands {
            let r = try repo.jalon(command + ["--pas-une-option"])
            let shown = command.joined(separator: " ")
            #expect(r.status == 2, "\(shown): \(r)")
            #expect(r.stdout.isEmpty, "\(shown): \(r)")
            // The parser names the first problem: the unknown option, or a required argument
            // missing before it.
            if lang == "fr" {
                #expect(r.stderr.hasPrefix("erreur : ") && r.stderr.contains("Utilisation : jalon \(shown)"), "\(shown): \(r.stderr)")
                #expect(r.stderr.contains("option inconnue « --pas-une-option »") || r.stderr.contains("argument attendu manquant : « "), "\(shown): \(r.stderr)")
                #expect(!r.stderr.contains("Unknown option") && !r.stderr.contains("Missing") && !r.stderr.contains("Usage:"), "\(shown): \(r.stderr)")
            } else {
                #expect(r.stderr.hasPrefix("error: ") && r.stderr.contains("Usage: jalon \(shown)"), "\(shown): \(r.stderr)")
                #expect(r.stderr.contains("Unknown option '--pas-une-option'") || r.stderr.contains("Missing expected argument '"), "\(shown): \(r.stderr)")
            }
            if r.stderr.contains("argument attendu manquant") || r.stderr.contains("Missing expected argument") { missingFirst += 1 }
        }
        // Commands without a required argument do reach the unknown option.
        #expect(missingFirst < commands.count / 2, "\(missingFirst) of \(commands.count)")
        #expect(try repo.snapshot() == before)
        #expect(try repo.git("fsck", "--strict").succeeded)
    }

    /// What the next command repairs after a killed one is said in the board's language.
    @Test func theRepairAfterAKilledCommandIsSaidInTheBoardsLanguage() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Maquette")
        let killed = try repo.jalon(["task", "move", "T-A1", "doing"], environment: ["JALON_TEST_KILL_AT": "files"])
        #expect(killed.status != 0)
        let next = try repo.jalonOK("task", "list")
        #expect(next.stderr.contains("avertissement : changement interrompu avant d’être enregistré, fichiers remis comme avant : tasks/T-A1.md"), "\(next.stderr)")
        #expect(try repo.status().isEmpty)
    }

    /// A clone whose main gained a task edit, fetched back as `bob/main`, and a local edit of
    /// the same task file left uncommitted.
    @Test func mergeRefusesAFileWithUncommittedEditsAndChangesNothing() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "en")
        try repo.jalonOK("task", "add", "Home page")
        let clone = try repo.cloneAsBob()
        try repo.jalonOK("task", "move", "T-A1", "doing", in: clone)
        try repo.jalonOK("task", "add", "Contact form")
        try repo.gitOK("remote", "add", "bob", clone.path)
        try repo.gitOK("fetch", "-q", "bob")
        let edited = (repo.read("tasks/T-A1.md") ?? "") + "A line typed by hand.\n"
        try repo.write("tasks/T-A1.md", edited)
        let before = try repo.snapshot()
        let refused = try repo.jalon("merge", "bob/main")
        #expect(refused.status == 1 && refused.stderr.contains("uncommitted changes touch the files to change: tasks/T-A1.md")
                && refused.stderr.contains("nothing was changed"), "\(refused)")
        #expect(try repo.snapshot() == before)
        #expect(repo.read("tasks/T-A1.md") == edited, "the hand edit is kept as it was")
        // Once the edit is committed, the same merge goes through and keeps both.
        try repo.gitOK("commit", "-q", "-am", "Note on the home page")
        let merged = try repo.jalonOK("merge", "bob/main")
        #expect(merged.stdout.contains("tasks/T-A1.md"), "\(merged)")
        let task = repo.read("tasks/T-A1.md") ?? ""
        #expect(task.contains("status: doing\n") && task.contains("A line typed by hand.\n"), "\(task)")
        #expect(try repo.status().isEmpty)
        #expect(try repo.git("fsck", "--strict").succeeded)
    }

    @Test func mergeOfUnrelatedHistoriesIsRefusedAndChangesNothing() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Maquette")
        try repo.gitOK("switch", "-q", "--orphan", "autre")
        try repo.gitOK("read-tree", "--empty")
        try repo.gitOK("clean", "-fdq")
        try repo.write("LISEZMOI.txt", "autre projet\n")
        try repo.gitOK("add", "LISEZMOI.txt")
        try repo.gitOK("commit", "-q", "-m", "Autre projet")
        try repo.gitOK("switch", "-q", "main")
        let before = try repo.snapshot()
        let refused = try repo.jalon("merge", "autre")
        #expect(refused.status == 1 && refused.stderr.contains("les deux branches n’ont aucun historique commun")
                && refused.stderr.contains("rien n’a été modifié"), "\(refused)")
        #expect(try repo.snapshot() == before)
    }

    /// Another writer moves the home branch between the merge's preparation and its
    /// compare-and-swap: the merge is computed again on the new head, nothing of either is lost.
    @Test func mergeThatLosesTheRaceIsComputedAgainOnTheNewHead() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "en")
        try repo.jalonOK("task", "add", "Home page")
        try repo.gitOK("switch", "-q", "-c", "feature")
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Home page v2")
        try repo.gitOK("branch", "-q", "side", "main")
        try repo.gitOK("switch", "-q", "side")
        try repo.write("tasks/T-B1.md", "---\nid: T-B1\ntitle: Contact form\nstatus: todo\n---\n")
        try repo.gitOK("add", "tasks/T-B1.md")
        try repo.gitOK("commit", "-q", "-m", "Contact form")
        // Home branch not checked out here: only the compare-and-swap guards it.
        let clock = Clock(now: Clock.parse(TestRepository.now)!)
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: clock)
        let rival = try BoardStore.locate(from: repo.path, board: nil, clock: clock)
        #expect(!store.homeIsCheckedOut)
        let alice = Identity(name: "Alice Martin", email: "alice@example.org", memberID: "alice")
        var calls = 0
        var rivalCommit: String?
        store.beforeReferenceUpdate = {
            calls += 1
            guard calls == 1 else { return }
            var edit = TaskEdit()
            edit.status = "doing"
            let (_, _, outcome) = try rival.editTask(ItemID("T-A1")!, edit, actor: alice, coAuthors: [])
            rivalCommit = outcome?.commit.hex
        }
        let result = try store.merge("side", actor: alice)
        guard case .merged(let commit, _, _) = result else { Issue.record("expected a merge commit, got \(result)"); return }
        #expect(calls == 2, "one retry after the lost race")
        let parents = try repo.gitOK("rev-list", "--parents", "-1", commit.hex).split(separator: " ").map { String($0).trimmingCharacters(in: .whitespacesAndNewlines) }
        let side = try repo.revision("side")
        #expect(parents.count == 3 && parents[1] == rivalCommit && parents[2] == side, "\(parents)")
        #expect(try repo.revision("main") == commit.hex)
        #expect(try repo.gitOK("show", "main:tasks/T-A1.md").contains("status: doing\n"), "the rival's move is kept")
        #expect(try repo.gitOK("ls-tree", "--name-only", "main", "tasks/") == "tasks/T-A1.md\ntasks/T-B1.md\n")
        #expect(try repo.git("fsck", "--strict").succeeded)
        #expect(try repo.status().isEmpty)
    }

    /// A cache written by another format version is dropped and rebuilt; a segment damaged in
    /// the middle (a flipped byte) is never trusted: the report is the same as from scratch.
    @Test func historyCacheOfAnotherVersionOrDamagedInTheMiddleIsRebuilt() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette")
        let first = try repo.contributionsFromHistory()
        try repo.jalonOK("task", "add", "Recette")
        let expected = try repo.contributionsFromHistory()
        let cache = HistoryCache(commonDirectory: repo.file(".git").path, prefix: "")
        let good = try [UInt8](Data(contentsOf: cache.url))
        #expect(first != expected && cache.load().records.count == 5)

        // Another format version: nothing read from it, then rewritten whole.
        var other = good
        other[8] = 99
        try Data(other).write(to: cache.url)
        #expect(cache.load().records.isEmpty)
        #expect(try repo.contributionsFromHistory() == expected)
        let rebuilt = try [UInt8](Data(contentsOf: cache.url))
        #expect(rebuilt[8] == good[8] && cache.load().records.count == 5)

        // A byte flipped inside the first segment's payload: no record of it is trusted.
        var damaged = rebuilt
        let headerLength = 8 + 4 + 4 + 4
        let payloadStart = headerLength + 4 + 8
        damaged[payloadStart + 5] ^= 0xFF
        try Data(damaged).write(to: cache.url)
        #expect(cache.load().damaged)
        #expect(try repo.contributionsFromHistory() == expected)
        #expect(!cache.load().damaged && cache.load().records.count == 5)
        #expect(try repo.status().isEmpty, "the cache lives in .git, out of the work tree")
    }
}
