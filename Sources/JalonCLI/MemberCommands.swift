import ArgumentParser
import BoardCore
import BoardStore
import Reports

struct MemberCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "member", abstract: CLIText.helpMember(helpLanguage), subcommands: [Add.self, Edit.self, Away.self, List.self]), of: Self.self)
    }

    struct Add: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMemberAdd(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpMemberID)) var id: String
        @Option(help: help(CLIText.helpMemberName)) var name: String
        @Option(help: help(CLIText.helpMemberEmail)) var email: [String] = []
        @Option(help: help(CLIText.helpMemberRole)) var role: String?
        @Option(help: help(CLIText.helpMemberCode)) var code: String?
        @Option(help: help(CLIText.helpHoursPerDay)) var hoursPerDay: Double?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let emails = commaList(email)
                guard !emails.isEmpty, emails.allSatisfy({ $0.contains("@") }) else {
                    throw JalonError(.invalidInput, Text("cli.add.noValidEmail"),
                                     hint: Text("cli.add.runHint"))
                }
                let (actor, _) = try ctx.actor()
                var member = Member(id: id, code: code?.uppercased() ?? "", name: name, emails: emails, role: role)
                member.hoursPerDay = try hoursPerDay.map(ArgumentReader.hours)
                let (added, outcome) = try ctx.store.addMember(member, actor: actor)
                ctx.say(CLIText.memberAdded(added.name, added.id, added.code, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Edit: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMemberEdit(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpMemberID)) var id: String
        @Option(help: help(CLIText.helpMemberName)) var name: String?
        @Option(help: help(CLIText.helpMemberEmail)) var email: [String] = []
        @Option(help: help(CLIText.helpMemberRole)) var role: String?
        @Option(help: help(CLIText.helpHoursPerDay)) var hoursPerDay: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let (actor, _) = try ctx.actor()
                var hours: Double??
                if let hoursPerDay {
                    hours = ["none", "-", "aucun"].contains(hoursPerDay.lowercased()) ? .some(nil) : try ArgumentReader.hours(Double(hoursPerDay.replacingOccurrences(of: ",", with: ".")) ?? -1)
                }
                let (m, outcome) = try ctx.store.editMember(id, name: name, role: role, addEmails: commaList(email), hoursPerDay: hours, actor: actor)
                ctx.say(CLIText.memberEdited(m.name, m.id, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Away: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMemberAway(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpMemberID)) var id: String
        @Argument(help: help(CLIText.helpFrom)) var from: String
        @Argument(help: help(CLIText.helpTo)) var to: String?
        @Option(help: help(CLIText.helpReason)) var reason: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let period = try ArgumentReader.period(from, to, name: reason)
                let (actor, _) = try ctx.actor()
                let (m, outcome) = try ctx.store.addAbsence(member: id, period, actor: actor)
                ctx.say(CLIText.absenceAdded(m.name, period.from.formatted(ctx.language), period.to.formatted(ctx.language), outcome.commit.short)(ctx.language))
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMemberList(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                ctx.say(format == .json ? BoardJSON.members(ctx.board) : BoardText.memberList(ctx.board, language: ctx.language, style: ctx.style))
            }
        }
    }
}

struct MilestoneCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "milestone", abstract: CLIText.helpMilestone(helpLanguage), subcommands: [Add.self, Edit.self, List.self]), of: Self.self)
    }

    struct Add: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMilestoneAdd(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpTitle)) var title: String
        @Option(help: help(CLIText.helpMilestoneDate)) var date: String?
        @Option(help: help(CLIText.helpDepends)) var depends: [String] = []

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let day = try date.map(ArgumentReader.day)
                let deps = try ArgumentReader.dependencies(depends)
                let (actor, _) = try ctx.actor()
                let (m, outcome) = try ctx.store.addMilestone(title: title, date: day, depends: deps, actor: actor)
                ctx.say(CLIText.milestoneAdded(m.id.description, m.title, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Edit: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMilestoneEdit(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Option(help: help(CLIText.helpTitle)) var title: String?
        @Option(help: help(CLIText.helpMilestoneDate)) var date: String?

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let itemID = try ctx.itemID(id, kind: .milestone)
                let day: Day?? = try date.map { try ArgumentReader.optionalDay($0) }
                let (actor, _) = try ctx.actor()
                let (m, outcome) = try ctx.store.editMilestone(itemID, title: title, date: day, actor: actor)
                ctx.say(CLIText.milestoneEdited(m.id.description, m.title, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpMilestoneList(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                ctx.say(format == .json ? BoardJSON.milestones(ctx.board) : BoardText.milestoneList(ctx.board, language: ctx.language, today: ctx.today, style: ctx.style, schedule: try ctx.forecast().schedule))
            }
        }
    }
}
