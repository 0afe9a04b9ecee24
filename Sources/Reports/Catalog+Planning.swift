import BoardCore
import Planning

/// Every word the planning views show (Gantt chart, plan, workload, baseline comparison), in
/// French and English. Conflict messages say what is wrong and what to do about it.
extension Catalog {
    // MARK: Calendar words

    /// Month names as the Gantt headers show them: `janv.`, `déc.` / `Jan`, `Dec`.
    static func monthShort(_ month: Int) -> Text { Day.monthName(month) }
    /// An ISO week number: `S49` (semaine) / `W49`.
    static func weekLabel(_ week: Int) -> Text {
        let n = week < 10 ? "0\(week)" : "\(week)"
        return Text("plan.weekLabel", ["n": n])
    }
    /// A number of working days: `3 j` / `3 d`.
    static func workingDays(_ n: Int) -> Text {
        Text("plan.workingDays", ["n": n])
    }
    /// A slip in working days, signed: `+3 j`, `-1 j`, `0`.
    static func signedDays(_ n: Int) -> Text {
        if n == 0 { return Text("plan.signedDaysZero") }
        let sign = n > 0 ? "+" : "-"
        return Text("plan.signedDays", ["sign": sign, "n": abs(n)])
    }
    /// Hours with one decimal at most: `7,5 h` / `7.5 h`.
    static func hours(_ h: Double) -> Text {
        Text("plan.hours", ["hours": decimal(h)])
    }
    /// A number written with a point (`7.5`) in the reader's language: `7,5` in French. The
    /// one place the decimal mark is chosen.
    static func decimalMark(_ s: String) -> Text { Text("language.number", ["number": DecimalNumber(s)]) }
    /// One decimal at most, in the reader's language, without unit: `7,5` / `7.5`.
    static func decimal(_ v: Double) -> Text { decimalMark(number(v)) }
    /// `12` or `7.5` (one decimal at most), without unit.
    static func number(_ h: Double) -> String {
        let r = (h * 10).rounded() / 10
        return r == r.rounded() ? String(Int(r)) : String(r)
    }
    static func quoted(_ s: String) -> Text {
        Text("plan.quoted", ["s": s])
    }

    // MARK: Gantt chart

    static let ganttNothing = Text("plan.ganttNothing")
    static func ganttNothingBetween(_ from: String, _ to: String) -> Text {
        Text("plan.ganttNothingBetween", ["from": from, "to": to])
    }
    static func ganttTruncated(_ at: String) -> Text {
        Text("plan.ganttTruncated", ["at": at])
    }
    static let ganttNoMilestone = Text("plan.ganttNoMilestone")
    static let ganttTasks = Text("plan.ganttTasks")
    static let ganttUnassigned = Text("plan.ganttUnassigned")
    static let ganttMilestones = Text("plan.ganttMilestones")
    static let legendDone = Text("plan.legendDone")
    static let legendRemaining = Text("plan.legendRemaining")
    static let legendMilestone = Text("plan.legendMilestone")
    static let legendCritical = Text("plan.legendCritical")
    static let legendLate = Text("plan.legendLate")
    static let legendOutside = Text("plan.legendOutside")
    static func legendToday(_ day: String) -> Text {
        Text("plan.legendToday", ["day": day])
    }
    static func legendNonWorking(_ names: [String]) -> Text {
        names.isEmpty ? Text("plan.legendNonWorking")
            : Text("plan.legendNonWorkingNamed", ["names": names.joined(separator: ", ")])
    }
    static func legendBaseline(_ name: String?) -> Text {
        guard let name else { return Text("plan.legendBaseline") }
        return Text("plan.legendBaselineNamed", ["name": name])
    }
    static let baselineDefaultName = Text("plan.baselineDefaultName")

    // MARK: Plan

    static let columnEnd = Text("plan.columnEnd")
    static let columnSlack = Text("plan.columnSlack")
    static let columnCritical = Text("plan.columnCritical")
    static let columnLate = Text("plan.columnLate")
    static let columnMember = Text("plan.columnMember")
    static func criticalPath(_ chain: String) -> Text {
        Text("plan.criticalPath", ["chain": chain])
    }
    static let noCriticalPath = Text("plan.noCriticalPath")
    static func planSpan(_ start: String, _ end: String) -> Text {
        Text("plan.planSpan", ["start": start, "end": end])
    }
    static func planLegend(_ critical: String, _ late: String) -> Text {
        Text("plan.planLegend", ["critical": critical, "late": late])
    }
    static func conflictsHeader(_ n: Int) -> Text {
        Text("plan.conflictsHeader", ["n": n])
    }
    static let noConflicts = Text("plan.noConflicts")
    static func movesHeader(_ n: Int) -> Text {
        Text("plan.movesHeader", ["n": n])
    }
    static func move(_ task: String, _ from: String, _ to: String, withinSlack: Bool) -> Text {
        withinSlack
            ? Text("plan.moveWithinSlack", ["task": task, "from": from, "to": to])
            : Text("plan.moveBeyondSlack", ["task": task, "from": from, "to": to])
    }

    // MARK: Conflicts

    static func conflictCycle(_ chain: String, _ first: String) -> Text {
        Text("plan.conflictCycle", ["chain": chain, "first": first])
    }
    static func conflictDueBeforeEnd(_ task: String, _ due: String, _ earliest: String, _ id: String) -> Text {
        Text("plan.conflictDueBeforeEnd", ["task": task, "due": due, "earliest": earliest, "id": id])
    }
    static func conflictMilestoneMissed(_ milestone: String, _ date: String, _ forecast: String, _ id: String) -> Text {
        Text("plan.conflictMilestoneMissed", ["milestone": milestone, "date": date, "forecast": forecast, "id": id])
    }
    static func conflictHoliday(_ task: String, _ day: String, _ holiday: String?, _ id: String) -> Text {
        let h = holiday.map { " (\($0))" } ?? ""
        return Text("plan.conflictHoliday", ["task": task, "day": day, "h": h, "id": id])
    }
    static func conflictAbsence(_ task: String, _ member: String, _ day: String, _ reason: String?, _ id: String) -> Text {
        let r = reason.map { " (\($0))" } ?? ""
        return Text("plan.conflictAbsence", ["task": task, "member": member, "day": day, "r": r, "id": id])
    }
    static func conflictOverload(_ member: String, _ hours: Text, _ week: Text, _ monday: String, _ capacity: Text) -> Text {
        Text("plan.conflictOverload", ["member": member, "hours": hours, "week": week, "monday": monday, "capacity": capacity])
    }

    // MARK: Workload

    static func loadCaption(_ week: Text, _ monday: String) -> Text {
        Text("plan.loadCaption", ["week": week, "monday": monday])
    }
    static let noLoad = Text("plan.noLoad")
    static func overloadLegend(_ marker: String) -> Text {
        Text("plan.overloadLegend", ["marker": marker])
    }

    // MARK: Baseline comparison

    static func comparisonTitle(_ name: String) -> Text {
        Text("plan.comparisonTitle", ["name": name])
    }
    static let columnPlannedStart = Text("plan.columnPlannedStart")
    static let noBaselines = Text("cli.noBaselines")
    static let columnBaseline = Text("cli.columnBaseline")
    static let columnSaved = Text("cli.columnSaved")
    static let columnBy = Text("cli.columnBy")
    static let columnCurrentStart = Text("plan.columnCurrentStart")
    static let columnPlannedEnd = Text("plan.columnPlannedEnd")
    static let columnCurrentEnd = Text("plan.columnCurrentEnd")
    static let columnStartSlip = Text("plan.columnStartSlip")
    static let columnEndSlip = Text("plan.columnEndSlip")
    static func addedSince(_ name: String, _ n: Int) -> Text {
        Text("plan.addedSince", ["name": name, "n": n])
    }
    static func removedSince(_ name: String, _ n: Int) -> Text {
        Text("plan.removedSince", ["name": name, "n": n])
    }
    static func noSlipItems(_ name: String) -> Text {
        Text("plan.noSlipItems", ["name": name])
    }
    static let slipLegend = Text("plan.slipLegend")
    static func slipSummary(_ late: Int, _ early: Int, _ onTime: Int) -> Text {
        Text("plan.slipSummary", ["late": late, "early": early, "onTime": onTime])
    }
}
