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

    @Test func everyJSONOutputCarriesSchemaVersion() throws {
        let repo = try Self.frenchBoard()
        let commands: [[String]] = [["board"], ["task", "list"], ["task", "show", "T-A1"], ["check"], ["log"], ["plan"], ["calendar", "list"],
                                    ["doc", "list"], ["meeting", "list"], ["report", "status"], ["report", "contributions"], ["member", "list"]]
        for c in commands {
            let r = try repo.jalon(c + ["--format", "json"])
            #expect(r.succeeded, "\(c): \(r)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any], "\(c): \(r.stdout)")
            #expect(object["schemaVersion"] as? Int == 1, "\(c): \(r.stdout.prefix(200))")
        }
    }
}
