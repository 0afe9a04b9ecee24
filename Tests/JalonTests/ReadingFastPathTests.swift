// Reading a board takes byte-level fast paths for what Jalon writes (front matter without CR,
// ids written in upper case, efforts such as `0.5d`); each must read exactly what the general
// path reads.
@testable import BoardCore
import Foundation
import Testing

@Suite("Reading fast paths")
struct ReadingFastPathTests {
    /// Every effort Jalon writes, and more decimals, units in either case, read as `Double` reads
    /// the number (the general path): the same hours to the last bit.
    @Test func effortsWithDecimalsAreTheNumbersDoubleReads() throws {
        for text in ["0.5d", "1.25h", "12.125h", "0.1d", "0.3h", "2.75D", "0.7J", "3.333h", "999.5d", "0.05d", "10d", "7h"] {
            let unit = text.last!.lowercased()
            let number = try #require(Double(text.dropLast()))
            let hours = number * (unit == "h" ? 1 : Effort.hoursPerDay)
            #expect(Effort.read(text) == .value(Effort(hours: hours)), "\(text)")
        }
        // Left to the general reader, which takes them too.
        #expect(Effort.parse("5.d")?.hours == 40)
        #expect(Effort.parse(".5d")?.hours == 4)
        #expect(Effort.parse("1.2.3d") == nil)
        #expect(Effort.read("1000.5d") == .tooLarge)
    }

    @Test func frontMatterIsCutWhereTheGeneralReaderCutsIt() throws {
        let closedAtEnd = try #require(FrontMatter.split("---\nid: T-A1\n---"))
        #expect(closedAtEnd.yaml == "id: T-A1\n" && closedAtEnd.body == "")
        let empty = try #require(FrontMatter.split("---\n---\nTexte « é »\n---\nsuite\n"))
        #expect(empty.yaml == "" && empty.body == "Texte « é »\n---\nsuite\n" && empty.firstLine == 2)
        let accented = try #require(FrontMatter.split("---\ntitle: Tâche 🎉\n--- \n----\n---\nCorps\n"))
        #expect(accented.yaml == "title: Tâche 🎉\n--- \n----\n" && accented.body == "Corps\n")
        #expect(FrontMatter.split("---\nid: T-A1\n") == nil)
        #expect(FrontMatter.split("--- \nid: T-A1\n---\n") == nil)
        #expect(FrontMatter.split("") == nil)
        // With CRs, the general reader.
        let crlf = try #require(FrontMatter.split("---\r\nid: T-A1\n---\nx"))
        #expect(crlf.body == "x")
    }

    @Test func fileNamesNameAnIdOnlyAsJalonWritesIt() {
        #expect(Board.itemID(ofPath: "tasks/T-A12.md") == ItemID("T-A12"))
        #expect(Board.itemID(ofPath: "milestones/M-BO3.md") == ItemID("M-BO3"))
        for path in ["tasks/t-a12.md", "tasks/T-a12.md", "tasks/T-A012.md", "tasks/T-A12.txt", "tasks/Tâche.md", "tasks/T-A.md", ".md"] {
            #expect(Board.itemID(ofPath: path) == nil, "\(path)")
        }
        // A lower-case id still parses where people type it.
        #expect(ItemID("t-a12")?.description == "T-A12")
    }

    @Test func aTaskFileNamedInLowerCaseOrWithAccentsIsLeftOutWithAWarning() {
        let text = "---\nid: T-A1\ntitle: x\nstatus: todo\n---\n"
        let board = Board.load(settings: nil, files: [Board.File(path: "tasks/t-a1.md", text: text), Board.File(path: "tasks/Tâche.md", text: text),
                                                       Board.File(path: "tasks/T-A2.md", text: text.replacingOccurrences(of: "T-A1", with: "T-A2"))])
        #expect(board.tasks.map(\.id.description) == ["T-A2"])
        #expect(board.diagnostics.filter { $0.severity == .warning }.map(\.file).sorted() == ["tasks/Tâche.md", "tasks/t-a1.md"])
    }

    @Test func conflictMarkersNeedSevenSigns() {
        let six = "<<<<<< a\nx\n>>>>>>> b\n"
        #expect(ConflictMarkers.diagnostics(path: "tasks/T-A1.md", text: six).isEmpty)
        let seven = "a\n<<<<<<< HEAD\nx\n=======\ny\n>>>>>>> other\n"
        #expect(ConflictMarkers.diagnostics(path: "tasks/T-A1.md", text: seven).map(\.line) == [2])
        #expect(ConflictMarkers.diagnostics(path: "tasks/T-A1.md", text: "<<<<<<< open only\n").isEmpty)
    }
}
