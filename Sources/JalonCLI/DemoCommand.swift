import ArgumentParser
import BoardCore
import BoardFiles
import BoardStore
import Foundation
import Planning
import Reports
import UseCases

/// `jalon demo`: replays the example team project of `Boards/` into a new repository, through
/// the same commands a team types, with each action dated and authored, up to the scenario's
/// mid-project day (`today` in the scenario; `--to-end`: everything), then shows that day, the
/// forecast (end, late items), the board and the Gantt chart as of that day.
struct Demo: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpDemo(helpLanguage)) }

    @Argument(help: help(CLIText.helpDemoDir)) var directory: String?
    @Option(help: help(CLIText.helpLang)) var lang: String?
    @Flag(name: .long, help: help(CLIText.helpASCII)) var ascii = false
    @Flag(name: .customLong("no-color"), help: help(CLIText.helpNoColor)) var noColor = false
    @Option(name: .long, help: help(CLIText.helpWidth)) var width: Int?
    @Flag(name: .customLong("to-end"), help: help(CLIText.helpDemoToEnd)) var toEnd = false

    func validate() throws {
        if let width, !(20...TerminalStyle.maxWidth).contains(width) { throw ValidationError(CLIText.badWidth(helpLanguage)) }
    }

    func run() throws {
        let outer = RunEnvironment.current
        // The demo's board is the example's: as for every command, --lang, else the board's
        // language (the example's `init --lang`), else LANG, else the fallback.
        let language = lang.flatMap(Language.init(code:)) ?? Self.exampleLanguage ?? chosenLanguage(nil, environment: outer.variables)
        do {
            let scenario = try Scenario.parse(BoardFiles.exampleScenario)
            let target = try prepareDirectory(outer)
            try BoardStore.createRepository(at: target, initialBranch: "main")
            var failures: [String] = []
            defer { RunEnvironment.current = outer }
            let replayed = scenario.actions.filter { action in
                toEnd || scenario.today.map { Day(action.date, timeZone: Scenario.timeZone) <= $0 } ?? true
            }
            for action in replayed {
                var env = outer
                env.directory = target
                env.clock = Clock(now: action.date, timeZone: Scenario.timeZone)
                env.variables["GIT_AUTHOR_NAME"] = action.person.name
                env.variables["GIT_AUTHOR_EMAIL"] = action.person.email
                env.print = { _ in }
                env.printError = { failures.append($0) }
                RunEnvironment.current = env
                do {
                    var command = try TypedCommands.parse(action.arguments)
                    try command.run()
                } catch {
                    RunEnvironment.current = outer
                    let detail = failures.joined(separator: "\n")
                    throw JalonError(.invalidInput, CLIText.demoLineFailed(action.line, action.arguments.joined(separator: " "), detail.isEmpty ? "\(error)" : detail))
                }
            }
            RunEnvironment.current = outer
            let store = try BoardStore.locate(from: target, board: nil, clock: Clock(now: replayed.last?.date ?? Date(), timeZone: Scenario.timeZone))
            let board = try store.load()
            let commits = try store.log(limit: nil)
            let authors = Set(commits.map { $0.author.email }).count
            let boardLanguage = lang.flatMap(Language.init(code:)) ?? board.settings.language
            let L = boardLanguage
            let style = TerminalStyle.detect(ascii: ascii, noColor: noColor, width: width, environment: outer.variables)
            let first = scenario.actions.first.map { Day($0.date, timeZone: Scenario.timeZone) }
            // "Today" in the demo: the last day replayed; the one forecast as of that day.
            let today = store.clock.today
            let forecast = try BoardForecast.make(store: store, board: board, statusDate: today, timeZone: Scenario.timeZone)
            let schedule = forecast.schedule
            let late = schedule.items.filter(\.late).map(\.id.description)
            // Prose lines wrap between words to the width, as remind and news do.
            func say(_ text: Text) { outer.print(style.fold(text(L)).joined(separator: "\n")) }
            say(CLIText.demoSummary(board.settings.name, commits.count, authors, first?.formatted(L) ?? "", today.formatted(L), target))
            say(CLIText.demoToday(today.formatted(L), replayed.count < scenario.actions.count))
            say(CLIText.demoForecast(schedule.end.formatted(L), late))
            outer.print("")
            outer.print(BoardText.kanban(board, language: L, today: today, style: style, late: Lateness(schedule), view: .board(today: today, member: nil, all: false)))
            outer.print("")
            outer.print(GanttCommand.text(schedule, board: board, options: GanttOptions(), language: L, today: today, style: style))
            outer.print("")
            say(CLIText.demoNext(target, today.iso))
        } catch let error as PresentedError {
            throw report(error, language: language, environment: outer)
        }
    }

    /// The language the example board is made in: its `init` line's `--lang`.
    static var exampleLanguage: Language? {
        guard let scenario = try? Scenario.parse(BoardFiles.exampleScenario),
              let arguments = scenario.actions.first(where: { $0.arguments.first == "init" })?.arguments,
              let i = arguments.firstIndex(of: "--lang"), i + 1 < arguments.count else { return nil }
        return Language(code: arguments[i + 1])
    }

    private func prepareDirectory(_ env: RunEnvironment) throws -> String {
        let fm = FileManager.default
        let path: String
        if let directory {
            path = directory.hasPrefix("/") ? directory : (env.directory as NSString).appendingPathComponent(directory)
            if let contents = try? fm.contentsOfDirectory(atPath: path), !contents.isEmpty {
                throw JalonError(.refused, CLIText.demoDirNotEmpty(path), hint: CLIText.demoDirHint)
            }
        } else {
            path = (NSTemporaryDirectory() as NSString).appendingPathComponent("jalon-demo-\(UUID().uuidString.prefix(8).lowercased())")
        }
        try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

/// The example project's script: people, then dated actions (`DATE TIME ACTOR | command`).
struct Scenario {
    struct Person {
        let id: String
        let name: String
        let email: String
    }
    struct Action {
        let line: Int
        let date: Date
        let person: Person
        let arguments: [String]
    }

    static let timeZone = TimeZone(identifier: "Europe/Paris") ?? .current

    var people: [String: Person] = [:]
    var actions: [Action] = []
    /// The mid-project day `jalon demo` replays up to (`today AAAA-MM-JJ`), unless `--to-end`.
    var today: Day?

    static func parse(_ text: String) throws -> Scenario {
        var scenario = Scenario()
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            let number = index + 1
            if line.isEmpty || line.hasPrefix("#") { continue }
            func bad() -> JalonError { JalonError(.invalidInput, CLIText.scenarioBadLine(number, line)) }
            if line.hasPrefix("today ") {
                guard let day = Day.parse(String(line.dropFirst(6)).trimmingCharacters(in: .whitespaces)) else { throw bad() }
                scenario.today = day
                continue
            }
            if line.hasPrefix("person ") {
                let words = try Shell.split(String(line.dropFirst(7)))
                guard words.count == 3, words[2].hasPrefix("<"), words[2].hasSuffix(">") else { throw bad() }
                scenario.people[words[0]] = Person(id: words[0], name: words[1], email: String(words[2].dropFirst().dropLast()))
                continue
            }
            guard let bar = line.firstIndex(of: "|") else { throw bad() }
            let head = line[..<bar].split(separator: " ").map(String.init)
            guard head.count == 3, let date = formatter.date(from: head[0] + " " + head[1]), let person = scenario.people[head[2]] else { throw bad() }
            let arguments = try Shell.split(String(line[line.index(after: bar)...]))
            scenario.actions.append(Action(line: number, date: date, person: person, arguments: arguments))
        }
        return scenario
    }
}

/// Splits a command line as a POSIX shell would for words: spaces separate, quotes group,
/// backslash escapes.
enum Shell {
    static func split(_ text: String) throws -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for ch in text {
            if escaped { current.append(ch); escaped = false; continue }
            if ch == "\\" && quote != "'" { escaped = true; inWord = true; continue }
            if let q = quote {
                if ch == q { quote = nil } else { current.append(ch) }
                continue
            }
            if ch == "\"" || ch == "'" { quote = ch; inWord = true; continue }
            if ch == " " || ch == "\t" {
                if inWord { words.append(current); current = ""; inWord = false }
                continue
            }
            current.append(ch)
            inWord = true
        }
        if quote != nil || escaped {
            throw JalonError(.invalidInput, Text("cli.split", ["text": text]))
        }
        if inWord { words.append(current) }
        return words
    }
}

/// The board templates shipped in `Boards/modeles/`.
enum BoardTemplates {
    static func named(_ name: String) throws -> BoardTemplate {
        guard let yaml = BoardFiles.templates[name] else { throw ActionError.unknownTemplate(name, BoardFiles.templates.keys.sorted()) }
        return try BoardTemplate(name: name, yaml: yaml)
    }
}
