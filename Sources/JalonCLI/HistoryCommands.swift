import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports
import UseCases
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The commands that read the history: contribution reports for the jury, the trail of a task,
// week-by-week activity, and the integrity of the history (seals and verification).

/// Progress on standard error while uncached commits are read, only on a terminal and only
/// once the work has taken more than a second.
func historyProgress(_ ctx: CommandContext) -> (@Sendable (Int, Int) -> Void)? {
    guard isatty(STDERR_FILENO) == 1, ctx.environment.variables["TERM"] != "dumb" else { return nil }
    let meter = ProgressMeter(language: ctx.language)
    return { done, total in meter.update(done, total) }
}

private final class ProgressMeter: @unchecked Sendable {
    private let lock = NSLock()
    private let start = Date()
    private let language: Language
    private var shown = false

    init(language: Language) { self.language = language }

    func update(_ done: Int, _ total: Int) {
        lock.withLock {
            guard Date().timeIntervalSince(start) > 1 || (shown && done == total) else { return }
            let text = Text("history.progress", ["done": done, "total": total])(language)
            FileHandle.standardError.write(Data(("\r" + text + (done == total ? "\n" : "")).utf8))
            shown = done < total
        }
    }
}

/// Which files are left out of line counts: the defaults, plus `--exclude`, or only `--exclude`
/// with `--no-default-excludes`.
struct ExclusionOptions: ParsableArguments {
    @Option(name: .customLong("exclude"), help: help(Text("history.exclude.help")))
    var exclude: [String] = []
    @Flag(name: .customLong("no-default-excludes"), help: help(Text("history.noDefaultExcludes.help")))
    var noDefaultExcludes = false

    var globs: [String] { (noDefaultExcludes ? [] : HistoryOptions.defaultExcludedGlobs) + commaList(exclude) }
}

struct ContributionsReport: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "contributions",
                             abstract: Text("history.contributionsReport.configuration")(helpLanguage))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var exclusions: ExclusionOptions
    @Option(help: help(Text("history.contributions.from"))) var from: String?
    @Option(help: help(Text("history.contributions.to"))) var to: String?
    @Option(help: help(Text("history.contributions.member"))) var member: String?
    @Flag(help: help(Text("history.contributions.surviving"))) var surviving = false
    @Option(help: help(Text("history.contributions.format"))) var format: Format = .text
    @Flag(help: help(Text("history.contributions.all"))) var all = false
    @Option(help: help(Text("history.contributions.explain"))) var explain: String?
    @Option(help: help(Text("timeCmd.out"))) var out: String?

    func run() throws {
        try withBoard(global) { ctx in
            let fromDay = try from.map(ArgumentReader.day)
            let toDay = try to.map(ArgumentReader.day)
            if let f = fromDay, let t = toDay, t < f {
                throw JalonError(.invalidInput, Text("history.contributions.toBeforeFrom", ["iso": t.iso, "iso2": f.iso]))
            }
            var focus: String?
            if let member {
                guard let m = ctx.board.settings.member(member) else { throw ActionError.unknownMember(member, ctx.board.settings.members.map(\.id)) }
                focus = m.id
            }
            var figure: Reports.ContributionReport.Metric?
            if let explain {
                guard focus != nil else {
                    throw JalonError(.invalidInput, Text("history.contributions.explainNeedsMember"))
                }
                guard let f = ContributionsText.figure(named: explain) else {
                    let names = Reports.ContributionReport.Metric.allCases.map(\.rawValue).joined(separator: ", ")
                    throw JalonError(.invalidInput, Text("history.contributions.unknownFigure", ["explain": explain]),
                                     hint: Text("history.contributions.unknownFigureHint", ["names": names]))
                }
                figure = f
            }
            let options = HistoryOptions(excludedGlobs: exclusions.globs, progress: historyProgress(ctx))
            var filter = ContributionFilter(from: fromDay, to: toDay, member: focus, excludedGlobs: options.excludedGlobs,
                                            notableLimit: focus == nil && !all ? 12 : nil)
            let report: Reports.ContributionReport
            if surviving {
                // Blaming needs the whole history anyway.
                let history = try ctx.store.history(options: options)
                let blamed = try ctx.store.survivingLines(history: history, options: options)
                filter.surviving = blamed.byContributor
                filter.survivingTotal = blamed.total
                filter.survivingUnreadableFiles = blamed.unreadableFiles
                filter.survivingUnattributedLines = blamed.unattributedLines
                report = Reports.ContributionReport.build(history: history, board: ctx.board, filter: filter)
            } else {
                // The totals saved by the last run, with only the commits made since added.
                report = try ContributionTotals.current(store: ctx.store, board: ctx.board, options: options, from: fromDay, to: toDay)
                    .report(board: ctx.board, filter: filter)
            }
            let L = ctx.language
            // A cut or partly unreadable history is said on standard error too, whatever the format.
            for warning in ContributionsText.warnings(report, L) { ctx.environment.printError(warning) }
            if let figure, let focus {
                ctx.say(ContributionsText.explain(report, member: focus, figure: figure, language: L, style: ctx.style))
                return
            }
            let rendered: String
            switch format {
            case .text: rendered = ContributionsText.render(report, language: L, style: ctx.style)
            case .markdown: rendered = ContributionsText.markdown(report, language: L)
            // CSV rows end with CRLF: `emit` writes them as they are (the terminal-safe print
            // would show the CR as `\u000D`, which spreadsheets then read as text).
            case .csv: rendered = ContributionsExport.csv(report, language: L)
            case .json: rendered = ContributionsExport.json(report, language: L)
            case .html: rendered = ContributionsExport.html(report, language: L)
            }
            try emit(rendered, to: out, environment: ctx.environment, language: L)
        }
    }
}

/// `jalon report grille`: the facts behind each C1.3 criterion, per member, with their commits.
struct GrilleCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "grille",
                             abstract: Text("history.grilleCommand.configuration")(helpLanguage))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, json }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(Text("history.grille.member"))) var member: String?
    @Option(help: help(Text("history.grille.format"))) var format: Format = .text

    func run() throws {
        try withBoard(global) { ctx in
            var focus: String?
            if let member {
                guard let m = ctx.board.settings.member(member) else { throw ActionError.unknownMember(member, ctx.board.settings.members.map(\.id)) }
                focus = m.id
            }
            let history = try ctx.store.history(options: HistoryOptions(progress: historyProgress(ctx)))
            let L = ctx.language
            let report = GrilleReport.build(history: history, board: ctx.board, member: focus, language: L)
            for warning in report.warnings { ctx.environment.printError(warning) }
            switch format {
            case .text: ctx.say(GrilleText.render(report, language: L, style: ctx.style))
            case .markdown: ctx.say(GrilleText.markdown(report, language: L))
            case .html: ctx.say(GrilleText.html(report, language: L))
            case .json: ctx.say(GrilleText.json(report, language: L))
            }
        }
    }
}

/// `jalon report dossier --member M --out DIR`: the member's portfolio, a folder that shows
/// itself: `index.html` (self-contained), `dossier.md`, and `fichiers/COMMIT/PATH` copies.
struct DossierCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "dossier",
                             abstract: Text("history.dossier.abstract")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(Text("history.dossier.member"))) var member: String
    @Option(help: help(Text("history.dossier.out"))) var out: String

    /// Files larger than this are listed, not copied.
    static let largestCopy = 5 * 1024 * 1024

    func run() throws {
        try withBoard(global) { ctx in
            guard let m = ctx.board.settings.member(member) else { throw ActionError.unknownMember(member, ctx.board.settings.members.map(\.id)) }
            let history = try ctx.store.history(options: HistoryOptions(progress: historyProgress(ctx)))
            let L = ctx.language
            guard var dossier = DossierReport.build(history: history, board: ctx.board, member: m.id, language: L) else { return }
            for warning in dossier.warnings { ctx.environment.printError(warning) }
            let base = out.hasPrefix("/") ? out : (ctx.environment.directory as NSString).appendingPathComponent(out)
            let fm = FileManager.default
            var written = 0
            do {
                try fm.createDirectory(atPath: base, withIntermediateDirectories: true)
                func copy(_ entries: [DossierReport.FileEntry]) throws -> [DossierReport.FileEntry] {
                    var result: [DossierReport.FileEntry] = []
                    for var e in entries {
                        if let target = e.copy {
                            if let bytes = ctx.store.repositoryFileBytes(e.path, at: e.commit), bytes.count <= DossierCommand.largestCopy {
                                let url = URL(fileURLWithPath: base).appendingPathComponent(target)
                                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                                try Data(bytes).write(to: url, options: .atomic)
                                written += 1
                            } else {
                                e.copy = nil
                            }
                        }
                        result.append(e)
                    }
                    return result
                }
                dossier.documents = try copy(dossier.documents)
                dossier.minutes = try copy(dossier.minutes)
                dossier.websiteFiles = try copy(dossier.websiteFiles)
                try Data(DossierText.html(dossier, language: L).utf8).write(to: URL(fileURLWithPath: base).appendingPathComponent("index.html"), options: .atomic)
                try Data(DossierText.markdown(dossier, language: L).utf8).write(to: URL(fileURLWithPath: base).appendingPathComponent("dossier.md"), options: .atomic)
            } catch {
                throw JalonError(.refused, Text("history.dossier.cannotWrite", ["base": base, "localizedDescription": error.localizedDescription]),
                                 hint: Text("history.dossier.cannotWriteHint"))
            }
            ctx.say(Text("history.dossier.written", ["name": m.name, "base": base, "written": written])(L))
        }
    }
}

struct TaskHistoryCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "history",
                             abstract: Text("history.taskHistoryCommand.configuration")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @Argument(help: help(CLIText.helpID)) var id: String
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let itemID = try ctx.itemID(id)
            let item = itemID.description
            let history = try ctx.store.history(options: HistoryOptions(progress: historyProgress(ctx)))
            if ContributionsActivity.steps(of: item, in: history).isEmpty && !ctx.board.itemIDsOnFile.contains(where: { $0.description == item }) {
                throw JalonError(.invalidInput, Catalog.ctUnknownItemText(item), hint: Catalog.ctUnknownItemHintText)
            }
            let values = (itemID.kind == .task ? itemID : nil).map { task in
                ctx.store.taskValueChanges(task, commits: ContributionsActivity.steps(of: item, in: history).map(\.commit))
            } ?? [:]
            switch format {
            case .json: ctx.say(ContributionsActivity.taskHistoryJSON(item, history: history, board: ctx.board, language: ctx.language, values: values))
            case .text: ctx.say(ContributionsActivity.taskHistory(item, history: history, board: ctx.board, language: ctx.language, style: ctx.style, values: values))
            }
        }
    }
}

struct ActivityCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "activity",
                             abstract: Text("history.activity.abstract")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(Text("history.activity.weeks"))) var weeks: Int = 10
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func validate() throws {
        guard (1...520).contains(weeks) else { throw ValidationError(Text("history.activityCommand.validate")(helpLanguage)) }
    }

    func run() throws {
        try withBoard(global) { ctx in
            let history = try ctx.store.history(options: HistoryOptions(progress: historyProgress(ctx)))
            switch format {
            case .json: ctx.say(ContributionsActivity.activityJSON(history: history, board: ctx.board, weeks: weeks, today: ctx.today))
            case .text: ctx.say(ContributionsActivity.activityText(history: history, board: ctx.board, weeks: weeks, today: ctx.today, language: ctx.language, style: ctx.style))
            }
        }
    }
}

struct SealCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "seal",
                             abstract: Text("history.sealCommand.configuration")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let (actor, _) = try ctx.actor()
            // Sealing the same commit twice would only add a tag that proves nothing more.
            if let head = try ctx.store.head(), let existing = try ctx.store.seals().first(where: { $0.commit == head }) {
                ctx.say(Text("history.sealCommand.run", ["tag": existing.tag, "short": head.short])(ctx.language))
                return
            }
            let seal = try ctx.store.seal(actor: actor)
            ctx.say(Catalog.ctSealedText(seal.tag, seal.commit.short)(ctx.language))
        }
    }
}

struct VerifyCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "verify",
                             abstract: Text("history.verify.abstract")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var exclusions: ExclusionOptions
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text
    @Flag(help: help(Text("history.verify.remote"))) var remote = false
    @Argument(help: help(Text("history.verify.remoteName"))) var remoteName: String?

    func validate() throws {
        if remoteName != nil && !remote {
            throw ValidationError(Text("history.verifyCommand.validate")(helpLanguage))
        }
    }

    func run() throws {
        var broken = false
        try withBoard(global) { ctx in
            let history = try ctx.store.history(options: HistoryOptions(excludedGlobs: exclusions.globs, progress: historyProgress(ctx)))
            let seals = try ctx.store.seals().map {
                IntegrityReport.SealCheck(tag: $0.tag, commit: $0.commit.hex, sealedBy: $0.sealedBy, sealedAt: $0.sealedAt, intact: $0.intact)
            }
            var report = IntegrityReport.build(history: history, seals: seals)
            if remote {
                let check = try ctx.store.checkRemote(remoteName ?? "origin", environment: ctx.environment.variables)
                var missing: [String] = [], moved: [String] = [], same = 0
                for s in check.seals {
                    switch s.state {
                    case .same: same += 1
                    case .missing: missing.append(s.tag)
                    case .moved: moved.append(s.tag)
                    }
                }
                report.remote = IntegrityReport.RemoteSummary(remote: check.remote, missing: missing, moved: moved, same: same,
                                                              onlyUpstream: check.onlyUpstream, rewritten: check.rewrittenSince)
            }
            switch format {
            case .json: ctx.say(IntegrityText.json(report))
            case .text: ctx.say(IntegrityText.render(report, board: ctx.board, language: ctx.language, style: ctx.style))
            }
            broken = !report.broken.isEmpty || (report.remote?.problems ?? 0) > 0
        }
        if broken { throw ExitCode(1) }
    }
}
