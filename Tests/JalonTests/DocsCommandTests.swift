// End-to-end tests of the spec, documents, minutes, comments, news, reminders and merge
// commands: the built `jalon` run in throw-away repositories, cross-checked with `git`.
import Foundation
import Testing

@Suite("documentation commands, end to end")
struct DocsCommandTests {
    func json(_ result: ProcessResult) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], "\(result)")
    }

    func lastMessage(_ repo: TestRepository, in dir: URL? = nil) throws -> String { try repo.gitOK("log", "-1", "--format=%B", in: dir) }

    // MARK: Spec

    @Test func specInitShowCheckAndLink() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("milestone", "add", "Maquette validée", "--date", "2026-12-18")
        try repo.jalonOK("milestone", "add", "Mise en ligne", "--date", "2027-02-05")
        let created = try repo.jalonOK("spec", "init")
        #expect(created.stdout.contains("spec.md"))
        #expect(try lastMessage(repo).contains("Jalon-Action: spec-init"))
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "spec.md\n")
        let spec = try #require(repo.read("spec.md"))
        #expect(spec.hasPrefix("---\ntitle: Projet test\nversion: \"0.1\"\nstatus: draft\n---\n"))
        #expect(spec.contains("## Contexte et organisation") && spec.contains("### Budget prévisionnel") && spec.contains("| Alice Martin (alice) |"))
        #expect(spec.contains("- M-A1 « Maquette validée » : 18/12/2026"))
        #expect(try repo.jalon("spec", "init").status == 1, "a second init is refused")

        // A fresh spec: only warnings, each with spec.md:line.
        let fresh = try repo.jalon("spec", "check")
        #expect(fresh.status == 0, "\(fresh)")
        #expect(fresh.stdout.contains("spec.md:") && fresh.stdout.contains("« Besoins » encore telle que le modèle"))
        let shown = try json(try repo.jalonOK("spec", "show", "--format", "json"))
        let sections = try #require(shown["sections"] as? [[String: Any]])
        #expect(sections.count == 15)
        #expect(sections.first { $0["key"] as? String == "needs" }?["state"] as? String == "templateOnly")

        // A complete spec, written by hand, deliverables linked with `spec link`.
        try repo.write("spec.md", DocsFixtures.goodSpec)
        try repo.gitOK("commit", "-qam", "Cahier des charges rédigé")
        let unlinked = try repo.jalonOK("spec", "check", "--lang", "en")
        #expect(unlinked.stdout.contains("deliverable L1 “Maquette de l'accueil” is linked to no milestone and no task"))
        try repo.jalonOK("spec", "link", "L1", "M-A1")
        #expect(try lastMessage(repo).contains("Jalon-Action: spec-link"))
        #expect(repo.read("milestones/M-A1.md")?.contains("deliverables: [L1]") == true)
        try repo.jalonOK("task", "add", "Mettre en ligne", "--milestone", "M-A2")
        try repo.jalonOK("spec", "link", "L2", "T-A1")
        let clean = try repo.jalonOK("spec", "check")
        #expect(clean.stdout.contains("Cahier des charges complet"), "\(clean)")
        #expect(try repo.jalon("spec", "link", "L7", "M-A1").status == 2)

        // Broken: the budget no longer adds up, a milestone falls after the end.
        try repo.write("spec.md", DocsFixtures.goodSpec.replacingOccurrences(of: "| **Total** | **72,50** |", with: "| **Total** | **90** |"))
        try repo.gitOK("commit", "-qam", "Budget modifié")
        try repo.jalonOK("milestone", "edit", "M-A2", "--date", "2027-03-01")
        let broken = try repo.jalon("spec", "check", "--format", "json")
        #expect(broken.status == 1)
        let problems = try #require(try json(broken)["problems"] as? [[String: Any]])
        let totalLine = DocsFixtures.goodSpec.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("| **Total**") }! + 1
        #expect(problems.contains { $0["file"] as? String == "spec.md" && $0["line"] as? Int == totalLine && ($0["message"] as? String)?.contains("72,5") == true })
        #expect(problems.contains { $0["file"] as? String == "milestones/M-A2.md" && $0["line"] as? Int == 4 })
        #expect(try repo.status().isEmpty)
    }

    // MARK: Documents

    /// `spec show --ascii` is ASCII through and through: the progress line, the deliverables
    /// heading and the budget line are folded like the tables (they were printed accented).
    @Test func specShowInASCIIIsASCII() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("milestone", "add", "Maquette validée", "--date", "2026-12-18")
        try repo.write("spec.md", DocsFixtures.goodSpec)
        try repo.gitOK("add", "spec.md")
        try repo.gitOK("commit", "-qm", "Cahier des charges rédigé")
        let shown = try repo.jalonOK("spec", "show", "--ascii", "--width", "100")
        #expect(shown.stdout.contains("15 rubriques redigees sur 15") && shown.stdout.contains("\nLivrables\n") && shown.stdout.contains("Budget : 2 lignes"), "\(shown)")
        let nonASCII = shown.stdout.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "\(shown)")
        let accented = try repo.jalonOK("spec", "show", "--width", "100")
        #expect(accented.stdout.contains("15 rubriques rédigées sur 15"), "\(accented)")
    }

    @Test func documentsFromTemplatesWithStatusTreeAndIndex() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        let made = try repo.jalonOK("doc", "new", "Charte graphique", "--template", "note", "--folder", "Conception graphique", "--tag", "design")
        #expect(made.stdout.contains("D-A1") && made.stdout.contains("docs/conception-graphique/charte-graphique.md"))
        #expect(try lastMessage(repo).contains("Jalon-Action: doc-new"))
        let doc = try #require(repo.read("docs/conception-graphique/charte-graphique.md"))
        #expect(doc.hasPrefix("---\nid: D-A1\ntitle: Charte graphique\nauthor: alice\nstatus: draft\nversion: \"0.1\"\ntags: [note, design]\n---\n# Charte graphique\n"))
        #expect(!doc.contains("{{"))
        let report = try repo.jalonOK("doc", "new", "Rapport semaine 1", "--template", "rapport-hebdomadaire")
        #expect(report.stdout.contains("docs/rapports/2026-12-01-rapport-semaine-1.md"), "dated template: \(report)")

        try repo.jalonOK("doc", "status", "D-A1", "review", "--as", "bob")
        let validated = try repo.jalonOK("doc", "status", "D-A1", "validated", "--version", "1.0", "--as", "bob")
        #expect(validated.stdout.contains("en revue → validé"))
        #expect(validated.stdout.contains("Validé par Bob Durand"))
        let message = try lastMessage(repo)
        #expect(message.contains("Jalon-Action: doc-status") && message.contains("Jalon-Items: D-A1"))
        #expect(try repo.gitOK("log", "-1", "--format=%an") == "Bob Durand\n")
        let after = try #require(repo.read("docs/conception-graphique/charte-graphique.md"))
        #expect(after.contains("status: validated\nversion: \"1.0\"\ntags: [note, design]\nvalidatedBy: bob\nvalidatedAt: \"2026-12-01T"))
        #expect(try repo.jalon("doc", "status", "D-A1", "fini").status == 2)

        let list = try json(try repo.jalonOK("doc", "list", "--format", "json"))
        let docs = try #require(list["documents"] as? [[String: Any]])
        #expect(docs.count == 2)
        let charte = try #require(docs.first { $0["id"] as? String == "D-A1" })
        #expect(charte["author"] as? String == "alice" && charte["status"] as? String == "validated" && charte["version"] as? String == "1.0")
        let last = try #require(charte["lastChange"] as? [String: Any])
        #expect(last["by"] as? String == "Bob Durand")
        #expect((last["commit"] as? String)?.count == 40)
        let validatedOnly = try repo.jalonOK("doc", "list", "--status", "validated")
        #expect(validatedOnly.stdout.contains("D-A1") && !validatedOnly.stdout.contains("D-A2"))
        #expect(validatedOnly.stdout.contains("Bob Durand"))

        let tree = try repo.jalonOK("doc", "tree")
        #expect(tree.stdout.contains("├── conception-graphique/") || tree.stdout.contains("└── conception-graphique/"))
        #expect(tree.stdout.contains("charte-graphique.md  D-A1 validé v1.0"))
        let shown = try json(try repo.jalonOK("doc", "show", "D-A1", "--format", "json"))
        #expect(shown["validatedBy"] as? String == "bob")
        #expect((shown["body"] as? String)?.contains("# Charte graphique") == true)
        #expect(try repo.status().isEmpty)
    }

    @Test func binaryDocumentsGetASidecar() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let bytes: [UInt8] = [0x25, 0x50, 0x44, 0x46, 0x00, 0xFF, 0x10, 0x00, 0x0A]
        let source = repo.sandbox.appendingPathComponent("Devis hébergeur.PDF")
        try Data(bytes).write(to: source)
        let made = try repo.jalonOK("doc", "new", "Devis de l'hébergeur", "--attach", source.path, "--folder", "budget")
        #expect(made.stdout.contains("docs/budget/devis-de-l-hebergeur.pdf"), "\(made)")
        #expect(Array(try Data(contentsOf: repo.file("docs/budget/devis-de-l-hebergeur.pdf"))) == bytes)
        #expect(repo.read("docs/budget/devis-de-l-hebergeur.pdf.meta.yml")?.hasPrefix("id: D-A1\ntitle: Devis de l'hébergeur\nauthor: alice\nstatus: draft\n") == true)
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "docs/budget/devis-de-l-hebergeur.pdf\ndocs/budget/devis-de-l-hebergeur.pdf.meta.yml\n")
        try repo.jalonOK("doc", "status", "docs/budget/devis-de-l-hebergeur.pdf", "validated")
        #expect(repo.read("docs/budget/devis-de-l-hebergeur.pdf.meta.yml")?.contains("status: validated") == true)
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "docs/budget/devis-de-l-hebergeur.pdf.meta.yml\n")
        let list = try json(try repo.jalonOK("doc", "list", "--format", "json"))
        #expect((list["documents"] as? [[String: Any]])?.first?["binary"] as? Bool == true)
        #expect(try repo.status().isEmpty)
        #expect(try repo.git("fsck", "--strict").succeeded)
    }

    @Test func namingRuleIsCheckedAndFixable() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "en")
        try repo.write("docs/Réunions/Compte rendu 02-12-2026.md", "# Compte rendu\n")
        try repo.write("docs/ok/plan.pdf", "%PDF")
        try repo.gitOK("add", "docs")
        try repo.gitOK("commit", "-qm", "Documents added by hand")
        let check = try repo.jalon("doc", "check")
        #expect(check.stdout.contains("docs/Réunions/Compte rendu 02-12-2026.md: name `Compte rendu 02-12-2026.md` breaks the naming rule: spaces, date `02-12-2026` not in ISO order (YYYY-MM-DD)"), "\(check)")
        #expect(check.stdout.contains("docs/Réunions: name `Réunions` breaks the naming rule: accents"))
        #expect(check.stdout.contains("compte-rendu-2026-12-02.md"))
        #expect(check.stdout.contains("docs/ok/plan.pdf: document without its metadata file"))
        let renamed = try repo.jalonOK("doc", "rename", "docs/Réunions/Compte rendu 02-12-2026.md")
        #expect(renamed.stdout.contains("→ docs/Réunions/compte-rendu-2026-12-02.md"))
        #expect(try lastMessage(repo).contains("Jalon-Action: doc-rename"))
        #expect(repo.exists("docs/Réunions/compte-rendu-2026-12-02.md") && !repo.exists("docs/Réunions/Compte rendu 02-12-2026.md"))
        #expect(try repo.status().isEmpty)
        // `doc new` builds compliant names, and refuses a chosen name that breaks the rule.
        let made = try repo.jalonOK("doc", "new", "Présentation de l'équipe 02/12/2026", "--folder", "Équipe projet")
        let path = try #require(made.stdout.split(separator: " ").first { $0.hasPrefix("docs/") }).description
        #expect(path.split(separator: "/").allSatisfy { part in part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || "-._".contains($0)) } }, "\(path)")
        let bad = try repo.jalon("doc", "new", "X", "--name", "Mon fichier.md")
        #expect(bad.status == 2 && bad.stderr.contains("mon-fichier.md"))
    }

    @Test func pathsLeavingTheBoardAreRefused() throws {
        let repo = try TestRepository()
        try repo.makeBoard()
        let outside = repo.sandbox.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try "secret\n".write(to: outside.appendingPathComponent("secret.md"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: repo.file("docs"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: repo.file("docs/dehors").path, withDestinationPath: outside.path)
        let before = try repo.snapshot()
        for args in [["doc", "new", "X", "--folder", "../../etc"], ["doc", "new", "X", "--folder", "/etc"], ["doc", "new", "X", "--folder", "dehors"],
                     ["doc", "show", "../../etc/passwd"], ["doc", "show", "/etc/passwd"], ["doc", "show", "docs/dehors/secret.md"],
                     ["doc", "rename", "../../etc/passwd", "x.md"], ["meeting", "show", "../../etc/passwd"]] {
            let result = try repo.jalon(args)
            #expect(result.status == 2, "\(args): \(result)")
            #expect(result.stderr.contains("refused") && !result.stderr.looksLikeCrash, "\(args): \(result.stderr)")
            #expect(!result.stdout.contains("secret"))
        }
        let link = try repo.jalon("doc", "new", "X", "--folder", "dehors")
        #expect(link.stderr.contains("link that leads outside the board"))
        #expect(try repo.snapshot() == before)
        #expect(!FileManager.default.fileExists(atPath: outside.appendingPathComponent("x.md").path))
    }

    // MARK: Meetings

    @Test func meetingMinutesWithAgendaAndActionTasks() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("milestone", "add", "Maquette validée", "--date", "2026-12-18")
        try repo.jalonOK("task", "add", "Recueillir les besoins", "--assign", "bob", "--due", "2026-11-30")
        try repo.jalonOK("task", "add", "Questions sur l'hébergement", "--label", "question")
        let made = try repo.jalonOK("meeting", "new", "--date", "2026-12-02", "--attendees", "alice,bob", "--guest", "Mme Dupont (association)", "--template", "reunion-hebdo")
        #expect(made.stdout.contains("R-A1") && made.stdout.contains("meetings/2026-12-02-reunion-hebdomadaire.md"))
        #expect(try lastMessage(repo).contains("Jalon-Action: meeting-new"))
        let text = try #require(repo.read("meetings/2026-12-02-reunion-hebdomadaire.md"))
        #expect(text.hasPrefix("---\nid: R-A1\ntitle: Réunion hebdomadaire\ndate: 2026-12-02\nattendees: [alice, bob]\nguests: [Mme Dupont (association)]\nauthor: alice\nactions: []\n---\n"))
        #expect(text.contains("- T-A1 « Recueillir les besoins » (bob) — échéance 30/11/2026"), "late tasks on the agenda")
        #expect(text.contains("- M-A1 « Maquette validée » — 18/12/2026"), "upcoming milestones on the agenda")
        #expect(text.contains("- T-A2 « Questions sur l'hébergement »"), "open questions on the agenda")
        #expect(try repo.jalon("meeting", "new", "--attendees", "zoe").status == 2)

        // Action items written in the minutes become tasks, linked back.
        try repo.write("meetings/2026-12-02-reunion-hebdomadaire.md", text.replacingOccurrences(of: "actions: []\n", with: """
            actions:
              - who: bob
                what: Envoyer la maquette au client
                due: 2026-12-09
              - who: Mme Dupont
                what: Fournir les photos

            """))
        try repo.gitOK("commit", "-qam", "Actions de la réunion")
        let listed = try json(try repo.jalonOK("meeting", "actions", "R-A1", "--format", "json"))
        #expect((listed["actions"] as? [[String: Any]])?.count == 2)
        let created = try repo.jalonOK("meeting", "actions", "R-A1", "--create-tasks")
        #expect(created.stdout.contains("T-A3, T-A4"))
        let message = try lastMessage(repo)
        #expect(message.contains("Jalon-Action: meeting-actions") && message.contains("Jalon-Items: R-A1, T-A3, T-A4"))
        #expect(try repo.gitOK("show", "--name-only", "--format=", "HEAD") == "meetings/2026-12-02-reunion-hebdomadaire.md\ntasks/T-A3.md\ntasks/T-A4.md\n")
        let task = try json(try repo.jalonOK("task", "show", "T-A3", "--format", "json"))
        #expect(task["assignees"] as? [String] == ["bob"] && task["due"] as? String == "2026-12-09" && task["title"] as? String == "Envoyer la maquette au client")
        #expect(repo.read("tasks/T-A3.md")?.contains("meeting: R-A1") == true)
        #expect(repo.read("meetings/2026-12-02-reunion-hebdomadaire.md")?.contains("    due: 2026-12-09\n    task: T-A3\n") == true)
        #expect(try repo.jalon("meeting", "actions", "R-A1", "--create-tasks").status == 2, "nothing left to create")
        let meetings = try json(try repo.jalonOK("meeting", "list", "--format", "json"))
        #expect((meetings["meetings"] as? [[String: Any]])?.first?["id"] as? String == "R-A1")
        let shown = try repo.jalonOK("meeting", "show", "R-A1")
        #expect(shown.stdout.contains("T-A3") && shown.stdout.contains("Envoyer la maquette au client"))
        #expect(try repo.jalon("check").succeeded)
        #expect(try repo.status().isEmpty)
    }

    // MARK: Comments and merges

    /// A board in `repo`, cloned for Bob; Alice comments in hers, Bob in his.
    func twoClonesWithComments() throws -> (TestRepository, URL) {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Maquette accueil", "--assign", "alice,bob")
        let clone = try repo.cloneAsBob()
        try repo.jalonOK("comment", "T-A1", "J'ai envoyé la v1 au client @bob", environment: ["JALON_NOW": "2026-12-01T10:00:00+01:00"])
        try repo.jalonOK("comment", "T-A1", "Le client préfère le bleu @alice", in: clone, environment: ["JALON_NOW": "2026-12-01T11:30:00+01:00"])
        #expect(try lastMessage(repo).contains("Jalon-Action: comment-add"))
        try repo.gitOK("remote", "add", "bob", clone.path)
        return (repo, clone)
    }

    func expectBothComments(_ repo: TestRepository) throws {
        let listed = try json(try repo.jalonOK("comment", "list", "T-A1", "--format", "json"))
        let comments = try #require(listed["comments"] as? [[String: Any]])
        #expect(comments.map { $0["author"] as? String } == ["alice", "bob"], "time order")
        #expect(comments[0]["mentions"] as? [String] == ["bob"])
        #expect(comments[1]["text"] as? String == "Le client préfère le bleu @alice\n")
        let text = try repo.jalonOK("comment", "list", "T-A1")
        #expect(text.stdout.contains("Alice Martin · 01/12/2026") && text.stdout.contains("Bob Durand · 01/12/2026"))
        #expect(try repo.git("fsck", "--strict").succeeded)
        #expect(try repo.status().isEmpty)
        #expect(try repo.jalon("check").succeeded)
    }

    @Test func commentsInTwoClonesMergeWithPlainGit() throws {
        let (repo, _) = try twoClonesWithComments()
        let pulled = try repo.git("pull", "-q", "--no-rebase", "--no-edit", "bob", "main")
        #expect(pulled.succeeded, "\(pulled)")
        #expect(try repo.gitOK("log", "-1", "--format=%P").split(separator: " ").count == 2)
        try expectBothComments(repo)
    }

    @Test func commentsInTwoClonesMergeWithJalon() throws {
        let (repo, clone) = try twoClonesWithComments()
        try repo.gitOK("fetch", "-q", "bob")
        let merged = try repo.jalonOK("merge", "bob/main")
        #expect(merged.stdout.contains("Fusion faite sans conflit"), "\(merged)")
        let parents = try repo.gitOK("log", "-1", "--format=%P").trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        #expect(parents.count == 2)
        #expect(String(parents[1]) == (try repo.revision("bob/main")))
        let message = try lastMessage(repo)
        #expect(message.hasPrefix("Fusion de bob/main dans main") && message.contains("Jalon-Action: merge"))
        #expect(try repo.gitOK("log", "-1", "--format=%an <%ae>") == "Alice Martin <alice@example.org>\n")
        try expectBothComments(repo)
        #expect(try repo.jalonOK("merge", "bob/main").stdout.contains("Déjà à jour"))
        // Bob brings Alice's merge in: a fast-forward.
        try repo.gitOK("fetch", "-q", "origin", in: clone)
        let forward = try repo.jalonOK("merge", "origin/main", in: clone)
        #expect(forward.stdout.contains("Avance rapide"), "\(forward)")
        #expect(try repo.revision("HEAD") == (try repo.gitOK("rev-parse", "HEAD", in: clone).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(try repo.gitOK("status", "--porcelain", in: clone).isEmpty)
        #expect(try repo.jalon("merge", "nowhere/main").status == 2)
    }

    @Test func jalonMergeSettlesTheSameFieldChangedTwiceAndRefusesConflictsOutsideTheBoard() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "en")
        try repo.jalonOK("task", "add", "Home page")
        let clone = try repo.cloneAsBob()
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Home page v2")
        try repo.jalonOK("task", "edit", "T-A1", "--title", "Landing page", in: clone)
        try repo.jalonOK("task", "move", "T-A1", "doing", in: clone)
        try repo.gitOK("remote", "add", "bob", clone.path)
        try repo.gitOK("fetch", "-q", "bob")
        // Same author date (JALON_NOW) on both sides: the alphabetically first member (alice) wins.
        let merged = try repo.jalonOK("merge", "bob/main")
        #expect(merged.stdout.contains("merged: tasks/T-A1.md (status)"), "\(merged)")
        #expect(merged.stdout.contains("tasks/T-A1.md title = Home page v2 (alice, later); value dropped: Landing page (bob)"), "\(merged)")
        let task = repo.read("tasks/T-A1.md") ?? ""
        #expect(task.contains("title: Home page v2\n") && task.contains("status: doing\n"), "\(task)")
        let message = try repo.gitOK("log", "-1", "--format=%B")
        #expect(message.contains("Jalon-Lost: tasks/T-A1.md title: kept Home page v2 (alice), lost Landing page (bob)"), "\(message)")
        #expect(try repo.gitOK("rev-list", "--parents", "-1", "HEAD").split(separator: " ").count == 3)
        #expect(try repo.status().isEmpty)
        // A file outside the board changed two ways is Git's to merge: refused, nothing changed.
        try repo.write("notes.txt", "one\n")
        try repo.gitOK("add", "notes.txt")
        try repo.gitOK("commit", "-q", "-m", "notes")
        try repo.gitOK("pull", "-q", "--no-rebase", "--no-edit", repo.path, "main", in: clone)
        try repo.write("notes.txt", "two\n")
        try repo.gitOK("commit", "-q", "-am", "notes two")
        try String("three\n").write(to: clone.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try repo.gitOK("commit", "-q", "-am", "notes three", in: clone)
        try repo.gitOK("fetch", "-q", "bob")
        let before = try repo.snapshot()
        let refused = try repo.jalon("merge", "bob/main")
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.stderr.contains("conflicts on 1 file: notes.txt") && refused.stderr.contains("git merge bob/main"), "\(refused.stderr)")
        #expect(try repo.snapshot() == before)
    }

    @Test func commentsAreRefusedOnUnknownItemsAndMentions() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "en")
        try repo.jalonOK("task", "add", "Home page")
        #expect(try repo.jalon("comment", "T-A9", "hello").status == 2)
        let mention = try repo.jalon("comment", "T-A1", "hello @zoe")
        #expect(mention.status == 2 && mention.stderr.contains("@zoe is not a member"))
        #expect(try repo.jalon("comment", "T-A1", "  ").status == 2)
        let all = try repo.jalonOK("comment", "T-A1", "Ready for review @all")
        #expect(all.stdout.contains("@bob") && !all.stdout.contains("@alice"))
        try repo.jalonOK("doc", "new", "Note de cadrage")
        try repo.jalonOK("comment", "D-A1", "Relu, OK pour moi", "--as", "bob")
        let doc = try repo.jalonOK("doc", "show", "D-A1")
        #expect(doc.stdout.contains("Relu, OK pour moi"))
    }

    /// `comment list` is printed by the document model's text renderer, its empty thread too:
    /// with --ascii the sentence saying there is none is folded to ASCII like a thread (it was
    /// printed by hand, « » on an ASCII terminal). Exact text in French and English, and the
    /// thread itself in ASCII; the comment's date is checked against `git log`.
    @Test func commentListIsFoldedToASCIIEmptyOrNot() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Maquette accueil")
        #expect(try repo.jalonOK("comment", "list", "T-A1", "--ascii").stdout
            == "Aucun commentaire sur T-A1 ; \" jalon comment T-A1 \"texte\" \" en ajoute un.\n")
        #expect(try repo.jalonOK("comment", "list", "T-A1").stdout
            == "Aucun commentaire sur T-A1 ; « jalon comment T-A1 \"texte\" » en ajoute un.\n")
        #expect(try repo.jalonOK("comment", "list", "T-A1", "--ascii", "--lang", "en").stdout
            == "No comments on T-A1; `jalon comment T-A1 \"text\"` adds one.\n")
        try repo.jalonOK("comment", "T-A1", "Déjà relue — merci", environment: ["JALON_NOW": "2026-12-01T10:00:00+01:00"])
        #expect(try repo.gitOK("log", "-1", "--format=%aI").hasPrefix("2026-12-01T10:00:00+01:00"))
        #expect(try repo.jalonOK("comment", "list", "T-A1", "--ascii").stdout
            == "-- Alice Martin . 01/12/2026 10:00 --\nDeja relue - merci\n")
    }

    // MARK: News and reminders

    /// `news --ascii` is ASCII through and through: its headings are folded like its items
    /// (they were printed accented).
    @Test func newsInASCIIIsASCII() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Recueillir les besoins", "--assign", "bob")
        let shown = try repo.jalonOK("news", "--as", "bob", "--peek", "--ascii")
        #expect(shown.stdout.contains("Nouveautes pour Bob Durand") && shown.stdout.contains("Nouvelles taches pour vous"), "\(shown)")
        let nonASCII = shown.stdout.unicodeScalars.filter { !$0.isASCII }
        #expect(nonASCII.isEmpty, "\(shown)")
        #expect(try repo.jalonOK("news", "--as", "bob", "--peek").stdout.contains("Nouveautés pour Bob Durand"))
    }

    @Test func newsShowsWhatChangedForTheMemberSinceTheirLastLook() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "en")
        try repo.jalonOK("task", "add", "Collect needs", "--assign", "alice", "--due", "2026-12-02")
        try repo.jalonOK("task", "add", "Mock-up", "--assign", "bob", "--depends", "T-A1")
        let first = try repo.jalonOK("news", "--as", "bob")
        #expect(first.stdout.contains("Tasks newly assigned to you") && first.stdout.contains("Alice Martin assigned T-A2 “Mock-up” to you"), "\(first)")
        #expect(FileManager.default.fileExists(atPath: repo.file(".git/jalon/news/bob").path), "the marker lives in the Git folder")
        #expect(try repo.status().isEmpty)
        #expect(try repo.jalonOK("news", "--as", "bob").stdout.contains("Nothing new for you."))

        let later = ["JALON_NOW": "2026-12-02T15:00:00+01:00"]
        try repo.jalonOK("task", "done", "T-A1", environment: later)
        try repo.jalonOK("comment", "T-A2", "Colours are in docs/ @bob", environment: later)
        try repo.jalonOK("task", "add", "Unrelated", environment: later)
        let news = try repo.jalonOK("news", "--as", "bob", "--format", "json", environment: ["JALON_NOW": "2026-12-02T16:00:00+01:00"])
        let digest = try json(news)
        let entries = try #require(digest["entries"] as? [[String: Any]])
        #expect(Set(entries.compactMap { $0["reason"] as? String }) == ["mention", "dependency"], "\(news.stdout)")
        #expect(entries.first { $0["reason"] as? String == "mention" }?["text"] as? String == "Colours are in docs/ @bob")
        #expect(entries.first { $0["reason"] as? String == "dependency" }?["waitingTask"] as? String == "T-A2")
        #expect(digest["otherChanges"] as? Int == 1)
        let since = try repo.jalonOK("news", "--as", "bob", "--since", "2026-11-30", "--peek")
        #expect(since.stdout.contains("T-A2"))
        #expect(try repo.jalon("news", "--as", "bob", "--since", "yesterday-ish").status == 2)

        // `--since dernier` (the French word for `last`) moves the marker too.
        let marker = repo.file(".git/jalon/news/bob")
        let before = try String(contentsOf: marker, encoding: .utf8)
        try repo.jalonOK("comment", "T-A2", "Maquette validée @bob", environment: ["JALON_NOW": "2026-12-03T08:00:00+01:00"])
        let french = try repo.jalonOK("news", "--as", "bob", "--since", "dernier", environment: ["JALON_NOW": "2026-12-03T09:00:00+01:00"])
        #expect(french.stdout.contains("Maquette validée @bob"), "\(french)")
        #expect(try String(contentsOf: marker, encoding: .utf8) != before, "the marker moved")
        let again = try repo.jalonOK("news", "--as", "bob", "--since", "dernier", environment: ["JALON_NOW": "2026-12-03T09:05:00+01:00"])
        #expect(again.stdout.contains("Nothing new for you."), "\(again)")
    }

    @Test func remindPrintsADigestForTheTeamOrOneMember() throws {
        let repo = try TestRepository()
        try repo.makeBoard(lang: "fr")
        try repo.jalonOK("task", "add", "Recueillir les besoins", "--assign", "alice", "--due", "2026-11-30")
        try repo.jalonOK("task", "add", "Maquette", "--assign", "bob", "--due", "2026-12-03", "--depends", "T-A1")
        try repo.jalonOK("task", "add", "Relire la charte", "--assign", "alice", "--status", "review")
        try repo.jalonOK("comment", "T-A2", "Tu peux commencer ? @bob")
        let text = try repo.jalonOK("remind")
        #expect(text.stdout.contains("Rappels du 01/12/2026"))
        #expect(text.stdout.contains("T-A1 « Recueillir les besoins » — en retard de 1 jour"))
        #expect(text.stdout.contains("T-A2 « Maquette » — échéance 03/12/2026 (dans 2 jours)"))
        #expect(text.stdout.contains("T-A2 « Maquette » — bloquée par T-A1 en retard (Alice Martin)"))
        #expect(text.stdout.contains("T-A3 « Relire la charte » — attend une relecture (Alice Martin)"))
        #expect(text.stdout.contains("Alice Martin vous mentionne sur T-A2"))
        let markdown = try repo.jalonOK("remind", "--member", "bob", "--format", "markdown", "--days", "1")
        #expect(markdown.stdout.hasPrefix("## Rappels du 01/12/2026"))
        #expect(markdown.stdout.contains("### Bob Durand (@bob)") && !markdown.stdout.contains("### Alice Martin"))
        #expect(!markdown.stdout.contains("échéance 03/12/2026 (dans"), "beyond --days 1")
        let json = try json(try repo.jalonOK("remind", "--format", "json", "--lang", "en"))
        #expect((json["members"] as? [[String: Any]])?.count == 2)
        #expect((json["reviews"] as? [[String: Any]])?.first?["id"] as? String == "T-A3")
        #expect(try repo.jalon("remind", "--member", "zoe").status == 2)
    }
}
