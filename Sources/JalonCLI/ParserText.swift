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
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    static let overview = t("RÉSUMÉ :", "OVERVIEW:")
    static let usage = t("UTILISATION :", "USAGE:")
    static let arguments = t("ARGUMENTS :", "ARGUMENTS:")
    static let options = t("OPTIONS :", "OPTIONS:")
    static let subcommands = t("SOUS-COMMANDES :", "SUBCOMMANDS:")
    static let subcommandPlaceholder = t("<sous-commande>", "<subcommand>")
    static let optionsPlaceholder = t("[<options>]", "[<options>]")
    static let showVersion = t("Afficher la version.", "Show the version.")
    static let showHelp = t("Afficher l’aide.", "Show help information.")
    static let showSubcommandHelp = t("Afficher l’aide d’une sous-commande.", "Show subcommand help information.")
    /// `root` is `jalon`, `path` the subcommands between (`task `, or empty).
    static func seeHelp(_ root: String, _ path: String) -> Text {
        t("Voir « \(root) help \(path)<sous-commande> » pour l’aide détaillée.", "See '\(root) help \(path)<subcommand>' for detailed help.")
    }
    static func seeMore(_ command: String) -> Text {
        t("Voir « \(command) --help » pour plus d’informations.", "See '\(command) --help' for more information.")
    }
    // No-break spaces before French colons and semicolons: a wrapped line never starts with one.
    static func defaultValue(_ v: String) -> Text { t("(par défaut\u{A0}: \(v))", "(default: \(v))") }
    static func values(_ v: String) -> Text { t("(valeurs\u{A0}: \(v))", "(values: \(v))") }
    static func valuesAndDefault(_ v: String, _ d: String) -> Text { t("(valeurs\u{A0}: \(v)\u{A0}; par défaut\u{A0}: \(d))", "(values: \(v); default: \(d))") }
    static let helpLabel = t("Aide : ", "Help: ")
    static let usageLabel = t("Utilisation : ", "Usage: ")

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
        return Language.fromEnvironment(environment.variables) ?? .en
    }

    // MARK: Parse errors

    /// The parser's English error message, reworded in `language`. Messages Jalon wrote itself
    /// (validation errors) are already in the right language and pass through.
    static func translate(_ message: String, _ language: Language) -> String {
        guard language == .fr else { return message }
        // Jalon's own validation messages, made before the board's language was known.
        for own in [CLIText.badWidth] where message == own.en { return own.fr }
        var m = message
        func rule(_ pattern: String, _ template: String) {
            guard let re = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return }
            let range = NSRange(m.startIndex..., in: m)
            m = re.stringByReplacingMatches(in: m, options: [], range: range, withTemplate: template)
        }
        rule(#"^Unknown option '([^']*)'\. Did you mean '([^']*)'\?"#, "option inconnue « $1 ». Vouliez-vous dire « $2 » ?")
        rule(#"^Unknown option '([^']*)'"#, "option inconnue « $1 »")
        rule(#"\n\s*or: Missing value for '([^']*)' in '([^']*)'"#, "\n   ou : valeur manquante pour « $1 » dans « $2 »")
        rule(#"^Missing value for '([^']*)'"#, "valeur manquante pour « $1 »")
        rule(#"^Missing expected argument '([^']*)'"#, "argument attendu manquant : « $1 »")
        rule(#"^Missing one of: (.*)$"#, "il manque l’un de ces arguments : $1")
        rule(#"^Unexpected argument '([^']*)'"#, "argument inattendu « $1 »")
        rule(#"^(\d+) unexpected arguments: (.*)$"#, "$1 arguments inattendus : $2")
        rule(#"^The option '([^']*)' does not take any value, but '([^']*)' was specified\."#, "l’option « $1 » ne prend pas de valeur, mais « $2 » a été donné.")
        rule(#"^The value '([^']*)' is invalid for '([^']*)'"#, "la valeur « $1 » n’est pas valide pour « $2 »")
        rule(#"^The value '([^']*)' is invalid\."#, "la valeur « $1 » n’est pas valide.")
        rule(#"\. Please provide one of the following:"#, ". Valeurs possibles :")
        rule(#"\. Please provide one of (.*)\.$"#, ". Valeurs possibles : $1.")
        rule(#"^Missing required subcommand\."#, "sous-commande manquante.")
        rule(#"^Invalid option: "#, "option invalide : ")
        rule(#"^Value to be set with (.*) had already been set with (.*)$"#, "la valeur donnée par $1 était déjà donnée par $2")
        rule(#"flag '"#, "l’option '")
        // Quoted value lists: 'a', 'b' or 'c' → « a », « b » ou « c ».
        rule(#"'([^']*)' and '([^']*)'"#, "« $1 » et « $2 »")
        rule(#"'([^']*)' or '([^']*)'"#, "« $1 » ou « $2 »")
        rule(#"'([^']*)'"#, "« $1 »")
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
            section(title.uppercased() + (L == .fr ? " :" : ":"), arguments.filter { $0.kind != "positional" && $0.sectionTitle == title }.map { ($0.label, abstract(of: $0, L)) })
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
