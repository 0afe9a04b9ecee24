import BoardCore

/// Why a documentation use case refused to act, in both languages: what is wrong, and what to do.
public enum DocsError {
    public static func linkOutsideBoard(_ path: String, _ target: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.linkOutsideBoard", ["path": path, "target": target]),
                   hint: Text("docsError.linkOutsideBoardHint"))
    }
    public static func writeThroughLink(_ path: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.writeThroughLink", ["path": path]),
                   hint: Text("docsError.writeThroughLinkHint"))
    }
    public static let noSpec = JalonError(.invalidInput, Text("docsError.noSpec"),
                                          hint: Text("docsError.noSpecHint"))
    public static let specExists = JalonError(.refused, Text("docsError.specExists"),
                                              hint: Text("docsError.specExistsHint"))
    public static func unknownTemplate(_ name: String, _ known: [String]) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unknownTemplate", ["name": name]),
                   hint: Text("docsError.unknownTemplateHint", ["known": known.joined(separator: ", "), "name": name]))
    }
    public static func unknownDocument(_ key: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unknownDocument", ["key": key]),
                   hint: Text("docsError.unknownDocumentHint"))
    }
    public static func documentExists(_ path: String) -> JalonError {
        JalonError(.refused, Text("docsError.documentExists", ["path": path]),
                   hint: Text("docsError.documentExistsHint"))
    }
    public static func badDocumentStatus(_ status: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.badDocumentStatus", ["status": status]), hint: Catalog.documentStatusHint)
    }
    public static func documentWithoutID(_ path: String) -> JalonError {
        JalonError(.refused, Text("docsError.documentWithoutID", ["path": path]),
                   hint: Text("docsError.documentWithoutIDHint"))
    }
    public static func badFileName(_ name: String, _ suggested: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.badFileName", ["name": name]),
                   hint: Text("docsError.badFileNameHint", ["suggested": suggested]))
    }
    public static func unreadableAttachment(_ path: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unreadableAttachment", ["path": path]),
                   hint: Text("docsError.unreadableAttachmentHint"))
    }
    public static func unknownMeeting(_ key: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unknownMeeting", ["key": key]),
                   hint: Text("docsError.unknownMeetingHint"))
    }
    public static func brokenMeeting(_ path: String, _ details: [Text]) -> JalonError {
        JalonError(.refused, Text("docsError.brokenMeeting", ["path": path]),
                   hint: Text("docsError.brokenMeetingHint"),
                   details: details)
    }
    public static let noActions = JalonError(.invalidInput, Text("docsError.noActions"),
                                             hint: Text("docsError.noActionsHint"))
    public static let noActionOwner = JalonError(.invalidInput, Text("docsError.noActionOwner"),
                                                 hint: Text("docsError.noActionOwnerHint"))
    public static func unknownActionOwner(_ who: String, _ members: [String], _ guests: [String]) -> JalonError {
        let known = (members + guests).joined(separator: ", ")
        return JalonError(.invalidInput, Text("docsError.unknownActionOwner", ["who": who]),
                          hint: Text("docsError.unknownActionOwnerHint", ["known": known]))
    }
    public static let emptyComment = JalonError(.invalidInput, Text("docsError.emptyComment"),
                                                hint: Text("docsError.emptyCommentHint"))
    public static func unknownCommentTarget(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unknownCommentTarget", ["id": id]),
                   hint: Text("docsError.unknownCommentTargetHint"))
    }
    public static func unknownMention(_ name: String, _ members: [String]) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unknownMention", ["name": name]),
                   hint: Text("docsError.unknownMentionHint", ["members": members.joined(separator: ", ")]))
    }
    public static func badDeliverable(_ id: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.badDeliverable", ["id": id]),
                   hint: Text("docsError.badDeliverableHint"))
    }
    public static func uncommittedDeliverable(_ id: String, _ path: String) -> JalonError {
        JalonError(.refused, Text("docsError.uncommittedDeliverable", ["id": id, "path": path]),
                   hint: Text("docsError.uncommittedDeliverableHint", ["path": path]))
    }
    public static func unknownRevision(_ ref: String) -> JalonError {
        JalonError(.invalidInput, Text("docsError.unknownRevision", ["ref": ref]),
                   hint: Text("docsError.unknownRevisionHint"))
    }
    /// `home` is the board's branch: the hint merges into it, never into whatever branch is
    /// checked out (a feature branch would receive the board).
    public static func mergeConflicts(_ ref: String, _ paths: [String], home: String) -> JalonError {
        JalonError(.refused, Text("docsError.mergeConflicts", ["ref": ref, "pathsCount": paths.count, "paths": paths.joined(separator: ", ")]),
                   hint: Text("docsError.mergeConflictsHint", ["home": home, "ref": ref]))
    }
    public static let noCommonHistory = JalonError(.refused, Text("docsError.noCommonHistory"),
                                                   hint: Text("docsError.noCommonHistoryHint"))
}
