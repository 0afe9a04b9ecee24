// Unit tests of BoardCore's value types and file codecs: pure, no Git, no file system.
import BoardCore
import Testing

@Suite("Task, milestone and settings codecs")
struct CodecTests {
    static let t1 = ItemID(kind: .task, code: "A", number: 1)

    static func fullTask() -> BoardTask {
        var task = BoardTask(id: ItemID("T-A12")!, title: "Maquette de la page d’accueil", status: "doing")
        task.assignees = ["alice", "bob"]
        task.milestone = ItemID("M-A1")
        task.start = Day.parse("2026-12-01")
        task.due = Day.parse("2026-12-11")
        task.estimate = Effort.parse("3d")
        task.duration = Effort.parse("4h")
        task.depends = [Dependency("T-A1")!, Dependency("ss:T-B2+1d")!]
        task.progress = 40
        task.labels = ["design", "web"]
        task.body = "Une description en **Markdown**.\n\n- point 1\n- point 2\n"
        return task
    }

    // MARK: Tasks

    @Test func taskRoundTripsThroughItsText() throws {
        let task = Self.fullTask()
        let text = TaskCodec.encode(task)
        let (decoded, problems) = TaskCodec.decode(text, path: task.path, expectedID: task.id)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        #expect(decoded == task)
        #expect(TaskCodec.encode(try #require(decoded)) == text)
    }

    @Test func canonicalTaskTextIsKeptByteForByte() {
        let text = """
            ---
            id: T-A12
            title: Maquette de la page d’accueil
            status: doing
            assignees: [alice, bob]
            milestone: M-A1
            start: 2026-12-01
            due: 2026-12-11
            estimate: 3d
            duration: 3h
            depends: [T-A1, "ss:T-B2+1d"]
            progress: 40
            labels: [design, web]
            ---
            Une description en **Markdown**.

            """
        let (task, problems) = TaskCodec.decode(text, path: "tasks/T-A12.md", expectedID: ItemID("T-A12"))
        #expect(problems.isEmpty)
        #expect(task.map(TaskCodec.encode) == text)
    }

    @Test func handWrittenStartToStartDependencyReads() throws {
        for line in ["depends: [T-A1, ss:T-B2+1d]", "depends:\n- T-A1\n- ss:T-B2+1d", "depends: ss:T-B2+1d"] {
            let text = "---\nid: T-A3\ntitle: X\nstatus: todo\n\(line)\n---\n"
            let (task, problems) = TaskCodec.decode(text, path: "tasks/T-A3.md", expectedID: ItemID("T-A3"))
            #expect(problems.isEmpty, "\(line): \(problems.map { $0.rendered(.en) })")
            #expect(task?.depends.last?.description == "ss:T-B2+1d", "\(line)")
        }
    }

    @Test func minimalTaskHasOnlyTheRequiredKeys() {
        let task = BoardTask(id: Self.t1, title: "Recueillir les besoins", status: "todo")
        #expect(TaskCodec.encode(task) == "---\nid: T-A1\ntitle: Recueillir les besoins\nstatus: todo\n---\n")
    }

    @Test func unknownKeysAndBodyArePreserved() throws {
        let text = """
            ---
            id: T-A1
            title: Recueillir les besoins
            status: todo
            priority: 2
            reviewers:
            - carol
            - dave
            meta:
              owner: zoe
              tags:
              - x
              - y
            quoted: "yes"
            ---
            # Notes

            Some text with a --- line below

            ---

            and *Markdown* without a final newline
            """
        let (task, problems) = TaskCodec.decode(text, path: "tasks/T-A1.md", expectedID: Self.t1)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        let decoded = try #require(task)
        #expect(decoded.extra.map(\.key) == ["priority", "reviewers", "meta", "quoted"])
        #expect(decoded.body == "# Notes\n\nSome text with a --- line below\n\n---\n\nand *Markdown* without a final newline")
        #expect(TaskCodec.encode(decoded) == text)
        // Editing a known key keeps the unknown ones and the body.
        var edited = decoded
        edited.progress = 50
        let reencoded = TaskCodec.encode(edited)
        #expect(reencoded.contains("progress: 50\npriority: 2\nreviewers:\n- carol\n- dave\nmeta:\n  owner: zoe\n"))
        #expect(reencoded.hasSuffix("---\n" + decoded.body))
    }

    @Test(arguments: [
        "Fix: the header",
        "- leading dash",
        "yes",
        "No",
        "null",
        "123",
        "1.5",
        "2026-01-01",
        "#tag",
        "a #comment-like title",
        "\"quoted\" title",
        "it's 'single'",
        "'starts with a quote",
        "ends with a colon:",
        "Réunion d’équipe : compte-rendu",
        "Lancement 🚀 du site",
        "🚀",
        "[not a list]",
        "{not: a map}",
        "  spaces around  ",
        "tab\there",
        "back\\slash",
        "@mention",
        "*star",
        "& ampersand",
        "! bang",
        "% percent",
        "> folded",
        "| literal",
        "~",
        "0x1F",
        "1e3",
        ".5",
        "12:30",
    ])
    func titleRoundTrips(title: String) throws {
        var task = BoardTask(id: Self.t1, title: title, status: "todo")
        task.labels = [title]
        task.assignees = [title]
        let text = TaskCodec.encode(task)
        let (decoded, problems) = TaskCodec.decode(text, path: "tasks/T-A1.md", expectedID: Self.t1)
        #expect(problems.isEmpty, "\(text)\n\(problems.map { $0.rendered(.en) })")
        #expect(decoded?.title == title, "\(text)")
        #expect(decoded?.labels == [title], "\(text)")
        #expect(decoded?.assignees == [title], "\(text)")
        #expect(decoded.map(TaskCodec.encode) == text)
    }

    @Test func plainTitlesStayUnquoted() {
        #expect(YAMLText.scalar("Recueillir les besoins") == "Recueillir les besoins")
        #expect(YAMLText.scalar("Réunion d’équipe") == "Réunion d’équipe")
        #expect(YAMLText.scalar("yes") == "\"yes\"")
        #expect(YAMLText.scalar("2026-01-01") == "\"2026-01-01\"")
        #expect(YAMLText.scalar("Fix: it") == "\"Fix: it\"")
    }

    // MARK: Milestones

    @Test func milestoneRoundTrips() throws {
        let text = """
            ---
            id: M-B2
            title: Maquette validée
            date: 2026-12-18
            depends: [T-A1, T-A2+2d]
            owner: alice
            ---
            Validation par le client.

            """
        let (milestone, problems) = MilestoneCodec.decode(text, path: "milestones/M-B2.md", expectedID: ItemID("M-B2"))
        #expect(problems.isEmpty)
        let m = try #require(milestone)
        #expect(m.title == "Maquette validée")
        #expect(m.date == Day(year: 2026, month: 12, day: 18))
        #expect(m.depends.map(\.description) == ["T-A1", "T-A2+2d"])
        #expect(m.extra.map(\.key) == ["owner"])
        #expect(MilestoneCodec.encode(m) == text)
        let (again, _) = MilestoneCodec.decode(MilestoneCodec.encode(m), path: m.path, expectedID: m.id)
        #expect(again == m)
    }

    // MARK: Settings

    static let settingsText = """
        jalon: 1
        name: Site vitrine de l'association
        lang: fr
        start: 2026-11-30
        end: 2027-02-12
        branch: main
        statuses: [todo, doing, review, done]
        workdays: [mon, tue, wed, thu, fri]
        members:
          - id: alice
            code: A
            name: Alice Martin
            emails: [alice@example.org]
            role: cheffe de projet
            github: alice42
          - id: bob
            code: B
            name: Bob Durand
            emails: [bob@example.org, bob.durand@lycee.fr]
        client: Association des parents
        contacts:
        - mairie
        - lycée

        """

    @Test func settingsRoundTripByteForByte() throws {
        let (settings, problems) = SettingsCodec.decode(Self.settingsText)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        let s = try #require(settings)
        #expect(s.name == "Site vitrine de l'association")
        #expect(s.language == .fr)
        #expect(s.members.map(\.id) == ["alice", "bob"])
        #expect(s.members[1].emails == ["bob@example.org", "bob.durand@lycee.fr"])
        #expect(s.members[0].role == "cheffe de projet")
        #expect(s.members[0].extra.map(\.key) == ["github"])
        #expect(s.extra.map(\.key) == ["client", "contacts"])
        #expect(SettingsCodec.encode(s) == Self.settingsText)
        let (again, _) = SettingsCodec.decode(SettingsCodec.encode(s))
        #expect(again == s)
    }

    @Test func settingsWithoutMembersRoundTrip() throws {
        var s = BoardSettings(name: "yes", language: .en, start: Day.parse("2026-11-30"), branch: "feature/board")
        s.statuses = ["à faire", "en cours", "fini"]
        let text = SettingsCodec.encode(s)
        #expect(text.contains("name: \"yes\"\n"))
        #expect(text.contains("members: []\n"))
        let (decoded, problems) = SettingsCodec.decode(text)
        #expect(problems.isEmpty)
        #expect(decoded == s)
        #expect(decoded.map(SettingsCodec.encode) == text)
    }

    // MARK: Days

    @Test func dayParsesIsoAndFrenchDates() {
        #expect(Day.parse("2026-12-04") == Day(year: 2026, month: 12, day: 4))
        #expect(Day.parse("04/12/2026") == Day(year: 2026, month: 12, day: 4))
        #expect(Day.parse("4/12/2026") == Day(year: 2026, month: 12, day: 4))
        #expect(Day.parse(" 2026-12-04 ") == Day(year: 2026, month: 12, day: 4))
        #expect(Day.parse("2028-02-29") == Day(year: 2028, month: 2, day: 29))
        #expect(Day.parse("2000-02-29") != nil)
    }

    @Test(arguments: ["31/02/2027", "2027-02-29", "2027-02-31", "1900-02-29", "2026-13-01", "2026-00-10", "2026-12-00", "32/01/2026", "2026-1-4", "26-12-04", "12/04/26", "tomorrow", "", "2026-12-04T10:00"])
    func dayRejects(text: String) {
        #expect(Day.parse(text) == nil)
    }

    @Test func impossibleDatesStillLookLikeDates() {
        #expect(Day.looksLikeDate("31/02/2027"))
        #expect(Day.looksLikeDate("2027-02-31"))
        #expect(!Day.looksLikeDate("demain"))
    }

    @Test func dayArithmeticAndFormatting() throws {
        let d = try #require(Day.parse("2026-12-04"))
        #expect(d.iso == "2026-12-04")
        #expect(d.formatted(.fr) == "04/12/2026")
        #expect(d.formatted(.en) == "Dec 4, 2026")
        #expect(d.weekday == 5) // a Friday
        #expect(d.adding(days: 28).iso == "2027-01-01")
        #expect(Day(ordinal: d.ordinal) == d)
        #expect(Day.parse("2026-11-30")! < d)
    }

    // MARK: Efforts

    @Test func effortParsesUnits() {
        #expect(Effort.parse("2d")?.hours == 16)
        #expect(Effort.parse("4h")?.hours == 4)
        #expect(Effort.parse("1.5d")?.hours == 12)
        #expect(Effort.parse("1,5j")?.hours == 12)
        #expect(Effort.parse("1w")?.hours == 40)
        #expect(Effort.parse("1sem")?.hours == 40)
        #expect(Effort.parse("2j")?.hours == 16)
        #expect(Effort.parse("3")?.hours == 24)
        #expect(Effort.parse("2D")?.hours == 16)
    }

    @Test(arguments: ["", "d", "xx", "-1d", "2x", "inf", "nan", "1..5d"])
    func effortRejects(text: String) {
        #expect(Effort.parse(text) == nil)
    }

    @Test func effortDescriptionIsCanonical() {
        #expect(Effort.parse("2d")?.description == "2d")
        #expect(Effort.parse("1.5d")?.description == "1.5d")
        #expect(Effort.parse("1w")?.description == "5d")
        #expect(Effort.parse("2j")?.description == "2d")
        #expect(Effort.parse("4h")?.description == "0.5d")
        #expect(Effort.parse("3h")?.description == "3h")
        #expect(Effort.parse("2.5h")?.description == "2.5h")
        for text in ["2d", "1.5d", "3h", "2.5h", "0.5d"] {
            #expect(Effort.parse(text)?.description == text)
        }
    }

    // MARK: Ids

    @Test func itemIDParses() {
        #expect(ItemID("T-A12") == ItemID(kind: .task, code: "A", number: 12))
        #expect(ItemID("t-a12") == ItemID(kind: .task, code: "A", number: 12))
        #expect(ItemID("M-BO3") == ItemID(kind: .milestone, code: "BO", number: 3))
        #expect(ItemID("T-ABC7")?.description == "T-ABC7")
        #expect(ItemID("T-X1")?.code == "X")
    }

    @Test(arguments: ["", "T-A", "T-1", "T-A0", "T-A01", "X-A1", "T_A1", "TA1", "T-ABCD1", "T-A1x", "T-A-1", "T-É1", "T-A١", "M-", "T-A 1"])
    func itemIDRejects(text: String) {
        #expect(ItemID(text) == nil)
    }

    @Test func itemIDsSortMilestonesFirstThenCodeThenNumber() {
        let ids = ["T-B1", "T-A10", "M-B1", "T-A2", "M-A3", "T-AB1"].compactMap(ItemID.init)
        #expect(ids.sorted().map(\.description) == ["M-A3", "M-B1", "T-A2", "T-A10", "T-AB1", "T-B1"])
    }

    @Test func nextIDFollowsTheCodesHighestNumber() {
        let known = ["T-A1", "T-A7", "T-B9", "M-A12", "T-AB20"].compactMap(ItemID.init)
        #expect(ItemID.next(kind: .task, code: "A", after: known).description == "T-A8")
        #expect(ItemID.next(kind: .task, code: "B", after: known).description == "T-B10")
        #expect(ItemID.next(kind: .milestone, code: "A", after: known).description == "M-A13")
        #expect(ItemID.next(kind: .task, code: "C", after: known).description == "T-C1")
        #expect(ItemID.next(kind: .task, code: "X", after: []).description == "T-X1")
    }

    // MARK: Dependencies

    @Test func dependencyParses() throws {
        let plain = try #require(Dependency("T-A3"))
        #expect(plain.target.description == "T-A3")
        #expect(plain.kind == .finishToStart)
        #expect(plain.lag == nil)

        let lagged = try #require(Dependency("T-A3+2d"))
        #expect(lagged.kind == .finishToStart)
        #expect(lagged.lag?.hours == 16)

        let startToStart = try #require(Dependency("ss:T-A3+1d"))
        #expect(startToStart.kind == .startToStart)
        #expect(startToStart.target.description == "T-A3")
        #expect(startToStart.lag?.hours == 8)

        #expect(Dependency("fs:M-A1")?.kind == .finishToStart)
        #expect(Dependency("fs:M-A1")?.description == "M-A1")
        for text in ["T-A3", "T-A3+2d", "ss:T-A3+1d", "ss:T-A3", "M-B2+3h"] {
            #expect(Dependency(text)?.description == text)
        }
    }

    @Test(arguments: ["T-A3+xx", "T-A3+", "ss:", "xx:T-A3", "T-A0", "", "ss:T-A3+-1d"])
    func dependencyRejects(text: String) {
        #expect(Dependency(text) == nil)
    }

    // MARK: Member codes

    @Test func memberCodeProposals() {
        #expect(MemberCode.propose(for: "alice", taken: []) == "A")
        #expect(MemberCode.propose(for: "alice", taken: ["A"]) == "AL")
        #expect(MemberCode.propose(for: "alice", taken: ["A", "AL"]) == "ALI")
        #expect(MemberCode.propose(for: "alice", taken: ["A", "AL", "ALI"]) == "AI")
        #expect(MemberCode.propose(for: "bob", taken: ["A"]) == "B")
        // X is kept for non-members.
        #expect(MemberCode.propose(for: "xavier", taken: []) == "XA")
        #expect(MemberCode.propose(for: "x", taken: []) != "X")
        #expect(MemberCode.propose(for: "42", taken: []) == "A")
        #expect(MemberCode.isValid(MemberCode.propose(for: "élodie", taken: [])))
        #expect(MemberCode.isValid("ABC"))
        #expect(!MemberCode.isValid("ABCD"))
        #expect(!MemberCode.isValid("a"))
        #expect(!MemberCode.isValid(""))
    }

    @Test("file text: BOM dropped, CRLF read as LF, bad bytes named by line, the same from any byte collection")
    func fileText() {
        func decode(_ bytes: [UInt8]) -> [String] {
            // The same bytes as an array, a slice of a larger one, and a collection with no
            // contiguous storage (the copying path): one result.
            let padded = [0x41] + bytes + [0x42]
            let results = [FileText.decode(bytes, path: "f.md"),
                           FileText.decode(padded[1..<(padded.count - 1)], path: "f.md"),
                           FileText.decode(bytes.lazy.map { $0 }, path: "f.md")]
            return results.map { r in
                switch r {
                case .success(let text): return "ok:" + text
                case .failure(let d): return "line \(d.line.map(String.init) ?? "-"): \(d.message.key)"
                }
            }
        }
        func one(_ bytes: [UInt8]) -> String {
            let all = decode(bytes)
            #expect(Set(all).count == 1, "\(all)")
            return all[0]
        }
        #expect(one(Array("a\r\nb\nc\r\n".utf8)) == "ok:a\nb\nc\n")
        #expect(one([0xEF, 0xBB, 0xBF] + Array("é\r\n€".utf8)) == "ok:é\n€")
        #expect(one(Array("plain\ttext\n".utf8)) == "ok:plain\ttext\n")
        #expect(one(Array("a\r\r\n".utf8)).hasPrefix("line 1:"), "a lone CR is a control character")
        #expect(one(Array("a\nb\nc".utf8) + [0xC3]).hasPrefix("line 3:"), "a cut sequence at the end")
        #expect(one(Array("a\r\nb\r\n".utf8) + [0xC0, 0x80]).hasPrefix("line 3:"), "an overlong after CRLF lines")
        #expect(one([]) == "ok:")
    }
}
