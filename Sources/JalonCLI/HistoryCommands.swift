import ArgumentParser
import BoardCore

// Placeholder, replaced by the real commands.
struct ContributionsReport: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "contributions", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct TaskHistoryCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "history", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct ActivityCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "activity", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct SealCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "seal", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct VerifyCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "verify", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
