// BoardStore's transactions through its API: the compare-and-swap on the home branch and the
// retry that re-reads the board when another writer moved the branch first.
import BoardCore
@testable import BoardStore
import Foundation
import Git
import Testing

@Suite("Board store transactions")
struct StoreTests {
    static let clock = Clock(now: Clock.parse(TestRepository.now)!)
    static let alice = Identity(name: "Alice Martin", email: "alice@example.org", memberID: "alice")
    static let bob = Identity(name: "Bob Durand", email: "bob@example.org", memberID: "bob")

    /// Parent lists of every commit of `branch`: one parent each (the first commit none).
    static func expectLinearHistory(_ repo: TestRepository, _ branch: String = "main", sourceLocation: SourceLocation = #_sourceLocation) throws {
        let lines = try repo.gitOK("rev-list", "--parents", branch).split(separator: "\n")
        for line in lines.dropLast() {
            #expect(line.split(separator: " ").count == 2, "\(line)", sourceLocation: sourceLocation)
        }
        #expect(lines.last?.split(separator: " ").count == 1, sourceLocation: sourceLocation)
    }

    @Test func retriesWhenAnotherStoreMovesTheBranchFirst() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        // Home branch not checked out: only the compare-and-swap on the ref protects it (and a
        // second store in this process can commit without waiting for the work-tree lock).
        try repo.gitOK("switch", "-q", "-c", "elsewhere")
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
        let rival = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
        #expect(store.homeBranch == "main")
        #expect(!store.homeIsCheckedOut)
        let start = try #require(try repo.revision("main"))

        var calls = 0
        var rivalTask: BoardTask?
        store.beforeReferenceUpdate = {
            calls += 1
            if calls == 1 { rivalTask = try rival.addTask(TaskDraft(title: "Tâche concurrente"), actor: Self.alice, coAuthors: []).0 }
        }
        let (task, outcome) = try store.addTask(TaskDraft(title: "Ma tâche"), actor: Self.alice, coAuthors: [])

        #expect(outcome.retries == 1)
        #expect(calls == 2)
        #expect(rivalTask?.id.description == "T-A1")
        #expect(task.id.description == "T-A2", "the retry re-reads the board and takes the next id")
        #expect(try repo.gitOK("rev-list", "--count", "\(start)..main") == "2\n")
        #expect(try repo.revision("main") == outcome.commit.hex)
        #expect(try repo.gitOK("ls-tree", "--name-only", "main", "tasks/") == "tasks/T-A1.md\ntasks/T-A2.md\n")
        #expect(try repo.gitOK("show", "main:tasks/T-A1.md").contains("title: Tâche concurrente"))
        #expect(try repo.gitOK("show", "main:tasks/T-A2.md").contains("title: Ma tâche"))
        try Self.expectLinearHistory(repo)
        #expect(try repo.git("fsck", "--strict").succeeded)
        #expect(try repo.status().isEmpty)
    }

    @Test func retriesWhenAGitCommitLandsFirstOnTheCheckedOutBranch() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
        #expect(store.homeIsCheckedOut)

        var calls = 0
        var rivalError: Error?
        store.beforeReferenceUpdate = {
            calls += 1
            guard calls == 1 else { return }
            // Someone commits with plain git meanwhile (another Jalon process would wait for the
            // work-tree lock this store holds).
            do {
                try repo.write("tasks/T-B1.md", "---\nid: T-B1\ntitle: Faite à la main\nstatus: todo\n---\n")
                try repo.gitOK("add", "tasks/T-B1.md")
                try repo.gitOK("commit", "-q", "-m", "Tâche à la main")
            } catch { rivalError = error }
        }
        let (task, outcome) = try store.addTask(TaskDraft(title: "Ma tâche"), actor: Self.alice, coAuthors: [])
        #expect(rivalError == nil, "\(String(describing: rivalError))")
        #expect(outcome.retries == 1)
        #expect(task.id.description == "T-A1")
        #expect(try repo.gitOK("log", "-2", "--format=%s") == "Add task T-A1 “Ma tâche”\nTâche à la main\n")
        #expect(try repo.gitOK("ls-tree", "--name-only", "main", "tasks/") == "tasks/T-A1.md\ntasks/T-B1.md\n")
        try Self.expectLinearHistory(repo)
        #expect(try repo.status().isEmpty, "work tree and index follow the new commit")
        #expect(try repo.git("fsck", "--strict").succeeded)
    }

    @Test func noRaceMeansNoRetry() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
        let (_, outcome) = try store.addTask(TaskDraft(title: "Seule"), actor: Self.bob, coAuthors: [Self.alice])
        #expect(outcome.retries == 0)
        #expect(try repo.gitOK("log", "-1", "--format=%an <%ae>%n%b") == "Bob Durand <bob@example.org>\nJalon-Action: task-add\nJalon-Items: T-B1\nCo-authored-by: Alice Martin <alice@example.org>\n\n")
    }

    @Test func unchangedEditMakesNoCommit() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let store = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
        _ = try store.addTask(TaskDraft(title: "Seule"), actor: Self.alice, coAuthors: [])
        let head = try repo.revision()
        var edit = TaskEdit()
        edit.title = "Seule"
        let result = try store.editTask(ItemID("T-A1")!, edit, actor: Self.alice, coAuthors: [])
        #expect(result.outcome == nil)
        #expect(try repo.revision() == head)
    }

    @Test func pathsOutsideTheBoardAreRefused() {
        for path in ["../x.md", "/etc/passwd", "tasks/../../x", ".git/config", "tasks//T-A1.md", "", "./jalon.yml"] {
            #expect("\(path)") { try BoardPath.validate(path) } throws: { error in
                guard case StoreError.pathOutsideBoard(let refused) = error else { return false }
                return refused == path
            }
        }
        #expect(throws: Never.self) { try BoardPath.validate("tasks/T-A1.md") }
    }

    /// A use case's refusal is a typed error the caller matches by case, with its data; the
    /// command line words it once, in the board's language, with the same exit code.
    @Test func aUseCaseErrorIsMatchedByCaseAndWordedByTheCommandLine() throws {
        for (lang, expected) in [("en", "error: unknown member `zoe` (members are: alice, bob)\n"),
                                 ("fr", "erreur : membre inconnu « zoe » (membres : alice, bob)\n")] {
            let repo = try TestRepository()
            try repo.makeBoard(lang: lang)
            let store = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
            let head = try repo.revision()
            var draft = TaskDraft(title: "Pour Zoé")
            draft.assignees = ["zoe"]
            #expect { _ = try store.addTask(draft, actor: Self.alice, coAuthors: []) } throws: { error in
                guard case ActionError.unknownMember(let id, let known) = error else { return false }
                return id == "zoe" && known == ["alice", "bob"]
            }
            #expect(try repo.revision() == head, "nothing was committed")
            let printed = try repo.jalon("task", "add", "Pour Zoé", "--assign", "zoe")
            #expect(printed.status == 2)
            #expect(printed.stderr == expected)
            #expect(try repo.revision() == head)
        }
    }

    /// The documentation use cases too: a comment on an id the board lacks is
    /// `DocsError.unknownCommentTarget`, worded by the command line in either language.
    @Test func aDocumentationErrorIsMatchedByCaseAndWordedByTheCommandLine() throws {
        for (lang, expected) in [("en", "error: T-A9 does not exist: nothing to comment on (you can comment on a task (T-…), a milestone (M-…), a document (D-…) or minutes (R-…))\n"),
                                 ("fr", "erreur : T-A9 n’existe pas : rien à commenter (on commente une tâche (T-…), un jalon (M-…), un document (D-…) ou un compte-rendu (R-…))\n")] {
            let repo = try TestRepository()
            try repo.makeBoard(lang: lang)
            let store = try BoardStore.locate(from: repo.path, board: nil, clock: Self.clock)
            let head = try repo.revision()
            #expect { _ = try store.addComment(on: "T-A9", text: "Bonjour", actor: Self.alice) } throws: { error in
                guard case DocsError.unknownCommentTarget(let id) = error else { return false }
                return id == "T-A9"
            }
            let printed = try repo.jalon("comment", "add", "T-A9", "Bonjour")
            #expect(printed.status == 2)
            #expect(printed.stderr == expected)
            #expect(try repo.revision() == head)
        }
    }
}
