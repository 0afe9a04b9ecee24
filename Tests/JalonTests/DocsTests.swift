// Unit tests of the documentation model: naming rule, spec parsing and checks, codecs of
// documents, minutes and comments, and the news and reminder digests built from hand-made values.
import BoardCore
import Foundation
import Reports
import Testing

enum DocsFixtures {
    static let settings = """
        jalon: 1
        name: Site vitrine
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
          - id: bob
            code: B
            name: Bob Durand
            emails: [bob@example.org]

        """

    /// A complete spec: every section written, deliverables L1 and L2, a budget that adds up.
    static let goodSpec = """
        ---
        title: Site vitrine
        version: "1.0"
        status: validated
        ---
        # Cahier des charges — Site vitrine

        ## Contexte et organisation

        L'association des Jardins Partagés veut un site vitrine.

        ## Besoins

        - Présenter les jardins et les ateliers.

        ## Objectifs mesurables

        - 5 pages en ligne avant le 05/02/2027.

        ## Périmètre

        - Pages d'accueil, ateliers, contact.

        ## Hors périmètre

        - Boutique en ligne.

        ## Livrables

        | Id | Livrable | Échéance | Jalon |
        |----|----------|----------|-------|
        | L1 | Maquette de l'accueil | 2026-12-18 | M-A1 |
        | L2 | Site en ligne | 2027-02-05 | M-A2 |

        ## Contraintes

        ### Délais

        Du 30/11/2026 au 12/02/2027.

        ### Budget prévisionnel

        | Poste | Montant (€) |
        |-------|-------------|
        | Hébergement | 60 |
        | Nom de domaine | 12,50 |
        | **Total** | **72,50** |

        ### Contraintes techniques

        WordPress chez l'hébergeur de l'association.

        ### Contraintes juridiques (RGPD, accessibilité)

        Formulaire de contact conforme au RGPD ; RGAA niveau AA.

        ## Parties prenantes et rôles

        | Qui | Rôle |
        |-----|------|
        | Alice Martin | cheffe de projet |

        ## Modalités organisationnelles

        Réunion chaque mercredi ; comptes-rendus dans meetings/.

        ## Critères de recette

        - Les 5 pages passent le validateur W3C.

        ## Risques

        | Risque | Probabilité | Impact | Mesure préventive |
        |--------|-------------|--------|-------------------|
        | Photos en retard | moyenne | fort | demander les photos en décembre |

        """

    static func milestone(_ id: String, date: String, deliverables: [String]) -> Board.File {
        let extra = deliverables.isEmpty ? "" : "deliverables: [\(deliverables.joined(separator: ", "))]\n"
        return Board.File(path: "milestones/\(id).md", text: "---\nid: \(id)\ntitle: Jalon \(id)\ndate: \(date)\n\(extra)---\n")
    }

    static func task(_ id: String, status: String = "todo", assignees: [String] = [], due: String? = nil, depends: [String] = []) -> Board.File {
        var text = "---\nid: \(id)\ntitle: Tâche \(id)\nstatus: \(status)\n"
        if !assignees.isEmpty { text += "assignees: [\(assignees.joined(separator: ", "))]\n" }
        if let due { text += "due: \(due)\n" }
        if !depends.isEmpty { text += "depends: [\(depends.joined(separator: ", "))]\n" }
        return Board.File(path: "tasks/\(id).md", text: text + "---\n")
    }

    static func board(_ files: [Board.File]) -> Board { Board.load(settings: settings, files: files) }
}

@Suite("documentation model")
struct DocsTests {
    // MARK: Naming rule

    @Test func namingRuleFlagsSpacesAccentsAndDayFirstDates() {
        #expect(DocumentNaming.problems(inName: "charte-graphique.md").isEmpty)
        #expect(DocumentNaming.problems(inName: "2026-12-02-compte-rendu.md").isEmpty)
        #expect(DocumentNaming.problems(inName: "rapport_20261202_v2.1.pdf").isEmpty)
        #expect(DocumentNaming.problems(inName: "Charte graphique.md") == [.spaces])
        #expect(DocumentNaming.problems(inName: "présentation.md") == [.accents])
        #expect(DocumentNaming.problems(inName: "cr-02-12-2026.md") == [.dateNotISO("02-12-2026")])
        #expect(DocumentNaming.problems(inName: "cr_02122026.md") == [.dateNotISO("02122026")])
        #expect(DocumentNaming.problems(inName: "devis&facture.pdf") == [.specialCharacters("&")])
        #expect(DocumentNaming.compliantName("Compte rendu 02-12-2026.DOCX") == "compte-rendu-2026-12-02.docx")
        #expect(DocumentNaming.compliantName("Présentation équipe (v2).md") == "presentation-equipe-v2.md")
        #expect(DocumentNaming.slug("Charte graphique — v2 (brouillon)") == "charte-graphique-v2-brouillon")
    }

    @Test func namingProblemsNameTheFileAndProposeTheFix() {
        let problems = DocumentLibrary.namingProblems(paths: ["docs/Réunions/cr 02.12.2026.md", "docs/ok/fine.md"])
        #expect(problems.count == 2)
        #expect(problems[0].file == "docs/Réunions")
        #expect(problems[1].file == "docs/Réunions/cr 02.12.2026.md")
        #expect(problems[1].hint?.en.contains("cr-2026-12-02.md") == true)
    }

    // MARK: Spec

    @Test func goodSpecHasNoProblem() throws {
        let board = DocsFixtures.board([DocsFixtures.milestone("M-A1", date: "2026-12-18", deliverables: ["L1"]),
                                        DocsFixtures.milestone("M-A2", date: "2027-02-05", deliverables: []),
                                        Board.File(path: "tasks/T-A1.md", text: "---\nid: T-A1\ntitle: Mise en ligne\nstatus: todo\ndeliverables: [L2]\n---\n")])
        let (spec, parseProblems) = SpecDocument.parse(DocsFixtures.goodSpec)
        let parsed = try #require(spec)
        #expect(parseProblems.isEmpty)
        #expect(parsed.title == "Site vitrine" && parsed.version == "1.0" && parsed.status == "validated")
        #expect(parsed.deliverables.map(\.id) == ["L1", "L2"])
        #expect(parsed.deliverables[0].due == Day.parse("2026-12-18"))
        #expect(parsed.budget?.lines.count == 2)
        #expect(parsed.budget?.total?.amount == Decimal(string: "72.5"))
        #expect(Set(parsed.allSections.compactMap(\.key)) == Set(SpecSectionKey.allCases))
        let problems = SpecCheck.problems(parsed, board: board)
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
    }

    @Test func brokenSpecReportsEachProblemWithFileAndLine() throws {
        var text = DocsFixtures.goodSpec
        text = text.replacingOccurrences(of: "L'association des Jardins Partagés veut un site vitrine.\n", with: "<!-- à écrire -->\n")
        text = text.replacingOccurrences(of: "- Boutique en ligne.", with: "- …")
        text = text.replacingOccurrences(of: "| **Total** | **72,50** |", with: "| **Total** | **80** |")
        let board = DocsFixtures.board([DocsFixtures.milestone("M-A1", date: "2026-12-18", deliverables: ["L1", "L9"]),
                                        DocsFixtures.milestone("M-A2", date: "2027-03-05", deliverables: [])])
        let spec = try #require(SpecDocument.parse(text).0)
        let problems = SpecCheck.problems(spec, board: board)
        let rendered = problems.map { $0.rendered(.en) }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func line(_ prefix: String) -> Int { (lines.firstIndex { $0.hasPrefix(prefix) } ?? -1) + 1 }
        #expect(rendered.contains("spec.md:\(line("## Contexte")): section “Contexte et organisation” is empty (write it with the team and the client; `jalon spec show` gives the whole picture)"), "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("spec.md:\(line("## Hors")): section “Hors périmètre” is still the template's text") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("spec.md:\(line("| L2")): deliverable L2 “Site en ligne” is linked to no milestone and no task") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("spec.md:\(line("| **Total**")): the budget lines add up to 72.5 but the total says 80") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("milestones/M-A2.md:4: milestone M-A2 (2027-03-05) falls after the project end (2027-02-12)") }, "\(rendered)")
        #expect(rendered.contains { $0.hasPrefix("milestones/M-A1.md:5: deliverable L9 is not in the spec") }, "\(rendered)")
        #expect(problems.filter { $0.severity == .error }.count == 3) // budget, date, unknown deliverable
    }

    @Test func specSectionsAreRecognisedInBothLanguages() {
        #expect(SpecSectionKey.recognise("Hors périmètre") == .outOfScope)
        #expect(SpecSectionKey.recognise("Out of scope") == .outOfScope)
        #expect(SpecSectionKey.recognise("Scope") == .scope)
        #expect(SpecSectionKey.recognise("Context and organisation") == .context)
        #expect(SpecSectionKey.recognise("Contraintes juridiques (RGPD, accessibilité)") == .legal)
        #expect(SpecSectionKey.recognise("Provisional budget") == .budget)
        #expect(SpecSectionKey.recognise("Organisational arrangements") == .organisation)
        #expect(SpecSectionKey.recognise("Critères de recette") == .acceptance)
        #expect(SpecDocument.amountValue("1 200,50 €") == Decimal(string: "1200.5"))
        #expect(SpecDocument.amountValue("**72**") == 72)
        #expect(SpecDocument.amountValue("…") == nil)
    }

    // MARK: Codecs

    @Test func documentMetadataRoundTrips() throws {
        let text = "---\nid: D-A1\ntitle: Charte graphique\nauthor: alice\nstatus: validated\nversion: \"1.0\"\ntags: [charte, design]\nvalidatedBy: bob\nvalidatedAt: \"2026-12-01T10:00:00+01:00\"\nreviewer: chloe\n---\n# Charte\n"
        let (meta, body, problems) = DocumentCodec.decodeMarkdown(text, path: "docs/charte.md")
        #expect(problems.isEmpty)
        let m = try #require(meta)
        #expect(m.id?.description == "D-A1" && m.status == "validated" && m.tags == ["charte", "design"] && m.validatedBy == "bob")
        #expect(DocumentCodec.encodeMarkdown(m, body: body) == text)
        let sidecar = DocumentCodec.encodeSidecar(m)
        #expect(DocumentCodec.decodeSidecar(sidecar, path: "docs/x.pdf.meta.yml").0 == m)
    }

    @Test func minutesRoundTripWithActions() throws {
        let text = """
            ---
            id: R-A1
            title: Réunion hebdomadaire
            date: 2026-12-02
            attendees: [alice, bob]
            guests: [Mme Dupont]
            author: alice
            actions:
              - who: bob
                what: Envoyer la maquette
                due: 2026-12-09
                task: T-B4
              - who: alice
                what: "Réserver la salle : B12"
            ---
            ## Ordre du jour

            """
        let (m, problems) = MeetingCodec.decode(text, path: "meetings/2026-12-02-reunion-hebdomadaire.md")
        #expect(problems.isEmpty, "\(problems.map { $0.rendered(.en) })")
        let minutes = try #require(m)
        #expect(minutes.actions.count == 2)
        #expect(minutes.actions[0].task?.description == "T-B4")
        #expect(minutes.actions[1].line == 13)
        #expect(MeetingCodec.encode(minutes) == text)
    }

    @Test func commentsSortInTimeOrderAndParseMentions() throws {
        #expect(Comment.mentionTokens(in: "Vu avec @bob et @Alice. Écris à chloe@example.org") == ["bob", "Alice"])
        let early = Comment(path: "comments/T-A1/20261201T090000Z-bob-aaaaaa.md", item: "T-A1", author: "bob", dateText: "2026-12-01T10:00:00+01:00", mentions: [], body: "b\n")
        let late = Comment(path: "comments/T-A1/20261201T100000Z-alice-bbbbbb.md", item: "T-A1", author: "alice", dateText: "2026-12-01T10:00:00Z", mentions: ["bob"], body: "a\n")
        let threads = CommentThreads.load([Board.File(path: late.path, text: CommentCodec.encode(late)), Board.File(path: early.path, text: CommentCodec.encode(early))])
        #expect(threads.diagnostics.isEmpty)
        #expect(threads.thread("T-A1").map(\.author) == ["bob", "alice"])
        #expect(threads.thread("T-A1")[1].mentions == ["bob"])
        #expect(Comment.fileName(date: Date(timeIntervalSince1970: 0), author: "Élodie", random: "abc123") == "19700101T000000Z-elodie-abc123.md")
    }

    // MARK: Digests

    @Test func newsDigestKeepsWhatConcernsTheMember() {
        let board = DocsFixtures.board([
            DocsFixtures.task("T-A1", status: "doing", assignees: ["alice"]),
            DocsFixtures.task("T-B1", status: "todo", assignees: ["bob"], depends: ["T-A1"]),
            DocsFixtures.task("T-B2", status: "todo", assignees: ["bob"]),
            DocsFixtures.task("T-A2", status: "todo", assignees: ["alice"]),
        ])
        let t0 = Date(timeIntervalSince1970: 1_796_000_000)
        func event(_ kind: BoardEventKind, _ item: String, _ minutes: Double, by actor: String) -> BoardEvent {
            BoardEvent(kind: kind, item: item, commit: "c\(Int(minutes))", date: t0.addingTimeInterval(minutes * 60), actor: .member(actor), coActors: [])
        }
        let events = [ // newest first, as the history gives them
            event(.taskMoved(from: "todo", to: "doing"), "T-B2", 60, by: "bob"),                 // bob's own move: not news
            event(.commentAdded(mentions: ["bob"]), "T-A2", 50, by: "alice"),                     // a mention
            event(.taskMoved(from: "doing", to: "done"), "T-A1", 40, by: "alice"),                // bob's T-B1 depends on it
            event(.taskDone, "T-A1", 40, by: "alice"),
            event(.taskAssigned(member: "bob"), "T-B2", 30, by: "alice"),                         // newly assigned
            event(.taskMoved(from: "todo", to: "doing"), "T-A2", 20, by: "alice"),                // not about bob
            event(.taskAssigned(member: "bob"), "T-B1", -10, by: "alice"),                        // before the marker
        ]
        let digest = NewsDigest.build(events: events, board: board, member: "bob", since: t0)
        #expect(digest.entries.map(\.reason) == [.mention, .dependency, .assigned])
        #expect(digest.entries[1].waitingTask == "T-B1")
        #expect(digest.otherChanges == 1)
        let text = DocsText.news(digest, board: board, sinceText: "x", language: .en, style: TerminalStyle(unicode: true, color: false, width: 120), timeZone: TimeZone(identifier: "UTC")!)
        #expect(text.contains("Alice Martin assigned T-B2 “Tâche T-B2” to you"))
        #expect(text.contains("T-A1 “Tâche T-A1”: doing → done (by Alice Martin) — your task T-B1 depends on it"))
    }

    @Test func remindersListDueOverdueBlockedAndReviews() {
        let board = DocsFixtures.board([
            DocsFixtures.task("T-A1", status: "doing", assignees: ["alice"], due: "2026-12-01"),
            DocsFixtures.task("T-B1", status: "todo", assignees: ["bob"], due: "2026-12-07", depends: ["T-A1"]),
            DocsFixtures.task("T-B2", status: "review", assignees: ["bob"]),
        ])
        let today = Day.parse("2026-12-04")!
        let digest = ReminderDigest.build(board: board, documents: [], comments: [], today: today, days: 3, member: "bob")
        #expect(digest.members.count == 1)
        #expect(digest.members[0].items.map(\.kind) == [.dueSoon, .blocked])
        let team = ReminderDigest.build(board: board, documents: [], comments: [], today: today, days: 3, member: nil)
        #expect(team.members.map(\.member) == ["alice", "bob"])
        #expect(team.members[0].items.map(\.kind) == [.overdue])
        #expect(team.reviews.map(\.id) == ["T-B2"])
        let markdown = DocsText.remindersDocument(team, board: board, language: .fr).markdown()
        #expect(markdown.contains("### Bob Durand (@bob)"))
        #expect(markdown.contains("**T-B1** « Tâche T-B1 » — bloquée par T-A1 en retard (Alice Martin)"))
        #expect(markdown.contains("**T-A1** « Tâche T-A1 » — en retard de 3 jours (échéance 01/12/2026)"))
    }
}
