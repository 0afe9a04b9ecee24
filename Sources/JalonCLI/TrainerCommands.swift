import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Planning
import Reports
import UseCases

// `jalon report status|bilan|class` and `jalon export ics|mermaid|html`: the reports trainers
// and teams print, paste or open. Each command reads the board(s), builds one format-neutral
// report (Reports), and renders it in the format asked for.

/// Formats of the trainer reports.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, csv, json, html
}

private enum TrainerHelp {
    static let status = Text("trainerCmd.status")
    static let bilan = Text("trainerCmd.bilan")
    static let classOverview = Text("trainerCmd.classOverview")
    static let export = Text("trainerCmd.export")
    static let week = Text("trainerCmd.week")
    static let format = Text("trainerCmd.format")
    static let out = Text("trainerCmd.out")
    static let baseline = Text("trainerCmd.baseline")
    static let save = Text("trainerCmd.save")
    static let force = Text("trainerCmd.force")
    static let classFile = Text("trainerCmd.classFile")
    static let cache = Text("trainerCmd.cache")
    static let what = Text("trainerCmd.what")
    static func badWeek(_ text: String) -> JalonError {
        JalonError(.invalidInput, Text("trainerCmd.badWeek", ["text": text]), hint: Text("trainerCmd.badWeekHint"))
    }
    static let htmlNeedsOut = JalonError(.invalidInput, Text("trainerCmd.htmlNeedsOut"),
                                         hint: Text("trainerCmd.htmlNeedsOutHint"))
    static func bilanExists(_ path: String) -> JalonError {
        JalonError(.refused, Text("trainerCmd.bilanExists", ["path": path]),
                   hint: Text("trainerCmd.bilanExistsHint"))
    }
    static func bilanSaved(_ path: String, _ commit: String) -> Text {
        Text("trainerCmd.bilanSaved", ["path": path, "commit": commit])
    }
    static func written(_ path: String) -> Text { Text("trainerCmd.written", ["path": path]) }
    static func cannotWrite(_ path: String, _ error: Error) -> JalonError {
        JalonError(.repository, Text("trainerCmd.cannotWrite", ["path": path, "localizedDescription": error.localizedDescription]),
                   hint: Text("trainerCmd.cannotWriteHint"))
    }
    static func teamFailed(_ name: String, _ message: String) -> Text {
        Text("trainerCmd.teamFailed", ["name": name, "message": message])
    }
}

// MARK: Reading what the reports need

func readPeriod(_ week: String?, today: Day) throws -> ReportPeriod {
    guard let week else { return ReportPeriod.week(containing: today) }
    guard let period = ReportPeriod.parse(week) else { throw TrainerHelp.badWeek(week) }
    return period
}

/// Prints a rendered report, or writes it to `out`.
func emit(_ text: String, to out: String?, environment: RunEnvironment, language: Language) throws {
    if let out {
        let path = out.hasPrefix("/") ? out : (environment.directory as NSString).appendingPathComponent(out)
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path)) } catch { throw TrainerHelp.cannotWrite(path, error) }
        environment.printError(TrainerHelp.written(path)(language))
        return
    }
    // CSV and iCalendar end their lines with CRLF themselves: printed as they are.
    if text.hasSuffix("\r\n") {
        FileHandle.standardOutput.write(Data(text.utf8))
    } else {
        environment.print(text)
    }
}

func render(_ document: ReportDocument, format: ReportFormat, json: () -> String, style: TerminalStyle) -> String {
    switch format {
    case .text: return document.text(style: style)
    case .markdown: return document.markdown()
    case .csv: return document.csv()
    case .json: return json()
    case .html: return HTML.render(document)
    }
}

// MARK: Commands

struct StatusReport: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "status", abstract: TrainerHelp.status(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Option(help: help(TrainerHelp.week)) var week: String?
    @Option(help: help(TrainerHelp.format)) var format: ReportFormat = .text
    @Option(help: help(TrainerHelp.out)) var out: String?

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let period = try readPeriod(week, today: ctx.today)
            let input = try StatusInput.read(store: ctx.store, board: ctx.board, period: period, today: ctx.today, timeZone: ctx.environment.clock.timeZone)
            let report = Reports.StatusReport.build(input, language: ctx.language)
            try emit(render(report.document(language: ctx.language), format: format, json: report.json, style: ctx.style), to: out, environment: ctx.environment, language: ctx.language)
        }
    }
}

struct BilanReport: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "bilan", abstract: TrainerHelp.bilan(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Option(help: help(TrainerHelp.baseline)) var baseline: String?
    @Option(help: help(TrainerHelp.format)) var format: ReportFormat = .text
    @Option(help: help(TrainerHelp.out)) var out: String?
    @Flag(help: help(TrainerHelp.save)) var save = false
    @Flag(help: help(TrainerHelp.force)) var force = false

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let report = try buildBilan(ctx, baselineName: baseline)
            let L = ctx.language
            if save {
                try saveBilan(ctx, report)
                return
            }
            try emit(render(report.document(language: L), format: format, json: report.json, style: ctx.style), to: out, environment: ctx.environment, language: L)
        }
    }

    private func saveBilan(_ ctx: CommandContext, _ report: Reports.BilanReport) throws {
        let L = ctx.language
        let (actor, _) = try ctx.actor()
        let path = "docs/bilan/\(ctx.today.iso)-" + Text("trainerCmd.bilanFileName")(L) + ".md"
        let exists = try ctx.store.readText(path) != nil
        if exists && !force { throw TrainerHelp.bilanExists(path) }
        let code = actor.memberID.flatMap { ctx.board.settings.member($0)?.code } ?? MemberCode.outsider
        var highest = 0
        for file in try ctx.store.listFiles(under: "docs") where file.hasSuffix(".md") || file.hasSuffix(".yml") {
            guard let text = try ctx.store.readText(file) else { continue }
            for line in text.split(separator: "\n").prefix(12) where line.hasPrefix("id: D-\(code)") {
                if let n = Int(line.dropFirst("id: D-\(code)".count).trimmingCharacters(in: .whitespaces)) { highest = max(highest, n) }
            }
        }
        var id = "D-\(code)\(highest + 1)"
        if exists, let old = try ctx.store.readText(path), let line = old.split(separator: "\n").first(where: { $0.hasPrefix("id: ") }) { id = String(line.dropFirst(4)) }
        let content = report.savedDocument(id: id, author: actor.memberID ?? actor.name, language: L)
        let subject = Text("trainerCmd.bilanSubject", ["path": path])(L)
        let outcome = try ctx.store.commit(as: actor, scope: .settings) { _, _ in
            Change(writes: [path: content], message: CommitMessage(subject: subject, action: "bilan-save", items: [id]))
        }
        ctx.say(TrainerHelp.bilanSaved(path, outcome?.commit.short ?? "—")(L))
    }
}

/// The review of the board in `ctx` against a baseline (default: the first saved).
func buildBilan(_ ctx: CommandContext, baselineName: String?) throws -> Reports.BilanReport {
    try ProjectReview.build(store: ctx.store, board: ctx.board, forecast: try ctx.forecast(), statusDate: ctx.today,
                            timeZone: ctx.environment.clock.timeZone, baselineName: baselineName, language: ctx.language)
}

struct ClassReport: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "class", abstract: TrainerHelp.classOverview(helpLanguage)) }

    @Argument(help: help(TrainerHelp.classFile)) var file: String
    @Option(help: help(TrainerHelp.week)) var week: String?
    @Option(help: help(TrainerHelp.format)) var format: ReportFormat = .text
    @Option(help: help(TrainerHelp.out)) var out: String?
    @Option(help: help(TrainerHelp.cache)) var cache: String?
    @Option(name: .long, help: help(CLIText.helpLang)) var lang: String?
    @Flag(name: .long, help: help(CLIText.helpASCII)) var ascii = false
    @Flag(name: .customLong("no-color"), help: help(CLIText.helpNoColor)) var noColor = false
    @Option(name: .long, help: help(CLIText.helpWidth)) var width: Int?
    @OptionGroup var status: StatusDateOption

    func validate() throws {
        if let lang, Language(code: lang) == nil { throw ValidationError(CLIText.badLanguage(lang)(helpLanguage)) }
        if let width, !(20...TerminalStyle.maxWidth).contains(width) { throw ValidationError(CLIText.badWidth(helpLanguage)) }
    }

    func run() throws {
        let env = RunEnvironment.current
        let L = chosenLanguage(lang, environment: env.variables)
        do {
            let path = file.hasPrefix("/") ? file : (env.directory as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: path) else { throw ClassFileError.cannotRead(file) }
            let classFile = try ClassFile.parse(String(decoding: data, as: UTF8.self), file: file)
            let base = (path as NSString).deletingLastPathComponent
            let cacheRoot = cache.map { $0.hasPrefix("/") ? $0 : (env.directory as NSString).appendingPathComponent($0) }
                ?? BoardStore.defaultCacheRoot(environment: env.variables)
            let today = try status.at.map(ArgumentReader.day) ?? env.clock.today
            let period = try readPeriod(week, today: today)
            var teams: [ClassTeam] = []
            for team in classFile.teams {
                do {
                    let store = try BoardStore.openTeam(team, baseFolder: base, cacheRoot: cacheRoot, clock: env.clock)
                    var board = try store.load()
                    if let past = try store.committedBoard(endOf: today, history: store.history()) { board = past }
                    guard board.settingsReadable else {
                        throw ClassFileError.brokenSettings(board.diagnostics.filter { $0.file == BoardSettings.fileName }.map { d in
                            Text("trainerCmd.classReport.run", ["file": d.file, "line": d.line.map { ":\($0)" } ?? "", "message": d.message])
                        })
                    }
                    let input = try StatusInput.read(store: store, board: board, period: period, today: today, timeZone: env.clock.timeZone)
                    teams.append(ClassTeam(name: team.name, source: team.source, outcome: .board(input), fetchLog: store.fetchLog))
                } catch let error as PresentedError {
                    // One broken or unreachable board is reported and does not stop the others.
                    let error = error.presented
                    var message = error.message
                    if let first = error.details.first { message = Text("trainerCmd.teamFailedDetail", ["message": message, "detail": first]) }
                    env.printError(TrainerHelp.teamFailed(team.name, message(L))(L))
                    teams.append(ClassTeam(name: team.name, source: team.source, outcome: .failed(message)))
                }
            }
            let overview = ClassOverview.build(title: classFile.title, teams: teams, asOf: today, period: period, language: L)
            let style = TerminalStyle.detect(ascii: ascii, noColor: noColor, width: width, environment: env.variables)
            try emit(render(overview.document(language: L), format: format, json: overview.json, style: style), to: out, environment: env, language: L)
        } catch let error as PresentedError {
            throw report(error, language: L, environment: env)
        }
    }
}

struct ExportCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "export", abstract: TrainerHelp.export(helpLanguage)) }

    enum What: String, ExpressibleByArgument, CaseIterable { case ics, mermaid, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var status: StatusDateOption
    @Argument(help: help(TrainerHelp.what)) var what: What
    @Option(help: help(TrainerHelp.out)) var out: String?
    @Option(help: help(TrainerHelp.week)) var week: String?

    func run() throws {
        try withBoard(global) { ctx in
            let ctx = try ctx.at(status)
            let L = ctx.language
            switch what {
            case .ics:
                let schedule = try ctx.forecast().schedule
                let namespace = Baseline.slug(ctx.board.settings.name)
                try emit(ICalExport.render(board: ctx.board, schedule: schedule, now: ctx.environment.clock.now, namespace: namespace, language: L),
                         to: out, environment: ctx.environment, language: L)
            case .mermaid:
                let schedule = try ctx.forecast().schedule
                try emit(GanttMermaid.render(schedule, board: ctx.board, language: L), to: out, environment: ctx.environment, language: L)
            case .html:
                guard let out else { throw TrainerHelp.htmlNeedsOut }
                let folder = out.hasPrefix("/") ? out : (ctx.environment.directory as NSString).appendingPathComponent(out)
                let period = try readPeriod(week, today: ctx.today)
                let input = try StatusInput.read(store: ctx.store, board: ctx.board, period: period, today: ctx.today, timeZone: ctx.environment.clock.timeZone)
                let status = Reports.StatusReport.build(input, language: L)
                let bilan = try buildBilan(ctx, baselineName: nil)
                let schedule = try ctx.forecast().schedule
                let history = try ctx.store.history(options: HistoryOptions())
                let contributions = Reports.ContributionReport.build(history: history, board: ctx.board, filter: ContributionFilter(notableLimit: 12))
                let pages = HTMLSite.pages(board: ctx.board, status: status, bilan: bilan, schedule: schedule, baseline: input.baseline,
                                           contributions: ContributionsExport.html(contributions, language: L), today: ctx.today, language: L)
                do {
                    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                    for page in pages { try Data(page.html.utf8).write(to: URL(fileURLWithPath: (folder as NSString).appendingPathComponent(page.file))) }
                } catch { throw TrainerHelp.cannotWrite(folder, error) }
                for page in pages { ctx.say((folder as NSString).appendingPathComponent(page.file)) }
            }
        }
    }
}
