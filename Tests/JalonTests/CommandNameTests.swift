// Jalon names its commands itself (JalonCommand) instead of letting swift-argument-parser call
// `String(describing:)` on each type at every start: the names must stay the parser's.
import ArgumentParser
@testable import JalonCLI
import Testing

// Serialized: TypedCommands keeps the arguments of the parse under way in a global, which
// narrows every configuration read meanwhile; the tests here parse and read the tree.
@Suite("Command names", .serialized)
struct CommandNameTests {
    /// Every command of the tree, the root first.
    static func commands() -> [ParsableCommand.Type] {
        var out: [ParsableCommand.Type] = []
        var stack: [ParsableCommand.Type] = [Jalon.self]
        while let command = stack.popLast() {
            out.append(command)
            stack += command.configuration.subcommands
        }
        return out
    }

    @Test func everyCommandIsNamedAsTheParserNamesIt() {
        let all = CommandNameTests.commands()
        #expect(all.count > 70)
        for command in all {
            #expect(command is JalonCommand.Type || command.configuration.commandName != nil,
                    "\(command) is not a JalonCommand and has no commandName: it would be named through String(describing:)")
            let expected = command.configuration.commandName ?? commandName(fromTypeName: String(describing: command))
            #expect(command._commandName == expected)
        }
    }

    /// Every command's path of names from the root (`["task", "add"]`), the root's empty.
    static func paths() -> [[String]] {
        var out: [[String]] = []
        var stack: [(ParsableCommand.Type, [String])] = [(Jalon.self, [])]
        while let (command, path) = stack.popLast() {
            out.append(path)
            stack += command.configuration.subcommands.map { ($0, path + [$0._commandName]) }
        }
        return out
    }

    /// What a parse gives: the command's type and its arguments as parsed, or the parser's whole
    /// message (help page, usage, error) and exit code.
    static func outcome(_ parse: () throws -> ParsableCommand) -> String {
        do {
            let command = try parse()
            return "\(type(of: command)): \(String(reflecting: command))"
        } catch {
            return "error \(Jalon.exitCode(for: error).rawValue): \(Jalon.fullMessage(for: error))"
        }
    }

    /// The first parse sees only the typed commands (TypedCommands): it must give what the whole
    /// tree gives, for every command, with and without arguments, with a group's default
    /// subcommand, a wrong option, an option value that names another command, help and version.
    @Test func parsingOnlyTheTypedCommandsGivesWhatTheWholeTreeGives() {
        var compared = 0, parsed = 0
        let variations: [[String]] = [[], ["--format", "json"], ["--bogus"], ["T-A1", "a title"], ["--status", "done"], ["list"], ["--help"], ["--version"]]
        for path in CommandNameTests.paths() {
            for extra in variations {
                let arguments = path + extra
                let typed = CommandNameTests.outcome { try TypedCommands.parse(arguments) }
                let whole = CommandNameTests.outcome { try Jalon.parseAsRoot(arguments) }
                #expect(typed == whole, "\(arguments)")
                compared += 1
                if !typed.hasPrefix("error") { parsed += 1 }
            }
        }
        #expect(compared > 500)
        #expect(parsed > 100)
        // A group's default subcommand is kept: `comment T-A1 "texte"` is `comment add`.
        #expect(CommandNameTests.outcome { try TypedCommands.parse(["comment", "T-A1", "texte"]) }.hasPrefix("Add: "))
    }

    @Test func typeNamesAreSpelledAsTheParserSpellsThem() {
        #expect(commandName(fromTypeName: "List") == "list")
        #expect(commandName(fromTypeName: "AddHoliday") == "add-holiday")
        #expect(commandName(fromTypeName: "TaskHistoryCommand") == "task-history-command")
        #expect(commandName(fromTypeName: "URLSession") == "url-session")
        #expect(commandName(fromTypeName: "ExportHTML") == "export-html")
    }
}
