import BoardCore
import Foundation
import Git

/// New meeting minutes, as given on the command line.
public struct MeetingDraft: Sendable {
    public var date: Day
    public var title: String?
    public var attendees: [String] = []
    public var guests: [String] = []
    public var template: DocumentTemplate?
    /// The tasks late on `date`, by the forecast (Planning decides what is late; this module
    /// only lists them).
    public var lateTasks: Set<ItemID> = []

    public init(date: Day) { self.date = date }
}

extension BoardStore {
    /// Writes new minutes `meetings/<date>-<slug>.md` from a template, with an agenda
    /// pre-filled from the board.
    public func newMeeting(_ draft: MeetingDraft, actor: Identity) throws -> (MeetingMinutes, CommitOutcome) {
        var created: MeetingMinutes?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            let L = settings.language
            try checkMembers(draft.attendees, settings)
            let attendees = canonicalMembers(draft.attendees, settings)
            let files = try documentationFiles(at: head)
            let typed = draft.title?.trimmingCharacters(in: .whitespaces) ?? ""
            let title = !typed.isEmpty ? typed : (draft.template?.title ?? Text("agenda.defaultTitle")(L))
            var path = MeetingMinutes.path(date: draft.date, title: title)
            var n = 2
            while files.paths.contains(path) || (homeIsCheckedOut && FileManager.default.fileExists(atPath: (folder ?? "") + path)) {
                path = String(MeetingMinutes.path(date: draft.date, title: title).dropLast(3)) + "-\(n).md"
                n += 1
            }
            let id = ItemID.next(kind: .meeting, code: docsCode(of: actor, in: settings), after: try knownIDs(of: .meeting, base: head))
            var minutes = MeetingMinutes(id: id, title: title, date: draft.date, path: path)
            minutes.attendees = attendees
            minutes.guests = draft.guests
            minutes.author = authorName(actor)
            let agenda = MeetingAgenda.markdown(board: board, previous: files.meetings.minutes, date: draft.date, late: draft.lateTasks, language: L)
            let names = attendees.map { settings.member($0)?.name ?? $0 }
            let values = [
                "title": title, "date": draft.date.formatted(L), "id": id.description, "name": settings.name,
                "attendees": names.isEmpty ? "…" : names.joined(separator: ", "),
                "guests": draft.guests.isEmpty ? Text("agenda.noGuests")(L) : draft.guests.joined(separator: ", "),
                "author": actor.memberID.flatMap { settings.member($0)?.name } ?? actor.name,
                "agenda": agenda,
            ]
            let body = draft.template.map { $0.render(values) } ?? Text("agenda.body", ["title": title, "date": draft.date, "agenda": agenda])(L)
            minutes.body = BoardStore.fillRemainingPlaceholders(body)
            created = minutes
            return ([path: .text(MeetingCodec.encode(minutes))],
                    CommitMessage(subject: DocsActionText.meetingAdded(id.description, title, draft.date)(L), action: "meeting-new", items: [id.description, path]))
        }
        return (created!, try required(outcome))
    }

    /// The minutes named by an id (`R-A1`) or a path, as committed at `head`.
    func meeting(_ key: String, in files: DocumentationFiles) throws -> MeetingMinutes {
        let (all, problems) = files.meetings
        if let id = ItemID(key), id.kind == .meeting {
            if let m = all.first(where: { $0.id == id }) { return m }
            // A file whose header cannot be read may still be the one asked for.
            for path in files.paths where path.hasPrefix(MeetingMinutes.folder + "/") {
                if let text = files.texts[path], BoardStore.headerID(text, kind: .meeting) == id {
                    throw DocsError.brokenMeeting(prefix + path, problems.filter { $0.file == path }, prefix: prefix)
                }
            }
        }
        let path = key.hasPrefix(MeetingMinutes.folder + "/") ? key : MeetingMinutes.folder + "/" + key
        try confine(path)
        if let m = all.first(where: { $0.path == path || $0.path == path + ".md" }) { return m }
        throw DocsError.unknownMeeting(key)
    }

    /// Turns each action item without a task into a task assigned to its member, due on its date,
    /// and writes the task's id back on the action — all in one commit.
    public func createActionTasks(_ key: String, actor: Identity, coAuthors: [Identity] = []) throws -> (MeetingMinutes, [BoardTask], CommitOutcome) {
        var result: (MeetingMinutes, [BoardTask])?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            let L = settings.language
            let files = try documentationFiles(at: head)
            var minutes = try meeting(key, in: files)
            // Minutes that do not check (an impossible date, an unknown `who:`…) are not turned
            // into tasks nor rewritten: the rewrite would drop what could not be read.
            let problems = (files.meetings.diagnostics + DocumentationCheck.meetingConsistency([minutes], board: board))
                .filter { $0.file == minutes.path && $0.severity == .error }
            if !problems.isEmpty { throw DocsError.brokenMeeting(prefix + minutes.path, problems, prefix: prefix) }
            var known = try knownIDs(base: head)
            var tasks: [BoardTask] = []
            let code = docsCode(of: actor, in: settings)
            for i in minutes.actions.indices where minutes.actions[i].task == nil {
                let action = minutes.actions[i]
                let id = ItemID.next(kind: .task, code: code, after: known)
                known.insert(id)
                var task = BoardTask(id: id, title: action.what, status: settings.statuses.first ?? "todo")
                if let m = settings.member(action.who) { task.assignees = [m.id] }
                task.due = action.due
                if let s = board.settings.start, let due = task.due, due < s { task.due = nil }
                let day = minutes.date?.formatted(L) ?? "?"
                let given = task.assignees.isEmpty && !action.who.isEmpty ? Text("agenda.actionGivenTo", ["who": action.who]) : Text("language.empty")
                task.body = Text("agenda.actionTaskBody", ["day": day, "id": minutes.id, "path": minutes.path, "given": given])(L)
                task.extra = [ExtraField(key: "meeting", yaml: "meeting: \(minutes.id)\n")]
                minutes.actions[i].task = id
                tasks.append(task)
            }
            if tasks.isEmpty { throw DocsError.noActions }
            var writes: [String: FileContent?] = [minutes.path: .text(MeetingCodec.encode(minutes))]
            for t in tasks { writes[t.path] = .text(TaskCodec.encode(t)) }
            result = (minutes, tasks)
            let ids = tasks.map(\.id.description)
            return (writes, CommitMessage(subject: DocsActionText.meetingTasks(minutes.id.description, ids)(L), action: "meeting-actions",
                                          items: [minutes.id.description] + ids, coAuthors: coAuthors))
        }
        return (result!.0, result!.1, try required(outcome))
    }
}

extension BoardStore {
    /// Adds an action item (who does what by when) to the minutes named by `key`, in one commit.
    /// `who` is a member id (written as the member's id) or the name of someone outside the team.
    public func addMeetingAction(_ key: String, who: String, what: String, due: Day?, actor: Identity) throws -> (MeetingMinutes, ActionItem, CommitOutcome) {
        var result: (MeetingMinutes, ActionItem)?
        let outcome = try commitFiles(as: actor) { board, head in
            let settings = try writableSettings(board)
            let text = what.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { throw ActionError.emptyTitle }
            let person = who.trimmingCharacters(in: .whitespaces)
            guard !person.isEmpty else { throw DocsError.noActionOwner }
            let files = try documentationFiles(at: head)
            var minutes = try meeting(key, in: files)
            // Rewriting minutes that do not read cleanly would drop what could not be read.
            let problems = files.meetings.diagnostics.filter { $0.file == minutes.path && $0.severity == .error }
            if !problems.isEmpty { throw DocsError.brokenMeeting(prefix + minutes.path, problems, prefix: prefix) }
            // The same rule as `jalon check`: a member, or a guest of this meeting.
            let isGuest = minutes.guests.contains { $0 == person || $0.hasPrefix(person + " (") }
            guard settings.member(person) != nil || isGuest else { throw DocsError.unknownActionOwner(person, settings.members.map(\.id), minutes.guests) }
            let action = ActionItem(who: settings.member(person)?.id ?? person, what: text, due: due)
            minutes.actions.append(action)
            result = (minutes, action)
            return ([minutes.path: .text(MeetingCodec.encode(minutes))],
                    CommitMessage(subject: DocsActionText.meetingActionAdded(minutes.id.description, text)(settings.language), action: "meeting-action-add",
                                  items: [minutes.id.description]))
        }
        return (result!.0, result!.1, try required(outcome))
    }
}
