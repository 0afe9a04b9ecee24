import BoardCore

/// Texts of the commands a team expects (issue 14.5): list edits, delete, sort, log filters,
/// meeting actions, spec status, the early-start warning.
extension CLIText {
    private static func t(_ fr: String, _ en: String) -> Text { Text(fr: fr, en: en) }

    static let helpRemoveAssignee = t("Retirer un membre assigné (répétable).", "Remove an assignee (repeatable).")
    static let helpUnassignAlias = t("Comme --remove-assignee.", "Same as --remove-assignee.")
    static let helpAddLabel = t("Ajouter une étiquette (répétable).", "Add a label (repeatable).")
    static let helpRemoveLabel = t("Retirer une étiquette (répétable).", "Remove a label (repeatable).")
    static let helpAddDepends = t("Ajouter une dépendance : T-A1, T-B2+2d, ss:T-A3 (répétable).", "Add a dependency: T-A1, T-B2+2d, ss:T-A3 (repeatable).")
    static let helpRemoveDepends = t("Retirer la dépendance à cette tâche ou ce jalon (répétable).", "Remove the dependency on this task or milestone (repeatable).")
    static let helpTaskDelete = t("Supprimer une tâche (refusé si d’autres éléments y renvoient, sauf --force).",
                                  "Delete a task (refused while other things refer to it, unless --force).")
    static let helpForceDelete = t("Supprimer aussi, dans le même commit, les renvois à la tâche (dépendances, actions de réunion, commentaires).",
                                   "Also remove, in the same commit, what refers to the task (dependencies, meeting actions, comments).")
    static let helpSort = t("Trier par : id, title, status, assignee, milestone, start, due, estimate, progress (ou titre, statut, membre, jalon, début, échéance, charge, avancement).",
                            "Sort by: id, title, status, assignee, milestone, start, due, estimate, progress.")
    static let helpReverse = t("Ordre inverse.", "Reverse order.")
    static let helpListLimit = t("Afficher au plus N tâches.", "Show at most N tasks.")
    static let helpLogMember = t("Seulement les commits de ce membre (auteur ou co-auteur).", "Only this member's commits (author or co-author).")
    static let helpLogSince = t("Seulement à partir de ce jour (inclus).", "Only from this day on (included).")
    static let helpLogUntil = t("Seulement jusqu’à ce jour (inclus).", "Only up to this day (included).")

    static func taskDeleted(_ id: String, _ title: String, _ commit: String) -> Text {
        t("Tâche \(id) « \(title) » supprimée (commit \(commit))", "Deleted task \(id) “\(title)” (commit \(commit))")
    }
    static let alsoChanged = t("Dans le même commit :", "In the same commit:")
    static func moreTasks(_ n: Int, _ total: Int) -> Text {
        t("… et \(n) autre(s) tâche(s) (\(total) en tout ; --limit pour en voir plus)", "… and \(n) more task(s) (\(total) in all; --limit shows more)")
    }
    static func badSortField(_ s: String) -> Text {
        t("champ de tri inconnu « \(s) »", "unknown sort field `\(s)`")
    }
    static let sortFieldHint = t("un de : id, title, status, assignee, milestone, start, due, estimate, progress", "one of: id, title, status, assignee, milestone, start, due, estimate, progress")
    static func badLimit(_ n: Int) -> Text { t("--limit \(n) : il faut un nombre au moins égal à 1", "--limit \(n): a number of at least 1 is needed") }
    static func logUntilBeforeSince(_ since: String, _ until: String) -> Text {
        t("--until \(until) précède --since \(since)", "--until \(until) is before --since \(since)")
    }
    static let noLogMatch = t("Aucun commit du tableau ne correspond à ces critères.", "No board commit matches these filters.")
    static func startedEarly(_ id: String, _ status: String, _ dependency: String, _ depStatus: String) -> Text {
        t("\(id) passe à « \(status) » alors que sa dépendance \(dependency) n’est pas terminée (« \(depStatus) »)",
          "\(id) is now \(status) while its dependency \(dependency) is not done (\(depStatus))")
    }
    static func startedBeforeStart(_ id: String, _ status: String, _ dependency: String) -> Text {
        t("\(id) passe à « \(status) » alors que \(dependency), qu’elle doit suivre au début (ss:), n’a pas commencé",
          "\(id) is now \(status) while \(dependency), which it must start after (ss:), has not started")
    }

    static let helpSpecStatus = t("Afficher le statut du cahier des charges, ou le changer : brouillon, en revue, validé.",
                                  "Show the spec's status, or change it: draft, review, validated.")
    static let helpSpecStatusValue = t("Nouveau statut : draft (brouillon), review (en revue) ou validated (validé).", "New status: draft, review or validated.")
    static let specVersionNeedsStatus = t("--version sans statut", "--version without a status")
    static let specStatusHint = t("par ex. « jalon spec status validé --version 1.0 »", "e.g. `jalon spec status validated --version 1.0`")
    static func specStatusIs(_ status: String, _ version: String) -> Text {
        t("Cahier des charges : statut « \(status) », version \(version)", "Project spec: status \(status), version \(version)")
    }
    static func specStatusSet(_ from: String, _ to: String, _ commit: String) -> Text {
        t("Cahier des charges : \(from) → \(to) (commit \(commit))", "Project spec: \(from) → \(to) (commit \(commit))")
    }
    static let helpMeetingAction = t("Actions d’un compte-rendu.", "Action items of minutes.")
    static let helpMeetingActionAdd = t("Ajouter une action (qui fait quoi pour quand) à un compte-rendu.", "Add an action item (who does what by when) to minutes.")
    static let helpActionWhat = t("Ce qui est à faire.", "What is to be done.")
    static let helpActionWho = t("Qui le fait : un membre (id) ou le nom d’une personne extérieure.", "Who does it: a member (id) or the name of someone outside the team.")
    static let helpActionDue = t("Pour quand (AAAA-MM-JJ ou JJ/MM/AAAA).", "By when (YYYY-MM-DD or DD/MM/YYYY).")
    static func meetingActionAdded(_ meeting: String, _ what: String, _ who: String, _ due: String?, _ commit: String) -> Text {
        t("Action ajoutée à \(meeting) : « \(what) », par \(who)\(due.map { ", pour le \($0)" } ?? "") (commit \(commit))",
          "Added action item to \(meeting): “\(what)”, by \(who)\(due.map { ", due \($0)" } ?? "") (commit \(commit))")
    }
    static func actionOwnerOutside(_ who: String) -> Text {
        t("« \(who) » est un invité, pas un membre : la tâche faite de cette action n’aura personne d’assigné.",
          "“\(who)” is a guest, not a member: the task made from this action will have no assignee.")
    }
}
