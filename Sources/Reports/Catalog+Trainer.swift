import BoardCore

/// Every word of the trainer reports (status, review, class overview) and of the exports, in
/// French and English.
extension Catalog {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    // MARK: Shared

    static let trPeriod = t("Période", "Period")
    static func trPeriodValue(_ label: String, _ from: String, _ to: String) -> Text {
        t("\(label.replacingOccurrences(of: "W", with: "S")) (du \(from) au \(to))", "\(label) (\(from) to \(to))")
    }
    static let trAsOf = t("Situation au", "As of")
    static let trProgress = t("Avancement global", "Overall progress")
    static func trProgressValue(_ percent: Int, _ done: String, _ planned: String, _ tasksDone: Int, _ tasks: Int) -> Text {
        t("\(percent) % (\(done) sur \(planned) de charge ; \(tasksDone)/\(tasks) tâches terminées)",
          "\(percent)% (\(done) of \(planned) of effort; \(tasksDone)/\(tasks) tasks done)")
    }
    static let trForecastEnd = t("Fin prévue", "Forecast end")
    static func trTarget(_ day: String) -> Text { t("objectif \(day)", "target \(day)") }
    static let trLateCount = t("Tâches en retard", "Late tasks")
    static let trHeadCommit = t("Calculé au commit", "Computed at commit")
    static func trFooter(_ commit: String?, _ day: String) -> Text {
        guard let commit else { return t("Rapport Jalon du \(day) (dépôt sans commit).", "Jalon report of \(day) (repository without commits).") }
        return t("Rapport Jalon calculé le \(day) au commit \(commit) : « git checkout \(commit) » retrouve les données.",
                 "Jalon report computed on \(day) at commit \(commit): `git checkout \(commit)` gives back the data.")
    }
    static let trMilestones = t("Jalons", "Milestones")
    static let trPlanned = t("Prévu", "Planned")
    static let trForecast = t("Prévision", "Forecast")
    static let trSlip = t("Écart", "Slip")
    static let trLight = t("Feu", "Light")
    static func trLightName(_ light: TrafficLight) -> Text {
        switch light {
        case .green: return t("vert", "green")
        case .amber: return t("orange", "amber")
        case .red: return t("rouge", "red")
        case .none: return t("—", "—")
        }
    }
    static func trReachedOn(_ day: String) -> Text { t("atteint le \(day)", "reached \(day)") }
    static let trDoneThisPeriod = t("Terminé pendant la période", "Done this period")
    static let trInProgress = t("En cours", "In progress")
    static let trLate = t("En retard", "Late")
    static func trStartingNext(_ label: String, _ from: String, _ to: String) -> Text {
        t("À démarrer d’ici la fin de la période suivante (\(label.replacingOccurrences(of: "W", with: "S")), du \(from) au \(to))",
          "Starting by the end of the next period (\(label), \(from) to \(to))")
    }
    static let trWorkload = t("Charge par membre", "Workload per member")
    static func trLoadWeek(_ label: String) -> Text {
        t("Charge \(label.replacingOccurrences(of: "W", with: "S"))", "Load \(label)")
    }
    static func trLoadValue(_ hours: String, _ capacity: String) -> Text { t("\(hours) / \(capacity)", "\(hours) / \(capacity)") }
    static func trLoadChart(_ label: String) -> Text {
        t("Charge planifiée de la période \(label.replacingOccurrences(of: "W", with: "S")) (trait : capacité)", "Planned load for \(label) (line: capacity)")
    }
    static let trCommits = t("Commits", "Commits")
    static let trLastActivity = t("Dernière activité", "Last activity")
    static let trDoneOn = t("Terminée le", "Done on")
    static let trPlannedEnd = t("Fin prévue", "Planned end")
    static func trDays(_ n: Int) -> Text { t("\(n) j", "\(n) d") }
    static let trNoneDone = t("aucune tâche terminée pendant la période", "no task done this period")
    static let trNoneInProgress = t("aucune tâche en cours", "no task in progress")
    static let trNoneLate = t("aucune tâche en retard", "no late task")
    static let trNoneNext = t("aucune tâche à démarrer", "no task to start")
    static let trMeetings = t("Réunions de la période", "Meetings of the period")
    static let trNoMeetings = t("aucun compte-rendu de réunion pour cette période (meetings/)", "no meeting minutes for this period (meetings/)")
    static func trMeetingsHeld(_ titles: String) -> Text { t("Comptes-rendus : \(titles)", "Minutes: \(titles)") }
    static let trDecisions = t("Décisions", "Decisions")
    static let trNoDecisions = t("aucune décision relevée", "no decision recorded")
    static let trActions = t("Actions", "Actions")
    static let trNoActions = t("aucune action relevée", "no action recorded")
    static let trWho = t("Qui", "Who")
    static let trAction = t("Action", "Action")
    static let trRisks = t("Risques (cahier des charges)", "Risks (project spec)")
    static let trNoRisks = t("le cahier des charges ne liste aucun risque (section « Risques »)", "the project spec lists no risk (\"Risks\" section)")
    static let trNoSpec = t("pas de cahier des charges (spec.md) : risques non renseignés", "no project spec (spec.md): risks not documented")
    static func trStatusTitle(_ board: String) -> Text { t("Rapport d’avancement — \(board)", "Status report — \(board)") }
    static func trStatusSubtitle(_ label: String) -> Text {
        t("Semaine \(label.replacingOccurrences(of: "W", with: "S"))", "Week \(label)")
    }

    // MARK: Charts

    static let trGanttTitle = t("Diagramme de Gantt", "Gantt chart")
    static let trLegendFinished = t("terminée", "finished")
    static let trLegendBaseline = t("planning initial", "baseline")
    static func trLegendToday(_ day: String) -> Text { t("aujourd’hui (\(day))", "today (\(day))") }
}

extension Catalog {
    private static func b(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    // MARK: Review (bilan)

    static func bilanTitle(_ board: String) -> Text { b("Bilan du projet — \(board)", "Project review — \(board)") }
    static func bilanSubtitle(_ day: String) -> Text { b("Prévu et réalisé au \(day)", "Planned and actual as of \(day)") }
    static let bilanDocTitle = b("Bilan du projet", "Project review")
    static let bilanBaseline = b("Planning de référence", "Baseline")
    static func bilanBaselineValue(_ name: String, _ day: String) -> Text { b("« \(name) » du \(day)", "“\(name)” of \(day)") }
    static let bilanNoBaseline = b("aucun (jalon baseline save)", "none (jalon baseline save)")
    static let bilanTasksDone = b("Tâches terminées", "Tasks done")
    static let bilanAccuracy = b("Exactitude des estimations", "Estimate accuracy")
    static let bilanScope = b("Périmètre depuis la référence", "Scope since the baseline")
    static func bilanScopeValue(_ added: Int, _ removed: Int) -> Text { b("+\(added) ajoutés, −\(removed) retirés", "+\(added) added, −\(removed) removed") }
    static let bilanTasksSection = b("Tâches : prévu et réalisé", "Tasks: planned and actual")
    static let bilanTasksLegend = b("Écarts en jours ouvrés entre la fin prévue (planning de référence, ou échéance « éch. » pour une tâche ajoutée depuis) et la fin réelle (ou prévue pour une tâche non finie) ; + = plus tard. Réel = jours ouvrés du premier passage en cours jusqu’à « terminé », lus dans l’historique.",
                                    "Slips in working days from the planned end (baseline, or the due date “due” for a task added since) to the actual end (or the forecast one for a task not done); + = later. Actual = working days from the first move out of the first status to done, read from the history.")
    static let bilanPlannedEnd = b("Fin prévue", "Planned end")
    static let bilanActualStart = b("Début réel", "Actual start")
    static let bilanActualEnd = b("Fin réelle", "Actual end")
    static let bilanPlannedDays = b("Prévu", "Planned")
    static let bilanActualDays = b("Réel", "Actual")
    static let bilanRatio = b("Réel/prévu", "Actual/planned")
    static let bilanAddedMark = b("(ajoutée)", "(added)")
    static let bilanRemovedMark = b("(retirée)", "(removed)")
    static let bilanDueMark = b("éch.", "due")
    static let bilanDateMark = b("(date)", "(date)")
    static func bilanForecastMark(_ day: String) -> Text { b("prévue \(day)", "expected \(day)") }
    static let bilanActualOrForecast = b("Atteint / prévu", "Reached / expected")
    static let bilanMilestonesSection = b("Jalons : prévu et réalisé", "Milestones: planned and actual")
    static let bilanAccuracySection = b("Exactitude des estimations", "Estimate accuracy")
    static let bilanAccuracyLegend = b("Sur les tâches terminées : jours ouvrés réels ÷ jours prévus par l’estimation. ×1,00 = exact ; au-delà de ×1,25 l’estimation était trop optimiste, en deçà de ×0,80 trop prudente.",
                                       "Over the tasks done: actual working days ÷ the days the estimate planned. ×1.00 is exact; above ×1.25 the estimate was too optimistic, below ×0.80 too cautious.")
    static let bilanAccuracyChart = b("Jours réels par membre (trait : jours prévus)", "Actual days per member (line: planned days)")
    static func bilanDaysVersus(_ actual: Int, _ planned: Int) -> Text { b("\(actual) j / \(planned) j prévus", "\(actual) d / \(planned) d planned") }
    static let bilanTasksCounted = b("Tâches", "Tasks")
    static let bilanTeam = b("Équipe", "Team")
    static let bilanNoAccuracy = b("aucune tâche terminée avec une date de début et de fin dans l’historique", "no task done with a start and an end in the history")
    static let bilanScopeSection = b("Périmètre : ajouts et retraits depuis la référence", "Scope: added and removed since the baseline")
    static let bilanNoBaselineScope = b("pas de planning de référence : enregistrez-en un avec « jalon baseline save » en début de projet", "no baseline: save one with `jalon baseline save` at the start of the project")
    static func bilanAdded(_ n: Int) -> Text { b("Ajoutés (\(n))", "Added (\(n))") }
    static func bilanRemoved(_ n: Int) -> Text { b("Retirés (\(n))", "Removed (\(n))") }
    static let bilanLessonsSection = b("Leçons et mesures correctives", "Lessons and corrective measures")
    static let bilanFacts = b("Les faits", "The facts")
    static let bilanBiggestSlips = b("Les plus gros retards :", "The biggest slips:")
    static let bilanNoSlips = b("Aucune tâche n’a fini plus tard que prévu.", "No task ended later than planned.")
    static func bilanSlipLine(_ id: String, _ title: String, _ slip: String, _ reference: String) -> Text {
        b("\(id) « \(title) » : \(slip) \(reference)", "\(id) “\(title)”: \(slip) \(reference)")
    }
    static let bilanVersusBaseline = b("par rapport au planning de référence", "against the baseline")
    static let bilanVersusDue = b("par rapport à l’échéance", "against the due date")
    static let bilanOverloadedWeeks = b("Les semaines les plus chargées (heures planifiées au-delà de la capacité) :", "The most overloaded weeks (planned hours beyond capacity):")
    static let bilanNoOverload = b("Aucune semaine surchargée dans le planning.", "No overloaded week in the plan.")
    static func bilanWeekLine(_ label: String, _ monday: String, _ excess: String, _ who: String) -> Text {
        b("semaine \(label.replacingOccurrences(of: "W", with: "S")) (du lundi \(monday)) : \(excess) de trop — \(who)", "week \(label) (Monday \(monday)): \(excess) too many — \(who)")
    }
    static let bilanReopened = b("Tâches rouvertes après avoir été terminées :", "Tasks reopened after being done:")
    static let bilanNoReopened = b("Aucune tâche rouverte après avoir été terminée.", "No task reopened after being done.")
    static func bilanReopenedLine(_ id: String, _ title: String, _ day: String, _ by: String, _ to: String, _ commit: String) -> Text {
        b("\(id) « \(title) » rouverte le \(day) par \(by) (→ \(to), commit \(commit))", "\(id) “\(title)” reopened on \(day) by \(by) (→ \(to), commit \(commit))")
    }
    static func bilanAccuracyFact(_ ratio: String, _ tasks: Int) -> Text {
        b("Exactitude des estimations de l’équipe : \(ratio) sur \(tasks) tâches terminées.", "Team estimate accuracy: \(ratio) over \(tasks) tasks done.")
    }
    static func bilanScopeFact(_ added: Int, _ removed: Int) -> Text {
        b("Périmètre : \(added) éléments ajoutés et \(removed) retirés depuis le planning de référence.", "Scope: \(added) items added and \(removed) removed since the baseline.")
    }
    static let bilanWentWell = b("Ce qui a bien fonctionné", "What went well")
    static let bilanWentWrong = b("Ce qui n’a pas fonctionné, et pourquoi", "What did not go well, and why")
    static let bilanMeasures = b("Mesures correctives", "Corrective measures")
    static let bilanMeasuresHint = b("Pour chaque écart : la cause, la mesure, qui s’en charge et pour quand.", "For each gap: the cause, the measure, who takes it on and by when.")
}

extension Catalog {
    private static func c(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    // MARK: Class overview

    static func classTitle(_ name: String?) -> Text {
        name.map { c("Suivi de la classe — \($0)", "Class overview — \($0)") } ?? c("Suivi de la classe", "Class overview")
    }
    static func classSubtitle(_ label: String, _ day: String) -> Text {
        c("Semaine \(label.replacingOccurrences(of: "W", with: "S")), situation au \(day)", "Week \(label), as of \(day)")
    }
    static let classTeams = c("Équipes", "Teams")
    static let classReadable = c("Tableaux lus", "Boards read")
    static let classRedTeams = c("Équipes au rouge", "Teams in red")
    static let classOverviewSection = c("Vue d’ensemble", "Overview")
    static let classTeam = c("Équipe", "Team")
    static let classLight = c("Feu", "Light")
    static let classNextMilestone = c("Prochain jalon", "Next milestone")
    static let classLateTasks = c("Retards", "Late")
    static let classBalance = c("Équilibre (commits)", "Balance (commits)")
    static let classInactive = c("Inactifs", "Inactive")
    static let classNoTeams = c("aucune équipe", "no teams")
    static let classUnreadable = c("illisible", "unreadable")
    static func classUnreadableLong(_ source: String) -> Text { c("Tableau illisible (\(source)) :", "Board unreadable (\(source)):") }
    static let classAllReached = c("tous atteints", "all reached")
    static let classNoActivity = c("aucune activité", "no activity")
    static let classNever = c("jamais", "never")
    static func classLegend(_ days: Int) -> Text {
        c("Feu : celui du prochain jalon, orange s’il y a des tâches en retard, rouge si l’une a plus de 7 jours de retard. Équilibre : part des commits de chaque membre (auteur ou co-auteur). Inactif : aucun commit depuis \(days) jours ou plus.",
          "Light: the next milestone's, amber when tasks are late, red when one is more than 7 days late. Balance: each member's share of the commits (as author or co-author). Inactive: no commit for \(days) days or more.")
    }
    static let classProgressChart = c("Avancement par équipe", "Progress per team")
    static func classFooter(_ day: String) -> Text { c("Rapport Jalon du \(day).", "Jalon report of \(day).") }
    static let classFact = c("Indicateur", "Indicator")
    static let classValue = c("Valeur", "Value")
    static let classSource = c("Dépôt", "Repository")
    static let classShare = c("Part des commits", "Share of commits")
    static let classMembers = c("Membres : charge et activité", "Members: load and activity")
    static let classInactiveMark = c("(inactif)", "(inactive)")
    static let classFetchSection = c("Ce qu’ont vu les récupérations du formateur", "What the trainer's fetches saw")
    static func classFetches(_ n: Int, _ first: String, _ last: String) -> Text {
        c("\(n) récupération(s) du dépôt par ce poste, la première le \(first), la dernière le \(last).",
          "\(n) fetch(es) of the repository by this machine, the first on \(first), the last on \(last).")
    }
    static let classFetchNothing = c("Rien à signaler : aucun commit arrivé après coup, aucune branche réécrite, aucun sceau ni référence de base disparu.",
                                     "Nothing to report: no commit arrived after the fact, no branch rewritten, no seal or baseline gone.")
    static func classFetchLate(_ n: Int) -> Text {
        c("\(n) commit(s) arrivé(s) après une récupération antérieure à leur date (poussés tard ou antidatés) :",
          "\(n) commit(s) that arrived after a fetch their date precedes (pushed late or backdated):")
    }
    static let classFetchCommit = c("Commit", "Commit")
    static let classFetchDated = c("Daté du", "Dated")
    static let classFetchFirstSeen = c("Vu pour la première fois", "First seen")
    static let classFetchPrevious = c("Récupération précédente (sans lui)", "Previous fetch (without it)")
    static func classFetchRewritten(_ branch: String, _ old: String, _ new: String, _ when: String) -> Text {
        c("Branche « \(branch) » réécrite (poussée en force) : \(old) n’est plus dans son historique, remplacée par \(new) (vu le \(when)).",
          "Branch `\(branch)` rewritten (force-pushed): \(old) is no longer in its history, replaced by \(new) (seen on \(when)).")
    }
    static func classFetchTagGone(_ tag: String, _ old: String, _ when: String) -> Text {
        c("Étiquette « \(tag) » (\(old)) supprimée sur le dépôt distant (vu le \(when)).", "Tag `\(tag)` (\(old)) deleted on the remote (seen on \(when)).")
    }
    static func classFetchTagMoved(_ tag: String, _ old: String, _ new: String, _ when: String) -> Text {
        c("Étiquette « \(tag) » déplacée sur le dépôt distant : \(old) → \(new) (vu le \(when)).", "Tag `\(tag)` moved on the remote: \(old) → \(new) (seen on \(when)).")
    }
    static let classFetchLegend = c("Ces faits sont tenus par le cache du formateur, que l’équipe ne peut pas réécrire ; un commit fait hors ligne et poussé plus tard est légitime : ce sont des faits à lire avec l’équipe, pas une note.",
                                    "These facts are kept in the trainer's cache, which the team cannot rewrite; a commit made offline and pushed later is legitimate: they are facts to read with the team, not a grade.")
}

extension Catalog {
    private static func e(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    // MARK: Exports

    static let icsMilestone = e("Jalon du projet", "Project milestone")
    static let icsReached = e("Atteint.", "Reached.")
    static func icsForecast(_ day: String) -> Text { e("Prévision actuelle : \(day).", "Current forecast: \(day).") }
    static func siteTitle(_ board: String) -> Text { e("Rapports — \(board)", "Reports — \(board)") }
    static let siteIndex = e("Accueil", "Home")
    static let siteStatus = e("Avancement", "Status")
    static let siteGantt = e("Planning", "Plan")
    static let siteBilan = e("Bilan", "Review")
    static let siteContributions = e("Contributions", "Contributions")
    static let siteStatusHint = e("Rapport d’avancement de la semaine : jalons, retards, charge, réunions, risques.", "This week's status: milestones, late tasks, workload, meetings, risks.")
    static let siteGanttHint = e("Diagramme de Gantt et tableau du planning, avec le planning de référence.", "Gantt chart and plan table, with the baseline.")
    static let siteBilanHint = e("Prévu et réalisé, exactitude des estimations, leçons et mesures correctives.", "Planned and actual, estimate accuracy, lessons and corrective measures.")
    static let siteContributionsHint = e("Contribution de chaque membre, d’après l’historique.", "Each member's contribution, from the history.")
    static func siteGenerated(_ day: String, _ commit: String) -> Text { e("Généré le \(day) au commit \(commit).", "Generated on \(day) at commit \(commit).") }
    static func ganttPageTitle(_ board: String) -> Text { e("Planning — \(board)", "Plan — \(board)") }
    static let ganttSpan = e("Du … au", "From … to")
    static let ganttCritical = e("Chemin critique", "Critical path")
    static let ganttTable = e("Tâches et jalons", "Tasks and milestones")
}
