import BoardCore
import Foundation
@testable import Reports
import Testing

/// The documentation views (`doc show`, `meeting show`, `comment list`, `doc tree`, `remind`)
/// printed through the document model: the defects the hand-made printing had, each pinned
/// by a test that fails on the code before (main 80a26d1).
@Suite struct DocsRenderingTests {
    static let utc = TimeZone(identifier: "UTC")!
    static let ascii = TerminalStyle(unicode: false, color: false, width: 80)
    static let colour = TerminalStyle(unicode: true, color: true, width: 80)

    static let document = BoardDocument(path: "docs/conception/charte.md",
                                        meta: DocumentMeta(id: ItemID("D-A1"), title: "Charte « graphique »", author: "bob", status: "validated", version: "1.0"),
                                        body: "Texte validé.\n")
    static let comment = Comment(path: "comments/D-A1/20261201T090000Z-bob-aaaaaa.md", item: "D-A1", author: "bob",
                                 dateText: "2026-12-01T10:00:00Z", mentions: [], body: "Vu — merci\n")

    static var minutes: MeetingMinutes {
        var m = MeetingMinutes(id: ItemID("R-A1")!, title: "Réunion de lancement", date: Day.parse("2026-11-30"), path: "meetings/2026-11-30-lancement.md")
        m.attendees = ["alice", "bob"]
        m.guests = ["Mme Leroy (présidente)"]
        m.body = "# Réunion\n\n- Décisions : aucune\n"
        return m
    }

    /// With --ascii the title, the particulars and the comment's byline were printed without
    /// the escaper (`—`, `é`, `·` on an ASCII terminal) while the body beside them was folded.
    @Test func detailsAreFoldedToASCIILikeTheirBody() {
        let board = DocsFixtures.board([])
        let doc = DocsText.documentDetail(Self.document, lastChange: nil, comments: [Self.comment], board: board, language: .fr, style: Self.ascii, timeZone: Self.utc)
        #expect(doc == """
            D-A1 - Charte " graphique "
            Chemin : docs/conception/charte.md
            Auteur : Bob Durand
            Statut : valide
            Version : 1.0

            Texte valide.

            -- Bob Durand . 01/12/2026 10:00 --
            Vu - merci
            """)
        let meeting = DocsText.meetingDetail(Self.minutes, comments: [], board: board, language: .en, style: Self.ascii, timeZone: Self.utc)
        #expect(meeting == """
            R-A1 - Reunion de lancement
            Date: Nov 30, 2026
            Attendees: Alice Martin, Bob Durand
            Guests: Mme Leroy (presidente)
            Path: meetings/2026-11-30-lancement.md

            Reunion
            =======

            - Decisions : aucune

            Actions
            No action items in these minutes.
            """)
        let thread = DocsText.commentThread([Self.comment], board: board, language: .fr, style: Self.ascii, timeZone: Self.utc)
        #expect(thread == "-- Bob Durand . 01/12/2026 10:00 --\nVu - merci")
    }

    /// `remind` in colour painted its headings bold and then cleaned the painted line, so a
    /// terminal showed `\u001B[1m` as text (and the title was folded ten columns early); its
    /// Markdown heading gave the board's name raw (`<b>` reached GitLab). Built as a document,
    /// the headings are bold and the name is escaped like every other board text.
    @Test func remindersPaintTheirHeadingsAndEscapeTheBoardName() {
        var board = DocsFixtures.board([
            DocsFixtures.task("T-A1", status: "doing", assignees: ["alice"], due: "2026-12-01"),
            DocsFixtures.task("T-B1", status: "todo", assignees: ["bob"], due: "2026-12-07", depends: ["T-A1"]),
        ])
        let digest = ReminderDigest.build(board: board, documents: [], comments: [], today: Day.parse("2026-12-04")!, days: 3, member: nil)
        let e = "\u{1B}["
        #expect(DocsText.reminders(digest, board: board, language: .fr, style: Self.colour) == """
            \(e)1mRappels du 04/12/2026 — Site vitrine (échéances à 3 jours)\(e)0m

            \(e)1mAlice Martin (alice)\(e)0m
              En retard
                - T-A1 « Tâche T-A1 » — en retard de 3 jours (échéance 01/12/2026)

            \(e)1mBob Durand (bob)\(e)0m
              À rendre bientôt
                - T-B1 « Tâche T-B1 » — échéance 07/12/2026 (dans 3 jours)
              Bloqué par le retard d’un autre
                - T-B1 « Tâche T-B1 » — bloquée par T-A1 en retard (Alice Martin)
            """)
        board.settings.name = "Site_web <b>&"
        #expect(DocsText.remindersDocument(digest, board: board, language: .en).markdown() == """
            ## Reminders for Dec 4, 2026 — Site\\_web &lt;b&gt;&amp; (due within 3 days)

            ### Alice Martin (@alice)
            - **Overdue**
              - **T-A1** “Tâche T-A1” — 3 days late (due Dec 1, 2026)

            ### Bob Durand (@bob)
            - **Due soon**
              - **T-B1** “Tâche T-B1” — due Dec 7, 2026 (in 3 days)
            - **Blocked by someone else's late task**
              - **T-B1** “Tâche T-B1” — blocked by late T-A1 (Alice Martin)
            """)
    }

    /// `doc tree` in colour painted each document's note and then cleaned the line, so a
    /// terminal showed `\u001B[32m` as text (and the line was cut too early). Built as a
    /// document's tree, the note is painted once; folders before files, in name order.
    @Test func documentTreePaintsItsNotes() {
        let draft = BoardDocument(path: "docs/communication/affiche.md", meta: DocumentMeta(id: ItemID("D-A2"), title: "Affiche", author: "bob", status: "draft", version: "0.1"),
                                  body: "")
        let loose = BoardDocument(path: "docs/notes.md", meta: DocumentMeta(id: nil, title: "Notes", author: nil, status: "", version: nil), body: "")
        let e = "\u{1B}["
        #expect(DocsText.documentTree([loose, Self.document, draft], language: .fr, style: Self.colour) == """
            docs/
            ├── communication/
            │   └── affiche.md  \(e)2mD-A2 brouillon v0.1\(e)0m
            ├── conception/
            │   └── charte.md  \(e)32mD-A1 validé v1.0\(e)0m
            └── notes.md
            """)
        #expect(DocsText.documentTree([], language: .en, style: Self.colour) == "No documents yet; `jalon doc new TITLE` makes one.")
    }

    /// A block of Markdown the team wrote (the review's lessons) promised its line breaks in
    /// HTML, but the escaper made each a space.
    @Test func lessonsKeepTheirLineBreaksInHTML() {
        #expect(HTML.html(.markdown("- une leçon\n- <b>deux</b>\n"), language: .fr) == "<pre class=\"notes\">- une leçon\n- &lt;b&gt;deux&lt;/b&gt;\n</pre>\n")
    }
}
