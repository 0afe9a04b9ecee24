// Issue 14.3, 14.4 and 14.6: things shown whole (task show, Markdown bodies, old → new values),
// output that a pipe or a file can take (whole lines, wrapping between words, "…" where a table
// is cut), and one way to find a board. Every run's standard output goes to a file, as in a pipe.
import Foundation
import Testing

@Suite("Shown whole, pipe-friendly, one way to find a board")
struct ShowWholeTests {
    /// A French board in `planning/` next to a website folder, with Alice and Bob.
    static func board() throws -> TestRepository {
        let repo = try TestRepository(firstCommit: true)
        try repo.write("site/index.html", "<h1>Site</h1>\n")
        try repo.gitOK("add", "site")
        try repo.gitOK("commit", "-q", "-m", "site")
        try repo.makeBoard(lang: "fr", board: "planning")
        return repo
    }

    static let description = """
        Faire la **maquette** de *l’accueil*.

        - une liste
        - avec `du code`

        | Écran | Taille |
        |-------|--------|
        | Accueil | 1280 |
        """

    // MARK: 14.4 Show things whole

    @Test func taskShowHasItsMeetingsCommentsAndHistory() throws {
        let repo = try Self.board()
        try repo.jalonOK("task", "add", "Maquette", "--estimate", "2d", "--description", Self.description, "--board", "planning")
        try repo.jalonOK("task", "edit", "T-A1", "--due", "2026-12-04", "--board", "planning")
        try repo.jalonOK("task", "move", "T-A1", "en cours", "--board", "planning")
        try repo.jalonOK("meeting", "new", "--attendees", "alice,bob", "--board", "planning")
        try repo.jalonOK("meeting", "action", "add", "R-A1", "Relire la maquette T-A1", "--who", "bob", "--board", "planning")
        try repo.jalonOK("comment", "T-A1", "Je m’en occupe @bob", "--board", "planning")
        let show = try repo.jalonOK("task", "show", "T-A1", "--board", "planning").stdout
        for part in ["Réunions", "R-A1", "la tâche y est citée", "Commentaires (1)", "Je m’en occupe @bob", "Historique",
                     "statut à faire → en cours", "modifiée : échéance", "jalon task history T-A1",
                     // The description as text: emphasis marks gone, bullets, the table drawn.
                     "Faire la maquette de l’accueil.", "• une liste", "• avec du code", "│ Accueil │ 1280   │"] {
            #expect(show.contains(part), "\(part) missing from:\n\(show)")
        }
        #expect(!show.contains("**") && !show.contains("|-------|"), "\(show)")
        // The history summary names the commits git has.
        let subjects = try repo.gitOK("log", "--format=%h", "-n", "1", "--", "planning/tasks/T-A1.md").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(show.contains(String(subjects.prefix(7))), "\(subjects) not in:\n\(show)")
        // A task made from the action links back to the same minutes.
        try repo.jalonOK("meeting", "actions", "R-A1", "--create-tasks", "--board", "planning")
        let made = try repo.jalonOK("task", "show", "T-A2", "--board", "planning").stdout
        #expect(made.contains("R-A1") && made.contains("action « Relire la maquette T-A1 » confiée à Bob Durand"), "\(made)")
    }

    /// `task show --format json` has what the text has around the task: the meetings that link
    /// it, its comments and its history (the events `task history` gives).
    @Test func taskShowJSONHasMeetingsCommentsAndHistory() throws {
        let repo = try Self.board()
        try repo.jalonOK("task", "add", "Maquette", "--estimate", "2d", "--board", "planning")
        try repo.jalonOK("task", "move", "T-A1", "en cours", "--board", "planning")
        try repo.jalonOK("meeting", "new", "--attendees", "alice,bob", "--board", "planning")
        try repo.jalonOK("meeting", "action", "add", "R-A1", "Relire la maquette", "--who", "bob", "--board", "planning")
        try repo.jalonOK("meeting", "actions", "R-A1", "--create-tasks", "--board", "planning")
        try repo.jalonOK("comment", "T-A2", "Je relis demain @bob", "--board", "planning")
        let json = try repo.jalonOK("task", "show", "T-A2", "--format", "json", "--board", "planning").stdout
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any], "\(json)")
        #expect(object["schemaVersion"] as? Int == 1 && object["id"] as? String == "T-A2" && object["path"] as? String == "tasks/T-A2.md", "\(json)")
        let meetings = try #require(object["meetings"] as? [[String: Any]], "\(json)")
        #expect(meetings.count == 1 && meetings[0]["id"] as? String == "R-A1", "\(json)")
        let actions = try #require(meetings[0]["actions"] as? [[String: Any]], "\(json)")
        #expect(actions.first?["who"] as? String == "bob" && actions.first?["task"] as? String == "T-A2", "\(json)")
        let comments = try #require(object["comments"] as? [[String: Any]], "\(json)")
        #expect(comments.count == 1 && comments[0]["text"] as? String == "Je relis demain @bob\n" && comments[0]["mentions"] as? [String] == ["bob"], "\(json)")
        let history = try #require(object["history"] as? [String: Any], "\(json)")
        let events = try #require(history["events"] as? [[String: Any]], "\(json)")
        // The same events as `task history`, and as many commits as git has for the task.
        let trail = try #require((try JSONSerialization.jsonObject(with: Data(try repo.jalonOK("task", "history", "T-A2", "--format", "json", "--board", "planning").stdout.utf8)) as? [String: Any])?["events"] as? [[String: Any]])
        #expect(events.map { $0["kind"] as? String } == trail.map { $0["kind"] as? String } && events.map { $0["commit"] as? String } == trail.map { $0["commit"] as? String }, "\(json)")
        #expect(events.contains { $0["kind"] as? String == "taskCreated" } && events.contains { $0["kind"] as? String == "commentAdded" }, "\(json)")
        let commits = Set(events.compactMap { $0["commit"] as? String })
        #expect(history["commits"] as? Int == commits.count, "\(json)")
        let gitCommits = try repo.gitOK("log", "--format=%H", "--", "planning/tasks/T-A2.md", "planning/comments/T-A2").split(separator: "\n").map(String.init)
        #expect(Set(gitCommits) == commits, "git: \(gitCommits) jalon: \(commits)")
    }

    @Test func taskHistoryGivesOldAndNewValues() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Maquette", "--due", "2026-12-04", "--estimate", "2d")
        try repo.jalonOK("task", "edit", "T-A1", "--due", "2026-12-11", "--estimate", "3d", "--add-assignee", "bob")
        try repo.jalonOK("task", "move", "T-A1", "review")
        let text = try repo.jalonOK("task", "history", "T-A1").stdout
        for part in ["due: Dec 4, 2026 → Dec 11, 2026", "estimate: 2d → 3d", "assignees: — → bob", "status: todo → review"] {
            #expect(text.contains(part), "\(part) missing from:\n\(text)")
        }
        // The values are the file's, as git has them at each commit.
        let edit = try repo.gitOK("log", "--format=%H", "-n", "1", "--skip", "1", "--", "tasks/T-A1.md").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(try repo.gitOK("show", "\(edit):tasks/T-A1.md").contains("due: 2026-12-11"))
        #expect(try repo.gitOK("show", "\(edit)~1:tasks/T-A1.md").contains("due: 2026-12-04"))
        let json = try repo.jalonOK("task", "history", "T-A1", "--format", "json").stdout
        let events = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["events"] as? [[String: Any]])
        let edited = try #require(events.first { $0["kind"] as? String == "taskEdited" && $0["commit"] as? String == edit })
        let values = try #require(edited["values"] as? [[String: Any]])
        #expect(values.contains { $0["field"] as? String == "due" && $0["old"] as? String == "2026-12-04" && $0["new"] as? String == "2026-12-11" }, "\(values)")
    }

    @Test func meetingAndDocShowRenderTheMarkdown() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("doc", "new", "Charte graphique", "--template", "note")
        let path = try repo.gitOK("ls-files", "docs").split(separator: "\n").map(String.init).first { $0.hasSuffix(".md") } ?? ""
        let original = try #require(repo.read(path))
        let header = String(original.prefix(upTo: original.range(of: "\n---\n", range: original.index(after: original.startIndex)..<original.endIndex)!.upperBound))
        try repo.write(path, header + "# Charte\n\n## Couleurs\n\nLe *bleu* et le **vert**.\n\n1. Titre\n2. Texte\n   - sous-point\n\n| Nom | Code |\n|-----|------|\n| bleu | #1f5fa8 |\n")
        try repo.gitOK("commit", "-q", "-am", "Charte")
        let doc = try repo.jalonOK("doc", "show", path).stdout
        for part in ["Charte\n══════", "Couleurs\n────────", "Le bleu et le vert.", "1. Titre", "2. Texte", "   • sous-point", "│ bleu │ #1f5fa8 │"] {
            #expect(doc.contains(part), "\(part) missing from:\n\(doc)")
        }
        #expect(!doc.contains("## ") && !doc.contains("**") && !doc.contains("|-----|"), "\(doc)")
        // In ASCII, the same with ASCII marks.
        let ascii = try repo.jalonOK("doc", "show", path, "--ascii").stdout
        #expect(ascii.contains("Charte\n======") && ascii.contains("   - sous-point") && ascii.contains("| bleu | #1f5fa8 |"), "\(ascii)")

        try repo.jalonOK("meeting", "new", "--attendees", "alice,bob")
        let minutes = try repo.gitOK("ls-files", "meetings").trimmingCharacters(in: .whitespacesAndNewlines)
        let meeting = try repo.jalonOK("meeting", "show", minutes).stdout
        #expect(meeting.contains("Agenda\n──────"), "\(meeting)")
        #expect(!meeting.contains("## "), "\(meeting)")
    }

    // MARK: 14.3 Pipe-friendly

    static let longTitle = "Rédiger le cahier des charges complet avec toutes les sections que demande le client pour la recette"

    @Test func pipedOutputKeepsWholeLinesOrWrapsBetweenWords() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", Self.longTitle, "--assign", "bob", "--due", "2026-12-02")
        try repo.jalonOK("comment", "T-A1", "Une remarque assez longue pour dépasser quarante colonnes sans peine @bob")
        try repo.jalonOK("seal")
        let noWidth = ["COLUMNS": ""]
        for command in [["remind"], ["log"], ["news", "--as", "bob", "--since", "2026-11-30", "--peek"], ["verify"]] {
            // No terminal, no width asked: each line whole, whatever its length.
            let whole = try Self.ok(repo, command, noWidth)
            if command[0] != "verify" {
                #expect(whole.split(separator: "\n").contains { $0.contains(Self.longTitle) || $0.contains("Une remarque assez longue pour dépasser quarante colonnes") },
                        "\(command): \(whole)")
            }
            // A width asked: lines fit, broken between words, never inside one, nothing lost.
            let narrow = try Self.ok(repo, command + ["--width", "40"], noWidth)
            for line in narrow.split(separator: "\n") {
                #expect(line.count <= 40 || !line.trimmingCharacters(in: .whitespaces).contains(" "), "\(command) line too long: \(line)")
            }
            let words = { (s: String) in s.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) }
            #expect(words(narrow) == words(whole), "\(command): words differ\n\(narrow)\n---\n\(whole)")
        }
        // Tables that must fit cut with a mark; a wide --width shows everything.
        let cut = try repo.jalonOK("task", "list", "--width", "50").stdout
        #expect(cut.contains("…") && !cut.contains(Self.longTitle), "\(cut)")
        let wide = try repo.jalonOK("task", "list", "--width", "5000").stdout
        #expect(wide.contains(Self.longTitle), "\(wide)")
        let tooNarrow = try repo.jalon("task", "list", "--width", "10")
        #expect(tooNarrow.status == 2 && tooNarrow.stderr.contains("au moins 20 colonnes"), "\(tooNarrow)")
    }

    static func ok(_ repo: TestRepository, _ arguments: [String], _ environment: [String: String]) throws -> String {
        let result = try repo.jalon(arguments, environment: environment)
        guard result.succeeded else { throw CommandFailed(command: arguments.joined(separator: " "), result: result) }
        return result.stdout
    }

    // MARK: 14.6 One way to find a board

    @Test func theBoardIsFoundFromEveryPathJalonPrints() throws {
        let repo = try Self.board()
        let site = repo.file("site")
        try repo.jalonOK("task", "add", "Maquette", in: site)
        // --board: the repository root, the board folder, a folder or file inside it, relative or absolute.
        for given in [repo.path, ".", "planning", "planning/tasks", "planning/tasks/T-A1.md", repo.file("planning/jalon.yml").path] {
            let list = try repo.jalonOK("task", "list", "--board", given)
            #expect(list.stdout.contains("T-A1"), "--board \(given): \(list)")
        }
        let fromSite = try repo.jalonOK("task", "list", "--board", "..", in: site)
        #expect(fromSite.stdout.contains("T-A1"))
        let nowhere = try repo.jalon("task", "list", "--board", "site")
        #expect(nowhere.status == 3 && nowhere.stderr.contains("site"), "a folder with no board in, above or below it: \(nowhere)")
        // The path `meeting new` prints is taken back, from the root and from another folder.
        let made = try repo.jalonOK("meeting", "new", "--attendees", "alice").stdout
        let printed = try #require(made.split(separator: " ").map(String.init).first { $0.hasPrefix("planning/meetings/") && $0.hasSuffix(".md") }, "\(made)")
        #expect(try repo.jalonOK("meeting", "show", printed).stdout.contains("R-A1"))
        #expect(try repo.jalonOK("meeting", "show", "../" + printed, in: site).stdout.contains("R-A1"))
        #expect(try repo.jalonOK("meeting", "show", repo.file(printed).path, in: site).stdout.contains("R-A1"))
        #expect(try repo.jalonOK("meeting", "action", "add", printed, "Appeler", "--who", "alice").succeeded)
        // Every path Jalon printed names its item where an id is expected: task and milestone
        // files (from the root, the board folder, another folder, absolute, with a `:line`),
        // comments, time bookings.
        let taskPrinted = try #require((try JSONSerialization.jsonObject(with: Data(try repo.jalonOK("task", "list", "--format", "json").stdout.utf8)) as? [String: Any])?["tasks"] as? [[String: Any]])[0]["path"] as? String
        #expect(taskPrinted == "tasks/T-A1.md")
        for (given, folder) in [("planning/tasks/T-A1.md", repo.url), ("tasks/T-A1.md", repo.url), ("tasks/T-A1.md", repo.file("planning")),
                                ("../planning/tasks/T-A1.md", site), (repo.file("planning/tasks/T-A1.md").path, site), ("planning/tasks/T-A1.md:3", repo.url)] {
            let shown = try repo.jalon(["task", "show", given], in: folder)
            #expect(shown.succeeded && shown.stdout.hasPrefix("T-A1 — Maquette"), "task show \(given) from \(folder.lastPathComponent): \(shown)")
        }
        try repo.jalonOK("task", "edit", "planning/tasks/T-A1.md", "--add-label", "ux")
        #expect((repo.read("planning/tasks/T-A1.md") ?? "").contains("ux"))
        let milestone = try repo.jalonOK("milestone", "add", "Maquette validée", "--date", "2026-12-11")
        #expect(milestone.succeeded)
        try repo.jalonOK("task", "edit", "T-A1", "--milestone", "planning/milestones/M-A1.md")
        #expect((repo.read("planning/tasks/T-A1.md") ?? "").contains("milestone: M-A1"))
        try repo.jalonOK("milestone", "edit", "planning/milestones/M-A1.md", "--date", "2026-12-18")
        #expect((repo.read("planning/milestones/M-A1.md") ?? "").contains("2026-12-18"))
        let commented = try repo.jalonOK("comment", "planning/tasks/T-A1.md", "Vu").stdout
        let commentPath = try #require(commented.split(separator: " ").map(String.init).first { $0.hasPrefix("planning/comments/T-A1/") }, "\(commented)")
        #expect(try repo.jalonOK("comment", "list", commentPath).stdout.contains("Vu"))
        let logged = try repo.jalonOK("time", "log", "planning/tasks/T-A1.md", "2h").stdout
        let bookingPath = try #require(logged.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "(),")) }.first { $0.hasPrefix("planning/time/") }, "\(logged)")
        #expect(try repo.jalonOK("task", "show", bookingPath).stdout.hasPrefix("T-A1 — Maquette"))
        #expect(try repo.jalonOK("time", "list", "--task", bookingPath).stdout.contains("2 h"))
        // What `report … --out` wrote, as it prints it, is what `doc new --attach` takes.
        let report = try repo.jalon(["report", "status", "--format", "markdown", "--out", "rapport.md", "--board", repo.path], in: repo.sandbox)
        #expect(report.succeeded, "\(report)")
        let written = try #require(report.stderr.split(separator: "\n").first { $0.hasPrefix("Écrit : ") }.map { String($0.dropFirst("Écrit : ".count)) }, "\(report)")
        #expect(written == repo.sandbox.appendingPathComponent("rapport.md").path)
        let attached = try repo.jalonOK("doc", "new", "Rapport de la semaine", "--attach", written)
        #expect(attached.stdout.contains("planning/docs/"), "\(attached)")
        // A path that is no item of this board is refused with what to give instead.
        let wrong = try repo.jalon("task", "show", "planning/jalon.yml")
        #expect(wrong.status == 2 && wrong.stderr.contains("ne désigne aucun fichier de tâche") && wrong.stderr.contains("tasks/T-A1.md"), "\(wrong)")
        let kind = try repo.jalon("task", "show", "planning/milestones/M-A1.md")
        #expect(kind.status == 2, "\(kind)")
        // The class file: `path:` alone, the repository root, finds the board as jalon does.
        let classFile = repo.sandbox.appendingPathComponent("classe.yml")
        try Data("class: Test\nteams:\n  - name: Équipe\n    path: \(repo.path)\n".utf8).write(to: classFile)
        let overview = try repo.jalon(["report", "class", classFile.path, "--format", "json"], in: repo.sandbox)
        #expect(overview.succeeded, "\(overview)")
        let teams = try #require((try JSONSerialization.jsonObject(with: Data(overview.stdout.utf8)) as? [String: Any])?["teams"] as? [[String: Any]])
        #expect(teams.first?["error"] == nil || teams.first?["error"] is NSNull, "\(overview.stdout)")
        #expect(try repo.status().isEmpty)
    }
}

extension TrainerCommandTests {
    /// The site's board page is the kanban `jalon board` prints: one card per task, in the
    /// same columns, the same late tasks marked, each done card with the day it was finished;
    /// in headless Chromium at 1,280, 800 and 400 px the page never scrolls sideways and every
    /// card is on screen.
    @Test func siteBoardPageShowsEveryCardAsTheBoardDoes() throws {
        let demo = try Self.demo.get()
        let out = demo.sandbox.sandbox.appendingPathComponent("site-board-\(UUID().uuidString)")
        _ = try ok(demo.jalon("export", "html", "--out", out.path, "--lang", "fr"), "export html")
        var html = try String(contentsOf: out.appendingPathComponent("board.html"), encoding: .utf8)
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"board.html\">Tableau</a>"), "the index links the board page")
        // What the command line shows, as JSON: each task's status and whether it is late.
        let tasks = try #require((try JSONSerialization.jsonObject(with: Data(try ok(demo.jalon("task", "list", "--format", "json"), "task list").utf8)) as? [String: Any])?["tasks"] as? [[String: Any]])
        let text = try ok(demo.jalon("board", "--no-color", "--width", "200", "--lang", "fr"), "board")
        for task in tasks {
            let id = try #require(task["id"] as? String)
            let card = try #require(html.firstMatch(of: try Regex("<li class=\"(alert|plain)\"><b>\(id)</b>[^\n]*</li>")).map { String($0.0) }, "\(id) has no card")
            // A card is marked late exactly when the board's text marks it (`│ T-A5   05/02 ! │`).
            let lateMark = try Regex("│ \(id) +[^│]*! *│")
            let lateInText = text.split(separator: "\n").contains { $0.contains(lateMark) }
            #expect(card.hasPrefix("<li class=\"alert\">") == lateInText, "\(card)")
            if task["status"] as? String == "done" { #expect(card.contains("<span class=\"date\">fini "), "\(card)") }
        }
        #expect(html.components(separatedBy: "<li class=\"alert\"><b>").count - 1 + html.components(separatedBy: "<li class=\"plain\"><b>").count - 1 == tasks.count)
        html = html.replacingOccurrences(of: "</body>", with: """
            <script>
            var vw = document.documentElement.clientWidth, out = ["page=" + (document.documentElement.scrollWidth <= vw)];
            var off = 0, cards = document.querySelectorAll(".kanban li b");
            cards.forEach(function (c) { var r = c.parentNode.getBoundingClientRect(); if (r.right > vw + 1 || r.left < 0 || r.width < 1) off++; });
            out.push("cards=" + cards.length, "off=" + off);
            document.body.setAttribute("data-measure", out.join(" "));
            </script>
            </body>
            """)
        let measured = out.appendingPathComponent("board-mesure.html")
        try Data(html.utf8).write(to: measured)
        for width in [1280, 800, 400] {
            let result = try Self.measureInChromium(measured, width: width, in: demo.sandbox)
            #expect(result == "page=true cards=\(tasks.count) off=0", "\(width) px: \(result)")
        }
    }

    /// Issue 14.7: the class overview as a trainer sees it, in headless Chromium at 1,280 and
    /// 800 px: the page never scrolls sideways, no table scrolls in its box, and every cell of
    /// the overview is on screen (below 900 px each team is a card, a line per column).
    @Test func classOverviewShowsEveryColumnAt1280And800Pixels() throws {
        let demo = try Self.demo.get()
        let repo = demo.sandbox
        let classFile = repo.sandbox.appendingPathComponent("classe-ecran.yml")
        try Data("class: \"MC SNO 2026-2027\"\nteams:\n  - name: Les Tilleuls\n    path: \(demo.folder.path)\n  - name: Les Érables, équipe au nom long\n    path: \(demo.folder.path)\n".utf8).write(to: classFile)
        let page = repo.sandbox.appendingPathComponent("classe-ecran.html")
        let made = try repo.run(TestTools.jalon, ["report", "class", classFile.path, "--format", "html", "--out", page.path, "--lang", "fr"], environment: ["JALON_NOW": Self.demoNow])
        #expect(made.succeeded, "\(made)")
        var html = try String(contentsOf: page, encoding: .utf8)
        #expect(html.contains("data-label=") && html.contains("24\u{00A0}%"), "the overview's cells carry their header and 24 % keeps its sign")
        // The page measures itself once laid out; Chromium prints the DOM with the result.
        html += """
            <script>
            var vw = document.documentElement.clientWidth, out = ["page=" + (document.documentElement.scrollWidth <= vw)];
            document.querySelectorAll(".table-box").forEach(function (b, i) { if (b.scrollWidth > b.clientWidth) out.push("scrolls=" + i); });
            var hidden = 0, cells = document.querySelectorAll("table.many td");
            cells.forEach(function (c) { var r = c.getBoundingClientRect(); if (r.right > vw + 1 || r.width < 1) hidden++; });
            out.push("cells=" + cells.length, "hidden=" + hidden);
            document.body.setAttribute("data-measure", out.join(" "));
            </script>
            """
        let measured = repo.sandbox.appendingPathComponent("classe-mesure.html")
        try Data(html.utf8).write(to: measured)
        for width in [1280, 800] {
            let result = try Self.measureInChromium(measured, width: width, in: repo)
            #expect(result == "page=true cells=18 hidden=0", "\(width) px: \(result)")
        }
    }

    /// Opens `page` in headless Chromium at `width` px and returns what its script left in the
    /// body's `data-measure` attribute once laid out (Chromium prints the DOM with it).
    static func measureInChromium(_ page: URL, width: Int, in repo: TestRepository) throws -> String {
        let browser = try #require(["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                   "headless Chromium is needed (apt-get install chromium; .ci/run installs it)")
        let profile = repo.sandbox.appendingPathComponent("chromium-\(UUID().uuidString)")
        let run = try repo.run(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run", "--disable-dev-shm-usage",
                                         "--force-device-scale-factor=1", "--user-data-dir=\(profile.path)", "--window-size=\(width),900",
                                         "--virtual-time-budget=3000", "--dump-dom", page.absoluteString])
        return try #require(run.stdout.firstMatch(of: /data-measure="([^"]*)"/).map { String($0.1) }, "\(width) px: \(run)")
    }

    /// Issue 14.7: the README's figures of the example project are what `jalon demo` makes,
    /// counted by git and by Jalon.
    @Test func readmeCountsWhatTheDemoMakes() throws {
        let demo = try Self.demo.get()
        let readme = try String(contentsOf: TestTools.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let figures = try #require(readme.firstMatch(of: /\((\d+) students, (\d+) tasks, (\d+) milestones,[^)]*?(\d+) dated commits by (\d+) authors\)/),
                                   "the quick start no longer states the demo's figures")
        let commits = try demo.sandbox.gitOK("rev-list", "--count", "HEAD", in: demo.folder).trimmingCharacters(in: .whitespacesAndNewlines)
        let authors = Set(try demo.sandbox.gitOK("log", "--format=%ae", in: demo.folder).split(separator: "\n")).count
        #expect(String(figures.4) == commits, "README says \(figures.4) commits, the demo makes \(commits)")
        #expect(Int(figures.5) == authors && Int(figures.1) == authors, "README says \(figures.5) authors, git counts \(authors)")
        let tasks = try demo.jalon("task", "list", "--format", "json")
        let list = try #require((try JSONSerialization.jsonObject(with: Data(tasks.stdout.utf8)) as? [String: Any])?["tasks"] as? [Any])
        #expect(Int(figures.2) == list.count, "README says \(figures.2) tasks, the board has \(list.count)")
        let milestones = try demo.sandbox.gitOK("ls-files", "milestones", in: demo.folder).split(separator: "\n").count
        #expect(Int(figures.3) == milestones, "README says \(figures.3) milestones, the board has \(milestones)")
    }

    /// Issue 15: the demo speaks the example board's language (French) before the board exists,
    /// as every command speaks its board's, whatever LANG says; --lang still wins.
    @Test func demoRefusalSpeaksTheExampleBoardsLanguage() throws {
        let sandbox = try TestRepository(initialize: false)
        let folder = sandbox.sandbox.appendingPathComponent("occupied")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: folder.appendingPathComponent("file.txt"))
        let french = try sandbox.run(TestTools.jalon, ["demo", folder.path], in: sandbox.sandbox, environment: ["LANG": "en_US.UTF-8"])
        #expect(french.status == 1 && french.stderr.contains("n’est pas vide"), "\(french)")
        let english = try sandbox.run(TestTools.jalon, ["demo", folder.path, "--lang", "en"], in: sandbox.sandbox, environment: [:])
        #expect(english.status == 1 && english.stderr.contains("is not empty"), "\(english)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["file.txt"])
    }

    /// Issue 11.7: plain `jalon demo` (the quick start) stops on the scenario's mid-project day,
    /// prints it, and shows the forecast, the board and the Gantt chart as of that day; the
    /// README's figure for it is what git counts.
    @Test func demoStopsOnAMidProjectDayAndShowsIt() throws {
        let sandbox = try TestRepository(initialize: false)
        let folder = sandbox.sandbox.appendingPathComponent("mid")
        let result = try sandbox.run(TestTools.jalon, ["demo", folder.path, "--no-color", "--width", "120"], in: sandbox.sandbox, environment: [:])
        #expect(result.succeeded, "\(result)")
        let out = result.stdout
        #expect(out.contains("Aujourd’hui dans la démo : 12/01/2027 (projet rejoué jusqu’à ce jour ; jalon demo --to-end le rejoue en entier)"), "\(out)")
        // The forecast as of that day: the project's end and the late item (T-A5, the planning
        // kept all along, past its due date).
        #expect(out.contains("Prévision : fin du projet le 05/02/2027, 1 élément en retard : T-A5"), "\(out)")
        // The board, then the Gantt chart with the today line and its legend.
        #expect(out.contains("en cours (") && out.contains("terminé ("), "\(out)")
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.contains("T-A5") && $0.contains("│") && $0.contains("▒") }, "no Gantt row for T-A5: \(out)")
        #expect(out.contains("▼") && out.contains("aujourd’hui (12/01/2027)"), "\(out)")
        #expect(lines.allSatisfy { $0.count <= 120 })
        #expect(out.contains("jalon plan --at 2027-01-12"))
        // Nothing after that day was committed; the README states the count.
        let last = try sandbox.gitOK("log", "-1", "--format=%ad", "--date=short", in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(last == "2027-01-12")
        let commits = try sandbox.gitOK("rev-list", "--count", "HEAD", in: folder).trimmingCharacters(in: .whitespacesAndNewlines)
        let readme = try String(contentsOf: TestTools.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let figure = try #require(readme.firstMatch(of: /the scenario's `today`: (\d+) dated commits/), "the quick start no longer states the mid-project figure")
        #expect(String(figure.1) == commits, "README says \(figure.1) commits up to the demo's day, the demo makes \(commits)")
        // Both languages, in the help too.
        let help = try sandbox.run(TestTools.jalon, ["demo", "--help", "--lang", "en"], in: sandbox.sandbox, environment: [:])
        #expect(help.stdout.contains("--to-end") && help.stdout.contains("Replay the whole project, up to its last day."), "\(help)")
        let aide = try sandbox.run(TestTools.jalon, ["demo", "--help", "--lang", "fr"], in: sandbox.sandbox, environment: [:])
        #expect(aide.stdout.contains("Rejouer tout le projet, jusqu’à son dernier jour."), "\(aide)")
    }
}
