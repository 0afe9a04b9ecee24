import BoardCore
import Foundation
@testable import Reports
import Testing

/// Tests of the `Reports` renderers on boards built from literal file texts: display widths,
/// tables fitted to 40 and 120 columns in Unicode and ASCII, kanban, JSON, colour rules.
@Suite struct ReportsTests {
    static let today = Day(year: 2026, month: 11, day: 30)!

    static let settings = """
        jalon: 1
        name: Projet Asso
        lang: fr
        branch: main
        statuses: [todo, doing, review, done]
        workdays: [mon, tue, wed, thu, fri]
        members:
          - id: alice
            code: A
            name: Alice Martin
            emails: [alice@example.org]
            role: cheffe de projet
          - id: bob
            code: B
            name: Bob Nguyễn
            emails: [bob@example.org, b.nguyen@example.org]

        """

    static func taskFile(_ id: String, _ title: String, _ status: String, _ extra: String = "", body: String = "") -> Board.File {
        Board.File(path: "tasks/\(id).md", text: "---\nid: \(id)\ntitle: \(title)\nstatus: \(status)\n\(extra)---\n\(body)")
    }

    /// A board with a late task, accents, an emoji, ideographs and a very long title.
    static func sampleBoard(lang: String = "fr") -> Board {
        let files = [
            taskFile("T-A1", "Rédiger le cahier des charges", "doing",
                     "assignees: [alice, bob]\nmilestone: M-A1\nstart: 2026-11-02\ndue: 2026-11-27\nestimate: 1.5d\nprogress: 40\nlabels: [doc]\n",
                     body: "## Objectifs\n\nDécrire le besoin de l’association.\n"),
            taskFile("T-A2", "Maquette 😀 de la page d’accueil", "todo", "assignees: [alice]\ndue: 2026-12-15\ndepends: [T-A1+2d]\n"),
            taskFile("T-B1", "\"Réunion de lancement avec le client et le formateur référent pour valider le planning prévisionnel\"", "done",
                     "assignees: [bob]\ndue: 2026-11-10\nprogress: 100\nmilestone: M-A1\n"),
            taskFile("T-B2", "日本語のテスト", "review"),
            Board.File(path: "milestones/M-A1.md", text: "---\nid: M-A1\ntitle: Cahier des charges validé\ndate: 2026-11-28\n---\n"),
            Board.File(path: "milestones/M-B1.md", text: "---\nid: M-B1\ntitle: Mise en ligne\ndate: 2027-01-15\ndepends: [M-A1]\n---\n"),
        ]
        return Board.load(settings: settings.replacingOccurrences(of: "lang: fr", with: "lang: \(lang)"), files: files)
    }

    static func styles(_ width: Int, color: Bool = false) -> [TerminalStyle] {
        [TerminalStyle(unicode: true, color: color, width: width), TerminalStyle(unicode: false, color: color, width: width)]
    }

    /// Every line fits `style.width`; ASCII output is pure ASCII; no escapes without colour.
    static func expectFits(_ text: String, _ style: TerminalStyle, sourceLocation: SourceLocation = #_sourceLocation) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.of(String(line)) <= style.width, "line too wide (\(DisplayWidth.of(String(line))) > \(style.width)): \(line)", sourceLocation: sourceLocation)
        }
        if !style.unicode {
            #expect(text.utf8.allSatisfy { $0 < 128 }, "non-ASCII byte in ASCII output:\n\(text)", sourceLocation: sourceLocation)
        }
        if !style.color {
            #expect(!text.contains("\u{1B}"), "escape without colour", sourceLocation: sourceLocation)
        }
    }

    // MARK: Display width

    @Test func displayWidths() {
        #expect(DisplayWidth.of("é") == 1)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{301}") == 0)
        #expect(DisplayWidth.of("😀") == 2)
        #expect(DisplayWidth.of("日本") == 4)
        #expect(DisplayWidth.of("🇫🇷") == 2)
        #expect(DisplayWidth.of("👩‍💻") == 2)
        #expect(DisplayWidth.of("❤️") == 2)
        #expect(DisplayWidth.of("©") == 1)
        #expect(DisplayWidth.of("Ｗ") == 2)
        #expect(DisplayWidth.of("") == 0)
        #expect(DisplayWidth.of("Échéance") == 8)
        #expect(DisplayWidth.of("a\u{1B}b") == 2)
    }

    /// The byte fast paths of `of` and `words` give what the grapheme-by-grapheme reading
    /// gives, at each edge of the plain narrow ranges (C1 controls, the soft hyphen, combining
    /// marks, U+2028, typographic quotes) and for text that is not plain narrow.
    @Test func fastPathsAgreeWithGraphemes() {
        let samples = ["Task number 61 of the benchmark", "  deux  espaces ", "Échéance « jalon plan »", "a\u{85}b", "soft\u{AD}hyphen",
                       "\u{A0}x\u{AC}\u{AE}\u{2FF}", "e\u{300}", "x\u{2010}y\u{2027}z\u{2028}w", "“quote” — fin…\u{2030}\u{205E}\u{205F}",
                       "日本 語", "😀 a", "a\u{7F}b", "tab\tline\n", "\r\n mot", "", " ", "100 %"]
        for s in samples {
            #expect(DisplayWidth.of(s) == s.reduce(0) { $0 + DisplayWidth.of($1) }, "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
            var raw: [(gap: String, text: String)] = []
            var gap = "", word = ""
            for c in s {
                if c == " " {
                    if !word.isEmpty { raw.append((gap, word)); gap = ""; word = "" }
                    gap.append(c)
                } else { word.append(c) }
            }
            if !word.isEmpty { raw.append((gap, word)) }
            let glued = DisplayWidth.words(s)
            #expect(glued.map { $0.gap + $0.text }.joined() == raw.map { $0.gap + $0.text }.joined(), "\(s)")
            #expect(glued.count <= raw.count)
        }
        #expect(DisplayWidth.words("  Task  number 61").map { [$0.gap, $0.text] } == [["  ", "Task"], ["  ", "number"], [" ", "61"]])
        #expect(DisplayWidth.words("Total : 3 h").map { [$0.gap, $0.text] } == [["", "Total :"], [" ", "3"], [" ", "h"]])
        #expect(DisplayWidth.of("a\u{85}b") == 2)
    }

    @Test func truncationNeverExceedsWidthNorSplitsGraphemes() {
        let samples = ["Rédiger le cahier des charges", "e\u{301}e\u{301}e\u{301}e\u{301}", "😀😀😀abc", "日本語のテスト", "abc", "", "👩‍💻 code"]
        for s in samples {
            for width in 0...14 {
                for ellipsis in ["…", "..."] {
                    let t = DisplayWidth.truncate(s, to: width, ellipsis: ellipsis)
                    #expect(DisplayWidth.of(t) <= width, "\(s) to \(width): \(t)")
                    let kept = t.hasSuffix(ellipsis) && t != s ? String(t.dropLast(ellipsis.count)) : t
                    #expect(s.hasPrefix(kept), "\(s) to \(width): \(t)")
                    if DisplayWidth.of(s) <= width { #expect(t == s) }
                }
            }
        }
        #expect(DisplayWidth.truncate("Rédiger le cahier", to: 10) == "Rédiger l…")
        #expect(DisplayWidth.truncate("Dossier technique", to: 11, ellipsis: "...") == "Dossier...")
        #expect(DisplayWidth.truncate("日本語", to: 4) == "日…")
    }

    @Test func paddingAndWrapping() {
        #expect(DisplayWidth.pad("日本", to: 6) == "日本  ")
        #expect(DisplayWidth.pad("é", to: 3, alignRight: true) == "  é")
        #expect(DisplayWidth.pad("trop long", to: 3) == "trop long")
        let lines = DisplayWidth.wrap("Rédiger le cahier des charges du site", to: 12)
        #expect(lines == ["Rédiger le", "cahier des", "charges du", "site"])
        for line in DisplayWidth.wrap("anticonstitutionnellement 日本語のテスト", to: 7) {
            #expect(DisplayWidth.of(line) <= 7)
        }
        // A word longer than the line is cut with a mark on every cut piece, and nothing is lost.
        let cut = DisplayWidth.wrap("voir anticonstitutionnellement", to: 10)
        #expect(cut == ["voir", "anticonst-", "itutionne-", "llement"], "\(cut)")
        #expect(cut.dropLast().filter { $0 != "voir" }.allSatisfy { $0.hasSuffix("-") })
        #expect(DisplayWidth.wrap("anticonstitutionnellement", to: 10, cutMark: nil) == ["anticonstitutionnellement"])
    }

    /// "24 %", "« jalon plan »" and "Total : 3 h" never break before their sign, in every
    /// wrapper (the one rule in DisplayWidth.words).
    @Test func numbersKeepTheirSign() {
        let text = "Avancement du projet 24 % et « jalon plan » total : 3 h"
        for width in 8...40 {
            for line in DisplayWidth.wrap(text, to: width) + DisplayWidth.wrap(text, to: width, cutMark: nil) {
                #expect(!line.hasPrefix("%") && !line.hasPrefix(":") && !line.hasPrefix("»") && !line.hasSuffix("«"), "\(width): \(line)")
            }
            let style = TerminalStyle(unicode: true, color: false, width: width)
            for line in style.fold(text) {
                let t = line.trimmingCharacters(in: .whitespaces)
                #expect(!t.hasPrefix("%") && !t.hasPrefix(":") && !t.hasPrefix("»") && !t.hasSuffix("«"), "fold \(width): \(line)")
            }
            for line in ReportDocument.wrap(text, width: width, first: "• ", rest: "  ").split(separator: "\n") {
                let t = line.dropFirst(2)
                #expect(!t.hasPrefix("%") && !t.hasPrefix(":") && !t.hasPrefix("»") && !t.hasSuffix("«"), "report \(width): \(line)")
            }
            for line in MarkdownText.render(text, style: style) {
                #expect(!line.hasPrefix("%") && !line.hasPrefix(":") && !line.hasPrefix("»") && !line.hasSuffix("«"), "markdown \(width): \(line)")
            }
        }
        #expect(DisplayWidth.wrap("fini à 24 %", to: 9) == ["fini à", "24 %"])
        #expect(DisplayWidth.wrap("fini à 24 %).", to: 9) == ["fini à", "24 %)."])
    }

    @Test func asciiFolding() {
        #expect(ASCIIText.fold("Échéance « validée » — cœur…") == "Echeance \" validee \" - coeur...")
        #expect(ASCIIText.fold("日本😀").allSatisfy { $0.isASCII })
        // Tab becomes a space; the escape is shown visibly (SafeText, the one sanitizer).
        #expect(ASCIIText.removingControls("a\u{1B}[31mb\tc") == "a\\u001B[31mb c")
    }

    @Test("the sanitizer's byte-level fast path misses no character it must escape")
    func sanitizerFastPath() {
        // Every scalar up to U+2FFF, between an accented letter and ASCII (so the old all-ASCII
        // shortcut never applies): the output escapes exactly the scalars `needsEscape` names.
        for value in UInt32(0)...0x2FFF {
            guard let u = Unicode.Scalar(value) else { continue }
            let text = "é" + String(Character(u)) + "x"
            var expected = "é"
            if SafeText.needsEscape(u) {
                let hex = String(value, radix: 16, uppercase: true)
                expected += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            } else {
                expected.unicodeScalars.append(u)
            }
            #expect(SafeText.visible(text) == expected + "x", "U+\(String(value, radix: 16))")
        }
        let names = "Chloé Petit, Ærøskøbing, 日本語, e\u{301}, 😀\n\tfin"
        #expect(SafeText.visible(names) == names)
    }

    // MARK: Tables

    @Test func tableFitsWidthInUnicodeAndASCII() {
        var table = TextTable(columns: [
            .init("ID"), .init("Titre", minWidth: 8, flexible: true), .init("Statut"),
            .init("Responsables", flexible: true, dropRank: 1), .init("Échéance"),
        ])
        table.append(["T-A1", "Rédiger le cahier des charges complet de l’association 😀", "doing", "alice, bob", "27/11/2026"])
        table.append(["T-B12", "日本語のテスト e\u{301}", "todo", "", "—"])
        for width in [40, 120] {
            for style in Self.styles(width) {
                let out = table.render(style)
                Self.expectFits(out, style)
                #expect(out.contains("T-B12"))
            }
        }
        let wide = table.render(TerminalStyle(unicode: true, color: false, width: 120))
        #expect(wide.hasPrefix("┌"))
        #expect(wide.contains("Rédiger le cahier des charges complet de l’association 😀"))
        let ascii = table.render(TerminalStyle(unicode: false, color: false, width: 120))
        #expect(ascii.hasPrefix("+-"))
        #expect(ascii.contains("| T-A1 "))
        #expect(ascii.contains("Rediger le cahier"))
        // Too narrow even for its fixed columns: still never wider than asked.
        for style in Self.styles(12) { Self.expectFits(table.render(style), style) }
    }

    /// A header wider than its column is wrapped word by word onto more header lines, not cut.
    @Test func narrowColumnsWrapTheirHeaders() {
        var table = TextTable(columns: [.init("Membre"), .init("Part commits", alignment: .right), .init("Lignes contenu", alignment: .right)])
        table.append([TextTable.Cell("Alice Martin"), TextTable.Cell("42,9 %"), TextTable.Cell("+204")])
        let style = TerminalStyle(unicode: true, color: false, width: 30)
        let out = table.render(style)
        Self.expectFits(out, style)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines[1].contains("Part") && lines[2].contains("commits"), "\(out)")
        #expect(lines[1].contains("Lignes") && lines[2].contains("contenu"), "\(out)")
        #expect(!out.contains("Part c…") && !out.contains("Lignes c…"), "\(out)")
        // Wide enough: one header line, as before.
        #expect(table.render(TerminalStyle(unicode: true, color: false, width: 80)).split(separator: "\n").count == 5)
    }

    /// Wrapping a header loses nothing, so it comes before cutting a name or dropping a column:
    /// at 40 columns every column stays and no cell is cut; at 34 the droppable one goes.
    @Test func headersWrapBeforeCellsAreCutOrColumnsDropped() {
        var table = TextTable(columns: [.init("Membre"), .init("Part commits", alignment: .right),
                                        .init("Lignes supprimées", alignment: .right, dropRank: 1)])
        table.append([TextTable.Cell("Alice Martin"), TextTable.Cell("42,9 %"), TextTable.Cell("−18")])
        let wide = table.render(TerminalStyle(unicode: true, color: false, width: 40))
        #expect(wide.contains("│ Alice Martin │") && wide.contains("supprimées") && !wide.contains("…"), "\(wide)")
        let narrow = table.render(TerminalStyle(unicode: true, color: false, width: 34))
        Self.expectFits(narrow, TerminalStyle(unicode: true, color: false, width: 34))
        #expect(narrow.contains("│ Alice Martin │") && !narrow.contains("supprimées") && !narrow.contains("…"), "\(narrow)")
    }

    @Test func taskListFitsAndMarksLateTasks() {
        let board = Self.sampleBoard()
        for width in [3, 40, 60, 80, 120] {
            for style in Self.styles(width) {
                let out = BoardText.taskList(board.tasks, board: board, language: .fr, today: Self.today, style: style)
                Self.expectFits(out, style)
                if width >= 20 {
                    #expect(out.contains("T-A1"))
                    #expect(out.contains("! = en retard"))
                }
            }
        }
        let out = BoardText.taskList(board.tasks, board: board, language: .fr, today: Self.today, style: TerminalStyle(unicode: true, color: false, width: 120))
        #expect(out.contains("Échéance"))
        #expect(out.contains("27/11/2026 !"))  // T-A1 is late
        #expect(!out.contains("10/11/2026 !")) // T-B1 is done, so not late
        #expect(out.contains("1,5j"))
        #expect(out.contains("40 %"))
        #expect(out.contains("Rédiger le cahier des charges"))
        let en = BoardText.taskList(board.tasks, board: board, language: .en, today: Self.today, style: TerminalStyle(unicode: true, color: false, width: 120))
        #expect(en.contains("Nov 27, 2026 !"))
        #expect(en.contains("! = late"))
        #expect(en.contains("Assignees"))
        #expect(en.contains("1.5d"))
    }

    @Test func emptyListsSayNoTasks() {
        let board = Board.load(settings: Self.settings, files: [])
        let style = TerminalStyle(unicode: true, color: false, width: 80)
        #expect(BoardText.taskList([], board: board, language: .fr, today: Self.today, style: style) == "aucune tâche")
        #expect(BoardText.taskList([], board: board, language: .en, today: Self.today, style: style) == "no tasks")
        #expect(BoardText.taskList([], board: board, language: .fr, today: Self.today, style: TerminalStyle(unicode: false, color: false, width: 80)) == "aucune tache")
        #expect(BoardText.milestoneList(board, language: .en, today: Self.today, style: style) == "no milestones")
        #expect(BoardText.kanban(board, language: .fr, today: Self.today, style: style).contains("aucune tâche"))
    }

    // MARK: Kanban

    @Test func kanbanInFrenchColumns() {
        let board = Self.sampleBoard()
        let style = TerminalStyle(unicode: true, color: false, width: 120)
        let out = BoardText.kanban(board, language: .fr, today: Self.today, style: style)
        Self.expectFits(out, style)
        let lines = out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Projet Asso")
        // Status keys shown as the board's language names them.
        let header = lines.first { $0.contains("à faire (1)") } ?? ""
        for h in ["à faire (1)", "en cours (1)", "en revue (1)", "terminé (1)"] { #expect(header.contains(h)) }
        #expect(!header.contains("todo") && !header.contains("done"))
        #expect((header.firstRange(of: "à faire")?.lowerBound ?? header.endIndex) < (header.firstRange(of: "terminé")?.lowerBound ?? header.startIndex))
        #expect(out.contains("non assignée"))  // T-B2
        #expect(out.contains("27/11 !"))       // T-A1 late, short French date
        #expect(out.contains("15/12"))
        #expect(out.contains("alice, bob"))
        // The kanban's lines are one width; the late mark's legend follows after a blank line.
        let parts = out.components(separatedBy: "\n\n")
        #expect(parts.count == 2)
        let boardLines = parts[0].split(separator: "\n").map(String.init)
        #expect(boardLines.allSatisfy { DisplayWidth.of($0) == DisplayWidth.of(boardLines[1]) || $0 == boardLines[0] })
        #expect(parts.last?.hasPrefix("! = en retard : la prévision finit après l’échéance") == true)
    }

    /// A task late against its baseline only may have no due date: its card still carries the
    /// mark, in every format, and the legend says what the mark means; no late task, no legend.
    @Test func kanbanMarksATaskLateWithoutDueDateAndExplainsTheMark() throws {
        let board = Self.sampleBoard()
        var late = Lateness.forecast(board, today: Self.today)
        late.days[try #require(ItemID("T-B2"))] = 3
        let style = TerminalStyle(unicode: true, color: false, width: 120)
        let out = BoardText.kanban(board, language: .en, today: Self.today, style: style, late: late)
        let card = try #require(out.split(separator: "\n").first { $0.contains("T-B2") })
        #expect(card.contains(#/T-B2 +! │/#), "\(card)")
        #expect(out.hasSuffix("\n\n! = late: the forecast ends after the due date or after the baseline's planned end (jalon task show says which)"))
        let markdown = BoardText.kanbanDocument(board, language: .en, today: Self.today, late: late).markdown()
        #expect(markdown.contains("**T-B2** 日本語のテスト (unassigned, !)"), "\(markdown)")
        var onTime = late
        onTime.days = [:]
        let quiet = BoardText.kanban(board, language: .en, today: Self.today, style: style, late: onTime)
        #expect(!quiet.contains("!") && !quiet.contains("= late"))
    }

    @Test func kanbanFitsEveryWidthAndStacksWhenNarrow() {
        let board = Self.sampleBoard()
        for width in [1, 5, 20, 40, 60, 79, 120, 200] {
            for style in Self.styles(width) {
                for language in Language.allCases {
                    let out = BoardText.kanban(board, language: language, today: Self.today, style: style)
                    Self.expectFits(out, style)
                    if width >= 20 { #expect(out.contains("T-B2")) }
                }
            }
        }
        let narrow = BoardText.kanban(board, language: .fr, today: Self.today, style: TerminalStyle(unicode: true, color: false, width: 40))
        #expect(narrow.contains("── à faire (1) "))
        #expect(!narrow.contains("┌"))
        let ascii = BoardText.kanban(board, language: .fr, today: Self.today, style: TerminalStyle(unicode: false, color: false, width: 40))
        #expect(ascii.contains("-- en cours (1) "))
        #expect(ascii.contains("non assignee"))
    }

    @Test func kanbanKeepsTasksWithUnknownStatus() {
        let board = Board.load(settings: Self.settings, files: [Self.taskFile("T-A1", "Orpheline", "bloquée")])
        let out = BoardText.kanban(board, language: .fr, today: Self.today, style: TerminalStyle(unicode: true, color: false, width: 140))
        #expect(out.contains("bloquée (1)"))
        #expect(out.contains("Orpheline"))
    }

    // MARK: Detail, milestones, members

    @Test func taskDetailShowsEveryField() {
        let board = Self.sampleBoard()
        let task = board.task(ItemID("T-A1")!)!
        let style = TerminalStyle(unicode: true, color: false, width: 80)
        let out = BoardText.taskDetail(task, board: board, language: .fr, today: Self.today, style: style)
        Self.expectFits(out, style)
        #expect(out.hasPrefix("T-A1 — Rédiger le cahier des charges"))
        for label in ["Statut :", "Responsables :", "Jalon :", "Début :", "Échéance :", "Estimation :", "Durée :", "Dépend de :", "Avancement :", "Étiquettes :", "Fichier :"] {
            #expect(out.contains(label), "missing \(label)")
        }
        #expect(out.contains("Alice Martin (alice), Bob Nguyễn (bob)"))
        #expect(out.contains("M-A1 — Cahier des charges validé (28/11/2026)"))
        #expect(out.contains("27/11/2026 ! en retard de 3 j"))
        #expect(out.contains("tasks/T-A1.md"))
        // The description is Markdown, shown as text: the heading underlined, its marks gone.
        #expect(out.hasSuffix("Objectifs\n─────────\n\nDécrire le besoin de l’association."), "\(out)")

        for width in [2, 10, 30] {
            for style in Self.styles(width) {
                let narrow = BoardText.taskDetail(task, board: board, language: .fr, today: Self.today, style: style)
                Self.expectFits(narrow.components(separatedBy: "Objectifs")[0], style)
            }
        }

        let other = board.task(ItemID("T-B2")!)!
        let en = BoardText.taskDetail(other, board: board, language: .en, today: Self.today, style: TerminalStyle(unicode: false, color: false, width: 40))
        Self.expectFits(en, TerminalStyle(unicode: false, color: false, width: 40))
        #expect(en.contains(/Assignees: +unassigned/))
        #expect(en.contains("(no description)"))
    }

    @Test func milestoneAndMemberLists() {
        let board = Self.sampleBoard()
        for width in [4, 40, 120] {
            for style in Self.styles(width) {
                Self.expectFits(BoardText.milestoneList(board, language: .fr, today: Self.today, style: style), style)
                Self.expectFits(BoardText.memberList(board, language: .fr, style: style), style)
            }
        }
        let style = TerminalStyle(unicode: true, color: false, width: 120)
        let milestones = BoardText.milestoneList(board, language: .fr, today: Self.today, style: style)
        #expect(milestones.contains("Cahier des charges validé"))
        #expect(milestones.contains("1/2"))
        #expect(milestones.contains("! en retard"))
        #expect(milestones.contains("dans 46 j"))
        let members = BoardText.memberList(board, language: .en, style: style)
        #expect(members.contains("Alice Martin"))
        #expect(members.contains("cheffe de projet"))
        #expect(members.contains("Open tasks"))
    }

    // MARK: Colour

    @Test func noColourWithoutColorButRedWhenLate() {
        let board = Self.sampleBoard()
        let task = board.task(ItemID("T-A1")!)!
        for style in Self.styles(100) + Self.styles(30) {
            let outputs = [
                BoardText.taskList(board.tasks, board: board, language: .fr, today: Self.today, style: style),
                BoardText.taskDetail(task, board: board, language: .fr, today: Self.today, style: style),
                BoardText.kanban(board, language: .fr, today: Self.today, style: style),
                BoardText.milestoneList(board, language: .fr, today: Self.today, style: style),
                BoardText.memberList(board, language: .fr, style: style),
            ]
            for out in outputs { #expect(!out.contains("\u{1B}")) }
        }
        let colored = TerminalStyle(unicode: true, color: true, width: 100)
        let list = BoardText.taskList(board.tasks, board: board, language: .fr, today: Self.today, style: colored)
        #expect(list.contains("\u{1B}[31m"))
        // Escapes do not count towards the width.
        for line in list.split(separator: "\n") {
            let visible = String(line).replacing(/\x{1B}\[[0-9;]*m/, with: "")
            #expect(DisplayWidth.of(visible) <= 100)
        }
        for width in [20, 40, 120] {
            let narrow = TerminalStyle(unicode: true, color: true, width: width)
            for line in BoardText.kanban(board, language: .fr, today: Self.today, style: narrow).split(separator: "\n") {
                #expect(DisplayWidth.of(String(line).replacing(/\x{1B}\[[0-9;]*m/, with: "")) <= width)
            }
        }
    }

    @Test func titlesCannotInjectEscapes() {
        var board = Self.sampleBoard()
        board.tasks[0].title = "pirate \u{1B}[2J title"
        let out = BoardText.taskList(board.tasks, board: board, language: .en, today: Self.today, style: TerminalStyle(unicode: true, color: false, width: 100))
        #expect(!out.contains("\u{1B}"))
    }

    @Test func detectionFollowsTerminalEnvironmentAndFlags() {
        func resolve(_ env: [String: String], tty: Bool = true, noColor: Bool = false, width: Int? = nil, ascii: Bool = false) -> TerminalStyle {
            TerminalStyle.resolve(ascii: ascii, noColor: noColor, width: width, environment: env, isTerminal: tty, terminalWidth: 90)
        }
        #expect(resolve([:]) == TerminalStyle(unicode: true, color: true, width: 90))
        #expect(resolve([:], tty: false).color == false)
        #expect(resolve(["NO_COLOR": "1"]).color == false)
        #expect(resolve(["NO_COLOR": ""]).color == true)
        #expect(resolve(["TERM": "dumb"]).color == false)
        #expect(resolve([:], noColor: true).color == false)
        #expect(resolve(["COLUMNS": "132"]).width == 132)
        #expect(resolve(["COLUMNS": "132"], width: 60).width == 60)
        #expect(resolve(["COLUMNS": "abc"]).width == 90)
        #expect(TerminalStyle.resolve(ascii: true, noColor: false, width: nil, environment: [:], isTerminal: false, terminalWidth: nil)
            == TerminalStyle(unicode: false, color: false, width: 100, keepsLines: true))
        // Piped with a width asked: prose is wrapped to it.
        #expect(TerminalStyle.resolve(ascii: false, noColor: false, width: 60, environment: [:], isTerminal: false, terminalWidth: nil).keepsLines == false)
        #expect(TerminalStyle.resolve(ascii: false, noColor: false, width: nil, environment: ["COLUMNS": "80"], isTerminal: false, terminalWidth: nil).keepsLines == false)
    }

    // MARK: JSON

    static func object(_ json: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    @Test func taskJSONHasEveryKeyAndNullForAbsentValues() throws {
        let board = Self.sampleBoard()
        let json = BoardJSON.encode(BoardJSON.task(board.task(ItemID("T-B2")!)!))
        let object = try Self.object(json)
        let keys = ["schemaVersion", "id", "title", "status", "assignees", "due", "start", "estimate", "duration", "depends", "milestone", "progress", "labels", "path", "body"]
        #expect(Set(object.keys) == Set(keys))
        #expect(object["due"] is NSNull)
        #expect(object["milestone"] is NSNull)
        #expect(object["progress"] is NSNull)
        #expect(json.contains("\"due\" : null"))
        #expect(json.contains("\"path\" : \"tasks/T-B2.md\""))  // slashes unescaped
        #expect(object["title"] as? String == "日本語のテスト")

        let full = try Self.object(BoardJSON.encode(BoardJSON.task(board.task(ItemID("T-A2")!)!)))
        #expect(full["due"] as? String == "2026-12-15")
        #expect(full["depends"] as? [String] == ["T-A1+2d"])
        #expect(full["assignees"] as? [String] == ["alice"])
        let a1 = try Self.object(BoardJSON.encode(BoardJSON.task(board.task(ItemID("T-A1")!)!)))
        #expect(a1["estimate"] as? String == "1.5d")
        #expect(a1["progress"] as? Int == 40)
        #expect(a1["milestone"] as? String == "M-A1")
    }

    @Test func boardJSONDocuments() throws {
        var board = Self.sampleBoard()
        board.skippedFiles = Board.load(settings: Self.settings, files: [Board.File(path: "tasks/T-A9.md", text: "no front matter")]).skippedFiles

        let list = try Self.object(BoardJSON.taskList(board.tasks, board: board))
        #expect((list["tasks"] as? [Any])?.count == 4)
        #expect(list["skippedFiles"] as? [String] == ["tasks/T-A9.md"])

        let kanban = try Self.object(BoardJSON.kanban(board))
        let statuses = try #require(kanban["statuses"] as? [[String: Any]])
        #expect(statuses.map { $0["status"] as? String } == ["todo", "doing", "review", "done"])
        #expect((statuses[1]["tasks"] as? [[String: Any]])?.first?["id"] as? String == "T-A1")
        #expect(kanban["skippedFiles"] != nil)

        let milestones = try #require(try Self.object(BoardJSON.milestones(board))["milestones"] as? [[String: Any]])
        #expect(milestones.first?["tasks"] as? [String] == ["T-A1", "T-B1"])
        #expect(milestones.first?["date"] as? String == "2026-11-28")
        #expect(milestones.last?["depends"] as? [String] == ["M-A1"])

        let members = try #require(try Self.object(BoardJSON.members(board))["members"] as? [[String: Any]])
        #expect(Set(members[0].keys) == ["id", "code", "name", "emails", "role"])
        #expect(members[1]["role"] is NSNull)
        #expect(members[1]["emails"] as? [String] == ["bob@example.org", "b.nguyen@example.org"])
    }

    @Test func diagnosticsJSON() throws {
        let board = Board.load(settings: Self.settings, files: [
            Self.taskFile("T-A1", "x", "fini", "due: 2026-02-31\n"),
            Board.File(path: "tasks/mauvais.md", text: "---\n---\n"),
        ])
        let json = BoardJSON.diagnostics(board.diagnostics, language: .fr)
        let object = try Self.object(json)
        let problems = try #require(object["problems"] as? [[String: Any]])
        #expect(problems.count == board.diagnostics.count)
        #expect(object["errors"] as? Int == board.errors.count)
        #expect(object["warnings"] as? Int == board.diagnostics.count - board.errors.count)
        #expect((object["warnings"] as? Int ?? 0) >= 1)
        for p in problems { #expect(Set(p.keys) == ["file", "line", "severity", "message", "hint"]) }
        #expect(problems.contains { ($0["message"] as? String)?.contains("date impossible") == true })
        #expect(BoardJSON.encode([String: Int]()) == "{\n  \"schemaVersion\" : 1\n}")
    }

}
