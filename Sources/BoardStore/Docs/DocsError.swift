import BoardCore

/// Why a documentation use case refused to act: one case per reason, with its data. Callers
/// and tests match on the case; the presenting layer words it (JalonCLI's ErrorWording.swift).
public enum DocsError: Error, Sendable {
    case linkOutsideBoard(_ path: String, _ target: String)
    case writeThroughLink(_ path: String)
    case noSpec
    case specExists
    case unknownTemplate(_ name: String, _ known: [String])
    case unknownDocument(_ key: String)
    case documentExists(_ path: String)
    case badDocumentStatus(_ status: String)
    case documentWithoutID(_ path: String)
    case badFileName(_ name: String, _ suggested: String)
    case unreadableAttachment(_ path: String)
    case unknownMeeting(_ key: String)
    /// Minutes that do not check; `problems` are their diagnostics (board-relative, below `prefix`).
    case brokenMeeting(_ path: String, _ problems: [Diagnostic], prefix: String)
    case noActions
    case noActionOwner
    case unknownActionOwner(_ who: String, _ members: [String], _ guests: [String])
    case emptyComment
    case unknownCommentTarget(_ id: String)
    case unknownMention(_ name: String, _ members: [String])
    case badDeliverable(_ id: String)
    case uncommittedDeliverable(_ id: String, _ path: String)
    case unknownRevision(_ ref: String)
    /// `home` is the board's branch: the hint merges into it, never into whatever branch is
    /// checked out (a feature branch would receive the board).
    case mergeConflicts(_ ref: String, _ paths: [String], home: String)
    case noCommonHistory
}
