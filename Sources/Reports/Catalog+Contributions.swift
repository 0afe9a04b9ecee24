import BoardCore
import Foundation

/// The words of the contribution reports, task history, activity chart, seals and verification.
extension Catalog {

    static let ctContributionsTitle = Text("contrib.ctContributionsTitle")
    static let ctEvidenceTitle = Text("contrib.ctEvidenceTitle")
    static func ctComputedAt(_ commit: String) -> Text {
        Text("contrib.ctComputedAt", ["commit": commit])
    }
    static let ctNoHead = Text("contrib.ctNoHead")
    static func ctPeriod(_ from: String?, _ to: String?) -> Text {
        switch (from, to) {
        case (nil, nil): return Text("contrib.ctPeriodWhole")
        case (let f?, nil): return Text("contrib.ctPeriodFrom", ["f": f])
        case (nil, let e?): return Text("contrib.ctPeriodUntil", ["e": e])
        case (let f?, let e?): return Text("contrib.ctPeriodBetween", ["f": f, "e": e])
        }
    }
    static let ctSharesNote = Text("contrib.ctSharesNote")
    static func ctExcludedNote(_ globs: String) -> Text {
        Text("contrib.ctExcludedNote", ["globs": globs])
    }

    static func ctMetric(_ m: ContributionReport.Metric) -> Text {
        switch m {
        case .commits: return Text("contrib.ctMetric.commits")
        case .activeDays: return Text("contrib.ctMetric.activeDays")
        case .activeWeeks: return Text("contrib.ctMetric.activeWeeks")
        case .tasksCreated: return Text("contrib.ctMetric.tasksCreated")
        case .tasksDone: return Text("contrib.ctMetric.tasksDone")
        case .tasksClosed: return Text("contrib.ctMetric.tasksClosed")
        case .reviews: return Text("contrib.ctMetric.reviews")
        case .selfReviews: return Text("contrib.ctMetric.selfReviews")
        case .documents: return Text("contrib.ctMetric.documents")
        case .minutes: return Text("contrib.ctMetric.minutes")
        case .comments: return Text("contrib.ctMetric.comments")
        case .filesTouched: return Text("contrib.ctMetric.filesTouched")
        case .linesAdded: return Text("contrib.ctMetric.linesAdded")
        case .linesRemoved: return Text("contrib.ctMetric.linesRemoved")
        case .contentLines: return Text("contrib.ctMetric.contentLines")
        case .survivingLines: return Text("contrib.ctMetric.survivingLines")
        }
    }

    static func ctFileKind(_ k: FileKind) -> Text {
        switch k {
        case .code: return Text("contrib.ctFileKind.code")
        case .content: return Text("contrib.ctFileKind.content")
        case .document: return Text("contrib.ctFileKind.document")
        case .binary: return Text("contrib.ctFileKind.binary")
        case .board: return Text("contrib.ctFileKind.board")
        }
    }

    static let ctColumnMetric = Text("contrib.ctColumnMetric")
    static let ctColumnValue = Text("contrib.ctColumnValue")
    static let ctColumnShare = Text("contrib.ctColumnShare")
    static let ctColumnMember = Text("contrib.ctColumnMember")
    static let ctColumnKind = Text("contrib.ctColumnKind")
    static let ctColumnFiles = Text("contrib.ctColumnFiles")
    static let ctColumnAdded = Text("contrib.ctColumnAdded")
    static let ctColumnRemoved = Text("contrib.ctColumnRemoved")
    static let ctColumnWeek = Text("contrib.ctColumnWeek")
    static let ctColumnCommit = Text("contrib.ctColumnCommit")
    static let ctColumnWhat = Text("contrib.ctColumnWhat")
    static let ctColumnWho = Text("contrib.ctColumnWho")
    static let ctColumnEmail = Text("contrib.ctColumnEmail")
    static let ctColumnFirst = Text("contrib.ctColumnFirst")
    static let ctColumnLast = Text("contrib.ctColumnLast")
    static let ctColumnCoAuthored = Text("contrib.ctColumnCoAuthored")
    static let ctTeamSummary = Text("contrib.ctTeamSummary")
    static let ctLinesByKind = Text("contrib.ctLinesByKind")
    static let ctNotableTitle = Text("contrib.ctNotableTitle")
    static let ctNoNotable = Text("contrib.ctNoNotable")
    static let ctWeeklyTitle = Text("contrib.ctWeeklyTitle")
    static let ctUnmatchedTitle = Text("contrib.ctUnmatchedTitle")
    static let ctUnmatchedHint = Text("contrib.ctUnmatchedHint")
    static let ctNoUnmatched = Text("contrib.ctNoUnmatched")
    static let ctActivePeriod = Text("contrib.ctActivePeriod")
    static let ctRoleLabel = Text("contrib.ctRoleLabel")
    static func ctUnknownMember(_ id: String) -> Text { Text("contrib.ctUnknownMember", ["id": id]) }

    static func ctNotableMore(_ n: Int) -> Text {
        Text("contrib.ctNotableMore", ["n": n])
    }
    static let ctShareCommits = Text("contrib.ctShareCommits")
    static let ctShareContent = Text("contrib.ctShareContent")
    static let ctColumnContent = Text("contrib.ctColumnContent")
    static let ctSideBySideNote = Text("contrib.ctSideBySideNote")
    static func ctBoundary(_ commit: String, _ date: String) -> Text {
        Text("contrib.ctBoundary", ["commit": commit, "date": date])
    }
    static func ctUnreadable(_ files: Int, _ commits: Int) -> Text {
        Text("contrib.ctUnreadable", ["files": files, "commits": commits])
    }
    static func ctSurvivingUnreadable(_ files: Int, _ lines: Int) -> Text {
        Text("contrib.ctSurvivingUnreadable", ["files": files, "lines": lines])
    }
    static func ctTemplateItems(_ n: Int) -> Text {
        Text("contrib.ctTemplateItems", ["n": n])
    }
    static let ctOnBehalfTitle = Text("contrib.ctOnBehalfTitle")
    static func ctOnBehalf(_ committer: String) -> Text { Text("contrib.ctOnBehalf", ["committer": committer]) }
    static func ctSigned(_ n: Int) -> Text { Text("contrib.ctSigned", ["n": n]) }
    static let ctAppendixTitle = Text("contrib.ctAppendixTitle")
    static let ctColumnFigure = Text("contrib.ctColumnFigure")
    /// A share with one decimal, written with a point: `12,5 %` / `12.5%`.
    static func percentDecimal(_ pointed: String) -> Text { Text("contrib.percent", ["value": DecimalNumber(pointed)]) }
    /// A title after an item, quoted, when there is one.
    static func ctTitle(_ title: String?) -> Text { title.map { Text("contrib.ctTitle", ["title": $0]) } ?? Text("language.empty") }
    static func ctCounted(_ e: ContributionReport.CountedEvent) -> Text {
        if let amount = e.amount { return Text("contrib.ctCounted", ["item": e.item, "amount": amount]) }
        return Text("contrib.ctCountedTitled", ["item": e.item, "title": ctTitle(e.title)])
    }
    static func ctExplainTitle(_ figure: String, _ name: String, _ value: Int) -> Text {
        Text("contrib.ctExplainTitle", ["figure": figure, "name": name, "value": value])
    }
    static let ctExplainNone = Text("contrib.ctExplainNone")

    static func ctNotable(_ n: ContributionReport.Notable) -> Text {
        let title = ctTitle(n.title)
        switch n.kind {
        case .taskCreated: return Text("contrib.ctNotable.taskCreated", ["item": n.item, "title": title])
        case .taskDone: return Text("contrib.ctNotable.taskDone", ["item": n.item, "title": title])
        // Statuses in the reader's words ("validé", "en revue"), not the files' keys.
        case .taskReviewed(let from, let to):
            return Text("contrib.ctNotable.taskReviewed", ["item": n.item, "title": title,
                                                            "from": Localized { StatusWords.task(from, $0) }, "to": Localized { StatusWords.task(to, $0) }])
        case .milestoneCreated: return Text("contrib.ctNotable.milestoneCreated", ["item": n.item, "title": title])
        case .specWritten: return Text("contrib.ctNotable.specWritten", ["item": n.item])
        case .documentCreated: return Text("contrib.ctNotable.documentCreated", ["item": n.item])
        case .documentValidated(let s): return Text("contrib.ctNotable.documentValidated", ["item": n.item, "s": Localized { StatusWords.document(s, $0) }])
        case .minutesWritten: return Text("contrib.ctNotable.minutesWritten", ["item": n.item])
        case .largeCommit(let files, let lines): return Text("contrib.ctNotable.largeCommit", ["item": n.item, "lines": lines, "files": files])
        }
    }

    // MARK: Task history and activity

    static func ctTaskHistoryTitle(_ id: String, _ title: String?) -> Text {
        Text("contrib.ctTaskHistoryTitle", ["id": id, "title": ctTitle(title)])
    }
    static let descriptionChanged = Text("contrib.descriptionChanged")
    static let ctNoEvents = Text("contrib.ctNoEvents")
    static func ctUnknownItem(_ id: String) -> Text { Text("contrib.ctUnknownItem", ["id": id]) }
    static let ctUnknownItemHint = Text("contrib.ctUnknownItemHint")

    static func ctEvent(_ kind: BoardEventKind) -> Text {
        func list(_ f: [String]) -> String { f.joined(separator: ", ") }
        switch kind {
        case .taskCreated: return Text("contrib.list.taskCreated")
        case .taskEdited(let f): return Text("contrib.list.taskEdited", ["fieldName": Localized { l in f.map { fieldName($0)(l) }.joined(separator: ", ") }])
        case .taskMoved(let a, let b): return Text("contrib.list.taskMoved", ["a": Localized { StatusWords.task(a, $0) }, "b": Localized { StatusWords.task(b, $0) }])
        case .taskAssigned(let m): return Text("contrib.list.taskAssigned", ["m": m])
        case .taskUnassigned(let m): return Text("contrib.list.taskUnassigned", ["m": m])
        case .taskDone: return Text("contrib.list.taskDone")
        case .taskReopened(let to): return Text("contrib.list.taskReopened", ["to": Localized { StatusWords.task(to, $0) }])
        case .taskDeleted: return Text("contrib.list.taskDeleted")
        case .milestoneCreated: return Text("contrib.list.milestoneCreated")
        case .milestoneEdited(let f): return Text("contrib.list.milestoneEdited", ["list": list(f)])
        case .milestoneDeleted: return Text("contrib.list.milestoneDeleted")
        case .memberAdded(let m): return Text("contrib.list.memberAdded", ["m": m])
        case .memberEdited(let m): return Text("contrib.list.memberEdited", ["m": m])
        case .settingsEdited(let f): return Text("contrib.list.settingsEdited", ["list": list(f)])
        case .specCreated: return Text("contrib.list.specCreated")
        case .specEdited: return Text("contrib.list.specEdited")
        case .documentCreated: return Text("contrib.list.documentCreated")
        case .documentEdited: return Text("contrib.list.documentEdited")
        case .documentStatus(let a, let b):
            return Text("contrib.list.documentStatus", ["a": Localized { l in a.map { StatusWords.document($0, l) } ?? "—" }, "b": Localized { StatusWords.document(b, $0) }])
        case .documentDeleted: return Text("contrib.list.documentDeleted")
        case .minutesCreated: return Text("contrib.list.minutesCreated")
        case .minutesEdited: return Text("contrib.list.minutesEdited")
        case .commentAdded(let m): return m.isEmpty ? Text("contrib.list.commentAdded") : Text("contrib.list.commentAddedMentions", ["list": list(m)])
        }
    }

    static func ctActivityTitle(_ weeks: Int) -> Text { Text("contrib.ctActivityTitle", ["weeks": weeks]) }
    static let ctActivityLegend = Text("contrib.ctActivityLegend")
    static let ctActivityLegendASCII = Text("contrib.ctActivityLegendASCII")
    static let ctOutsidersColumn = Text("contrib.ctOutsidersColumn")

    // MARK: Seals and verification

    static func ctSealed(_ tag: String, _ commit: String) -> Text {
        Text("contrib.ctSealed", ["tag": tag, "commit": commit])
    }
    static let ctVerifyTitle = Text("contrib.ctVerifyTitle")
    static let ctNoSeals = Text("contrib.ctNoSeals")
    static func ctSealIntact(_ tag: String, _ commit: String, _ date: String) -> Text {
        Text("contrib.ctSealIntact", ["tag": tag, "commit": commit, "date": date])
    }
    static func ctSealBroken(_ tag: String, _ commit: String, _ date: String) -> Text {
        Text("contrib.ctSealBroken", ["tag": tag, "commit": commit, "date": date])
    }
    static let ctAnomaliesTitle = Text("contrib.ctAnomaliesTitle")
    static let ctNoAnomalies = Text("contrib.ctNoAnomalies")
    static func ctAnomaly(_ a: IntegrityReport.Anomaly, _ L: Language, names: (Contributor) -> String) -> String {
        switch a {
        case .dateGap(let commit, let who, let author, let committer):
            let hours = Int((abs(committer.timeIntervalSince(author)) / 3600).rounded())
            let days = hours / 24
            let gap = days >= 2 ? Text("contrib.ctAnomaly.dateGapDays", ["days": days])(L) : Text("contrib.ctAnomaly.dateGapHours", ["hours": hours])(L)
            return Text("contrib.ctAnomaly.dateGap", ["prefix": String(commit.prefix(8)), "names": names(who), "gap": gap])(L)
        case .outOfOrder(let commit, let parent):
            return Text("contrib.ctAnomaly.outOfOrder", ["prefix": String(commit.prefix(8)), "prefix2": String(parent.prefix(8))])(L)
        case .unknownIdentity(let name, let email, let commits, let sample):
            return Text("contrib.ctAnomaly.unknownIdentity", ["name": name, "email": email, "commits": commits, "prefix": String(sample.prefix(8))])(L)
        case .bulkCommit(let commit, let who, let files, let lines):
            return Text("contrib.ctAnomaly.bulkCommit", ["prefix": String(commit.prefix(8)), "names": names(who), "lines": lines, "files": files])(L)
        case .onBehalf(let commit, let author, let committer):
            return Text("contrib.ctAnomaly.onBehalf", ["prefix": String(commit.prefix(8)), "names": names(.member(author)), "names2": names(committer)])(L)
        case .signed(let count, let gpg, let ssh):
            return Text("contrib.ctAnomaly.signed", ["countCount": count, "gpg": gpg, "ssh": ssh])(L)
        }
    }
    static func ctVerifyBroken(_ n: Int) -> Text {
        Text("contrib.ctVerifyBroken", ["n": n])
    }
    static func ctRemoteTitle(_ r: String) -> Text { Text("contrib.ctRemoteTitle", ["r": r]) }
    static func ctRemoteMissing(_ tag: String) -> Text {
        Text("contrib.ctRemoteMissing", ["tag": tag])
    }
    static func ctRemoteMoved(_ tag: String) -> Text {
        Text("contrib.ctRemoteMoved", ["tag": tag])
    }
    static func ctRemoteRewritten(_ tag: String) -> Text {
        Text("contrib.ctRemoteRewritten", ["tag": tag])
    }
    static let ctRemoteUnknownHead = Text("contrib.ctRemoteUnknownHead")
    static func ctRemoteOnlyUpstream(_ tag: String) -> Text { Text("contrib.ctRemoteOnlyUpstream", ["tag": tag]) }
    static func ctRemoteOK(_ n: Int) -> Text { Text("contrib.ctRemoteOK", ["n": n]) }
    static func ctRemoteProblems(_ n: Int) -> Text {
        Text("contrib.ctRemoteProblems", ["n": n])
    }
    static func ctVerifyOK(_ n: Int) -> Text { Text("contrib.ctVerifyOK", ["n": n]) }
}

/// Public access for the command line to the few texts it prints itself.
extension Catalog {
    public static func ctUnknownItemText(_ id: String) -> Text { ctUnknownItem(id) }
    public static var ctUnknownItemHintText: Text { ctUnknownItemHint }
    public static func ctSealedText(_ tag: String, _ commit: String) -> Text { ctSealed(tag, commit) }
}
