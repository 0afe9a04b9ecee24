// What the documentation commands share: paths typed by the user, templates, the problems
// `jalon check` lists, and the values a weekly report starts from.
import ArgumentParser
import BoardCore
import BoardFiles
import BoardStore
import Foundation
import Reports

/// Refuses a typed path that leaves the board (`../…`, absolute), named as the user typed it.
func rejectOutside(_ typed: String) throws {
    if typed.hasPrefix("/") || typed.split(separator: "/").contains("..") { try BoardPath.validate(typed) }
}

/// The templates this board can use: its own `templates/` first, then the shipped ones.
func documentTemplates(_ ctx: CommandContext) throws -> TemplateSet {
    TemplateSet(shipped: BoardFiles.documentTemplates, board: try ctx.store.boardTemplates())
}

func template(_ name: String, _ ctx: CommandContext) throws -> DocumentTemplate {
    let set = try documentTemplates(ctx)
    guard let t = set.resolve(name, language: ctx.board.settings.language) else { throw DocsError.unknownTemplate(name, set.names) }
    return t
}

/// Problems of the spec, documents, minutes and comments, for `jalon check` (file:line each,
/// relative to the board folder like the board's own diagnostics).
func documentationProblems(_ ctx: CommandContext) throws -> [Diagnostic] {
    try ctx.store.documentationProblems(board: ctx.board, shippedTemplates: BoardFiles.documentTemplates)
}

/// When each document last changed and who changed it, from the history engine.
func documentLastChanges(_ ctx: CommandContext) -> [String: DocsText.LastChange] {
    guard let history = try? ctx.store.history() else { return [:] }
    return DocsText.lastChanges(history, settings: ctx.board.settings)
}

func printProblems(_ problems: [Diagnostic], format: OutputFormat, ok: Text, _ ctx: CommandContext) -> Bool {
    let errors = problems.filter { $0.severity == .error }.count
    switch format {
    case .json: ctx.say(BoardJSON.diagnostics(problems, language: ctx.language))
    case .text:
        for p in problems {
            let line = p.rendered(ctx.language, pathPrefix: ctx.store.prefix)
            ctx.say(p.severity == .warning ? CLIText.warningPrefix(ctx.language) + line : line)
        }
        ctx.say(problems.isEmpty ? ok(ctx.language) : CLIText.checkSummary(errors, problems.count - errors)(ctx.language))
    }
    return errors > 0
}

/// Shared helpers of the documentation commands.
enum DocsCommands {
    static func template(_ name: String, _ ctx: CommandContext) throws -> DocumentTemplate { try JalonCLI.template(name, ctx) }

    /// Values a weekly report starts from (see `WeeklyReport.values`).
    static func reportValues(_ ctx: CommandContext, template: DocumentTemplate? = nil) -> [String: String] {
        let lateness = (try? ctx.lateness()) ?? Lateness.forecast(ctx.board, today: ctx.today)
        return WeeklyReport.values(ctx.board, language: ctx.language, today: ctx.today, lateness: lateness,
                                   history: template?.body.contains("{{done}}") == true ? { try? ctx.history() } : nil,
                                   timeZone: ctx.environment.clock.timeZone)
    }
}
