// `jalon merge`: brings a teammate's branch in through libgit2, merged field by field.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct MergeCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "merge", abstract: DocsCLIText.helpMerge(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Argument(help: help(DocsCLIText.helpRef)) var ref: String

    func run() throws {
        try withBoard(global, scope: .settings) { ctx in
            let (actor, _) = try ctx.actor()
            switch try ctx.store.merge(ref, actor: actor) {
            case .upToDate: ctx.say(DocsCLIText.upToDate(ctx.language))
            case .fastForward(let to, let files): ctx.say(DocsCLIText.fastForward(to.short, files.count)(ctx.language))
            case .merged(let commit, let files, let report):
                ctx.say((report.bodyConflicts.isEmpty ? DocsCLIText.merged(commit.short, files.count) : DocsCLIText.mergedWithBodyConflicts(commit.short, files.count))(ctx.language))
                printMergeReport(report, say: ctx.say, language: ctx.language)
            }
        }
    }
}
