import BoardCore

/// Why a use case refused to act, in both languages.
public enum ActionError {
    public static func unknownMember(_ id: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text("action.unknownMember3", ["id": id]),
                   hint: known.isEmpty
                       ? Text("action.unknownMember", ["id": id])
                       : Text("action.unknownMember2", ["known": known.joined(separator: ", ")]))
    }
    public static let noIdentity = JalonError(.invalidInput, Text("action.noIdentity"),
                                              hint: Text("action.noIdentityHint"))
    public static func noIdentityForAs(_ member: String) -> JalonError {
        JalonError(.invalidInput, Text("action.noIdentityForAs", ["member": member]),
                   hint: Text("action.noIdentityForAsHint", ["member": member]))
    }
    public static func unknownItem(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text("action.unknownItem", ["id": id]),
                   hint: Text("action.unknownItemHint"))
    }
    public static func badID(_ text: String) -> JalonError {
        JalonError(.invalidInput, Text("action.badID", ["text": text]), hint: Catalog.idHint)
    }
    /// A path given where an id is expected that names no task, milestone, comment, time
    /// booking, minutes or document of the board found.
    public static func notAnItemPath(_ text: String) -> JalonError {
        JalonError(.invalidInput, Text("action.notAnItemPath", ["text": text]),
                   hint: Text("action.notAnItemPathHint"))
    }
    public static func unknownStatus(_ status: String, _ statuses: [String]) -> JalonError {
        JalonError(.invalidInput, Text("action.unknownStatus", ["status": status]),
                   hint: Text("action.unknownStatusHint", ["statuses": Localized { l in statuses.map { StatusWords.task($0, l) }.joined(separator: ", ") }]))
    }
    public static let emptyTitle = JalonError(.invalidInput, Text("action.emptyTitle"),
                                              hint: Text("action.emptyTitleHint"))
    public static func cycle(_ cycle: String) -> JalonError {
        JalonError(.invalidInput, Text("action.cycle", ["cycle": cycle]),
                   hint: Text("action.cycleHint"))
    }
    public static func brokenFile(_ path: String, _ details: [Text]) -> JalonError {
        JalonError(.refused, Text("action.brokenFile", ["path": path]),
                   hint: Text("action.brokenFileHint"),
                   details: details)
    }
    public static func badMemberID(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text("action.badMemberID", ["id": id]),
                   hint: Text("action.badMemberIDHint"))
    }
    public static func memberExists(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text("action.memberExists", ["id": id]), hint: nil)
    }
    public static func emailTaken(_ email: String, _ owner: String) -> JalonError {
        JalonError(.invalidInput, Text("action.emailTaken", ["email": email, "owner": owner]), hint: nil)
    }
    public static func codeTaken(_ code: String) -> JalonError {
        JalonError(.invalidInput, Text("action.codeTaken", ["code": code]),
                   hint: Text("action.codeTakenHint"))
    }
    public static func badBaselineName(_ name: String) -> JalonError {
        JalonError(.invalidInput, Text("action.badBaselineName", ["name": name]),
                   hint: Text("action.badBaselineNameHint"))
    }
    public static func baselineExists(_ name: String) -> JalonError {
        JalonError(.invalidInput, Text("action.baselineExists", ["name": name]),
                   hint: Text("action.baselineExistsHint"))
    }
    public static func unknownBaseline(_ name: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text("action.unknownBaseline3", ["name": name]),
                   hint: known.isEmpty
                       ? Text("action.unknownBaseline")
                       : Text("action.unknownBaseline2", ["known": known.joined(separator: ", ")]))
    }
    public static let emptyBoard = JalonError(.invalidInput, Text("action.emptyBoard"),
                                              hint: Text("action.emptyBoardHint"))
    public static func taskReferenced(_ id: String, _ references: [Text]) -> JalonError {
        JalonError(.refused, Text("action.taskReferenced", ["id": id]),
                   hint: Text("action.taskReferencedHint", ["id": id]),
                   details: references)
    }
    public static func notInList(_ id: String, _ value: String, _ field: Text, _ current: [String]) -> JalonError {
        JalonError(.invalidInput, Text("action.notInList3", ["id": id, "value": value, "field": field]),
                   hint: current.isEmpty ? Text("action.notInList")
                                         : Text("action.notInList2", ["current": current.joined(separator: ", ")]))
    }
    public static let nothingToDo = JalonError(.invalidInput, Text("action.nothingToDo"), hint: nil)
    public static func unknownTemplate(_ name: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text("action.unknownTemplate", ["name": name]),
                   hint: Text("action.unknownTemplateHint", ["known": known.joined(separator: ", ")]))
    }
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
