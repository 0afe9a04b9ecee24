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
