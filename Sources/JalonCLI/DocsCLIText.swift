// The help texts and confirmations of the documentation commands (spec, doc, meeting, comment,
// news, remind, merge).
import ArgumentParser
import BoardCore
import BoardStore
import Foundation
import Reports

/// Help texts and confirmations of the documentation commands.
enum DocsCLIText {
    static let helpSpec = Text("docsCmd.helpSpec")
    static let helpSpecInit = Text("docsCmd.helpSpecInit")
    static let helpSpecShow = Text("docsCmd.helpSpecShow")
    static let helpSpecCheck = Text("docsCmd.helpSpecCheck")
    static let helpSpecLink = Text("docsCmd.helpSpecLink")
    static let helpMarkdown = Text("docsCmd.helpMarkdown")
    static let helpDeliverable = Text("docsCmd.helpDeliverable")
    static let helpItems = Text("docsCmd.helpItems")
    static let helpDoc = Text("docsCmd.helpDoc")
    static let helpDocNew = Text("docsCmd.helpDocNew")
    static let helpDocList = Text("docsCmd.helpDocList")
    static let helpDocTree = Text("docsCmd.helpDocTree")
    static let helpDocShow = Text("docsCmd.helpDocShow")
    static let helpDocStatus = Text("docsCmd.helpDocStatus")
    static let helpDocRename = Text("docsCmd.helpDocRename")
    static let helpDocCheck = Text("docsCmd.helpDocCheck")
    static let helpDocKey = Text("docsCmd.helpDocKey")
    static let helpDocTemplate = Text("docsCmd.helpDocTemplate")
    static let helpFolder = Text("docsCmd.helpFolder")
    static let helpFileName = Text("docsCmd.helpFileName")
    static let helpTag = Text("docsCmd.helpTag")
    static let helpAttach = Text("docsCmd.helpAttach")
    static let helpDocStatusValue = Text("docsCmd.helpDocStatusValue")
    static let helpVersion = Text("docsCmd.helpVersion")
    static let helpFilterDocStatus = Text("docsCmd.helpFilterDocStatus")
    static let helpNewName = Text("docsCmd.helpNewName")
    static let helpMeeting = Text("docsCmd.helpMeeting")
    static let helpMeetingNew = Text("docsCmd.helpMeetingNew")
    static let helpMeetingActions = Text("docsCmd.helpMeetingActions")
    static let helpMeetingList = Text("docsCmd.helpMeetingList")
    static let helpMeetingShow = Text("docsCmd.helpMeetingShow")
    static let helpMeetingKey = Text("docsCmd.helpMeetingKey")
    static let helpMeetingDate = Text("docsCmd.helpMeetingDate")
    static let helpAttendees = Text("docsCmd.helpAttendees")
    static let helpGuests = Text("docsCmd.helpGuests")
    static let helpMeetingTemplate = Text("docsCmd.helpMeetingTemplate")
    static let helpMeetingTitle = Text("docsCmd.helpMeetingTitle")
    static let helpCreateTasks = Text("docsCmd.helpCreateTasks")
    static let helpComment = Text("docsCmd.helpComment")
    static let helpCommentAdd = Text("docsCmd.helpCommentAdd")
    static let helpCommentList = Text("docsCmd.helpCommentList")
    static let helpItem = Text("docsCmd.helpItem")
    static let helpCommentText = Text("docsCmd.helpCommentText")
    static let helpNews = Text("docsCmd.helpNews")
    static let helpSince = Text("docsCmd.helpSince")
    static let helpPeek = Text("docsCmd.helpPeek")
    static let helpRemind = Text("docsCmd.helpRemind")
    static let helpDays = Text("docsCmd.helpDays")
    static let helpRemindMember = Text("docsCmd.helpRemindMember")
    static let helpRemindFormat = Text("docsCmd.helpRemindFormat")
    static let helpMerge = Text("docsCmd.helpMerge")
    static let helpRef = Text("docsCmd.helpRef")

    static func specCreated(_ path: String, _ commit: String) -> Text { Text("docsCmd.specCreated", ["path": path, "commit": commit]) }
    static func specLinked(_ d: String, _ items: String, _ commit: String) -> Text { Text("docsCmd.specLinked", ["d": d, "items": items, "commit": commit]) }
    static func specOK(_ sections: Int, _ deliverables: Int) -> Text { Text("docsCmd.specOK", ["sections": sections, "deliverables": deliverables]) }
    static func docCreated(_ id: String, _ path: String, _ commit: String) -> Text { Text("docsCmd.docCreated", ["id": id, "path": path, "commit": commit]) }
    static func docStatus(_ id: String, _ from: String, _ to: String, _ commit: String) -> Text { Text("docsCmd.docStatus", ["id": id, "from": from, "to": to, "commit": commit]) }
    static func docValidated(_ by: String, _ at: String) -> Text { Text("docsCmd.docValidated", ["by": by, "at": at]) }
    static func docUnchanged(_ id: String) -> Text { Text("docsCmd.docUnchanged", ["id": id]) }
    static func docRenamed(_ from: String, _ to: String, _ commit: String) -> Text { Text("docsCmd.docRenamed", ["from": from, "to": to, "commit": commit]) }
    static func docsOK(_ n: Int) -> Text { Text("docsCmd.docsOK", ["n": n]) }
    static func meetingCreated(_ id: String, _ path: String, _ commit: String) -> Text { Text("docsCmd.meetingCreated", ["id": id, "path": path, "commit": commit]) }
    static func tasksCreated(_ ids: String, _ meeting: String, _ commit: String) -> Text { Text("docsCmd.tasksCreated", ["ids": ids, "meeting": meeting, "commit": commit]) }
    static func commentAdded(_ item: String, _ path: String, _ mentions: [String], _ commit: String) -> Text {
        let m = mentions.isEmpty ? "" : " — " + mentions.map { "@" + $0 }.joined(separator: ", ")
        return Text("docsCmd.commentAdded", ["item": item, "m": m, "path": path, "commit": commit])
    }
    static let upToDate = Text("docsCmd.upToDate")
    static func fastForward(_ commit: String, _ n: Int) -> Text { Text("docsCmd.fastForward", ["commit": commit, "n": n]) }
    static func merged(_ commit: String, _ n: Int) -> Text { Text("docsCmd.merged", ["commit": commit, "n": n]) }
    static func mergedWithBodyConflicts(_ commit: String, _ n: Int) -> Text { Text("docsCmd.mergedWithBodyConflicts", ["commit": commit, "n": n]) }
    static func notAMemberForNews(_ name: String) -> JalonError {
        JalonError(.invalidInput, Text("docsCmd.notAMemberForNews", ["name": name]),
                   hint: Text("docsCmd.notAMemberForNewsHint"))
    }
    static let firstNews = Text("docsCmd.firstNews")
    static func badDays(_ n: Int) -> JalonError { JalonError(.invalidInput, Text("docsCmd.badDays", ["n": n]), hint: Text("docsCmd.badDaysHint")) }
}

