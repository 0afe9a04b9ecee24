// Validation of board files read from literal texts: every bad input gives one diagnostic that
// names the file and the line of the FILE (the opening `---` is line 1), in both languages.
import BoardCore
import Testing

@Suite("Board validation")
struct ValidationTests {
    static let settings = """
        jalon: 1
        name: Projet test
        lang: en
        branch: main
        statuses: [todo, doing, review, done]
        workdays: [mon, tue, wed, thu, fri]
        members:
          - id: alice
            code: A
            name: Alice Martin
            emails: [alice@example.org]
          - id: bob
            code: B
            name: Bob Durand
            emails: [bob@example.org]

        """

    /// A valid task file with `lines` added after `status` (line 5 onwards).
    static func task(_ id: String, _ lines: String = "", status: String = "todo") -> Board.File {
        Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: Tâche \(id)\nstatus: \(status)\n\(lines)---\nBody of \(id).\n")
    }

    static func load(_ files: [Board.File], settings: String? = ValidationTests.settings) -> Board {
        Board.load(settings: settings, files: files)
    }

    /// The single diagnostic of `board`, failing the test if there are none or several.
    static func only(_ board: Board, sourceLocation: SourceLocation = #_sourceLocation) throws -> Diagnostic {
        #expect(board.diagnostics.count == 1, "\(board.diagnostics.map { $0.rendered(.en) })", sourceLocation: sourceLocation)
        return try #require(board.diagnostics.first, sourceLocation: sourceLocation)
    }

    @Test func validBoardHasNoDiagnostics() {
        let board = Self.load([
            Self.task("T-A1", "assignees: [alice]\ndue: 2026-12-04\n"),
            Self.task("T-A2", "assignees: [bob]\ndepends: [T-A1]\nmilestone: M-A1\n"),
            Board.File(path: "milestones/M-A1.md", text: "---\nid: M-A1\ntitle: Maquette\ndate: 2026-12-18\n---\n"),
            Board.File(path: "README.md", text: "not a board item"),
            Board.File(path: "tasks/notes.txt", text: "ignored: not Markdown"),
        ])
        #expect(board.diagnostics.isEmpty, "\(board.diagnostics.map { $0.rendered(.en) })")
        #expect(board.settingsReadable)
        #expect(board.tasks.map(\.id.description) == ["T-A1", "T-A2"])
        #expect(board.milestones.count == 1)
        #expect(board.skippedFiles.isEmpty)
    }

    // MARK: Broken YAML

    /// A board large enough to be parsed on several threads reads exactly as one file after the
    /// other would: every item, problems in file order, unreadable files left out.
    @Test func largeBoardReadsInFileOrder() throws {
        var files: [Board.File] = []
        var expected: [String] = []
        for n in 1...600 {
            let id = "T-A\(n)"
            switch n % 100 {
            case 7: files.append(Self.task(id, "estimate: lots\n")); expected.append("tasks/\(id).md")
            case 42: files.append(Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: \"open\n---\n")); expected.append("tasks/\(id).md")
            default: files.append(Self.task(id, n > 1 ? "depends: [T-A\(n - 1)]\nestimate: \(n % 5 + 1)d\n" : ""))
            }
        }
        let board = Self.load(files.reversed())
        #expect(board.tasks.count == 594)
        #expect(board.tasks.map(\.id) == board.tasks.map(\.id).sorted())
        #expect(board.task(ItemID("T-A600")!)?.estimate?.hours == 8)
        #expect(board.skippedFiles.count == 6)
        // Paths sort as text: T-A107 before T-A142 before T-A207…
        #expect(board.diagnostics.map(\.file) == expected.sorted())
        #expect(board.diagnostics.filter { $0.file.hasSuffix("7.md") }.allSatisfy { $0.line == 5 })
    }

    @Test func unclosedQuoteNamesTheLineOfTheFile() throws {
        let text = "---\nid: T-A1\ntitle: \"Recueillir les besoins\nstatus: todo\n---\n"
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: text)])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.message.en.hasPrefix("broken YAML"))
        #expect(d.message.fr.hasPrefix("YAML illisible"))
        // The quote opens on line 3 of the file; the scanner notices at the end of the front
        // matter (line 4 is the last YAML line). Either names the broken place; a line past
        // the front matter or before the quote would not.
        let line = try #require(d.line)
        #expect((3...4).contains(line), "\(d.rendered(.en))")
        #expect(board.skippedFiles == ["tasks/T-A1.md"])
        #expect(board.tasks.isEmpty)
    }

    @Test func badIndentationNamesItsLine() throws {
        let text = "---\nid: T-A1\ntitle: Recueillir\n  status: todo\nprogress: 10\n---\n"
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: text)])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 4, "\(d.rendered(.en))")
        #expect(d.message.en.contains("broken YAML"))
    }

    @Test func unclosedFlowListNamesALineInsideTheFrontMatter() throws {
        let text = "---\nid: T-A1\ntitle: Recueillir\nstatus: todo\nassignees: [alice, bob\nprogress: 10\n---\n"
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: text)])
        let d = try Self.only(board)
        let line = try #require(d.line)
        #expect((5...6).contains(line), "\(d.rendered(.en))")
    }

    @Test func duplicateKeyNamesOneOfItsLines() throws {
        let board = Self.load([Self.task("T-A1", "progress: 10\nprogress: 20\n")])
        let d = try Self.only(board)
        #expect(d.line == 5 || d.line == 6, "\(d.rendered(.en))")
        #expect(d.message.en.contains("progress"))
    }

    @Test func frontMatterThatIsNotAMapping() throws {
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: "---\n- a\n- b\n---\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 2)
        #expect(d.message.en.contains("mapping"))
    }

    // MARK: Wrong types and values

    @Test func assigneesAsAMapping() throws {
        let board = Self.load([Self.task("T-A1", "assignees: {a: 1}\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 5)
        #expect(d.message.en == "`assignees` should be a list")
        #expect(d.message.fr == "« assignees » devrait être une liste")
    }

    @Test func progressThatIsNotANumber() throws {
        let board = Self.load([Self.task("T-A1", "due: 2026-12-04\nprogress: abc\n")])
        let d = try Self.only(board)
        #expect(d.line == 6)
        #expect(d.message.en.contains("`progress` should be a number"))
        #expect(d.rendered(.en).hasPrefix("tasks/T-A1.md:6: "))
    }

    @Test func progressOutOfRange() throws {
        let board = Self.load([Self.task("T-A1", "progress: 140\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("140"))
    }

    @Test func titleAsAList() throws {
        let text = "---\nid: T-A1\ntitle: [a, b]\nstatus: todo\n---\n"
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: text)])
        let messages = board.diagnostics.map { $0.rendered(.en) }
        #expect(messages.contains { $0.hasPrefix("tasks/T-A1.md:3: `title` should be a text") }, "\(messages)")
    }

    @Test func unknownStatus() throws {
        let board = Self.load([Self.task("T-A1", status: "finished")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 4)
        #expect(d.message.en.contains("unknown status `finished`"))
        #expect(d.message.en.contains("todo, doing, review, done"))
        #expect(d.rendered(.fr).hasPrefix("tasks/T-A1.md:4: statut inconnu « finished »"))
        #expect(d.rendered(.en).hasPrefix("tasks/T-A1.md:4: unknown status `finished`"))
    }

    @Test func missingStatus() throws {
        let text = "---\nid: T-A1\ntitle: Sans statut\n---\n"
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: text)])
        let d = try Self.only(board)
        #expect(d.message.en.contains("missing key `status`"))
        #expect(d.line != nil)
    }

    @Test func unknownMember() throws {
        let board = Self.load([Self.task("T-A1", "assignees: [alice, zoe]\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("unknown member `zoe`"))
        #expect(d.hint?.en.contains("alice, bob") == true)
        #expect(d.rendered(.fr).contains("membre inconnu « zoe »"))
    }

    @Test func impossibleDate() throws {
        let board = Self.load([Self.task("T-A1", "start: 2027-02-01\ndue: 2027-02-31\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 6)
        #expect(d.message.en == "impossible date `2027-02-31`")
        #expect(d.rendered(.fr).hasPrefix("tasks/T-A1.md:6: date impossible « 2027-02-31 »"))
    }

    @Test func notADate() throws {
        let board = Self.load([Self.task("T-A1", "due: next week\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("is not a date"))
    }

    @Test func unreadableEstimate() throws {
        let board = Self.load([Self.task("T-A1", "estimate: lots\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("estimate"))
    }

    @Test func unreadableDependency() throws {
        let board = Self.load([Self.task("T-A1", "depends: [T-A3+xx]\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("T-A3+xx"))
    }

    @Test func dueBeforeStart() throws {
        let board = Self.load([Self.task("T-A1", "start: 2026-12-10\ndue: 2026-12-04\n")])
        let d = try Self.only(board)
        #expect(d.line == 6)
        #expect(d.message.en.contains("before the start"))
    }

    // MARK: Dependencies

    @Test func dependencyOnAMissingTask() throws {
        let board = Self.load([Self.task("T-A1"), Self.task("T-A2", "depends: [T-A1, T-A9]\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A2.md")
        #expect(d.line == 5)
        #expect(d.message.en == "depends on T-A9, which does not exist")
        #expect(d.message.fr.contains("T-A9"))
    }

    @Test func unknownMilestone() throws {
        let board = Self.load([Self.task("T-A1", "milestone: M-A4\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("M-A4"))
    }

    @Test func dependencyCycleIsPrintedAsACycle() throws {
        let board = Self.load([Self.task("T-A1", "depends: [T-A2]\n"), Self.task("T-A2", "assignees: [bob]\ndepends: [T-A1]\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 5)
        #expect(d.message.en == "dependency cycle: T-A1 → T-A2 → T-A1")
        #expect(d.message.fr == "cycle de dépendances : T-A1 → T-A2 → T-A1")
        #expect(board.dependencyCycles().map { $0.map(\.description) } == [["T-A1", "T-A2"]])
    }

    @Test func longerCycleStartsAtItsSmallestID() {
        let board = Self.load([
            Self.task("T-B1", "depends: [T-A2]\n"),
            Self.task("T-A2", "depends: [T-A3]\n"),
            Self.task("T-A3", "depends: [T-B1]\n"),
            Self.task("T-A4", "depends: [T-A3]\n"),
        ])
        #expect(board.dependencyCycles().map { $0.map(\.description) } == [["T-A2", "T-A3", "T-B1"]])
        let messages = board.diagnostics.map { $0.rendered(.en) }
        #expect(messages == ["tasks/T-A2.md:5: dependency cycle: T-A2 → T-A3 → T-B1 → T-A2 (remove one of the dependencies in the cycle)"])
    }

    @Test func selfDependency() throws {
        let board = Self.load([Self.task("T-A1", "depends: [T-A1]\n")])
        let d = try Self.only(board)
        #expect(d.line == 5)
        #expect(d.message.en.contains("depends on itself"))
    }

    // MARK: File names and ids

    @Test(arguments: ["tasks/notes.md", "tasks/T-A01.md", "tasks/t-a1.md", "tasks/M-A1.md", "milestones/T-A1.md"])
    func fileNameThatIsNotAnID(path: String) throws {
        let board = Self.load([Board.File(path: path, text: "---\nid: T-A1\ntitle: X\nstatus: todo\n---\n")])
        let d = try Self.only(board)
        #expect(d.file == path)
        #expect(d.severity == .warning)
        #expect(d.message.en.contains("is not an id"))
        #expect(board.skippedFiles == [path])
        #expect(board.tasks.isEmpty)
    }

    @Test func idThatDoesNotMatchTheFileName() throws {
        let board = Self.load([Board.File(path: "tasks/T-A2.md", text: "---\nid: T-A1\ntitle: X\nstatus: todo\n---\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A2.md")
        #expect(d.line == 2)
        #expect(d.message.en == "id T-A1 does not match the file name (T-A2)")
        #expect(d.message.fr.contains("ne correspond pas"))
    }

    @Test func noFrontMatter() throws {
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: "# Recueillir les besoins\n\nstatus: todo\n")])
        let d = try Self.only(board)
        #expect(d.file == "tasks/T-A1.md")
        #expect(d.line == 1)
        #expect(d.message.en.contains("no YAML front matter"))
        #expect(board.skippedFiles == ["tasks/T-A1.md"])
    }

    @Test func unclosedFrontMatter() throws {
        let board = Self.load([Board.File(path: "tasks/T-A1.md", text: "---\nid: T-A1\ntitle: X\nstatus: todo\n")])
        let d = try Self.only(board)
        #expect(d.line == 1)
        #expect(board.skippedFiles == ["tasks/T-A1.md"])
    }

    @Test func brokenFileDoesNotHideTheOthers() {
        let board = Self.load([Self.task("T-A1"), Board.File(path: "tasks/T-A2.md", text: "---\ntitle: \"x\n---\n"), Self.task("T-A3")])
        #expect(board.tasks.map(\.id.description) == ["T-A1", "T-A3"])
        #expect(board.skippedFiles == ["tasks/T-A2.md"])
    }

    // MARK: jalon.yml

    @Test func brokenSettingsFile() throws {
        let broken = "jalon: 1\nname: \"Projet test\nlang: en\n"
        let board = Self.load([Self.task("T-A1")], settings: broken)
        #expect(!board.settingsReadable)
        #expect(board.skippedFiles.contains("jalon.yml"))
        let d = try #require(board.diagnostics.first { $0.file == "jalon.yml" })
        let line = try #require(d.line)
        #expect((2...3).contains(line), "\(d.rendered(.en))")
        #expect(d.message.en.contains("broken YAML"))
    }

    @Test func settingsWithWrongTypes() {
        let text = "jalon: 1\nname: Projet\nlang: klingon\nstatuses: []\nmembers: {alice: 1}\nworkdays: [mon, funday]\n"
        let board = Self.load([], settings: text)
        let rendered = board.diagnostics.map { $0.rendered(.en) }
        #expect(rendered.contains { $0.hasPrefix("jalon.yml:3: unknown language `klingon`") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("jalon.yml:4: the list of statuses is empty") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("jalon.yml:5: `members` should be a list") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("jalon.yml:6: unknown weekday `funday`") }, "\(rendered)")
    }

    @Test func memberProblemsInSettings() {
        let text = """
            jalon: 1
            name: Projet
            members:
              - id: alice
                code: A
                name: Alice
                emails: [a@example.org]
              - id: bob
                code: A
                name: Bob
                emails: [a@example.org]
              - name: Nobody
              - id: carol
                code: toolong
                name: Carol
                emails: [c@example.org]

            """
        let board = Self.load([], settings: text)
        let rendered = board.diagnostics.map { $0.rendered(.en) }
        #expect(rendered.contains { $0.contains("member code `A` is used twice") }, "\(rendered)")
        #expect(rendered.contains { $0.contains("a@example.org belongs to both alice and bob") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("jalon.yml:12: missing key `id`") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("jalon.yml:13: member carol has an invalid code `toolong`") }, "\(rendered)")
    }

    @Test func missingSettingsFile() throws {
        let board = Self.load([Self.task("T-A1")], settings: nil)
        #expect(!board.settingsReadable)
        let d = try Self.only(board)
        #expect(d.file == "jalon.yml")
        #expect(d.message.en == "board file not found")
    }

    // MARK: Rendering

    @Test func everyDiagnosticRendersInBothLanguages() {
        let board = Self.load([
            Self.task("T-A1", "assignees: [zoe]\ndue: 2027-02-31\ndepends: [T-A2]\n", status: "fini"),
            Self.task("T-A2", "depends: [T-A1, T-B7]\nprogress: abc\n"),
            Board.File(path: "tasks/T-A3.md", text: "no front matter\n"),
            Board.File(path: "tasks/oops.md", text: "---\n---\n"),
        ])
        #expect(board.diagnostics.count == 8, "\(board.diagnostics.map { $0.rendered(.en) })")
        for d in board.diagnostics {
            let en = d.rendered(.en), fr = d.rendered(.fr)
            #expect(en.hasPrefix(d.file + (d.line.map { ":\($0)" } ?? "") + ": "))
            #expect(fr.hasPrefix(d.file))
            #expect(en != fr, "\(en)")
            #expect(!d.message.fr.isEmpty && !d.message.en.isEmpty)
        }
        let fr = board.diagnostics.map { $0.rendered(.fr) }
        #expect(fr.contains { $0.contains("statut inconnu « fini »") })
        #expect(fr.contains { $0.contains("membre inconnu « zoe »") })
        #expect(fr.contains { $0.contains("date impossible") })
        #expect(fr.contains { $0.contains("cycle de dépendances") })
    }
}
