import BoardCore

/// Why a use case refused to act: one case per reason, with what the reader needs to know.
/// Callers and tests match on the case; the layer that presents it words it (in JalonCLI,
/// `ErrorWording.swift`: message, hint and exit code, in the user's language).
public enum ActionError: Error, Sendable {
    /// A member id the board does not have; `known` are its members' ids.
    case unknownMember(_ id: String, _ known: [String])
    /// Neither Git's identity nor `--as` says who acts.
    case noIdentity
    /// `--as member` given, but the committer (the Git identity) is unknown.
    case noIdentityForAs(_ member: String)
    /// No task or milestone with this id.
    case unknownItem(_ id: String)
    /// Text typed where an id is expected that is no id.
    case badID(_ text: String)
    /// A path given where an id is expected that names no task, milestone, comment, time
    /// booking, minutes or document of the board found.
    case notAnItemPath(_ text: String)
    /// A status the board's workflow does not have; `statuses` are its keys.
    case unknownStatus(_ status: String, _ statuses: [String])
    case emptyTitle
    /// A dependency change that would make a cycle, written `A → B → A`.
    case cycle(_ cycle: String)
    /// The file to change cannot be read (`path` from the repository root); `problems` are its
    /// file:line diagnostics, whose paths are board-relative (`prefix` leads to the board).
    case brokenFile(_ path: String, _ problems: [Diagnostic], prefix: String)
    case badMemberID(_ id: String)
    case memberExists(_ id: String)
    /// The e-mail address belongs to member `owner` already.
    case emailTaken(_ email: String, _ owner: String)
    case codeTaken(_ code: String)
    case badBaselineName(_ name: String)
    case baselineExists(_ name: String)
    /// A baseline name the board does not have; `known` are its baselines.
    case unknownBaseline(_ name: String, _ known: [String])
    /// A command that needs tasks, on a board without any.
    case emptyBoard
    /// A task others still point at; `references` name them, in files below `prefix`.
    case taskReferenced(_ id: String, _ references: [TaskReference], prefix: String)
    /// Removing `value` from a task's list `field` that does not hold it; `current` is the list.
    case notInList(_ id: String, _ value: String, _ field: TaskListField, _ current: [String])
    /// The command would change nothing.
    case nothingToDo
    /// A board template name that does not exist; `known` are the template names.
    case unknownTemplate(_ name: String, _ known: [String])
}

/// A list of a task that `task edit` removes values from.
public enum TaskListField: Sendable {
    case assignees, labels, dependencies
}

/// Commit subjects, in the board's language.
enum ActionText {
    static func period(_ p: Period) -> Text {
        p.from == p.to ? Text("action.periodDay", ["day": p.from]) : Text("action.period", ["from": p.from, "to": p.to])
    }
    static func holidayAdded(_ p: Period) -> Text {
        Text("action.holidayAdded", ["name": p.name.map { Text("action.holidayName", ["name": $0]) } ?? Text("action.holidayUnnamed"), "period": period(p)])
    }
    static func absenceAdded(_ name: String, _ p: Period) -> Text {
        Text("action.absenceAdded", ["name": name, "period": period(p), "reason": p.name.map { " (\($0))" } ?? ""])
    }
    static func memberEdited(_ name: String, _ id: String) -> Text { Text("action.memberEdited", ["name": name, "id": id]) }
    static func initSubject(_ name: String) -> Text { Text("action.initSubject", ["name": name]) }
    static func memberAdded(_ name: String, _ id: String) -> Text { Text("action.memberAdded", ["name": name, "id": id]) }
    static func milestoneAdded(_ id: String, _ title: String) -> Text { Text("action.milestoneAdded", ["id": id, "title": title]) }
    static func milestoneEdited(_ id: String, _ title: String) -> Text { Text("action.milestoneEdited", ["id": id, "title": title]) }
    static func taskAdded(_ id: String, _ title: String) -> Text { Text("action.taskAdded", ["id": id, "title": title]) }
    static func taskMoved(_ id: String, _ title: String, _ from: String, _ to: String) -> Text {
        Text("action.taskMoved", ["id": id, "title": title, "from": from, "to": to])
    }
    static func taskDone(_ id: String, _ title: String) -> Text { Text("action.taskDone", ["id": id, "title": title]) }
    static func taskDeleted(_ id: String, _ title: String) -> Text { Text("action.taskDeleted", ["id": id, "title": title]) }
    static func taskDeletedWithReferences(_ id: String, _ title: String, _ others: String) -> Text {
        Text("action.taskDeletedWithReferences", ["id": id, "title": title, "others": others])
    }
    static func taskEdited(_ id: String, _ title: String, _ fields: String) -> Text {
        Text("action.taskEdited", ["id": id, "title": title, "fields": fields])
    }
}
