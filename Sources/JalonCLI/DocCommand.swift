// `jalon doc`: the documentation tree: new documents from templates, list, show, validate, rename, check.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct DocCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "doc", abstract: DocsCLIText.helpDoc(helpLanguage),
                                                    subcommands: [New.self, List.self, Tree.self, Show.self, Status.self, Rename.self, Check.self]), of: Self.self)
    }

    struct New: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocNew(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpTitle)) var title: String
        @Option(help: help(DocsCLIText.helpDocTemplate)) var template: String?
        @Option(help: help(DocsCLIText.helpFolder)) var folder: String?
        @Option(help: help(DocsCLIText.helpFileName)) var name: String?
        @Option(help: help(DocsCLIText.helpTag)) var tag: [String] = []
        @Option(help: help(DocsCLIText.helpAttach)) var attach: String?

        func run() throws {
            try withBoard(global) { ctx in
                let (actor, _) = try ctx.actor()
                var draft = DocumentDraft(title: title)
                draft.folder = folder ?? ""
                draft.fileName = name
                draft.tags = commaList(tag)
                if let attach {
                    let source = attach.hasPrefix("/") ? attach : (ctx.environment.directory as NSString).appendingPathComponent(attach)
                    guard let data = FileManager.default.contents(atPath: source) else { throw DocsError.unreadableAttachment(attach) }
                    draft.attachment = Array(data)
                    draft.attachmentName = (attach as NSString).lastPathComponent
                    if let template { draft.template = try DocsCommands.template(template, ctx) }
                } else {
                    draft.template = try DocsCommands.template(template ?? "note", ctx)
                    draft.values = DocsCommands.reportValues(ctx, template: draft.template)
                }
                let (doc, outcome) = try ctx.store.newDocument(draft, actor: actor)
                ctx.say(DocsCLIText.docCreated(doc.meta.id?.description ?? "?", ctx.store.prefix + doc.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocList(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(DocsCLIText.helpFilterDocStatus)) var status: String?
        @Option(help: help(DocsCLIText.helpFolder)) var folder: String?
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let wanted = try status.map { s in try DocumentStatus(word: s).map(\.rawValue) ?? { throw DocsError.badDocumentStatus(s) }() }
                var docs = try ctx.store.documentationFiles().documents.documents
                if let wanted { docs = docs.filter { $0.meta.status == wanted } }
                if let folder {
                    let f = try ctx.store.documentFolder(folder)
                    docs = docs.filter { $0.folder == f || $0.folder.hasPrefix(f + "/") }
                }
                let last = documentLastChanges(ctx)
                let zone = ctx.environment.clock.timeZone
                ctx.say(format == .json ? DocsJSON.documents(docs, lastChanges: last, timeZone: zone)
                                        : DocsText.documentList(docs, lastChanges: last, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: zone))
            }
        }
    }

    struct Tree: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocTree(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let docs = try ctx.store.documentationFiles().documents.documents
                ctx.say(format == .json ? DocsJSON.tree(docs, lastChanges: documentLastChanges(ctx), timeZone: ctx.environment.clock.timeZone)
                                        : DocsText.documentTree(docs, language: ctx.language, style: ctx.style))
            }
        }
    }

    struct Show: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocShow(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDocKey)) var document: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                if ItemID(document) == nil {
                    try rejectOutside(document)
                    let path = document.hasPrefix(BoardDocument.folder + "/") ? document : BoardDocument.folder + "/" + document
                    try ctx.store.confine(path)
                }
                let files = try ctx.store.documentationFiles()
                guard let doc = files.documents.document(ctx.boardKey(document)) else { throw DocsError.unknownDocument(document) }
                let comments = doc.meta.id.map { files.comments.thread($0.description) } ?? []
                let last = documentLastChanges(ctx)[doc.path]
                let zone = ctx.environment.clock.timeZone
                ctx.say(format == .json ? DocsJSON.render(DocsJSON.document(doc, lastChange: last, timeZone: zone, body: true, comments: comments))
                                        : DocsText.documentDetail(doc, lastChange: last, comments: comments, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: zone))
            }
        }
    }

    struct Status: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocStatus(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDocKey)) var document: String
        @Argument(help: help(DocsCLIText.helpDocStatusValue)) var status: String
        @Option(help: help(DocsCLIText.helpVersion)) var version: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                guard let value = DocumentStatus(word: status) else { throw DocsError.badDocumentStatus(status) }
                let (actor, _) = try ctx.actor()
                let (doc, previous, outcome) = try ctx.store.setDocumentStatus(ctx.boardKey(document), to: value, version: version, actor: actor)
                let label = doc.meta.id?.description ?? doc.path
                guard let outcome else { ctx.say(DocsCLIText.docUnchanged(label)(ctx.language)); return }
                ctx.say(DocsCLIText.docStatus(label, previous.isEmpty ? "?" : StatusWords.document(previous, ctx.language), StatusWords.document(value.rawValue, ctx.language), outcome.commit.short)(ctx.language))
                if value == .validated, let by = doc.meta.validatedBy, let at = doc.meta.validatedAt.flatMap(Comment.parseDate) {
                    ctx.say(DocsCLIText.docValidated(ctx.board.settings.member(by)?.name ?? by, DocsText.dateTime(at, ctx.language, timeZone: ctx.environment.clock.timeZone))(ctx.language))
                }
            }
        }
    }

    struct Rename: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocRename(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpDocKey)) var document: String
        @Argument(help: help(DocsCLIText.helpNewName)) var newName: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let (actor, _) = try ctx.actor()
                let (from, to, outcome) = try ctx.store.renameDocument(ctx.boardKey(document), to: newName, actor: actor)
                ctx.say(DocsCLIText.docRenamed(from, to, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Check: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpDocCheck(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            var failed = false
            try withBoard(global) { ctx in
                let problems = try documentationProblems(ctx)
                let count = try ctx.store.documentationFiles().documents.documents.count
                failed = printProblems(problems, format: format, ok: DocsCLIText.docsOK(count), ctx)
            }
            if failed { throw ExitCode(1) }
        }
    }
}
