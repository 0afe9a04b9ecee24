import BoardCore

/// Texts of the commands a team expects (issue 14.5): list edits, delete, sort, log filters,
/// meeting actions, spec status, the early-start warning.
extension CLIText {

    static let helpRemoveAssignee = Text("team.helpRemoveAssignee")
    static let helpUnassignAlias = Text("team.helpUnassignAlias")
    static let helpAddLabel = Text("team.helpAddLabel")
    static let helpRemoveLabel = Text("team.helpRemoveLabel")
    static let helpAddDepends = Text("team.helpAddDepends")
    static let helpRemoveDepends = Text("team.helpRemoveDepends")
    static let helpTaskDelete = Text("team.helpTaskDelete")
    static let helpForceDelete = Text("team.helpForceDelete")
    static let helpSort = Text("team.helpSort")
    static let helpReverse = Text("team.helpReverse")
    static let helpListLimit = Text("team.helpListLimit")
    static let helpLogMember = Text("team.helpLogMember")
    static let helpLogSince = Text("team.helpLogSince")
    static let helpLogUntil = Text("team.helpLogUntil")

    static func taskDeleted(_ id: String, _ title: String, _ commit: String) -> Text {
        Text("team.taskDeleted", ["id": id, "title": title, "commit": commit])
    }
    static let alsoChanged = Text("team.alsoChanged")
    static func moreTasks(_ n: Int, _ total: Int) -> Text {
        Text("team.moreTasks", ["n": n, "total": total])
    }
    static func badSortField(_ s: String) -> Text {
        Text("team.badSortField", ["s": s])
    }
    static let sortFieldHint = Text("team.sortFieldHint")
    static func badLimit(_ n: Int) -> Text { Text("team.badLimit", ["n": n]) }
    static func logUntilBeforeSince(_ since: String, _ until: String) -> Text {
        Text("team.logUntilBeforeSince", ["until": until, "since": since])
    }
    static let noLogMatch = Text("team.noLogMatch")
    static func startedEarly(_ id: String, _ status: String, _ dependency: String, _ depStatus: String) -> Text {
        Text("team.startedEarly", ["id": id, "status": status, "dependency": dependency, "depStatus": depStatus])
    }
    static func startedBeforeStart(_ id: String, _ status: String, _ dependency: String) -> Text {
        Text("team.startedBeforeStart", ["id": id, "status": status, "dependency": dependency])
    }

    static let helpSpecStatus = Text("team.helpSpecStatus")
    static let helpSpecStatusValue = Text("team.helpSpecStatusValue")
    static let specVersionNeedsStatus = Text("team.specVersionNeedsStatus")
    static let specStatusHint = Text("team.specStatusHint")
    static func specStatusIs(_ status: String, _ version: String) -> Text {
        Text("team.specStatusIs", ["status": status, "version": version])
    }
    static func specStatusSet(_ from: String, _ to: String, _ commit: String) -> Text {
        Text("team.specStatusSet", ["from": from, "to": to, "commit": commit])
    }
    static let helpMeetingAction = Text("team.helpMeetingAction")
    static let helpMeetingActionAdd = Text("team.helpMeetingActionAdd")
    static let helpActionWhat = Text("team.helpActionWhat")
    static let helpActionWho = Text("team.helpActionWho")
    static let helpActionDue = Text("team.helpActionDue")
    static func meetingActionAdded(_ meeting: String, _ what: String, _ who: String, _ due: String?, _ commit: String) -> Text {
        Text("team.meetingActionAdded", ["meeting": meeting, "what": what, "who": who, "commit": commit,
                                         "due": due.map { Text("team.meetingActionDue", ["due": $0]) } ?? Text("language.empty")])
    }
    static func actionOwnerOutside(_ who: String) -> Text {
        Text("team.actionOwnerOutside", ["who": who])
    }
}
