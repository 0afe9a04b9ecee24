// Issue 14: French all the way (the argument parser's words, status names, typed words),
// schemaVersion in JSON, and the small defects, each checked through the built `jalon`.
import Foundation
import Testing

@Suite("French all the way, JSON schema, small defects")
struct PolishTests {
    /// A French board with Alice and one task, made through Jalon.
    static func frenchBoard() throws -> TestRepository {
        let repo = try TestRepository()
        try repo.jalonOK("init", "--name", "Projet", "--lang", "fr", "--start", "2026-11-30", "--end", "2027-02-12")
        try repo.jalonOK("member", "add", "alice", "--name", "Alice Martin", "--email", TestRepository.alice.email)
        try repo.jalonOK("task", "add", "Recueillir les besoins", "--assign", "alice", "--estimate", "2d")
        return repo
    }

    // MARK: The parser's own words

    @Test func helpIsFrenchWithLangOption() throws {
        let repo = try TestRepository()
        let root = try repo.jalonOK("--lang", "fr", "--help")
        for word in ["UTILISATION :", "SOUS-COMMANDES :", "Afficher la version.", "Afficher l’aide.", "Voir « jalon help <sous-commande> »", "Créer un tableau"] {
            #expect(root.stdout.contains(word), "\(word) missing from:\n\(root.stdout)")
        }
        for english in ["USAGE", "OVERVIEW", "Show the version", "Show help information", "See '"] {
            #expect(!root.stdout.contains(english), "\(english) left in:\n\(root.stdout)")
        }
        let sub = try repo.jalonOK("task", "list", "--help", "--lang", "fr")
        #expect(sub.stdout.contains("UTILISATION : jalon task list [<options>]"), "\(sub.stdout)")
        let flat = sub.stdout.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(flat.contains("(valeurs\u{A0}: text, json\u{A0}; par défaut\u{A0}: text)"), "\(sub.stdout)")
        let group = try repo.jalonOK("help", "task", "--lang", "fr")
        #expect(group.stdout.contains("Voir « jalon help task <sous-commande> »"), "\(group.stdout)")
        #expect(group.stdout.contains("Lister les tâches."), "\(group.stdout)")
    }

    /// Global options are taken before the subcommand too, and the list the pre-pass moves is
    /// the one the parser describes for every command that has them.
    @Test func globalOptionsBeforeTheSubcommand() throws {
        let repo = try Self.frenchBoard()
        let before = try repo.jalonOK("--lang", "en", "--width", "60", "task", "list")
        let after = try repo.jalonOK("task", "list", "--lang", "en", "--width", "60")
        let between = try repo.jalonOK("task", "--lang", "en", "list", "--width", "60")
        #expect(before.stdout == after.stdout && between.stdout == after.stdout)
        #expect(before.stdout.contains("Title") && before.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(before.stdout)")
        let shown = try repo.jalonOK("--lang=en", "--no-color", "--ascii", "task", "show", "T-A1")
        #expect(shown.stdout.contains("Status:"), "\(shown.stdout)")
        let board = try repo.jalonOK("--board", repo.url.path, "board", in: FileManager.default.temporaryDirectory)
        #expect(board.stdout.contains("Recueillir"), "\(board.stdout)")
        let help = try repo.jalonOK("--lang", "en", "help", "task", "list")
        #expect(help.stdout.contains("USAGE: jalon task list"), "\(help.stdout)")
        let wrong = try repo.jalon("--lang", "fr", "task", "lst")
        #expect(wrong.status == 2 && wrong.stderr.contains("erreur"), "\(wrong)")
        // Every option that `task list`, `board` and `plan` share (the global ones, as the
        // parser describes them) is taken before the subcommand.
        func optionNames(_ command: String...) throws -> Set<String> {
            let dump = try repo.jalonOK(command + ["--experimental-dump-help"])
            let tool = try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)) as? [String: Any]
            let arguments = (tool?["command"] as? [String: Any])?["arguments"] as? [[String: Any]] ?? []
            return Set(arguments.flatMap { a in ((a["names"] as? [[String: Any]]) ?? []).compactMap { $0["name"] as? String }.map { "--" + $0 } })
        }
        let shared = try optionNames("task", "list").intersection(optionNames("board")).intersection(optionNames("plan"))
            .subtracting(["--help", "--h", "--version", "--format"])
        #expect(shared.count >= 6, "\(shared)")
        let values = ["--board": repo.url.path, "--lang": "en", "--as": "alice", "--width": "60"]
        for option in shared.sorted() {
            let typed = [option] + (values[option].map { [$0] } ?? [])
            let run = try repo.jalon(typed + ["task", "list"])
            #expect(run.status == 0, "\(typed) before the subcommand: \(run)")
        }
    }

    @Test func helpFollowsLangEnvironmentAndBoardLanguage() throws {
        let repo = try Self.frenchBoard()
        // LANG is C.UTF-8 in the test environment: the board's language decides.
        let onBoard = try repo.jalonOK("task", "add", "--help")
        #expect(onBoard.stdout.contains("UTILISATION : jalon task add [<options>] <title>"), "\(onBoard.stdout)")
        #expect(onBoard.stdout.contains("Charge estimée"), "\(onBoard.stdout)")
        let outside = try TestRepository(initialize: false)
        let english = try outside.jalonOK("task", "add", "--help")
        #expect(english.stdout.contains("USAGE: jalon task add [<options>] <title>"), "\(english.stdout)")
        #expect(english.stdout.contains("Show help information."), "\(english.stdout)")
        let byLang = try outside.jalon(["task", "add", "--help"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(byLang.stdout.contains("UTILISATION :"), "\(byLang.stdout)")
    }

    @Test func parseErrorsAreFrench() throws {
        let repo = try Self.frenchBoard()
        let missing = try repo.jalon("task", "add", "Maquette", "--estimate")
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("erreur : valeur manquante pour « --estimate <estimate> »"), "\(missing.stderr)")
        #expect(missing.stderr.contains("Utilisation : jalon task add [<options>] <title>"), "\(missing.stderr)")
        #expect(!missing.stderr.contains("Missing") && !missing.stderr.contains("Usage"), "\(missing.stderr)")
        let unknown = try repo.jalon("task", "add", "Maquette", "--estmate", "2d")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("option inconnue « --estmate ». Vouliez-vous dire « --estimate » ?"), "\(unknown.stderr)")
        let value = try repo.jalon("board", "--format", "xml")
        #expect(value.stderr.contains("la valeur « xml » n’est pas valide pour « --format <format> ». Valeurs possibles : « text » et « json »."), "\(value.stderr)")
        let argument = try repo.jalon("task", "show")
        #expect(argument.stderr.contains("argument attendu manquant : « <id> »"), "\(argument.stderr)")
        let extra = try repo.jalon("board", "extra")
        #expect(extra.stderr.contains("argument inattendu « extra »"), "\(extra.stderr)")
        // Nothing was committed by the refused commands.
        #expect(try repo.gitOK("rev-list", "--count", "HEAD") == "3\n")
        // The same in English where English is asked.
        let english = try repo.jalon("task", "add", "Maquette", "--estimate", "--lang", "en")
        #expect(english.stderr.contains("error: Missing value for '--estimate <estimate>'"), "\(english.stderr)")
    }

    // MARK: Status names

    @Test func statusesShownInFrenchAndTypedAnyWay() throws {
        let repo = try Self.frenchBoard()
        let moved = try repo.jalonOK("task", "move", "T-A1", "En Cours")
        #expect(moved.stdout.contains("statut « en cours »"), "\(moved.stdout)")
        #expect((repo.read("tasks/T-A1.md") ?? "").contains("status: doing"))
        try repo.jalonOK("task", "move", "T-A1", "Doing")
        let list = try repo.jalonOK("task", "list", "--status", "en cours")
        #expect(list.stdout.contains("T-A1") && list.stdout.contains("en cours"), "\(list.stdout)")
        #expect(!list.stdout.contains("doing"), "\(list.stdout)")
        try repo.jalonOK("task", "move", "T-A1", "DONE")
        #expect((repo.read("tasks/T-A1.md") ?? "").contains("status: done"))
        let done = try repo.jalonOK("task", "list", "--status", "terminé")
        #expect(done.stdout.contains("terminé"), "\(done.stdout)")
        try repo.jalonOK("task", "add", "Autre", "--status", "a faire")
        #expect((repo.read("tasks/T-A2.md") ?? "").contains("status: todo"))
        let bad = try repo.jalon("task", "move", "T-A1", "fini-ou-pas")
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("à faire, en cours, en revue, terminé"), "\(bad.stderr)")
        let kanban = try repo.jalonOK("board")
        #expect(kanban.stdout.contains("à faire") && kanban.stdout.contains("terminé"), "\(kanban.stdout)")
    }

    @Test func documentStatusWordsAndWeekSpelling() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("doc", "new", "Note de cadrage")
        let path = "docs/note-de-cadrage.md"
        let validated = try repo.jalonOK("doc", "status", "D-A1", "validé")
        #expect(validated.stdout.contains("validé"), "\(validated.stdout)")
        #expect((repo.read(path) ?? "").contains("status: validated"))
        let list = try repo.jalonOK("doc", "list", "--status", "VALIDÉ")
        #expect(list.stdout.contains("validé") && list.stdout.contains("D-A1"), "\(list.stdout)")
        // The week as the reports print it (2026-S50) is read back.
        let report = try repo.jalonOK("report", "status", "--week", "2026-S50")
        #expect(report.stdout.contains("2026-S50"), "\(report.stdout)")
    }

    @Test func csvValuesFollowTheLanguage() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("milestone", "add", "Maquette", "--date", "2026-12-18")
        try repo.jalonOK("task", "edit", "T-A1", "--milestone", "M-A1")
        try repo.jalonOK("task", "move", "T-A1", "doing")
        let csv = try repo.jalonOK("report", "status", "--format", "csv")
        let milestoneRow = try #require(csv.stdout.split(separator: "\r\n").first { $0.hasPrefix("M-A1;") })
        #expect(milestoneRow.hasSuffix(";vert") || milestoneRow.hasSuffix(";orange") || milestoneRow.hasSuffix(";rouge"), "\(milestoneRow)")
        #expect(!csv.stdout.contains(";green") && !csv.stdout.contains(";red"), "\(csv.stdout)")
        #expect(csv.stdout.contains(";en cours;"), "\(csv.stdout)")
    }

    // MARK: schemaVersion

    /// Every command whose `--format` offers `json` (as the parser describes the whole tree)
    /// writes an object whose first key is `schemaVersion`.
    @Test func everyJSONOutputCarriesSchemaVersion() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("spec", "init")
        try repo.jalonOK("doc", "new", "Note de cadrage")
        try repo.jalonOK("meeting", "new", "--attendees", "alice")
        try repo.jalonOK("comment", "T-A1", "Bien")
        let classFile = repo.sandbox.appendingPathComponent("classe.yml")
        try Data("class: Test\nteams:\n  - name: Équipe\n    path: \(repo.path)\n".utf8).write(to: classFile)
        let arguments = ["id": "T-A1", "document": "D-A1", "meeting": "R-A1", "item": "T-A1", "file": classFile.path]
        let dump = try repo.jalonOK("--experimental-dump-help").stdout
        let tool = try #require(try JSONSerialization.jsonObject(with: Data(dump.utf8)) as? [String: Any])
        var commands: [[String]] = []
        func walk(_ command: [String: Any], _ path: [String]) {
            let args = command["arguments"] as? [[String: Any]] ?? []
            let format = args.first { (($0["names"] as? [[String: Any]]) ?? []).contains { $0["name"] as? String == "format" } }
            if let values = format?["allValues"] as? [String], values.contains("json") {
                let positional = args.filter { $0["kind"] as? String == "positional" && ($0["isOptional"] as? Bool) != true }.compactMap { $0["valueName"] as? String }
                commands.append(path + positional.compactMap { arguments[$0] })
            }
            for sub in command["subcommands"] as? [[String: Any]] ?? [] { walk(sub, path + [sub["commandName"] as? String ?? "?"]) }
        }
        walk(try #require(tool["command"] as? [String: Any]), [])
        #expect(commands.count >= 30, "\(commands)")
        for c in commands {
            let r = try repo.jalon(c + ["--format", "json"])
            #expect(r.succeeded, "\(c): \(r)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(c): \(r.stdout)")
            #expect(object["schemaVersion"] as? Int == 1 && r.stdout.hasPrefix("{\n  \"schemaVersion\" : 1"), "\(c): \(r.stdout.prefix(200))")
        }
    }

    // MARK: Small defects (issue 14.7)

    @Test func mentionWithAccentNamesTheMember() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("member", "add", "chloe", "--name", "Chloé Petit", "--email", "chloe@example.org")
        try repo.jalonOK("comment", "T-A1", "Merci @chloé pour la relecture")
        let listed = try repo.jalonOK("comment", "list", "T-A1", "--format", "json")
        #expect(listed.stdout.contains("\"chloe\""), "\(listed.stdout)")
        let unknown = try repo.jalon("comment", "T-A1", "Merci @zoé")
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("@zoé ne désigne aucun membre"), "\(unknown.stderr)")
        #expect(!unknown.stderr.contains("@zo "), "\(unknown.stderr)")
    }

    @Test func initWithoutIdentityLeavesNothingBehind() throws {
        let repo = try TestRepository(initialize: false)
        let result = try repo.jalon("init", "--name", "Projet", "--lang", "fr")
        #expect(result.status == 2, "\(result)")
        #expect(result.stderr.contains("git config --global user.name"), "\(result.stderr)")
        #expect(!result.stderr.contains("--as"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: repo.url.appendingPathComponent(".git").path))
    }

    @Test func datesUnpaddedAndAmbiguous() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("task", "edit", "T-A1", "--due", "2027-1-5")
        #expect((repo.read("tasks/T-A1.md") ?? "").contains("due: 2027-01-05"))
        try repo.jalonOK("task", "edit", "T-A1", "--due", "5/1/2027")   // French: day first
        #expect((repo.read("tasks/T-A1.md") ?? "").contains("due: 2027-01-05"))
        // An English board refuses 5/1/2027 as ambiguous and reads the unambiguous ones.
        let en = try TestRepository()
        try en.jalonOK("init", "--name", "Project", "--lang", "en")
        try en.jalonOK("member", "add", "alice", "--name", "Alice Martin", "--email", TestRepository.alice.email)
        try en.jalonOK("task", "add", "One")
        let ambiguous = try en.jalon("task", "edit", "T-A1", "--due", "5/1/2027")
        #expect(ambiguous.status == 2)
        #expect(ambiguous.stderr.contains("ambiguous date `5/1/2027`") && ambiguous.stderr.contains("2027-01-05") && ambiguous.stderr.contains("2027-05-01"), "\(ambiguous.stderr)")
        try en.jalonOK("task", "edit", "T-A1", "--due", "1/25/2027")
        #expect((en.read("tasks/T-A1.md") ?? "").contains("due: 2027-01-25"))
        try en.jalonOK("task", "edit", "T-A1", "--due", "25/1/2027")
        #expect((en.read("tasks/T-A1.md") ?? "").contains("due: 2027-01-25"))
        let zero = try en.jalon("member", "add", "bob", "--name", "Bob", "--email", "bob@example.org", "--hours-per-day", "0")
        #expect(zero.status == 2)
        #expect(zero.stderr.contains("between 0.25 and 24") && !zero.stderr.contains("between 0 and 24"), "\(zero.stderr)")
    }

    @Test func countColumnsSayWhatTheyCount() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("milestone", "add", "Maquette", "--date", "2026-12-18")
        try repo.jalonOK("task", "edit", "T-A1", "--milestone", "M-A1")
        #expect(try repo.jalonOK("milestone", "list").stdout.contains("Tâches finies/total"))
        try repo.jalonOK("meeting", "new", "--title", "Réunion de lancement")
        let meetings = try repo.jalonOK("meeting", "list")
        #expect(meetings.stdout.contains("Actions ouvertes/total") || meetings.stdout.contains("Aucun"), "\(meetings.stdout)")
    }

    @Test func weeklyReportStartsOnMondayAndListsWhatWasDone() throws {
        let repo = try Self.frenchBoard()   // JALON_NOW is Tuesday 1 December 2026
        try repo.jalonOK("task", "done", "T-A1")
        let made = try repo.jalonOK("doc", "new", "Rapport", "--template", "rapport-hebdo")
        let path = try #require(made.stdout.split(separator: " ").first { $0.hasPrefix("docs/") }.map(String.init))
        let text = repo.read(path) ?? ""
        #expect(text.contains("semaine du 30/11/2026"), "\(text)")
        let done = text.components(separatedBy: "## Réalisé cette semaine").last?.components(separatedBy: "## ").first ?? ""
        #expect(done.contains("T-A1") && done.contains("Recueillir les besoins"), "\(text)")
    }

    @Test func mergeConflictHintMergesIntoTheBoardBranch() throws {
        let repo = try Self.frenchBoard()
        // The same line of a project file changed both ways: a conflict no merge can settle.
        try repo.write("notes.txt", "une ligne\n")
        try repo.gitOK("add", "notes.txt")
        try repo.gitOK("commit", "-q", "-m", "notes")
        func retitle(_ title: String) throws {
            try repo.write("notes.txt", title + "\n")
            try repo.gitOK("commit", "-q", "-am", title)
        }
        try repo.gitOK("checkout", "-q", "-b", "autre")
        try retitle("Version autre")
        try repo.gitOK("checkout", "-q", "main")
        try retitle("Version main")
        try repo.gitOK("checkout", "-q", "-b", "fonction")
        let before = try repo.revision("main")
        let result = try repo.jalon("merge", "autre")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("git switch main"), "\(result.stderr)")
        #expect(try repo.revision("main") == before)
    }

    @Test func specLinkNamesUncommittedEdits() throws {
        let repo = try Self.frenchBoard()
        try repo.jalonOK("spec", "init")
        let spec = repo.read("spec.md") ?? ""
        try repo.write("spec.md", spec.replacingOccurrences(of: "| L1 | … | … | … |", with: "| L1 | … | … | … |\n| L2 | Site en ligne | 29/01/2027 | M-A1 |"))
        let result = try repo.jalon("spec", "link", "L2", "T-A1")
        #expect(result.status == 1, "\(result)")
        #expect(result.stderr.contains("L2 n’est que dans votre copie de spec.md"), "\(result.stderr)")
        let unknown = try repo.jalon("spec", "link", "L7", "T-A1")
        #expect(unknown.stderr.contains("n’est pas un livrable"), "\(unknown.stderr)")
    }
}
