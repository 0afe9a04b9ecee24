import BoardCore

/// Every word of the trainer reports (status, review, class overview) and of the exports, in
/// French and English.
extension Catalog {

    // MARK: Shared

    /// A period label as `ReportPeriod` writes it (`2026-W49`), its week letter in the reader's
    /// language (`2026-S49`).
    static func periodLabel(_ label: String) -> Text {
        guard let w = label.firstIndex(of: "W") else { return Text("language.verbatim", ["text": label]) }
        return Text("trainer.weekPeriod", ["before": label[..<w], "after": label[label.index(after: w)...]])
    }
    static let trPeriod = Text("trainer.trPeriod")
    static func trPeriodValue(_ label: String, _ from: String, _ to: String) -> Text {
        Text("trainer.trPeriodValue", ["label": periodLabel(label), "from": from, "to": to])
    }
    static let trAsOf = Text("trainer.trAsOf")
    static let trProgress = Text("trainer.trProgress")
    static func trProgressValue(_ percent: Int, _ done: String, _ planned: String, _ tasksDone: Int, _ tasks: Int) -> Text {
        Text("trainer.trProgressValue", ["percent": percent, "done": done, "planned": planned, "tasksDone": tasksDone, "tasks": tasks])
    }
    static let trForecastEnd = Text("trainer.trForecastEnd")
    static func trTarget(_ day: String) -> Text { Text("trainer.trTarget", ["day": day]) }
    static let trLateCount = Text("trainer.trLateCount")
    static let trHeadCommit = Text("trainer.trHeadCommit")
    static func trFooter(_ commit: String?, _ day: String) -> Text {
        guard let commit else { return Text("trainer.trFooterNoCommit", ["day": day]) }
        return Text("trainer.trFooterAtCommit", ["day": day, "commit": commit])
    }
    static let trMilestones = Text("trainer.trMilestones")
    static let trPlanned = Text("trainer.trPlanned")
    static let trForecast = Text("trainer.trForecast")
    static let trSlip = Text("trainer.trSlip")
    /// Under a milestone table: what the slip column counts.
    static let trSlipLegend = Text("trainer.trSlipLegend")
    static let trLight = Text("trainer.trLight")
    static func trLightName(_ light: TrafficLight) -> Text {
        switch light {
        case .green: return Text("trainer.trLightName.green")
        case .amber: return Text("trainer.trLightName.amber")
        case .red: return Text("trainer.trLightName.red")
        case .none: return Text("trainer.trLightName.none")
        }
    }
    static func trReachedOn(_ day: String) -> Text { Text("trainer.trReachedOn", ["day": day]) }
    static let trDoneThisPeriod = Text("trainer.trDoneThisPeriod")
    static let trInProgress = Text("trainer.trInProgress")
    static let trLate = Text("trainer.trLate")
    static func trStartingNext(_ label: String, _ from: String, _ to: String) -> Text {
        Text("trainer.trStartingNext", ["label": periodLabel(label), "from": from, "to": to])
    }
    static let trWorkload = Text("trainer.trWorkload")
    static func trLoadWeek(_ label: String) -> Text {
        Text("trainer.trLoadWeek", ["label": periodLabel(label)])
    }
    static func trLoadValue(_ hours: String, _ capacity: String) -> Text { Text("trainer.trLoadValue", ["hours": hours, "capacity": capacity]) }
    static func trLoadChart(_ label: String) -> Text {
        Text("trainer.trLoadChart", ["label": periodLabel(label)])
    }
    static let trCommits = Text("trainer.trCommits")
    static let trLastActivity = Text("trainer.trLastActivity")
    static let trDoneOn = Text("trainer.trDoneOn")
    static let trPlannedEnd = Text("trainer.trPlannedEnd")
    static func trDays(_ n: Int) -> Text { Text("trainer.trDays", ["n": n]) }
    static let trNoneDone = Text("trainer.trNoneDone")
    static let trNoneInProgress = Text("trainer.trNoneInProgress")
    static let trNoneLate = Text("trainer.trNoneLate")
    static let trNoneNext = Text("trainer.trNoneNext")
    static let trMeetings = Text("trainer.trMeetings")
    static let trNoMeetings = Text("trainer.trNoMeetings")
    static func trMeetingsHeld(_ titles: String) -> Text { Text("trainer.trMeetingsHeld", ["titles": titles]) }
    static let trDecisions = Text("trainer.trDecisions")
    static let trNoDecisions = Text("trainer.trNoDecisions")
    static let trActions = Text("trainer.trActions")
    static let trNoActions = Text("trainer.trNoActions")
    static let trWho = Text("trainer.trWho")
    static let trAction = Text("trainer.trAction")
    static let trRisks = Text("trainer.trRisks")
    static let trNoRisks = Text("trainer.trNoRisks")
    static let trNoSpec = Text("trainer.trNoSpec")
    static func trStatusTitle(_ board: String) -> Text { Text("trainer.trStatusTitle", ["board": board]) }
    static func trStatusSubtitle(_ label: String) -> Text {
        Text("trainer.trStatusSubtitle", ["label": periodLabel(label)])
    }

    // MARK: Charts

    static let trGanttTitle = Text("trainer.trGanttTitle")
    static let trLegendFinished = Text("trainer.trLegendFinished")
    static let trLegendBaseline = Text("trainer.trLegendBaseline")
    static func trLegendToday(_ day: String) -> Text { Text("trainer.trLegendToday", ["day": day]) }
}

extension Catalog {

    // MARK: Review (bilan)

    static func bilanTitle(_ board: String) -> Text { Text("trainer.bilanTitle", ["board": board]) }
    static func bilanSubtitle(_ day: String) -> Text { Text("trainer.bilanSubtitle", ["day": day]) }
    static let bilanDocTitle = Text("trainer.bilanDocTitle")
    static let bilanBaseline = Text("trainer.bilanBaseline")
    static func bilanBaselineValue(_ name: String, _ day: String) -> Text { Text("trainer.bilanBaselineValue", ["name": name, "day": day]) }
    static let bilanNoBaseline = Text("trainer.bilanNoBaseline")
    static let bilanTasksDone = Text("trainer.bilanTasksDone")
    static let bilanAccuracy = Text("trainer.bilanAccuracy")
    static let bilanScope = Text("trainer.bilanScope")
    static func bilanScopeValue(_ added: Int, _ removed: Int) -> Text { Text("trainer.bilanScopeValue", ["added": added, "removed": removed]) }
    static let bilanTasksSection = Text("trainer.bilanTasksSection")
    static let bilanTasksLegend = Text("trainer.bilanTasksLegend")
    static let bilanPlannedEnd = Text("trainer.bilanPlannedEnd")
    static let bilanActualStart = Text("trainer.bilanActualStart")
    static let bilanActualEnd = Text("trainer.bilanActualEnd")
    static let bilanPlannedDays = Text("trainer.bilanPlannedDays")
    static let bilanActualDays = Text("trainer.bilanActualDays")
    static let bilanRatio = Text("trainer.bilanRatio")
    static let bilanAddedMark = Text("trainer.bilanAddedMark")
    static let bilanRemovedMark = Text("trainer.bilanRemovedMark")
    static let bilanDueMark = Text("trainer.bilanDueMark")
    static let bilanDateMark = Text("trainer.bilanDateMark")
    static func bilanForecastMark(_ day: String) -> Text { Text("trainer.bilanForecastMark", ["day": day]) }
    static let bilanActualOrForecast = Text("trainer.bilanActualOrForecast")
    static let bilanMilestonesSection = Text("trainer.bilanMilestonesSection")
    static let bilanAccuracySection = Text("trainer.bilanAccuracySection")
    static let bilanAccuracyLegend = Text("trainer.bilanAccuracyLegend")
    static let bilanAccuracyChart = Text("trainer.bilanAccuracyChart")
    static func bilanDaysVersus(_ actual: Int, _ planned: Int) -> Text { Text("trainer.bilanDaysVersus", ["actual": actual, "planned": planned]) }
    static let bilanTasksCounted = Text("trainer.bilanTasksCounted")
    static let bilanTeam = Text("trainer.bilanTeam")
    static let bilanNoAccuracy = Text("trainer.bilanNoAccuracy")
    static let bilanScopeSection = Text("trainer.bilanScopeSection")
    static let bilanNoBaselineScope = Text("trainer.bilanNoBaselineScope")
    static func bilanAdded(_ n: Int) -> Text { Text("trainer.bilanAdded", ["n": n]) }
    static func bilanRemoved(_ n: Int) -> Text { Text("trainer.bilanRemoved", ["n": n]) }
    static let bilanLessonsSection = Text("trainer.bilanLessonsSection")
    static let bilanFacts = Text("trainer.bilanFacts")
    static let bilanBiggestSlips = Text("trainer.bilanBiggestSlips")
    static let bilanNoSlips = Text("trainer.bilanNoSlips")
    static func bilanSlipLine(_ id: String, _ title: String, _ slip: String, _ reference: String) -> Text {
        Text("trainer.bilanSlipLine", ["id": id, "title": title, "slip": slip, "reference": reference])
    }
    static let bilanVersusBaseline = Text("trainer.bilanVersusBaseline")
    static let bilanVersusDue = Text("trainer.bilanVersusDue")
    static let bilanOverloadedWeeks = Text("trainer.bilanOverloadedWeeks")
    static let bilanNoOverload = Text("trainer.bilanNoOverload")
    static func bilanWeekLine(_ label: String, _ monday: String, _ excess: String, _ who: String) -> Text {
        Text("trainer.bilanWeekLine", ["label": periodLabel(label), "monday": monday, "excess": excess, "who": who])
    }
    static let bilanReopened = Text("trainer.bilanReopened")
    static let bilanNoReopened = Text("trainer.bilanNoReopened")
    static func bilanReopenedLine(_ id: String, _ title: String, _ day: String, _ by: String, _ to: String, _ commit: String) -> Text {
        Text("trainer.bilanReopenedLine", ["id": id, "title": title, "day": day, "by": by, "to": to, "commit": commit])
    }
    static func bilanAccuracyFact(_ ratio: String, _ tasks: Int) -> Text {
        Text("trainer.bilanAccuracyFact", ["ratio": ratio, "tasks": tasks])
    }
    static func bilanScopeFact(_ added: Int, _ removed: Int) -> Text {
        Text("trainer.bilanScopeFact", ["added": added, "removed": removed])
    }
    static let bilanWentWell = Text("trainer.bilanWentWell")
    static let bilanWentWrong = Text("trainer.bilanWentWrong")
    static let bilanMeasures = Text("trainer.bilanMeasures")
    static let bilanMeasuresHint = Text("trainer.bilanMeasuresHint")
}

extension Catalog {

    // MARK: Class overview

    static func classTitle(_ name: String?) -> Text {
        name.map { Text("trainer.classTitleNamed", ["item": $0]) } ?? Text("trainer.classTitle")
    }
    static func classSubtitle(_ label: String, _ day: String) -> Text {
        Text("trainer.classSubtitle", ["label": periodLabel(label), "day": day])
    }
    static let classTeams = Text("trainer.classTeams")
    static let classReadable = Text("trainer.classReadable")
    static let classRedTeams = Text("trainer.classRedTeams")
    static let classOverviewSection = Text("trainer.classOverviewSection")
    static let classTeam = Text("trainer.classTeam")
    static let classLight = Text("trainer.classLight")
    static let classNextMilestone = Text("trainer.classNextMilestone")
    static let classLateTasks = Text("trainer.classLateTasks")
    static let classBalance = Text("trainer.classBalance")
    static let classInactive = Text("trainer.classInactive")
    static let classNoTeams = Text("trainer.classNoTeams")
    static let classUnreadable = Text("trainer.classUnreadable")
    static func classUnreadableLong(_ source: String) -> Text { Text("trainer.classUnreadableLong", ["source": source]) }
    static let classAllReached = Text("trainer.classAllReached")
    static let classNoActivity = Text("trainer.classNoActivity")
    static let classNever = Text("trainer.classNever")
    static func classLegend(_ days: Int) -> Text {
        Text("trainer.classLegend", ["days": days])
    }
    static let classProgressChart = Text("trainer.classProgressChart")
    static func classFooter(_ day: String) -> Text { Text("trainer.classFooter", ["day": day]) }
    static let classFact = Text("trainer.classFact")
    static let classValue = Text("trainer.classValue")
    static let classSource = Text("trainer.classSource")
    static let classShare = Text("trainer.classShare")
    static let classMembers = Text("trainer.classMembers")
    static let classInactiveMark = Text("trainer.classInactiveMark")
    static let classFetchSection = Text("trainer.classFetchSection")
    static func classFetches(_ n: Int, _ first: String, _ last: String) -> Text {
        Text("trainer.classFetches", ["n": n, "first": first, "last": last])
    }
    static let classFetchNothing = Text("trainer.classFetchNothing")
    static func classFetchLate(_ n: Int) -> Text {
        Text("trainer.classFetchLate", ["n": n])
    }
    static let classFetchCommit = Text("trainer.classFetchCommit")
    static let classFetchDated = Text("trainer.classFetchDated")
    static let classFetchFirstSeen = Text("trainer.classFetchFirstSeen")
    static let classFetchPrevious = Text("trainer.classFetchPrevious")
    static func classFetchRewritten(_ branch: String, _ old: String, _ new: String, _ when: String) -> Text {
        Text("trainer.classFetchRewritten", ["branch": branch, "old": old, "new": new, "when": when])
    }
    static func classFetchTagGone(_ tag: String, _ old: String, _ when: String) -> Text {
        Text("trainer.classFetchTagGone", ["tag": tag, "old": old, "when": when])
    }
    static func classFetchTagMoved(_ tag: String, _ old: String, _ new: String, _ when: String) -> Text {
        Text("trainer.classFetchTagMoved", ["tag": tag, "old": old, "new": new, "when": when])
    }
    static let classFetchLegend = Text("trainer.classFetchLegend")
}

extension Catalog {

    // MARK: Exports

    static let icsMilestone = Text("trainer.icsMilestone")
    static let icsReached = Text("trainer.icsReached")
    static func icsForecast(_ day: String) -> Text { Text("trainer.icsForecast", ["day": day]) }
    static func siteTitle(_ board: String) -> Text { Text("trainer.siteTitle", ["board": board]) }
    static let siteIndex = Text("trainer.siteIndex")
    static let siteBoard = Text("trainer.siteBoard")
    static let siteBoardHint = Text("trainer.siteBoardHint")
    static func boardPageTitle(_ board: String) -> Text { Text("trainer.boardPageTitle", ["board": board]) }
    static let siteStatus = Text("trainer.siteStatus")
    static let siteGantt = Text("trainer.siteGantt")
    static let siteBilan = Text("trainer.siteBilan")
    static let siteContributions = Text("trainer.siteContributions")
    static let siteStatusHint = Text("trainer.siteStatusHint")
    static let siteGanttHint = Text("trainer.siteGanttHint")
    static let siteBilanHint = Text("trainer.siteBilanHint")
    static let siteContributionsHint = Text("trainer.siteContributionsHint")
    static func siteGenerated(_ day: String, _ commit: String) -> Text { Text("trainer.siteGenerated", ["day": day, "commit": commit]) }
    static func ganttPageTitle(_ board: String) -> Text { Text("trainer.ganttPageTitle", ["board": board]) }
    static let ganttSpan = Text("trainer.ganttSpan")
    static let ganttCritical = Text("trainer.ganttCritical")
    static let ganttTable = Text("trainer.ganttTable")
}
