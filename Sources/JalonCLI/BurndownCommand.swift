import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports
import UseCases

private enum BurndownHelp {
    static let abstract = Text("burndownCmd.abstract")
    static let baseline = Text("burndownCmd.baseline")
}

struct BurndownCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "burndown", abstract: BurndownHelp.abstract(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Option(help: help(BurndownHelp.baseline)) var baseline: String?
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let forecast = try ctx.forecast()
            let chosen = try baseline.map { try baselineSchedule(ctx, named: $0, history: forecast.history) }
            let chart = try BoardForecast.burndown(store: ctx.store, forecast, baseline: chosen, timeZone: ctx.environment.clock.timeZone)
            ctx.say(format == .json ? BurndownChart.json(chart) : BurndownChart.text(chart, language: ctx.language, style: ctx.style))
        }
    }
}
