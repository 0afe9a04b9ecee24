// `jalon spec`: the project spec (cahier des charges): create, show, check, link deliverables.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct SpecCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "spec", abstract: DocsCLIText.helpSpec(helpLanguage), subcommands: [Init.self, Show.self, Check.self, Link.self, Status.self]), of: Self.self)
    }

    struct Init: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecInit(helpLanguage)) }
        @OptionGroup var global: GlobalOptions

        func run() throws {
            try withBoard(global) { ctx in
                let (actor, _) = try ctx.actor()
                let outcome = try ctx.store.initSpec(template: try template("cahier-des-charges", ctx), actor: actor)
                ctx.say(DocsCLIText.specCreated(ctx.store.prefix + SpecDocument.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    static func load(_ ctx: CommandContext) throws -> (SpecDocument, [Diagnostic]) {
        guard let text = try ctx.store.readText(SpecDocument.path) else { throw DocsError.noSpec }
        let (spec, problems) = SpecDocument.parse(text)
        guard let spec else { throw ActionError.brokenFile(ctx.store.prefix + SpecDocument.path, problems, prefix: ctx.store.prefix) }
        let templates = try documentTemplates(ctx).specTemplateTexts
        return (spec, problems + SpecCheck.problems(spec, board: ctx.board, templates: templates))
    }

    struct Show: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecShow(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text
        @Flag(help: help(DocsCLIText.helpMarkdown)) var markdown = false

        func run() throws {
            try withBoard(global) { ctx in
                if markdown {
                    guard let text = try ctx.store.readText(SpecDocument.path) else { throw DocsError.noSpec }
                    ctx.say(text.hasSuffix("\n") ? String(text.dropLast()) : text)
                    return
                }
                let (spec, problems) = try SpecCommand.load(ctx)
                ctx.say(format == .json ? DocsJSON.spec(spec, board: ctx.board, problems: problems, language: ctx.language)
                                        : DocsText.spec(spec, board: ctx.board, problems: problems, language: ctx.language, style: ctx.style))
            }
        }
    }

    struct Check: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecCheck(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            var failed = false
            try withBoard(global) { ctx in
                let (spec, problems) = try SpecCommand.load(ctx)
                let linked = spec.deliverables.count
                failed = printProblems(problems, format: format, ok: DocsCLIText.specOK(spec.allSections.count, linked), ctx)
            }
            if failed { throw ExitCode(1) }
        }
    }

    struct Link: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpSpecLink(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDeliverable)) var deliverable: String
        @Argument(help: help(DocsCLIText.helpItems)) var items: [String]

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let ids = try commaList(items).map { try ctx.itemID($0) }
                guard !ids.isEmpty else { throw ActionError.nothingToDo }
                let (actor, _) = try ctx.actor()
                let outcome = try ctx.store.linkDeliverable(deliverable.uppercased(), to: ids, actor: actor)
                ctx.say(DocsCLIText.specLinked(deliverable.uppercased(), ids.map(\.description).joined(separator: ", "), outcome.commit.short)(ctx.language))
            }
        }
    }
}

extension SpecCommand {
    struct Status: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpSpecStatus(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpSpecStatusValue)) var status: String?
        @Option(help: help(DocsCLIText.helpVersion)) var version: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                guard let status else {
                    if version != nil { throw JalonError(.invalidInput, CLIText.specVersionNeedsStatus, hint: CLIText.specStatusHint) }
                    guard let text = try ctx.store.readText(SpecDocument.path) else { throw DocsError.noSpec }
                    let spec = SpecDocument.parse(text).0
                    let shown = (spec?.status).map { $0.isEmpty ? "?" : StatusWords.document($0, ctx.language) } ?? "?"
                    ctx.say(CLIText.specStatusIs(shown, spec?.version ?? "?")(ctx.language))
                    return
                }
                guard let value = DocumentStatus(word: status) else { throw DocsError.badDocumentStatus(status) }
                let (actor, _) = try ctx.actor()
                let (previous, outcome) = try ctx.store.setSpecStatus(value, version: version, actor: actor)
                guard let outcome else { ctx.say(DocsCLIText.docUnchanged(ctx.store.prefix + SpecDocument.path)(ctx.language)); return }
                ctx.say(CLIText.specStatusSet(previous.isEmpty ? "?" : StatusWords.document(previous, ctx.language),
                                              StatusWords.document(value.rawValue, ctx.language), outcome.commit.short)(ctx.language))
            }
        }
    }
}
