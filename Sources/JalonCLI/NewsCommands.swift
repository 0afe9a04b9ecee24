// `jalon news` (what changed since I last looked) and `jalon remind` (due and overdue items).
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct NewsCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "news", abstract: DocsCLIText.helpNews(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Option(help: help(DocsCLIText.helpSince)) var since: String = "last"
    @Flag(help: help(DocsCLIText.helpPeek)) var peek = false
    @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            let (actor, _) = try ctx.actor()
            guard let member = actor.memberID else { throw DocsCLIText.notAMemberForNews(actor.name) }
            let zone = ctx.environment.clock.timeZone
            let now = ctx.environment.clock.now
            var from: Date
            var sinceText: String
            let sinceLastLook = ["last", "dernier"].contains(since.lowercased())
            if sinceLastLook {
                if let marker = ctx.store.newsMarker(for: member) {
                    from = marker.date
                    sinceText = DocsText.dateTime(marker.date, ctx.language, timeZone: zone)
                } else {
                    from = now.addingTimeInterval(-7 * 86_400)
                    sinceText = DocsCLIText.firstNews(ctx.language)
                }
            } else if let day = Day.parse(since) {
                var calendar = Calendar(identifier: .gregorian)
                calendar.timeZone = zone
                from = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day)) ?? now
                sinceText = day.formatted(ctx.language)
            } else if let date = Clock.parse(since) {
                from = date
                sinceText = DocsText.dateTime(date, ctx.language, timeZone: zone)
            } else {
                _ = try ArgumentReader.day(since)
                return
            }
            let history = try ctx.store.history()
            let files = try ctx.store.documentationFiles()
            var authors: [String: String] = [:]
            for d in files.documents.documents { if let a = d.meta.author { authors[d.path] = a } }
            let digest = NewsDigest.build(events: history.events, board: ctx.board, member: member, since: from, comments: files.comments.comments, documentAuthors: authors)
            ctx.say(format == .json ? DocsJSON.news(digest, board: ctx.board, timeZone: zone)
                                    : DocsText.news(digest, board: ctx.board, sinceText: sinceText, language: ctx.language, style: ctx.style, timeZone: zone))
            if format != .json, let n = ctx.store.unpushedBoardWork(), n > 0 { ctx.say(SyncText.unpushedReminder(n)(ctx.language)) }
            if !peek && sinceLastLook {
                try ctx.store.saveNewsMarker(NewsMarker(date: now, commit: history.head), for: member)
            }
        }
    }
}

enum RemindFormat: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, json
}

struct RemindCommand: JalonCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remind", abstract: DocsCLIText.helpRemind(helpLanguage)) }
    @OptionGroup var global: GlobalOptions
    @Option(help: help(DocsCLIText.helpDays)) var days: Int = 3
    @Option(help: help(DocsCLIText.helpRemindMember)) var member: String?
    @Option(help: help(DocsCLIText.helpRemindFormat)) var format: RemindFormat = .text

    func run() throws {
        try withBoard(global) { ctx in
            guard (0...365).contains(days) else { throw DocsCLIText.badDays(days) }
            var memberID: String?
            if let member {
                guard let m = ctx.board.settings.member(member) else { throw ActionError.unknownMember(member, ctx.board.settings.members.map(\.id)) }
                memberID = m.id
            }
            let files = try ctx.store.documentationFiles()
            let digest = ReminderDigest.build(board: ctx.board, documents: files.documents.documents, comments: files.comments.comments,
                                              today: ctx.today, days: days, member: memberID, late: try ctx.lateness())
            switch format {
            case .json: ctx.say(DocsJSON.reminders(digest))
            case .markdown: ctx.say(DocsText.remindersDocument(digest, board: ctx.board, language: ctx.language).markdown())
            case .text: ctx.say(DocsText.reminders(digest, board: ctx.board, language: ctx.language, style: ctx.style))
            }
            if format != .json, let n = ctx.store.unpushedBoardWork(), n > 0 { ctx.say(SyncText.unpushedReminder(n)(ctx.language)) }
        }
    }
}
