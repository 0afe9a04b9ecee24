import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

/// The root command.
public struct Jalon: ParsableCommand {
    public static var configuration: CommandConfiguration {
        // The parser asks for it several times a run, and its discussion is a long text: made
        // once per help language.
        if let (language, made) = rootConfiguration, language == helpLanguage { return TypedCommands.narrowed(made, of: Jalon.self) }
        let made = CommandConfiguration(
            commandName: "jalon",
            abstract: CLIText.abstract(helpLanguage),
            discussion: CLIText.discussion(helpLanguage),
            version: "0.1.0",
            subcommands: [Init.self, MemberCommand.self, MilestoneCommand.self, TaskCommand.self, TimeCommand.self, BoardView.self, PlanCommand.self,
                          GanttCommand.self, BurndownCommand.self, LoadCommand.self, CalendarCommand.self, BaselineCommand.self,
                          SpecCommand.self, DocCommand.self, MeetingCommand.self, CommentCommand.self, NewsCommand.self, RemindCommand.self,
                          ReportCommand.self, ActivityCommand.self, SealCommand.self, VerifyCommand.self, ExportCommand.self, MergeCommand.self, MergeDriverCommand.self, SetupCommand.self, SyncCommand.self, StatusCommand.self,
                          Check.self, Log.self, Demo.self])
        rootConfiguration = (helpLanguage, made)
        return TypedCommands.narrowed(made, of: Jalon.self)
    }

    nonisolated(unsafe) private static var rootConfiguration: (Language, CommandConfiguration)?

    public init() {}

    /// Parses and runs, with Jalon's exit codes: a malformed argument is invalid input (2), like
    /// an unknown id or a bad date, rather than the parser's own 64. Help pages and parse errors
    /// speak the user's language (see ParserText).
    public static func runAsMain() {
        // Board files hold no control character (FileText): refused in any argument too, with
        // the same words, before anything is parsed. Line feed and tab are text.
        for (n, argument) in CommandLine.arguments.dropFirst().enumerated() {
            if let bad = argument.unicodeScalars.first(where: { SafeText.needsEscape($0) && $0.value < 0x202A }) {
                let message = CLIText.controlInArgument(n + 1, SafeText.visible(argument), bad.value)(helpLanguage)
                FileHandle.standardError.write(Data((CLIText.errorPrefix(helpLanguage) + message + "\n").utf8))
                Foundation.exit(2)
            }
        }
        let arguments = GlobalOptions.movedAfterSubcommand(Array(CommandLine.arguments.dropFirst()), root: Jalon.self)
        if let l = ParserText.languageArgument(arguments) { helpLanguage = l }
        // `-2h` is no option (Jalon has none made of digits) but the parser would read `-h` in
        // it and print the help page: a negative amount is refused here, saying so.
        // (Counted as typed, before global options are moved.)
        for (n, argument) in CommandLine.arguments.dropFirst().prefix(while: { $0 != "--" }).enumerated()
        where argument.count > 1 && argument.hasPrefix("-") && argument.dropFirst().first.map({ $0.isASCII && ($0.isNumber || $0 == ".") }) == true {
            let L = ParserText.language(arguments, environment: RunEnvironment.current)
            FileHandle.standardError.write(Data((CLIText.errorPrefix(L) + CLIText.negativeArgument(n + 1, argument)(L) + "\n").utf8))
            Foundation.exit(2)
        }
        if arguments.first == "help" { ParserText.helpCommand(arguments) }
        do {
            var command = try TypedCommands.parse(arguments)
            try command.run()
        } catch {
            ParserText.finish(error, arguments: arguments)
        }
    }
}

/// The commands the parser is shown. Before parsing, swift-argument-parser builds the tree of
/// every command (about 130, each asked for its configuration, so its help texts, several times)
/// and searches it again at each of its checks; yet only a command whose name was typed can be on
/// the parsed path. So a command is parsed first with each group showing only those of its
/// subcommands whose names are among the arguments (and its default subcommand): the parser
/// takes the same path as in the whole tree, since it only goes down into a subcommand named by
/// the next argument. Whatever that parse does not end with a command (a help page, the version,
/// a parse error, a completion script) is parsed again with the whole tree, so every word the
/// parser prints comes from the whole tree as before.
enum TypedCommands {
    /// The arguments of the parse under way, while the first parse runs; nil otherwise.
    nonisolated(unsafe) private static var typed: Set<String>?
    /// Each group's subcommands kept for this parse, found once.
    nonisolated(unsafe) private static var kept: [ObjectIdentifier: [ParsableCommand.Type]] = [:]
    /// Set while the subcommands' names are read: a group asked for its name then needs no
    /// subcommands, and finding its own would ask its whole subtree for theirs.
    nonisolated(unsafe) private static var naming = false

    static func parse(_ arguments: [String]) throws -> ParsableCommand {
        // With no subcommand named (`--version`, `-h`, nothing), or a completion script asked
        // for, the whole tree is parsed at once.
        guard arguments.contains(where: GlobalOptions.couldNameACommand),
              !arguments.contains(where: { $0.hasPrefix("--generate-completion-script") }) else { return try Jalon.parseAsRoot(arguments) }
        typed = Set(arguments)
        let command = Jalon.configuration.subcommands.isEmpty ? nil : try? Jalon.parseAsRoot(arguments)
        typed = nil
        kept = [:]
        if let command { return command }
        return try Jalon.parseAsRoot(arguments)
    }

    /// `configuration` with only the subcommands this parse can reach (all of them outside it).
    static func narrowed(_ configuration: CommandConfiguration, of group: ParsableCommand.Type) -> CommandConfiguration {
        guard let typed, !configuration.subcommands.isEmpty else { return configuration }
        var c = configuration
        // The parser looks for `--generate-completion-script` by parsing the arguments twice
        // more, as two hidden commands (a twentieth of `jalon check`), unless the root is a
        // "pseudo-command" with a super command name, which only its help pages show. None is
        // typed in this parse (see `parse`), and its help pages are never printed.
        if group == Jalon.self { c._superCommandName = "jalon" }
        if naming {
            c.subcommands = []
        } else if let found = kept[ObjectIdentifier(group)] {
            c.subcommands = found
        } else {
            naming = true
            let found = configuration.subcommands.filter { $0 == configuration.defaultSubcommand || typed.contains($0._commandName) }
            naming = false
            kept[ObjectIdentifier(group)] = found
            c.subcommands = found
        }
        return c
    }
}

struct Init: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpInit(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(CLIText.helpBoardName)) var name: String
    @Option(help: help(CLIText.helpStart)) var start: String?
    @Option(help: help(CLIText.helpEnd)) var end: String?
    @Option(help: help(CLIText.helpTemplate)) var template: String?
    @Option(help: help(CLIText.helpStatuses)) var statuses: String?

    func run() throws {
        let env = RunEnvironment.current
        let language = chosenLanguage(global.lang, environment: env.variables)
        ArgumentReader.language = language
        do {
            let folder = global.board.map { $0.hasPrefix("/") ? $0 : (env.directory as NSString).appendingPathComponent($0) } ?? env.directory
            let startDay = try start.map(ArgumentReader.day)
            let endDay = try end.map(ArgumentReader.day)
            if let s = startDay, let e = endDay, e < s {
                throw JalonError(.invalidInput, Text("cli.init.endBeforeStart", ["iso": e.iso, "iso2": s.iso]))
            }
            let boardTemplate = try template.map { try BoardTemplates.named($0) }
            let (store, created) = try BoardStore.prepareNew(at: folder, clock: env.clock, environment: env.variables)
            var settings = BoardSettings(name: name, language: language, start: startDay, end: endDay, branch: store.homeBranch)
            if let statuses {
                let list = commaList([statuses])
                guard list.count >= 2, Set(list).count == list.count else {
                    throw JalonError(.invalidInput, Text("cli.init.tooFewStatuses"), hint: Text("cli.init.statusesHint"))
                }
                settings.statuses = list
            }
            let empty = Board.load(settings: nil, files: [])
            let actor: Identity
            do {
                actor = try store.actor(asMember: nil, board: empty, environment: env.variables)
            } catch ActionError.noIdentity {
                // Nothing is left behind: the repository made a moment ago goes again, and the
                // hint names what works at init (there is no member to act as yet).
                if created { try? FileManager.default.removeItem(atPath: (folder as NSString).appendingPathComponent(".git")) }
                throw JalonError(.invalidInput, ActionError.noIdentity.presented.message,
                                 hint: Text("cli.init.noIdentityHint"))
            }
            let outcome = try store.initialize(settings: settings, template: boardTemplate, actor: actor)
            try? store.configureMergeDriver(executable: currentExecutable())
            if created { env.print(CLIText.repositoryCreated(folder)(language)) }
            env.print(CLIText.boardCreated(name, store.prefix.isEmpty ? "." : store.prefix, store.homeBranch, outcome.commit.short)(language))
            env.print(CLIText.nextStepsAfterInit(language))
        } catch let error as PresentedError {
            throw report(error, language: language, environment: env)
        }
    }
}

struct BoardView: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "board", abstract: CLIText.helpBoardView(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(CLIText.helpFilterAssignee)) var assignee: String?
    @Flag(help: help(CLIText.helpBoardAll)) var all = false
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let settings = ctx.board.settings
            if let assignee, settings.member(assignee) == nil { throw ActionError.unknownMember(assignee, settings.members.map(\.id)) }
            let member = assignee.flatMap { settings.member($0) }
            switch format {
            case .json: ctx.say(BoardJSON.kanban(ctx.board, assignee: member?.id))
            case .text:
                ctx.say(BoardText.kanban(ctx.board, language: ctx.language, today: ctx.today, style: ctx.style, late: try ctx.lateness(),
                                         view: .board(today: ctx.today, member: member, all: all)))
            }
        }
    }
}

struct Check: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpCheck(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        var failed = false
        try withBoard(global, reportsProblems: true) { ctx in
            let problems = ctx.board.diagnostics + (try documentationProblems(ctx)) + ctx.store.conflictMarkerProblems()
            let errors = problems.filter { $0.severity == .error }.count
            switch format {
            case .json: ctx.say(BoardJSON.diagnostics(problems, language: ctx.language))
            case .text:
                for p in problems {
                    let line = p.rendered(ctx.language, pathPrefix: ctx.store.prefix)
                    ctx.say(p.severity == .warning ? CLIText.warningPrefix(ctx.language) + line : line)
                }
                if problems.isEmpty {
                    ctx.say(CLIText.checkOK(ctx.board.tasks.count, ctx.board.milestones.count, ctx.board.settings.members.count)(ctx.language))
                } else {
                    ctx.say(CLIText.checkSummary(errors, problems.count - errors)(ctx.language))
                }
            }
            failed = errors > 0
        }
        if failed { throw ExitCode(1) }
    }
}

struct Log: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpLog(helpLanguage)) }

    @OptionGroup var global: GlobalOptions
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text
    @Option(name: [.customShort("n"), .long], help: help(CLIText.helpLimit)) var limit: Int?
    @Option(help: help(CLIText.helpLogMember)) var member: String?
    @Option(help: help(CLIText.helpLogSince)) var since: String?
    @Option(help: help(CLIText.helpLogUntil)) var until: String?

    struct EntryJSON: Encodable {
        let commit: String
        let date: String
        let author: String
        let email: String
        let member: String?
        let coAuthors: [String]
        let subject: String
        let action: String?
        let items: [String]
    }

    func run() throws {
        try withBoard(global) { ctx in
            let settings = ctx.board.settings
            let who = try member.map { id in
                guard let m = settings.member(id) else { throw ActionError.unknownMember(id, settings.members.map(\.id)) }
                return m
            }
            let from = try since.map(ArgumentReader.day), to = try until.map(ArgumentReader.day)
            if let from, let to, to < from {
                throw JalonError(.invalidInput, CLIText.logUntilBeforeSince(from.iso, to.iso), hint: nil)
            }
            let filtered = who != nil || from != nil || to != nil
            let entries = try ctx.store.log(limit: limit) { e in
                (who.map(e.involves) ?? true) && (from.map { e.day >= $0 } ?? true) && (to.map { e.day <= $0 } ?? true)
            }
            let iso = ISO8601DateFormatter()
            switch format {
            case .json:
                ctx.say(BoardJSON.encode(["entries": entries.map { e in
                    EntryJSON(commit: e.commit.hex, date: iso.string(from: e.author.date), author: e.author.name, email: e.author.email,
                              member: ctx.board.settings.member(email: e.author.email)?.id, coAuthors: e.coAuthors, subject: e.subject,
                              action: e.action, items: e.items)
                }]))
            case .text:
                let f = DateFormatter()
                f.locale = Locale(identifier: "en_US_POSIX")
                f.dateFormat = "HH:mm"
                let lines = entries.map { e in
                    // The time as the author's clock showed it, like `git log`.
                    f.timeZone = TimeZone(secondsFromGMT: e.author.offsetMinutes * 60) ?? ctx.environment.clock.timeZone
                    let author = ctx.board.settings.member(email: e.author.email)?.name ?? e.author.name
                    return LogText.Line(commit: e.commit.short, day: e.day, time: f.string(from: e.author.date),
                                        authors: [author] + e.coAuthors.compactMap { Trailers.identity($0)?.name }, subject: e.subject)
                }
                let empty = (filtered ? CLIText.noLogMatch : CLIText.emptyLog)(ctx.language)
                ctx.say(LogText.document(lines, empty: empty, language: ctx.language, unicode: ctx.style.unicode).text(style: ctx.style))
            }
        }
    }
}
