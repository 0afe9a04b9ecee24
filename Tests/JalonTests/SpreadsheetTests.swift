import Foundation
import Testing

/// Every CSV Jalon writes, opened by its real consumer: LibreOffice Calc, headless, imports it
/// as `;`-separated UTF-8 in the export's language and saves it as a flat OpenDocument sheet;
/// `Support/spreadsheet.py` then checks each cell against the CSV field (numbers as numbers with
/// the French decimal comma, ISO dates as dates, texts to the letter, no formula anywhere).
@Suite("CSV exports read by LibreOffice Calc")
struct SpreadsheetTests {
    static let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Converts each CSV of `files` (all of one language) and returns the checker's verdict per file.
    static func openInCalc(_ files: [URL], language: String, in repo: TestRepository) throws -> [String: ProcessResult] {
        let soffice = try #require(soffice, "LibreOffice Calc is needed (apt-get install libreoffice-calc-nogui; .ci/run installs it)")
        let out = repo.sandbox.appendingPathComponent("calc-\(language)-\(UUID().uuidString)")
        let profile = repo.sandbox.appendingPathComponent("calc-profile-\(UUID().uuidString)")
        // Field separator `;` (59), text delimiter `"` (34), UTF-8 (76), from line 1, the export's locale.
        let filter = "CSV:59,34,76,1,,\(language == "fr" ? 1036 : 1033)"
        let converted = try repo.run(soffice, ["-env:UserInstallation=\(profile.absoluteString)", "--headless", "--infilter=\(filter)",
                                               "--convert-to", "fods", "--outdir", out.path] + files.map(\.path),
                                     environment: ["HOME": repo.home.path])
        #expect(converted.succeeded, "\(converted)")
        let checker = TestTools.packageRoot.appendingPathComponent("Tests/JalonTests/Support/spreadsheet.py").path
        var verdicts: [String: ProcessResult] = [:]
        for file in files {
            let sheet = out.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".fods")
            verdicts[file.lastPathComponent] = try repo.run("/usr/bin/env", ["python3", checker, file.path, sheet.path, language], environment: ["HOME": repo.home.path])
        }
        return verdicts
    }

    /// The example project on its last day: every report's CSV, in French and in English.
    @Test func everyReportOfTheExampleProjectOpensCellForCell() throws {
        let demo = try TrainerCommandTests.demo.get()
        let classFile = demo.sandbox.sandbox.appendingPathComponent("classe-calc.yml")
        try Data("class: \"MC SNO 2026-2027\"\nteams:\n  - name: Les Tilleuls\n    path: \(demo.folder.path)\n".utf8).write(to: classFile)
        for language in ["fr", "en"] {
            let folder = demo.sandbox.sandbox.appendingPathComponent("csv-\(language)-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var files: [URL] = []
            for (name, arguments) in [("status", ["report", "status"]), ("bilan", ["report", "bilan"]), ("contributions", ["report", "contributions"]),
                                      ("temps", ["time", "list"]), ("classe", ["report", "class", classFile.path])] {
                let file = folder.appendingPathComponent("\(name).csv")
                let made = try demo.jalon(arguments + ["--format", "csv", "--lang", language, "--out", file.path])
                #expect(made.succeeded, "\(arguments): \(made)")
                files.append(file)
            }
            for (file, verdict) in try Self.openInCalc(files, language: language, in: demo.sandbox) {
                #expect(verdict.succeeded, "\(language) \(file): \(verdict)")
                // Something was read: the checker prints its counts.
                #expect(verdict.stdout.hasPrefix("rows="), "\(language) \(file): \(verdict)")
            }
        }
    }

    /// Texts that look like formulas, semicolons, quotes and accents in titles and notes stay
    /// the text the student wrote: nothing is evaluated, nothing is split.
    @Test func hostileTextsStayTextInCalc() throws {
        let repo = try TestRepository()
        repo.jalonEnvironment = ["JALON_NOW": "2026-12-01T09:00:00+01:00"]
        _ = try repo.makeBoard(lang: "fr")
        let titles = ["=HYPERLINK(\"http://exemple.invalid\";\"clic\")", "+SUM(A1:A9)", "-2+3", "@cmd", "Réunion ; « bilan » \"final\""]
        for title in titles {
            try repo.jalonOK("task", "add", "--assign", "alice", "--estimate", "1d", "--", title)
        }
        try repo.jalonOK("task", "move", "T-A1", "doing")
        try repo.jalonOK("time", "log", "T-A1", "1,5h", "--note", "=1+1", "--date", "2026-12-01")
        let folder = repo.sandbox.appendingPathComponent("csv")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        var files: [URL] = []
        for (name, arguments) in [("status", ["report", "status"]), ("temps", ["time", "list"]), ("contributions", ["report", "contributions"])] {
            let file = folder.appendingPathComponent("\(name).csv")
            try repo.jalonOK(arguments + ["--format", "csv", "--out", file.path])
            files.append(file)
        }
        let status = try String(contentsOf: files[0], encoding: .utf8)
        #expect(status.contains("'=HYPERLINK"), "the formula-like title is written as text: \(status)")
        for (file, verdict) in try Self.openInCalc(files, language: "fr", in: repo) {
            #expect(verdict.succeeded, "\(file): \(verdict)")
        }
    }
}
