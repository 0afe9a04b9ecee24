import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports
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
            let text = language == .fr ? "Lecture de l’historique : \(done)/\(total) commits" : "Reading the history: \(done)/\(total) commits"
            FileHandle.standardError.write(Data(("\r" + text + (done == total ? "\n" : "")).utf8))
            shown = done < total
        }
    }
}

/// Which files are left out of line counts: the defaults, plus `--exclude`, or only `--exclude`
/// with `--no-default-excludes`.
struct ExclusionOptions: ParsableArguments {
    @Option(name: .customLong("exclude"), help: help(Text(fr: "Motif de fichiers à exclure des lignes (répétable), par ex. 'assets/**'.",
                                                          en: "Pattern of files to leave out of line counts (repeatable), e.g. 'assets/**'.")))
    var exclude: [String] = []
    @Flag(name: .customLong("no-default-excludes"), help: help(Text(fr: "Compter aussi les fichiers de verrouillage, minifiés, vendored et générés.",
                                                                    en: "Also count lock, minified, vendored and generated files.")))
    var noDefaultExcludes = false

    var globs: [String] { (noDefaultExcludes ? [] : HistoryOptions.defaultExcludedGlobs) + commaList(exclude) }
}

struct ContributionsReport: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "contributions",
                             abstract: Text(fr: "Contribution de chaque membre, tirée de l’historique Git (pour le jury).",
                                            en: "Each member's contribution, from the Git history (for the jury).")(helpLanguage))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, csv, json, html }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var exclusions: ExclusionOptions
    @Option(help: help(Text(fr: "Premier jour compté.", en: "First day counted."))) var from: String?
    @Option(help: help(Text(fr: "Dernier jour compté.", en: "Last day counted."))) var to: String?
    @Option(help: help(Text(fr: "Dossier de preuves d’un seul membre (id), prêt à imprimer.", en: "One member's evidence file (id), ready to print."))) var member: String?
    @Flag(help: help(Text(fr: "Ajouter les lignes encore présentes à la tête, créditées comme par git blame.", en: "Add the lines still present at head, credited as git blame credits them."))) var surviving = false
    @Option(help: help(Text(fr: "Format : text, markdown, csv, json, html.", en: "Format: text, markdown, csv, json, html."))) var format: Format = .text
    @Flag(help: help(Text(fr: "Lister toutes les contributions notables (sinon les 12 plus probantes par membre).",
                          en: "List every notable contribution (otherwise the 12 strongest per member)."))) var all = false
    @Option(help: help(Text(fr: "Avec --member : les commits derrière un chiffre (commits, reviews, selfReviews, tasksDone, tasksClosed, tasksCreated, documents, minutes, comments, contentLines, linesAdded…).",
                            en: "With --member: the commits behind one figure (commits, reviews, selfReviews, tasksDone, tasksClosed, tasksCreated, documents, minutes, comments, contentLines, linesAdded…)."))) var explain: String?

    func run() throws {
        try withBoard(global) { ctx in
            let fromDay = try from.map(ArgumentReader.day)
            let toDay = try to.map(ArgumentReader.day)
            if let f = fromDay, let t = toDay, t < f {
                throw JalonError(.invalidInput, Text(fr: "--to (\(t.iso)) précède --from (\(f.iso))", en: "--to (\(t.iso)) is before --from (\(f.iso))"))
            }
            var focus: String?
            if let member {
                guard let m = ctx.board.settings.member(member) else { throw ActionError.unknownMember(member, ctx.board.settings.members.map(\.id)) }
                focus = m.id
            }
            var figure: Reports.ContributionReport.Metric?
            if let explain {
                guard focus != nil else {
                    throw JalonError(.invalidInput, Text(fr: "--explain demande --member MEMBRE", en: "--explain needs --member MEMBER"))
                }
                guard let f = ContributionsText.figure(named: explain) else {
                    let names = Reports.ContributionReport.Metric.allCases.map(\.rawValue).joined(separator: ", ")
                    throw JalonError(.invalidInput, Text(fr: "chiffre inconnu « \(explain) »", en: "unknown figure `\(explain)`"),
                                     hint: Text(fr: "chiffres : \(names)", en: "figures: \(names)"))
                }
                figure = f
            }
            let options = HistoryOptions(excludedGlobs: exclusions.globs, progress: historyProgress(ctx))
            let history = try ctx.store.history(options: options)
            let blamed = try surviving ? ctx.store.survivingLines(history: history, options: options) : nil
            var filter = ContributionFilter(from: fromDay, to: toDay, member: focus, excludedGlobs: options.excludedGlobs,
                                            surviving: blamed?.byContributor, survivingTotal: blamed?.total, notableLimit: focus == nil && !all ? 12 : nil)
            filter.survivingUnreadableFiles = blamed?.unreadableFiles ?? []
            filter.survivingUnattributedLines = blamed?.unattributedLines ?? 0
            let report = Reports.ContributionReport.build(history: history, board: ctx.board, filter: filter)
            let L = ctx.language
            // A cut or partly unreadable history is said on standard error too, whatever the format.
            for warning in ContributionsText.warnings(report, L) { ctx.environment.printError(warning) }
            if let figure, let focus {
                ctx.say(ContributionsText.explain(report, member: focus, figure: figure, language: L, style: ctx.style))
                return
            }
            switch format {
            case .text: ctx.say(ContributionsText.render(report, language: L, style: ctx.style))
            case .markdown: ctx.say(ContributionsText.markdown(report, language: L))
            case .csv: ctx.environment.print(String(ContributionsExport.csv(report, language: L).dropLast(2)))
            case .json: ctx.say(ContributionsExport.json(report, language: L))
            case .html: ctx.say(ContributionsExport.html(report, language: L))
            }
        }
    }
}

/// `jalon report grille`: the facts behind each C1.3 criterion, per member, with their commits.
struct GrilleCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "grille",
                             abstract: Text(fr: "Grille d’aide à l’évaluation C1.3 : les faits de chaque critère, avec leurs commits (jamais une note).",
                                            en: "C1.3 evaluation grid: the facts for each criterion, with their commits (never a grade).")(helpLanguage))
    }

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, markdown, html, json }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(Text(fr: "Un seul membre (id).", en: "One member only (id)."))) var member: String?
    @Option(help: help(Text(fr: "Format : text, markdown, html, json.", en: "Format: text, markdown, html, json."))) var format: Format = .text

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
                             abstract: Text(fr: "Dossier numérique personnel d’un membre (HTML autonome et Markdown, avec les fichiers à leur commit).",
                                            en: "One member's personal digital portfolio (self-contained HTML and Markdown, with the files at their commit).")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(Text(fr: "Le membre (id).", en: "The member (id)."))) var member: String
    @Option(help: help(Text(fr: "Dossier où l’écrire (créé s’il n’existe pas).", en: "Folder to write it to (created when missing)."))) var out: String

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
                throw JalonError(.refused, Text(fr: "impossible d’écrire le dossier dans \(base) : \(error.localizedDescription)",
                                                en: "cannot write the portfolio to \(base): \(error.localizedDescription)"),
                                 hint: Text(fr: "choisissez un dossier où vous pouvez écrire (--out)", en: "choose a folder you can write to (--out)"))
            }
            ctx.say(Text(fr: "Dossier de \(m.name) écrit dans \(base) : index.html, dossier.md et \(written) fichier(s) copiés à leur commit.",
                         en: "Portfolio of \(m.name) written to \(base): index.html, dossier.md and \(written) file(s) copied at their commit.")(L))
        }
    }
}

struct TaskHistoryCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "history",
                             abstract: Text(fr: "Tout l’historique d’une tâche, commit par commit.", en: "The full trail of a task, commit by commit.")(helpLanguage))
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
                             abstract: Text(fr: "Qui a fait quoi, semaine par semaine (graphique texte).", en: "Who did what, week by week (text chart).")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(Text(fr: "Nombre de semaines, jusqu’à celle d’aujourd’hui.", en: "Number of weeks, up to this one."))) var weeks: Int = 10
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func validate() throws {
        guard (1...520).contains(weeks) else { throw ValidationError(Text(fr: "--weeks : entre 1 et 520", en: "--weeks: between 1 and 520")(helpLanguage)) }
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
                             abstract: Text(fr: "Sceller l’état actuel de l’historique (étiquette annotée jalon/seal/DATE).",
                                            en: "Seal the current state of the history (annotated tag jalon/seal/DATE).")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let (actor, _) = try ctx.actor()
            // Sealing the same commit twice would only add a tag that proves nothing more.
            if let head = try ctx.store.head(), let existing = try ctx.store.seals().first(where: { $0.commit == head }) {
                ctx.say(Text(fr: "Déjà scellé : l’étiquette \(existing.tag) est sur le commit \(head.short) ; rien à faire.",
                             en: "Already sealed: tag \(existing.tag) is on commit \(head.short); nothing to do.")(ctx.language))
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
                             abstract: Text(fr: "Vérifier les scellés (historique réécrit ?) et lister les faits inhabituels. Code 1 si un scellé est rompu.",
                                            en: "Check the seals (history rewritten?) and list unusual facts. Exit 1 when a seal is broken.")(helpLanguage))
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var exclusions: ExclusionOptions
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text
    @Flag(help: help(Text(fr: "Comparer aussi les scellés et les références (baselines) avec ceux du dépôt distant (origin par défaut) : supprimés ou déplacés là-bas ? Code 1 si oui.",
                          en: "Also compare the seals and baselines with the remote's (origin by default): deleted or moved there? Exit 1 if so."))) var remote = false
    @Argument(help: help(Text(fr: "Le dépôt distant de --remote (nom ou URL).", en: "The remote for --remote (name or URL)."))) var remoteName: String?

    func validate() throws {
        if remoteName != nil && !remote {
            throw ValidationError(Text(fr: "un nom de dépôt distant va avec --remote", en: "a remote name goes with --remote")(helpLanguage))
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
