import ArgumentParser
import BoardCore

/// `jalon report …`: the reports people print or paste — contributions for the jury, status,
/// review and class overview for trainers.
struct ReportCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "report", abstract: CLIText.helpReport(helpLanguage),
                                                    subcommands: [ContributionsReport.self, GrilleCommand.self, DossierCommand.self, StatusReport.self, BilanReport.self, ClassReport.self]), of: Self.self)
    }
}
