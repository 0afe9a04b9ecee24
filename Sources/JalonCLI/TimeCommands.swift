import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

private enum TimeHelp {
    static let time = Text("timeCmd.time")
    static let log = Text("timeCmd.log")
    static let list = Text("timeCmd.list")
    static let amount = Text("timeCmd.amount")
    static let date = Text("timeCmd.date")
    static let note = Text("timeCmd.note")
    static let member = Text("timeCmd.member")
    static let week = Text("timeCmd.week")
    static let task = Text("timeCmd.task")
    static let format = Text("timeCmd.format")
    static let out = Text("timeCmd.out")
    static func logged(_ hours: String, _ id: String, _ day: String, _ file: String, _ commit: String) -> Text {
        Text("timeCmd.logged", ["hours": hours, "id": id, "day": day, "file": file, "commit": commit])
    }
    static func badWeek(_ text: String) -> JalonError {
        JalonError(.invalidInput, Text("timeCmd.badWeek", ["text": text]), hint: Text("timeCmd.badWeekHint"))
    }
}

struct TimeCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "time", abstract: TimeHelp.time(helpLanguage), subcommands: [LogTime.self, ListTime.self]), of: Self.self)
    }

    struct LogTime: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "log", abstract: TimeHelp.log(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Argument(help: help(TimeHelp.amount)) var amount: String
        @Option(help: help(TimeHelp.date)) var date: String?
        @Option(help: help(TimeHelp.note)) var note: String?
        @Option(help: help(CLIText.helpWith)) var with: [String] = []

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let task = try ctx.itemID(id, kind: .task)
                let hours = try ArgumentReader.effort(amount).hours
                let day = try date.map(ArgumentReader.day) ?? ctx.environment.clock.today
                let (actor, co) = try ctx.actor(with: commaList(with))
                let (booking, outcome) = try ctx.store.logTime(task: task, hours: hours, day: day, note: note, actor: actor, coAuthors: co)
                ctx.say(TimeHelp.logged(TimeText.amount(hours)(ctx.language), task.description, day.formatted(ctx.language), ctx.store.prefix + booking.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct ListTime: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: TimeHelp.list(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Option(help: help(TimeHelp.member)) var member: String?
        @Option(help: help(TimeHelp.week)) var week: String?
        @Option(help: help(TimeHelp.task)) var task: String?
        @Option(help: help(TimeHelp.format)) var format: ReportFormat = .text
        @Option(help: help(TimeHelp.out)) var out: String?

        func run() throws {
            try withBoard(global) { ctx in
                let settings = ctx.board.settings
                if let member, settings.member(member) == nil { throw ActionError.unknownMember(member, settings.members.map(\.id)) }
                let period = try week.map { text in
                    guard let p = ReportPeriod.parse(text) else { throw TimeHelp.badWeek(text) }
                    return p
                }
                let taskID = try task.map { try ctx.itemID($0, kind: .task) }
                var report = TimeReport(board: ctx.board, period: period, member: member.flatMap { settings.member($0)?.id })
                if let taskID { report.bookings = report.bookings.filter { $0.task == taskID } }
                try emit(render(report.document(language: ctx.language), format: format, json: report.json, style: ctx.style),
                         to: out, environment: ctx.environment, language: ctx.language)
            }
        }
    }
}
