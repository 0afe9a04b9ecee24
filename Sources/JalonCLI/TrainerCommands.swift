import ArgumentParser
import BoardCore

// Placeholder, replaced by the real commands.
struct StatusReport: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "status", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct BilanReport: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "bilan", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct ClassReport: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "class", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct ExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "export", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
