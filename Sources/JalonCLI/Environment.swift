import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

/// What a command runs in: folder, environment variables, clock and output. A normal run uses
/// the process's; `jalon demo` replays a scenario by swapping them line by line.
struct RunEnvironment: @unchecked Sendable {
    var directory: String
    var variables: [String: String]
    var clock: Clock
    var print: (String) -> Void
    var printError: (String) -> Void

    static var process: RunEnvironment {
        RunEnvironment(
            directory: FileManager.default.currentDirectoryPath,
            variables: ProcessInfo.processInfo.environment,
            clock: Clock.fromEnvironment(),
            print: { Swift.print(SafeText.visible($0, keepingStyle: RunEnvironment.stdoutIsTerminal)) },
            printError: { FileHandle.standardError.write(Data((SafeText.visible($0) + "\n").utf8)) })
    }

    /// Jalon's colours are written only to a terminal; elsewhere every escape is shown escaped.
    static let stdoutIsTerminal = isatty(STDOUT_FILENO) == 1

    nonisolated(unsafe) static var current = RunEnvironment.process
}

/// The language of help texts: chosen before arguments are parsed, from `--lang` or the
/// environment; a help page or a parse error also looks at the board's language (ParserText).
nonisolated(unsafe) var helpLanguage: Language = Language.fromEnvironment() ?? Language.fallback

func help(_ text: Text) -> ArgumentHelp { ArgumentHelp(stringLiteral: text(helpLanguage)) }

/// Every Jalon command. Each run, swift-argument-parser names every command of the tree; for one
/// without a `commandName` it takes `String(describing:)` of the type, whose dynamic casts scan
/// all the protocol conformances of the executable once per type (the largest cost of `jalon
/// --version`). The type's name is read directly here and spelled as the parser spells it
/// (`AddHoliday` → `add-holiday`, its `convertedToSnakeCase(separator: "-")`, which it does not
/// export); `CommandNameTests` checks the names against `String(describing:)`.
protocol JalonCommand: ParsableCommand {}

extension JalonCommand {
    static var _commandName: String { configuration.commandName ?? commandName(fromTypeName: _typeName(Self.self, qualified: false)) }
}

/// `AddHoliday` → `add-holiday`, `URLCheck` → `url-check`: a dash before an upper-case letter
/// that starts a word, everything lower-cased (swift-argument-parser's rule).
func commandName(fromTypeName name: String) -> String {
    let characters = Array(name)
    var result = ""
    var separateOnUppercase = true
    for (i, character) in characters.enumerated() {
        if character.isUppercase {
            if separateOnUppercase && !result.isEmpty { result += "-" }
            separateOnUppercase = i + 2 < characters.count && characters[i + 1].isUppercase && characters[i + 2].isLowercase
        } else {
            separateOnUppercase = character != "-"
        }
        result += character.lowercased()
    }
    return result
}

/// Output format of read commands.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// Options every command accepts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: help(CLIText.helpBoard)) var board: String?
    @Option(name: .long, help: help(CLIText.helpLang)) var lang: String?
    @Option(name: .customLong("as"), help: help(CLIText.helpAs)) var asMember: String?
    @Flag(name: .long, help: help(CLIText.helpASCII)) var ascii = false
    @Flag(name: .customLong("no-color"), help: help(CLIText.helpNoColor)) var noColor = false
    @Option(name: .long, help: help(CLIText.helpWidth)) var width: Int?

    /// The options above that take a value, and the flags, as typed. `GlobalOptionTests` checks
    /// these lists against the parser's own description of every command.
    static let valued = ["--board", "--lang", "--as", "--width"]
    static let flags = ["--ascii", "--no-color"]

    /// `arguments` with the global options typed before the subcommand moved just after it:
    /// `jalon --lang fr task list` (or `jalon task --lang fr list`) reads as `jalon task list
    /// --lang fr`. swift-argument-parser only takes a command's options after that command's
    /// name, and these options belong to each subcommand (an @OptionGroup), not to the root or
    /// the groups; so this one pre-pass, run before parsing, is how they are accepted there.
    /// Anything else is left as typed.
    static func movedAfterSubcommand(_ arguments: [String], root: ParsableCommand.Type) -> [String] {
        // Nothing to move without a global option: the walk below asks every subcommand for its
        // configuration (its help texts), a twentieth of `jalon check`.
        func isGlobal(_ a: String) -> Bool { flags.contains(a) || valued.contains(a) || valued.contains(where: { a.hasPrefix($0 + "=") }) }
        guard arguments.contains(where: isGlobal) else { return arguments }
        var path: [String] = []
        var moved: [String] = []
        var command: ParsableCommand.Type = root
        var i = 0
        while i < arguments.count {
            let a = arguments[i]
            if flags.contains(a) || valued.contains(where: { a.hasPrefix($0 + "=") }) {
                moved.append(a); i += 1
            } else if valued.contains(a), i + 1 < arguments.count {
                moved += [a, arguments[i + 1]]; i += 2
            } else if a == "help", path.isEmpty {
                path.append(a); i += 1
            } else if Self.couldNameACommand(a), let next = command.configuration.subcommands.first(where: { $0._commandName == a || $0.configuration.aliases.contains(a) }) {
                path.append(a); command = next; i += 1
            } else { break }
        }
        guard !moved.isEmpty else { return arguments }
        return path + moved + Array(arguments[i...])
    }

    /// Command names (the parser's, from the type names or given) are lowercase ASCII letters,
    /// digits, `-` and `_`, and no command has aliases: a title or an id is none, known without
    /// asking each subcommand for its configuration.
    static func couldNameACommand(_ a: String) -> Bool {
        !a.isEmpty && a.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D || $0 == 0x5F }
    }

    func validate() throws {
        if let lang, Language(code: lang) == nil { throw ValidationError(CLIText.badLanguage(lang)(helpLanguage)) }
        if let width, !(20...TerminalStyle.maxWidth).contains(width) { throw ValidationError(CLIText.badWidth(helpLanguage)) }
    }
}

/// Everything a command needs once its arguments are parsed.
struct CommandContext {
    let options: GlobalOptions
    let environment: RunEnvironment
    let store: BoardStore
    var board: Board
    /// The status date (`--at`), when given.
    var statusDate: Day?
    /// The history `at(_:)` read, so that the forecast does not walk it again.
    var readHistory: History?

    var language: Language {
        if let l = options.lang.flatMap(Language.init(code:)) { return l }
        if board.settingsReadable { return board.settings.language }
        return Language.fromEnvironment(environment.variables) ?? Language.fallback
    }

    var style: TerminalStyle {
        TerminalStyle.detect(ascii: options.ascii, noColor: options.noColor, width: options.width, environment: environment.variables)
    }

    /// The status date: `--at`, else `JALON_NOW`'s day, else today.
    var today: Day { statusDate ?? environment.clock.today }

    func say(_ text: String) { environment.print(text) }

    /// A document or minutes named the way Jalon printed it — from the repository root
    /// (`planning/meetings/….md`), from the current folder, or absolute, with or without a
    /// diagnostic's `:line` — as the board-relative key the board's commands take. Ids and
    /// names that are none of these pass unchanged.
    func boardKey(_ text: String) -> String {
        guard let folder = store.folder, ItemID(text) == nil else { return text }
        // `tasks/T-A1.md:3`, as a diagnostic prints it, names the file.
        var typed = text
        if let colon = typed.lastIndex(of: ":"), typed.index(after: colon) < typed.endIndex, typed[typed.index(after: colon)...].allSatisfy(\.isNumber) {
            typed = String(typed[..<colon])
        }
        let board = BoardStore.normalize(folder)
        if typed.hasPrefix("/") { return BoardStore.relative(BoardStore.normalize(typed), to: board) ?? typed }
        let here = BoardStore.normalize((environment.directory as NSString).appendingPathComponent(typed))
        if FileManager.default.fileExists(atPath: here), let key = BoardStore.relative(here, to: board) { return key }
        if !store.prefix.isEmpty, typed.hasPrefix(store.prefix) { return String(typed.dropFirst(store.prefix.count)) }
        return typed
    }

    /// An item as the user names it: its id (`T-A1`, any case), or a path Jalon prints for it,
    /// as `boardKey` reads paths (from the repository root, the current folder, or absolute;
    /// a diagnostic's `:line` allowed): its file (`tasks/T-A1.md`, `milestones/M-A1.md`), one of
    /// its comments (`comments/T-A1/….md`), a time booking on it (`time/….md`: the booked
    /// task), its minutes or document file (`meetings/….md`, `docs/….md`). The one reader of
    /// every id a command takes, so whatever Jalon printed can be given back.
    func itemID(_ typed: String, kind: ItemID.Kind? = nil) throws -> ItemID {
        if let id = ItemID(typed) {
            guard kind == nil || id.kind == kind else { throw ActionError.badID(typed) }
            return id
        }
        let key = boardKey(typed)
        let parts = key.split(separator: "/").map(String.init)
        var found: ItemID?
        if parts.count == 2, parts[1].hasSuffix(".md"), let id = ItemID(String(parts[1].dropLast(3))),
           key == BoardTask.path(for: id) || key == Milestone.path(for: id) {
            found = id
        } else if parts.count == 3, parts[0] == Comment.folder {
            found = ItemID(parts[1])
        } else if parts.count == 2, parts[0] == TimeBooking.folder, let text = try store.readText(key) {
            found = TimeBookingCodec.decode(text, path: key).0?.task
        } else if parts.first == MeetingMinutes.folder || parts.first == BoardDocument.folder {
            let files = try store.documentationFiles()
            found = files.meetings.minutes.first { $0.path == key }?.id ?? files.documents.document(key)?.meta.id
        }
        guard let id = found else { throw typed.contains("/") || typed.contains(".") ? ActionError.notAnItemPath(typed) : ActionError.badID(typed) }
        guard kind == nil || id.kind == kind else { throw ActionError.badID(typed) }
        return id
    }

    /// The acting identity and co-authors for a change.
    func actor(with coAuthorIDs: [String] = []) throws -> (Identity, [Identity]) {
        let actor = try store.actor(asMember: options.asMember, board: board, environment: environment.variables)
        return (actor, try store.coAuthors(coAuthorIDs, board: board, actor: actor))
    }

    /// Names on standard error every board file that was left out or read with an error, with
    /// its first problem (file:line) — the files `jalon check` reports. Every command that
    /// reads the board calls it once, through `withBoard`.
    func warnFlagged() {
        let flagged = board.flaggedFiles
        guard !flagged.isEmpty else { return }
        for f in flagged {
            let line = f.problem.rendered(language, pathPrefix: store.prefix)
            environment.printError((f.skipped ? CLIText.fileSkipped(line) : CLIText.fileReadWithErrors(line))(language))
        }
        environment.printError(CLIText.flaggedSummary(flagged.count)(language))
    }

    /// Names on standard error every documentation file (document, minutes, comment, spec) a
    /// reader left out because it cannot be read — `jalon check` lists the same files.
    func warnLeftOut() {
        for d in store.leftOutFiles {
            environment.printError(CLIText.fileSkipped(d.rendered(language, pathPrefix: store.prefix))(language))
        }
        store.leftOutFiles.removeAll()
    }
}

/// The language of a command before (or without) a board: `--lang`, then the environment, then
/// `Language.fallback`, the one fallback.
func chosenLanguage(_ lang: String?, environment variables: [String: String]) -> Language {
    lang.flatMap(Language.init(code:)) ?? Language.fromEnvironment(variables) ?? Language.fallback
}

/// Runs a command body with the board found from the options, turning every error into a
/// clear message in the user's language and an exit code.
func withBoard(_ options: GlobalOptions, scope: BoardScope = .all, reportsProblems: Bool = false, _ body: (CommandContext) throws -> Void) throws {
    let environment = RunEnvironment.current
    let fallback = chosenLanguage(options.lang, environment: environment.variables)
    let context: CommandContext
    do {
        let store = try BoardStore.locate(from: environment.directory, board: options.board, clock: environment.clock, environment: environment.variables)
        // `check` looks for conflict markers in the files as they are read.
        store.findsConflictMarkers = reportsProblems
        do {
            context = CommandContext(options: options, environment: environment, store: store, board: try store.load(scope: scope))
        } catch {
            reportNotices(store, language: fallback, environment: environment)
            throw error
        }
    } catch let error as PresentedError {
        throw report(error, language: fallback, environment: environment)
    }
    // What opening the store repaired (an interrupted update, a stale lock), in the board's language.
    reportNotices(context.store, language: context.language, environment: environment)
    // `check` lists every problem itself; every other command names the flagged files first.
    if !reportsProblems { context.warnFlagged() }
    defer { if !reportsProblems { context.warnLeftOut() } }
    ArgumentReader.language = context.language
    do {
        try body(context)
        reportNotices(context.store, language: context.language, environment: environment)
    } catch let error as PresentedError {
        reportNotices(context.store, language: context.language, environment: environment)
        throw report(error, language: context.language, environment: environment)
    }
}

/// What the store did on its own (an interrupted update repaired, a stale lock removed), on
/// standard error.
func reportNotices(_ store: BoardStore, language: Language, environment: RunEnvironment) {
    for notice in store.notices { environment.printError(CLIText.warningPrefix(language) + notice.text(language)) }
    store.notices.removeAll()
}

/// Parses a comma-separated option that may also be repeated: `--assign a,b --assign c`.
func commaList(_ values: [String]) -> [String] {
    values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
}

enum ArgumentReader {
    /// The language typed dates are read in (the command's): French reads `5/1/2027` as
    /// 5 January; English refuses it as ambiguous unless one part is above 12.
    nonisolated(unsafe) static var language: Language = helpLanguage

    private static func bounded(_ d: Day, _ text: String) throws -> Day {
        guard Limits.years.contains(d.year) else { throw JalonError(.invalidInput, Catalog.dateOutOfRange(text), hint: Catalog.dateHint) }
        return d
    }

    static func day(_ text: String) throws -> Day {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        // ISO with unpadded month or day (2027-1-5) is still ISO.
        let iso = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if iso.count == 3, iso[0].count == 4, (1...2).contains(iso[1].count), (1...2).contains(iso[2].count),
           let y = Int(iso[0]), let m = Int(iso[1]), let d = Int(iso[2]), let day = Day(year: y, month: m, day: d) {
            return try bounded(day, text)
        }
        let slash = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if language == .en, slash.count == 3, slash[2].count == 4, let a = Int(slash[0]), let b = Int(slash[1]), let y = Int(slash[2]) {
            if a <= 12 && b <= 12 && a != b {
                let dayFirst = Day(year: y, month: b, day: a), monthFirst = Day(year: y, month: a, day: b)
                throw JalonError(.invalidInput, Text("cli.argumentReader.ambiguousDate", ["text": text]),
                                 hint: Text("cli.argumentReader.ambiguousDateHint", ["iso": dayFirst?.iso ?? "", "iso2": monthFirst?.iso ?? ""]))
            }
            if b > 12, a <= 12, let day = Day(year: y, month: a, day: b) { return day }
        }
        if let d = Day.parse(text) { return try bounded(d, text) }
        let message = Day.looksLikeDate(text)
            ? Text("cli.argumentReader.impossibleDate", ["text": text])
            : Text("cli.argumentReader.notADate", ["text": text])
        throw JalonError(.invalidInput, message, hint: Catalog.dateHint)
    }

    /// A date, or `none`/`aucune`/`-` to clear it.
    static func optionalDay(_ text: String) throws -> Day? {
        if ["none", "aucune", "aucun", "-", ""].contains(text.lowercased()) { return nil }
        return try day(text)
    }

    static func effort(_ text: String) throws -> Effort {
        switch Effort.read(text) {
        case .value(let e): return e
        case .tooLarge: throw JalonError(.invalidInput, Catalog.effortTooLarge(text), hint: Catalog.effortTooLargeHint)
        case .unreadable:
            if text.hasPrefix("-"), case .value = Effort.read(String(text.dropFirst())) {
                throw JalonError(.invalidInput, CLIText.negativeAmount(text), hint: CLIText.negativeAmountHint)
            }
            throw JalonError(.invalidInput, Text("cli.effort.unreadable", ["text": text]), hint: Catalog.effortHint)
        }
    }

    static func dependencies(_ values: [String]) throws -> [Dependency] {
        try commaList(values).map { text in
            guard let d = Dependency(text) else {
                throw JalonError(.invalidInput, Text("cli.dependencies", ["text": text]), hint: Catalog.dependencyHint)
            }
            return d
        }
    }

    /// One of the board's statuses, typed as its key or its word (`terminé`, `DONE`, `Doing`).
    static func status(_ text: String, _ settings: BoardSettings) throws -> String {
        guard let key = StatusWords.resolve(text, among: settings.statuses) else { throw ActionError.unknownStatus(text, settings.statuses) }
        return key
    }

    static func hours(_ value: Double) throws -> Double {
        guard Limits.hoursPerDay.contains(value) else {
            throw JalonError(.invalidInput, Text("cli.hours"),
                             hint: Text("cli.hoursHint"))
        }
        return value
    }

    static func progress(_ value: Int) throws -> Int {
        guard (0...100).contains(value) else {
            throw JalonError(.invalidInput, Text("cli.progress", ["value": value]),
                             hint: Text("cli.progressHint"))
        }
        return value
    }
}
