import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Planning
import Reports

/// The schedule of the board as it is now, with done tasks ending on the day history says they
/// were moved to done.
func currentSchedule(_ ctx: CommandContext, level: Bool) throws -> Schedule {
    let done = Set(ctx.board.tasks.filter { $0.status == ctx.board.settings.doneStatus }.map(\.id))
    let finished = try ctx.store.completionDates(of: done, doneStatus: ctx.board.settings.doneStatus)
    return Planner.schedule(ctx.board, today: ctx.today, actualFinish: finished, level: level)
}

/// The plan frozen in a baseline: the board at the baseline's commit, planned as of that day.
func baselineSchedule(_ ctx: CommandContext, named name: String) throws -> (Baseline, Schedule) {
    let baseline = try ctx.store.baseline(named: name)
    let board = try ctx.store.loadCommitted(at: baseline.commit)
    let savedDay = baseline.savedAt.map { Day($0, timeZone: ctx.environment.clock.timeZone) } ?? ctx.today
    let done = Set(board.tasks.filter { $0.status == board.settings.doneStatus }.map(\.id))
    let finished = try ctx.store.completionDates(of: done, doneStatus: board.settings.doneStatus)
    return (baseline, Planner.schedule(board, today: savedDay, actualFinish: finished.filter { $0.value <= savedDay }))
}

struct PlanCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "plan", abstract: CLIText.helpPlan(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @Flag(help: help(CLIText.helpLevel)) var level = false
    @Option(help: help(CLIText.helpAgainst)) var against: String?
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let schedule = try currentSchedule(ctx, level: level)
            if let against {
                let (baseline, planned) = try baselineSchedule(ctx, named: against)
                let slips = PlanComparison.compare(baseline: planned, current: schedule, calendar: WorkCalendar(settings: ctx.board.settings))
                ctx.say(format == .json
                    ? ScheduleJSON.comparison(slips, baselineName: baseline.name)
                    : PlanText.comparison(slips, baselineName: baseline.name, board: ctx.board, language: ctx.language, style: ctx.style))
            } else {
                ctx.say(format == .json
                    ? ScheduleJSON.render(schedule)
                    : PlanText.plan(schedule, board: ctx.board, language: ctx.language, today: ctx.today, style: ctx.style))
            }
            ctx.warnSkipped()
        }
    }
}

struct GanttCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "gantt", abstract: CLIText.helpGantt(helpLanguage)) }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, mermaid }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(CLIText.helpGanttBy)) var by: GanttOptions.Grouping = .none
    @Option(help: help(CLIText.helpFromDate)) var from: String?
    @Option(help: help(CLIText.helpToDate)) var to: String?
    @Option(help: help(CLIText.helpScale)) var scale: GanttOptions.Scale?
    @Option(help: help(CLIText.helpBaselineBars)) var baseline: String?
    @Flag(help: help(CLIText.helpLevel)) var level = false
    @Option(help: help(CLIText.helpGanttFormat)) var format: Format = .text

    func run() throws {
        try withBoard(global) { ctx in
            let schedule = try currentSchedule(ctx, level: level)
            switch format {
            case .json: ctx.say(ScheduleJSON.render(schedule))
            case .mermaid: ctx.say(GanttMermaid.render(schedule, board: ctx.board, language: ctx.language))
            case .text:
                let fromDay = try from.map(ArgumentReader.day)
                let toDay = try to.map(ArgumentReader.day)
                if let f = fromDay, let t = toDay, t < f {
                    throw JalonError(.invalidInput, Text(fr: "--to (\(t.iso)) précède --from (\(f.iso))", en: "--to (\(t.iso)) is before --from (\(f.iso))"))
                }
                let planned = try baseline.map { try baselineSchedule(ctx, named: $0) }
                let options = GanttOptions(scale: scale, from: fromDay, to: toDay, grouping: by, baseline: planned?.1, baselineName: planned?.0.name)
                let calendar = WorkCalendar(settings: ctx.board.settings)
                ctx.say(GanttText.render(schedule, board: ctx.board, options: options, language: ctx.language, today: ctx.today, style: ctx.style,
                                         isWorkingDay: { calendar.isWorkingDay($0) }, holidayName: { calendar.holiday(on: $0)?.name }))
            }
            ctx.warnSkipped()
        }
    }
}

struct LoadCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "load", abstract: CLIText.helpLoad(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @Flag(help: help(CLIText.helpLevel)) var level = false
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let schedule = try currentSchedule(ctx, level: level)
            ctx.say(format == .json ? ScheduleJSON.render(schedule) : PlanText.load(schedule, board: ctx.board, language: ctx.language, style: ctx.style))
            ctx.warnSkipped()
        }
    }
}

extension GanttOptions.Grouping: ExpressibleByArgument {}
extension GanttOptions.Scale: ExpressibleByArgument {}
