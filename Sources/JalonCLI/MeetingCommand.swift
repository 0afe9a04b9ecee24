// `jalon meeting`: meeting minutes and their actions.
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct MeetingCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "meeting", abstract: DocsCLIText.helpMeeting(helpLanguage), subcommands: [New.self, Actions.self, Action.self, List.self, Show.self]), of: Self.self)
    }

    struct New: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingNew(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(DocsCLIText.helpMeetingDate)) var date: String?
        @Option(help: help(DocsCLIText.helpAttendees)) var attendees: [String] = []
        @Option(help: help(DocsCLIText.helpGuests)) var guest: [String] = []
        @Option(help: help(DocsCLIText.helpMeetingTemplate)) var template: String = "reunion-hebdo"
        @Option(help: help(DocsCLIText.helpMeetingTitle)) var title: String?

        func run() throws {
            try withBoard(global) { ctx in
                let (actor, _) = try ctx.actor()
                var draft = MeetingDraft(date: try date.map(ArgumentReader.day) ?? ctx.today)
                draft.attendees = commaList(attendees)
                draft.guests = guest.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                draft.title = title
                draft.template = try DocsCommands.template(template, ctx)
                var onDay = ctx
                onDay.statusDate = draft.date
                draft.lateTasks = Set(try onDay.lateness().days.keys)
                let (minutes, outcome) = try ctx.store.newMeeting(draft, actor: actor)
                ctx.say(DocsCLIText.meetingCreated(minutes.id.description, ctx.store.prefix + minutes.path, outcome.commit.short)(ctx.language))
            }
        }
    }

    static func find(_ key: String, _ ctx: CommandContext) throws -> (MeetingMinutes, DocumentationFiles) {
        if ItemID(key) == nil { try rejectOutside(key); try ctx.store.confine(key.hasPrefix(MeetingMinutes.folder + "/") ? key : MeetingMinutes.folder + "/" + key) }
        let files = try ctx.store.documentationFiles()
        let all = files.meetings.minutes
        if let id = ItemID(key), let m = all.first(where: { $0.id == id }) { return (m, files) }
        let path = key.hasPrefix(MeetingMinutes.folder + "/") ? key : MeetingMinutes.folder + "/" + key
        if let m = all.first(where: { $0.path == path || $0.path == path + ".md" }) { return (m, files) }
        throw DocsError.unknownMeeting(key)
    }

    struct Actions: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingActions(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpMeetingKey)) var meeting: String
        @Flag(help: help(DocsCLIText.helpCreateTasks)) var createTasks = false
        @Option(help: help(CLIText.helpWith)) var with: [String] = []
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                if createTasks {
                    let (actor, co) = try ctx.actor(with: commaList(with))
                    let (minutes, tasks, outcome) = try ctx.store.createActionTasks(ctx.boardKey(meeting), actor: actor, coAuthors: co)
                    ctx.say(DocsCLIText.tasksCreated(tasks.map(\.id.description).joined(separator: ", "), minutes.id.description, outcome.commit.short)(ctx.language))
                    let board = try ctx.store.load()
                    if format == .json {
                        ctx.say(DocsJSON.render(.object(["meeting": .string(minutes.id.description), "actions": .array(minutes.actions.map { DocsJSON.action($0, board: board) })])))
                    } else {
                        ctx.say(DocsText.actionTable(minutes, board: board, language: ctx.language, style: ctx.style))
                    }
                    return
                }
                let (minutes, _) = try MeetingCommand.find(ctx.boardKey(meeting), ctx)
                if format == .json {
                    ctx.say(DocsJSON.render(.object(["meeting": .string(minutes.id.description), "actions": .array(minutes.actions.map { DocsJSON.action($0, board: ctx.board) })])))
                } else {
                    ctx.say(DocsText.actionTable(minutes, board: ctx.board, language: ctx.language, style: ctx.style))
                }
            }
        }
    }

    struct Action: JalonCommand {
        static var configuration: CommandConfiguration {
            TypedCommands.narrowed(CommandConfiguration(abstract: CLIText.helpMeetingAction(helpLanguage), subcommands: [Add.self]), of: Self.self)
        }

        struct Add: JalonCommand {
            static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMeetingActionAdd(helpLanguage)) }
            @OptionGroup var global: GlobalOptions
            @Argument(help: help(DocsCLIText.helpMeetingKey)) var meeting: String
            @Argument(help: help(CLIText.helpActionWhat)) var what: String
            @Option(help: help(CLIText.helpActionWho)) var who: String
            @Option(help: help(CLIText.helpActionDue)) var due: String?

            func run() throws {
                try withBoard(global, scope: .settings) { ctx in
                    let day = try due.map(ArgumentReader.day)
                    let (actor, _) = try ctx.actor()
                    let (minutes, action, outcome) = try ctx.store.addMeetingAction(ctx.boardKey(meeting), who: who, what: what, due: day, actor: actor)
                    ctx.say(CLIText.meetingActionAdded(minutes.id.description, action.what, action.who, action.due?.formatted(ctx.language), outcome.commit.short)(ctx.language))
                    if ctx.board.settings.member(action.who) == nil { ctx.say(CLIText.actionOwnerOutside(action.who)(ctx.language)) }
                }
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingList(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let minutes = try ctx.store.documentationFiles().meetings.minutes
                ctx.say(format == .json ? DocsJSON.meetings(minutes, board: ctx.board) : DocsText.meetingList(minutes, board: ctx.board, language: ctx.language, style: ctx.style))
            }
        }
    }

    struct Show: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: DocsCLIText.helpMeetingShow(helpLanguage)) }
        @OptionGroup var global: GlobalOptions
        @Argument(help: help(DocsCLIText.helpMeetingKey)) var meeting: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let (minutes, files) = try MeetingCommand.find(ctx.boardKey(meeting), ctx)
                let comments = files.comments.thread(minutes.id.description)
                ctx.say(format == .json ? DocsJSON.render(DocsJSON.meeting(minutes, board: ctx.board, body: true, comments: comments))
                                        : DocsText.meetingDetail(minutes, comments: comments, board: ctx.board, language: ctx.language, style: ctx.style, timeZone: ctx.environment.clock.timeZone))
            }
        }
    }
}
