// Hostile and odd input end to end (issue 9, items 4–8, 10, 11): CRLF checkouts and BOMs,
// bounds on the command line, an unreadable jalon.yml, symbolic links, terminal escapes in
// every text output, meeting actions on minutes that do not check, and `report class` caches.
import Foundation
import Testing

@Suite("Hostile input: commands")
struct HostileCommandTests {
    /// A board with a task, a milestone, minutes, a document, a comment and the spec, committed.
    static func fullBoard(_ repo: TestRepository) throws {
        try repo.makeBoard()
        try repo.jalonOK("milestone", "add", "Recette", "--date", "2026-12-18")
        try repo.jalonOK("task", "add", "Maquette", "--assign", "alice", "--estimate", "2d", "--due", "2026-12-10", "--milestone", "M-A1")
        try repo.jalonOK("task", "add", "Schéma", "--assign", "bob", "--depends", "T-A1+1d")
        try repo.jalonOK("spec", "init")
        try repo.jalonOK("doc", "new", "Note de cadrage")
        try repo.jalonOK("meeting", "new", "--date", "2026-12-02", "--attendees", "alice,bob")
        try repo.jalonOK("comment", "T-A1", "Relu @bob")
    }

    /// Every board file of the work tree (Markdown and YAML), relative paths.
    static func boardFiles(_ repo: TestRepository) throws -> [String] {
        let out = try repo.gitOK("ls-files")
        return out.split(separator: "\n").map(String.init).filter { $0.hasSuffix(".md") || $0.hasSuffix(".yml") }
    }

    static let readCommands = [["check"], ["task", "list"], ["task", "show", "T-A2"], ["milestone", "list"], ["doc", "show", "D-A1"], ["meeting", "show", "R-A1"],
                               ["spec", "show"], ["comment", "list", "T-A1"], ["plan"], ["report", "status"]]

    /// Every read command gives, in `folder`, exactly what it gives on the LF original.
    static func expectCleanLoad(_ repo: TestRepository, in folder: URL, _ label: String, reference: [[String]: ProcessResult]) throws {
        for command in readCommands {
            let r = try repo.jalon(command, in: folder)
            let expected = try #require(reference[command])
            #expect(r.status == expected.status && r.stderr.isEmpty, "\(label) \(command): \(r)")
            // The status report names the commit and counts commits, which differ between clones.
            if command != ["report", "status"] {
                #expect(r.stdout == expected.stdout, "\(label) \(command): same output as the LF board:\n\(r.stdout)\n---\n\(expected.stdout)")
            }
        }
    }

    @Test("A checkout with core.autocrlf=true or `* text=auto eol=crlf` loads every file; a BOM too; CRLF in history too")
    func crlfAndBOMCheckouts() throws {
        let repo = try TestRepository()
        try Self.fullBoard(repo)
        var reference: [[String]: ProcessResult] = [:]
        for command in Self.readCommands {
            let r = try repo.jalon(command)
            #expect(r.stderr.isEmpty && r.status == 0, "\(command) on the LF board: \(r)")
            reference[command] = r
        }
        let bare = repo.sandbox.appendingPathComponent("remote.git")
        try repo.gitOK("clone", "-q", "--bare", repo.path, bare.path)

        // 1. core.autocrlf=true (Git for Windows' default).
        let autocrlf = repo.sandbox.appendingPathComponent("autocrlf")
        try repo.gitOK("-c", "core.autocrlf=true", "clone", "-q", bare.path, autocrlf.path)
        try repo.gitOK("config", "core.autocrlf", "true", in: autocrlf)
        let files = try Self.boardFiles(repo)
        #expect(files.count >= 8, "\(files)")
        for f in files {
            let bytes = try Data(contentsOf: autocrlf.appendingPathComponent(f))
            #expect(bytes.contains(0x0D), "\(f) is checked out with CRLF")
        }
        try Self.expectCleanLoad(repo, in: autocrlf, "autocrlf", reference: reference)
        // Writing there works too, and the next load still sees every file.
        try repo.gitOK("config", "user.name", TestRepository.alice.name, in: autocrlf)
        try repo.gitOK("config", "user.email", TestRepository.alice.email, in: autocrlf)
        let added = try repo.jalon(["task", "add", "Depuis Windows"], in: autocrlf)
        #expect(added.succeeded, "\(added)")

        // 2. `* text=auto eol=crlf` committed in .gitattributes.
        try repo.write(".gitattributes", "* text=auto eol=crlf\n")
        try repo.gitOK("add", ".gitattributes")
        try repo.gitOK("commit", "-qm", "CRLF partout")
        try repo.gitOK("push", "-q", bare.path, "main")
        let eol = repo.sandbox.appendingPathComponent("eol")
        try repo.gitOK("clone", "-q", bare.path, eol.path)
        let task = try Data(contentsOf: eol.appendingPathComponent("tasks/T-A1.md"))
        #expect(task.contains(0x0D))
        try Self.expectCleanLoad(repo, in: eol, "eol=crlf", reference: reference)

        // 3. A BOM on every board file (an editor's "UTF-8 with BOM"), in the LF original.
        try repo.gitOK("rm", "-q", ".gitattributes")
        try repo.gitOK("commit", "-qm", "sans attributs")
        for f in files {
            let url = repo.file(f)
            try (Data([0xEF, 0xBB, 0xBF]) + Data(contentsOf: url)).write(to: url)
        }
        try Self.expectCleanLoad(repo, in: repo.url, "BOM", reference: reference)

        // 4. CRLF and BOM committed, read from the tree (the home branch not checked out).
        for f in files {
            let url = repo.file(f)
            let text = try String(contentsOf: url, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: url)
        }
        try repo.gitOK("-c", "core.autocrlf=false", "commit", "-qam", "CRLF committed")
        try repo.gitOK("switch", "-q", "-c", "ailleurs")
        let fromTree = try repo.jalon("task", "list")
        #expect(fromTree.succeeded && fromTree.stderr.isEmpty && fromTree.stdout == reference[["task", "list"]]?.stdout, "\(fromTree)")
        let checkTree = try repo.jalon("check")
        #expect(checkTree.succeeded && checkTree.stdout == reference[["check"]]?.stdout, "\(checkTree)")
        let history = try repo.jalon("task", "history", "T-A1")
        #expect(history.succeeded && !history.stderr.looksLikeCrash, "\(history)")
    }

    @Test("Numbers beyond the bounds are refused on the command line with exit 2, never a crash", arguments: [
        ["task", "add", "x", "--estimate", "1e19d"],
        ["task", "add", "x", "--estimate", "20000000000000000000h"],
        ["task", "add", "x", "--duration", "30000000d"],
        ["task", "add", "x", "--depends", "T-A1+1e19d"],
        ["task", "add", "x", "--progress", "99999999999999999999"],
        ["task", "add", "x", "--progress", "101"],
        ["task", "add", "x", "--due", "99999-01-01"],
        ["task", "add", "x", "--due", "3000-01-01"],
        ["task", "edit", "T-A1", "--estimate", "20000000000000000000h"],
        ["task", "edit", "T-A1", "--estimate", "nan"],
        ["member", "edit", "alice", "--hours-per-day", "1e-300"],
        ["member", "edit", "alice", "--hours-per-day", "1e19"],
        ["task", "list", "--width", "999999999"],
    ])
    func commandLineBounds(_ arguments: [String]) throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Premier", "--estimate", "2d")
        let before = try repo.snapshot()
        let r = try repo.jalon(arguments)
        #expect(r.status == 2, "\(arguments): \(r)")
        #expect(!r.stderr.looksLikeCrash && !r.stderr.isEmpty, "\(r)")
        #expect(try repo.snapshot() == before, "nothing changed")
    }

    @Test("Numbers beyond the bounds in files: file:line errors, and plan and reports do not crash")
    func fileBounds() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.write("tasks/T-A1.md", "---\nid: T-A1\ntitle: Énorme\nstatus: todo\nestimate: 1e19\nduration: 30000000d\nprogress: 99999999999999999999\ndepends: [T-A2+1e19d]\ndue: 9999-12-31\n---\n")
        try repo.write("tasks/T-A2.md", "---\nid: T-A2\ntitle: Petite\nstatus: todo\nestimate: 2d\n---\n")
        let check = try repo.jalon("check")
        #expect(check.status == 1)
        for line in ["tasks/T-A1.md:5:", "tasks/T-A1.md:6:", "tasks/T-A1.md:7:", "tasks/T-A1.md:8:", "tasks/T-A1.md:9:"] {
            #expect(check.stdout.contains(line), "\(line) in \(check.stdout)")
        }
        for command in [["task", "list"], ["plan"], ["gantt"], ["report", "status"], ["board"]] {
            let r = try repo.jalon(command)
            #expect(r.status <= 1 && !r.stderr.looksLikeCrash, "\(command): \(r)")
            #expect(r.stderr.contains("tasks/T-A1.md:5:"), "\(command) names the file: \(r.stderr)")
        }
    }

    @Test("A jalon.yml with invalid UTF-8 is reported as such, and writes are refused (no T-X1)")
    func invalidSettings() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Premier")
        var bytes = try Data(contentsOf: repo.file("jalon.yml"))
        bytes.insert(0xFF, at: bytes.firstIndex(of: 0x0A)! + 3)
        try bytes.write(to: repo.file("jalon.yml"))
        let check = try repo.jalon("check")
        #expect(check.status == 1 && check.stdout.contains("jalon.yml:2: invalid text: not UTF-8"), "\(check)")
        #expect(!check.stdout.contains("not found") && !check.stderr.contains("no Jalon board"))
        let list = try repo.jalon("task", "list")
        #expect(list.stderr.contains("jalon.yml:2"), "\(list)")
        let before = try repo.snapshot()
        let add = try repo.jalon("task", "add", "Second")
        #expect(add.status == 1 && add.stderr.contains("jalon.yml:2"), "\(add)")
        let after = try repo.snapshot()
        #expect(!repo.exists("tasks/T-X1.md") && after == before)
    }

    @Test("An unreadable document, minutes or spec is left out and named by every reader, reported by check, and its id stays taken")
    func unreadableDocumentationIsLeftOutAndNamed() throws {
        let repo = try TestRepository()
        try Self.fullBoard(repo)
        let files = try Self.boardFiles(repo)
        let doc = try #require(files.first { $0.hasPrefix("docs/") && $0.hasSuffix(".md") })
        let minutes = try #require(files.first { $0.hasPrefix("meetings/") })
        for f in [doc, minutes, "spec.md"] {
            var bytes = try Data(contentsOf: repo.file(f))
            bytes.append(contentsOf: [0x0A, 0xFF, 0xFE, 0x0A])
            try bytes.write(to: repo.file(f))
        }
        try repo.gitOK("commit", "-qam", "édition à la main avec un mauvais encodage")

        let check = try repo.jalon("check")
        #expect(check.status == 1, "\(check)")
        for f in [doc, minutes, "spec.md"] {
            #expect(check.stdout.contains("\(f):") && check.stdout.contains("not UTF-8"), "check names \(f): \(check)")
        }
        #expect(!check.stderr.contains("unreadable file"), "check lists the problem instead of stopping on it: \(check)")

        for command in [["doc", "list"], ["meeting", "list"], ["news"], ["report", "status"], ["doc", "check"]] {
            let r = try repo.jalon(command)
            #expect(r.status == (command == ["doc", "check"] ? 1 : 0), "\(command): \(r)")
            if command != ["doc", "check"] {
                #expect(r.stderr.contains("file left out") && r.stderr.contains("not UTF-8"), "\(command) names what it left out: \(r)")
            }
        }
        let list = try repo.jalon("doc", "list")
        #expect(list.stderr.contains(doc) && !list.stdout.contains("D-A1"), "\(list)")
        let meetings = try repo.jalon("meeting", "list")
        #expect(meetings.stderr.contains(minutes), "\(meetings)")

        // Writes still work, and the unreadable document's id is not given again.
        let created = try repo.jalonOK("doc", "new", "Compte rendu client")
        #expect(created.stdout.contains("D-A2"), "\(created)")
        #expect(try repo.gitOK("status", "--porcelain").isEmpty)
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD").contains("docs/"))

        // The same from another branch (the home branch is read from Git, not the work tree).
        try repo.gitOK("switch", "-qc", "feature")
        let fromBranch = try repo.jalon("doc", "list")
        #expect(fromBranch.status == 0 && fromBranch.stderr.contains(doc) && fromBranch.stdout.contains("D-A2"), "\(fromBranch)")
    }

    @Test("Symbolic links out of the board are never followed: work tree, committed, linked jalon.yml, tree from history")
    func symbolicLinks() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Premier")
        let outside = repo.sandbox.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("---\nid: T-Z2\ntitle: SECRET-OUTSIDE\nstatus: todo\n---\nsecret body\n".utf8).write(to: outside.appendingPathComponent("task.md"))
        try FileManager.default.createSymbolicLink(atPath: repo.file("tasks/T-Z2.md").path, withDestinationPath: outside.appendingPathComponent("task.md").path)
        try repo.gitOK("add", "tasks/T-Z2.md")
        try repo.gitOK("commit", "-qm", "lien")
        let list = try repo.jalon("task", "list")
        #expect(!list.stdout.contains("SECRET") && list.stderr.contains("tasks/T-Z2.md: symbolic link"), "\(list)")
        let show = try repo.jalon("task", "show", "T-Z2")
        #expect(!show.stdout.contains("SECRET") && !show.succeeded, "\(show)")
        let html = try repo.jalon("export", "html", "--out", "site")
        #expect(!html.stdout.contains("SECRET"))
        let site = (try? FileManager.default.subpathsOfDirectory(atPath: repo.file("site").path)) ?? []
        for f in site { #expect(!(repo.read("site/" + f) ?? "").contains("SECRET"), "\(f)") }
        let check = try repo.jalon("check")
        #expect(check.stdout.contains("tasks/T-Z2.md: symbolic link"), "\(check)")

        // From the tree: the home branch not checked out, the committed link is still refused.
        try repo.gitOK("switch", "-q", "-c", "ailleurs")
        let fromTree = try repo.jalon("task", "list")
        #expect(!fromTree.stdout.contains("SECRET") && fromTree.stderr.contains("tasks/T-Z2.md: symbolic link"), "\(fromTree)")
        try repo.gitOK("switch", "-q", "main")

        // A linked jalon.yml: refused with a reason, no write.
        try Data(try Data(contentsOf: repo.file("jalon.yml"))).write(to: outside.appendingPathComponent("jalon.yml"))
        try FileManager.default.removeItem(at: repo.file("jalon.yml"))
        try FileManager.default.createSymbolicLink(atPath: repo.file("jalon.yml").path, withDestinationPath: outside.appendingPathComponent("jalon.yml").path)
        let linked = try repo.jalon("check")
        #expect(linked.status == 1 && linked.stdout.contains("jalon.yml: symbolic link"), "\(linked)")
        let add = try repo.jalon("task", "add", "Non")
        #expect(add.status == 1 && !repo.exists("tasks/T-X1.md"), "\(add)")
    }

    /// Characters no output may print raw.
    static let forbidden: [Unicode.Scalar] = ["\u{1B}", "\u{07}", "\u{08}", "\u{0D}", "\u{9B}", "\u{85}", "\u{202E}", "\u{2066}", "\u{00}"]

    @Test("Escapes, C1 controls, CR and bidi overrides in board text are shown escaped in every text output; Markdown escapes HTML")
    func escapesInEveryTextOutput() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("milestone", "add", "Jalon", "--date", "2026-12-18")
        try repo.jalonOK("task", "add", "Tâche", "--assign", "alice,bob", "--due", "2026-11-30", "--milestone", "M-A1", "--estimate", "2d")
        try repo.jalonOK("task", "add", "Revue", "--assign", "bob", "--due", "2026-12-02", "--depends", "T-A1")
        try repo.jalonOK("task", "edit", "T-A2", "--status", "review")
        try repo.jalonOK("spec", "init")
        try repo.jalonOK("doc", "new", "Note")
        try repo.jalonOK("meeting", "new", "--date", "2026-12-02", "--attendees", "alice,bob")
        // Bidirectional overrides are text (allowed in arguments and files), shown escaped.
        try repo.jalonOK("comment", "T-A1", "Commentaire <script>x</script> \u{202E}txt.exe @bob")
        // Control characters cannot be typed into Jalon (refused, exit 2) nor sit raw in a file:
        // they come in through YAML escapes written by hand, and through Git's commit data.
        let refused = try repo.jalon("task", "add", "Pwn \u{1B}]0;x\u{07}")
        #expect(refused.status == 2 && refused.stderr.contains("U+001B") && !refused.stderr.contains("\u{1B}"), "\(refused)")
        let evil = #"Pwn \x1B]0;titre\x07\x1B[2J\x08\r\x9B31m\u202Etxt.exe\u2066 <script>alert(1)</script>"#
        func retitle(_ path: String, _ key: String = "title") throws {
            let text = try #require(repo.read(path), "\(path)")
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
                line.hasPrefix(key + ": ") || line.hasPrefix("    " + key + ": ") ? String(line.prefix { $0 == " " }) + key + ": \"" + line.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\"", with: "") + " " + evil + "\"" : String(line)
            }
            try repo.write(path, lines.joined(separator: "\n"))
        }
        let docs = try repo.gitOK("ls-files", "docs", "meetings").split(separator: "\n").map(String.init).filter { $0.hasSuffix(".md") }
        #expect(docs.count == 2, "\(docs)")
        for path in ["tasks/T-A1.md", "tasks/T-A2.md", "milestones/M-A1.md"] + docs { try retitle(path) }
        let settings = try #require(repo.read("jalon.yml"))
        try repo.write("jalon.yml", settings.replacingOccurrences(of: "name: Bob Durand", with: "name: \"Bob " + evil + "\""))
        try repo.gitOK("commit", "-qam", "Sujet \u{1B}[31mrouge\u{1B}]0;titre\u{07} \u{202E}txt")
        try repo.gitOK("-c", "user.name=Mallory \u{1B}[2J\u{9B}", "commit", "-q", "--allow-empty", "-m", "vide")
        let check = try repo.jalon("check")
        #expect(check.status == 0, "the hand-written escapes are valid YAML: \(check)")
        let outputs: [[String]] = [
            ["task", "list"], ["task", "show", "T-A1"], ["board"], ["milestone", "list"], ["member", "list"], ["plan"], ["gantt"], ["load"],
            ["log"], ["check"], ["doc", "list"], ["doc", "show", "D-A1"], ["doc", "tree"], ["meeting", "list"], ["meeting", "show", "R-A1"],
            ["comment", "list", "T-A1"], ["news", "--as", "bob", "--peek"], ["remind"], ["remind", "--format", "markdown"],
            ["report", "status"], ["report", "status", "--format", "markdown"], ["report", "contributions"], ["report", "contributions", "--format", "markdown"],
            ["activity"], ["task", "history", "T-A1"], ["spec", "show"], ["calendar", "list"],
            ["task", "edit", "T-A1", "--status", "inconnu"], ["task", "show", "T-A9"], ["task", "edit", "T-A1", "--depends", "T-A2"],
            ["milestone", "show", "M-A1"], ["export", "html", "--out", "site"],
            ["task", "list", "--format", "json"], ["doc", "list", "--format", "json"],
            // Calendar and spreadsheet outputs end lines with CRLF as their formats require.
            ["export", "ics"], ["export", "mermaid"], ["report", "status", "--format", "csv"], ["report", "bilan", "--format", "csv"],
            ["report", "contributions", "--format", "csv"],
        ]
        var failures: [String] = []
        var checked = 0
        for args in outputs {
            let r = try repo.jalon(args)
            if r.stderr.looksLikeCrash { failures.append("\(args): crash \(r)") }
            let crlf = args.contains("csv") || args.contains("ics")
            for (stream, text) in [("stdout", crlf ? r.stdout.replacingOccurrences(of: "\r\n", with: "\n") : r.stdout), ("stderr", r.stderr)] {
                if let bad = text.unicodeScalars.first(where: { Self.forbidden.contains($0) }) {
                    failures.append("\(args) \(stream): raw U+\(String(bad.value, radix: 16, uppercase: true))")
                }
            }
            checked += 1
        }
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
        #expect(checked == outputs.count)
        // The text is still there, escaped visibly.
        let list = try repo.jalonOK("task", "list", "--width", "300")
        #expect(list.stdout.contains("\\u001B]0;titre\\u0007"), "\(list.stdout)")
        let ics = try repo.jalonOK("export", "ics")
        #expect(ics.stdout.contains("\\\\u202E") && ics.stdout.contains("\\\\u001B]0\\;titre"), "visible in the calendar: \(ics.stdout)")
        let show = try repo.jalonOK("task", "show", "T-A1")
        #expect(show.stdout.contains("\\u202E"), "\(show.stdout)")
        // Markdown: HTML inert.
        let md = try repo.jalonOK("remind", "--format", "markdown", "--days", "30")
        #expect(!md.stdout.contains("<script>") && md.stdout.contains("&lt;script&gt;"), "\(md.stdout)")
        let contributions = try repo.jalonOK("report", "contributions", "--format", "markdown")
        #expect(!contributions.stdout.contains("<script>"))
        // JSON keeps the exact text (escapes are JSON escapes).
        let json = try JSONSerialization.jsonObject(with: Data(try repo.jalonOK("task", "list", "--format", "json").stdout.utf8)) as? [String: Any]
        let titles = ((json?["tasks"] as? [[String: Any]]) ?? []).compactMap { $0["title"] as? String }
        #expect(titles.contains { $0.contains("\u{1B}]0;titre\u{07}\u{1B}[2J\u{08}\r\u{9B}31m\u{202E}txt.exe\u{2066} <script>") }, "\(titles)")
    }

    @Test("meeting actions --create-tasks refuses minutes that do not check; check reports an unknown who")
    func meetingActionsRefuseBrokenMinutes() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("meeting", "new", "--date", "2026-12-02", "--attendees", "alice,bob")
        let path = "meetings/" + (try FileManager.default.contentsOfDirectory(atPath: repo.file("meetings").path).first { $0.hasSuffix(".md") }!)
        let text = try #require(repo.read(path))
        try repo.write(path, text.replacingOccurrences(of: "actions: []\n", with: "actions:\n  - who: bob\n    what: Envoyer la maquette\n    due: 2026-02-31\n"))
        try repo.gitOK("commit", "-qam", "date impossible")
        let before = try repo.snapshot()
        let refused = try repo.jalon("meeting", "actions", "R-A1", "--create-tasks")
        #expect(refused.status == 1 && refused.stderr.contains("2026-02-31"), "\(refused)")
        #expect(try repo.snapshot() == before && repo.read(path)!.contains("due: 2026-02-31"), "the minutes are not rewritten")

        try repo.write(path, text.replacingOccurrences(of: "actions: []\n", with: "actions:\n  - who: zoe\n    what: Appeler le client\n"))
        try repo.gitOK("commit", "-qam", "qui ?")
        let check = try repo.jalon("check")
        #expect(check.status == 1 && check.stdout.contains("unknown member `zoe`") && check.stdout.contains(path + ":"), "\(check)")
        let unknown = try repo.jalon("meeting", "actions", "R-A1", "--create-tasks")
        #expect(unknown.status == 1 && !repo.exists("tasks/T-A1.md"), "\(unknown)")
    }

    @Test("report class leaves no empty cache for an unreachable URL, and a relative path with `:` is a path")
    func classCache() throws {
        let repo = try TestRepository()
        // A team board in a folder whose name has a colon.
        let team = try repo.makeFolder("equipes/equipe:2")
        let teamRepo = TestRepository.Shell(url: team, owner: repo)
        try teamRepo.board()
        try repo.write("classe.yml", "class: Test\nteams:\n  - name: Deux points\n    url: equipes/equipe:2\n  - name: Injoignable\n    url: file:///nonexistent/nowhere.git\n  - name: SSH\n    url: nobody@127.0.0.1:/nowhere.git\n")
        let r = try repo.run(TestTools.jalon, ["report", "class", "classe.yml", "--format", "json"], environment: ["JALON_NOW": TestRepository.now, "GIT_SSH_COMMAND": "false"])
        let json = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let teams = try #require(json?["teams"] as? [[String: Any]], "\(r)")
        func error(_ team: [String: Any]) -> String? { team["error"] as? String }
        #expect(error(teams[0]) == nil, "the colon path is read as a folder: \(teams[0])")
        #expect(error(teams[1]) != nil && error(teams[2]) != nil, "\(teams)")
        let cache = repo.home.appendingPathComponent(".cache/jalon/class")
        let left = (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        #expect(left.count == 1, "only the reachable team is cached: \(left)")
    }
}

extension TestRepository {
    /// Runs commands in another folder of the same sandbox (same HOME and hermetic Git).
    struct Shell {
        let url: URL
        let owner: TestRepository
        func board() throws {
            try owner.gitOK("init", "-q", "-b", "main", in: url)
            try owner.gitOK("config", "user.name", TestRepository.alice.name, in: url)
            try owner.gitOK("config", "user.email", TestRepository.alice.email, in: url)
            let made = try owner.jalon(["init", "--name", "Équipe 2", "--start", "2026-11-30", "--end", "2027-02-12"], in: url)
            guard made.succeeded else { throw CommandFailed(command: "init", result: made) }
            let added = try owner.jalon(["member", "add", "alice", "--name", "Alice", "--email", TestRepository.alice.email], in: url)
            guard added.succeeded else { throw CommandFailed(command: "member add", result: added) }
        }
    }
}
