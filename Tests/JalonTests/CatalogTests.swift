@testable import BoardCore
import Foundation
import Testing

/// The language tables: every key in every language with the same arguments, plural forms,
/// the fallback, and the keys the sources use.
@Suite("catalog")
struct CatalogTests {
    @Test("a language table read from its bytes is the table read character by character")
    func tableBytesAndCharacters() {
        func same(_ source: String) {
            #expect(LanguageTable(source: source).templates == LanguageTable.readByCharacters(source), "\(source.debugDescription)")
        }
        for table in [LanguageTable.en, LanguageTable.fr] {
            same(table.templates.sorted { $0.key < $1.key }.map { "\($0.key) = \($0.value)" }.joined(separator: "\n") + "\n")
        }
        same("# a comment = not a key\n\nplain = text\n  spaced\t=  two spaces\nnone=tight\nno equals here\nrepeated = first\nrepeated = second\n")
        same("quote = « validé »\nfrench = é\ncombining = \u{301}x\nequals = a = b\nempty =\nlast = no newline")
        same("crlf = one\r\ntwo = lines\r\n")
        same("#\u{301}combining = after hash\nkey =\u{301}x\nclé = non ASCII key\n")
        same("")
    }

    @Test func everyKeyAndPlaceholderExistsInEveryLanguage() {
        let all = Set(Language.allCases.flatMap { $0.table.templates.keys })
        #expect(all.count > 15)
        for language in Language.allCases {
            let table = language.table.templates
            let missing = all.subtracting(table.keys).sorted()
            #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing)")
            for key in all.sorted() where !key.hasPrefix("language.") {
                guard let template = table[key] else { continue }
                let others = Language.allCases.compactMap { $0.table.templates[key] }.map(LanguageTable.placeholders)
                #expect(others.allSatisfy { $0 == LanguageTable.placeholders(template) }, "\(language.rawValue) \(key): \(template)")
                #expect(Self.pluralsHaveForms(template), "\(language.rawValue) \(key): a count needs its forms `{n|one|other}`: \(template)")
            }
        }
    }

    static func pluralsHaveForms(_ template: String) -> Bool {
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            guard let close = rest[open...].firstIndex(of: "}") else { return false }
            let inside = rest[rest.index(after: open)..<close]
            if inside.contains("|") && inside.split(separator: "|", omittingEmptySubsequences: false).count < 3 { return false }
            rest = rest[rest.index(after: close)...]
        }
        return true
    }

    @Test func placeholdersAreRead() {
        #expect(LanguageTable.placeholders("{n} {n|tâche|tâches} de \\{x\\}\\u{A0}{who}") == ["n", "who"])
    }

    @Test func pluralFormsFollowEachLanguagesRule() {
        let table = LanguageTable(source: "# test\nt.tasks = {n} {n|task|tasks}\n")
        #expect(table.templates["t.tasks"] == "{n} {n|task|tasks}")
        #expect(Language.fr.pluralForm(0) == 0 && Language.fr.pluralForm(1) == 0 && Language.fr.pluralForm(2) == 1)
        #expect(Language.en.pluralForm(0) == 1 && Language.en.pluralForm(1) == 0 && Language.en.pluralForm(2) == 1)
    }

    @Test func templatesRenderArgumentsEscapesAndNestedTexts() {
        // Keys that every table has: the date and number formatters.
        let day = Day(year: 2026, month: 12, day: 4)!
        #expect(day.formatted(.fr) == "04/12/2026" && day.formatted(.fr, short: true) == "04/12")
        #expect(day.formatted(.en) == "Dec 4, 2026" && day.formatted(.en, short: true) == "Dec 4")
        #expect(Day.monthName(2)(.fr) == "févr." && Day.monthName(2)(.en) == "Feb")
        #expect(Language.fr.decimal("7.5") == "7,5" && Language.en.decimal("7.5") == "7.5")
        let number = Text("language.number", ["number": DecimalNumber("2.5")])
        #expect(number(.fr) == "2,5" && number(.en) == "2.5")
        let nested = Text("language.dateShort", ["month": Day.monthName(3), "dd": "01", "mm": "03", "d": 1])
        #expect(nested(.en) == "Mar 1" && nested(.fr) == "01/03")
    }

    @Test func aKeyMissingFromATableFallsBackToEnglishOnce() {
        #expect(Language.fallback == .en)
        let tables = [Language.fr: LanguageTable(source: "a = un {n|jour|jours}\n"), .en: LanguageTable(source: "a = one\nb = only in English {n|day|days}\n")]
        #expect(Text("a", ["n": 0]).rendered(.fr, tables: { tables[$0]! }) == "un jour")
        #expect(Text("b", ["n": 0]).rendered(.fr, tables: { tables[$0]! }) == "only in English days")
        // A key no table has is shown as itself, so a missing text is visible, never empty.
        #expect(Text("c").rendered(.fr, tables: { tables[$0]! }) == "c")
        #expect(Text("no.such.key")(.fr) == "no.such.key")
        for language in Language.allCases {
            #expect(Text("language.name")(language) == language.table.templates["language.name"])
        }
    }

    /// Every key the sources name (`Text("core.brokenYAML"…`) is in every table, and no text is
    /// written at its site in two languages any more.
    @Test func everyKeyTheSourcesUseIsInTheTables() throws {
        let sources = TestTools.packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" } ?? []
        let key = try NSRegularExpression(pattern: #"Text\("([A-Za-z][A-Za-z0-9.]*)""#)
        var used = Set<String>()
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            #expect(!text.contains("Text(fr:") || file.lastPathComponent == "Language.swift", "\(file.lastPathComponent) writes a text in two languages at its site")
            #expect(!text.contains("(_ fr: String, _ en: String)"), "\(file.lastPathComponent) has its own two-language helper")
            for m in key.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                used.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        #expect(used.count > 500)
        for language in Language.allCases {
            let missing = used.subtracting(language.table.templates.keys).sorted()
            #expect(missing.isEmpty, "\(language.rawValue) lacks \(missing)")
        }
    }

}
