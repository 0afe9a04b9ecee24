import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

struct TaskCommand: JalonCommand {
    static var configuration: CommandConfiguration {
        TypedCommands.narrowed(CommandConfiguration(commandName: "task", abstract: CLIText.helpTask(helpLanguage),
                                                    subcommands: [Add.self, Move.self, Done.self, Edit.self, Delete.self, List.self, Show.self, TaskHistoryCommand.self]), of: Self.self)
    }

    struct Add: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskAdd(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpTitle)) var title: String
        @Option(help: help(CLIText.helpAssign)) var assign: [String] = []
        @Option(help: help(CLIText.helpEstimate)) var estimate: String?
        @Option(help: help(CLIText.helpDuration)) var duration: String?
        @Option(help: help(CLIText.helpStartDay)) var start: String?
        @Option(help: help(CLIText.helpDue)) var due: String?
        @Option(help: help(CLIText.helpDepends)) var depends: [String] = []
        @Option(help: help(CLIText.helpMilestoneRef)) var milestone: String?
        @Option(help: help(CLIText.helpLabel)) var label: [String] = []
        @Option(help: help(CLIText.helpStatus)) var status: String?
        @Option(help: help(CLIText.helpProgress)) var progress: Int?
        @Option(help: help(CLIText.helpDescription)) var description: String?
        @Option(help: help(CLIText.helpWith)) var with: [String] = []

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                var draft = TaskDraft(title: title)
                draft.assignees = commaList(assign)
                draft.estimate = try estimate.map(ArgumentReader.effort)
                draft.duration = try duration.map(ArgumentReader.effort)
                draft.start = try start.map(ArgumentReader.day)
                draft.due = try due.map(ArgumentReader.day)
                if let s = draft.start, let d = draft.due, d < s {
                    throw JalonError(.invalidInput, Text("cli.add.dueBeforeStart", ["iso": d.iso, "iso2": s.iso]))
                }
                draft.depends = try ArgumentReader.dependencies(depends)
                draft.milestone = try milestone.map { try ctx.itemID($0, kind: .milestone) }
                draft.labels = commaList(label)
                draft.status = try status.map { try ArgumentReader.status($0, ctx.board.settings) }
                draft.progress = try progress.map(ArgumentReader.progress)
                draft.description = description
                let (actor, co) = try ctx.actor(with: commaList(with))
                let (task, outcome) = try ctx.store.addTask(draft, actor: actor, coAuthors: co)
                ctx.say(CLIText.taskAdded(task.id.description, task.title, outcome.commit.short)(ctx.language))
            }
        }
    }

    struct Move: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskMove(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Argument(help: help(CLIText.helpStatus)) var status: String
        @Option(help: help(CLIText.helpWith)) var with: [String] = []

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                var edit = TaskEdit()
                edit.status = try ArgumentReader.status(status, ctx.board.settings)
                try apply(edit, to: id, action: "task-move", with: with, ctx)
            }
        }
    }

    struct Done: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskDone(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Option(help: help(CLIText.helpWith)) var with: [String] = []

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                var edit = TaskEdit()
                edit.status = ctx.board.settings.doneStatus
                try apply(edit, to: id, action: "task-done", with: with, ctx)
            }
        }
    }

    struct Edit: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskEdit(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Option(help: help(CLIText.helpTitle)) var title: String?
        @Option(help: help(CLIText.helpAssignReplace)) var assign: [String] = []
        @Option(help: help(CLIText.helpAddAssignee)) var addAssignee: [String] = []
        @Option(help: help(CLIText.helpRemoveAssignee)) var removeAssignee: [String] = []
        @Option(help: help(CLIText.helpUnassignAlias)) var unassign: [String] = []
        @Option(help: help(CLIText.helpEstimateClear)) var estimate: String?
        @Option(help: help(CLIText.helpDurationClear)) var duration: String?
        @Option(help: help(CLIText.helpDateClear)) var start: String?
        @Option(help: help(CLIText.helpDateClear)) var due: String?
        @Option(help: help(CLIText.helpDependsReplace)) var depends: [String] = []
        @Option(help: help(CLIText.helpAddDepends)) var addDepends: [String] = []
        @Option(help: help(CLIText.helpRemoveDepends)) var removeDepends: [String] = []
        @Option(help: help(CLIText.helpMilestoneClear)) var milestone: String?
        @Option(help: help(CLIText.helpLabelsReplace)) var label: [String] = []
        @Option(help: help(CLIText.helpAddLabel)) var addLabel: [String] = []
        @Option(help: help(CLIText.helpRemoveLabel)) var removeLabel: [String] = []
        @Option(help: help(CLIText.helpProgress)) var progress: Int?
        @Option(help: help(CLIText.helpDescription)) var description: String?
        @Option(help: help(CLIText.helpStatus)) var status: String?
        @Option(help: help(CLIText.helpWith)) var with: [String] = []

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                var edit = TaskEdit()
                edit.title = title
                if !assign.isEmpty { edit.assignees = commaList(assign).filter { !Self.isNone($0) } }
                edit.addAssignees = commaList(addAssignee)
                edit.removeAssignees = commaList(removeAssignee + unassign)
                if let estimate { edit.estimate = Self.isNone(estimate) ? .some(nil) : try ArgumentReader.effort(estimate) }
                if let duration { edit.duration = Self.isNone(duration) ? .some(nil) : try ArgumentReader.effort(duration) }
                if let start { edit.start = .some(try ArgumentReader.optionalDay(start)) }
                if let due { edit.due = .some(try ArgumentReader.optionalDay(due)) }
                if !depends.isEmpty { edit.depends = commaList(depends).allSatisfy(Self.isNone) ? [] : try ArgumentReader.dependencies(depends.filter { !Self.isNone($0) }) }
                if let milestone { edit.milestone = Self.isNone(milestone) ? .some(nil) : try ctx.itemID(milestone, kind: .milestone) }
                edit.addDepends = try ArgumentReader.dependencies(addDepends)
                edit.removeDepends = try commaList(removeDepends).map { try ctx.itemID($0) }
                if !label.isEmpty { edit.labels = commaList(label).filter { !Self.isNone($0) } }
                edit.addLabels = commaList(addLabel)
                edit.removeLabels = commaList(removeLabel)
                if let progress { edit.progress = try ArgumentReader.progress(progress) }
                edit.description = description
                edit.status = try status.map { try ArgumentReader.status($0, ctx.board.settings) }
                try apply(edit, to: id, action: "task-edit", with: with, ctx)
            }
        }

        static func isNone(_ s: String) -> Bool { ["none", "aucun", "aucune", "-"].contains(s.lowercased()) }
    }

    struct Delete: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskDelete(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Flag(help: help(CLIText.helpForceDelete)) var force = false

        func run() throws {
            try withBoard(global, scope: .settings) { ctx in
                let itemID = try ctx.itemID(id, kind: .task)
                let (actor, _) = try ctx.actor()
                let (task, references, outcome) = try ctx.store.deleteTask(itemID, force: force, actor: actor)
                ctx.say(CLIText.taskDeleted(task.id.description, task.title, outcome.commit.short)(ctx.language))
                if !references.isEmpty {
                    ctx.say(CLIText.alsoChanged(ctx.language))
                    for r in references { ctx.say("  - " + r.removal(pathPrefix: ctx.store.prefix)(ctx.language)) }
                }
            }
        }
    }

    struct List: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskList(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Option(help: help(CLIText.helpFilterStatus)) var status: String?
        @Option(help: help(CLIText.helpFilterAssignee)) var assignee: String?
        @Option(help: help(CLIText.helpFilterMilestone)) var milestone: String?
        @Option(help: help(CLIText.helpFilterLabel)) var label: String?
        @Option(help: help(CLIText.helpSort)) var sort: String?
        @Flag(help: help(CLIText.helpReverse)) var reverse = false
        @Option(help: help(CLIText.helpListLimit)) var limit: Int?
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let settings = ctx.board.settings
                let status = try self.status.map { try ArgumentReader.status($0, settings) }
                if let assignee, settings.member(assignee) == nil { throw ActionError.unknownMember(assignee, settings.members.map(\.id)) }
                let milestoneID = try milestone.map { try ctx.itemID($0, kind: .milestone) }
                let memberID = assignee.flatMap { settings.member($0)?.id }
                if let limit, limit < 1 { throw JalonError(.invalidInput, CLIText.badLimit(limit), hint: nil) }
                let field = try sort.map { text in
                    guard let f = TaskSortField(word: text) else { throw JalonError(.invalidInput, CLIText.badSortField(text), hint: CLIText.sortFieldHint) }
                    return f
                }
                var tasks = ctx.board.tasks.filter { t in
                    (status == nil || t.status == status)
                        && (memberID == nil || t.assignees.contains(memberID!))
                        && (milestoneID == nil || t.milestone == milestoneID)
                        && (label == nil || t.labels.contains(label!))
                }
                if let field { tasks = field.sorted(tasks, settings: settings) }
                if reverse { tasks.reverse() }
                let total = tasks.count
                if let limit, tasks.count > limit { tasks = Array(tasks.prefix(limit)) }
                if format == .json {
                    ctx.say(BoardJSON.taskList(tasks, board: ctx.board))
                    return
                }
                ctx.say(BoardText.taskList(tasks, board: ctx.board, language: ctx.language, today: ctx.today, style: ctx.style, late: try ctx.lateness()))
                if total > tasks.count { ctx.say(CLIText.moreTasks(total - tasks.count, total)(ctx.language)) }
            }
        }
    }

    struct Show: JalonCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: CLIText.helpTaskShow(helpLanguage)) }

        @OptionGroup var global: GlobalOptions
        @Argument(help: help(CLIText.helpID)) var id: String
        @Option(help: help(CLIText.helpFormat)) var format: OutputFormat = .text

        func run() throws {
            try withBoard(global) { ctx in
                let itemID = try ctx.itemID(id, kind: .task)
                guard let task = ctx.board.task(itemID) else {
                    if ctx.board.skippedFiles.contains(BoardTask.path(for: itemID)) {
                        throw ActionError.brokenFile(ctx.store.prefix + BoardTask.path(for: itemID),
                                                     ctx.board.diagnostics.filter { $0.file == BoardTask.path(for: itemID) }, prefix: ctx.store.prefix)
                    }
                    throw ActionError.unknownItem(itemID.description)
                }
                // The task whole: the meetings that link it, its comments, its history in short
                // (the same for the text and the JSON).
                var around = TaskSurroundings()
                let files = try ctx.store.documentationFiles()
                around.meetings = TaskSurroundings.meetings(linking: task, in: files.meetings.minutes)
                around.comments = files.comments.thread(task.id.description)
                around.steps = ContributionsActivity.steps(of: task.id.description, in: try ctx.store.history())
                if format == .json {
                    ctx.say(BoardJSON.taskWhole(task, around, board: ctx.board, language: ctx.language))
                    return
                }
                ctx.say(BoardText.taskWholeDocument(task, around, board: ctx.board, language: ctx.language, today: ctx.today, unicode: ctx.style.unicode,
                                                    late: try ctx.lateness(), timeZone: ctx.environment.clock.timeZone).text(style: ctx.style))
            }
        }
    }
}

/// What `task list --sort` orders by. Tasks without a value come last; ties keep id order.
enum TaskSortField: String, CaseIterable {
    case id, title, status, assignee, milestone, start, due, estimate, progress

    private static let words: [String: TaskSortField] = [
        "titre": .title, "statut": .status, "membre": .assignee, "assigne": .assignee, "assignee": .assignee, "assignees": .assignee,
        "jalon": .milestone, "debut": .start, "echeance": .due, "charge": .estimate, "avancement": .progress,
    ]

    init?(word: String) {
        let folded = word.trimmingCharacters(in: .whitespaces).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        guard let f = TaskSortField(rawValue: folded) ?? Self.words[folded] else { return nil }
        self = f
    }

    func sorted(_ tasks: [BoardTask], settings: BoardSettings) -> [BoardTask] {
        func key(_ t: BoardTask) -> [String]? {
            switch self {
            case .id: return [t.id.code, String(format: "%09d", t.id.number)]
            case .title: return [t.title.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)]
            case .status: return [String(format: "%04d", settings.statuses.firstIndex(of: t.status) ?? 9999)]
            case .assignee: return t.assignees.first.map { [$0] }
            case .milestone: return t.milestone.map { [$0.code, String(format: "%09d", $0.number)] }
            case .start: return t.start.map { [$0.iso] }
            case .due: return t.due.map { [$0.iso] }
            case .estimate: return t.estimate.map { [String(format: "%015.3f", $0.days)] }
            case .progress: return [String(format: "%03d", t.progress ?? (t.status == settings.doneStatus ? 100 : 0))]
            }
        }
        let byID = tasks.sorted { ($0.id.code, $0.id.number) < ($1.id.code, $1.id.number) }
        let keyed = byID.enumerated().map { (offset: $0.offset, task: $0.element, key: key($0.element)) }
        return keyed.sorted { a, b in
            switch (a.key, b.key) {
            case let (x?, y?): return x != y ? x.lexicographicallyPrecedes(y) : a.offset < b.offset
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.offset < b.offset
            }
        }.map(\.task)
    }
}

/// Applies a task edit and prints what happened.
private func apply(_ edit: TaskEdit, to idText: String, action: String, with: [String], _ ctx: CommandContext) throws {
    let id = try ctx.itemID(idText, kind: .task)
    let (actor, co) = try ctx.actor(with: commaList(with))
    let (task, changed, outcome) = try ctx.store.editTask(id, edit, action: action, actor: actor, coAuthors: co)
    if let outcome {
        let text = changed == ["status"] || (changed.contains("status") && action != "task-edit")
            ? CLIText.taskUpdated(task.id.description, task.title, StatusWords.task(task.status, ctx.language), outcome.commit.short)
            : CLIText.taskEdited(task.id.description, task.title, changed.map { Catalog.fieldName($0)(ctx.language) }.joined(separator: ", "), outcome.commit.short)
        ctx.say(text(ctx.language))
        if changed.contains("status"), task.status != ctx.board.settings.statuses.first { try warnStartedEarly(task, status: task.status, ctx) }
    } else {
        ctx.say(CLIText.taskUnchanged(task.id.description)(ctx.language))
    }
}


/// A task that starts (leaves the board's first status) before what it waits for: a
/// finish-to-start dependency not done, or a start-to-start one not started. Said on standard
/// error, since the move itself is the team's call.
private func warnStartedEarly(_ task: BoardTask, status: String, _ ctx: CommandContext) throws {
    let targets = task.depends.filter { $0.target.kind == .task }
    guard !targets.isEmpty else { return }
    let settings = ctx.board.settings
    let board = try ctx.store.load(scope: .items(targets.map(\.target)))
    let shown = StatusWords.task(status, ctx.language)
    for d in targets {
        guard let other = board.task(d.target) else { continue }
        switch d.kind {
        case .finishToStart where other.status != settings.doneStatus:
            ctx.environment.printError(CLIText.warningPrefix(ctx.language)
                + CLIText.startedEarly(task.id.description, shown, other.id.description, StatusWords.task(other.status, ctx.language))(ctx.language))
        case .startToStart where other.status == settings.statuses.first:
            ctx.environment.printError(CLIText.warningPrefix(ctx.language) + CLIText.startedBeforeStart(task.id.description, shown, other.id.description)(ctx.language))
        default: continue
        }
    }
}
