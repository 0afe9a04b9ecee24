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
        return Text(fr: "S\(n)", en: "W\(n)")
    }
    /// A number of working days: `3 j` / `3 d`.
    static func workingDays(_ n: Int) -> Text {
        Text(fr: "\(n) j", en: "\(n) d")
    }
    /// A slip in working days, signed: `+3 j`, `-1 j`, `0`.
    static func signedDays(_ n: Int) -> Text {
        if n == 0 { return Text(fr: "0", en: "0") }
        let sign = n > 0 ? "+" : "-"
        return Text(fr: "\(sign)\(abs(n)) j", en: "\(sign)\(abs(n)) d")
    }
    /// Hours with one decimal at most: `7,5 h` / `7.5 h`.
    static func hours(_ h: Double) -> Text {
        let v = decimal(h)
        return Text(fr: v.fr + " h", en: v.en + " h")
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
        Text(fr: "«\u{00A0}\(s)\u{00A0}»", en: "“\(s)”")
    }

    // MARK: Gantt chart

    static let ganttNothing = Text(fr: "rien à planifier : ajoutez des tâches avec «\u{00A0}jalon task add\u{00A0}»",
                                   en: "nothing to plan: add tasks with `jalon task add`")
    static func ganttNothingBetween(_ from: String, _ to: String) -> Text {
        Text(fr: "rien de planifié du \(from) au \(to) : élargissez la période (--from/--to)",
             en: "nothing planned from \(from) to \(to): widen the period (--from/--to)")
    }
    static func ganttTruncated(_ at: String) -> Text {
        Text(fr: "graphique coupé au \(at) faute de place : réduisez la période (--from/--to), passez à --scale week ou month, ou élargissez (--width)",
             en: "chart cut at \(at) for lack of room: shorten the period (--from/--to), use --scale week or month, or widen it (--width)")
    }
    static let ganttNoMilestone = Text(fr: "Sans jalon", en: "No milestone")
    static let ganttTasks = Text(fr: "Tâches", en: "Tasks")
    static let ganttUnassigned = Text(fr: "Non assignées", en: "Unassigned")
    static let ganttMilestones = Text(fr: "Jalons", en: "Milestones")
    static let legendDone = Text(fr: "fait", en: "done")
    static let legendRemaining = Text(fr: "reste à faire", en: "to do")
    static let legendMilestone = Text(fr: "jalon", en: "milestone")
    static let legendCritical = Text(fr: "critique", en: "critical")
    static let legendLate = Text(fr: "en retard", en: "late")
    static let legendOutside = Text(fr: "hors période", en: "outside the period")
    static func legendToday(_ day: String) -> Text {
        Text(fr: "aujourd’hui (\(day))", en: "today (\(day))")
    }
    static func legendNonWorking(_ names: [String]) -> Text {
        names.isEmpty ? Text(fr: "non travaillé", en: "non-working")
            : Text(fr: "non travaillé (\(names.joined(separator: ", ")))", en: "non-working (\(names.joined(separator: ", ")))")
    }
    static func legendBaseline(_ name: String?) -> Text {
        guard let name else { return Text(fr: "prévu", en: "planned") }
        return Text(fr: "prévu («\u{00A0}\(name)\u{00A0}»)", en: "planned (“\(name)”)")
    }
    static let baselineDefaultName = Text(fr: "prévu", en: "planned")

    // MARK: Plan

    static let columnEnd = Text(fr: "Fin", en: "End")
    static let columnSlack = Text(fr: "Marge", en: "Slack")
    static let columnCritical = Text(fr: "Critique", en: "Critical")
    static let columnLate = Text(fr: "Retard", en: "Late")
    static let columnMember = Text(fr: "Membre", en: "Member")
    static func criticalPath(_ chain: String) -> Text {
        Text(fr: "Chemin critique : \(chain)", en: "Critical path: \(chain)")
    }
    static let noCriticalPath = Text(fr: "Chemin critique : aucun", en: "Critical path: none")
    static func planSpan(_ start: String, _ end: String) -> Text {
        Text(fr: "Projet du \(start) au \(end)", en: "Project from \(start) to \(end)")
    }
    static func planLegend(_ critical: String, _ late: String) -> Text {
        Text(fr: "\(critical) = critique (sans marge : un jour de retard retarde la fin du projet) ; \(late) = en retard ; marge en jours ouvrés",
             en: "\(critical) = critical (no slack: a day late delays the project end); \(late) = late; slack in working days")
    }
    static func conflictsHeader(_ n: Int) -> Text {
        Text(fr: "Conflits (\(n)) :", en: "Conflicts (\(n)):")
    }
    static let noConflicts = Text(fr: "Aucun conflit.", en: "No conflicts.")
    static func movesHeader(_ n: Int) -> Text {
        Text(fr: "Lissage de la charge (\(n) \(n > 1 ? "tâches déplacées" : "tâche déplacée")) :",
             en: "Levelling (\(n) \(n > 1 ? "tasks" : "task") moved):")
    }
    static func move(_ task: String, _ from: String, _ to: String, withinSlack: Bool) -> Text {
        withinSlack
            ? Text(fr: "\(task) : début déplacé du \(from) au \(to), dans sa marge", en: "\(task): start moved from \(from) to \(to), within its slack")
            : Text(fr: "\(task) : début déplacé du \(from) au \(to), au-delà de sa marge (la fin du projet recule)",
                   en: "\(task): start moved from \(from) to \(to), beyond its slack (the project end moves later)")
    }

    // MARK: Conflicts

    static func conflictCycle(_ chain: String, _ first: String) -> Text {
        Text(fr: "Cycle de dépendances : \(chain). Retirez une de ces dépendances («\u{00A0}jalon task edit \(first) --depends …\u{00A0}»).",
             en: "Dependency cycle: \(chain). Remove one of these dependencies (`jalon task edit \(first) --depends …`).")
    }
    static func conflictDueBeforeEnd(_ task: String, _ due: String, _ earliest: String, _ id: String) -> Text {
        Text(fr: "\(task) : échéance le \(due), mais fin au plus tôt le \(earliest). Repoussez l’échéance («\u{00A0}jalon task edit \(id) --due …\u{00A0}»), réduisez l’estimation ou ajoutez quelqu’un à la tâche.",
             en: "\(task): due on \(due), but cannot end before \(earliest). Move the due date (`jalon task edit \(id) --due …`), cut the estimate or add someone to the task.")
    }
    static func conflictMilestoneMissed(_ milestone: String, _ date: String, _ forecast: String, _ id: String) -> Text {
        Text(fr: "Jalon \(milestone) prévu le \(date), mais ses tâches finissent au plus tôt le \(forecast). Décalez le jalon («\u{00A0}jalon milestone edit \(id) --date …\u{00A0}») ou raccourcissez ses tâches.",
             en: "Milestone \(milestone) is set for \(date), but its tasks end \(forecast) at the earliest. Move the milestone (`jalon milestone edit \(id) --date …`) or shorten its tasks.")
    }
    static func conflictHoliday(_ task: String, _ day: String, _ holiday: String?, _ id: String) -> Text {
        let h = holiday.map { " (\($0))" } ?? ""
        return Text(fr: "\(task) : travail prévu le \(day), jour non travaillé\(h). Changez son début («\u{00A0}jalon task edit \(id) --start …\u{00A0}») ou le calendrier.",
                    en: "\(task): work planned on \(day), a non-working day\(h). Change its start (`jalon task edit \(id) --start …`) or the calendar.")
    }
    static func conflictAbsence(_ task: String, _ member: String, _ day: String, _ reason: String?, _ id: String) -> Text {
        let r = reason.map { " (\($0))" } ?? ""
        return Text(fr: "\(task) : \(member) est absent·e le \(day)\(r). Confiez la tâche à quelqu’un d’autre («\u{00A0}jalon task edit \(id) --assign …\u{00A0}») ou décalez-la.",
                    en: "\(task): \(member) is away on \(day)\(r). Give the task to someone else (`jalon task edit \(id) --assign …`) or move it.")
    }
    static func conflictOverload(_ member: String, _ hours: Text, _ week: Text, _ monday: String, _ capacity: Text) -> Text {
        Text(fr: "\(member) : \(hours.fr) de travail la semaine \(week.fr) (du \(monday)) pour \(capacity.fr) disponibles. Lancez «\u{00A0}jalon plan --level\u{00A0}» ou répartissez ses tâches.",
             en: "\(member): \(hours.en) of work in week \(week.en) (from \(monday)) for \(capacity.en) available. Run `jalon plan --level` or share out their tasks.")
    }

    // MARK: Workload

    static func loadCaption(_ week: Text, _ monday: String) -> Text {
        Text(fr: "Charge par membre et par semaine, en heures / capacité (\(week.fr) = semaine du \(monday))",
             en: "Workload per member and week, in hours / capacity (\(week.en) = week of \(monday))")
    }
    static let noLoad = Text(fr: "aucune charge planifiée (pas de tâche assignée avec une estimation)",
                             en: "no planned workload (no assigned task with an estimate)")
    static func overloadLegend(_ marker: String) -> Text {
        Text(fr: "\(marker) = surcharge, plus d’heures que la capacité : lancez «\u{00A0}jalon plan --level\u{00A0}» ou répartissez les tâches",
             en: "\(marker) = overload, more hours than the capacity: run `jalon plan --level` or share out the tasks")
    }

    // MARK: Baseline comparison

    static func comparisonTitle(_ name: String) -> Text {
        Text(fr: "Écarts par rapport à «\u{00A0}\(name)\u{00A0}»", en: "Slippage against “\(name)”")
    }
    static let columnPlannedStart = Text(fr: "Début prévu", en: "Planned start")
    static let columnCurrentStart = Text(fr: "Début actuel", en: "Current start")
    static let columnPlannedEnd = Text(fr: "Fin prévue", en: "Planned end")
    static let columnCurrentEnd = Text(fr: "Fin actuelle", en: "Current end")
    static let columnStartSlip = Text(fr: "Écart début", en: "Start slip")
    static let columnEndSlip = Text(fr: "Écart fin", en: "End slip")
    static func addedSince(_ name: String, _ n: Int) -> Text {
        Text(fr: "Ajoutées depuis «\u{00A0}\(name)\u{00A0}» (\(n)) :", en: "Added since “\(name)” (\(n)):")
    }
    static func removedSince(_ name: String, _ n: Int) -> Text {
        Text(fr: "Retirées depuis «\u{00A0}\(name)\u{00A0}» (\(n)) :", en: "Removed since “\(name)” (\(n)):")
    }
    static func noSlipItems(_ name: String) -> Text {
        Text(fr: "rien à comparer avec «\u{00A0}\(name)\u{00A0}»", en: "nothing to compare with “\(name)”")
    }
    static let slipLegend = Text(fr: "écarts en jours ouvrés ; + = plus tard que prévu, - = plus tôt",
                                 en: "slips in working days; + = later than planned, - = earlier")
    static func slipSummary(_ late: Int, _ early: Int, _ onTime: Int) -> Text {
        Text(fr: "\(late) en retard, \(early) en avance, \(onTime) à l’heure", en: "\(late) late, \(early) early, \(onTime) on time")
    }
}
