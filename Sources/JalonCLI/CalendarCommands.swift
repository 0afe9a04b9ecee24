import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct CalendarCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "calendar", abstract: CLIText.helpCalendar(helpLanguage), subcommands: [AddHoliday.self, Show.self]), of: Self.self)
    }

    struct AddHoliday: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add-holiday", abstract: CLIText.helpAddHoliday(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpFrom)) var from: String
        @Argument(help: help(CLIText.helpTo)) var to: String?
        @Option(help: help(CLIText.helpHolidayName)) var name: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let period = try ArgumentReader.period(from, to, name: name)
                let (actor, _) = try ctx.actor()
                let outcome = try ctx.store.addHoliday(period, actor: actor)
                ctx.say(CLIText.holidayAdded(period.name ?? "—", period.from.formatted(ctx.language), period.to.formatted(ctx.language), outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Show: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: CLIText.helpCalendarList(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                ctx.say(format == .json ? CalendarText.json(ctx.board) : CalendarText.render(ctx.board, language: ctx.language, style: ctx.style))
            }
        }
    }
}

struct BaselineCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "baseline", abstract: CLIText.helpBaseline(helpLanguage), subcommands: [Save.self, List.self]), of: Self.self)
    }

    struct Save: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpBaselineSave(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpBaselineName)) var name: String

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let (actor, _) = try ctx.actor()
                let baseline = try ctx.store.saveBaseline(name: name, actor: actor)
                ctx.say(CLIText.baselineSaved(baseline.name, baseline.tagName, baseline.commit.short)(ctx.language))
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpBaselineList(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        struct BaselineJSON: Encodable {
            let name: String
            let tag: String
            let commit: String
            let savedBy: String?
            let savedAt: String?
        }

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let all = try ctx.store.baselines()
                let iso = ISO8601DateFormatter()
                if format == .json {
                    ctx.say(BoardJSON.encode(["baselines": all.map {
                        BaselineJSON(name: $0.name, tag: $0.tagName, commit: $0.commit.hex, savedBy: $0.savedBy, savedAt: $0.savedAt.map(iso.string(from:)))
                    }]))
                    return
                }
                let rows = all.map { b in
                    PlanText.BaselineRow(name: b.name, saved: b.savedAt.map { Day($0, timeZone: ctx.environment.clock.timeZone) }, savedBy: b.savedBy, commit: b.commit.short)
                }
                ctx.say(PlanText.baselinesDocument(rows, language: ctx.language, unicode: ctx.style.unicode).text(style: ctx.style))
            }
        }
    }
}

extension ArgumentReader {
    static func period(_ from: String, _ to: String?, name: String?) throws -> Period {
        let start = try day(from)
        let end = try to.map(day) ?? start
        guard start <= end else {
            throw JalonError(.invalidInput, Text("cli.period", ["iso": end.iso, "iso2": start.iso]))
        }
        return Period(from: start, to: end, name: name.flatMap { $0.isEmpty ? nil : $0 })
    }
}
