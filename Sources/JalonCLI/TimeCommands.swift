import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

private enum TimeHelp {
    static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }
    static let time = t("Temps passé : saisir et lister le temps passé sur les tâches.", "Time spent: log and list the time spent on tasks.")
    static let log = t("Saisir du temps passé sur une tâche (un fichier time/…md, un commit).", "Log time spent on a task (one time/…md file, one commit).")
    static let list = t("Lister le temps passé, avec le total par membre (csv pour un tableur).", "List the time spent, with the total per member (csv for a spreadsheet).")
    static let amount = t("Temps passé, par ex. 2h ou 0.5h (1d = 8 h).", "Time spent, e.g. 2h or 0.5h (1d = 8 h).")
    static let date = t("Jour du travail (défaut : aujourd’hui).", "Day the work was done (default: today).")
    static let note = t("Ce qui a été fait.", "What was done.")
    static let member = t("Seulement ce membre.", "Only this member.")
    static let week = t("Seulement cette semaine ISO, par ex. 2026-W50 ou 2026-S50.", "Only this ISO week, e.g. 2026-W50 or 2026-S50.")
    static let task = t("Seulement cette tâche.", "Only this task.")
    static let format = t("Format : text, markdown, csv, json ou html.", "Format: text, markdown, csv, json or html.")
    static let out = t("Écrire dans ce fichier plutôt que sur la sortie standard.", "Write to this file rather than standard output.")
    static func logged(_ hours: String, _ id: String, _ day: String, _ file: String, _ commit: String) -> Text {
        t("\(hours) saisies sur \(id) le \(day) (\(file), commit \(commit))", "Logged \(hours) on \(id) for \(day) (\(file), commit \(commit))")
    }
    static func badWeek(_ text: String) -> JalonError {
        JalonError(.invalidInput, t("semaine illisible « \(text) »", "unreadable week `\(text)`"), hint: t("écrivez AAAA-Wnn ou AAAA-Snn, par ex. 2026-W50", "write YYYY-Wnn or YYYY-Snn, e.g. 2026-W50"))
    }
}

struct TimeCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "time", abstract: TimeHelp.time(helpLanguage), subcommands: [LogTime.self, ListTime.self])
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
