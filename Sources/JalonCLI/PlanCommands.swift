import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Planning
import Reports
import UseCases

/// The plan frozen in a baseline named `name`.
func baselineSchedule(_ ctx: CommandContext, named name: String, history: History) throws -> (Baseline, Schedule) {
    try BoardForecast.baselineSchedule(store: ctx.store, named: name, history: history, timeZone: ctx.environment.clock.timeZone)
}

struct PlanCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "plan", abstract: CLIText.helpPlan(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Flag(help: help(CLIText.helpLevel)) var level = false
    @Option(help: help(CLIText.helpAgainst)) var against: String?
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let forecast = try ctx.forecast(level: level)
            let schedule = forecast.schedule
            if let against {
                let (baseline, planned) = try baselineSchedule(ctx, named: against, history: forecast.history)
                let slips = PlanComparison.compare(baseline: planned, current: schedule, calendar: WorkCalendar(settings: ctx.board.settings))
                ctx.say(format == .json
                    ? ScheduleJSON.comparison(slips, baselineName: baseline.name)
                    : PlanText.comparison(slips, baselineName: baseline.name, language: ctx.language, style: ctx.style))
            } else {
                ctx.say(format == .json
                    ? ScheduleJSON.render(schedule)
                    : PlanText.plan(schedule, board: ctx.board, language: ctx.language, today: ctx.today, style: ctx.style))
            }
        }
    }
}

struct GanttCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "gantt", abstract: CLIText.helpGantt(helpLanguage)) }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, mermaid }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Option(help: help(CLIText.helpGanttBy)) var by: GanttOptions.Grouping = .none
    @Option(help: help(CLIText.helpFromDate)) var from: String?
    @Option(help: help(CLIText.helpToDate)) var to: String?
    @Option(help: help(CLIText.helpScale)) var scale: GanttOptions.Scale?
    @Option(help: help(CLIText.helpBaselineBars)) var baseline: String?
    @Flag(help: help(CLIText.helpLevel)) var level = false
    @Option(help: help(CLIText.helpGanttFormat)) var format: Format = .text

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let forecast = try ctx.forecast(level: level)
            let schedule = forecast.schedule
            switch format {
            case .json: ctx.say(ScheduleJSON.render(schedule))
            case .mermaid: ctx.say(GanttMermaid.render(schedule, board: ctx.board, language: ctx.language))
            case .text:
                let fromDay = try from.map(ArgumentReader.day)
                let toDay = try to.map(ArgumentReader.day)
                if let f = fromDay, let t = toDay, t < f {
                    throw JalonError(.invalidInput, Text("cli.format.run.text", ["iso": t.iso, "iso2": f.iso]))
                }
                let planned = try baseline.map { try baselineSchedule(ctx, named: $0, history: forecast.history) }
                let options = GanttOptions(scale: scale, from: fromDay, to: toDay, grouping: by, baseline: planned?.1, baselineName: planned?.0.name)
                ctx.say(Self.text(schedule, board: ctx.board, options: options, language: ctx.language, today: ctx.today, style: ctx.style))
            }
        }
    }

    /// The text chart of a forecast on the board's calendar (also what `jalon demo` shows).
    static func text(_ schedule: Schedule, board: Board, options: GanttOptions, language: Language, today: Day, style: TerminalStyle) -> String {
        let calendar = WorkCalendar(settings: board.settings)
        return GanttText.render(schedule, board: board, options: options, language: language, today: today, style: style,
                                isWorkingDay: { calendar.isWorkingDay($0) }, holidayName: { calendar.holiday(on: $0)?.name })
    }
}

struct LoadCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "load", abstract: CLIText.helpLoad(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Flag(help: help(CLIText.helpLevel)) var level = false
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let forecast = try ctx.forecast(level: level)
            let schedule = forecast.schedule
            ctx.say(format == .json ? ScheduleJSON.render(schedule) : PlanText.load(schedule, board: ctx.board, language: ctx.language, style: ctx.style))
        }
    }
}

extension GanttOptions.Grouping: ExpressibleByArgument {}
extension GanttOptions.Scale: ExpressibleByArgument {}
