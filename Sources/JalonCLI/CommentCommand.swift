// `jalon comment`: comments on a task or milestone.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct CommentCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "comment", abstract: DocsCLIText.helpComment(helpLanguage), subcommands: [Add.self, List.self], defaultSubcommand: Add.self), of: Self.self)
    }

    struct Add: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpCommentAdd(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpItem)) var item: String
        @Argument(help: help(DocsCLIText.helpCommentText)) var text: String

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let (actor, _) = try ctx.actor()
                let (comment, outcome) = try ctx.store.addComment(on: ctx.itemID(item).description, text: text, actor: actor)
                ctx.say(DocsCLIText.commentAdded(comment.item, ctx.store.prefix + comment.path, comment.mentions, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpCommentList(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpItem)) var item: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let id = try ctx.itemID(item)
                let comments = try ctx.store.documentationFiles().comments.thread(id.description)
                if format == .json { ctx.say(DocsJSON.comments(id.description, comments)); return }
                ctx.say(DocsText.commentListDocument(id.description, comments, board: ctx.board, language: ctx.language, timeZone: ctx.environment.clock.timeZone)
                    .text(style: ctx.style))
            }
        }
    }
}
