import BoardCore
import Foundation
@testable import Reports
import Testing

/// The document model's blocks in every format it renders (text in Unicode, ASCII and colour,
/// Markdown, HTML, CSV), each against its exact expected output, with hostile board text: HTML
/// must escape `<script>&"'`, Markdown must keep it text, CSV must keep it one field (checked
/// by LibreOffice Calc, as every CSV Jalon writes is in SpreadsheetTests).
@Suite struct DocumentBlocksTests {
    static let hostile = "<script>&\"'"
    static func style(unicode: Bool = true, color: Bool = false, width: Int = 100) -> TerminalStyle {
        TerminalStyle(unicode: unicode, color: color, width: width)
    }
    static let esc = "\u{1B}["

    /// The CSV of `document`, opened by Calc (`;`-separated UTF-8, French locale); the checker
    /// compares each cell with the CSV field and fails on any formula.
    static func opensInCalc(_ csv: String, name: String) throws {
        let repo = try TestRepository(initialize: false)
        let file = repo.sandbox.appendingPathComponent("\(name).csv")
        try Data(csv.utf8).write(to: file)
        for (file, verdict) in try SpreadsheetTests.openInCalc([file], language: "fr", in: repo) {
            #expect(verdict.succeeded, "\(file): \(verdict)")
            #expect(verdict.stdout.hasPrefix("rows="), "\(file): \(verdict)")
        }
    }

    // MARK: Entries (news)

    static let entries = ReportDocument(title: "", language: .fr, sections: [
        ReportSection("", blocks: [.entries([ReportEntry("T-A1 \(hostile) fait", note: "Bob, lundi"), ReportEntry("=1+1; \"x\"")])]),
    ], look: .digest)

    @Test func entriesInText() {
        #expect(Self.entries.text(style: Self.style()) == "- T-A1 <script>&\"' fait  Bob, lundi\n- =1+1; \"x\"")
        #expect(Self.entries.text(style: Self.style(color: true)) == "- T-A1 <script>&\"' fait\(Self.esc)2m  Bob, lundi\(Self.esc)0m\n- =1+1; \"x\"")
        // Folded between words, continued under the text after the bullet.
        #expect(Self.entries.text(style: Self.style(width: 24)) == "- T-A1 <script>&\"' fait\n  Bob, lundi\n- =1+1; \"x\"")
        var report = Self.entries
        // The report look sets an entry as words: the gap before its note is one space.
        report.look = .report
        #expect(report.text(style: Self.style(unicode: false)) == "- T-A1 <script>&\"' fait Bob, lundi\n- =1+1; \"x\"")
        #expect(report.text(style: Self.style()) == "• T-A1 <script>&\"' fait Bob, lundi\n• =1+1; \"x\"")
    }

    @Test func entriesInMarkdownHTMLAndCSV() throws {
        #expect(Self.entries.markdown() == "- T-A1 &lt;script&gt;&amp;\"' fait *Bob, lundi*\n- \\=1+1; \"x\"")
        #expect(HTML.body(Self.entries) == "<header>\n</header>\n<section>\n<ul>\n<li>T-A1 &lt;script&gt;&amp;&quot;&#39; fait <span class=\"muted\">Bob, lundi</span></li>\n"
            + "<li>=1+1; &quot;x&quot;</li>\n</ul>\n</section>\n")
        let csv = Self.entries.csv()
        #expect(csv == "\u{FEFF}\r\n\"T-A1 <script>&\"\"' fait\";Bob, lundi\r\n\"'=1+1; \"\"x\"\"\";\r\n\r\n")
        try Self.opensInCalc(csv, name: "entries")
    }

    // MARK: Detail look, writing

    static let detail = ReportDocument(title: "D-A1 — Note \(hostile)", language: .fr,
                                       facts: [ReportFact("Chemin", "docs/a.md"), ReportFact("Statut", "validé", tone: .good)],
                                       sections: [ReportSection("", blocks: [.writing(ReportWriting("# Titre\n\nUn *mot* & \(hostile).\n", byline: "Bob \(hostile) · 01/12/2026 10:00"))])],
                                       look: .detail)

    @Test func detailAndWritingInText() {
        #expect(Self.detail.text(style: Self.style()) == """
            D-A1 — Note <script>&"'
            Chemin : docs/a.md
            Statut : validé

            ── Bob <script>&"' · 01/12/2026 10:00 ──
            Titre
            ═════

            Un mot & &"'.
            """)
        #expect(Self.detail.text(style: Self.style(unicode: false)) == """
            D-A1 - Note <script>&"'
            Chemin : docs/a.md
            Statut : valide

            -- Bob <script>&"' . 01/12/2026 10:00 --
            Titre
            =====

            Un mot & &"'.
            """)
        let e = Self.esc
        #expect(Self.detail.text(style: Self.style(color: true)) == "\(e)1mD-A1 — Note <script>&\"'\(e)0m\nChemin : docs/a.md\nStatut : \(e)32mvalidé\(e)0m\n\n"
            + "\(e)2m── Bob <script>&\"' · 01/12/2026 10:00 ──\(e)0m\n\(e)1mTitre\(e)0m\n═════\n\nUn\(e)3m mot\(e)0m & &\"'.")
        // English labels end with a colon, no space.
        var en = Self.detail
        en.language = .en
        #expect(en.text(style: Self.style()).hasPrefix("D-A1 — Note <script>&\"'\nChemin: docs/a.md\nStatut: validé\n\n"))
        // Neither the title nor the facts are wrapped; the body is, at the width.
        let narrow = Self.detail.text(style: Self.style(width: 20)).split(separator: "\n").map(String.init)
        #expect(narrow[0] == "D-A1 — Note <script>&\"'")
        #expect(narrow.last == "Un mot & &\"'.")
    }

    @Test func detailAndWritingInMarkdownHTMLAndCSV() throws {
        #expect(Self.detail.markdown() == "# D-A1 — Note &lt;script&gt;&amp;\"'\n\n- **Chemin** docs/a.md\n- **Statut** validé\n\n"
            + "*Bob &lt;script&gt;&amp;\"' · 01/12/2026 10:00*\n\n# Titre\n\nUn *mot* & <script>&\"'.")
        #expect(HTML.body(Self.detail) == "<header>\n<h1>D-A1\u{A0}— Note &lt;script&gt;&amp;&quot;&#39;</h1>\n<dl class=\"facts\">\n"
            + "<div><dt>Chemin</dt><dd class=\"plain\">docs/a.md</dd></div>\n<div><dt>Statut</dt><dd class=\"good\">validé</dd></div>\n</dl>\n</header>\n"
            + "<section>\n<p class=\"muted\">Bob &lt;script&gt;&amp;&quot;&#39; · 01/12/2026 10:00</p>\n"
            + "<pre class=\"notes\"># Titre\n\nUn *mot* &amp; &lt;script&gt;&amp;&quot;&#39;.</pre>\n</section>\n")
        let csv = Self.detail.csv()
        #expect(csv == "\u{FEFF}\"D-A1 — Note <script>&\"\"'\"\r\nChemin;docs/a.md\r\nStatut;validé\r\n\r\n"
            + "\"Bob <script>&\"\"' · 01/12/2026 10:00\"\r\n# Titre\r\n\"Un *mot* & <script>&\"\"'.\"\r\n\r\n")
        try Self.opensInCalc(csv, name: "detail")
    }

    // MARK: Tree

    static let tree = ReportDocument.view(language: .fr, [ReportSection("", blocks: [.tree(ReportTree("docs/", children: [
        ReportTree("conception/", children: [ReportTree("a \(hostile).md", note: "D-A1 validé v1.0", noteTone: .good)]),
        ReportTree("b_c.md"),
    ]))])])

    @Test func treeInText() {
        #expect(Self.tree.text(style: Self.style()) == "docs/\n├── conception/\n│   └── a <script>&\"'.md  D-A1 validé v1.0\n└── b_c.md")
        #expect(Self.tree.text(style: Self.style(unicode: false)) == "docs/\n|-- conception/\n|   `-- a <script>&\"'.md  D-A1 valide v1.0\n`-- b_c.md")
        #expect(Self.tree.text(style: Self.style(color: true)) == "docs/\n├── conception/\n│   └── a <script>&\"'.md  \(Self.esc)32mD-A1 validé v1.0\(Self.esc)0m\n└── b_c.md")
        // Each line is cut at the width (at a word's end when one is near), never wrapped.
        #expect(Self.tree.text(style: Self.style(width: 20)) == "docs/\n├── conception/\n│   └── a…\n└── b_c.md")
        #expect(Self.tree.text(style: Self.style(unicode: false, width: 20)) == "docs/\n|-- conception/\n|   `-- a...\n`-- b_c.md")
    }

    @Test func treeInMarkdownHTMLAndCSV() throws {
        #expect(Self.tree.markdown() == "- docs/\n  - conception/\n    - a &lt;script&gt;&amp;\"'.md *D-A1 validé v1.0*\n  - b\\_c.md")
        #expect(HTML.body(Self.tree) == "<header>\n</header>\n<section>\n<ul class=\"tree\">\n<li>docs/\n<ul>\n<li>conception/\n<ul>\n"
            + "<li>a &lt;script&gt;&amp;&quot;&#39;.md <span class=\"good\">D-A1 validé v1.0</span></li>\n</ul>\n</li>\n<li>b_c.md</li>\n</ul>\n</li>\n</ul>\n</section>\n")
        let csv = Self.tree.csv()
        #expect(csv == "\u{FEFF}\r\ndocs/;\r\ndocs/conception/;\r\n\"docs/conception/a <script>&\"\"'.md\";D-A1 validé v1.0\r\ndocs/b_c.md;\r\n\r\n")
        try Self.opensInCalc(csv, name: "tree")
    }

    // MARK: Outline, mention, digest headings

    static let outline = ReportDocument(title: "", language: .fr, sections: [
        ReportSection("Rappels \(hostile)", blocks: [], level: 1),
        ReportSection("Bob & «Cie»", blocks: [.outline([
            ReportOutlineItem("En retard", children: [ReportOutlineItem(spans: [.init("T-A1", strong: true), .init(" « a <b> » — en retard de 3 jours")])]),
            ReportOutlineItem("rien à signaler", isNote: true),
        ])], tight: true, mention: "bob"),
        ReportSection("Relectures", blocks: [.outline([ReportOutlineItem(spans: [.init("=T-B2", strong: true), .init(" ; \"x\"")])])], tight: true),
    ], look: .digest)

    @Test func outlineInText() {
        #expect(Self.outline.text(style: Self.style()) == """
            Rappels <script>&"'

            Bob & «Cie» (bob)
              En retard
                - T-A1 « a <b> » — en retard de 3 jours
              rien à signaler

            Relectures
              - =T-B2 ; "x"
            """)
        #expect(Self.outline.text(style: Self.style(unicode: false)).contains("Bob & \"Cie\" (bob)\n  En retard\n    - T-A1 \" a <b> \" - en retard de 3 jours\n  rien a signaler"))
        let e = Self.esc
        #expect(Self.outline.text(style: Self.style(color: true)) == "\(e)1mRappels <script>&\"'\(e)0m\n\n\(e)1mBob & «Cie» (bob)\(e)0m\n  En retard\n"
            + "    - T-A1 « a <b> » — en retard de 3 jours\n  rien à signaler\n\n\(e)1mRelectures\(e)0m\n  - =T-B2 ; \"x\"")
        // Folded between words under the item's text; « a and » — stay with their words.
        #expect(Self.outline.text(style: Self.style(width: 30)).contains("    - T-A1 « a <b> » — en\n      retard de 3 jours\n"))
        // A view wraps its items the same way, with a hanging indent.
        var view = Self.outline
        view.look = .view
        #expect(view.text(style: Self.style(width: 30)).contains("    - T-A1 « a <b> » — en\n      retard de 3 jours\n"))
    }

    @Test func outlineInMarkdownHTMLAndCSV() throws {
        #expect(Self.outline.markdown() == """
            ## Rappels &lt;script&gt;&amp;"'

            ### Bob &amp; «Cie» (@bob)
            - **En retard**
              - **T-A1** « a &lt;b&gt; » — en retard de 3 jours
            - rien à signaler

            ### Relectures
            - **=T-B2** ; "x"
            """)
        #expect(HTML.body(Self.outline) == "<header>\n</header>\n<section>\n<h2>Rappels &lt;script&gt;&amp;&quot;&#39;</h2>\n</section>\n"
            + "<section>\n<h3>Bob &amp; «Cie» (bob)</h3>\n<ul>\n<li><strong>En retard</strong>\n<ul>\n"
            + "<li><strong>T-A1</strong> «\u{A0}a &lt;b&gt;\u{A0}»\u{A0}— en retard de 3 jours</li>\n</ul>\n</li>\n<li>rien à signaler</li>\n</ul>\n</section>\n"
            + "<section>\n<h3>Relectures</h3>\n<ul>\n<li><strong>=T-B2</strong> ; &quot;x&quot;</li>\n</ul>\n</section>\n")
        let csv = Self.outline.csv()
        #expect(csv == "\u{FEFF}\r\nBob & «Cie» (bob)\r\nEn retard\r\n;T-A1 « a <b> » — en retard de 3 jours\r\nrien à signaler\r\n\r\n"
            + "Relectures\r\n\"'=T-B2 ; \"\"x\"\"\"\r\n\r\n")
        try Self.opensInCalc(csv, name: "outline")
    }

    // MARK: Fields (task show)

    static let fields = ReportDocument.view(language: .fr, [ReportSection("", blocks: [.fields([
        ReportFact("Statut", "terminé", tone: .good),
        ReportFact("Responsables", "Bob \(hostile) (bob), Alice Martin (alice)"),
        ReportFact("Début", "—", tone: .muted),
    ])])])

    @Test func fieldsInText() {
        #expect(Self.fields.text(style: Self.style()) == """
            Statut :       terminé
            Responsables : Bob <script>&"' (bob), Alice Martin (alice)
            Début :        —
            """)
        // Each value wrapped under itself; under its label when fewer than 12 columns are left.
        #expect(Self.fields.text(style: Self.style(width: 40)) == """
            Statut :       terminé
            Responsables : Bob <script>&"' (bob),
                           Alice Martin (alice)
            Début :        —
            """)
        #expect(Self.fields.text(style: Self.style(unicode: false, width: 20)) == "Statut :\ntermine\nResponsables :\nBob <script>&\"'\n(bob), Alice Martin\n(alice)\nDebut :\n-")
        let e = Self.esc
        #expect(Self.fields.text(style: Self.style(color: true)).hasPrefix("Statut :       \(e)32mterminé\(e)0m\nResponsables : Bob"))
        var en = Self.fields
        en.language = .en
        #expect(en.text(style: Self.style()).hasPrefix("Statut:       terminé\nResponsables: Bob"))
    }

    @Test func fieldsInMarkdownHTMLAndCSV() throws {
        #expect(Self.fields.markdown() == "- **Statut** terminé\n- **Responsables** Bob &lt;script&gt;&amp;\"' (bob), Alice Martin (alice)\n- **Début** —")
        #expect(HTML.body(Self.fields) == "<header>\n</header>\n<section>\n<dl class=\"facts\">\n<div><dt>Statut</dt><dd class=\"good\">terminé</dd></div>\n"
            + "<div><dt>Responsables</dt><dd class=\"plain\">Bob &lt;script&gt;&amp;&quot;&#39; (bob), Alice Martin (alice)</dd></div>\n"
            + "<div><dt>Début</dt><dd class=\"muted\">—</dd></div>\n</dl>\n</section>\n")
        let csv = Self.fields.csv()
        #expect(csv == "\u{FEFF}\r\nStatut;terminé\r\nResponsables;\"Bob <script>&\"\"' (bob), Alice Martin (alice)\"\r\nDébut;—\r\n\r\n")
        try Self.opensInCalc(csv, name: "fields")
    }
}
