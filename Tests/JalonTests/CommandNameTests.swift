// Jalon names its commands itself (JalonCommand) instead of letting swift-argument-parser call
// `String(describing:)` on each type at every start: the names must stay the parser's.
import ArgumentParser
@testable import JalonCLI
import Testing

@Suite("Command names")
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

    @Test func typeNamesAreSpelledAsTheParserSpellsThem() {
        #expect(commandName(fromTypeName: "List") == "list")
        #expect(commandName(fromTypeName: "AddHoliday") == "add-holiday")
        #expect(commandName(fromTypeName: "TaskHistoryCommand") == "task-history-command")
        #expect(commandName(fromTypeName: "URLSession") == "url-session")
        #expect(commandName(fromTypeName: "ExportHTML") == "export-html")
    }
}
