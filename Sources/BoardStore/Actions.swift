import BoardCore
import Foundation
import Git

/// The fields of a new task, as given on the command line.
public struct TaskDraft: Sendable {
    public var title: String
    public var status: String?
    public var assignees: [String] = []
    public var milestone: ItemID?
    public var start: Day?
    public var due: Day?
    public var estimate: Effort?
    public var duration: Effort?
    public var depends: [Dependency] = []
    public var progress: Int?
    public var labels: [String] = []
    public var description: String?

    public init(title: String) { self.title = title }
}

/// Changes to an existing task; nil leaves a field alone, `.some(nil)` clears it.
public struct TaskEdit: Sendable {
    public var title: String?
    public var status: String?
    public var assignees: [String]?
    public var addAssignees: [String] = []
    public var removeAssignees: [String] = []
    public var milestone: ItemID??
    public var start: Day??
    public var due: Day??
    public var estimate: Effort??
    public var duration: Effort??
    public var depends: [Dependency]?
    public var addDepends: [Dependency] = []
    public var removeDepends: [ItemID] = []
    public var progress: Int??
    public var labels: [String]?
    public var addLabels: [String] = []
    public var removeLabels: [String] = []
    public var description: String?

    public init() {}

    /// Whether the edit touches dependencies (which needs the whole graph, for cycles).
    var editsDependencies: Bool { depends != nil || !addDepends.isEmpty || !removeDepends.isEmpty }
}

/// The use cases that change a board. Each one is a single commit authored by the actor.
extension BoardStore {
    /// Who is acting: `--as MEMBER`, else Git's identity (`GIT_AUTHOR_NAME`/`GIT_AUTHOR_EMAIL`,
    /// then `user.name`/`user.email`), mapped to a member by email when it is one.
    /// `--as MEMBER` makes the member the author and keeps the real user as the committer
    /// (`GIT_COMMITTER_NAME`/`GIT_COMMITTER_EMAIL`, then `user.name`/`user.email`, as Git does);
    /// with no such identity it is refused, so nobody can act for someone else anonymously.
    public func actor(asMember memberID: String?, board: Board, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Identity {
        // An unreadable jalon.yml is not an empty member list: acting on it would number new
        // items as an outsider's (T-X1) and attribute them to no one.
        if let problem = board.settingsProblem { throw StoreError.unreadableSettings(problem, prefix: prefix) }
        if let memberID {
            guard let member = board.settings.member(memberID) else { throw ActionError.unknownMember(memberID, board.settings.members.map(\.id)) }
            let email = member.emails.first ?? "\(member.id)@jalon.invalid"
            var userName = environment["GIT_COMMITTER_NAME"]
            var userEmail = environment["GIT_COMMITTER_EMAIL"]
            if userName == nil || userEmail == nil, let configured = repository.configuredIdentity() {
                userName = userName ?? configured.name
                userEmail = userEmail ?? configured.email
            }
            guard let userName, let userEmail, !userName.isEmpty, !userEmail.isEmpty else { throw ActionError.noIdentityForAs(member.id) }
            let same = member.emails.contains { $0.lowercased() == userEmail.lowercased() }
            return Identity(name: member.name, email: email, memberID: member.id,
                            actingUser: same ? nil : Identity.ActingUser(name: userName, email: userEmail))
        }
        var name = environment["GIT_AUTHOR_NAME"]
        var email = environment["GIT_AUTHOR_EMAIL"]
        if name == nil || email == nil, let configured = repository.configuredIdentity() {
            name = name ?? configured.name
            email = email ?? configured.email
        }
        guard let name, let email, !name.isEmpty, !email.isEmpty else { throw ActionError.noIdentity }
        let member = board.settings.member(email: email)
        return Identity(name: name, email: email, memberID: member?.id)
    }

    /// The co-authors named by `--with`, each a member.
    public func coAuthors(_ ids: [String], board: Board, actor: Identity) throws -> [Identity] {
        var out: [Identity] = []
        for id in ids {
            guard let m = board.settings.member(id) else { throw ActionError.unknownMember(id, board.settings.members.map(\.id)) }
            if m.id == actor.memberID || out.contains(where: { $0.memberID == m.id }) { continue }
            out.append(Identity(name: m.name, email: m.emails.first ?? "\(m.id)@jalon.invalid", memberID: m.id))
        }
        return out
    }

    /// Creates the board: writes `jalon.yml` (and a template's milestones and tasks) in one commit.
    public func initialize(settings: BoardSettings, template: BoardTemplate?, actor: Identity) throws -> CommitOutcome {
        let outcome = try commit(as: actor) { board, _ in
            if board.settingsReadable || !board.tasks.isEmpty { throw StoreError.boardExists(prefix.isEmpty ? "." : prefix) }
            var settings = settings
            var writes: [String: String?] = [:]
            if let template {
                settings.statuses = template.statuses ?? settings.statuses
                settings.workdays = template.workdays ?? settings.workdays
                for m in template.milestones(start: settings.start, language: settings.language) { writes[m.path] = MilestoneCodec.encode(m) }
                for t in template.tasks(start: settings.start, language: settings.language, status: settings.statuses.first ?? "todo") { writes[t.path] = TaskCodec.encode(t) }
            }
            writes[BoardSettings.fileName] = SettingsCodec.encode(settings)
            // Plain `git pull` merges board files through Jalon's merge driver (`jalon setup`).
            let attributes = try committedAttributes()
            if !MergeDriverSetup.declares(attributes) { writes[".gitattributes"] = MergeDriverSetup.adding(to: attributes) }
            return Change(writes: writes, message: CommitMessage(subject: ActionText.initSubject(settings.name)(settings.language), action: "board-init"))
        }
        guard let outcome else { throw StoreError.boardExists(prefix) }
        return outcome
    }

    public func addMember(_ member: Member, actor: Identity) throws -> (Member, CommitOutcome) {
        var added = member
        let outcome = try commit(as: actor, scope: .settings) { board, _ in
            var settings = try writableSettings(board)
            guard Member.isValidID(member.id) else { throw ActionError.badMemberID(member.id) }
            if settings.member(member.id) != nil { throw ActionError.memberExists(member.id) }
            for e in member.emails {
                if let other = settings.member(email: e) { throw ActionError.emailTaken(e, other.id) }
            }
            let taken = Set(settings.members.map(\.code))
            if added.code.isEmpty { added.code = MemberCode.propose(for: member.id, taken: taken) }
            guard MemberCode.isValid(added.code), !taken.contains(added.code), added.code != MemberCode.outsider else { throw ActionError.codeTaken(added.code) }
            settings.members.append(added)
            return Change(writes: [BoardSettings.fileName: SettingsCodec.encode(settings)],
                          message: CommitMessage(subject: ActionText.memberAdded(added.name, added.id)(settings.language), action: "member-add", items: [added.id]))
        }
        return (added, try required(outcome))
    }

    public func addMilestone(title: String, date: Day?, depends: [Dependency], actor: Identity) throws -> (Milestone, CommitOutcome) {
        var created: Milestone?
        let outcome = try commit(as: actor, scope: .settings) { board, head in
            let settings = try writableSettings(board)
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty else { throw ActionError.emptyTitle }
            try checkTargets(depends.map(\.target), in: board)
            let id = ItemID.next(kind: .milestone, code: code(of: actor, in: settings), after: try knownIDs(base: head))
            var m = Milestone(id: id, title: title, date: date)
            m.depends = depends
            created = m
            return Change(writes: [m.path: MilestoneCodec.encode(m)],
                          message: CommitMessage(subject: ActionText.milestoneAdded(id.description, title)(settings.language), action: "milestone-add", items: [id.description]))
        }
        return (created!, try required(outcome))
    }

    public func editMilestone(_ id: ItemID, title: String?, date: Day??, actor: Identity) throws -> (Milestone, CommitOutcome) {
        var edited: Milestone?
        let outcome = try commit(as: actor, scope: .items([id])) { board, _ in
            let settings = try writableSettings(board)
            try requireReadable(Milestone.path(for: id), board)
            guard var m = board.milestone(id) else { throw ActionError.unknownItem(id.description) }
            if let title { m.title = title }
            if let date { m.date = date }
            edited = m
            return Change(writes: [m.path: MilestoneCodec.encode(m)],
                          message: CommitMessage(subject: ActionText.milestoneEdited(id.description, m.title)(settings.language), action: "milestone-edit", items: [id.description]))
        }
        return (edited!, try required(outcome))
    }

    public func addTask(_ draft: TaskDraft, actor: Identity, coAuthors: [Identity]) throws -> (BoardTask, CommitOutcome) {
        var created: BoardTask?
        let outcome = try commit(as: actor, scope: .settings) { board, head in
            let settings = try writableSettings(board)
            let title = draft.title.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !title.isEmpty else { throw ActionError.emptyTitle }
            let status = draft.status ?? settings.statuses.first ?? "todo"
            try checkStatus(status, settings)
            try checkMembers(draft.assignees, settings)
            if let m = draft.milestone { try checkTargets([m], in: board) }
            try checkTargets(draft.depends.map(\.target), in: board)
            let id = ItemID.next(kind: .task, code: code(of: actor, in: settings), after: try knownIDs(base: head))
            var task = BoardTask(id: id, title: title, status: status)
            task.assignees = canonicalMembers(draft.assignees, settings)
            task.milestone = draft.milestone
            task.start = draft.start
            task.due = draft.due
            task.estimate = draft.estimate
            task.duration = draft.duration
            task.depends = draft.depends
            task.progress = draft.progress
            task.labels = draft.labels
            if let d = draft.description, !d.isEmpty { task.body = d.hasSuffix("\n") ? d : d + "\n" }
            created = task
            return Change(writes: [task.path: TaskCodec.encode(task)],
                          message: CommitMessage(subject: ActionText.taskAdded(id.description, title)(settings.language), action: "task-add", items: [id.description], coAuthors: coAuthors))
        }
        return (created!, try required(outcome))
    }

    /// Applies `edit` to task `id`. Returns the task as written, the names of the fields that
    /// changed, and the commit (nil when nothing changed).
    public func editTask(_ id: ItemID, _ edit: TaskEdit, action: String = "task-edit", actor: Identity, coAuthors: [Identity]) throws -> (task: BoardTask, changed: [String], outcome: CommitOutcome?) {
        var result: BoardTask?
        var changedFields: [String] = []
        // A new dependency needs the whole graph to rule out a cycle; other edits need one file.
        let outcome = try commit(as: actor, scope: edit.editsDependencies ? .all : .items([id])) { board, _ in
            let settings = try writableSettings(board)
            try requireReadable(BoardTask.path(for: id), board)
            guard let before = board.task(id) else { throw ActionError.unknownItem(id.description) }
            var task = before
            if let title = edit.title {
                let t = title.trimmingCharacters(in: .whitespacesAndNewlines)
                guard !t.isEmpty else { throw ActionError.emptyTitle }
                task.title = t
            }
            if let status = edit.status {
                try checkStatus(status, settings)
                task.status = status
                if status == settings.doneStatus { task.progress = 100 }
            }
            if let a = edit.assignees { try checkMembers(a, settings); task.assignees = canonicalMembers(a, settings) }
            if !edit.addAssignees.isEmpty {
                try checkMembers(edit.addAssignees, settings)
                for a in canonicalMembers(edit.addAssignees, settings) where !task.assignees.contains(a) { task.assignees.append(a) }
            }
            for a in edit.removeAssignees {
                guard let m = settings.member(a), task.assignees.contains(m.id) else {
                    throw ActionError.notInList(id.description, a, .assignees, task.assignees)
                }
                task.assignees.removeAll { $0 == m.id }
            }
            if let m = edit.milestone { if let m { try checkTargets([m], in: board) }; task.milestone = m }
            if let s = edit.start { task.start = s }
            if let d = edit.due { task.due = d }
            if let e = edit.estimate { task.estimate = e }
            if let e = edit.duration { task.duration = e }
            if let p = edit.progress { task.progress = p }
            if let l = edit.labels { task.labels = l }
            for l in edit.addLabels where !task.labels.contains(l) { task.labels.append(l) }
            for l in edit.removeLabels {
                guard task.labels.contains(l) else { throw ActionError.notInList(id.description, l, .labels, task.labels) }
                task.labels.removeAll { $0 == l }
            }
            if let d = edit.description { task.body = d.isEmpty ? "" : (d.hasSuffix("\n") ? d : d + "\n") }
            if edit.editsDependencies {
                var deps = edit.depends ?? task.depends
                for d in edit.addDepends {
                    if let i = deps.firstIndex(where: { $0.target == d.target }) { deps[i] = d } else { deps.append(d) }
                }
                for target in edit.removeDepends {
                    guard deps.contains(where: { $0.target == target }) else {
                        throw ActionError.notInList(id.description, target.description, .dependencies, deps.map(\.description))
                    }
                    deps.removeAll { $0.target == target }
                }
                if deps.contains(where: { $0.target == id }) { throw ActionError.cycle("\(id) → \(id)") }
                try checkTargets(deps.map(\.target), in: board)
                task.depends = deps
                var trial = board
                trial.tasks = board.tasks.map { $0.id == id ? task : $0 }
                if let cycle = trial.dependencyCycles().first(where: { $0.contains(id) }) {
                    throw ActionError.cycle((cycle + [cycle[0]]).map(\.description).joined(separator: " → "))
                }
            }
            result = task
            let changed = Self.changedFields(before, task)
            changedFields = changed
            let subject: Text
            if let status = edit.status, status != before.status {
                subject = status == settings.doneStatus
                    ? ActionText.taskDone(id.description, task.title)
                    : ActionText.taskMoved(id.description, task.title, StatusWords.task(before.status, settings.language), StatusWords.task(status, settings.language))
            } else {
                subject = ActionText.taskEdited(id.description, task.title, changed.map { Catalog.fieldName($0)(settings.language) }.joined(separator: ", "))
            }
            let writes: [String: String?] = task == before ? [:] : [task.path: TaskCodec.encode(task)]
            return Change(writes: writes, message: CommitMessage(subject: subject(settings.language), action: action, items: [id.description], coAuthors: coAuthors))
        }
        return (result!, changedFields, outcome)
    }

    static func changedFields(_ a: BoardTask, _ b: BoardTask) -> [String] { BoardTask.changes(from: a, to: b).map(\.field) }

    // MARK: Checks shared by the use cases

    func writableSettings(_ board: Board) throws -> BoardSettings {
        guard board.settingsReadable else {
            throw ActionError.brokenFile(prefix + BoardSettings.fileName, board.diagnostics.filter { $0.file == BoardSettings.fileName }, prefix: prefix)
        }
        return board.settings
    }

    func requireReadable(_ path: String, _ board: Board) throws {
        if board.skippedFiles.contains(path) {
            throw ActionError.brokenFile(prefix + path, board.diagnostics.filter { $0.file == path }, prefix: prefix)
        }
    }

    func code(of actor: Identity, in settings: BoardSettings) -> String {
        actor.memberID.flatMap { settings.member($0)?.code } ?? MemberCode.outsider
    }

    func checkStatus(_ status: String, _ settings: BoardSettings) throws {
        guard settings.statuses.contains(status) else { throw ActionError.unknownStatus(status, settings.statuses) }
    }

    func checkMembers(_ ids: [String], _ settings: BoardSettings) throws {
        for id in ids where settings.member(id) == nil { throw ActionError.unknownMember(id, settings.members.map(\.id)) }
    }

    func canonicalMembers(_ ids: [String], _ settings: BoardSettings) -> [String] {
        var out: [String] = []
        for id in ids { if let m = settings.member(id), !out.contains(m.id) { out.append(m.id) } }
        return out
    }

    func checkTargets(_ ids: [ItemID], in board: Board) throws {
        for id in ids where !board.exists(id) { throw ActionError.unknownItem(id.description) }
    }

    func required(_ outcome: CommitOutcome?) throws -> CommitOutcome {
        guard let outcome else { throw ActionError.nothingToDo }
        return outcome
    }
}
