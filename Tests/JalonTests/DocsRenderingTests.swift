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

    /// A block of Markdown the team wrote (the review's lessons) promised its line breaks in
    /// HTML, but the escaper made each a space.
    @Test func lessonsKeepTheirLineBreaksInHTML() {
        #expect(HTML.html(.markdown("- une leçon\n- <b>deux</b>\n"), language: .fr) == "<pre class=\"notes\">- une leçon\n- &lt;b&gt;deux&lt;/b&gt;\n</pre>\n")
    }
}
