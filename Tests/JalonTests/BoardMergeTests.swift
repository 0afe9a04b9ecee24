// The board-aware three-way merge of one file, pure: key by key, lists as sets, the same-field
// rule, bodies line by line through libgit2.
import BoardCore
import Git
import Testing

@Suite struct BoardMergeTests {
    let early = BoardMerge.Side(date: 1_000, member: "bob")
    let late = BoardMerge.Side(date: 2_000, member: "alice")

    func merge(path: String = "tasks/T-A1.md", _ base: String?, _ ours: String?, _ theirs: String?,
               ours oursSide: BoardMerge.Side? = nil, theirs theirsSide: BoardMerge.Side? = nil) -> BoardMerge.FileResult {
        BoardMerge.mergeFile(path: path, base: base, ours: ours, theirs: theirs, oursSide: oursSide ?? early, theirsSide: theirsSide ?? late,
                             textMerge: { TextMerge.merge(base: $0, ours: $1, theirs: $2) })
    }

    static let base = """
    ---
    id: T-A1
    title: Recueillir les besoins
    status: todo
    assignees: [alice]
    due: 2026-12-04
    progress: 10
    labels: [client]
    custom: gardé
    ---
    Premier paragraphe.

    Deuxième paragraphe.

    """

    @Test func adjacentKeysOnBothSidesCombine() {
        let ours = Self.base.replacingOccurrences(of: "status: todo", with: "status: doing")
        let theirs = Self.base.replacingOccurrences(of: "assignees: [alice]", with: "assignees: [alice, bob]")
            .replacingOccurrences(of: "due: 2026-12-04", with: "due: 2026-12-11")
        let r = merge(Self.base, ours, theirs)
        #expect(!r.conflicted && r.decisions.isEmpty)
        let text = r.text ?? ""
        #expect(text.contains("status: doing\n") && text.contains("assignees: [alice, bob]\n") && text.contains("due: 2026-12-11\n"), "\(text)")
        #expect(text.contains("custom: gardé\n") && text.hasSuffix("Deuxième paragraphe.\n"))
        #expect(r.mergedKeys.sorted() == ["assignees", "due"])
    }

    @Test func listsMergeAsSetsKeepingAdditionsAndRemovals() {
        let ours = Self.base.replacingOccurrences(of: "labels: [client]", with: "labels: [client, urgent]")
            .replacingOccurrences(of: "assignees: [alice]", with: "assignees: []")
        let theirs = Self.base.replacingOccurrences(of: "labels: [client]", with: "labels: [web]")
            .replacingOccurrences(of: "assignees: [alice]", with: "assignees: [alice, chloe]")
        let text = merge(Self.base, ours, theirs).text ?? ""
        #expect(text.contains("labels: [urgent, web]\n"), "\(text)")
        #expect(text.contains("assignees: [chloe]\n"), "\(text)")
    }

    @Test func sameScalarTwoWaysLaterDateWinsAndTheLoserIsReported() {
        let ours = Self.base.replacingOccurrences(of: "status: todo", with: "status: doing")
        let theirs = Self.base.replacingOccurrences(of: "status: todo", with: "status: review")
        let r = merge(Self.base, ours, theirs)
        #expect(r.text?.contains("status: review\n") == true)
        #expect(r.decisions == [BoardMerge.Decision(file: "tasks/T-A1.md", key: "status", kept: "review", lost: "doing", winner: "alice", loser: "bob")])
        // Either direction gives the same value (the rule does not depend on which side is ours).
        let back = merge(Self.base, theirs, ours, ours: late, theirs: early)
        #expect(back.text == r.text && back.decisions == r.decisions)
        // Same date: the alphabetically first member id wins.
        let tie = merge(Self.base, ours, theirs, ours: .init(date: 5, member: "alice"), theirs: .init(date: 5, member: "bob"))
        #expect(tie.text?.contains("status: doing\n") == true && tie.decisions.first?.lost == "review")
    }

    @Test func bodiesMergeLineByLineAndTrueConflictsStayInTheBodyOnly() {
        let ours = Self.base.replacingOccurrences(of: "Premier paragraphe.", with: "Premier paragraphe, revu.")
            .replacingOccurrences(of: "progress: 10", with: "progress: 40")
        let theirs = Self.base.replacingOccurrences(of: "Deuxième paragraphe.", with: "Deuxième paragraphe, complété.")
        let clean = merge(Self.base, ours, theirs)
        #expect(!clean.conflicted && clean.text?.contains("Premier paragraphe, revu.\n\nDeuxième paragraphe, complété.\n") == true)
        #expect(clean.text?.contains("progress: 40\n") == true)
        let other = Self.base.replacingOccurrences(of: "Premier paragraphe.", with: "Autre début.")
            .replacingOccurrences(of: "status: todo", with: "status: done")
        let clash = merge(Self.base, ours, other)
        #expect(clash.conflicted)
        let text = clash.text ?? ""
        let header = FrontMatter.split(text)
        #expect(header?.yaml.contains("<<<<<<<") == false && header?.yaml.contains("status: done") == true)
        #expect(header?.body.contains("<<<<<<< ours") == true && header?.body.contains(">>>>>>> theirs") == true, "\(text)")
    }

    @Test func deletionsAndAdditionsOfKeysAndFiles() {
        let ours = Self.base.replacingOccurrences(of: "custom: gardé\n", with: "")
        let theirs = Self.base.replacingOccurrences(of: "title: Recueillir les besoins\n", with: "title: Recueillir les besoins\nmilestone: M-A1\n")
        let text = merge(Self.base, ours, theirs).text ?? ""
        #expect(!text.contains("custom:") && text.contains("title: Recueillir les besoins\nmilestone: M-A1\nstatus: todo\n"), "\(text)")
        // Deleted on one side, changed on the other: the changed file stays.
        #expect(merge(Self.base, nil, ours).text == ours)
        #expect(merge(Self.base, Self.base, nil).text == nil)
    }

    @Test func membersMergeItemByItemInJalonYML() {
        let base = """
        jalon: 1
        name: Projet
        lang: fr
        branch: main
        statuses: [todo, doing, review, done]
        workdays: [mon, tue, wed, thu, fri]
        members:
          - id: alice
            code: A
            name: Alice Martin
            emails: [alice@example.org]

        """
        let ours = base.replacingOccurrences(of: "emails: [alice@example.org]", with: "emails: [alice@example.org, alice@lycee.fr]")
        let theirs = base + "  - id: bob\n    code: B\n    name: Bob Durand\n    emails: [bob@example.org]\n"
        let r = merge(path: "jalon.yml", base, ours, theirs)
        let text = r.text ?? ""
        #expect(text.contains("emails: [alice@example.org, alice@lycee.fr]") && text.contains("- id: bob\n    code: B\n"), "\(text)")
        let (settings, problems) = SettingsCodec.decode(text)
        #expect(problems.isEmpty && settings?.members.map(\.id) == ["alice", "bob"])
    }
}
