import ArgumentParser
import BoardCore

// Placeholder, replaced by the real commands.
struct SpecCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "spec", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct DocCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "doc", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct MeetingCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "meeting", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct CommentCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "comment", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct NewsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "news", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct RemindCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remind", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
struct MergeCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "merge", shouldDisplay: false) }
    func run() throws { throw JalonError(.invalidInput, Text(fr: "en cours d’écriture", en: "being written")) }
}
