import BoardCore
import Reports

/// The command line's own texts (help, confirmations), in French and English.
enum CLIText {

    // MARK: Help
    static let abstract = Text("cli.abstract")
    static let discussion = Text("cli.discussion")
    static let helpBoard = Text("cli.helpBoard")
    static let helpLang = Text("cli.helpLang")
    static let helpAs = Text("cli.helpAs")
    static let helpASCII = Text("cli.helpASCII")
    static let helpNoColor = Text("cli.helpNoColor")
    static let helpWidth = Text("cli.helpWidth")
    static let helpFormat = Text("cli.helpFormat")
    static let helpBoardAll = Text("cli.helpBoardAll")
    static let helpInit = Text("cli.helpInit")
    static let helpBoardName = Text("cli.helpBoardName")
    static let helpStart = Text("cli.helpStart")
    static let helpEnd = Text("cli.helpEnd")
    static let helpTemplate = Text("cli.helpTemplate")
    static let helpStatuses = Text("cli.helpStatuses")
    static let helpBoardView = Text("cli.helpBoardView")
    static let helpCheck = Text("cli.helpCheck")
    static let helpLog = Text("cli.helpLog")
    static let helpLimit = Text("cli.helpLimit")
    static let helpMember = Text("cli.helpMember")
    static let helpMemberAdd = Text("cli.helpMemberAdd")
    static let helpMemberList = Text("cli.helpMemberList")
    static let helpMemberID = Text("cli.helpMemberID")
    static let helpMemberName = Text("cli.helpMemberName")
    static let helpMemberEmail = Text("cli.helpMemberEmail")
    static let helpMemberRole = Text("cli.helpMemberRole")
    static let helpMemberCode = Text("cli.helpMemberCode")
    static let helpMilestone = Text("cli.helpMilestone")
    static let helpMilestoneAdd = Text("cli.helpMilestoneAdd")
    static let helpMilestoneEdit = Text("cli.helpMilestoneEdit")
    static let helpMilestoneList = Text("cli.helpMilestoneList")
    static let helpMilestoneDate = Text("cli.helpMilestoneDate")
    static let helpTitle = Text("cli.helpTitle")
    static let helpID = Text("cli.helpID")
    static let helpTask = Text("cli.helpTask")
    static let helpTaskAdd = Text("cli.helpTaskAdd")
    static let helpTaskMove = Text("cli.helpTaskMove")
    static let helpTaskDone = Text("cli.helpTaskDone")
    static let helpTaskEdit = Text("cli.helpTaskEdit")
    static let helpTaskList = Text("cli.helpTaskList")
    static let helpTaskShow = Text("cli.helpTaskShow")
    static let helpAssign = Text("cli.helpAssign")
    static let helpAssignReplace = Text("cli.helpAssignReplace")
    static let helpAddAssignee = Text("cli.helpAddAssignee")
    static let helpUnassign = Text("cli.helpUnassign")
    static let helpEstimate = Text("cli.helpEstimate")
    static let helpEstimateClear = Text("cli.helpEstimateClear")
    static let helpDuration = Text("cli.helpDuration")
    static let helpDurationClear = Text("cli.helpDurationClear")
    static let helpStartDay = Text("cli.helpStartDay")
    static let helpDue = Text("cli.helpDue")
    static let helpDateClear = Text("cli.helpDateClear")
    static let helpDepends = Text("cli.helpDepends")
    static let helpDependsReplace = Text("cli.helpDependsReplace")
    static let helpMilestoneRef = Text("cli.helpMilestoneRef")
    static let helpMilestoneClear = Text("cli.helpMilestoneClear")
    static let helpLabel = Text("cli.helpLabel")
    static let helpLabelsReplace = Text("cli.helpLabelsReplace")
    static let helpStatus = Text("cli.helpStatus")
    static let helpProgress = Text("cli.helpProgress")
    static let helpDescription = Text("cli.helpDescription")
    static let helpWith = Text("cli.helpWith")
    static let helpFilterStatus = Text("cli.helpFilterStatus")
    static let helpFilterAssignee = Text("cli.helpFilterAssignee")
    static let helpFilterMilestone = Text("cli.helpFilterMilestone")
    static let helpFilterLabel = Text("cli.helpFilterLabel")
    static let helpDemo = Text("cli.helpDemo")
    static let helpDemoToEnd = Text("cli.helpDemoToEnd")
    static let helpDemoDir = Text("cli.helpDemoDir")

    static let helpCalendar = Text("cli.helpCalendar")
    static let helpAddHoliday = Text("cli.helpAddHoliday")
    static let helpCalendarList = Text("cli.helpCalendarList")
    static let helpFrom = Text("cli.helpFrom")
    static let helpTo = Text("cli.helpTo")
    static let helpHolidayName = Text("cli.helpHolidayName")
    static let helpMemberEdit = Text("cli.helpMemberEdit")
    static let helpMemberAway = Text("cli.helpMemberAway")
    static let helpReason = Text("cli.helpReason")
    static let helpHoursPerDay = Text("cli.helpHoursPerDay")
    static let helpBaseline = Text("cli.helpBaseline")
    static let helpBaselineSave = Text("cli.helpBaselineSave")
    static let helpBaselineList = Text("cli.helpBaselineList")
    static let helpBaselineName = Text("cli.helpBaselineName")

    static let helpPlan = Text("cli.helpPlan")
    static let helpGantt = Text("cli.helpGantt")
    static let helpLoad = Text("cli.helpLoad")
    static let helpAt = Text("cli.helpAt")
    static let helpLevel = Text("cli.helpLevel")
    static let helpAgainst = Text("cli.helpAgainst")
    static let helpGanttBy = Text("cli.helpGanttBy")
    static let helpFromDate = Text("cli.helpFromDate")
    static let helpToDate = Text("cli.helpToDate")
    static let helpScale = Text("cli.helpScale")
    static let helpBaselineBars = Text("cli.helpBaselineBars")
    static let helpGanttFormat = Text("cli.helpGanttFormat")

    static let helpReport = Text("cli.helpReport")

    // MARK: Messages
    static func badLanguage(_ l: String) -> Text { Text("cli.badLanguage", ["l": l]) }
    static let badWidth = Text("cli.badWidth", ["maxWidth": TerminalStyle.maxWidth])
    static let errorPrefix = Text("cli.errorPrefix")
    static let warningPrefix = Text("cli.warningPrefix")
    static func repositoryCreated(_ path: String) -> Text { Text("cli.repositoryCreated", ["path": path]) }
    static func boardCreated(_ name: String, _ folder: String, _ branch: String, _ commit: String) -> Text {
        Text("cli.boardCreated", ["name": name, "folder": folder, "branch": branch, "commit": commit])
    }
    static let nextStepsAfterInit = Text("cli.nextStepsAfterInit")
    static func memberAdded(_ name: String, _ id: String, _ code: String, _ commit: String) -> Text {
        Text("cli.memberAdded", ["name": name, "id": id, "code": code, "commit": commit])
    }
    static func milestoneAdded(_ id: String, _ title: String, _ commit: String) -> Text {
        Text("cli.milestoneAdded", ["id": id, "title": title, "commit": commit])
    }
    static func milestoneEdited(_ id: String, _ title: String, _ commit: String) -> Text {
        Text("cli.milestoneEdited", ["id": id, "title": title, "commit": commit])
    }
    static func taskAdded(_ id: String, _ title: String, _ commit: String) -> Text {
        Text("cli.taskAdded", ["id": id, "title": title, "commit": commit])
    }
    static func taskUpdated(_ id: String, _ title: String, _ status: String, _ commit: String) -> Text {
        Text("cli.taskUpdated", ["id": id, "title": title, "status": status, "commit": commit])
    }
    static func taskEdited(_ id: String, _ title: String, _ fields: String, _ commit: String) -> Text {
        Text("cli.taskEdited", ["id": id, "title": title, "fields": fields, "commit": commit])
    }
    static func holidayAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text {
        Text("cli.holidayAdded", ["name": name, "from": from, "to": to, "commit": commit])
    }
    static func absenceAdded(_ name: String, _ from: String, _ to: String, _ commit: String) -> Text {
        Text("cli.absenceAdded", ["name": name, "from": from, "to": to, "commit": commit])
    }
    static func memberEdited(_ name: String, _ id: String, _ commit: String) -> Text {
        Text("cli.memberEdited", ["name": name, "id": id, "commit": commit])
    }
    static func baselineSaved(_ name: String, _ tag: String, _ commit: String) -> Text {
        Text("cli.baselineSaved", ["name": name, "tag": tag, "commit": commit])
    }
    static func taskUnchanged(_ id: String) -> Text { Text("cli.taskUnchanged", ["id": id]) }
    /// A negative amount (`-2h`): said the same way whether the parser saw it as an argument
    /// or, after `--`, the amount reader did.
    static func negativeAmount(_ shown: String) -> Text {
        Text("cli.negativeAmount", ["shown": shown])
    }
    static let negativeAmountHint = Text("cli.negativeAmountHint")
    static func negativeArgument(_ n: Int, _ shown: String) -> Text {
        Text("cli.negativeArgument", ["n": n, "negativeAmount": negativeAmount(shown), "negativeAmountHint": negativeAmountHint])
    }
    static func controlInArgument(_ n: Int, _ shown: String, _ code: UInt32) -> Text {
        let hex = String(code, radix: 16, uppercase: true)
        let u = "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        return Text("cli.controlInArgument", ["n": n, "shown": shown, "u": u])
    }
    static func fileSkipped(_ problem: String) -> Text {
        Text("cli.fileSkipped", ["problem": problem])
    }
    static func fileReadWithErrors(_ problem: String) -> Text {
        Text("cli.fileReadWithErrors", ["problem": problem])
    }
    static func flaggedSummary(_ count: Int) -> Text {
        Text("cli.flaggedSummary", ["countCount": count])
    }
    static func checkOK(_ tasks: Int, _ milestones: Int, _ members: Int) -> Text {
        Text("cli.checkOK", ["tasks": tasks, "milestones": milestones, "members": members])
    }
    static func checkSummary(_ errors: Int, _ warnings: Int) -> Text {
        Text("cli.checkSummary", ["errors": errors, "warnings": warnings])
    }
    static let emptyLog = Text("cli.emptyLog")
    static func demoLineFailed(_ line: Int, _ command: String, _ detail: String) -> Text {
        Text("cli.demoLineFailed", ["line": line, "command": command, "detail": detail])
    }
    static func scenarioBadLine(_ line: Int, _ text: String) -> Text {
        Text("cli.scenarioBadLine", ["line": line, "text": text])
    }
    static func demoDirNotEmpty(_ path: String) -> Text { Text("cli.demoDirNotEmpty", ["path": path]) }
    static let demoDirHint = Text("cli.demoDirHint")
    static func demoSummary(_ name: String, _ commits: Int, _ authors: Int, _ from: String, _ to: String, _ path: String) -> Text {
        Text("cli.demoSummary", ["name": name, "commits": commits, "authors": authors, "from": from, "to": to, "path": path])
    }
    static func demoToday(_ day: String, _ partial: Bool) -> Text {
        partial
            ? Text("cli.demoTodayPartial", ["day": day])
            : Text("cli.demoTodayWhole", ["day": day])
    }
    static func demoForecast(_ end: String, _ late: [String]) -> Text {
        let list = late.joined(separator: ", ")
        switch late.count {
        case 0: return Text("cli.demoForecastNothingLate", ["end": end])
        case 1: return Text("cli.demoForecastOneLate", ["end": end, "list": list])
        default: return Text("cli.demoForecastSeveralLate", ["end": end, "lateCount": late.count, "list": list])
        }
    }
    static func demoNext(_ path: String, _ day: String) -> Text {
        Text("cli.demoNext", ["day": day, "path": path])
    }
}
