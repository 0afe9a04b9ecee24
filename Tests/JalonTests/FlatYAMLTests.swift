import Testing
@testable import BoardCore

/// The fast header reader must read exactly what the full YAML parser reads, or decline.
@Suite struct FlatYAMLTests {
    static let titles = [
        "Recueillir les besoins", "Maquette: accueil", "- tiret", "yes", "123", "2026-01-01", "#tag", "a # b",
        "guillemets \"doubles\"", "l'apostrophe", "Élève à l’école 🎉", "tab\there", "back\\slash", " espace", "fin:",
        "[crochets]", "a, b", "{x}", "@alice", "`code`", "%pct", "!bang", "*star", "&amp", "|pipe", ">gt", "?q", "ligne\nsuivante",
        "null", "~", "1.5", "0x1F", ".inf", "true",
    ]

    @Test("flat and full readers agree on every title Jalon can write", arguments: titles)
    func agreesWithFullParser(title: String) throws {
        var task = BoardTask(id: ItemID("T-A1")!, title: title, status: "todo")
        task.assignees = ["alice", "bob"]
        task.labels = [title.replacingOccurrences(of: "\n", with: " "), "x"]
        task.depends = [Dependency("T-B2+2d")!, Dependency("ss:T-C3")!]
        task.due = Day.parse("2026-12-04")
        task.estimate = Effort.parse("1.5d")
        let text = TaskCodec.encode(task)
        let parts = try #require(FrontMatter.split(text))
        let flat = try #require(FlatYAML.parse(parts.yaml, firstLine: parts.firstLine), "the flat reader should take Jalon's own output: \(parts.yaml)")
        guard case .success(let full) = YAMLMapping.parseFull(parts.yaml, file: "t", firstLine: parts.firstLine) else {
            Issue.record("full parser failed on \(parts.yaml)")
            return
        }
        #expect(flat.fields.map(\.key) == full.fields.map(\.key))
        #expect(flat.fields.map(\.line) == full.fields.map(\.line))
        for (a, b) in zip(flat.fields, full.fields) {
            #expect(describe(a.node) == describe(b.node), "key \(a.key)")
        }
        let (decoded, problems) = TaskCodec.decode(text, path: "tasks/T-A1.md", expectedID: task.id)
        #expect(problems.isEmpty)
        #expect(decoded == task)
        #expect(TaskCodec.encode(decoded!) == text)
    }

    @Test("hand-written YAML the flat reader cannot take goes to the full parser")
    func declinesWhatItDoesNotKnow() {
        let samples = [
            "title: x # comment\n", "assignees:\n  - alice\n", "title: 'single'\n", "title: |\n  block\n",
            "a: &anchor x\n", "  indented: x\n", "list: [a, b,]\n", "title: \"unclosed\n",
        ]
        for s in samples { #expect(FlatYAML.parse(s, firstLine: 2) == nil, "\(s)") }
    }

    private func describe(_ node: Yams.Node) -> String {
        switch node {
        case .scalar(let s): return "s:" + s.string
        case .sequence(let seq): return "[" + seq.map(describe).joined(separator: "|") + "]"
        case .mapping: return "{map}"
        case .alias: return "*alias"
        }
    }
}

import Yams

/// Each scalar the fast reader builds resolves its own tag: Yams resolves an implicit tag in
/// place, so a tag shared between scalars took the type of the first one resolved (and was a
/// data race between the history engine's threads).
@Suite struct FlatYAMLTagTests {
    @Test func scalarsResolveTheirOwnTags() throws {
        let first = try #require(FlatYAML.parse("estimate: 42\n", firstLine: 1))
        let second = try #require(FlatYAML.parse("title: bonjour\nlabels: [a, 7]\n", firstLine: 1))
        #expect(first.fields[0].node.tag.description == "tag:yaml.org,2002:int")
        #expect(second.fields[0].node.tag.description == "tag:yaml.org,2002:str")
        guard case .sequence(let labels) = second.fields[1].node else { Issue.record("labels should be a list"); return }
        #expect(labels.map(\.tag.description) == ["tag:yaml.org,2002:str", "tag:yaml.org,2002:int"])
    }
}

/// `jalon.yml`: the flat reader takes the members and holidays blocks Jalon writes and must read
/// them exactly as Yams does (values, lines, problems), or decline.
@Suite struct FlatSettingsTests {
    static func settings(_ names: [String]) -> String {
        var s = BoardSettings(name: "Site: « vitrine »", language: .fr, start: Day.parse("2026-11-30"), end: Day.parse("2027-02-12"), branch: "main")
        s.holidays = [Period(from: Day.parse("2026-12-21")!, to: Day.parse("2027-01-01")!, name: "Noël"),
                      Period(from: Day.parse("2027-02-01")!, to: Day.parse("2027-02-01")!, name: nil)]
        s.members = names.enumerated().map { n, name in
            var m = Member(id: "m\(n)", code: String(UnicodeScalar(UInt8(65 + n))), name: name, emails: ["m\(n)@example.org", "x\(n)@lycee.fr"],
                           role: n == 0 ? "cheffe de projet" : nil)
            if n == 1 { m.hoursPerDay = 3.5 }
            if n == 2 { m.away = [Period(from: Day.parse("2027-01-04")!, to: Day.parse("2027-01-29")!, name: "PFMP")] }
            return m
        }
        return SettingsCodec.encode(s)
    }

    static let samples: [String] = [
        settings(["Alice Martin", "Bob Durand", "Chloé N’Diaye 🎉"]),
        settings(["yes", "123", "a # b", "guillemets \"doubles\"", "- tiret", "fin:", "[x]", "null"]),
        // Problems the decoder reports, at the same lines either way.
        "jalon: 1\nname: x\nmembers:\n  - id: alice\n    code: a\n    name: Alice\n    emails: alice@example.org\n    hoursPerDay: 30\n  - code: B\n    name: Sans id\n",
        "jalon: 1\nname: x\nmembers:\n  - id: a\n    code: A\n    name: A\n    emails: []\n    away:\n      - from: 2027-02-10\n        to: 2027-02-01\n      - to: 2027-01-01\n      - from: demain\n        reason: \"\"\n",
        "name: x\nholidays:\n  - from: 2026-12-21\n    to: 2027-01-01\n    name: Noël\nmembers: []\n",
        "name: x\nmembers:\n  - id: a\n    code: A\n    name: [A, B]\n    emails:\n      - from: x\n",
    ]

    @Test("flat and full readers decode jalon.yml the same", arguments: samples)
    func agreesWithFullParser(text: String) throws {
        let flat = try #require(FlatYAML.parse(text, firstLine: 1, blocks: true), "the flat reader should take \(text)")
        guard case .success(let full) = YAMLMapping.parseFull(text, file: "jalon.yml", firstLine: 1) else {
            Issue.record("full parser failed on \(text)")
            return
        }
        #expect(flat.fields.map(\.key) == full.fields.map(\.key))
        #expect(flat.fields.map(\.line) == full.fields.map(\.line))
        let a = SettingsCodec.decode(flat, path: "jalon.yml"), b = SettingsCodec.decode(full, path: "jalon.yml")
        #expect(a.0 == b.0)
        #expect(a.0?.members.map(\.line) == b.0?.members.map(\.line))
        #expect(a.1 == b.1, "\(a.1.map { $0.rendered(.en) }) vs \(b.1.map { $0.rendered(.en) })")
        if let s = a.0, a.1.isEmpty, text.hasPrefix("jalon: 1\n") { #expect(SettingsCodec.encode(s) == text) }
    }

    @Test("what the flat reader does not take exactly goes to Yams")
    func declinesWhatItDoesNotKnow() {
        let samples = [
            "members:\n- id: a\n  code: A\n",                        // list at the key's own indentation
            "members:\n  - id: a\n   code: A\n",                     // key not under the first one
            "members:\n  - id: a\n\n  - id: b\n",                    // blank line inside
            "members:\n  - id: a # chef\n",                          // comment
            "members:\n  # x\n  - id: a\n",
            "members:\n  - alice\n  - bob\n",                        // list of scalars
            "members:\n  - id: a\n    name: Alice\n      Martin\n",  // plain scalar going on
            "members:\n  - id: a\n    away:\n      from: x\n",       // nested mapping
            "members:\n  - id: a\n    id: b\n",                      // duplicate key
            "members:\n  -\n    id: a\n",
            "members:\n  - id: a\n  code: A\n",
            "members:\n\t- id: a\n",
        ]
        for s in samples { #expect(FlatYAML.parse(s, firstLine: 1, blocks: true) == nil, "\(s)") }
    }

    @Test func unknownKeysInABoardWithMembersAreKeptAsYamsWritesThem() throws {
        let text = "name: x\nmembers:\n  - id: a\n    code: A\n    name: A\n    emails: [a@x.org]\n    github: [a1, a2]\nextra: [p, q]\n"
        let (decoded, problems) = SettingsCodec.decode(text)
        guard case .success(let full) = YAMLMapping.parseFull(text, file: "jalon.yml", firstLine: 1) else { Issue.record("full"); return }
        let (expected, expectedProblems) = SettingsCodec.decode(full, path: "jalon.yml")
        #expect(decoded == expected)
        #expect(problems == expectedProblems)
        #expect(decoded.map(SettingsCodec.encode) == expected.map(SettingsCodec.encode))
    }
}
