// The argument parser's own words (help pages, usage lines, parse errors) in the user's language.
// swift-argument-parser has no localization, so help and usage are rendered here from the
// parser's own metadata (its `--experimental-dump-help` description of the command tree, the
// ToolInfoV0 format), and its parse errors, whose types are internal, are translated from their
// documented English wording. Written by hand because no package localizes the parser.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

enum ParserText {

    static let overview = Text("parser.overview")
    static let usage = Text("parser.usage")
    static let arguments = Text("parser.arguments")
    static let options = Text("parser.options")
    static let subcommands = Text("parser.subcommands")
    static let subcommandPlaceholder = Text("parser.subcommandPlaceholder")
    static let optionsPlaceholder = Text("parser.optionsPlaceholder")
    static let showVersion = Text("parser.showVersion")
    static let showHelp = Text("parser.showHelp")
    static let showSubcommandHelp = Text("parser.showSubcommandHelp")
    /// `root` is `jalon`, `path` the subcommands between (`task `, or empty).
    static func seeHelp(_ root: String, _ path: String) -> Text {
        Text("parser.seeHelp", ["root": root, "path": path])
    }
    static func seeMore(_ command: String) -> Text {
        Text("parser.seeMore", ["command": command])
    }
    // No-break spaces before French colons and semicolons: a wrapped line never starts with one.
    static func defaultValue(_ v: String) -> Text { Text("parser.defaultValue", ["v": v]) }
    static func values(_ v: String) -> Text { Text("parser.values", ["v": v]) }
    static func valuesAndDefault(_ v: String, _ d: String) -> Text { Text("parser.valuesAndDefault", ["v": v, "d": d]) }
    static let helpLabel = Text("parser.helpLabel")
    static let usageLabel = Text("parser.usageLabel")

    // MARK: The language of the parser's words

    /// `--lang` (or `--lang=`) as typed, without parsing anything else.
    static func languageArgument(_ arguments: [String]) -> Language? {
        value(of: "--lang", in: arguments).flatMap(Language.init(code:))
    }

    static func value(of option: String, in arguments: [String]) -> String? {
        for (i, a) in arguments.enumerated() {
            if a == "--" { break }
            if a == option, i + 1 < arguments.count { return arguments[i + 1] }
            if a.hasPrefix(option + "=") { return String(a.dropFirst(option.count + 1)) }
        }
        return nil
    }

    /// The language of a help page or a parse error, chosen like every other message: `--lang`,
    /// else the language of the board found (from `--board` or the current folder), else LANG.
    static func language(_ arguments: [String], environment: RunEnvironment) -> Language {
        if let l = languageArgument(arguments) { return l }
        if let store = try? BoardStore.locate(from: environment.directory, board: value(of: "--board", in: arguments), clock: environment.clock),
           let board = try? store.load(scope: .settings), board.settingsReadable {
            return board.settings.language
        }
        return Language.fromEnvironment(environment.variables) ?? Language.fallback
    }

    // MARK: Parse errors

    /// The language swift-argument-parser writes its errors in.
    static let parserLanguage = Language.en

    /// The parser's English error message, reworded in `language`. Messages Jalon wrote itself
    /// (validation errors) are already in the right language and pass through.
    static func translate(_ message: String, _ language: Language) -> String {
        // Jalon's own validation messages, made before the board's language was known.
        for own in [CLIText.badWidth] where Language.allCases.contains(where: { message == own($0) }) { return own(language) }
        guard language != parserLanguage else { return message }
        var m = message
        func rule(_ pattern: String, _ template: String) {
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return }
            let range = NSRange(m.startIndex..., in: m)
            m = re.stringByReplacingMatches(in: m, options: [], range: range, withTemplate: template)
        }
        rule(#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, Text("parser.rule.unknownOptionSuggestion")(language))
        rule(#"^Unknown option '([^']*)'"#, Text("parser.rule.unknownOption")(language))
        rule(#"\n\s*or: Missing value for '([^']*)' in '([^']*)'"#, Text("parser.rule.orMissingValue")(language))
        rule(#"^Missing value for '([^']*)'"#, Text("parser.rule.missingValue")(language))
        rule(#"^Missing expected argument '([^']*)'"#, Text("parser.rule.missingArgument")(language))
        rule(#"^Missing one of: (.*)$"#, Text("parser.rule.missingOneOf")(language))
        rule(#"^Unexpected argument '([^']*)'"#, Text("parser.rule.unexpectedArgument")(language))
        rule(#"^(\d+) unexpected arguments: (.*)$"#, Text("parser.rule.unexpectedArguments")(language))
        rule(#"^The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, Text("parser.rule.noValueTaken")(language))
        rule(#"^The value '([^']*)' is invalid for '([^']*)'"#, Text("parser.rule.invalidValueFor")(language))
        rule(#"^The value '([^']*)' is invalid\."#, Text("parser.rule.invalidValue")(language))
        rule(#"\. Please provide one of the following:"#, Text("parser.rule.provideOneOfList")(language))
        rule(#"\. Please provide one of (.*)\.$"#, Text("parser.rule.provideOneOf")(language))
        rule(#"^Missing required subcommand\."#, Text("parser.rule.missingSubcommand")(language))
        rule(#"^Invalid option: "#, Text("parser.rule.invalidOption")(language))
        rule(#"^Value to be set with (.*) had already been set with (.*)$"#, Text("parser.rule.alreadySet")(language))
        rule(#"flag '"#, Text("parser.rule.flag")(language))
        // Quoted value lists: 'a', 'b' or 'c' → « a », « b » ou « c ».
        rule(#"'([^']*)' and '([^']*)'"#, Text("parser.rule.quotedPair")(language))
        rule(#"'([^']*)' or '([^']*)'"#, Text("parser.rule.quotedChoice")(language))
        rule(#"'([^']*)'"#, Text("parser.rule.quoted")(language))
        return m
    }

    // MARK: Help pages, from the parser's description of the command tree

    struct Command: Decodable {
        var commandName: String
        var abstract: String?
        var discussion: String?
        var shouldDisplay: Bool?
        var subcommands: [Command]?
        var arguments: [Argument]?
    }

    struct Argument: Decodable {
        struct Name: Decodable { var kind: String; var name: String }
        var kind: String
        var shouldDisplay: Bool
        var sectionTitle: String?
        var isOptional: Bool
        var isRepeating: Bool
        var names: [Name]?
        var valueName: String?
        var defaultValue: String?
        var allValues: [String]?
        var abstract: String?
        var discussion: String?

        var isHelp: Bool { names?.contains { $0.kind == "long" && $0.name == "help" } ?? false }
        var isVersion: Bool { names?.contains { $0.kind == "long" && $0.name == "version" } ?? false }

        var label: String {
            let spelled = (names ?? []).map { $0.kind == "short" ? "-" + $0.name : ($0.kind == "long" ? "--" : "-") + $0.name }.joined(separator: ", ")
            let value = "<" + (valueName ?? "value") + ">"
            switch kind {
            case "positional": return value + (isRepeating ? " ..." : "")
            case "option": return spelled + " " + value + (isRepeating ? " ..." : "")
            default: return spelled
            }
        }
    }

    private struct Tool: Decodable { var command: Command }

    /// The command tree as the parser describes it, texts in the current help language.
    static func tree() -> Command? {
        var json = ""
        do { _ = try Jalon.parseAsRoot(["--experimental-dump-help"]) } catch { json = Jalon.fullMessage(for: error) }
        return try? JSONDecoder().decode(Tool.self, from: Data(json.utf8)).command
    }

    /// The subcommand path named by the arguments (`task add`, or `help task add`).
    static func path(_ arguments: [String], in root: Command) -> [Command] {
        var stack = [root]
        var words = arguments
        if words.first == "help" { words.removeFirst() }
        var skipValue = false
        for word in words {
            if word == "--" { break }
            if skipValue { skipValue = false; continue }
            if word.hasPrefix("-") {
                if GlobalOptions.valued.contains(word) { skipValue = true }
                continue
            }
            guard let next = stack.last?.subcommands?.first(where: { $0.commandName == word }) else { break }
            stack.append(next)
        }
        return stack
    }

    static func usageLine(_ stack: [Command], _ L: Language) -> String {
        let names = stack.map(\.commandName).joined(separator: " ")
        guard let command = stack.last else { return names }
        if let subs = command.subcommands, !subs.isEmpty { return names + " " + subcommandPlaceholder(L) }
        let arguments = (command.arguments ?? []).filter(\.shouldDisplay)
        var parts = [names]
        if arguments.contains(where: { $0.kind != "positional" && !$0.isHelp && !$0.isVersion }) { parts.append(optionsPlaceholder(L)) }
        for a in arguments where a.kind == "positional" { parts.append(a.isOptional ? "[" + a.label + "]" : a.label) }
        return parts.joined(separator: " ")
    }

    static func abstract(of a: Argument, _ L: Language) -> String {
        if a.isHelp { return showHelp(L) }
        if a.isVersion { return showVersion(L) }
        var text = a.abstract ?? ""
        let values = (a.allValues ?? []).joined(separator: ", ")
        // A default the help text already names ("défaut : reunion-hebdo") is not repeated.
        let shownDefault = a.kind == "flag" ? nil : a.defaultValue.flatMap { $0.isEmpty || text.contains("défaut : \($0)") || text.contains("default: \($0)") ? nil : $0 }
        let suffix: String?
        switch (values.isEmpty, shownDefault) {
        case (false, let d?): suffix = valuesAndDefault(values, d)(L)
        case (false, nil): suffix = ParserText.values(values)(L)
        case (true, let d?): suffix = defaultValue(d)(L)
        case (true, nil): suffix = nil
        }
        if let suffix { text += text.isEmpty ? suffix : " " + suffix }
        return text
    }

    /// One help page, laid out like the parser's own: label column of 24, text wrapped at `width`.
    static func helpPage(_ stack: [Command], _ L: Language, width: Int = 80) -> String {
        guard let command = stack.last else { return "" }
        var out: [String] = []
        if let a = command.abstract, !a.isEmpty { out.append(overview(L) + " " + a); out.append("") }
        if let d = command.discussion, !d.isEmpty { out.append(d); out.append("") }
        out.append(usage(L) + " " + usageLine(stack, L))
        let arguments = (command.arguments ?? []).filter(\.shouldDisplay)
        func section(_ title: String, _ rows: [(String, String)]) {
            guard !rows.isEmpty else { return }
            out.append("")
            out.append(title)
            for (label, text) in rows { out.append(contentsOf: row(label, text, width: width)) }
        }
        section(ParserText.arguments(L), arguments.filter { $0.kind == "positional" }.map { ($0.label, abstract(of: $0, L)) })
        var titled: [String] = []
        for a in arguments where a.kind != "positional" { if let s = a.sectionTitle, !titled.contains(s) { titled.append(s) } }
        for title in titled {
            section(Text("parser.sectionTitle", ["title": title.uppercased()])(L), arguments.filter { $0.kind != "positional" && $0.sectionTitle == title }.map { ($0.label, abstract(of: $0, L)) })
        }
        section(options(L), arguments.filter { $0.kind != "positional" && $0.sectionTitle == nil }.map { ($0.label, abstract(of: $0, L)) })
        let subs = (command.subcommands ?? []).filter { $0.shouldDisplay ?? true }
        section(subcommands(L), subs.map { ($0.commandName, $0.commandName == "help" ? showSubcommandHelp(L) : ($0.abstract ?? "")) })
        if !subs.isEmpty {
            out.append("")
            out.append("  " + seeHelp(stack[0].commandName, stack.dropFirst().map { $0.commandName + " " }.joined())(L))
        }
        return out.joined(separator: "\n")
    }

    /// `  label    text` with the text wrapped under itself; a label wider than the column goes
    /// on its own line, as the parser does.
    static func row(_ label: String, _ text: String, width: Int) -> [String] {
        let column = 26
        let lines = wrap(text, width: max(20, width - column))
        let head = "  " + label
        if head.count > column - 1 || lines.isEmpty {
            return [head] + lines.map { String(repeating: " ", count: column) + $0 }
        }
        var out = [head.padding(toLength: column, withPad: " ", startingAt: 0) + lines[0]]
        out += lines.dropFirst().map { String(repeating: " ", count: column) + $0 }
        return out
    }

    /// Words kept whole: a line breaks between words only (DisplayWidth.wrap).
    static func wrap(_ text: String, width: Int) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { DisplayWidth.wrap(String($0), to: width, cutMark: nil) }
    }

    // MARK: Running

    /// Handles what `parseAsRoot` or `run` threw: help pages and parse errors in the user's
    /// language; Jalon's own errors (already reported) keep their exit codes.
    /// `jalon help [subcommand…]`, answered here so it accepts `--lang` like every command.
    static func helpCommand(_ arguments: [String]) -> Never {
        let environment = RunEnvironment.current
        let L = language(arguments, environment: environment)
        helpLanguage = L
        guard let root = tree() else { Foundation.exit(1) }
        let width = ParserText.value(of: "--width", in: arguments).flatMap(Int.init) ?? 80
        environment.print(helpPage(path(arguments, in: root), L, width: max(40, width)))
        Foundation.exit(0)
    }

    static func finish(_ error: Error, arguments: [String]) -> Never {
        if let code = error as? ExitCode { Foundation.exit(code.rawValue) }
        // An error no command caught is still worded, never dumped.
        if let error = error as? PresentedError {
            let environment = RunEnvironment.current
            Foundation.exit(report(error, language: language(arguments, environment: environment), environment: environment).rawValue)
        }
        let passThrough = arguments.contains { $0 == "--experimental-dump-help" || $0.hasPrefix("--generate-completion-script") }
        let code = Jalon.exitCode(for: error)
        if passThrough { Jalon.exit(withError: error) }
        let environment = RunEnvironment.current
        if code == .success {
            let asksHelp = arguments.contains { $0 == "-h" || $0 == "--help" } || arguments.first == "help"
            if arguments.contains("--version") && !asksHelp { environment.print(Jalon.fullMessage(for: error)); Foundation.exit(0) }
            helpCommand(arguments)
        }
        guard code.rawValue == 64 else { Jalon.exit(withError: error) }
        let L = language(arguments, environment: environment)
        helpLanguage = L
        let full = Jalon.fullMessage(for: error)
        var text = CLIText.errorPrefix(L) + translate(Jalon.message(for: error), L)
        if let help = full.split(separator: "\n").first(where: { $0.hasPrefix("Help:  ") }) {
            text += "\n" + helpLabel(L) + help.dropFirst("Help:  ".count)
        }
        if let root = tree() {
            let stack = path(arguments, in: root)
            text += "\n" + usageLabel(L) + usageLine(stack, L) + "\n  " + seeMore(stack.map(\.commandName).joined(separator: " "))(L)
        }
        environment.printError(text)
        Foundation.exit(2)
    }
}
