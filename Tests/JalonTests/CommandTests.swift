// End-to-end tests: the built `jalon` executable run in throw-away repositories, its effects
// cross-checked with the `git` CLI (the product itself only uses libgit2).
import Foundation
import Testing

@Suite("jalon commands, end to end")
struct CommandTests {
    // MARK: The issue's walkthrough

    @Test func walkthroughInFrench() throws {
        let repo = try TestRepository()
        var mutating = 0
        @discardableResult
        func change(_ arguments: String...) throws -> ProcessResult {
            let result = try repo.jalon(arguments)
            guard result.succeeded else { throw CommandFailed(command: arguments.joined(separator: " "), result: result) }
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
            mutating += 1
            return result
        }

        let created = try change("init", "--name", "Site vitrine de l'association", "--lang", "fr", "--start", "2026-11-30", "--end", "2027-02-12")
        #expect(created.stdout.contains("Tableau « Site vitrine de l'association » créé"))
        let alice = try change("member", "add", "alice", "--name", "Alice Martin", "--email", "alice@example.org", "--role", "cheffe de projet")
        #expect(alice.stdout.contains("T-A1"))
        let bob = try change("member", "add", "bob", "--name", "Bob Durand", "--email", "bob@example.org", "--email", "bob.durand@lycee.fr")
        #expect(bob.stdout.contains("T-B1"))
        let milestone = try change("milestone", "add", "Maquette validée", "--date", "2026-12-18")
        #expect(milestone.stdout.contains("M-A1"))
        let t1 = try change("task", "add", "Recueillir les besoins", "--assign", "alice", "--estimate", "2d", "--due", "2026-12-04")
        #expect(t1.stdout.contains("Tâche T-A1 créée"))
        let t2 = try change("task", "add", "Maquette accueil", "--assign", "bob", "--estimate", "3d", "--depends", "T-A1", "--milestone", "M-A1")
        #expect(t2.stdout.contains("Tâche T-A2 créée"))
        try change("task", "move", "T-A1", "doing")

        let doing = try repo.jalonOK("task", "list", "--status", "doing")
        #expect(doing.stdout.contains("T-A1"))
        #expect(!doing.stdout.contains("T-A2"))

        try change("task", "done", "T-A1", "--with", "bob")
        let doneMessage = try repo.gitOK("log", "-1", "--format=%B")
        #expect(doneMessage.contains("Co-authored-by: Bob Durand <bob@example.org>"))
        #expect(doneMessage.contains("Jalon-Action: task-done"))
        #expect(doneMessage.contains("Jalon-Items: T-A1"))
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "tasks/T-A1.md\n")
        let stat = try repo.gitOK("show", "--stat", "--format=", "HEAD")
        #expect(stat.contains("tasks/T-A1.md"))
        #expect(stat.contains("1 file changed"))

        try change("task", "edit", "T-A2", "--due", "2026-12-11", "--progress", "40")
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "tasks/T-A2.md\n")

        // Read commands.
        let list = try repo.jalonOK("task", "list")
        #expect(list.stdout.contains("T-A1") && list.stdout.contains("Recueillir les besoins"))
        #expect(list.stdout.contains("T-A2") && list.stdout.contains("Maquette accueil"))
        #expect(list.stdout.contains("11/12/2026"), "dates in French: \(list.stdout)")
        let stillDoing = try repo.jalonOK("task", "list", "--status", "doing")
        #expect(!stillDoing.stdout.contains("T-A1"))
        let done = try repo.jalonOK("task", "list", "--status", "done")
        #expect(done.stdout.contains("T-A1") && !done.stdout.contains("T-A2"))

        let bobsJSON = try repo.jalonOK("task", "list", "--assignee", "bob", "--format", "json")
        let bobs = try #require(try JSONSerialization.jsonObject(with: Data(bobsJSON.stdout.utf8)) as? [String: Any])
        let bobsTasks = try #require(bobs["tasks"] as? [[String: Any]])
        #expect(bobsTasks.map { $0["id"] as? String } == ["T-A2"])

        let shown = try repo.jalonOK("task", "show", "T-A2", "--format", "json")
        let task = try #require(try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: Any])
        for key in ["id", "title", "status", "assignees", "due", "start", "estimate", "depends", "milestone", "progress", "labels"] {
            #expect(task.keys.contains(key), "missing key \(key) in \(shown.stdout)")
        }
        #expect(task["id"] as? String == "T-A2")
        #expect(task["title"] as? String == "Maquette accueil")
        #expect(task["status"] as? String == "todo")
        #expect(task["assignees"] as? [String] == ["bob"])
        #expect(task["due"] as? String == "2026-12-11")
        #expect(task["start"] is NSNull)
        #expect(task["estimate"] as? String == "3d")
        #expect(task["depends"] as? [String] == ["T-A1"])
        #expect(task["milestone"] as? String == "M-A1")
        #expect((task["progress"] as? NSNumber)?.intValue == 40)
        #expect(task["labels"] as? [String] == [])

        let board = try repo.jalonOK("board")
        for text in ["à faire", "en cours", "en revue", "terminé", "T-A1", "T-A2"] { #expect(board.stdout.contains(text)) }

        let check = try repo.jalon("check")
        #expect(check.status == 0, "\(check)")
        #expect(check.stdout.contains("2 tâches, 1 jalon, 2 membres"))

        let log = try repo.jalonOK("log")
        // One entry per commit; a long entry may wrap onto indented lines.
        #expect(log.lines.filter { !$0.hasPrefix(" ") }.count == mutating, "\(log.stdout)")
        #expect(log.stdout.contains("Alice Martin + Bob Durand"))

        // Cross-check with git: one commit per mutating command, all by Alice.
        let history = try repo.gitOK("log", "--format=%an%x09%ae%x09%s").split(separator: "\n").map(String.init)
        #expect(mutating == 9)
        #expect(history.count == mutating)
        #expect(history.allSatisfy { $0.hasPrefix("Alice Martin\talice@example.org\t") }, "\(history)")
        #expect(try repo.gitOK("log", "-1", "--format=%at") == "1796115600\n", "JALON_NOW is the commit date")
        #expect(try repo.gitOK("rev-list", "--min-parents=2", "HEAD").isEmpty)
        #expect(try repo.status().isEmpty)
        let fsck = try repo.git("fsck", "--strict")
        #expect(fsck.status == 0, "\(fsck)")

        // The files are the canonical serialization.
        #expect(repo.read("tasks/T-A1.md") == """
            ---
            id: T-A1
            title: Recueillir les besoins
            status: done
            assignees: [alice]
            due: 2026-12-04
            estimate: 2d
            progress: 100
            ---

            """)
        #expect(repo.read("jalon.yml")?.contains("    emails: [bob@example.org, bob.durand@lycee.fr]\n") == true)
        #expect(repo.read("jalon.yml")?.contains("    role: cheffe de projet\n") == true)
    }

    @Test func languageOptionWinsOverTheBoardsLanguage() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        let english = try repo.jalonOK("task", "add", "Recueillir les besoins", "--lang", "en")
        #expect(english.stdout.contains("Created task T-A1"), "\(english.stdout)")
        let french = try repo.jalonOK("task", "add", "Maquette")
        #expect(french.stdout.contains("Tâche T-A2 créée"))
        let byEnvironment = try repo.jalon("task", "move", "T-A9", "doing", environment: ["JALON_LANG": "en"])
        #expect(byEnvironment.stderr.contains("erreur"), "the board's language comes before the environment: \(byEnvironment.stderr)")
        // Commit subjects follow the board's language, not --lang.
        #expect(try repo.gitOK("log", "--format=%s", "-2") == "Tâche T-A2 « Maquette » créée\nTâche T-A1 « Recueillir les besoins » créée\n")
    }

    /// The history a jury reads names statuses and fields in the board's words, not the
    /// files' keys (`todo → doing`, `progress`).
    @Test func commitSubjectsNameStatusesAndFieldsInTheBoardsWords() throws {
        for (lang, moved, edited) in [("fr", "Tâche T-A1 « Maquette » : à faire → en cours", "Tâche T-A1 « Maquette » modifiée (échéance, avancement)"),
                                      ("en", "Move task T-A1 “Maquette”: todo → doing", "Edit task T-A1 “Maquette” (due, progress)")] {
            let repo = try TestRepository()
            try repo.makeBoard(lang: lang)
            try repo.jalonOK("task", "add", "Maquette")
            try repo.jalonOK("task", "move", "T-A1", "doing", "--lang", lang == "fr" ? "en" : "fr")
            try repo.jalonOK("task", "edit", "T-A1", "--due", "2026-12-11", "--progress", "40")
            #expect(try repo.gitOK("log", "--format=%s", "-2") == edited + "\n" + moved + "\n")
        }
    }

    /// A done task's card on the kanban shows the day it was finished, the day of the commit
    /// that made it done as `git log` dates it, instead of its due date, which says nothing
    /// once the work is over; the other cards keep their due date. French and English, the
    /// columns and the narrow stacked view.
    @Test func doneCardsShowTheDayTheTaskWasFinished() throws {
        for (lang, finished, due) in [("fr", "fini 09/12", "18/12"), ("en", "done Dec 9", "Dec 18")] {
            let repo = try TestRepository()
            try repo.makeBoard(lang: lang)
            try repo.jalonOK("task", "add", "Maquette", "--due", "2026-12-18", environment: ["JALON_NOW": "2026-12-01"])
            try repo.jalonOK("task", "add", "Charte", "--due", "2026-12-18", environment: ["JALON_NOW": "2026-12-01"])
            try repo.jalonOK("task", "move", "T-A1", "done", environment: ["JALON_NOW": "2026-12-09"])
            #expect(try repo.gitOK("log", "-1", "--format=%cs") == "2026-12-09\n")
            let wide = try repo.jalonOK("board", "--no-color", "--width", "120", environment: ["JALON_NOW": "2026-12-14"]).stdout
            // The cards' first lines, cell by cell (both cards share a row of the table).
            let cells = wide.split(separator: "\n").flatMap { $0.split(separator: "│") }.map { $0.trimmingCharacters(in: .whitespaces) }
            let doneCard = try #require(cells.first { $0.hasPrefix("T-A1") }), openCard = try #require(cells.first { $0.hasPrefix("T-A2") })
            #expect(doneCard.hasSuffix(" " + finished) && !doneCard.contains(due), "\(wide)")
            #expect(openCard.hasSuffix(" " + due) && !openCard.contains(finished), "\(wide)")
            let narrow = try repo.jalonOK("board", "--no-color", "--width", "50", environment: ["JALON_NOW": "2026-12-14"]).stdout
            let stacked = try #require(narrow.split(separator: "\n").first { $0.hasPrefix("T-A1") })
            #expect(stacked.hasSuffix(finished), "\(narrow)")
        }
    }

    /// Over a term the done column would hold every task ever finished: `jalon board` draws
    /// the cards finished in the last fourteen days (today included) and counts the others in
    /// one line; `--all` draws them all, and the JSON lists them all. `--assignee` shows one
    /// member's cards under their name, and an unknown member is refused with the known ones.
    /// In the stacked view the assignees and dates of all cards start in the same column.
    /// `jalon log` shows a hand commit's subject as text: a terminal escape in it is not sent
    /// to the terminal, and `--ascii` gives ASCII only; co-authors follow the author.
    @Test func logShowsHandSubjectsAsText() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Besoins", "--estimate", "1d")
        let path = "tasks/T-A1.md"
        let text = try #require(repo.read(path))
        try repo.write(path, text.replacingOccurrences(of: "Besoins", with: "Besoins recueillis"))
        try repo.gitOK("commit", "-q", "-am", "\u{1B}[2J\u{1B}[31mTitre — à la main", "-m", "Co-authored-by: Bob Durand <bob@example.org>")
        let log = try repo.jalonOK("log", "-n", "1", "--no-color")
        #expect(!log.stdout.contains("\u{1B}") && log.stdout.contains("Titre — à la main"), "\(log.stdout)")
        #expect(log.stdout.contains(" + Bob Durand"), "\(log.stdout)")
        let ascii = try repo.jalonOK("log", "--ascii", "--no-color")
        #expect(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII } && ascii.stdout.contains("Titre - a la main"), "\(ascii.stdout)")
    }

    @Test func boardFoldsTasksFinishedLongAgoAndShowsOneMember() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        for (title, who) in [("Besoins", "alice"), ("Maquette", "bob"), ("Charte", "alice"), ("Recette", "bob")] {
            try repo.jalonOK("task", "add", title, "--assign", who, "--due", "2027-02-26", environment: ["JALON_NOW": "2027-01-04"])
        }
        for (id, day) in [("T-A1", "2027-01-05"), ("T-A2", "2027-01-20"), ("T-A3", "2027-02-01")] {
            try repo.jalonOK("task", "move", id, "done", environment: ["JALON_NOW": day])
            #expect(try repo.gitOK("log", "-1", "--format=%cs") == day + "\n")
        }
        func board(_ day: String, _ extra: String...) throws -> String {
            try repo.jalonOK(["board", "--no-color", "--width", "120"] + extra, environment: ["JALON_NOW": day]).stdout
        }
        func drawn(_ out: String) -> Set<String> {
            Set(out.split(separator: "\n").flatMap { $0.split(separator: "│") }.compactMap { cell in
                let c = cell.trimmingCharacters(in: .whitespaces)
                return c.hasPrefix("T-A") ? String(c.prefix(4)) : nil
            })
        }
        // The done column (the last), its wrapped lines joined: the count line is wrapped in it.
        func flat(_ out: String) -> String {
            out.split(separator: "\n").compactMap { line -> String? in
                let cells = line.split(separator: "│", omittingEmptySubsequences: false)
                return cells.count > 2 ? cells[cells.count - 2].trimmingCharacters(in: .whitespaces) : nil
            }.filter { !$0.isEmpty }.joined(separator: " ")
        }
        // 8 February: fourteen days back is 26 January; T-A1 and T-A2 were finished before.
        let feb8 = try board("2027-02-08")
        #expect(drawn(feb8) == ["T-A3", "T-A4"], "\(feb8)")
        #expect(feb8.contains("terminé (3)"), "\(feb8)")
        #expect(flat(feb8).contains("+ 2 autres tâches finies avant le 26/01 (jalon board --all les montre)"), "\(feb8)")
        // The boundary: finished on 20 January is drawn on 2 February (the 14th day), not on the 3rd.
        #expect(drawn(try board("2027-02-02")).contains("T-A2"))
        let feb3 = try board("2027-02-03")
        #expect(!drawn(feb3).contains("T-A2") && flat(feb3).contains("+ 2 autres"), "\(feb3)")
        let one = try board("2027-01-21")
        #expect(drawn(one) == ["T-A2", "T-A3", "T-A4"] && flat(one).contains("+ 1 autre tâche finie avant le 08/01"), "\(one)")
        // --all: every card, no count line; the JSON: every task.
        let all = try board("2027-02-08", "--all")
        #expect(drawn(all) == ["T-A1", "T-A2", "T-A3", "T-A4"] && !all.contains("autres tâches"), "\(all)")
        let json = try repo.jalonOK("board", "--format", "json", environment: ["JALON_NOW": "2027-02-08"]).stdout
        let statuses = try #require((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])?["statuses"] as? [[String: Any]])
        let done = try #require(statuses.first { $0["status"] as? String == "done" })
        #expect((done["tasks"] as? [Any])?.count == 3, "\(json)")
        // One member: bob's two tasks, under his name; English count line.
        let bob = try board("2027-02-08", "--assignee", "bob", "--lang", "en")
        #expect(drawn(bob) == ["T-A4"] && bob.contains("Projet test — Bob Durand’s tasks"), "\(bob)")
        #expect(flat(bob).contains("+ 1 more task finished before Jan 26"), "\(bob)")
        let bobJSON = try repo.jalonOK("board", "--format", "json", "--assignee", "bob").stdout
        #expect(bobJSON.contains("\"T-A2\"") && bobJSON.contains("\"T-A4\"") && !bobJSON.contains("\"T-A1\""), "\(bobJSON)")
        let unknown = try repo.jalon("board", "--assignee", "zoe")
        #expect(unknown.status != 0 && unknown.stderr.contains("zoe") && unknown.stderr.contains("alice, bob"), "\(unknown)")
        // Stacked: the assignee column starts at the same place on every card line.
        let narrow = try repo.jalonOK("board", "--no-color", "--width", "50", "--all", environment: ["JALON_NOW": "2027-02-08"]).stdout
        let starts = narrow.split(separator: "\n").filter { $0.hasPrefix("T-A") }.map { line -> Int in
            let name = line.contains("  alice") ? "  alice" : "  bob"
            return line.distance(from: line.startIndex, to: line.range(of: name)!.lowerBound)
        }
        #expect(starts.count == 4 && Set(starts).count == 1, "\(narrow)")
    }

    // MARK: Who acts

    @Test func actingAsAnotherMember() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let added = try repo.jalonOK("task", "add", "Maquette", "--as", "bob")
        #expect(added.stdout.contains("T-B1"))
        try repo.jalonOK("task", "add", "Charte graphique", "--as", "bob")
        #expect(repo.exists("tasks/T-B1.md") && repo.exists("tasks/T-B2.md"))
        #expect(try repo.gitOK("log", "-2", "--format=%an <%ae>") == "Bob Durand <bob@example.org>\nBob Durand <bob@example.org>\n")
        let mine = try repo.jalonOK("task", "add", "Besoins")
        #expect(mine.stdout.contains("T-A1"))
        #expect(try repo.gitOK("log", "-1", "--format=%ae") == "alice@example.org\n")
    }

    @Test func nonMemberActsAsThemselves() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.configureIdentity(name: "Claire Formatrice", email: "trainer@lycee.fr")
        let added = try repo.jalonOK("task", "add", "Relire le cahier des charges")
        #expect(added.stdout.contains("T-X1"))
        try repo.jalonOK("task", "add", "Préparer la revue")
        #expect(repo.exists("tasks/T-X1.md") && repo.exists("tasks/T-X2.md"))
        #expect(try repo.gitOK("log", "-2", "--format=%an <%ae>") == "Claire Formatrice <trainer@lycee.fr>\nClaire Formatrice <trainer@lycee.fr>\n")
    }

    @Test func memberIsRecognisedByAnyOfTheirEmails() throws {
        let repo = try TestRepository()
        try repo.makeBoard(members: [("alice", "Alice Martin", "alice@example.org")])
        try repo.jalonOK("member", "add", "bob", "--name", "Bob Durand", "--email", "bob@example.org", "--email", "bob.durand@lycee.fr")
        try repo.configureIdentity(name: "B. Durand", email: "bob.durand@lycee.fr")
        let added = try repo.jalonOK("task", "add", "Maquette")
        #expect(added.stdout.contains("T-B1"))
    }

    // MARK: Repository states

    @Test func initOnAnUnbornBranch() throws {
        let repo = try TestRepository()
        #expect(try repo.revision() == nil)
        let made = try repo.jalonOK("init", "--name", "Projet", "--lang", "en")
        #expect(made.stdout.contains("on branch main"))
        #expect(try repo.gitOK("rev-list", "--count", "HEAD") == "1\n")
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == ".gitattributes\njalon.yml\n")
        #expect(try repo.status().isEmpty)
        #expect(try repo.git("fsck", "--strict").succeeded)
        let again = try repo.jalon("init", "--name", "Projet", "--lang", "en")
        #expect(again.status == 1, "\(again)")
        #expect(try repo.gitOK("rev-list", "--count", "HEAD") == "1\n")
    }

    @Test func initOutsideARepositoryCreatesOne() throws {
        let repo = try TestRepository(initialize: false)
        let folder = repo.file("nouveau")
        let made = try repo.jalon("init", "--name", "Projet", "--lang", "en", "--board", folder.path, environment: ["GIT_AUTHOR_NAME": "Alice Martin", "GIT_AUTHOR_EMAIL": "alice@example.org"])
        #expect(made.succeeded, "\(made)")
        #expect(try repo.gitOK("rev-list", "--count", "HEAD", in: folder) == "1\n")
        #expect(try repo.gitOK("symbolic-ref", "HEAD", in: folder) == "refs/heads/main\n")
    }

    @Test func otherStagedAndUnstagedWorkIsLeftAlone() throws {
        let repo = try TestRepository(firstCommit: true)
        try repo.write("notes.txt", "v1\n")
        try repo.gitOK("add", "notes.txt")
        try repo.gitOK("commit", "-q", "-m", "notes")
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Existante")
        // Staged new content, an unstaged edit of a tracked file, a new untracked file.
        try repo.write("README.md", "# Projet\n\nStaged edit.\n")
        try repo.gitOK("add", "README.md")
        try repo.write("notes.txt", "v2, not staged\n")
        try repo.write("brouillon.md", "untracked\n")
        let statusBefore = try repo.status()
        #expect(statusBefore == "M  README.md\n M notes.txt\n?? brouillon.md\n")
        let before = try #require(try repo.revision())

        try repo.jalonOK("task", "add", "Nouvelle tâche")

        #expect(try repo.gitOK("rev-parse", "HEAD~1") == before + "\n")
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "tasks/T-A2.md\n")
        #expect(try repo.gitOK("diff", "--cached", "--name-only") == "README.md\n")
        #expect(try repo.gitOK("diff", "--name-only") == "notes.txt\n")
        #expect(try repo.status() == statusBefore)
        #expect(repo.read("README.md") == "# Projet\n\nStaged edit.\n")
        #expect(repo.read("notes.txt") == "v2, not staged\n")
        #expect(repo.read("brouillon.md") == "untracked\n")
        #expect(try repo.gitOK("show", ":README.md") == "# Projet\n\nStaged edit.\n")
        // The new task is in the work tree and the index, exactly as committed.
        #expect(try repo.gitOK("diff", "HEAD", "--name-only", "--", "tasks").isEmpty)
        #expect(try repo.gitOK("show", "HEAD:tasks/T-A2.md") == repo.read("tasks/T-A2.md"))
    }

    @Test func dirtyTaskFileIsNotTouched() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        try repo.jalonOK("task", "add", "Maquette")
        let edited = try #require(repo.read("tasks/T-A1.md")) + "Notes prises à la main.\n"
        try repo.write("tasks/T-A1.md", edited)
        let before = try repo.snapshot()

        let refused = try repo.jalon("task", "edit", "T-A1", "--progress", "50")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("tasks/T-A1.md"))
        #expect(!refused.stderr.looksLikeCrash)
        #expect(try repo.snapshot() == before)
        #expect(repo.read("tasks/T-A1.md") == edited)

        // Staged hand edits are refused the same way, and stay staged.
        try repo.gitOK("add", "tasks/T-A1.md")
        let stagedBefore = try repo.snapshot()
        let refusedAgain = try repo.jalon("task", "move", "T-A1", "doing")
        #expect(refusedAgain.status == 1, "\(refusedAgain)")
        #expect(try repo.snapshot() == stagedBefore)

        // Another task can still change, and the hand edit stays as it was.
        try repo.jalonOK("task", "edit", "T-A2", "--progress", "20")
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "tasks/T-A2.md\n")
        #expect(try repo.status() == "M  tasks/T-A1.md\n")
        #expect(repo.read("tasks/T-A1.md") == edited)
    }

    @Test func changesLandOnTheHomeBranchWhenAnotherIsCheckedOut() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Sur main")
        try repo.gitOK("switch", "-q", "-c", "feature")
        try repo.write("site/index.html", "<h1>Site</h1>\n")
        try repo.gitOK("add", "site")
        try repo.gitOK("commit", "-q", "-m", "Page d'accueil")
        let feature = try #require(try repo.revision("feature"))
        let main = try #require(try repo.revision("main"))

        let added = try repo.jalonOK("task", "add", "Ajoutée depuis feature")
        #expect(added.stdout.contains("T-A2"))
        #expect(try repo.revision("feature") == feature)
        #expect(try repo.gitOK("rev-parse", "main~1") == main + "\n")
        #expect(try repo.gitOK("show", "--name-only", "--format=", "main") == "tasks/T-A2.md\n")
        #expect(try repo.gitOK("symbolic-ref", "HEAD") == "refs/heads/feature\n")
        #expect(try repo.status().isEmpty)
        #expect(!repo.exists("tasks/T-A2.md"))
        #expect(repo.exists("site/index.html"))

        // Reads show the home branch, not the checked-out one.
        let list = try repo.jalonOK("task", "list")
        #expect(list.stdout.contains("T-A2"), "\(list.stdout)")
        try repo.jalonOK("task", "move", "T-A2", "doing")
        #expect(try repo.revision("feature") == feature)

        try repo.gitOK("switch", "-q", "main")
        #expect(repo.exists("tasks/T-A2.md"))
        #expect(repo.read("tasks/T-A2.md")?.contains("status: doing") == true)
        #expect(try repo.status().isEmpty)
        #expect(try repo.git("fsck", "--strict").succeeded)
    }

    @Test func detachedHeadStillCommitsOnTheHomeBranch() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Avant")
        try repo.gitOK("checkout", "-q", "--detach")
        let detached = try #require(try repo.revision())
        try repo.jalonOK("task", "add", "Pendant")
        #expect(try repo.revision() == detached)
        #expect(try repo.gitOK("show", "--name-only", "--format=", "main") == "tasks/T-A2.md\n")
        #expect(try repo.status().isEmpty)
    }

    /// The home branch checked out in another work tree (`git worktree add`): a change made from
    /// the linked work tree must not leave the main work tree's index behind the branch, or its
    /// next `git commit` would silently undo the change. Refusing is as good as updating it.
    @Test
    func homeBranchCheckedOutInAnotherWorktreeStaysConsistent() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Sur main")
        let linked = repo.sandbox.appendingPathComponent("linked")
        try repo.gitOK("worktree", "add", "-q", linked.path, "-b", "feature")
        let before = try repo.snapshot()

        // Moving main while another work tree has it checked out would leave that work tree
        // staging the undo of the change (git refuses the same): refused, nothing changed, and
        // the message names the work tree that has main.
        let result = try repo.jalon("task", "add", "Depuis l'autre copie", in: linked)
        #expect(!result.stderr.looksLikeCrash)
        #expect(result.status == 1 || result.status == 3, "refused: \(result)")
        #expect(try repo.snapshot() == before)
        #expect(try !repo.exists("tasks/T-A2.md") && repo.status().isEmpty)
        #expect(result.stderr.contains(repo.path), "\(result.stderr)")
        #expect(try repo.gitOK("status", "--porcelain", in: linked).isEmpty)
    }

    /// Members working in separate clones never pick the same id, and edits of different fields
    /// of one task merge without conflict.
    @Test func clonesMergeWithoutConflicts() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins", "--estimate", "2d")
        let clone = try repo.cloneAsBob()

        // Alice, in the first repository.
        try repo.jalonOK("task", "add", "Charte graphique")
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Recueillir les besoins du client")
        // Bob, in his clone.
        let bobAdds = try repo.jalonOK("task", "add", "Maquette", in: clone)
        #expect(bobAdds.stdout.contains("T-B1"))
        try repo.jalonOK("task", "edit", "T-A1", "--progress", "30", "--due", "2026-12-04", in: clone)

        try repo.gitOK("pull", "-q", "--no-rebase", "--no-edit", repo.path, "main", in: clone)
        #expect(try repo.gitOK("ls-files", "tasks", in: clone) == "tasks/T-A1.md\ntasks/T-A2.md\ntasks/T-B1.md\n")
        let merged = try String(contentsOf: clone.appendingPathComponent("tasks/T-A1.md"), encoding: .utf8)
        #expect(merged.contains("title: Recueillir les besoins du client\n"))
        #expect(merged.contains("progress: 30\n"))
        #expect(merged.contains("due: 2026-12-04\n"))
        let check = try repo.jalon("check", in: clone)
        #expect(check.status == 0, "\(check)")
    }

    @Test func handEditsOfUnknownKeysAndBodySurviveAnEdit() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins", "--estimate", "2d")
        let handWritten = """
            ---
            id: T-A1
            title: Recueillir les besoins
            status: todo
            estimate: 2d
            priorité: haute
            liens:
            - https://example.org/cdc
            ---
            ## Notes

            Entretien avec la présidente le 03/12.

            """
        try repo.write("tasks/T-A1.md", handWritten)
        try repo.gitOK("commit", "-q", "-am", "Notes à la main")

        try repo.jalonOK("task", "edit", "T-A1", "--progress", "25")
        let expected = handWritten.replacingOccurrences(of: "estimate: 2d\n", with: "estimate: 2d\nprogress: 25\n")
        #expect(repo.read("tasks/T-A1.md") == expected)
        let diff = try repo.gitOK("diff", "HEAD~1", "HEAD", "--numstat")
        #expect(diff == "1\t0\ttasks/T-A1.md\n", "only the progress line is added")
    }

    @Test func titlesWithSpecialCharactersRoundTripThroughTheCommandLine() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let titles = ["yes", "2026-01-01", "#tag", "Fix: the header", "- tiret", "« guillemets » et \"quotes\"", "Lancement 🚀", "123"]
        for title in titles { try repo.jalonOK("task", "add", "--", title) }
        let json = try repo.jalonOK("task", "list", "--format", "json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let listed = (object["tasks"] as? [[String: Any]])?.compactMap { $0["title"] as? String }
        #expect(listed == titles)
        #expect(try repo.jalon("check").status == 0)
    }

    @Test func boardInASubfolderIsFoundFromAnywhereInTheRepository() throws {
        let repo = try TestRepository(firstCommit: true)
        try repo.write("site/index.html", "<h1>Site</h1>\n")
        try repo.gitOK("add", "site")
        try repo.gitOK("commit", "-q", "-m", "site")
        try repo.makeBoard(board: "planning")
        #expect(repo.exists("planning/jalon.yml"))
        #expect(!repo.exists("jalon.yml"))
        let deeper = try repo.makeFolder("planning/docs/comptes-rendus")
        let elsewhere = repo.file("site")

        try repo.jalonOK("task", "add", "Depuis la racine")
        try repo.jalonOK("task", "add", "Depuis le dossier", in: repo.file("planning"))
        try repo.jalonOK("task", "add", "Depuis plus bas", in: deeper)
        try repo.jalonOK("task", "add", "Depuis le site", in: elsewhere)
        try repo.jalonOK("task", "add", "Avec --board", "--board", "planning")
        #expect(try repo.gitOK("ls-files", "planning/tasks") == (1...5).map { "planning/tasks/T-A\($0).md\n" }.joined())
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "planning/tasks/T-A5.md\n")

        for folder in [repo.url, repo.file("planning"), deeper, elsewhere] {
            let list = try repo.jalonOK("task", "list", in: folder)
            #expect((1...5).allSatisfy { list.stdout.contains("T-A\($0)") }, "from \(folder.path): \(list.stdout)")
        }
        let explicit = try repo.jalonOK("task", "list", "--board", "planning")
        #expect(explicit.stdout.contains("T-A5"))
        let check = try repo.jalon("check", in: deeper)
        #expect(check.status == 0, "\(check)")
        #expect(try repo.status().isEmpty)

        // The log lists only the commits that touch the board folder.
        try repo.write("site/index.html", "<h1>Site v2</h1>\n")
        try repo.gitOK("commit", "-q", "-am", "Site v2")
        let log = try repo.jalonOK("log", "--format", "json", in: elsewhere)
        let entries = try #require((try JSONSerialization.jsonObject(with: Data(log.stdout.utf8)) as? [String: Any])?["entries"] as? [[String: Any]])
        #expect(entries.count == 3 + 5, "init, two members, five tasks: \(log.stdout)")
        #expect(entries.first?["action"] as? String == "task-add")
        #expect(entries.last?["action"] as? String == "board-init")
    }

    @Test func noBoardIsAClearError() throws {
        let repo = try TestRepository(firstCommit: true)
        let result = try repo.jalon("task", "list")
        #expect(result.status == 3, "\(result)")
        #expect(result.stderr.hasPrefix("error: no Jalon board found"))
        #expect(!result.stderr.looksLikeCrash)
        let outside = try TestRepository(initialize: false)
        let none = try outside.jalon("task", "list")
        #expect(none.status == 3, "\(none)")
        #expect(none.stderr.contains("no Git repository"))
    }

    // MARK: Bad input

    struct BadInput: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let exitCode: Int32
        let mentions: [String]
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let badInputs: [BadInput] = [
        BadInput(arguments: ["task", "move", "T-Z9", "doing"], exitCode: 2, mentions: ["T-Z9"]),
        BadInput(arguments: ["task", "move", "T-A1", "finished"], exitCode: 2, mentions: ["finished", "todo, doing, review, done"]),
        BadInput(arguments: ["task", "add", "Livrer", "--due", "31/02/2027"], exitCode: 2, mentions: ["31/02/2027"]),
        BadInput(arguments: ["task", "edit", "T-A1", "--due", "2027-02-29"], exitCode: 2, mentions: ["2027-02-29"]),
        BadInput(arguments: ["task", "add", "Livrer", "--assign", "zoe"], exitCode: 2, mentions: ["zoe", "alice, bob"]),
        BadInput(arguments: ["task", "edit", "T-A1", "--depends", "T-A2"], exitCode: 2, mentions: ["T-A1 → T-A2 → T-A1"]),
        BadInput(arguments: ["task", "edit", "T-A1", "--depends", "T-A1"], exitCode: 2, mentions: ["T-A1 → T-A1"]),
        BadInput(arguments: ["task", "add", "Livrer", "--depends", "T-A3+xx"], exitCode: 2, mentions: ["T-A3+xx"]),
        BadInput(arguments: ["task", "add", "Livrer", "--depends", "T-A9"], exitCode: 2, mentions: ["T-A9"]),
        BadInput(arguments: ["task", "add", "Livrer", "--milestone", "M-A9"], exitCode: 2, mentions: ["M-A9"]),
        BadInput(arguments: ["task", "add", "Livrer", "--estimate", "beaucoup"], exitCode: 2, mentions: ["beaucoup"]),
        BadInput(arguments: ["task", "add", "   "], exitCode: 2, mentions: ["title"]),
        BadInput(arguments: ["task", "add", "Livrer", "--as", "zoe"], exitCode: 2, mentions: ["zoe"]),
        BadInput(arguments: ["task", "done", "T-A1", "--with", "zoe"], exitCode: 2, mentions: ["zoe"]),
        BadInput(arguments: ["task", "edit", "T-A1", "--progress", "150"], exitCode: 2, mentions: ["150"]),
        BadInput(arguments: ["task", "move", "nimporte", "doing"], exitCode: 2, mentions: ["nimporte"]),
        BadInput(arguments: ["task", "show", "T-A9"], exitCode: 2, mentions: ["T-A9"]),
        BadInput(arguments: ["task", "list", "--status", "fini"], exitCode: 2, mentions: ["fini"]),
        BadInput(arguments: ["milestone", "add", "Recette", "--date", "2027-02-31"], exitCode: 2, mentions: ["2027-02-31"]),
        BadInput(arguments: ["member", "add", "bob", "--name", "Bob", "--email", "bob2@example.org"], exitCode: 2, mentions: ["bob"]),
        BadInput(arguments: ["member", "add", "carol", "--name", "Carol", "--email", "bob@example.org"], exitCode: 2, mentions: ["bob@example.org"]),
        BadInput(arguments: ["member", "add", "carol", "--name", "Carol", "--email", "carol@example.org", "--code", "X"], exitCode: 2, mentions: ["X"]),
    ]

    @Test(arguments: badInputs)
    func badInputIsRefusedCleanly(_ input: BadInput) throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        try repo.jalonOK("task", "add", "Maquette", "--depends", "T-A1")
        let before = try repo.snapshot()

        let result = try repo.jalon(input.arguments)
        #expect(result.status == input.exitCode, "\(result)")
        let firstLine = result.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(firstLine.hasPrefix("error: "), "\(result.stderr)")
        for text in input.mentions {
            #expect(result.stderr.contains(text), "stderr should mention \(text): \(result.stderr)")
        }
        #expect(!result.stderr.looksLikeCrash && !result.stdout.looksLikeCrash)
        #expect(result.stderr.split(separator: "\n").count <= 3, "short: \(result.stderr)")
        #expect(try repo.snapshot() == before)
    }

    @Test func badInputInFrenchOnAFrenchBoard() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        let result = try repo.jalon("task", "move", "T-A1", "finished")
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("erreur : statut inconnu « finished »"), "\(result.stderr)")
        #expect(result.stderr.contains("à faire, en cours, en revue, terminé"), "\(result.stderr)")
    }

    /// Malformed arguments (a number option given letters) are invalid input too: exit code 2,
    /// as the README documents, not ArgumentParser's 64.
    @Test
    func malformedArgumentsExitWithTheInvalidInputCode() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        let before = try repo.snapshot()
        let result = try repo.jalon("task", "edit", "T-A1", "--progress", "abc")
        #expect(!result.stderr.looksLikeCrash)
        #expect(result.stderr.contains("abc"))
        #expect(try repo.snapshot() == before)
        #expect(result.status == 2, "\(result)")
    }

    // MARK: Broken files committed by hand

    @Test func brokenTaskFileCommittedByHand() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        try repo.jalonOK("task", "add", "Maquette")
        let broken = "---\nid: T-A1\ntitle: Recueillir les besoins\nstatus: todo\nassignees: [alice\n---\n"
        try repo.write("tasks/T-A1.md", broken)
        try repo.gitOK("commit", "-q", "-am", "Édition à la main")

        let check = try repo.jalon("check")
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.range(of: #"tasks/T-A1\.md:[56]: broken YAML"#, options: .regularExpression) != nil, "\(check.stdout)")

        let list = try repo.jalon("task", "list")
        #expect(list.status == 0, "\(list)")
        #expect(list.stdout.contains("T-A2") && list.stdout.contains("Maquette"))
        #expect(!list.stdout.contains("T-A1 "))
        #expect(list.stderr.contains("tasks/T-A1.md"), "\(list.stderr)")

        let before = try repo.snapshot()
        let edit = try repo.jalon("task", "edit", "T-A1", "--progress", "10")
        #expect(edit.status == 1, "\(edit)")
        #expect(edit.stderr.contains("tasks/T-A1.md"))
        #expect(!edit.stderr.looksLikeCrash)
        #expect(repo.read("tasks/T-A1.md") == broken)
        #expect(try repo.snapshot() == before)

        let added = try repo.jalonOK("task", "add", "Charte graphique")
        #expect(added.stdout.contains("T-A3"))
        #expect(repo.read("tasks/T-A1.md") == broken)
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "tasks/T-A3.md\n")
    }

    @Test func brokenSettingsFileStopsChangesButNotCheck() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        let settings = try #require(repo.read("jalon.yml"))
        try repo.write("jalon.yml", settings.replacingOccurrences(of: "name: Projet test\n", with: "name: \"Projet test\n"))
        try repo.gitOK("commit", "-q", "-am", "Oups")
        let before = try repo.snapshot()

        let add = try repo.jalon("task", "add", "Maquette")
        #expect(add.status == 1, "\(add)")
        #expect(add.stderr.contains("jalon.yml"))
        #expect(!add.stderr.looksLikeCrash)
        #expect(try repo.snapshot() == before)

        let check = try repo.jalon("check")
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("jalon.yml:2: broken YAML"), "\(check.stdout)")
    }

    @Test func checkReportsEveryProblemWithFileAndLine() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        try repo.write("tasks/T-A1.md", "---\nid: T-A1\ntitle: Recueillir les besoins\nstatus: todo\nassignees: [zoe]\ndue: 2027-02-31\n---\n")
        try repo.gitOK("commit", "-q", "-am", "À la main")

        let check = try repo.jalon("check")
        #expect(check.status == 1, "\(check)")
        #expect(check.stdout.contains("tasks/T-A1.md:5: unknown member `zoe`"), "\(check.stdout)")
        #expect(check.stdout.contains("tasks/T-A1.md:6: impossible date `2027-02-31`"), "\(check.stdout)")
        #expect(check.stdout.contains("2 errors"))

        let french = try repo.jalon("check", "--lang", "fr")
        #expect(french.stdout.contains("tasks/T-A1.md:5: membre inconnu « zoe »"), "\(french.stdout)")
        #expect(french.stdout.contains("tasks/T-A1.md:6: date impossible « 2027-02-31 »"))

        let json = try repo.jalon("check", "--format", "json")
        #expect(json.status == 1)
        #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil, "\(json.stdout)")
    }

    @Test func checkPrefixesPathsOfABoardInASubfolder() throws {
        let repo = try TestRepository()
        try repo.makeBoard(board: "planning")
        try repo.jalonOK("task", "add", "Recueillir les besoins")
        try repo.write("planning/tasks/T-A1.md", "---\nid: T-A1\ntitle: Recueillir\nstatus: fini\n---\n")
        try repo.gitOK("commit", "-q", "-am", "À la main")
        let check = try repo.jalon("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("planning/tasks/T-A1.md:4: unknown status `fini`"), "\(check.stdout)")
    }
}
